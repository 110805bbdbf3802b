"""Tab leaves every list and table of the window for the next control.

Qt's item views walk their cells with Tab by default: a user test found no way out of the
inspection walk list with the keyboard (Tab, Shift+Tab and Ctrl+Tab kept moving between its
cells). The arrow keys move inside a table; Tab moves on, in every view of every tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView

from tests.ui.conftest import area_named, open_area_tab, settle
from trygghetsapp.ui.main_window import MainWindow


def test_no_table_of_the_window_keeps_the_tab_key(qtbot: Any, window: MainWindow) -> None:
    open_area_tab(qtbot, window, area_named(window, "Aspås"))
    for index in range(window.tabs.count()):  # build every area tab
        window.tabs.setCurrentIndex(index)
        settle(qtbot, window)
    for index in range(window.modes.count()):  # and every mode: overview, sync, conflicts...
        window.modes.setCurrentIndex(index)
        settle(qtbot, window)
    views = window.findChildren(QAbstractItemView)
    assert len(views) >= 6, [type(v).__name__ for v in views]
    trapping = [
        f"{type(v).__name__} {v.objectName() or v.accessibleName()} in {type(v.parent()).__name__}"
        for v in views
        if v.tabKeyNavigation()
    ]
    assert not trapping, trapping


def test_tab_leaves_the_inspection_walk(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from tests.ui.conftest import start_inspection

    _area_id, tab = start_inspection(qtbot, window, "Aspås")
    tab.walk.setFocus()
    qtbot.waitUntil(tab.walk.hasFocus)
    qtbot.keyClick(tab.walk, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not tab.walk.hasFocus())
