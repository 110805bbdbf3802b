"""Issue 13 item 5: a new safety point's form shows the reserve power it is stored with.

The user test saw "Fast reservkraft" (greyed) in the empty form, but the point was created with
"Ingen reservkraft": the form's first choice and the stored default differed. A new point is now
stored as "Ej angivet" (not yet known: no claim either way), and the form shows just that.
"""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import settle
from trygghetsapp.services import areas, safety_points
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.safety_point import SafetyPointTab


def test_the_empty_form_shows_what_a_new_point_is_stored_with(
    qtbot: Any, window: MainWindow
) -> None:
    db = window.context.database
    fresh = SafetyPointTab(window.context)  # the form as it stands before any point is read
    qtbot.addWidget(fresh)
    empty = fresh.point_form.value("reserve_power")
    empty_text = fresh.point_form.widgets["reserve_power"].currentText()
    tab = window.area_tabs["point"]
    assert isinstance(tab, SafetyPointTab)

    area_id = next(a.id for a in areas.list_areas(db) if a.name == "Aspås")
    point_id, _ = safety_points.create_safety_point(db, {"area_id": area_id, "name": "Nya salen"})
    stored = safety_points.get_safety_point(db, point_id).reserve_power
    assert stored == "unknown", f"a new point claims {stored!r} before anyone has looked"
    assert empty == stored, f"the empty form shows {empty_text!r} but {stored!r} is stored"

    found: list[bool] = []
    window.area_panel.select_area(area_id, then=found.append)
    qtbot.waitUntil(lambda: found == [True])
    window.tabs.setCurrentWidget(tab)
    settle(qtbot, window)
    tab.point_id = point_id  # the new point, as after Ny trygghetspunkt
    tab.refresh()
    settle(qtbot, window)
    assert tab.point_picker.currentData() == point_id
    assert tab.point_form.value("reserve_power") == stored
    assert tab.point_form.widgets["reserve_power"].currentText() == "Ej angivet"
