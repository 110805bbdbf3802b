"""Issue 13 item 5 (readiness that tells the truth): a note in the inspection walk is only a note.

The user test wrote "Plåster slut" on an unmarked row and the row turned "✔ OK" (the note was saved
with the item's old condition as its mark). A note must never set a condition: the row stays
unmarked, is counted as not marked when finishing, and finishing leaves the item as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import settle, start_inspection
from trygghetsapp.services import equipment, inspections
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.inspection import Col, InspectionTab


def _start(qtbot: Any, window: MainWindow, name: str) -> tuple[str, InspectionTab]:
    area_id, tab = start_inspection(qtbot, window, name)
    assert isinstance(tab, InspectionTab)
    return area_id, tab


def test_a_note_on_an_unmarked_row_leaves_it_unmarked(
    qtbot: Any, window: MainWindow, messages: list[str]
) -> None:
    db = window.context.database
    area_id, tab = _start(qtbot, window, "Aspås")
    rows = tab.model.rowCount()
    item = tab.model.row(0)
    before = equipment.get_equipment(db, item.id)
    assert before.condition == "ok"  # the bug showed the item's old condition as the mark

    tab.walk.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.walk, Qt.Key.Key_N)
    qtbot.waitUntil(tab.note.hasFocus)
    qtbot.keyClicks(tab.note, "Plåster slut")
    qtbot.keyClick(tab.note, Qt.Key.Key_Return)
    settle(qtbot, window)

    assert tab.model.index(0, Col.MARK).data() == "…", "a note marked the row"
    assert tab.model.index(0, Col.NOTE).data() == "Plåster slut"
    assert f"0 av {rows} markerade" in tab.status.text()
    running = next(i for i in inspections.list_inspections(db, area_id=area_id) if not i.finished)
    assert [(f.equipment_id, f.condition, f.note) for f in running.findings] == [
        (item.id, "", "Plåster slut")
    ]

    # Finishing counts the row as not marked and leaves the item's condition and date alone.
    qtbot.mouseClick(tab.finish_button, Qt.MouseButton.LeftButton)  # the fixture answers Yes
    settle(qtbot, window)
    assert any(f"{rows} saker är inte markerade" in m for m in messages), messages
    after = equipment.get_equipment(db, item.id)
    assert (after.condition, after.last_checked, after.due_date) == (
        before.condition,
        before.last_checked,
        before.due_date,
    )
    finished = inspections.list_inspections(db, area_id=area_id)[0]
    assert finished.finished and finished.findings[0].note == "Plåster slut"


def test_a_mark_after_a_note_keeps_the_note(qtbot: Any, window: MainWindow) -> None:
    _area_id, tab = _start(qtbot, window, "Aspås")
    item = tab.model.row(0)
    tab.walk.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.walk, Qt.Key.Key_N)
    qtbot.waitUntil(tab.note.hasFocus)
    qtbot.keyClicks(tab.note, "Plåster slut")
    qtbot.keyClick(tab.note, Qt.Key.Key_Return)
    settle(qtbot, window)
    tab.walk.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.walk, Qt.Key.Key_S)  # needs service
    settle(qtbot, window)
    assert tab.marks[item.id] == ("needs_service", "Plåster slut")
    assert tab.model.index(0, Col.MARK).data().startswith("⚠")


def test_the_note_field_names_the_item_it_is_for(qtbot: Any, window: MainWindow) -> None:
    """Marking moves on to the next row, so N right after a mark is for the next item: a
    second user test wrote a note meant for the marked item on the next one. The field now
    names the item while it is open, and says the general hint again after."""
    _area_id, tab = _start(qtbot, window, "Aspås")
    tab.walk.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.walk, Qt.Key.Key_O)  # marked OK: the cursor is on row 1 now
    settle(qtbot, window)
    following = tab.model.row(1)
    qtbot.keyClick(tab.walk, Qt.Key.Key_N)
    qtbot.waitUntil(tab.note.hasFocus)
    assert following.name in tab.note.placeholderText()
    qtbot.keyClick(tab.note, Qt.Key.Key_Escape)
    qtbot.waitUntil(tab.walk.hasFocus)
    assert following.name not in tab.note.placeholderText()
