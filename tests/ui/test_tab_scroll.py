"""Another area's page starts at its top (ui/tabs/base.py).

User test at 20,010 areas: after switching areas the contacts table kept the previous area's
scroll, and the new area's first contacts were out of view with nothing to say so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.ui.conftest import settle
from trygghetsapp.services import areas, contacts
from trygghetsapp.services.database import Database
from trygghetsapp.ui.main_window import MainWindow


def _area_with_contacts(database: Database, name: str, count: int) -> str:
    area_id, _ = areas.create_area(database, {"name": name})
    for number in range(count):
        phone = f"070-174 06 {number:02d}"
        contacts.add_contact(
            database, {"area_id": area_id, "name": f"Person {number:02d}", "phone": phone}
        )
    return area_id


def test_a_switched_area_shows_its_contacts_from_the_top(
    qtbot: Any, make_window: Callable[[Database], MainWindow], database: Database
) -> None:
    first = _area_with_contacts(database, "Åsen", 60)
    second = _area_with_contacts(database, "Bräcke", 60)
    window = make_window(database)
    window.resize(1000, 600)
    settle(qtbot, window)
    tab = window.area_tabs["contacts"]
    window.tabs.setCurrentWidget(tab)
    window.open_area(first)
    qtbot.waitUntil(lambda: tab.shows_current_area and tab.model.rowCount() == 60)
    bar = tab.table.verticalScrollBar()
    assert bar.maximum() > 0, "more contacts than the table shows"
    bar.setValue(bar.maximum())  # the user scrolled to the last contacts

    window.open_area(second)
    qtbot.waitUntil(lambda: tab.area_id == second and tab.shows_current_area)
    settle(qtbot, window)
    assert bar.value() == 0
    assert tab.table.rowAt(0) == 0, "the first contact is in view"
