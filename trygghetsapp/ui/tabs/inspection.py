"""Inventering tab: walk the equipment item by item with the keyboard, then finish.

Keys on the list: O or 1 = OK, S or 2 = needs service, D or 3 = defect, M or 4 = missing; each
mark is saved at once (a flat battery mid-walk loses nothing) and moves to the next item. N puts
the cursor in the note field for the current item; Enter there saves the note and goes back to
the list. Finishing copies every mark and today's date onto the items (services.inspections).

Every mark, note and finish goes on the undo stack (Ctrl+Z): undoing a mark puts the earlier mark
back (or takes it away), undoing a finish gives the items back their earlier condition and date and
reopens the inspection. A mark's undo updates this tab in place, so the walk keeps its position.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.catalogues import CONDITION_LABELS, EQUIPMENT_CATEGORIES, Condition
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.readmodels import Entity, EquipmentView, InspectionView
from trygghetsapp.ui import commands
from trygghetsapp.ui import door as ops
from trygghetsapp.ui.commands import DoorCommand
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.door import InspectionPage, Op
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.labels import format_date, label
from trygghetsapp.ui.record_model import Column, RecordTableModel
from trygghetsapp.ui.screen_fit import WholeHeaders
from trygghetsapp.ui.tabs.base import AreaTab, make_button, make_table

KEYS: dict[int, str] = {
    Qt.Key.Key_O: Condition.OK,
    Qt.Key.Key_1: Condition.OK,
    Qt.Key.Key_S: Condition.NEEDS_SERVICE,
    Qt.Key.Key_2: Condition.NEEDS_SERVICE,
    Qt.Key.Key_D: Condition.DEFECT,
    Qt.Key.Key_3: Condition.DEFECT,
    Qt.Key.Key_M: Condition.MISSING,
    Qt.Key.Key_4: Condition.MISSING,
}

MARK_SYMBOLS: dict[str, str] = {
    Condition.OK: "✔",
    Condition.NEEDS_SERVICE: "⚠",
    Condition.DEFECT: "✖",
    Condition.MISSING: "✖",
}
"""The sign before a mark: a tick says "in order", so only OK gets one (issue 13 item 10)."""


class WalkTable(QTableView):
    """The walk list: marking keys become `marked(condition)`, N becomes `note_requested`."""

    marked = Signal(str)
    note_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            key = Qt.Key(event.key())
            if key in KEYS:
                self.marked.emit(str(KEYS[key]))
                return
            if key == Qt.Key.Key_N:
                self.note_requested.emit()
                return
        super().keyPressEvent(event)


class Col(IntEnum):
    """The walk list's columns, in order."""

    NAME, CATEGORY, LOCATION, CONDITION_BEFORE, LAST_CHECKED, MARK, NOTE = range(7)


HISTORY_DATE, HISTORY_INSPECTOR, HISTORY_RESULT = range(3)
"""The columns of the list of past inspections."""


class InspectionTab(AreaTab):
    entities = frozenset({Entity.INSPECTION, Entity.EQUIPMENT, Entity.SAFETY_POINT})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.point_id: str | None = None
        self.open_inspection: InspectionView | None = None
        self.marks: dict[str, tuple[str, str]] = {}
        lang = context.language
        categories = {k: c.label for k, c in EQUIPMENT_CATEGORIES.items()}

        def mark_text(row: EquipmentView) -> str:
            mark = self.marks.get(row.id)
            if not mark or not mark[0]:
                return "…"  # not marked (perhaps a note only: a note never sets a condition)
            return f"{MARK_SYMBOLS.get(mark[0], '•')} {label(CONDITION_LABELS, mark[0], lang)}"

        columns: dict[Col, Column[EquipmentView]] = {
            Col.NAME: Column(lambda: self.tr("Namn"), lambda r: r.name),
            Col.CATEGORY: Column(
                lambda: self.tr("Kategori"), lambda r: label(categories, r.category, lang)
            ),
            Col.LOCATION: Column(lambda: self.tr("Plats"), lambda r: r.location),
            # Two-line headers: at the default 1280 px window and a desktop's 11 pt font the
            # one-line "Senast kontrollerad" alone took 172 px from the note column.
            Col.CONDITION_BEFORE: Column(
                lambda: self.tr("Skick\nförut"),
                lambda r: label(CONDITION_LABELS, r.condition, lang),
            ),
            Col.LAST_CHECKED: Column(
                lambda: self.tr("Senast\nkontrollerad"),
                lambda r: format_date(r.last_checked),
                sort_key=lambda r: r.last_checked,
            ),
            Col.MARK: Column(
                lambda: self.tr("Markering"),
                mark_text,
                bold=lambda r: bool(self.condition_of(r.id)),
            ),
            Col.NOTE: Column(
                lambda: self.tr("Anteckning"), lambda r: self.marks.get(r.id, ("", ""))[1]
            ),
        }
        self.model: RecordTableModel[EquipmentView] = RecordTableModel(
            [columns[c] for c in Col], self
        )
        self.walk = WalkTable()
        WholeHeaders(self.walk.horizontalHeader())  # no header cut off (issue 13)
        table_defaults = make_table(sortable=False)
        for view in (self.walk,):
            view.setSelectionBehavior(table_defaults.selectionBehavior())
            view.setSelectionMode(table_defaults.selectionMode())
            view.setEditTriggers(table_defaults.editTriggers())
            view.setAlternatingRowColors(True)
            view.setTabKeyNavigation(table_defaults.tabKeyNavigation())  # Tab leaves the list
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
        table_defaults.deleteLater()
        self.walk.setModel(self.model)
        self.walk.setAccessibleName(self.tr("Inventeringslista"))
        # At a laptop's 1366 px the note must be on screen: the short columns take what their
        # texts need, the name a fixed share, and the note the rest (at least NOTE_MIN_WIDTH).
        header = self.walk.horizontalHeader()
        header.setMinimumSectionSize(60)
        for column in (Col.CATEGORY, Col.LOCATION, Col.CONDITION_BEFORE, Col.LAST_CHECKED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.MARK, QHeaderView.ResizeMode.ResizeToContents)
        self.walk.setColumnWidth(Col.NAME, 170)
        self.walk.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.inspector = QLineEdit()
        self.inspector.setPlaceholderText(self.tr("Ditt namn"))
        self.inspector.setAccessibleName(self.tr("Inventerare"))
        self.start_button = make_button(self.tr("Starta inventering"))
        self.finish_button = make_button(self.tr("Avsluta inventering"))
        self.note = QLineEdit()
        self._general_note_hint()
        self.note.setAccessibleName(self.tr("Anteckning"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.keys_help = QLabel(
            self.tr(
                "Tangenter: O/1 = OK, S/2 = behöver service, D/3 = trasig, M/4 = saknas, "
                "N = anteckning. Varje markering sparas direkt."
            )
        )
        self.keys_help.setWordWrap(True)
        self.history = QTreeWidget()
        self.history.setHeaderLabels(
            [self.tr("Datum"), self.tr("Inventerare"), self.tr("Resultat")]
        )
        self.history.setAccessibleName(self.tr("Tidigare inventeringar"))
        self.history.setColumnWidth(HISTORY_DATE, 230)
        self.history.setColumnWidth(HISTORY_INSPECTOR, 260)

        self.point_picker = QComboBox()
        self.point_picker.setAccessibleName(self.tr("Trygghetspunkt att inventera"))
        self.point_picker.activated.connect(self._point_picked)
        start_row = QHBoxLayout()
        start_row.addWidget(self.point_picker)
        start_row.addWidget(QLabel(self.tr("Inventerare:")))
        start_row.addWidget(self.inspector, 1)
        start_row.addWidget(self.start_button)
        start_row.addWidget(self.finish_button)
        walk_box = QGroupBox(self.tr("Pågående inventering"))
        walk_layout = QVBoxLayout(walk_box)
        walk_layout.addLayout(start_row)
        walk_layout.addWidget(self.status)
        walk_layout.addWidget(self.keys_help)
        walk_layout.addWidget(self.walk, 1)
        walk_layout.addWidget(self.note)
        history_box = QGroupBox(self.tr("Historik"))
        QVBoxLayout(history_box).addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(walk_box)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.start_button.clicked.connect(self.start)
        self.finish_button.clicked.connect(self.finish)
        self.walk.marked.connect(self.mark_current)
        self.walk.note_requested.connect(self._edit_note)
        self.note.returnPressed.connect(self._save_note)
        self.inspector.returnPressed.connect(self._start_from_name)
        self.note.installEventFilter(self)  # Esc in the note goes back to the list

    # -- loading -------------------------------------------------------------------------
    def page_op(self) -> Op[InspectionPage] | None:
        assert self.area_id is not None
        return ops.inspection_page(self.area_id, self.point_id)

    def show_page(self, page: InspectionPage | None) -> None:
        self.marks = {}
        self.open_inspection = None
        self.history.clear()
        if page is None:
            self.model.set_rows([])
            self.point_id = None
            self._update_state()
            return
        self.point_id = page.point_id
        running = next((i for i in page.past if not i.finished), None)
        self.open_inspection = (
            running if running and running.safety_point_id == self.point_id else None
        )
        self.point_picker.blockSignals(True)
        self.point_picker.clear()
        for point in page.points:
            self.point_picker.addItem(point.name, point.id)
        self.point_picker.setCurrentIndex(max(0, self.point_picker.findData(self.point_id)))
        self.point_picker.blockSignals(False)
        self.point_picker.setVisible(len(page.points) > 1)
        self.point_picker.setEnabled(running is None)
        if self.open_inspection is not None:
            self.marks = {
                f.equipment_id: (f.condition, f.note) for f in self.open_inspection.findings
            }
        self.model.set_rows(sorted(page.items, key=lambda i: (i.location, i.name)))
        self._fill_history([i for i in page.past if i.finished])
        self._update_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.note
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.note.clear()
            self._general_note_hint()
            self.walk.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _point_picked(self, index: int) -> None:
        self.point_id = self.point_picker.itemData(index)
        self.refresh()

    def _fill_history(self, past: list[InspectionView]) -> None:
        lang = self.context.language
        for inspection in past:
            counts: dict[str, int] = {}
            for finding in inspection.findings:
                if finding.condition:  # a note alone is not a mark
                    counts[finding.condition] = counts.get(finding.condition, 0) + 1
            # "Trasig: 2", not "2 trasig": the condition is a word that does not take a plural.
            summary = ", ".join(
                f"{label(CONDITION_LABELS, c, lang)}: {n}" for c, n in sorted(counts.items())
            )
            top = QTreeWidgetItem([format_date(inspection.date), inspection.inspector, summary])
            for finding in inspection.findings:
                text = (
                    label(CONDITION_LABELS, finding.condition, lang)
                    if finding.condition
                    else self.tr("Ej markerad")
                )
                if finding.note:
                    text += f" – {finding.note}"
                top.addChild(QTreeWidgetItem([finding.equipment_name, "", text]))
            self.history.addTopLevelItem(top)

    def _update_state(self) -> None:
        running = self.open_inspection is not None
        self.start_button.setEnabled(not running and self.point_id is not None)
        self.inspector.setEnabled(not running)
        self.finish_button.setEnabled(running)
        self.note.setEnabled(running)
        if self.point_id is None:
            self.status.setText(self.tr("Området har ingen trygghetspunkt att inventera."))
        elif running:
            assert self.open_inspection is not None
            self.status.setText(
                self.tr("Inventering %1 av %2: %3 av %4 markerade.")
                .replace("%1", format_date(self.open_inspection.date))
                .replace("%2", self.open_inspection.inspector)
                .replace("%3", str(self.marked_count()))
                .replace("%4", str(self.model.rowCount()))
            )
        else:
            self.status.setText(self.tr("Ingen inventering pågår. Skriv ditt namn och starta."))

    def condition_of(self, item_id: str) -> str:
        """The item's mark in this walk, or "" when it is not marked (a note alone is no mark)."""
        return self.marks.get(item_id, ("", ""))[0]

    def marked_count(self) -> int:
        return sum(1 for condition, _note in self.marks.values() if condition)

    # -- actions -------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N here starts an inspection."""
        if self.open_inspection is None:
            self.inspector.setFocus()
            if self.inspector.text().strip():
                self.start()

    def _start_from_name(self) -> None:
        """Enter in the inspector's name: start the walk (the button's click, by keys)."""
        if self.open_inspection is None and self.start_button.isEnabled():
            self.start()

    def start(self) -> None:
        point_id, area_id = self.point_id, self.area_id
        if point_id is None:
            return

        def refused(error: BaseException) -> None:
            if isinstance(error, DomainError):
                self.status.setText("⚠ " + error.message(self.context.language))
                self.inspector.setFocus()
            else:
                report_unexpected(error, self)

        def started(_result: object) -> None:
            self.refresh(then=self._walk_from_the_top)

        self.door.change(
            ops.start_inspection(point_id, dt.date.today(), self.inspector.text()),
            started,
            refused,
            owner=self,
            area=area_id,
        )

    def _walk_from_the_top(self) -> None:
        if self.model.rowCount():
            self.walk.setFocus()
            self.walk.setCurrentIndex(self.model.index(0, 0))

    def mark_current(self, condition: str) -> None:
        """Mark the item under the cursor and step to the next: shown at once, saved on the
        worker (in order, so a quick walk O, O, S... is written as typed); a refusal puts the
        earlier mark back and says why."""
        index = self.walk.currentIndex()
        if self.open_inspection is None or not index.isValid():
            return
        row = index.row()
        item = self.model.row(row)
        note = self.marks.get(item.id, ("", ""))[1]
        self._record(item.id, condition, note)
        if row + 1 < self.model.rowCount():
            self.walk.setCurrentIndex(self.model.index(row + 1, 0))

    def _record(self, item_id: str, condition: str, note: str) -> None:
        """Show one mark now, save it, and put it on the undo stack once saved."""
        assert self.open_inspection is not None
        inspection_id = self.open_inspection.id
        before = self.marks.get(item_id)
        # Neither a condition nor a note: nothing to keep, the finding is taken away.
        mark: tuple[str, str] | None = (condition, note) if condition or note.strip() else None
        self._show_mark(inspection_id, item_id, mark, focus=False)
        name = next((r.name for r in self._rows() if r.id == item_id), "")

        def refused(error: BaseException) -> None:
            self._show_mark(inspection_id, item_id, before, focus=False)
            if isinstance(error, DomainError):
                self.status.setText("⚠ " + error.message(self.context.language))
            else:
                report_unexpected(error, self)

        commands.call(
            self.context,
            self.tr("Markera %1").replace("%1", name),
            ops.put_mark(inspection_id, item_id, mark),
            ops.put_mark(inspection_id, item_id, before),
            lambda: None,
            refused,
            self.area_id,
            after=lambda forward: self._show_mark(
                inspection_id, item_id, mark if forward else before, focus=True
            ),
        )

    def _rows(self) -> list[EquipmentView]:
        return [self.model.row(r) for r in range(self.model.rowCount())]

    def _show_mark(
        self, inspection_id: str, item_id: str, mark: tuple[str, str] | None, focus: bool
    ) -> None:
        """A mark made, refused, undone or redone: update the walk in place (the cursor goes
        there after an undo or redo)."""
        if self.open_inspection is None or self.open_inspection.id != inspection_id:
            return  # another area or point is shown; it reads the marks when it is opened
        if mark is None:
            self.marks.pop(item_id, None)
        else:
            self.marks[item_id] = mark
        for row, item in enumerate(self._rows()):
            if item.id == item_id:
                self.model.refresh_row(row)
                if focus:
                    self.walk.setCurrentIndex(self.model.index(row, 0))
        self._update_state()

    def _edit_note(self) -> None:
        index = self.walk.currentIndex()
        if self.open_inspection is None or not index.isValid():
            return
        item = self.model.row(index.row())
        # Named in the field: marking moves on to the next row, so N right after a mark is for
        # the next item, and a user test wrote a note meant for the marked one on it.
        self.note.setPlaceholderText(
            self.tr("Anteckning för %1 (Enter sparar, Esc avbryter)").replace("%1", item.name)
        )
        self.note.setText(self.marks.get(item.id, ("", ""))[1])
        self.note.setFocus()

    def _general_note_hint(self) -> None:
        self.note.setPlaceholderText(self.tr("Anteckning för markerad rad (N), Enter sparar"))

    def _save_note(self) -> None:
        index = self.walk.currentIndex()
        if self.open_inspection is None or not index.isValid():
            return
        item = self.model.row(index.row())
        # A note never sets a condition: an unmarked row stays unmarked (the user test found a
        # note "Plåster slut" turning an unmarked row into "✔ OK" from the item's old condition).
        self._record(item.id, self.condition_of(item.id), self.note.text())
        self.note.clear()
        self._general_note_hint()
        self.walk.setFocus()

    def finish(self) -> None:
        if self.open_inspection is None:
            return
        unmarked = sum(1 for row in self._rows() if not self.condition_of(row.id))
        if unmarked > 0:
            answer = QMessageBox.question(
                self,
                self.tr("Avsluta inventering"),
                self.tr(
                    "%n saker är inte markerade och behåller sitt skick och datum. Avsluta ändå?",
                    "",
                    unmarked,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        inspection_id, area_id = self.open_inspection.id, self.area_id

        def finished(result: tuple[ops.ItemStates, object]) -> None:
            before = result[0]
            # Pushing runs the command's first redo, which does nothing: it is done.
            self.context.undo_stack.push(
                DoorCommand(
                    self.context,
                    self.tr("Avsluta inventering"),
                    ops.refinish_inspection(inspection_id),
                    ops.reopen_inspection(inspection_id, before),
                    area_id,
                )
            )

        def refused(error: BaseException) -> None:
            if isinstance(error, DomainError):
                self.status.setText("⚠ " + error.message(self.context.language))
            else:
                report_unexpected(error, self)

        self.door.change(ops.finish_inspection(inspection_id), finished, refused, area=area_id)

    def focus_gap(self, gap: str = "") -> None:
        self.inspector.setFocus()

    def marks_snapshot(self) -> dict[str, Any]:
        return dict(self.marks)
