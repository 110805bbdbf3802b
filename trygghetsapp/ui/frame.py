"""The frame both windows show: the search over the area list, the list, the area's title and
tabs beside it, the mode tabs around them; and what the start window hands to the main window.

The start window (`start_window.py`) is up before the database layer has loaded; the main window
takes its place when the database is open. Both build their frame from here, so the hand-over
does not move a pixel, and neither window imports the other. Like the start window this module
imports no database code and never touches PySide6's `Qt` namespace (building its enums costs
15-30 ms of the first window's start).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QByteArray
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.ui import window_texts as texts


def area_search_box() -> QLineEdit:
    """The search above the area list, as both windows show it."""
    search = QLineEdit()
    search.setPlaceholderText(texts.search_placeholder())
    search.setClearButtonEnabled(True)
    search.setAccessibleName(texts.search_accessible_name())
    return search


def area_table(model: QAbstractTableModel) -> QTableView:
    """The area list (name, badge), as both windows show it."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setAccessibleName(texts.list_accessible_name())
    # Tab leaves the list for the next widget (Qt's item views walk their cells with it, and
    # here each second Tab opened the next area); the arrow keys move between areas.
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    # The badge column's width from the first 100 rows, not up to 1,000 (Qt's default): the
    # start window holds all 5,000 areas of a national list, and measuring them costs 15 ms.
    header.setResizeContentsPrecision(100)
    header.setSectionResizeMode(texts.LIST_NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(texts.LIST_BADGE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
    return view


class SearchedList(Protocol):
    """What the empty list's sentence needs of an area list's model."""

    @property
    def search_text(self) -> str:
        """The search the rows are for."""

    @property
    def settled(self) -> bool:
        """The rows are in: an empty list means no match (while reading it means nothing)."""


class EmptyListHint:
    """A sentence in the area list when it is empty, so an empty list never looks broken: what
    the search found nothing for, or (no search) that there are no areas yet and how to add one.

    `state` is the view's model; nothing is said until it has settled (while the list is read,
    empty means nothing yet). The label is made the first time it is needed: a layout on the
    list's viewport cost the start window 8 ms at 20,000 areas."""

    def __init__(self, view: QTableView, state: SearchedList) -> None:
        self._view = view
        self._state = state
        self.label: QLabel | None = None
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.refresh)
        self.refresh()

    def said(self) -> str:
        """What the list says now ("" while it says nothing)."""
        return self.label.text() if self.label is not None and self.label.isVisible() else ""

    def refresh(self, *_args: object) -> None:
        empty = self._view.model().rowCount() == 0 and self._state.settled
        if empty and self.label is None:
            self.label = self._make_label()
        if self.label is None:
            return
        if empty:
            text = self._state.search_text.strip()
            self.label.setText(texts.no_area_matches(text) if text else texts.no_areas_yet())
        self.label.setVisible(empty)

    def _make_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("emptyListHint")
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dimmed, no style sheet
        layout = QVBoxLayout(self._view.viewport())  # the top of the list, following its width
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(label)
        layout.addStretch(1)
        return label


def area_title_label() -> QLabel:
    """The open area's name above its tabs, as both windows show it."""
    label = QLabel()
    label.setObjectName("areaTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def area_splitter(area_list: QWidget, title: QLabel, tabs: QTabWidget) -> QSplitter:
    """The list on the left, the area's title and tabs on the right, as both windows lay them
    out (the same two panes, so one window's saved split restores in the other)."""
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(4, 0, 0, 0)
    right_layout.addWidget(title)
    right_layout.addWidget(tabs)
    splitter = QSplitter()  # horizontal
    splitter.addWidget(area_list)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([300, 1000])
    return splitter


def modes_tabs() -> QTabWidget:
    """The mode tabs (area, overview, sync, conflicts) that fill both windows."""
    modes = QTabWidget()
    modes.setObjectName("modes")
    modes.setDocumentMode(True)
    return modes


@dataclass(frozen=True)
class HandOver:
    """What the start window passes on: its place, and what the user did in it meanwhile."""

    geometry: QByteArray
    splitter: QByteArray
    minimized: bool
    active: bool
    """The start window had the focus (the user may have turned to another program)."""
    search: str
    cursor: int
    search_focused: bool
    picked_area: str | None
    """The area picked in the start window, if not the last session's."""
    tab: int
    badges: dict[str, tuple[str, str]]
    """The last session's badges (text, colour) by area, shown until this session's count."""
    list_scroll: int
    """Where the area list was scrolled: the main window's list shows the same rows (its own
    scrolling to the highlighted area put it a few rows off, a visible jump)."""


class Successor(Protocol):
    """The window that takes over from the start window (the main window)."""

    def take_over(self, handed: HandOver, done: Callable[[], None]) -> None:
        """Take the place and the state; call `done()` once shown (the start window goes)."""

    def follow_search(self, text: str, cursor: int) -> None:
        """The user typed on in the start window before `done()`: the search as it is now."""
