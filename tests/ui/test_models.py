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


def test_a_pages_badges_arrive_in_one_signal(
    qtbot: Any, demo_database: Database, door: Door
) -> None:
    """The badge column sizes itself to its contents, so every `dataChanged` makes the header
    measure the column again: one signal a row froze the window for 0.2-0.4 s at 5,000 areas
    while the worker counted the overview (each `data` call waiting for the worker's turn)."""
    model = AreaListModel(door)
    _search(qtbot, model, "")
    qtbot.waitUntil(lambda: model.index(0, 1).data() != "")
    signals: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): signals.append(
            (top.row(), bottom.row(), top.column(), bottom.column())
        )
    )
    with qtbot.waitSignal(model.badges_ready):
        model.reload()
    assert signals == [(0, model.rowCount() - 1, 1, 1)], "one signal for the page's badges"


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


def test_the_overview_recounts_missing_counts_in_slices(
    qtbot: Any, demo_database: Database, monkeypatch: Any
) -> None:
    """After the upgrade that added the kept counts, the first overview recounts every area
    (24 s at 20,000): in slices, one job each, so the window's searches and area opens get the
    worker between them (the user test saw them wait 5-9 s behind one long count)."""
    from trygghetsapp.services import overview

    with demo_database.store.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM area_readiness")  # as right after the upgrade
    monkeypatch.setattr(overview, "STALE_SLICE", 3)
    slices: list[int] = []
    refresh = overview.refresh_stale

    def counted_refresh(database: Database) -> int:
        slices.append(refresh(database))
        return slices[-1]

    monkeypatch.setattr(overview, "refresh_stale", counted_refresh)
    context = AppContext(demo_database)
    panel = OverviewPanel(context)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.counted, timeout=20000):
        panel.prefetch()
    assert slices == [3, 3, 3, 1, 0][: len(slices)] and sum(slices) == 10, slices
    assert panel.known_gaps() == overview.recount_gaps(demo_database)
    context.door.wait()
