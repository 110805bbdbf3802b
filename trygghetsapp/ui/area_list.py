"""The area list on the left: type-to-filter search and a readiness badge per area.

At national and county scale (5,000-20,000 areas) the model has a row for every area that matches
the search (one COUNT) but reads only the pages a view shows: the first page on every search, the
page holding an area the window opens (the remembered area at start, the overview's jump, a
pick), and the pages the view scrolls to. A row whose page is not read yet shows a placeholder
and is never an area (`area_id` is ""): the view paints it, the model says so (`rows_missing`),
and `AreaListPanel` asks for the pages then in view, one read at a time, so a scrollbar thumb
dragged to the middle reads the pages where it stops, not every page above. A start with the
remembered area at row 19,000 reads its page, as a start at row 1 reads the first: an area's row
is one indexed count of the names before it (`areas.position_of`, keyset on name and id).

Every read, and the readiness of the rows read (`overview.area_gaps` scoped to those ids), goes
through the door on the database worker: the names come first, the badges follow.

After an edit the list changes only the rows the edit names (`Changes`): a renamed, new or deleted
area moves within, into or out of the list, an edited item re-counts its area's badge. Everything
else stays where it was: the rows read, the scroll position, the highlighted row. Only an import,
a sync or a restore (anything may have changed) reads the list again: the count, the pages in
view and the highlighted area's page, and keeps the highlight on the same area.
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
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.readiness import AreaGaps
from trygghetsapp.services.readmodels import AreaListItem, Changes, Entity
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import window_texts as texts
from trygghetsapp.ui.door import AreaSlice, Door
from trygghetsapp.ui.frame import EmptyListHint, area_search_box, area_table
from trygghetsapp.ui.readiness import COLOURS, READINESS_ENTITIES, badge, gap_lines

PAGE = 100
PLACEHOLDER = "…"
"""The name shown on a row whose page is not read yet (for the few milliseconds it takes)."""
ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class AreaListModel(QAbstractTableModel):
    """Areas matching the search, by name: a row for each, its page read when it is shown;
    column 1 is the readiness badge."""

    NAME, STATUS = texts.LIST_NAME_COLUMN, texts.LIST_BADGE_COLUMN

    rows_loaded = Signal()
    """A search's first page (or a reload) is in the model."""

    badges_ready = Signal()
    """Emitted when the readiness badges of the loaded rows are known."""

    reloaded = Signal()
    """A reload (not a search) is in the model: the view's highlight goes back on its area."""

    rows_missing = Signal()
    """A view asked for rows whose page is not read yet (once per turn of the event loop)."""

    page_read = Signal()
    """Rows that showed the placeholder have their areas now."""

    def __init__(self, door: Door, parent: Any = None) -> None:
        super().__init__(parent)
        self._door = door
        self._search = ""
        self._rows: list[AreaListItem | None] = []
        self._ids: dict[str, int] | None = None
        """Row by area id of the rows read; built when asked after a change of `_rows`."""
        self._gaps: dict[str, AreaGaps] = {}
        self._generation = 0
        self._layout = 0
        """Counts the edits that moved rows: a page read before one may sit on other rows."""
        self._asked: set[int] = set()
        """First rows of the pages read or asked for since the last search or move."""
        self._window = (0, -1)
        """The rows the view shows (first, last): the pages to read next."""
        self._fetching: object | None = None
        """The page read under way (one at a time: the newest view wins), or None."""
        self._loading = False
        self._read = False
        """A search's rows have arrived at least once (before, an empty list means nothing)."""
        self._applying = 0
        self._waiting: list[Callable[[], None]] = []
        self._shown_before: dict[str, tuple[str, str]] = {}
        """Badges (text, colour) shown before, by area: the start window's at the hand-over, the
        previous list's at a new search; each until the area's own count arrives, so the column
        does not blank."""
        self._held: list[str] | None = None
        """Badge ids waiting for `release_badges` (the window's start), or None: not held."""
        self.rows_read = 0
        """How many rows this model has read from the database (tests, the bench)."""
        self.keep: Callable[[], str | None] = lambda: None
        """The highlighted area (the panel sets it): a reload reads its page too."""
        self.removing = False
        """True while a changed area's row leaves the list (see `AreaListPanel._row_changed`)."""
        self._missing = QTimer(self)
        self._missing.setSingleShot(True)
        self._missing.setInterval(0)
        self._missing.timeout.connect(self.rows_missing)

    # -- loading -----------------------------------------------------------------------------
    def set_search(self, text: str, then: Callable[[], None] | None = None) -> None:
        """Show `text`'s matches, the page around the highlighted area read when it matches,
        else the first page (when it arrives; the old rows until then)."""
        self._search = text
        self._load((), self.keep(), then, reload=False)

    @property
    def search_text(self) -> str:
        """The search the rows are for (or being read for)."""
        return self._search

    @property
    def settled(self) -> bool:
        """The newest search or reload is in the model."""
        return self._read and not self._loading

    def start(self) -> None:
        """The first search, one turn of the event loop later: a window that selects its
        remembered area right after building the list (`AreaListPanel.select_area`) has the
        list read around that area in the same query, instead of the first page as well."""
        self._loading = True
        QTimer.singleShot(0, self, self._first_search)

    def _first_search(self) -> None:
        if self._generation == 0:  # no search typed meanwhile
            self.set_search(self._search)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the list again (anything may have changed): the count, the pages in view and
        the page of the highlighted area."""
        first, last = self._window
        starts = range(first - first % PAGE, last + 1, PAGE) if last >= first else (0,)
        self._load(starts, self.keep(), then, reload=True)

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

    def _load(
        self,
        starts: Collection[int],
        around: str | None,
        then: Callable[[], None] | None,
        reload: bool,
    ) -> None:
        self._generation += 1
        self._loading = True
        if then is not None:
            self._waiting.append(then)
        generation = self._generation
        self._door.query(
            ops.area_slice(self._search, starts, PAGE, around, count=True, or_first=not reload),
            lambda found: self._arrived(found, generation, reload),
            lambda _error: self._arrived(AreaSlice(0, None, {}), generation, reload),  # logged
            owner=self,
        )

    def _arrived(self, found: AreaSlice, generation: int, reload: bool) -> None:
        if generation != self._generation:
            return  # the user typed on; this page belongs to an older search
        self.beginResetModel()
        self._rows = [None] * (found.total or 0)
        if not reload:
            # An area's readiness does not change with the search: what is known stays on show
            # until its count comes back with the new rows (a cleared search blanked the column
            # for a frame, user test). A reload follows an edit: nothing is carried over then.
            self._shown_before.update(
                {
                    area_id: (badge(gaps), COLOURS[gaps.readiness].name())
                    for area_id, gaps in self._gaps.items()
                }
            )
        self._gaps = {}
        self._asked = set(found.pages)
        self._fetching = None
        self._loading = False
        self._read = True
        placed = self._place(found.pages)
        self.endResetModel()
        self.rows_loaded.emit()
        if reload:
            self.reloaded.emit()
        self._run_waiting()
        self._load_badges(placed)
        self._fetch_window()

    def _place(self, pages: dict[int, list[AreaListItem]]) -> list[str]:
        """Put pages read into their rows; returns their ids. No signals."""
        placed: list[str] = []
        for first, page in pages.items():
            self.rows_read += len(page)
            for row, item in enumerate(page, start=first):
                if row < len(self._rows):
                    self._rows[row] = item
                    placed.append(item.id)
        self._ids = None
        return placed

    def _show_pages(self, pages: dict[int, list[AreaListItem]]) -> None:
        """Pages read after the list was shown: into their rows, the view told, badges asked."""
        placed = self._place(pages)
        for first, page in pages.items():
            last = min(first + len(page), len(self._rows)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.STATUS))
        if placed:
            self.page_read.emit()
            self._load_badges(placed)

    def want(self, first: int, last: int) -> None:
        """The view shows rows `first`..`last`: read the pages among them not read yet."""
        self._window = (max(0, first), min(last, len(self._rows) - 1))
        self._fetch_window()

    def _fetch_window(self) -> None:
        if self._fetching is not None or self._loading:
            return  # the newest window is read when the page under way is in
        first, last = self._window
        starts = [
            start
            for start in range(first - first % PAGE, last + 1, PAGE)
            if start not in self._asked
            and any(
                row is None for row in self._rows[max(start, first) : min(start + PAGE, last + 1)]
            )
        ]
        if not starts:
            return
        self._asked.update(starts)
        token = self._fetching = object()
        self._door.query(
            ops.area_slice(self._search, starts, PAGE),
            lambda found: self._pages_arrived(found, token),
            lambda _error: self._pages_arrived(AreaSlice(None, None, {}), token),
            owner=self,
        )

    def _pages_arrived(self, found: AreaSlice, token: object) -> None:
        if not shiboken6.isValid(self) or token is not self._fetching:
            return  # a new search, a reload or a moved row: these pages may be on other rows
        self._fetching = None
        self._show_pages(found.pages)
        self._fetch_window()

    def locate(self, area_id: str, then: Callable[[int], None]) -> None:
        """Read the page holding `area_id` (one query, wherever it lies in the list), so a
        remembered or picked area is shown and highlighted; `then(row)`, -1 if the search
        hides it."""
        row = self.row_of(area_id)
        if row >= 0:
            then(row)
            return
        generation, layout = self._generation, self._layout

        def arrived(found: AreaSlice) -> None:
            if not shiboken6.isValid(self):
                return
            if generation == self._generation and layout == self._layout:
                self._asked.update(found.pages)
                self._show_pages(found.pages)
            then(self.row_of(area_id))

        self._door.query(
            ops.area_slice(self._search, (), PAGE, around=area_id),
            arrived,
            lambda _error: then(-1),
            owner=self,
        )

    def hold_badges(self) -> None:
        """Count no readiness until `release_badges`: the window's start reads its list, area
        and tab first (one worker: a page's badges would run before them)."""
        if self._held is None:
            self._held = []

    def show_last_sessions_badges(self, badges: dict[str, tuple[str, str]]) -> None:
        """The start window's badges, until each area's own count arrives."""
        self._shown_before = dict(badges)  # an area counted already shows its own (`data`)
        if self._rows and self._shown_before:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, self.STATUS), self.index(last, self.STATUS))

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
            self._shown_before.pop(area_id, None)
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

    # -- after an edit -------------------------------------------------------------------------
    def apply(self, changes: Changes) -> None:
        """Change the rows `changes` name; everything else stays as it is."""
        if changes.everything or changes.ids_of(Entity.AREA) is None:
            self._shown_before = {}
            self.reload()
            return
        moved = set(changes.ids_of(Entity.AREA) or ())
        if changes.touches(Entity.SAFETY_POINT):  # its name is searched and shown on hover
            moved |= changes.areas
        recount = set(moved)
        if changes.touches(*READINESS_ENTITIES):
            if not changes.areas and not moved:
                recount |= {row.id for row in self._rows if row is not None}  # where: unknown
            recount |= changes.areas
        for area_id in recount | moved:  # the last session's badge may be wrong now
            self._shown_before.pop(area_id, None)
        if moved:
            # A page read under way may have run after this change's commit (queued behind it):
            # its rows are in the new order, and placed before the move they would land a row
            # off. Dropped; the pages in view are read again once the move is in.
            self._fetching = None
            self._asked = set()
            generation = self._generation
            self._applying += 1

            def arrived(found: tuple[int, dict[str, tuple[int, AreaListItem]]]) -> None:
                self._applying -= 1
                self._rows_arrived(found[0], found[1], moved, generation, recount)
                self._run_waiting()

            def failed(_error: BaseException) -> None:
                self._applying -= 1
                self._run_waiting()

            self._door.query(ops.area_rows(self._search, moved), arrived, failed, owner=self)
        elif recount:
            self._load_badges(recount)

    def _rows_arrived(
        self,
        total: int,
        found: dict[str, tuple[int, AreaListItem]],
        asked: Collection[str],
        generation: int,
        recount: Collection[str],
    ) -> None:
        """Put each changed area where the list now has it: in place, moved, in or out.

        An area on a row not read yet cannot be moved (its old row is not known): when the
        list then no longer adds up (its count, or a row read that holds another area where this
        one now is), the list is read again, keeping the highlight."""
        if generation != self._generation:
            return
        consistent = True
        for area_id in sorted(asked, key=lambda i: found[i][0] if i in found else -1):
            row = self.row_of(area_id)
            position, item = found.get(area_id, (-1, None))
            if row >= 0 and item is not None and position == row:
                self._rows[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))
            elif row >= 0 and item is not None and position < len(self._rows):
                # beginMoveRows wants the destination as a row of the list before the move.
                destination = position + 1 if position > row else position
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
                del self._rows[row]
                self._rows.insert(position, item)
                self._moved()
                self.endMoveRows()
                self.dataChanged.emit(self.index(position, 0), self.index(position, self.STATUS))
            elif row >= 0:  # deleted, or hidden by the search
                self.removing = True  # the view moves its current row: that is not a pick
                try:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._rows[row]
                    self._moved()
                    self.endRemoveRows()
                finally:
                    self.removing = False
                self._gaps.pop(area_id, None)
                consistent = consistent and item is None
            elif item is not None and len(self._rows) < total and position <= len(self._rows):
                self.beginInsertRows(QModelIndex(), position, position)  # new, or shown again
                self._rows.insert(position, item)
                self._moved()
                self.endInsertRows()
            elif item is not None and position < len(self._rows):
                there = self._rows[position]  # on a row not read: shown when its page is read
                consistent = consistent and (there is None or there.id == area_id)
        if not consistent or len(self._rows) != total:
            self.reload()
            return
        self._load_badges(recount)
        self._fetch_window()

    def _moved(self) -> None:
        """Rows moved: the row numbers of pages asked for before are no longer theirs."""
        self._ids = None
        self._layout += 1
        self._asked = set()
        self._fetching = None

    # -- queries -----------------------------------------------------------------------------
    def badge_of(self, area_id: str) -> str:
        return badge(self._gaps.get(area_id))

    def known_gaps(self) -> dict[str, AreaGaps]:
        """The readiness of every area this list has worked out (its rows read)."""
        return dict(self._gaps)

    def area_id(self, row: int) -> str:
        """The area on `row`; "" while its page is not read (a placeholder is never an area)."""
        item = self._rows[row]
        return item.id if item is not None else ""

    def row_of(self, area_id: str) -> int:
        """The row of `area_id` among the rows read, or -1."""
        if self._ids is None:
            self._ids = {item.id: row for row, item in enumerate(self._rows) if item is not None}
        return self._ids.get(area_id, -1)

    def loaded_count(self) -> int:
        """How many rows hold an area (the others wait for their page)."""
        return sum(1 for item in self._rows if item is not None)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        area = self._rows[index.row()]
        if area is None:  # its page is read when the view has settled (`rows_missing`)
            if not self._missing.isActive():
                self._missing.start()
            if role == Qt.ItemDataRole.DisplayRole:
                return PLACEHOLDER if index.column() == self.NAME else ""
            return None
        gaps = self._gaps.get(area.id)
        if gaps is None and index.column() == self.STATUS and area.id in self._shown_before:
            text, colour = self._shown_before[area.id]
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            if role == Qt.ItemDataRole.ForegroundRole and colour:
                return QColor(colour)
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
        self.empty_hint = EmptyListHint(self.view, self.model)
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
        # The pages in view are read when the view has settled (a scroll, a resize, a painted
        # placeholder): one turn of the event loop later, so a dragged thumb reads where it is.
        self._in_view = QTimer(self)
        self._in_view.setSingleShot(True)
        self._in_view.setInterval(0)
        self._in_view.timeout.connect(self._want_rows_in_view)
        self.model.rows_missing.connect(self._in_view.start)
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: self._in_view.start())
        self._picked_placeholder = False
        """The current row was a placeholder when the user moved onto it: picked when read."""
        self.model.page_read.connect(self._placeholder_read)
        self._marked: str | None = None
        """The area the list highlights: picked or selected last, also while a search hides
        it (as in the start window), so it is highlighted again when the list shows it."""
        self.model.keep = lambda: self._marked
        self.model.modelAboutToBeReset.connect(self._reset_begins)
        self.model.reloaded.connect(self._restore_current)
        self.model.start()
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

    def search_now(self, text: str, then: Callable[[], None] | None = None) -> None:
        """Put `text` in the search box and read its matches at once, without the keystroke's
        coalescing turn (the hand-over from the start window).

        Not with the box's signals blocked: its clear button follows its own `textChanged`,
        and a blocked setText left the box with text and no clear button (user test)."""
        self.search.setText(text)
        self._search_timer.stop()
        self.apply_search(then=then)

    def apply_search(self, then: Callable[[], None] | None = None) -> None:
        current = self._marked

        def arrived() -> None:
            row = self.model.row_of(current) if current is not None else -1
            if row >= 0:  # the open area matches: highlighted, in view
                self._select_row(row, emit=False)
            else:
                self.view.scrollToTop()
            if then is not None:
                then()

        self.model.set_search(self.search.text(), arrived)

    def current_area_id(self) -> str | None:
        index = self.view.currentIndex()
        return (self.model.area_id(index.row()) or None) if index.isValid() else None

    def _want_rows_in_view(self) -> None:
        count = self.model.rowCount()
        if not count:
            return
        first = self.view.rowAt(0)
        last = self.view.rowAt(self.view.viewport().height() - 1)
        self.model.want(max(first, 0), last if last >= 0 else count - 1)

    def _reset_begins(self) -> None:
        self._picked_placeholder = False

    def _restore_current(self) -> None:
        """After a reload: the highlight on the same area (its page was read with the list),
        where the list was scrolled. (After a search `apply_search` does it, in view.)"""
        row = self.model.row_of(self._marked) if self._marked is not None else -1
        if row >= 0:
            self._select_row(row, emit=False, scroll=False)

    def select_area(
        self,
        area_id: str,
        load_through: bool = False,
        then: Callable[[bool], None] | None = None,
    ) -> None:
        """Select an area, widening the search when the filter hides it; `then(found)` once it
        is settled (at once when its row is read). Selecting emits `area_selected`.

        An area whose row is not read yet has its page read (one query, as cheap at row 19,000
        as at row 1: `AreaListModel.locate`), so it is always highlighted; `load_through` is
        kept for the callers that asked for that before every jump had it."""
        finish = then or (lambda _found: None)
        del load_through
        self._marked = area_id

        def find(then: Callable[[int], None]) -> None:
            self.model.locate(area_id, then)

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

    def _select_row(self, row: int, emit: bool, scroll: bool = True) -> None:
        if row < 0:
            return
        selection = self.view.selectionModel()
        # Already the current row (a reload's return highlighted a pick made meanwhile, quietly):
        # Qt then signals nothing, so a pick says it itself, or the area would never open.
        already = self.view.currentIndex().row() == row
        selection.blockSignals(not emit)
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        selection.blockSignals(False)
        if emit and already:
            area_id = self.model.area_id(row)
            if area_id:
                self._marked = area_id
                self.area_selected.emit(area_id)
        if scroll:
            # Right after a reset (a cleared search) the view has not laid out its new rows yet:
            # its scroll range is still the old list's, and scrolling to a row beyond it stopped
            # at the old end (row 497 highlighted, rows 180-205 shown). Lay out first.
            self.view.doItemsLayout()
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
        self._picked_placeholder = False
        if not current.isValid():
            return
        area_id = self.model.area_id(current.row())
        if area_id:
            self._marked = area_id
            self.area_selected.emit(area_id)
        else:  # its page is being read (it is in view): the area opens when it is in
            self._picked_placeholder = True

    def _placeholder_read(self) -> None:
        if not self._picked_placeholder:
            return
        current = self.view.currentIndex()
        area_id = self.model.area_id(current.row()) if current.isValid() else ""
        if area_id:
            self._picked_placeholder = False
            self._marked = area_id
            self.area_selected.emit(area_id)
