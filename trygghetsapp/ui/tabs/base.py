"""What every tab of an area shares: the current area, lazy loading, and the standard actions.

A tab loads its data only when it is visible (or becomes visible), so opening an area costs the
one tab the user is looking at, not all six.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.ui import commands
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import confirm_delete
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.record_model import ID_ROLE, RecordTableModel


class AreaTab(QWidget):
    """Base of the area tabs. Subclasses implement `load()` and may override the actions."""

    entities: frozenset[str] = frozenset()
    """Which entities' changes make this tab reload."""
    table: QTableView

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.area_id: str | None = None
        self._stale = True
        context.changed.connect(self._on_changed)

    def set_area(self, area_id: str | None) -> None:
        self.area_id = area_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        try:
            self.load()
        except DomainError as error:
            self.context.error.emit(error.message(self.context.language))
        except Exception as error:
            report_unexpected(error, self)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.entities and not changes.touches(*self.entities):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    # -- overridables --------------------------------------------------------------------
    def load(self) -> None:
        raise NotImplementedError

    def new_record(self) -> None:
        """Ctrl+N."""

    def edit_current(self) -> None:
        """F2 or Enter on a row."""

    def delete_current(self) -> None:
        """Delete, after a question."""

    def focus_gap(self) -> None:
        """Called when the overview opens this tab for a gap: put the eye on it."""

    # -- shared by the tabs that are a table of records ----------------------------------
    def setup_record_table(
        self,
        model: RecordTableModel[Any],
        accessible_name: str,
        widths: dict[int, int],
        new_text: str,
        edit_text: str,
        delete_text: str,
    ) -> QHBoxLayout:
        """The table and its New / Edit / Delete buttons wired to the actions.

        Texts come translated from the subclass, so they keep their own translation context.
        Returns the button row for the subclass to place in its layout.
        """
        self.table = make_table()
        self.table.setModel(model)
        self.table.setAccessibleName(accessible_name)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.new_button = make_button(new_text, "Ctrl+N")
        self.edit_button = make_button(edit_text, "F2")
        self.delete_button = make_button(delete_text, "Delete")
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        return button_row(self.new_button, self.edit_button, self.delete_button)

    def delete_selected(
        self,
        model: RecordTableModel[Any],
        name_of: Callable[[Any], str],
        undo_text: str,
        delete: Callable[[str], Any],
        restore: Callable[[str], Any],
        entity: str,
    ) -> None:
        """Ask, then delete the selected record; undo restores it (`undo_text` holds %1)."""
        record_id = current_id(self.table)
        if record_id is None:
            return
        name = name_of(model.row(model.row_of(record_id)))
        if not confirm_delete(self, name):
            return
        commands.push_delete(
            self.context,
            undo_text.replace("%1", name),
            lambda: delete(record_id),
            lambda: restore(record_id),
            entity,
        )


def make_table(sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def current_id(view: QTableView) -> str | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    value = view.model().index(index.row(), 0).data(ID_ROLE)
    return str(value) if value is not None else None


def select_id(view: QTableView, record_id: str) -> None:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) == record_id:
            view.selectRow(row)
            view.setCurrentIndex(model.index(row, 0))
            return


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def make_button(text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    if tip:
        button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button
