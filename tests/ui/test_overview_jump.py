"""Issue 13 item 6: a double-click on an overview cell lands on the problem row itself.

The area lies beyond the area list's first page (row 131 of 160, pages of 100) and its broken
item is far down a list of 40, below the visible rows: after the double-click on *Trasigt* the
area is open and highlighted in the list, the Utrustning tab shows, and the broken item's row is
the selected, current row, scrolled into view, with the keyboard focus on the table.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from tests.ui.conftest import settle
from trygghetsapp.services import areas, channels, equipment, safety_points
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.overview import Col
from trygghetsapp.ui.tabs.channels import ChannelsTab
from trygghetsapp.ui.tabs.equipment import EquipmentTab
from trygghetsapp.ui.window_texts import TabKey


def _far_area_with_a_buried_problem(window: MainWindow) -> tuple[str, str, str]:
    """(area id, id of its one broken item, id of its one missing item), area at row 131."""
    db = window.context.database
    have = len(areas.list_areas(db))
    for number in range(160 - have):
        areas.create_area(db, {"name": f"Område {number:04d}"})
    area = areas.list_areas(db)[130]
    point_id, _ = safety_points.create_safety_point(db, {"area_id": area.id, "name": "Skolan"})
    broken = missing = ""
    for number in range(40):
        values: dict[str, Any] = {
            "safety_point_id": point_id,
            "name": f"Sak {number:02d}",
            "last_checked": "2026-11-01",
        }
        if number == 33:
            values["condition"] = "defect"
        if number == 36:
            values["condition"] = "missing"
        item_id, _ = equipment.add_equipment(db, values)
        broken = item_id if number == 33 else broken
        missing = item_id if number == 36 else missing
    channels.add_channel(db, {"area_id": area.id, "kind": "radio_p4", "identifier": "P4"})
    window.context.notify()
    return area.id, broken, missing


def _double_click(qtbot: Any, view: QTableView, index: QModelIndex) -> None:
    view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _overview_cell(qtbot: Any, window: MainWindow, area_id: str, column: Col) -> QModelIndex:
    window.modes.setCurrentWidget(window.overview)
    qtbot.waitUntil(lambda: window.overview.loaded, timeout=20000)
    settle(qtbot, window)
    model = window.overview.model
    row = model.row_of(area_id)
    assert row >= 0
    return model.index(row, column)


def _in_view(view: QTableView, index: QModelIndex) -> bool:
    rect = view.visualRect(index)
    return not rect.isEmpty() and QRect(view.viewport().rect()).contains(rect)


def test_double_click_on_trasigt_selects_the_broken_item_in_view(
    qtbot: Any, window: MainWindow
) -> None:
    area_id, broken, _missing = _far_area_with_a_buried_problem(window)
    settle(qtbot, window)
    cell = _overview_cell(qtbot, window, area_id, Col.DEFECT)
    assert cell.data() == "⚠ 1"

    _double_click(qtbot, window.overview.table, cell)
    tab = window.area_tabs[TabKey.EQUIPMENT]
    assert isinstance(tab, EquipmentTab)

    def landed() -> bool:
        return window.area_id == area_id and tab.model.rowCount() == 40

    qtbot.waitUntil(landed, timeout=10000)
    settle(qtbot, window)
    assert window.modes.currentIndex() == 0 and window.tabs.currentWidget() is tab
    current = tab.table.currentIndex()
    assert current.isValid() and tab.model.row(current.row()).id == broken, (
        "the broken item is not the selected row"
    )
    assert [i.row() for i in tab.table.selectionModel().selectedRows()] == [current.row()]
    assert current.row() > 20  # far down the list, so it had to be scrolled to
    assert _in_view(tab.table, current), "the broken item's row is not scrolled into view"
    qtbot.waitUntil(tab.table.hasFocus)
    # The area beyond the list's first page is the highlighted one.
    assert window.area_panel.current_area_id() == area_id

    shots = os.environ.get("TRYGGHETSAPP_SCREENSHOTS")
    if shots:
        window.resize(1366, 768)
        settle(qtbot, window)
        window.grab().save(str(Path(shots) / "overview-jump-1366.png"))


def test_saknas_and_channels_land_on_their_own_rows(qtbot: Any, window: MainWindow) -> None:
    area_id, _broken, missing = _far_area_with_a_buried_problem(window)
    settle(qtbot, window)
    equipment_tab = window.area_tabs[TabKey.EQUIPMENT]
    assert isinstance(equipment_tab, EquipmentTab)
    # A filter that hides the missing item is cleared on the way.
    window.show_area(area_id)
    window.tabs.setCurrentWidget(equipment_tab)
    settle(qtbot, window)
    equipment_tab.condition_filter.setCurrentIndex(equipment_tab.condition_filter.findData("ok"))
    settle(qtbot, window)

    _double_click(qtbot, window.overview.table, _overview_cell(qtbot, window, area_id, Col.MISSING))
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is equipment_tab, timeout=10000)
    settle(qtbot, window)
    current = equipment_tab.table.currentIndex()
    assert current.isValid() and equipment_tab.model.row(current.row()).id == missing
    assert _in_view(equipment_tab.table, current)

    _double_click(
        qtbot,
        window.overview.table,
        _overview_cell(qtbot, window, area_id, Col.UNTESTED_CHANNELS),
    )
    channels_tab = window.area_tabs[TabKey.CHANNELS]
    assert isinstance(channels_tab, ChannelsTab)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is channels_tab, timeout=10000)
    settle(qtbot, window)
    current = channels_tab.table.currentIndex()
    assert current.isValid() and channels_tab.model.row(current.row()).identifier == "P4"
