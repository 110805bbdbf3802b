"""Översikt: every area's readiness in one sortable table; a double-click opens the gap.

The whole country is one call (services.overview, a handful of grouped queries over ~500,000
items: about a second at national scale). So the window computes it on the database worker as soon
as it is shown, and keeps it current afterwards area by area (an edit re-counts only its own area,
a few milliseconds): opening Översikt is then instant, and the GUI never waits for the full count.

Below the table, the contacts past their review date (GDPR, services.privacy): counted on the
worker when Översikt is shown and again when contacts change while it is shown (about 0.5 s at
national scale, so never on the GUI thread and never while Översikt is hidden). A double-click
opens the person on the area's Kontakter tab.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.readiness import INSPECTION_INTERVAL_DAYS, AreaGaps, Readiness
from trygghetsapp.logs import log_exception
from trygghetsapp.services.readmodels import Changes, Entity, OverviewRow
from trygghetsapp.ui import door as ops
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.gaps import Gap, first_gap
from trygghetsapp.ui.labels import format_date
from trygghetsapp.ui.readiness import COLOURS, READINESS_ENTITIES, badge, gap_lines
from trygghetsapp.ui.record_model import ID_ROLE, Column, RecordTableModel
from trygghetsapp.ui.tabs.base import make_table
from trygghetsapp.ui.window_texts import TabKey

if TYPE_CHECKING:
    from trygghetsapp.services.privacy import ReviewDue

RED = QColor("#b00020")


class Col(IntEnum):
    """The overview's columns, in order."""

    AREA = 0
    READINESS = 1
    SAFETY_POINT = 2
    WITHOUT_HOLDER = 3
    WITHOUT_DEPUTY = 4
    DEFECT = 5
    MISSING = 6
    OVERDUE = 7
    DAYS_SINCE_INSPECTION = 8
    UNTESTED_CHANNELS = 9


COLUMN_TABS: dict[Col, TabKey] = {
    Col.SAFETY_POINT: TabKey.POINT,
    Col.WITHOUT_HOLDER: TabKey.ROLES,
    Col.WITHOUT_DEPUTY: TabKey.ROLES,
    Col.DEFECT: TabKey.EQUIPMENT,
    Col.MISSING: TabKey.EQUIPMENT,
    Col.OVERDUE: TabKey.EQUIPMENT,
    Col.DAYS_SINCE_INSPECTION: TabKey.INSPECTION,
    Col.UNTESTED_CHANNELS: TabKey.CHANNELS,
}
"""Which area tab shows the gap of each column (others: the first gap the area has)."""

COLUMN_GAPS: dict[Col, Gap] = {
    Col.SAFETY_POINT: Gap.NO_POINT,
    Col.WITHOUT_HOLDER: Gap.WITHOUT_HOLDER,
    Col.WITHOUT_DEPUTY: Gap.WITHOUT_DEPUTY,
    Col.DEFECT: Gap.DEFECT,
    Col.MISSING: Gap.MISSING,
    Col.OVERDUE: Gap.OVERDUE,
    Col.DAYS_SINCE_INSPECTION: Gap.INSPECTION,
    Col.UNTESTED_CHANNELS: Gap.UNTESTED,
}
"""Which row of that tab a double-click selects: the first with this gap."""

GAP_TABS: dict[Gap, TabKey] = {gap: COLUMN_TABS[column] for column, gap in COLUMN_GAPS.items()}


class ReviewCol(IntEnum):
    """The review list's columns, in order."""

    NAME, AREA, REVIEW_DATE, DAYS_OVER = range(4)


def _count(value: int) -> str:
    return "" if not value else f"⚠ {value}"


def _red_if(value: int | bool) -> QColor | None:
    return RED if value else None


class ReviewSection(QGroupBox):
    """Contacts whose review date has passed (or was never set); `open_contact(area, contact)`."""

    open_contact = Signal(str, str)

    loaded_ = Signal()
    """The list is counted and shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._loading = False
        self.setTitle(self.tr("Kontakter att granska (personuppgifter)"))
        columns: dict[ReviewCol, Column[ReviewDue]] = {
            ReviewCol.NAME: Column(lambda: self.tr("Namn"), lambda r: r.contact.name),
            ReviewCol.AREA: Column(lambda: self.tr("Område"), lambda r: r.area_name),
            ReviewCol.REVIEW_DATE: Column(
                lambda: self.tr("Granskas senast"),
                lambda r: (
                    "⚠ " + self.tr("rättslig grund inte vald")
                    if not r.basis_chosen
                    else format_date(r.contact.review_date) or "⚠ " + self.tr("inget datum")
                ),
                sort_key=lambda r: r.contact.review_date or dt.date.min,
                foreground=lambda _r: RED,
            ),
            ReviewCol.DAYS_OVER: Column(
                lambda: self.tr("Dagar över"),
                lambda r: str(r.days_overdue) if r.days_overdue >= 0 else "",
                sort_key=lambda r: r.days_overdue,
            ),
        }
        self.model: RecordTableModel[ReviewDue] = RecordTableModel(
            [columns[c] for c in ReviewCol], self
        )
        self.table = make_table()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Kontakter att granska"))
        widths = {ReviewCol.NAME: 220, ReviewCol.AREA: 240, ReviewCol.REVIEW_DATE: 140}
        for column, width in {**widths, ReviewCol.DAYS_OVER: 90}.items():
            self.table.setColumnWidth(column, width)
        # The longest overdue first.
        self.table.sortByColumn(ReviewCol.REVIEW_DATE, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.table.activated.connect(self._activated)
        context.changed.connect(self._on_changed)

    @property
    def loaded(self) -> bool:
        return not self._stale and not self._loading

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.load()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.everything and not changes.touches(Entity.CONTACT, Entity.AREA):
            return
        self._stale = True
        if self.isVisible():
            self.load()

    def load(self) -> None:
        """Count on the worker; a change meanwhile counts again."""
        if self._loading:
            return
        self._stale = False
        self._loading = True
        self.summary.setText(self.tr("Letar efter kontakter att granska…"))
        self.context.door.query(ops.contacts_past_review(), self._arrived, self._failed, owner=self)

    def _arrived(self, rows: list[ReviewDue]) -> None:
        self._loading = False
        if self._stale and self.isVisible():  # contacts changed while counting
            self.load()
            return
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("Ingen kontakt har passerat sitt granskningsdatum.")
            if not rows
            else self.tr(
                "%n kontakter har passerat sitt granskningsdatum, saknar ett eller saknar en "
                "vald rättslig grund. Gå igenom dem med personen (behövs uppgifterna "
                "fortfarande?). Dubbelklicka för att öppna.",
                "",
                len(rows),
            )
        )
        self.loaded_.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._stale = True
        log_exception(error)
        self.summary.setText("⚠ " + self.tr("Listan kunde inte tas fram; se loggfilen."))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            contact = self.model.row(index.row()).contact
            self.open_contact.emit(contact.area_id, contact.id)


class OverviewPanel(QWidget):
    """The readiness table; `open_gap(area_id, tab_key, gap)` asks the window to show that
    gap (its first row selected), `open_contact(area_id, contact_id)` a contact to review."""

    open_gap = Signal(str, str, str)
    open_contact = Signal(str, str)

    counted = Signal()
    """The table shows the current count (after the national count and each area's recount)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._door = context.door
        self._all: list[OverviewRow] | None = None
        self._loading = False
        self._generation = 0
        self._dirty: set[str] = set()

        def stale_inspection(row: OverviewRow) -> bool:
            days = row.gaps.days_since_inspection
            return days is None or days > INSPECTION_INTERVAL_DAYS

        columns: list[Column[OverviewRow]] = [  # in the order of `Col`
            Column(lambda: self.tr("Område"), lambda r: r.area_name),
            Column(
                lambda: self.tr("Beredskap"),
                lambda r: badge(r.gaps),
                sort_key=lambda r: (
                    [Readiness.CRITICAL, Readiness.GAPS, Readiness.READY].index(r.gaps.readiness),
                    -r.gaps.gap_count,
                ),
                foreground=lambda r: COLOURS[r.gaps.readiness],
                tooltip=lambda r: "\n".join(text for _tab, text in gap_lines(r.gaps)),
            ),
            Column(
                lambda: self.tr("Trygghets-\npunkt"),
                lambda r: self.tr("ja") if r.gaps.has_safety_point else "⚠ " + self.tr("saknas"),
                foreground=lambda r: _red_if(not r.gaps.has_safety_point),
            ),
            Column(
                lambda: self.tr("Roller utan\nordinarie"),
                lambda r: _count(r.gaps.roles_without_holder),
                sort_key=lambda r: r.gaps.roles_without_holder,
                foreground=lambda r: _red_if(r.gaps.roles_without_holder),
            ),
            Column(
                lambda: self.tr("Kritiska utan\nersättare"),
                lambda r: _count(r.gaps.critical_roles_without_deputy),
                sort_key=lambda r: r.gaps.critical_roles_without_deputy,
                foreground=lambda r: _red_if(r.gaps.critical_roles_without_deputy),
            ),
            Column(
                lambda: self.tr("Trasigt"),
                lambda r: _count(r.gaps.equipment_defect),
                sort_key=lambda r: r.gaps.equipment_defect,
                foreground=lambda r: _red_if(r.gaps.equipment_defect),
            ),
            Column(
                lambda: self.tr("Saknas"),
                lambda r: _count(r.gaps.equipment_missing),
                sort_key=lambda r: r.gaps.equipment_missing,
                foreground=lambda r: _red_if(r.gaps.equipment_missing),
            ),
            Column(
                lambda: self.tr("Försenad\nkontroll"),
                lambda r: _count(r.gaps.equipment_overdue),
                sort_key=lambda r: r.gaps.equipment_overdue,
                foreground=lambda r: _red_if(r.gaps.equipment_overdue),
            ),
            Column(
                lambda: self.tr("Dagar sedan\ninventering"),
                lambda r: (
                    "⚠ " + self.tr("aldrig")
                    if r.gaps.days_since_inspection is None
                    else ("⚠ " if stale_inspection(r) else "") + str(r.gaps.days_since_inspection)
                ),
                sort_key=lambda r: (
                    10**9 if r.gaps.days_since_inspection is None else r.gaps.days_since_inspection
                ),
                foreground=lambda r: _red_if(stale_inspection(r)),
            ),
            Column(
                lambda: self.tr("Kanaler\nej testade"),
                lambda r: _count(r.gaps.channels_untested),
                sort_key=lambda r: r.gaps.channels_untested,
                foreground=lambda r: _red_if(r.gaps.channels_untested),
            ),
        ]
        self.model: RecordTableModel[OverviewRow] = RecordTableModel(
            columns, self, id_attr="area_id", order=lambda r: (r.area_name, r.area_id)
        )
        self.table = make_table()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Beredskapsöversikt"))
        assert len(columns) == len(Col)
        self.table.setColumnWidth(Col.AREA, 240)
        self.table.setColumnWidth(Col.READINESS, 110)
        for column in range(Col.SAFETY_POINT, len(columns)):
            self.table.setColumnWidth(column, 105)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.horizontalHeader().setMinimumHeight(44)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrera på områdesnamn"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filtrera översikten"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.summary, 2)
        hint = QLabel(
            self.tr("Dubbelklicka (eller Enter) på en brist för att öppna den i området.")
        )
        self.reviews = ReviewSection(context)
        self.reviews.open_contact.connect(self.open_contact)
        readiness = QWidget()
        upper = QVBoxLayout(readiness)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addLayout(top)
        upper.addWidget(self.table)
        upper.addWidget(hint)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(readiness)
        split.addWidget(self.reviews)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.table.activated.connect(self._activated)
        self.filter.textChanged.connect(self._apply_filter)
        context.changed.connect(self._on_changed)

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._all is None:
            self.prefetch()

    def prefetch(self) -> None:
        """Count the whole country on the database worker; the GUI stays live meanwhile."""
        if self._loading:
            return
        self._loading = True
        self._dirty.clear()
        self.summary.setText(self.tr("Beräknar översikten…"))
        self._refresh_slice(self._generation)

    def _refresh_slice(self, generation: int) -> None:
        """Stale kept counts first, one slice per job, so that a search or an area opened
        meanwhile waits for one slice at most; then the count itself (a read of kept rows)."""

        def refreshed(more: bool) -> None:
            if more:
                self._refresh_slice(generation)
                return
            self._door.query(
                ops.national_overview(),
                lambda rows: self._arrived(rows, generation),
                self._failed,
                owner=self,
            )

        self._door.query(ops.refresh_stale_counts(), refreshed, self._failed, owner=self)

    @property
    def loaded(self) -> bool:
        return self._all is not None and not self._loading

    def known_gaps(self) -> dict[str, AreaGaps]:
        """Every area's readiness when the national count is done and current, else nothing."""
        if not self.loaded or self._all is None:
            return {}
        return {row.area_id: row.gaps for row in self._all}

    def reload(self) -> None:
        """The whole overview again (on the worker; `counted` when it is shown)."""
        self.invalidate(force=True)

    def _arrived(self, rows: list[OverviewRow], generation: int) -> None:
        self._loading = False
        if generation != self._generation:  # invalidated while counting: count again
            self.prefetch()
            return
        self._set_rows(rows)
        for area_id in sorted(self._dirty):  # edited while the worker counted
            self.area_changed(area_id)
        self._dirty.clear()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        log_exception(error)
        self.summary.setText("⚠ " + self.tr("Översikten kunde inte beräknas; se loggfilen."))

    def _on_changed(self, changes: Changes) -> None:
        """Only the areas an edit lies in are counted again; an import, a sync, a restore, or a
        change whose area is not known counts everything again."""
        if not changes.everything and not changes.touches(*READINESS_ENTITIES):
            return
        named = changes.ids_of(Entity.AREA)
        known = changes.areas | (named or frozenset())
        if changes.everything or named is None or not known:
            self.invalidate()
            return
        for area_id in sorted(known):
            self.area_changed(area_id)

    def invalidate(self, force: bool = False) -> None:
        """Count everything again (on the worker), now if shown, or counting, or `force`d;
        otherwise when it is next shown."""
        self._generation += 1
        self._all = None
        if self.isVisible() or self._loading or force:
            self.prefetch()

    def area_changed(self, area_id: str) -> None:
        """One area was edited: re-count that area only and put its row back in place."""
        if self._loading:
            self._dirty.add(area_id)
            return
        if self._all is None:
            return
        generation = self._generation
        self._door.query(
            ops.overview_row(area_id),
            lambda row: self._row_arrived(area_id, row, generation),
            self._failed,
            owner=self,
        )

    def _row_arrived(self, area_id: str, row: OverviewRow | None, generation: int) -> None:
        if generation != self._generation or self._all is None:
            return
        rows = [r for r in self._all if r.area_id != area_id]
        if row is not None:
            rows.append(row)
            rows.sort(key=lambda r: (r.area_name, r.area_id))
        self._all = rows
        shown = [row] if row is not None and self._matches(row) else []
        self.model.apply([area_id], shown)  # that row only: the place and selection stay
        self._summarise()

    def _set_rows(self, rows: list[OverviewRow]) -> None:
        self._all = rows
        self._apply_filter()
        self._summarise()

    def _summarise(self) -> None:
        rows = self._all or []
        counts = {r: 0 for r in Readiness}
        for row in rows:
            counts[row.gaps.readiness] += 1
        self.summary.setText(
            self.tr("%n områden", "", len(rows))
            + ": "
            + self.tr("%1 redo, %2 med brister")
            .replace("%1", str(counts[Readiness.READY]))
            .replace("%2", str(counts[Readiness.GAPS]))
            + ", "
            + self.tr("%n kritiska", "", counts[Readiness.CRITICAL])
        )
        self.counted.emit()

    def _matches(self, row: OverviewRow) -> bool:
        return all(
            word in row.area_name.casefold() for word in self.filter.text().casefold().split()
        )

    def _apply_filter(self) -> None:
        self.model.set_rows([r for r in self._all or [] if self._matches(r)])

    def _activated(self, index: QModelIndex) -> None:
        area_id = self.model.index(index.row(), 0).data(ID_ROLE)
        if not area_id:
            return
        row = self.model.row(index.row())
        column = Col(index.column()) if index.column() < len(Col) else Col.AREA
        gap = COLUMN_GAPS.get(column) or first_gap(row.gaps)
        tab = GAP_TABS[gap] if gap is not None else TabKey.POINT
        self.open_gap.emit(str(area_id), str(tab), str(gap or ""))
