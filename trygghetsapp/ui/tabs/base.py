"""What every tab of an area shares: the current area, lazy loading through the door, and the one
new / edit / delete path of the tabs that are a table of records.

A tab loads its data only when it is visible (or becomes visible), so opening an area costs the
one tab the user is looking at, not all six. Loading is a door query: the tab says which op reads
its page (`page_op`) and how to show it (`show_page`); `loaded` says it is on screen.

`RecordTab` is a table of one kind of record (equipment, contacts, channels) with New, Edit and
Delete: a subclass declares its entity, columns, form fields and texts, and the base runs the
dialog, the write through an undo command, and the refresh of the rows the write changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.readmodels import Changes, Entity
from trygghetsapp.ui import commands
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import RecordDialog, confirm_delete
from trygghetsapp.ui.door import Failed, Op
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.form import FieldSpec, display_text
from trygghetsapp.ui.record_model import ID_ROLE, RecordTableModel
from trygghetsapp.ui.screen_fit import WholeHeaders


@dataclass(frozen=True)
class RecordTexts:
    """A record tab's own words (each tab translates them in its own context)."""

    new_title: str
    """The new-record dialog's title, also the undo text: "Ny kontakt"."""
    edit_title: str
    """The edit dialog's title: "Ändra kontakt"."""

    @property
    def new_undo(self) -> str:
        return self.new_title


class AreaTab(QWidget):
    """Base of the area tabs. Subclasses implement `page_op()` and `show_page()`."""

    entities: frozenset[str] = frozenset()
    """Which entities' changes make this tab reload."""
    table: QTableView

    loaded = Signal()
    """The tab shows the current area's data (after every load)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.door = context.door
        self.area_id: str | None = None
        self._stale = True
        self._loading = False
        self._again = False
        self._then: list[Callable[[], None]] = []
        self._scrolled_for_area: str | None = None
        """The area whose page the tab last showed."""
        context.changed.connect(self._on_changed)

    @property
    def shows_current_area(self) -> bool:
        """The tab's widgets show `area_id`'s data as last read: no read under way or due."""
        return self.area_id is not None and not self._stale and not self._loading

    def set_area(self, area_id: str | None) -> None:
        self.area_id = area_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the page again (on the worker); a change meanwhile reads it once more. `then()`
        once it is shown."""
        if then is not None:
            self._then.append(then)
        self._stale = False
        if self._loading:
            self._again = True
            return
        area_id = self.area_id
        op = self.page_op() if area_id is not None else None
        if op is None:
            self._show(None)
            return
        self._loading = True
        self.door.query(op, lambda page: self._arrived(area_id, page), self._failed, owner=self)

    def when_loaded(self, then: Callable[[], None]) -> None:
        """`then()` once the tab shows the current area's data: now, after the load under way,
        or after a load started here."""
        if self._loading:
            self._then.append(then)
        elif self._stale:
            self.refresh(then)
        else:
            then()

    def _arrived(self, area_id: str | None, page: Any) -> None:
        self._loading = False
        if self._again or area_id != self.area_id:
            self._again = False
            self.refresh()
            return
        self._show(page)

    def _show(self, page: Any) -> None:
        if self.area_id != self._scrolled_for_area:
            # Another area's page starts at its top: a table or form kept the previous area's
            # scroll and hid the new area's first rows (user test: the first contacts out of
            # view). Before the rows arrive, so a record picked for showing is still scrolled to.
            views: Iterable[Any] = self.findChildren(QAbstractScrollArea)
            for view in views:
                view.verticalScrollBar().setValue(0)
            self._scrolled_for_area = self.area_id
        try:
            self.show_page(page)
        except Exception as error:
            report_unexpected(error, self)
        waiting, self._then = self._then, []
        for then in waiting:
            then()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        if isinstance(error, DomainError):  # e.g. the area was deleted meanwhile
            self.context.error.emit(error.message(self.context.language))
        else:
            report_unexpected(error, self)
        # Whoever waits for this load (the window's start, `when_loaded`) goes on: the read is
        # over, and the window closes a vanished area itself.
        waiting, self._then = self._then, []
        for then in waiting:
            then()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.everything and not changes.touches(*self.entities):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    # -- overridables --------------------------------------------------------------------
    def page_op(self) -> Op[Any] | None:
        """The read of this tab's page for `self.area_id` (which is set)."""
        raise NotImplementedError

    def show_page(self, page: Any) -> None:
        """Show what `page_op` read; None when no area is open."""
        raise NotImplementedError

    def new_record(self) -> None:
        """Ctrl+N."""

    def edit_current(self) -> None:
        """F2 or Enter on a row."""

    def delete_current(self) -> None:
        """Delete, after a question."""

    def focus_gap(self, gap: str = "") -> None:
        """Called when the overview opens this tab for a gap (a `ui.gaps.Gap`, or "" for the
        tab's first): select its row, scroll it into view and focus it."""

    def refused(self, error: BaseException) -> None:
        """A write outside a dialog was refused: say why."""
        if isinstance(error, DomainError):
            self.context.error.emit(error.message(self.context.language))
        else:
            report_unexpected(error, self)


class RecordTab(AreaTab):
    """A table of one kind of record with New / Edit / Delete (equipment, contacts, channels).

    The subclass declares `entity`, builds its model and calls `setup_record_table`, and gives
    the pieces that differ: the form (`specs`), what the form shows of a row (`form_values`),
    what the service takes from the form (`to_service`), the texts, and the op that lists the
    area's rows, or some of them (`rows_op`). After a write, only the rows the `Changes` name
    are read again and put in place; an edit of another kind the tab shows reads them all.
    """

    entity: Entity
    model: RecordTableModel[Any]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._select_when_shown: str | None = None

    # -- the pieces a record tab gives ---------------------------------------------------
    def rows_op(self, area_id: str, ids: frozenset[str] | None) -> Op[list[Any]]:
        """The area's rows as the tab filters them; with `ids`, only those."""
        raise NotImplementedError

    def specs(self) -> list[FieldSpec]:
        raise NotImplementedError

    def form_values(self, row: Any) -> dict[str, Any]:
        """What the edit dialog shows of a row (its stored values, as the form writes them)."""
        return {spec.key: getattr(row, spec.key, None) for spec in self.specs()}

    def to_service(self, values: dict[str, Any]) -> dict[str, Any]:
        """What the service takes from the form's values."""
        return values

    def new_values(self) -> dict[str, Any] | None:
        """What a new record's form starts with; None when none can be made (say why)."""
        return {}

    def dialog(
        self, title: str, values: dict[str, Any], submit: Any, row: Any | None
    ) -> RecordDialog:
        """The add/edit dialog; `row` is None for a new record."""
        return RecordDialog(title, self.specs(), submit, self.context.language, values, self)

    def new_service_values(self, area_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """What the service takes to create a record in the area from the form's values."""
        return {"area_id": area_id, **self.to_service(values)}

    def record_name(self, row: Any) -> str:
        return str(getattr(row, "name", ""))

    def texts(self) -> RecordTexts:
        raise NotImplementedError

    # -- loading -------------------------------------------------------------------------
    def page_op(self) -> Op[Any] | None:
        assert self.area_id is not None
        return self.rows_op(self.area_id, None)

    def show_page(self, page: Any) -> None:
        self.model.set_rows(page or [])
        self.show_summary()
        self._select_pending()

    def show_summary(self) -> None:
        """After the rows changed: e.g. a count above the table."""

    def _on_changed(self, changes: Changes) -> None:
        others = self.entities - {self.entity}
        ids = changes.ids_of(self.entity)
        if (
            changes.everything
            or changes.touches(*others)
            or ids is None
            or self.area_id is None
            or not self.isVisible()
            or self._loading
        ):
            super()._on_changed(changes)
            return
        if not ids:
            return
        area_id = self.area_id
        self.door.query(
            self.rows_op(area_id, ids),
            lambda rows: self._rows_arrived(area_id, ids, rows),
            self._failed,
            owner=self,
        )

    def _rows_arrived(self, area_id: str, ids: frozenset[str], rows: list[Any]) -> None:
        if area_id != self.area_id:
            return
        self.model.apply(ids, rows)
        self.show_summary()
        self._select_pending()
        self.loaded.emit()

    def _select_pending(self) -> None:
        if self._select_when_shown is not None and select_id(self.table, self._select_when_shown):
            self._select_when_shown = None

    # -- new / edit / delete -------------------------------------------------------------
    def new_record(self) -> None:
        area_id = self.area_id
        values = self.new_values() if area_id is not None else None
        if area_id is None or values is None:
            return
        texts = self.texts()

        def submit(form: dict[str, Any], done: Callable[[], None], failed: Failed) -> None:
            def created(new_id: str) -> None:
                self._select_when_shown = new_id
                done()

            commands.create(
                self.context,
                texts.new_undo,
                self.entity,
                self.new_service_values(area_id, form),
                created,
                failed,
                area_id,
            )

        self.dialog(texts.new_title, values, submit, None).exec()

    def edit_current(self) -> None:
        record_id = current_id(self.table)
        if record_id is None:
            return
        row = self.model.row(self.model.row_of(record_id))
        shown = self.form_values(row)
        baseline = self.to_service(dict(shown))
        area_id = self.area_id

        def submit(form: dict[str, Any], done: Callable[[], None], failed: Failed) -> None:
            new = self.to_service(form)
            changed = {k: v for k, v in new.items() if _differs(baseline.get(k), v)}
            commands.update(
                self.context,
                QCoreApplication.translate("RecordTab", "Ändra %1").replace(
                    "%1", self.record_name(row)
                ),
                self.entity,
                record_id,
                {k: _stored(row, k, baseline) for k in changed},  # what undo writes back
                changed,
                done,
                failed,
                area_id,
            )

        self.dialog(self.texts().edit_title, shown, submit, row).exec()

    def delete_current(self) -> None:
        """Ask, then delete the selected record; undo restores it."""
        record_id = current_id(self.table)
        if record_id is None:
            return
        name = self.record_name(self.model.row(self.model.row_of(record_id)))
        if not confirm_delete(self, name):
            return
        self.delete_record(
            record_id, QCoreApplication.translate("RecordTab", "Ta bort %1").replace("%1", name)
        )

    def delete_record(self, record_id: str, text: str) -> None:
        commands.delete(
            self.context,
            text,
            self.entity,
            record_id,
            lambda: None,
            self.refused,
            self.area_id,
        )

    # -- the table and its buttons -------------------------------------------------------
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
        self.model = model
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


def _stored(row: Any, key: str, baseline: dict[str, Any]) -> Any:
    value = getattr(row, key, baseline.get(key))
    if isinstance(value, tuple):  # a list the view holds as a tuple (a generator's steps)
        return list(value)
    return dict(value) if isinstance(value, dict) else value


def _differs(old: Any, new: Any) -> bool:
    """Compare what the form returns (text) with the stored value, loosely."""
    if isinstance(old, dict) and isinstance(new, dict):
        return {k: display_text(v) for k, v in old.items()} != {
            k: display_text(v) for k, v in new.items()
        }
    if isinstance(old, list | tuple) and isinstance(new, list | tuple):  # a generator's steps
        return [str(v).strip() for v in old] != [str(v).strip() for v in new]
    return display_text(old) != display_text(new)


def make_table(sortable: bool = True) -> QTableView:
    view = QTableView()
    WholeHeaders(view.horizontalHeader())
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    # Tab moves on to the next control, the arrow keys inside the table: Qt's default walks
    # the cells with Tab, and a keyboard user could not leave the table (user test).
    view.setTabKeyNavigation(False)
    return view


def current_id(view: QTableView) -> str | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    value = view.model().index(index.row(), 0).data(ID_ROLE)
    return str(value) if value is not None else None


def select_id(view: QTableView, record_id: str) -> bool:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) == record_id:
            view.selectRow(row)
            view.setCurrentIndex(model.index(row, 0))
            return True
    return False


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
