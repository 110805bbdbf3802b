"""The table models obey Qt's model contract (qtmodeltester) and page lazily, through the door."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from trygghetsapp.services import areas
from trygghetsapp.services.database import Database
from trygghetsapp.ui import area_list
from trygghetsapp.ui.area_list import AreaListModel
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.door import Door
from trygghetsapp.ui.overview import OverviewPanel


@pytest.fixture
def door(database: Database) -> Iterator[Door]:
    made = Door(database)
    yield made
    made.wait()


def _search(qtbot: Any, model: AreaListModel, text: str) -> None:
    done: list[bool] = []
    model.set_search(text, lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True])


def test_area_list_model_contract_and_search(
    qtmodeltester: Any, qtbot: Any, demo_database: Database, door: Door
) -> None:
    model = AreaListModel(door)
    _search(qtbot, model, "")
    qtmodeltester.check(model)
    assert model.rowCount() == 10
    qtbot.waitUntil(lambda: model.index(0, 1).data() != "")  # the badges follow the names
    assert model.index(0, 1).data().split(" ", 1)[1] in {"Redo", "Brister", "Kritiskt"}
    _search(qtbot, model, "föll")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Föllinge"]
    qtmodeltester.check(model)


def test_area_list_reads_the_pages_in_view(
    qtmodeltester: Any, qtbot: Any, database: Database, door: Door, monkeypatch: Any
) -> None:
    """A row for every area; the first page read, the others when a view shows them."""
    monkeypatch.setattr(area_list, "PAGE", 4)
    for number in range(10):
        areas.create_area(database, {"name": f"Område {number:02d}"})
    model = AreaListModel(door)
    _search(qtbot, model, "")
    assert model.rowCount() == 10
    assert model.loaded_count() == 4
    assert model.index(9, 0).data() == area_list.PLACEHOLDER and model.area_id(9) == ""
    model.want(8, 9)  # the last page only
    qtbot.waitUntil(lambda: model.index(9, 0).data() == "Område 09")
    assert model.loaded_count() == 6 and model.area_id(5) == ""
    model.want(0, 9)
    qtbot.waitUntil(lambda: model.loaded_count() == 10)
    assert model.index(5, 0).data() == "Område 05"
    qtbot.waitUntil(door.is_idle)
    qtmodeltester.check(model)


def test_overview_model_contract(qtmodeltester: Any, qtbot: Any, demo_database: Database) -> None:
    context = AppContext(demo_database)
    panel = OverviewPanel(context)
    qtbot.addWidget(panel)
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 10)
    qtbot.waitUntil(context.door.is_idle)
    qtmodeltester.check(panel.model)
    panel.model.sort(1)
    qtmodeltester.check(panel.model)
    context.door.wait()
