"""The window shown at start while the database layer loads: the last session's area list.

Why: Python and Qt start in about a tenth of a second on this class of laptop; importing
SQLAlchemy and our ORM takes several times that. Rather than show nothing, the start shows the
same frame as the main window (menus, modes, area list, the area's tabs) at the remembered size,
with the areas the last session listed (`services/start_view.py`). The user can scroll the list,
type a search and pick an area; editing needs the database, so menus and tabs wait, and the status
bar says the database is opening. When it is open the main window takes over at the same place,
with the typed search, the picked area and the focus carried across (`hand_over`).

This module imports no database code: a test checks that SQLAlchemy is not loaded when this
window first shows. It also never touches PySide6's `Qt` namespace (item roles, orientations,
alignments): building that namespace's hundreds of enums costs 15-30 ms, a fifth of a bare
window's start, so roles are plain numbers here and the header's labels come from a small
C++ model instead of a Python `headerData` (whose orientation argument would build it).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeySequence,
    QMouseEvent,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.search import matches_every_word
from trygghetsapp.services.start_view import StartRow, StartRows, StartView, TabPicture
from trygghetsapp.ui import settings as keys
from trygghetsapp.ui import window_texts as texts
from trygghetsapp.ui.frame import (
    EmptyListHint,
    HandOver,
    Successor,
    area_search_box,
    area_splitter,
    area_table,
    area_title_label,
    modes_tabs,
)

ModelIndex = QModelIndex | QPersistentModelIndex
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole


def opening_message() -> str:
    return QCoreApplication.translate("StartWindow", "Öppnar databasen…")


def checking_message() -> str:
    """After a crash or a killed process the whole file is checked before it opens: at national
    scale that takes a quarter of a minute, which must not look like a hang."""
    return QCoreApplication.translate(
        "StartWindow",
        "Trygghetsapp stängdes inte ordentligt förra gången. Databasen kontrolleras innan "
        "den öppnas; det kan ta en stund…",
    )


def changed_file_message() -> str:
    return QCoreApplication.translate(
        "StartWindow",
        "Databasen har ändrats sedan Trygghetsapp stängdes sist (av ett kommando, en återställd "
        "kopia eller ett annat program). Den kontrolleras innan den öppnas; det kan ta en stund…",
    )


def upgrading_message() -> str:
    """The first start of a new version: the open backs the whole file up, upgrades it and
    checks it (96-151 s in a user test at 20,000 areas, said only as 'Öppnar databasen…')."""
    return QCoreApplication.translate(
        "StartWindow",
        "Databasen uppdateras för den nya versionen av Trygghetsapp. En säkerhetskopia görs "
        "först och databasen kontrolleras efteråt; en stor databas kan ta några minuter…",
    )


def not_yet_editable_message() -> str:
    """Said where the user clicks the picture of the last session's tab: it looks like the form,
    and typing into it was silently lost (user test)."""
    return QCoreApplication.translate(
        "StartWindow",
        "Det här är en bild av fliken som den såg ut sist. Du kan ändra om ett ögonblick, "
        "när databasen är öppen.",
    )


def closing_message() -> str:
    return QCoreApplication.translate(
        "StartWindow", "Avslutar så snart databasen är öppnad och kontrollerad…"
    )


class StartListModel(QAbstractTableModel):
    """The last session's areas, filtered in memory by the same rule as the database query.

    It holds the list's row numbers, not rows: a national list's rows are made only as they are
    drawn (`StartRows`)."""

    def __init__(self, rows: Sequence[StartRow] | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.settled = rows is not None
        """Without a last session's list the database is being read: empty means nothing."""
        self._all = StartRows.of(rows or ())
        self._shown: Sequence[int] = range(len(self._all))
        self.search_text = ""

    def set_search(self, text: str) -> None:
        self.search_text = text
        self.beginResetModel()
        self._shown = [
            index
            for index, searched in enumerate(self._all.search_texts())
            if matches_every_word(searched, text)
        ]
        self.endResetModel()

    def area_id(self, row: int) -> str:
        return self._all.ids[self._shown[row]]

    def badges(self) -> dict[str, tuple[str, str]]:
        """Every area's badge as shown (text, colour), by id."""
        every = self._all
        shown = ((area_id, every.badge(index)) for index, area_id in enumerate(every.ids))
        return {area_id: badge for area_id, badge in shown if badge[0]}

    def name(self, row: int) -> str:
        return self._all.names[self._shown[row]]

    def row_of(self, area_id: str | None) -> int:
        ids = self._all.ids
        if isinstance(self._shown, range):  # no search: a national list, looked up in C
            return ids.index(area_id) if area_id in ids else -1
        return next((row for row, index in enumerate(self._shown) if ids[index] == area_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        number = self._shown[index.row()]
        if role == DISPLAY_ROLE:
            if index.column() == texts.LIST_NAME_COLUMN:
                return self._all.names[number]
            return self._all.badge(number)[0]
        if role == FOREGROUND_ROLE and index.column() == texts.LIST_BADGE_COLUMN:
            colour = self._all.badge(number)[1]
            return QColor(colour) if colour else None
        return None


def waiting_page(labels: list[QLabel] | None = None) -> QWidget:
    """'Öppnar databasen…' in the middle of a tab (centred by stretches, see the module doc);
    its label is added to `labels`, for the start window to say more there."""
    page = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    label = QLabel(opening_message())
    label.setObjectName("waitingLabel")
    if labels is not None:
        labels.append(label)
    row.addWidget(label)
    row.addStretch(1)
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return page


class PicturePage(QWidget):
    """The open area's tab as the last session drew it, where the tab has that size again; else
    (another screen, a resized window) or for another area, 'Öppnar databasen…'."""

    def __init__(self, picture: TabPicture) -> None:
        super().__init__()
        self.area_id = picture.area_id
        self._size = (picture.width, picture.height)
        self._area_shown = True
        pixmap = QPixmap()
        pixmap.loadFromData(picture.png)
        pixmap.setDevicePixelRatio(picture.ratio)
        self.picture = QLabel()
        self.picture.setObjectName("startPicture")
        self.picture.setPixmap(pixmap)
        self.picture.setAccessibleName(opening_message())
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self.picture)
        self._pages.addWidget(waiting_page())
        self.note: QLabel | None = None
        """Made at the first click (a style sheet of its own costs the start a few ms)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the picture (on a field, as in the form it shows): say why nothing
        happens, at the top of the tab, until the main window takes over."""
        super().mousePressEvent(event)
        if self.note is None:
            self.note = QLabel(not_yet_editable_message(), self.picture)
            self.note.setObjectName("notYetEditable")
            self.note.setWordWrap(True)
            self.note.setStyleSheet(
                "background: #fff3c4; color: black; border: 1px solid #b08800; padding: 8px;"
            )
        width = min(520, max(200, self.picture.width() - 16))
        self.note.setFixedWidth(width)
        self.note.adjustSize()
        self.note.move(8, 8)
        self.note.show()
        self.note.raise_()

    def show_area(self, area_id: str | None) -> None:
        self._area_shown = area_id == self.area_id
        self._choose()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose()

    def _choose(self) -> None:
        fits = (self.width(), self.height()) == self._size
        self._pages.setCurrentIndex(0 if fits and self._area_shown else 1)


class StartWindow(QMainWindow):
    """The main window's frame over the last session's list, until the database is open."""

    def __init__(
        self,
        db_path: Path,
        view: StartView | None,
        settings: QSettings,
        checking: bool = False,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._handed_over = False
        self._successor: Successor | None = None
        self.database_opening = False
        """Set while the loader opens the database: closing then waits for it (`closeEvent`)."""
        self.close_requested = False
        self.setObjectName("startWindow")
        self.setWindowTitle(f"Trygghetsapp – {db_path.name}")
        self.setMinimumSize(900, 560)
        self._initial_area = view.area_id if view is not None else None
        self._current_area = self._initial_area
        for title in texts.menu_titles():
            self.menuBar().addMenu(title).setEnabled(False)
        self.search = area_search_box()
        self.model = StartListModel(view.rows if view is not None else None, self)
        self.view = area_table(self.model)
        self.empty_hint = EmptyListHint(self.view, self.model)
        header = self.view.horizontalHeader()
        labels = QStandardItemModel(0, 2, self)
        labels.setHorizontalHeaderLabels(list(texts.list_headers()))
        header.setModel(labels)
        bold = header.font()  # as the main window's header looks with its selected row
        bold.setBold(True)
        header.setFont(bold)
        new_button = QPushButton(texts.new_area_button())
        new_button.setEnabled(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.view)
        left_layout.addWidget(new_button)
        self.area_title = area_title_label()
        if view is None:
            self.area_title.setText(opening_message())
        else:
            self.area_title.setText(view.area_title or texts.no_area_title())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("areaTabs")
        titles = texts.area_tab_titles()
        picture = view.picture if view is not None else None
        self.picture_page = PicturePage(picture) if picture is not None else None
        self.waiting_labels: list[QLabel] = []
        """The tabs' 'Öppnar databasen…', which say more after a crash or during an upgrade."""
        for index, key in enumerate(texts.AREA_TAB_KEYS):
            shown = self.picture_page is not None and picture is not None and picture.tab == index
            page = (
                self.picture_page
                if shown and self.picture_page
                else waiting_page(self.waiting_labels)
            )
            self.tabs.addTab(page, titles[key])
        self.splitter = area_splitter(left, self.area_title, self.tabs)
        self.modes = modes_tabs()
        for index, title in enumerate(texts.mode_titles()):
            self.modes.addTab(self.splitter if index == 0 else QWidget(), title)
            self.modes.setTabEnabled(index, index == 0)
        self.setCentralWidget(self.modes)
        # The main window's status bar holds a label, the (hidden) conflict button and the sync
        # summary; the same here, so the bar has its height (Qt counts the hidden button) and
        # the tab the size of the picture taken of it (a test compares the two).
        self.statusBar().addWidget(QLabel(), 1)
        badge = QPushButton()
        badge.setFlat(True)
        badge.hide()
        self.statusBar().addPermanentWidget(badge)
        self.statusBar().addPermanentWidget(QLabel())
        self.statusBar().showMessage(opening_message())
        if checking:
            self._say_in_the_tabs(checking_message())
        self.search.textChanged.connect(self._search_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_picked)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self._focus_search)
        self._restore(settings)

    def _restore(self, settings: QSettings) -> None:
        keys.restore_place(settings, self, self.splitter)
        self.tabs.setCurrentIndex(keys.get_int(settings, keys.LAST_TAB, 0))
        self._select(self._initial_area)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._select(self._current_area)  # the pick survives a search that hid it for a while

    def _row_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._current_area = self.model.area_id(current.row())
        self.area_title.setText(self.model.name(current.row()))
        if self.picture_page is not None:
            self.picture_page.show_area(self._current_area)

    def _select(self, area_id: str | None) -> None:
        row = self.model.row_of(area_id)
        if row < 0:
            return
        selection = self.view.selectionModel()
        selection.blockSignals(True)  # re-selecting after a search is not a pick
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        selection.blockSignals(False)
        self.view.scrollTo(self.model.index(row, 0))

    def say_upgrading(self) -> None:
        """The open is an upgrade (the loader found an older schema): say so, everywhere the
        window says it is opening."""
        self._say_in_the_tabs(upgrading_message())

    def say_checking_a_changed_file(self) -> None:
        """The file changed since the last clean close: the open checks it in full (6-17 s at
        20,000 areas in a user test, said only as 'Öppnar databasen…')."""
        self._say_in_the_tabs(changed_file_message())

    def _say_in_the_tabs(self, message: str) -> None:
        """`message` in the status bar and in the middle of every tab that waits."""
        self.statusBar().showMessage(message)
        for label in self.waiting_labels:  # a sentence a line: the tab keeps its width
            label.setText(message.replace(". ", ".\n").replace("; ", ";\n"))

    def picked_area_id(self) -> str | None:
        """The area the user picked here, if it is not the one the last session had open."""
        return self._current_area if self._current_area != self._initial_area else None

    def hand_over(self, successor: Successor) -> None:
        """Give the main window this window's place, search, tab, picked area and focus; go when
        it has shown itself.

        Until then (the few milliseconds its search or pick takes to load) this window stays,
        and what the user types on in its search follows to the successor, so no keystroke is
        lost."""
        self._handed_over = True
        self._successor = successor
        handed = HandOver(
            geometry=self.saveGeometry(),
            splitter=self.splitter.saveState(),
            minimized=self.isMinimized(),
            active=self.isActiveWindow(),
            search=self.search.text(),
            cursor=self.search.cursorPosition(),
            search_focused=self.focusWidget() is self.search,
            picked_area=self.picked_area_id(),
            tab=self.tabs.currentIndex(),
            badges=self.model.badges(),
            list_scroll=self.view.verticalScrollBar().value(),
        )
        self.search.textEdited.connect(self._follow)
        successor.take_over(handed, self._gone)

    def _follow(self, text: str) -> None:
        if self._successor is not None:
            self._successor.follow_search(text, self.search.cursorPosition())

    def _gone(self) -> None:
        self._successor = None
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by the user before the main window took over.

        While the database is still opening (a full check can take seconds) the window stays up
        and says it will close: the open cannot be interrupted, and the single-instance lock must
        not be held by a process with no window to switch to. The place is remembered, as the
        main window does, so the next start opens where this one was left.
        """
        if not self._handed_over:
            keys.save_place(self._settings, self, self.splitter)
        if self.database_opening and not self._handed_over:
            self.close_requested = True
            self.modes.setEnabled(False)
            self.statusBar().showMessage(closing_message())
            event.ignore()
            return
        super().closeEvent(event)
