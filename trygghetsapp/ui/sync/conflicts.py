"""Konflikter: every open conflict, and the user's pick of the value that shall hold.

A conflict is the same field edited on two computers before either had seen the other's edit
(or a record deleted on one and edited on another). The list says where (area, record, field
label as in the form), what holds now and what lost, who and when. Picking a value calls
`sync.api.resolve`: an ordinary change that travels with the next sync, so the conflict
disappears on every computer. Double-click opens the record's area on the right tab.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.database import Database
from trygghetsapp.services.readmodels import Changes, Entity
from trygghetsapp.sync import api
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.screen_fit import WholeHeaders
from trygghetsapp.ui.sync.labels import (
    entity_label,
    field_label,
    fields_text,
    local_time,
    value_text,
)
from trygghetsapp.ui.sync.state import SyncSnapshot
from trygghetsapp.ui.window_texts import TabKey

TAB_FOR_ENTITY: dict[str, TabKey] = {
    Entity.AREA: TabKey.POINT,
    Entity.SAFETY_POINT: TabKey.POINT,
    Entity.EQUIPMENT: TabKey.EQUIPMENT,
    Entity.CONTACT: TabKey.CONTACTS,
    Entity.ROLE_ASSIGNMENT: TabKey.ROLES,
    Entity.CHANNEL: TabKey.CHANNELS,
    Entity.INSPECTION: TabKey.INSPECTION,
    Entity.FINDING: TabKey.INSPECTION,
}


class Col(IntEnum):
    """The conflict list's columns, in order."""

    AREA, RECORD, FIELD, NOW, OTHERS = range(5)


class ConflictsPanel(QWidget):
    """The third mode tab's neighbour: fed by the controller's snapshots."""

    open_record = Signal(str, str)
    """(area id, tab key) of the record a double-click asks for."""

    resolved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.context = context
        self.snapshot: SyncSnapshot | None = None
        self.conflicts: list[api.Conflict] = []
        self.summary = QLabel(self.tr("Läser konflikter…"))
        self.summary.setObjectName("conflictSummary")
        self.summary.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Öppna konflikter"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                self.tr("Område"),
                self.tr("Post"),
                self.tr("Uppgift"),
                self.tr("Gäller nu"),
                self.tr("Andra värden"),
            ]
        )
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {Col.AREA: 170, Col.RECORD: 250, Col.FIELD: 170, Col.NOW: 300}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        WholeHeaders(header)  # no header cut off, even at the window's minimum size
        self.table.currentItemChanged.connect(lambda *_: self._show_choices())
        self.table.itemActivated.connect(lambda *_: self.open_current())  # double-click, Enter
        self.choices = QGroupBox(self.tr("Välj vilket värde som ska gälla"))
        self.choices.setObjectName("conflictChoices")
        self.choice_layout = QVBoxLayout(self.choices)
        self.buttons: list[QPushButton] = []
        hint = QLabel(
            self.tr(
                "Ditt val sparas som en vanlig ändring och följer med nästa synk, så konflikten "
                "försvinner på alla datorer. Dubbelklicka (eller Enter) på en rad för att öppna "
                "området."
            )
        )
        hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.choices)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self._show_choices()

    # -- content -------------------------------------------------------------------------
    def set_snapshot(self, snapshot: SyncSnapshot) -> None:
        keep = self._current_key()
        self.snapshot = snapshot
        self.conflicts = list(snapshot.conflicts)
        language = self.context.language
        self.table.clear()
        for index, conflict in enumerate(self.conflicts):
            area, record = self._where(conflict)
            now, others = self._values(conflict, language)
            item = QTreeWidgetItem([area, record, self._field(conflict), now, others])
            item.setData(Col.AREA, Qt.ItemDataRole.UserRole, index)
            for column in Col:
                item.setToolTip(column, item.text(column))
            self.table.addTopLevelItem(item)
        count = len(self.conflicts)
        if count:
            self.summary.setText(
                self.tr(
                    "%n öppna konflikter. Samma uppgift har ändrats på två datorer innan de hann "
                    "synka; det senaste värdet gäller tills du väljer.",
                    "",
                    count,
                )
            )
        else:
            self.summary.setText(self.tr("Inga öppna konflikter."))
        row = next((i for i, c in enumerate(self.conflicts) if self._key(c) == keep), 0)
        first = self.table.topLevelItem(row)
        if first is not None:
            self.table.setCurrentItem(first)
        self._show_choices()

    @staticmethod
    def _key(conflict: api.Conflict) -> tuple[str, str, str]:
        return (conflict.entity, conflict.row_id, conflict.field)

    def _current_key(self) -> tuple[str, str, str] | None:
        conflict = self.current_conflict()
        return self._key(conflict) if conflict is not None else None

    def select_row(self, row: int) -> None:
        item = self.table.topLevelItem(row)
        if item is not None:
            self.table.setCurrentItem(item)

    def current_conflict(self) -> api.Conflict | None:
        item = self.table.currentItem()
        if item is None:
            return None
        return self.conflicts[int(item.data(Col.AREA, Qt.ItemDataRole.UserRole))]

    def _place(self, entity: str, row_id: str) -> Any:
        return self.snapshot.places.get((entity, row_id)) if self.snapshot else None

    def _where(self, conflict: api.Conflict) -> tuple[str, str]:
        place = self._place(conflict.entity, conflict.row_id)
        area = place.area_name if place is not None else ""
        name = place.name if place is not None and place.name else conflict.label
        return area or self.tr("(inget område)"), f"{entity_label(conflict.entity)}: {name}"

    def _field(self, conflict: api.Conflict) -> str:
        if conflict.kind == "delete":
            return self.tr("Borttagen eller ändrad")
        if conflict.kind == "reference":
            return self.tr("Person borttagen men har roll")
        return field_label(conflict.entity, conflict.field)

    def _version(self, version: api.Version) -> str:
        who = version.device_name or version.device_id[:8]
        return self.tr("%1, %2").replace("%1", who).replace("%2", local_time(version.at))

    def _values(self, conflict: api.Conflict, language: str) -> tuple[str, str]:
        if conflict.kind == "delete":
            now = self.tr("Borttagen (%1)").replace("%1", self._version(conflict.winner))
            others = " | ".join(
                self.tr("Ändrad: %1 (%2)")
                .replace("%1", fields_text(conflict.entity, v.value or {}, language))
                .replace("%2", self._version(v))
                for v in conflict.losers
            )
            return now, others
        if conflict.kind == "reference":
            return conflict.label, self.tr("Kontakten är borttagen på en annan dator")
        now = (
            value_text(conflict.entity, conflict.field, conflict.winner.value, language)
            + f" ({self._version(conflict.winner)})"
        )
        others = " | ".join(
            value_text(conflict.entity, conflict.field, v.value, language)
            + f" ({self._version(v)})"
            for v in conflict.losers
        )
        return now, others

    # -- choices -------------------------------------------------------------------------
    def _clear_choices(self) -> None:
        while self.choice_layout.count():
            item = self.choice_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater alone leaves it drawn under the new rows
                widget.deleteLater()
        self.buttons = []

    def _add_choice(self, description: str, button_text: str, pick: Callable[[], object]) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = QLabel(description)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(button_text)
        # Several buttons read the same; a screen reader says which value each one keeps.
        button.setAccessibleDescription(text.text().replace("<b>", "").replace("</b>", ""))
        button.clicked.connect(pick)
        line.addWidget(text, 1)
        line.addWidget(button)
        self.choice_layout.addWidget(row)
        self.buttons.append(button)

    def _show_choices(self) -> None:
        self._clear_choices()
        conflict = self.current_conflict()
        if conflict is None:
            self.choices.setEnabled(False)
            self.choice_layout.addWidget(QLabel(self.tr("Markera en konflikt i listan.")))
            return
        self.choices.setEnabled(True)
        language = self.context.language
        entity, row_id = conflict.entity, conflict.row_id
        if conflict.kind == "delete":
            self._add_choice(
                self.tr("Borttagen av %1.").replace("%1", self._version(conflict.winner)),
                self.tr("Behåll borttagen"),
                lambda: self.resolve(entity, row_id, "deleted", True),
            )
            edits = "; ".join(
                fields_text(entity, v.value or {}, language) + f" ({self._version(v)})"
                for v in conflict.losers
            )
            self._add_choice(
                self.tr("Ändrad under tiden: %1").replace("%1", edits),
                self.tr("Återställ"),
                lambda: self.resolve(entity, row_id, "deleted", False),
            )
        elif conflict.kind == "reference":
            contact_id = str(conflict.winner.value)
            self._add_choice(
                self.tr("%1 är borttagen men har fortfarande en roll i området.").replace(
                    "%1", conflict.label
                ),
                self.tr("Ta bort rollen"),
                lambda: self.resolve(entity, row_id, "deleted", True),
            )
            self._add_choice(
                self.tr("Personen ska finnas kvar."),
                self.tr("Återställ personen"),
                lambda: self.resolve(Entity.CONTACT, contact_id, "deleted", False),
            )
        else:
            field = conflict.field
            for version, holds in [(conflict.winner, True), *((v, False) for v in conflict.losers)]:
                shown = value_text(entity, field, version.value, language)
                description = f"<b>{escape(shown)}</b> – {escape(self._version(version))}"
                if holds:
                    description += " " + self.tr("(gäller nu)")
                self._add_choice(
                    description,
                    self.tr("Använd det här värdet"),
                    self._picker(entity, row_id, field, version.value),
                )
        self.choice_layout.addStretch(1)

    def _picker(self, entity: str, row_id: str, field: str, value: Any) -> Callable[[], None]:
        return lambda: self.resolve(entity, row_id, field, value)

    def resolve(self, entity: str, row_id: str, field: str, value: Any) -> None:
        """The user's pick: written through the door, sent with the next sync; `resolved` when
        it is written."""
        self.choices.setEnabled(False)  # until the next snapshot shows the list without it

        def op(database: Database) -> Changes:
            api.resolve(database, entity, row_id, field, value)
            return Changes()  # the value may move anything shown: every view reads again

        def refused(error: BaseException) -> None:
            self.choices.setEnabled(True)
            if isinstance(error, DomainError):
                QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
            else:
                report_unexpected(error, self)

        self.context.door.change(op, lambda _changes: self.resolved.emit(), refused, owner=self)

    def open_current(self) -> None:
        conflict = self.current_conflict()
        if conflict is None:
            return
        place = self._place(conflict.entity, conflict.row_id)
        if place is None or place.area_id is None:
            return
        self.open_record.emit(place.area_id, str(TAB_FOR_ENTITY.get(conflict.entity, TabKey.POINT)))
