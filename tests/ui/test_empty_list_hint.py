"""An empty area list says why: no match for the search, or no areas yet (and how to add one).
It never speaks while the list is being read, so a start never flashes "no areas"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from trygghetsapp.services import areas
from trygghetsapp.services.database import Database
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.start_window import StartWindow

from .conftest import shell_after_a_session


def _says(window: Any) -> str:
    hint = window.area_panel.empty_hint if hasattr(window, "area_panel") else window.empty_hint
    return str(hint.said())


def test_a_search_without_match_says_so_and_the_hint_goes_with_a_match(
    qtbot: Any, window: MainWindow
) -> None:
    panel = window.area_panel
    assert _says(window) == ""
    panel.search.setText("qqxyzzy")
    qtbot.waitUntil(lambda: "qqxyzzy" in _says(window))
    assert "töm sökrutan" in _says(window)
    assert panel.model.rowCount() == 0
    panel.search.setText("hotag")
    qtbot.waitUntil(lambda: panel.model.settled and panel.model.rowCount() == 2)
    assert _says(window) == ""


def test_no_areas_yet_says_how_to_add_one_once_the_list_is_read(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[bool] = []
    original = MainWindow.__init__

    def watch(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        hint = self.area_panel.empty_hint  # what it says before the first read arrives
        label = hint.label
        shown.append(label is not None and label.isVisibleTo(self.area_panel))

    with monkeypatch.context() as patch:  # not `undo()`: that also lifts the fixtures' patches
        patch.setattr(MainWindow, "__init__", watch)
        window = make_window(database)
    assert shown == [False]
    qtbot.waitUntil(lambda: "Inga områden än" in _says(window))
    assert "Ctrl+Shift+N" in _says(window)
    areas.create_area(database, {"name": "Nybyn"})
    window.context.notify()
    qtbot.waitUntil(lambda: window.area_panel.model.rowCount() == 1)
    qtbot.waitUntil(lambda: _says(window) == "")


def test_the_start_window_says_it_for_its_search_too(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    demo_database: Database,
    settings: QSettings,
) -> None:
    shell = shell_after_a_session(qtbot, make_window, demo_database, settings)
    qtbot.addWidget(shell)
    shell.show()
    qtbot.waitExposed(shell)
    assert _says(shell) == ""
    qtbot.keyClicks(shell.search, "qqxyzzy")
    assert "qqxyzzy" in _says(shell)
    shell.search.clear()
    assert _says(shell) == ""


def test_the_start_window_without_a_last_list_says_nothing(
    qtbot: Any, database: Database, settings: QSettings
) -> None:
    shell = StartWindow(database.path, None, settings)
    qtbot.addWidget(shell)
    shell.show()
    qtbot.waitExposed(shell)
    assert shell.model.rowCount() == 0
    assert _says(shell) == ""
