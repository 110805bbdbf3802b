"""The area list on the left: type-to-filter search and a readiness badge per area.

At national scale (5,000 areas) the model holds only the pages the view has asked for: the first
page on every search, more through `fetchMore` as the user scrolls; a page asks for one row more
than it shows, so no separate count is needed. Every page, and the readiness of its rows
(`overview.area_gaps` scoped to those ids), is read through the door on the database worker: the
names come first, the badges follow.

After an edit the list changes only the rows the edit names (`Changes`): a renamed, new or deleted
area moves into, within or out of the loaded rows, an edited item re-counts its area's badge.
Everything else stays where it was: the loaded pages, the scroll position, the highlighted row.
Only an import, a sync or a restore (anything may have changed) reads the loaded rows again, as
many as were loaded, and keeps the highlight on the same area.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.readiness import AreaGaps
from trygghetsapp.services.readmodels import AreaListItem, Changes, Entity
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import window_texts as texts
from trygghetsapp.ui.door import Door
from trygghetsapp.ui.frame import area_search_box, area_table
from trygghetsapp.ui.readiness import COLOURS, READINESS_ENTITIES, badge, gap_lines

PAGE = 100
ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class AreaListModel(QAbstractTableModel):
    """Areas matching the search, by name, one page at a time; column 1 is the readiness badge."""

    NAME, STATUS = texts.LIST_NAME_COLUMN, texts.LIST_BADGE_COLUMN

    rows_loaded = Signal()
    """A search's first page (or a reload) is in the model."""

    badges_ready = Signal()
    """Emitted when the readiness badges of the loaded rows are known."""

    def __init__(self, door: Door, parent: Any = None) -> None:
        super().__init__(parent)
        self._door = door
        self._search = ""
        self._more = False
        self._fetching = False
        self._rows: list[AreaListItem] = []
        self._gaps: dict[str, AreaGaps] = {}
        self._generation = 0
        self._loading = False
        self._applying = 0
        self._waiting: list[Callable[[], None]] = []
        self._held: list[str] | None = None
        """Badge ids waiting for `release_badges` (the window's start), or None: not held."""
        self.removing = False
        """True while a changed area's row leaves the list (see `AreaListPanel._row_changed`)."""

    # -- loading -----------------------------------------------------------------------------
    def set_search(self, text: str, then: Callable[[], None] | None = None) -> None:
        """Show the first page of `text`'s matches (when it arrives; the old rows until then)."""
        self._search = text
        self._load(PAGE, then)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the loaded rows again (anything may have changed): as many as were loaded."""
        self._load(max(PAGE, len(self._rows)), then)

    def when_loaded(self, then: Callable[[], None]) -> None:
        """`then()` once the newest search, reload or edit is in the model (at once if it is)."""
        if self._loading or self._applying:
            self._waiting.append(then)
        else:
            then()

    def _run_waiting(self) -> None:
        if self._loading or self._applying:
            return
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    def _load(self, count: int, then: Callable[[], None] | None) -> None:
        self._generation += 1
        self._loading = True
        if then is not None:
            self._waiting.append(then)
        generation, search = self._generation, self._search
        self._door.query(
            ops.list_areas(search, limit=count + 1),
            lambda rows: self._arrived(rows, count, generation),
            lambda _error: self._arrived([], count, generation),  # the log has the error
            owner=self,
        )

    def _arrived(self, rows: list[AreaListItem], count: int, generation: int) -> None:
        if generation != self._generation:
            return  # the user typed on; this page belongs to an older search
        self.beginResetModel()
        self._more = len(rows) > count
        self._rows = rows[:count]
        self._gaps = {}
        self._fetching = False
        self._loading = False
        self.endResetModel()
        self.rows_loaded.emit()
        self._run_waiting()
        self._load_badges([row.id for row in self._rows])

    def hold_badges(self) -> None:
        """Count no readiness until `release_badges`: the window's start reads its list, area
        and tab first (one worker: a page's badges would run before them)."""
        if self._held is None:
            self._held = []

    def release_badges(self) -> None:
        held, self._held = self._held, None
        if held:
            self._load_badges(held)

    def _load_badges(self, ids: Collection[str]) -> None:
        if self._held is not None:
            self._held.extend(ids)
            return
        wanted = [i for i in ids if self.row_of(i) >= 0]
        if not wanted:
            self.badges_ready.emit()
            return
        generation = self._generation
        self._door.query(
            ops.area_gaps(wanted),
            lambda gaps: self._badges_arrived(gaps, wanted, generation),
            lambda _error: None,  # badges stay blank; the list itself is unaffected
            owner=self,
        )

    def _badges_arrived(self, gaps: dict[str, AreaGaps], asked: list[str], generation: int) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the user typed on; these badges belong to an older list
        rows = []
        for area_id in asked:
            if area_id in gaps:
                self._gaps[area_id] = gaps[area_id]
            else:
                self._gaps.pop(area_id, None)
            row = self.row_of(area_id)
            if row >= 0:
                rows.append(row)
        if rows:
            # One signal for the page, not one a row: the badge column sizes itself to its
            # contents, and each signal made the header measure up to 100 rows again
            # (100 x 100 `data` calls; 0.2-0.4 s of frozen window while the worker was busy).
            top, bottom = self.index(min(rows), self.STATUS), self.index(max(rows), self.STATUS)
            self.dataChanged.emit(top, bottom)
        self.badges_ready.emit()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or not self._more:
            return
        self._fetching = True
        generation, start = self._generation, len(self._rows)
        self._door.query(
            ops.list_areas(self._search, limit=PAGE + 1, offset=start),
            lambda page: self._page_arrived(page, start, PAGE, generation),
            lambda _error: setattr(self, "_fetching", False),
            owner=self,
        )

    def _page_arrived(
        self, page: list[AreaListItem], start: int, size: int, generation: int
    ) -> None:
        if generation != self._generation or start != len(self._rows):
            return
        self._fetching = False
        self._more = len(page) > size
        page = page[:size]
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
            self._load_badges([row.id for row in page])

    def load_through(self, area_id: str, then: Callable[[int], None]) -> None:
        """Load the pages down to `area_id` (one query), so a remembered or picked area deep in
        a national list is shown and highlighted; `then(row)`, -1 if the search hides it."""
        row = self.row_of(area_id)
        if row >= 0 or not self._more:
            then(row)
            return
        generation, start = self._generation, len(self._rows)

        def arrived(found: tuple[int, list[AreaListItem]]) -> None:
            position, page = found
            if generation == self._generation and start == len(self._rows) and page:
                self._page_arrived(page, start, position - start + PAGE, generation)
            then(self.row_of(area_id))

        self._door.query(
            ops.areas_down_to(self._search, area_id, start, PAGE),
            arrived,
            lambda _error: then(-1),
            owner=self,
        )

    # -- after an edit -------------------------------------------------------------------------
    def apply(self, changes: Changes) -> None:
        """Change the rows `changes` name; everything else stays as it is."""
        if changes.everything or changes.ids_of(Entity.AREA) is None:
            self.reload()
            return
        moved = set(changes.ids_of(Entity.AREA) or ())
        if changes.touches(Entity.SAFETY_POINT):  # its name is searched and shown on hover
            moved |= changes.areas
        recount = set(moved)
        if changes.touches(*READINESS_ENTITIES):
            if not changes.areas and not moved:
                recount |= {row.id for row in self._rows}  # where is not known: all of them
            recount |= changes.areas
        if moved:
            generation = self._generation
            self._applying += 1

            def arrived(found: dict[str, tuple[int, AreaListItem]]) -> None:
                self._applying -= 1
                self._rows_arrived(found, moved, generation, recount)
                self._run_waiting()

            def failed(_error: BaseException) -> None:
                self._applying -= 1
                self._run_waiting()

            self._door.query(ops.area_rows(self._search, moved), arrived, failed, owner=self)
        elif recount:
            self._load_badges(recount)

    def _rows_arrived(
        self,
        found: dict[str, tuple[int, AreaListItem]],
        asked: Collection[str],
        generation: int,
        recount: Collection[str],
    ) -> None:
        """Put each changed area where the list now has it: in place, moved, in or out.

        The loaded rows are the list's first rows, so an area whose new position is at most the
        number of the other loaded rows belongs among them; one further down leaves them."""
        if generation != self._generation:
            return
        for area_id in sorted(asked, key=lambda i: found[i][0] if i in found else -1):
            row = self.row_of(area_id)
            position, item = found.get(area_id, (-1, None))
            others = len(self._rows) - (1 if row >= 0 else 0)
            inside = item is not None and position <= others
            if row >= 0 and inside and position == row:
                self._rows[row] = item  # type: ignore[assignment]  # inside: item is set
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))
            elif row >= 0 and inside:
                # beginMoveRows wants the destination as a row of the list before the move.
                destination = position + 1 if position > row else position
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
                del self._rows[row]
                self._rows.insert(position, item)  # type: ignore[arg-type]
                self.endMoveRows()
                self.dataChanged.emit(self.index(position, 0), self.index(position, self.STATUS))
            elif row >= 0:  # deleted, hidden by the search, or moved below the loaded rows
                self.removing = True  # the view moves its current row: that is not a pick
                try:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._rows[row]
                    self.endRemoveRows()
                finally:
                    self.removing = False
                self._gaps.pop(area_id, None)
                self._more = self._more or item is not None
            elif inside:
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, item)  # type: ignore[arg-type]
                self.endInsertRows()
        self._load_badges(recount)

    # -- queries -----------------------------------------------------------------------------
    def badge_of(self, area_id: str) -> str:
        return badge(self._gaps.get(area_id))

    def known_gaps(self) -> dict[str, AreaGaps]:
        """The readiness of every area this list has worked out (its loaded rows)."""
        return dict(self._gaps)

    def area_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, area_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == area_id), -1)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        area = self._rows[index.row()]
        gaps = self._gaps.get(area.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return area.name if index.column() == self.NAME else badge(gaps)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.STATUS and gaps:
            return "\n".join(text for _tab, text in gap_lines(gaps)) or badge(gaps)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [area.name]
            if area.villages:
                parts.append(self.tr("Byar: %1").replace("%1", area.villages))
            if area.safety_points:
                parts.append(self.tr("Trygghetspunkt: %1").replace("%1", area.safety_points))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATUS and gaps:
            return COLOURS[gaps.readiness]
        if role == ID_ROLE:
            return area.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return texts.list_headers()[section]


class AreaListPanel(QWidget):
    """Search box over the area list; emits `area_selected(id)` when the user picks an area."""

    area_selected = Signal(str)
    new_area_requested = Signal()

    def __init__(self, door: Door, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._door = door
        self.search = area_search_box()
        self.model = AreaListModel(door, self)
        self.view = area_table(self.model)
        self.new_button = QPushButton(texts.new_area_button())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(self.new_button)
        # Coalesce a burst of keystrokes into one query, without a perceptible delay.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._pick_first)
        self.search.installEventFilter(self)  # Down arrow from the search goes into the list
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_area_requested)
        self.model.set_search("")
        door.changed.connect(self.model.apply)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            if self._search_timer.isActive():
                self._search_timer.stop()
                self.apply_search()
            self.model.when_loaded(self._pick_first)
            return True
        return super().eventFilter(watched, event)

    def apply_search(self, then: Callable[[], None] | None = None) -> None:
        current = self.current_area_id()

        def arrived() -> None:
            if current is not None:
                self._select_row(self.model.row_of(current), emit=False)
            if then is not None:
                then()

        self.model.set_search(self.search.text(), arrived)

    def current_area_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.area_id(index.row()) if index.isValid() else None

    def select_area(
        self,
        area_id: str,
        load_through: bool = False,
        then: Callable[[bool], None] | None = None,
    ) -> None:
        """Select an area, widening the search when the filter hides it; `then(found)` once it
        is settled (at once when its row is loaded). Selecting emits `area_selected`.

        `load_through` loads the pages down to an area deep in the list (0.1-0.25 s for the
        last of 5,000 areas): done once at start for the remembered or picked area, not on
        every open (an area beyond the loaded pages then opens without a highlighted row)."""
        finish = then or (lambda _found: None)

        def find(then: Callable[[int], None]) -> None:
            if load_through:
                self.model.load_through(area_id, then)
            else:
                then(self.model.row_of(area_id))

        def attempt(row: int, widened: bool) -> None:
            if row >= 0 or widened or not self.search.text():
                self._settle(row, finish)
                return
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.set_search("", lambda: find(lambda row: attempt(row, True)))

        self.model.when_loaded(lambda: find(lambda row: attempt(row, False)))

    def _settle(self, row: int, then: Callable[[bool], None]) -> None:
        if row < 0:  # beyond the loaded pages: the caller opens it without a list row
            self._clear_selection()
            then(False)
            return
        self._select_row(row, emit=True)
        then(True)

    def _clear_selection(self) -> None:
        """No row highlighted, so the list never points at an area other than the open one."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)
        self.view.viewport().update()

    def _select_row(self, row: int, emit: bool) -> None:
        if row < 0:
            return
        selection = self.view.selectionModel()
        selection.blockSignals(not emit)
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        selection.blockSignals(False)
        self.view.scrollTo(self.model.index(row, 0))

    def _pick_first(self) -> None:
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self._select_row(0, emit=True)
        self.view.setFocus()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model.removing:
            # The highlighted area left the list (deleted, renamed out of the search): Qt moves
            # the highlight to a neighbour, which the user did not pick. Nothing is opened, and
            # no row is highlighted once the removal is done.
            self.model.rowsRemoved.connect(
                lambda *_removed: self._clear_selection(), Qt.ConnectionType.SingleShotConnection
            )
            return
        if current.isValid():
            self.area_selected.emit(self.model.area_id(current.row()))
