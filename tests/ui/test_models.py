"""The table models obey Qt's model contract (qtmodeltester) and page lazily."""

from __future__ import annotations

from typing import Any

from trygghetsapp.services import areas
from trygghetsapp.services.database import Database
from trygghetsapp.ui import area_list
from trygghetsapp.ui.area_list import AreaListModel
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.overview import OverviewPanel


def test_area_list_model_contract_and_search(qtmodeltester: Any, demo_database: Database) -> None:
    model = AreaListModel(demo_database)
    model.set_search("")
    qtmodeltester.check(model)
    assert model.rowCount() == 10
    assert model.index(0, 1).data()  # a badge, in words: "✖ Kritiskt" etc.
    assert model.index(0, 1).data().split(" ", 1)[1] in {"Redo", "Brister", "Kritiskt"}
    model.set_search("föll")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Föllinge"]
    qtmodeltester.check(model)


def test_area_list_pages_with_fetch_more(
    qtmodeltester: Any, database: Database, monkeypatch: Any
) -> None:
    monkeypatch.setattr(area_list, "PAGE", 4)
    for number in range(10):
        areas.create_area(database, {"name": f"Område {number:02d}"})
    model = AreaListModel(database)
    model.set_search("")
    assert model.rowCount() == 4
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 10 and not model.canFetchMore()
    assert model.index(9, 0).data() == "Område 09"
    qtmodeltester.check(model)


def test_overview_model_contract(qtmodeltester: Any, qtbot: Any, demo_database: Database) -> None:
    panel = OverviewPanel(AppContext(demo_database))
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.model.rowCount() == 10
    qtmodeltester.check(panel.model)
    panel.model.sort(1)
    qtmodeltester.check(panel.model)
