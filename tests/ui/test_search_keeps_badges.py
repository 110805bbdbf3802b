"""A new search keeps the readiness badges the list knows until their count comes back.

User test at 20,010 areas: clearing a search blanked the Beredskap column for a frame, until the
new rows' badges were counted; an area's readiness does not change with the search."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from tests.ui.conftest import settle
from trygghetsapp.services import areas
from trygghetsapp.services.database import Database
from trygghetsapp.ui.main_window import MainWindow

STATUS = 1


def test_a_new_search_keeps_the_badges_it_knows_until_their_count_comes(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from trygghetsapp.ui import door

    for number in range(30):
        areas.create_area(database, {"name": f"Område {number:02d}"})
    window = make_window(database)
    settle(qtbot, window)
    panel, model = window.area_panel, window.area_panel.model
    qtbot.waitUntil(lambda: all(model.index(row, STATUS).data() for row in range(10)))
    known = {model.area_id(row): model.index(row, STATUS).data() for row in range(10)}

    counted = threading.Event()  # this search's count is held back
    area_gaps = door.area_gaps

    def held(area_ids: Any) -> Any:
        op = area_gaps(area_ids)
        return lambda db: counted.wait(30) and op(db)

    monkeypatch.setattr(door, "area_gaps", held)
    try:
        panel.search_now("område 0")
        qtbot.waitUntil(lambda: model.settled and model.search_text == "område 0")
        shown = {model.area_id(row): model.index(row, STATUS).data() for row in range(10)}
        assert set(shown) == set(known)
        assert shown == known, "the badges known before the search, until the count comes"
    finally:
        counted.set()
    settle(qtbot, window)
    assert {model.area_id(row): model.index(row, STATUS).data() for row in range(10)} == known
