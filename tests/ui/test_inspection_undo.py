"""Inspection marks and finishing are undoable (Ctrl+Z / Ctrl+Y), like every other edit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import settle, start_inspection
from trygghetsapp.services import equipment, inspections
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.inspection import InspectionTab


def _start(qtbot: Any, window: MainWindow, name: str) -> tuple[str, InspectionTab]:
    area_id, tab = start_inspection(qtbot, window, name)
    assert isinstance(tab, InspectionTab)
    return area_id, tab


def _stored_marks(window: MainWindow, area_id: str) -> dict[str, tuple[str, str]]:
    running = next(
        i
        for i in inspections.list_inspections(window.context.database, area_id=area_id)
        if not i.finished
    )
    return {f.equipment_id: (f.condition, f.note) for f in running.findings}


def test_marks_are_undone_and_redone(qtbot: Any, window: MainWindow) -> None:
    area_id, tab = _start(qtbot, window, "Aspås")
    first, second = tab.model.row(0), tab.model.row(1)
    qtbot.keyClick(tab.walk, Qt.Key.Key_O)  # first: ok
    settle(qtbot, window)
    qtbot.keyClick(tab.walk, Qt.Key.Key_3)  # second: defect
    settle(qtbot, window)
    tab.walk.setCurrentIndex(tab.model.index(1, 0))
    qtbot.keyClick(tab.walk, Qt.Key.Key_M)  # second again: missing
    settle(qtbot, window)
    assert _stored_marks(window, area_id) == {first.id: ("ok", ""), second.id: ("missing", "")}

    undo, redo = window.actions_[Act.UNDO], window.actions_[Act.REDO]
    undo.trigger()  # back to defect, in the database and on screen
    settle(qtbot, window)
    assert _stored_marks(window, area_id)[second.id] == ("defect", "")
    assert tab.marks[second.id] == ("defect", "")
    assert tab.walk.currentIndex().row() == 1
    undo.trigger()  # the second item was not marked before
    settle(qtbot, window)
    assert second.id not in _stored_marks(window, area_id)
    assert second.id not in tab.marks
    assert tab.model.index(1, 5).data() == "…"
    assert "1 av" in tab.status.text()
    redo.trigger()
    settle(qtbot, window)
    redo.trigger()
    settle(qtbot, window)
    assert _stored_marks(window, area_id)[second.id] == ("missing", "")
    assert tab.marks[second.id] == ("missing", "")
    assert tab.open_inspection is not None  # the walk goes on


def test_finishing_is_undone_and_redone(
    qtbot: Any, window: MainWindow, messages: list[str]
) -> None:
    db = window.context.database
    area_id, tab = _start(qtbot, window, "Aspås")
    item = tab.model.row(0)
    before = equipment.get_equipment(db, item.id)
    qtbot.keyClick(tab.walk, Qt.Key.Key_M)  # missing
    settle(qtbot, window)
    qtbot.mouseClick(tab.finish_button, Qt.MouseButton.LeftButton)  # the fixture answers Yes
    settle(qtbot, window)
    finished = equipment.get_equipment(db, item.id)
    assert finished.condition == "missing" and finished.last_checked == dt.date.today()
    assert tab.open_inspection is None

    window.actions_[Act.UNDO].trigger()
    settle(qtbot, window)
    restored = equipment.get_equipment(db, item.id)
    assert (restored.condition, restored.last_checked, restored.due_date) == (
        before.condition,
        before.last_checked,
        before.due_date,
    )
    assert tab.open_inspection is not None  # reopened, with its mark
    assert tab.marks[item.id] == ("missing", "")
    newest = inspections.list_inspections(db, area_id=area_id)[0]
    assert not newest.finished

    window.actions_[Act.REDO].trigger()
    settle(qtbot, window)
    assert equipment.get_equipment(db, item.id).condition == "missing"
    assert inspections.list_inspections(db, area_id=area_id)[0].finished
    assert tab.open_inspection is None
