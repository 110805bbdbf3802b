"""The window's one door to the database (issue 12, item 4): edits come back naming their rows, the
views change those rows in place, and no database work of the GUI runs on the GUI thread.

The guard itself (`_no_database_work_on_the_gui_thread` in conftest.py) runs under every GUI
test; here it is shown to catch a planted database call on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QLineEdit

from tests.ui.conftest import drive_dialog, settle, submit
from trygghetsapp.services import areas, contacts, equipment, safety_points
from trygghetsapp.ui import door as ops
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.equipment import EquipmentTab
from trygghetsapp.ui.window_texts import TabKey


def _line(dialog: QDialog, key: str) -> QLineEdit:
    widget = dialog.form.widgets[key]  # type: ignore[attr-defined]
    assert isinstance(widget, QLineEdit)
    return widget


def test_editing_an_item_of_the_area_at_row_131_of_160_keeps_the_list_place_and_highlight(
    qtbot: Any, window: MainWindow
) -> None:
    db = window.context.database
    have = len(areas.list_areas(db))
    for number in range(160 - have):
        areas.create_area(db, {"name": f"Område {number:04d}"})
    listed = areas.list_areas(db)
    assert len(listed) == 160
    area = listed[130]  # row 131 of 160: beyond the first page of 100
    point_id, _ = safety_points.create_safety_point(db, {"area_id": area.id, "name": "Skolan"})
    item_id, _ = equipment.add_equipment(db, {"safety_point_id": point_id, "name": "Radio"})
    window.context.notify()  # the rows above came in behind the door's back
    settle(qtbot, window)

    panel = window.area_panel
    done: list[bool] = []
    window.show_area(area.id, load_through=True, then=lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True])
    settle(qtbot, window)
    assert panel.current_area_id() == area.id and window.area_id == area.id
    rows_before = panel.model.rowCount()
    assert rows_before > 130
    scrolled = panel.view.verticalScrollBar().value()
    assert scrolled > 0  # row 131 is scrolled into view

    tab = window.area_tabs[TabKey.EQUIPMENT]
    assert isinstance(tab, EquipmentTab)
    window.tabs.setCurrentWidget(tab)
    settle(qtbot, window)
    tab.table.selectRow(tab.model.row_of(item_id))
    resets: list[str] = []
    panel.model.modelReset.connect(lambda: resets.append("area list"))
    tab.model.modelReset.connect(lambda: resets.append("equipment"))
    changed: list[Any] = []
    window.context.changed.connect(changed.append)

    def edit(dialog: QDialog) -> None:
        _line(dialog, "name").setText("Radio med vev")
        submit(qtbot, dialog)

    drive_dialog(qtbot, edit)
    window.actions_[Act.EDIT].trigger()
    settle(qtbot, window)

    assert equipment.get_equipment(db, item_id).name == "Radio med vev"
    # The result named the changed row, in the area the edit was made in...
    assert [c.ids_of("equipment_item") for c in changed] == [frozenset({item_id})]
    assert changed[0].areas == frozenset({area.id})
    # ...and the views changed that row, not their whole lists.
    assert resets == []
    assert tab.model.row(tab.model.row_of(item_id)).name == "Radio med vev"
    # The area list keeps its place and its highlight.
    assert panel.model.rowCount() == rows_before
    assert panel.current_area_id() == area.id
    assert [i.row() for i in panel.view.selectionModel().selectedRows()] == [130]
    assert panel.view.verticalScrollBar().value() == scrolled
    assert window.area_id == area.id


def test_a_write_that_fails_keeps_the_dialog_with_the_error_beside_the_field(
    qtbot: Any, window: MainWindow
) -> None:
    """The dialog waits for the worker: a refusal is shown by its field, nothing typed is lost."""
    db = window.context.database
    area_id = next(a.id for a in areas.list_areas(db) if a.name == "Ås")
    done: list[bool] = []
    window.show_area(area_id, then=lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True])
    tab = window.area_tabs[TabKey.CONTACTS]
    window.tabs.setCurrentWidget(tab)
    settle(qtbot, window)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        _line(dialog, "name").setText("Vera Vattensson")
        _line(dialog, "phone").setText("07-ab")
        dialog.accept()
        seen["waiting"] = dialog.isVisible() and not dialog.buttons.isEnabled()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not dialog.saving)  # type: ignore[attr-defined]
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.form.errors["phone"].text()  # type: ignore[attr-defined]
        seen["kept"] = _line(dialog, "name").text()
        dialog.reject()

    before = len(contacts.list_contacts(db, area_id))
    drive_dialog(qtbot, fill)
    window.actions_[Act.NEW].trigger()
    settle(qtbot, window)
    assert seen["waiting"] and seen["open"]
    assert seen["error"].startswith("⚠") and seen["kept"] == "Vera Vattensson"
    assert len(contacts.list_contacts(db, area_id)) == before


def test_the_guard_catches_database_work_on_the_gui_thread(
    qtbot: Any, window: MainWindow, _no_database_work_on_the_gui_thread: list[str]
) -> None:
    """Plant the bug the door prevents: a door that runs its reads at once, on the GUI thread.
    Opening an area then reads on the GUI thread, and the guard of every GUI test sees it."""
    seen = _no_database_work_on_the_gui_thread
    area_id = areas.list_areas(window.context.database)[1].id
    settle(qtbot, window)
    assert seen == []  # the window's start-up read everything on the worker

    door = window.door
    real_query = door.query

    def query_on_the_gui_thread(op: Any, done: Any, *_args: Any, **_kwargs: Any) -> None:
        done(op(door.database))

    door.query = query_on_the_gui_thread  # type: ignore[method-assign]
    try:
        window.show_area(area_id)
        qtbot.waitUntil(lambda: window.area_id == area_id)
    finally:
        door.query = real_query  # type: ignore[method-assign]
    caught = list(seen)
    seen.clear()  # this test's own plant must not fail it
    assert caught, "the guard missed a database read on the GUI thread"
    assert any("door.py" in line and "SELECT" in line for line in caught), caught

    # An op of the door run at once, outside the door, is caught the same way.
    ops.get_area(area_id)(door.database)
    caught = list(seen)
    seen.clear()
    assert any("door.py" in line for line in caught), caught


def test_the_door_is_idle_only_when_every_op_came_back(qtbot: Any, window: MainWindow) -> None:
    door = window.door
    settle(qtbot, window)
    got: list[Any] = []
    with qtbot.waitSignal(door.idle, timeout=10000):
        door.query(ops.get_area(areas.list_areas(window.context.database)[0].id), got.append)
        assert not door.is_idle()
    assert len(got) == 1 and door.is_idle()


def test_the_window_follows_the_sync_controllers_signals(qtbot: Any, window: MainWindow) -> None:
    """The controller knows no window: it says what happened, the window listens (no hooks)."""
    settle(qtbot, window)
    window.modes.setCurrentIndex(0)
    window.sync.badge.click()  # the conflict badge: the controller emits conflicts_requested
    assert window.modes.currentWidget() is window.conflicts_panel
    assert not hasattr(window, "long_work_done") and not hasattr(window, "long_work_failed")
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    window.context.data_replaced("Synkningen är klar.")  # what a sync that brought data does
    settle(qtbot, window)
    assert "Synkningen är klar." in shown


def test_a_remembered_area_deleted_elsewhere_still_lets_the_window_start(
    qtbot: Any, make_window: Any, demo_database: Any, settings: Any
) -> None:
    """The last session's area is gone (deleted on another computer, or another file opened):
    its reads fail, and the window still becomes ready, on the list's first area."""
    from trygghetsapp.ui import settings as keys

    gone = areas.list_areas(demo_database)[3].id
    areas.delete_area(demo_database, gone)
    settings.setValue(keys.LAST_AREA, gone)
    window = make_window(demo_database)  # waits until the window says it is ready
    assert window.is_ready
    assert window.area_id == areas.list_areas(demo_database)[0].id
