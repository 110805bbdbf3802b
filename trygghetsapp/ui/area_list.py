"""The area list on the left: type-to-filter search and a readiness badge per area.

At national scale (5,000 areas) the model holds only the pages the view has asked for: the first
page on every search, more through `fetchMore` as the user scrolls; a page asks for one row more
than it shows, so no separate count is needed. Readiness is computed for the loaded page only
(`overview.area_gaps` scoped to those ids), and with a worker it is computed there, after the
names are shown: a keystroke costs one indexed page query on the GUI thread, whatever the size
of the country, and the badges follow a moment later.
"""

from __future__ import annotations

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
from trygghetsapp.services import areas, overview
from trygghetsapp.services.database import Database
from trygghetsapp.services.readmodels import AreaListItem
from trygghetsapp.ui import window_texts as texts
from trygghetsapp.ui.frame import area_search_box, area_table
from trygghetsapp.ui.readiness import COLOURS, badge, gap_lines
from trygghetsapp.ui.tasks import DatabaseWorker

PAGE = 100
ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class AreaListModel(QAbstractTableModel):
    """Areas matching the search, by name, one page at a time; column 1 is the readiness badge."""

    NAME, STATUS = range(2)

    badges_ready = Signal()
    """Emitted when the readiness badges of the loaded rows are known."""

    def __init__(
        self, database: Database, parent: Any = None, worker: DatabaseWorker | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._worker = worker
        self._search = ""
        self._more = False
        self._rows: list[AreaListItem] = []
        self._gaps: dict[str, AreaGaps] = {}
        self._generation = 0

    # -- loading -----------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self._search = text
        self._rows = []
        self._gaps = {}
        self._generation += 1
        page = self._page(0)
        self._rows.extend(page)
        self.endResetModel()
        self._load_badges(page)

    def reload(self) -> None:
        """After an edit: same search, fresh rows (names and badges may have moved)."""
        self.set_search(self._search)

    def _page(self, offset: int) -> list[AreaListItem]:
        page = areas.list_areas(self._database, self._search, limit=PAGE + 1, offset=offset)
        self._more = len(page) > PAGE
        return page[:PAGE]

    def _load_badges(self, page: list[AreaListItem]) -> None:
        ids = [a.id for a in page]
        if not ids:
            self.badges_ready.emit()
            return
        if self._worker is None:
            self._badges_arrived(overview.area_gaps(self._database, ids), self._generation)
            return
        generation, database = self._generation, self._database
        self._worker.submit(
            lambda _progress: overview.area_gaps(database, ids),
            lambda gaps: self._badges_arrived(gaps, generation),
            lambda _error: None,  # badges stay blank; the list itself is unaffected
        )

    def _badges_arrived(self, gaps: dict[str, AreaGaps], generation: int) -> None:
        if not shiboken6.isValid(self):
            return  # the list was rebuilt (language change) while the worker counted
        if generation != self._generation or not self._rows:
            return  # the user typed on; these badges belong to an older list
        self._gaps.update(gaps)
        self.dataChanged.emit(
            self.index(0, self.STATUS), self.index(len(self._rows) - 1, self.STATUS)
        )
        self.badges_ready.emit()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        page = self._page(start)
        if not page:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self._load_badges(page)

    # -- queries -----------------------------------------------------------------------------
    def badge_of(self, area_id: str) -> str:
        return badge(self._gaps.get(area_id))

    def known_gaps(self) -> dict[str, AreaGaps]:
        """The readiness of every area this list has worked out (its loaded rows)."""
        return dict(self._gaps)

    def load_through(self, area_id: str) -> int:
        """Load the pages down to `area_id` (one query), so a remembered or picked area deep in
        a national list is shown and highlighted; its row, or -1 if the search hides it."""
        row = self.row_of(area_id)
        if row >= 0 or not self._more:
            return row
        position = areas.position_of(self._database, self._search, area_id)
        if position is None or position < len(self._rows):
            return row
        start = len(self._rows)
        wanted = position - start + PAGE
        page = areas.list_areas(self._database, self._search, limit=wanted + 1, offset=start)
        self._more = len(page) > wanted
        page = page[:wanted]
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
            self._load_badges(page)
        return self.row_of(area_id)

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

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        worker: DatabaseWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = area_search_box()
        self.model = AreaListModel(database, self, worker)
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
            self._pick_first()
            return True
        return super().eventFilter(watched, event)

    def apply_search(self) -> None:
        current = self.current_area_id()
        self.model.set_search(self.search.text())
        if current is not None:
            self._select_row(self.model.row_of(current), emit=False)

    def current_area_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.area_id(index.row()) if index.isValid() else None

    def select_area(self, area_id: str, load_through: bool = False) -> bool:
        """Select an area, widening the search when the filter hides it.

        `load_through` loads the pages down to an area deep in the list (0.1-0.25 s for the
        last of 5,000 areas): done once at start for the remembered or picked area, not on
        every open, which must stay within 50 ms (an area beyond the loaded pages then opens
        without a highlighted row)."""
        find = self.model.load_through if load_through else self.model.row_of
        row = find(area_id)
        if row < 0 and self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.set_search("")
            row = find(area_id)
        if row < 0:  # beyond the loaded pages: the caller opens it without a list row
            self._clear_selection()
            return False
        self._select_row(row, emit=True)
        return True

    def _clear_selection(self) -> None:
        """No row highlighted, so the list never points at an area other than the open one."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)
        self.view.viewport().update()

    def refresh(self) -> None:
        current = self.current_area_id()
        self.model.reload()
        if current is not None:
            self._select_row(self.model.row_of(current), emit=False)

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
        if current.isValid():
            self.area_selected.emit(self.model.area_id(current.row()))
