"""Issue 13 item 10: the inspection walk by keyboard, at a laptop's 1366 px.

Enter in the inspector's name starts the walk, the note column is on screen without scrolling
sideways, and only an OK mark carries a tick: "Saknas" (missing) or "Trasig" never shows ✔.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import area_named, open_area_tab, settle
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.inspection import Col, InspectionTab

NOTE_MIN_WIDTH = 200
"""Enough of the note column to read a few words of a note."""


def _inspection_tab(qtbot: Any, window: MainWindow, name: str) -> InspectionTab:
    tab = open_area_tab(qtbot, window, area_named(window, name), "inspection")
    assert isinstance(tab, InspectionTab)
    return tab


def test_enter_in_the_name_starts_the_walk_on_the_first_item(
    qtbot: Any, window: MainWindow
) -> None:
    tab = _inspection_tab(qtbot, window, "Aspås")
    assert tab.open_inspection is None
    tab.inspector.setFocus()
    qtbot.keyClicks(tab.inspector, "Eva Inventerare")
    qtbot.keyClick(tab.inspector, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert tab.open_inspection is not None, "Enter in the name did not start the inspection"
    assert tab.open_inspection.inspector == "Eva Inventerare"
    qtbot.waitUntil(lambda: tab.walk.hasFocus())
    assert tab.walk.currentIndex().row() == 0
    qtbot.keyClick(tab.walk, Qt.Key.Key_O)  # the walk goes on by keys alone
    settle(qtbot, window)
    assert tab.walk.currentIndex().row() == 1


@pytest.mark.parametrize(
    ("width", "points"),
    [(1366, 9), (1280, 11)],  # the offscreen font; the app's first window at a desktop's font
)
def test_the_note_column_is_visible_at_1366_wide(
    qtbot: Any, window: MainWindow, width: int, points: int
) -> None:
    """The user test (real window, 11 pt) found the note behind a sideways scrollbar."""
    before = QApplication.font()
    font = QFont(before)
    font.setPointSize(points)
    QApplication.setFont(font)
    try:
        _note_column_visible(qtbot, window, width)
    finally:
        QApplication.setFont(before)


def _note_column_visible(qtbot: Any, window: MainWindow, width: int) -> None:
    window.resize(width, 720)
    tab = _inspection_tab(qtbot, window, "Aspås")
    qtbot.waitUntil(lambda: tab.walk.isVisible() and tab.model.rowCount() > 0)
    assert window.width() <= width
    start = tab.walk.columnViewportPosition(Col.NOTE)
    visible = tab.walk.viewport().width() - start
    assert start >= 0 and visible >= NOTE_MIN_WIDTH, (
        f"the note column starts at {start} px of a {tab.walk.viewport().width()} px wide list"
    )
    assert tab.walk.horizontalScrollBar().maximum() == 0, "the walk scrolls sideways"


def test_only_ok_shows_a_tick(qtbot: Any, window: MainWindow) -> None:
    tab = _inspection_tab(qtbot, window, "Aspås")
    qtbot.keyClicks(tab.inspector, "Eva Inventerare")
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert tab.open_inspection is not None
    tab.walk.setFocus()
    tab.walk.setCurrentIndex(tab.model.index(0, 0))
    for key in (Qt.Key.Key_O, Qt.Key.Key_S, Qt.Key.Key_D, Qt.Key.Key_M):
        qtbot.keyClick(tab.walk, key)
    settle(qtbot, window)
    shown = [str(tab.model.index(row, Col.MARK).data()) for row in range(4)]
    assert shown[0].startswith("✔") and "OK" in shown[0]
    assert "Behöver service" in shown[1]
    assert "Trasig" in shown[2]
    assert "Saknas" in shown[3]
    assert not any("✔" in text for text in shown[1:]), shown
