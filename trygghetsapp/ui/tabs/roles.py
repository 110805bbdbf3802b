"""Roller tab: the local crisis staff. Per role the ordinary holder and deputies, from the contacts.

A role without a holder, and a critical role without a deputy, is flagged in words with a warning
sign (and colour), so the gap reads the same on a grey-scale screen.
"""

from __future__ import annotations

from enum import IntEnum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPalette,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.catalogues import RANK_LABELS
from trygghetsapp.services.readmodels import Entity, RoleStaffing
from trygghetsapp.ui import commands
from trygghetsapp.ui import door as ops
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.door import Op, RolesPage
from trygghetsapp.ui.tabs.base import AreaTab

RANKS = (0, 1, 2)
"""The slots of a role: the ordinary holder (0) and two deputies."""


class Col(IntEnum):
    """The table's columns: the role, one picker per rank, critical, status."""

    ROLE = 0
    HOLDER = 1  # then one column per deputy rank
    CRITICAL = 1 + len(RANKS)
    STATUS = 2 + len(RANKS)


RED = QColor("#b00020")
GREEN = QColor("#1b5e20")


BROWSE_STEPS: dict[Qt.Key, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
"""Keys that move a slot picker through its people without choosing (SlotPicker)."""


class SlotPicker(QComboBox):
    """One slot's person picker. With the focus it wears a frame two pixels wide in the
    highlight colour (the style's own one-pixel outline is hard to see in a grid of pickers),
    and the grid scrolls it into view."""

    def __init__(self, table: QTableWidget, row: int, column: int) -> None:
        super().__init__()
        self.table, self.row, self.column = table, row, column
        self._browsed_from: int | None = None
        """The index before the arrow keys moved it, until Enter or leaving the picker."""

    def keyPressEvent(self, event: Any) -> None:
        """The arrow keys browse the people without saving each step: saved at once, a step
        onto the role's deputy was refused and snapped back, and the people past the deputy
        could not be reached from the keyboard (user test). Enter, or leaving the picker,
        chooses; Escape goes back."""
        key = Qt.Key(event.key())
        step = BROWSE_STEPS.get(key)
        if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self._browsed_from is None:
                self._browsed_from = self.currentIndex()
            index = self.currentIndex() + step
            if 0 <= index < self.count():
                self.setCurrentIndex(index)
            return
        if self._browsed_from is not None:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_browsed()
                return
            if key == Qt.Key.Key_Escape:
                self.setCurrentIndex(self._browsed_from)
                self._browsed_from = None
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.choose_browsed()

    def choose_browsed(self) -> None:
        """The person browsed to is chosen (as a click in the list would)."""
        before, self._browsed_from = self._browsed_from, None
        if before is not None and self.currentIndex() != before:
            self.activated.emit(self.currentIndex())

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.table.scrollTo(self.table.model().index(self.row, self.column))


class RolesTab(AreaTab):
    entities = frozenset({Entity.CONTACT, Entity.ROLE_ASSIGNMENT, Entity.CRISIS_ROLE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._choices: QStandardItemModel | None = None
        self._listed: tuple[tuple[str, str], ...] | None = None
        self.table: QTableWidget = QTableWidget(0, Col.STATUS + 1)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(self.tr("Roller"))
        # Tab walks the holder and deputy pickers, not the table's cells.
        self.table.setTabKeyNavigation(False)
        # The grid itself shows nothing focused (no cell is selectable): Tab goes from the tab
        # bar straight to the first holder; a focused picker scrolls the grid to itself.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        # Every column as wide as its contents (a person's whole name in the pickers, never
        # "Maria Nilsson (FIKTIV"); the status takes what is left.
        for column in range(Col.ROLE, Col.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.STATUS, QHeaderView.ResizeMode.Stretch)
        # The titles from the start: until the first page arrives Qt would number the columns.
        self.table.setHorizontalHeaderLabels(self._headers())
        self.hint = QLabel(
            self.tr(
                "Välj ordinarie och ersättare bland områdets kontakter. "
                "Kritiska roller (★) behöver minst en ersättare."
            )
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        self.staffing: list[RoleStaffing] = []
        self._built: tuple[Any, ...] = ()
        """The roles, people and language the pickers were made for: a page that differs only
        in who holds what updates them in place (the focused one stays focused)."""

    def _headers(self) -> list[str]:
        lang = self.context.language
        return [
            self.tr("Roll"),
            *[RANK_LABELS[r].text(lang) for r in RANKS],
            self.tr("Kritisk"),
            self.tr("Status"),
        ]

    def page_op(self) -> Op[RolesPage] | None:
        assert self.area_id is not None
        return ops.roles_page(self.area_id)

    def show_page(self, page: RolesPage | None) -> None:
        self.table.setHorizontalHeaderLabels(self._headers())
        if page is None:
            self.staffing = []
            self._built = ()
            self.table.setRowCount(0)
            return
        people = page.people
        self.staffing = page.staffing
        lang = self.context.language
        built = (lang, tuple(s.role.id for s in self.staffing))
        if built != self._built:
            self._build(lang)
            self._built = built
        listed = tuple((p.id, p.name) for p in people)
        if listed != self._listed:
            self._list_people(people)
            self._listed = listed
        position = {person.id: index for index, person in enumerate(people, start=1)}
        for row, staff in enumerate(self.staffing):
            holders = {0: staff.holder, **{d.rank: d for d in staff.deputies}}
            for column, rank in enumerate(RANKS, start=Col.HOLDER):
                combo = self.table.cellWidget(row, column)
                assert isinstance(combo, QComboBox)
                current = holders.get(rank)
                combo.blockSignals(True)
                combo.setCurrentIndex(position.get(current.contact_id, 0) if current else 0)
                combo.blockSignals(False)
            critical = QTableWidgetItem(self.tr("ja") if staff.role.critical else self.tr("nej"))
            self.table.setItem(row, Col.CRITICAL, critical)
            self.table.setItem(row, Col.STATUS, self._status_item(staff))
        self.table.resizeRowsToContents()

    def _list_people(self, people: Any) -> None:
        """The pickers' choices: nobody, then the area's people (one list, every picker's)."""
        assert self._choices is not None
        nobody = QStandardItem(self.tr("– ingen –"))
        nobody.setData(None, Qt.ItemDataRole.UserRole)
        entries = [nobody]
        for person in people:
            entry = QStandardItem(person.name)
            entry.setData(person.id, Qt.ItemDataRole.UserRole)
            entries.append(entry)
        self._choices.clear()
        self._choices.invisibleRootItem().appendRows(entries)

    def _build(self, lang: str) -> None:
        """New pickers for every slot, in Tab order: holder, deputies, the next role's holder.
        The slot that had the focus (by role and rank) gets it back."""
        had_focus: tuple[int, int] | None = None
        focus = self.focusWidget()
        if isinstance(focus, SlotPicker) and self.table.isAncestorOf(focus):
            had_focus = (focus.row, focus.column)
        self.table.setRowCount(len(self.staffing))
        # One list of people shared by every picker, and the pickers kept from area to area
        # (the roles are the same everywhere): making 24 pickers and filling each with 20 names,
        # item by item, was most of an area's opening on this tab (40 ms on an old laptop).
        if self._choices is None:
            self._choices = QStandardItemModel(self)
        choices = self._choices
        self._listed = None  # filled by the caller (`_list_people`)
        chain: list[QWidget] = [self.table]
        for row, staff in enumerate(self.staffing):
            role_name = (
                staff.role.name_en
                if lang.startswith("en") and staff.role.name_en
                else staff.role.name
            )
            name_item = QTableWidgetItem(("★ " if staff.role.critical else "") + role_name)
            name_item.setToolTip(staff.role.first_actions)
            self.table.setItem(row, Col.ROLE, name_item)
            for column, rank in enumerate(RANKS, start=Col.HOLDER):
                combo = SlotPicker(self.table, row, column)
                combo.setObjectName(f"role_{staff.role.code or staff.role.id}_{rank}")
                combo.setAccessibleName(f"{role_name} – {RANK_LABELS[rank].text(lang)}")
                combo.setModel(choices)
                combo.activated.connect(
                    lambda _i, c=combo, r=row, k=rank: self._picked(r, k, c.currentData())
                )
                self.table.setCellWidget(row, column, combo)
                chain.append(combo)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        if had_focus is not None:
            again = self.table.cellWidget(*had_focus)
            if again is not None:
                again.setFocus(Qt.FocusReason.OtherFocusReason)

    def _picked(self, row: int, rank: int, new: str | None) -> None:
        """The user chose `new` for a slot: who held it is read from the page shown now."""
        if row >= len(self.staffing):
            return
        staff = self.staffing[row]
        holders = {0: staff.holder, **{d.rank: d for d in staff.deputies}}
        current = holders.get(rank)
        self._assign(staff, rank, current.contact_id if current else None, new)

    def _status_item(self, staff: RoleStaffing) -> QTableWidgetItem:
        problems = []
        if staff.missing_holder:
            problems.append(self.tr("Saknar ordinarie"))
        if staff.deputy_is_holder:
            problems.append(self.tr("Ersättaren är samma person som ordinarie"))
        elif staff.missing_deputy:
            problems.append(self.tr("Kritisk roll utan ersättare"))
        if problems:
            item = QTableWidgetItem("⚠ " + "; ".join(problems))
            item.setForeground(QBrush(RED))
        else:
            item = QTableWidgetItem("✔ " + self.tr("Bemannad"))
            item.setForeground(QBrush(GREEN))
        item.setData(Qt.ItemDataRole.UserRole, bool(problems))
        return item

    def flags(self) -> dict[str, str]:
        """Role code -> status text; what the tests and the overview's gap read."""
        return {
            s.role.code: item.text()
            for row, s in enumerate(self.staffing)
            if (item := self.table.item(row, Col.STATUS)) is not None
        }

    def _assign(self, staff: RoleStaffing, rank: int, old: str | None, new: str | None) -> None:
        if old == new or self.area_id is None:
            return
        area_id, role_id = self.area_id, staff.role.id

        def refused(error: BaseException) -> None:
            self.refused(error)
            self.refresh()  # the picker shows who really holds the slot

        commands.call(
            self.context,
            self.tr("Bemanna %1").replace("%1", staff.role.name),
            ops.assign_role(area_id, role_id, new, rank),
            ops.assign_role(area_id, role_id, old, rank),
            lambda: None,
            refused,
            area_id,
        )

    def focus_gap(self, gap: str = "") -> None:
        """The first role with the gap (no holder; a critical role without a deputy): in view,
        with the focus on the picker that fills it."""
        column: int
        for row, staff in enumerate(self.staffing):
            if gap == "without_holder":
                found, column = staff.missing_holder, int(Col.HOLDER)
            elif gap == "without_deputy":
                found, column = staff.missing_deputy, Col.HOLDER + 1
            else:
                found = staff.missing_holder or staff.missing_deputy
                column = Col.HOLDER if staff.missing_holder else Col.HOLDER + 1
            item = self.table.item(row, Col.STATUS)
            if found and item is not None:
                self.table.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    widget.setFocus()
                return
