"""Issue 13, point 2: typing goes where the cursor is.

Each record dialog is opened by its shortcut (Ctrl+N in the tab, Ctrl+Shift+N for an area) and
a whole record is typed with keys only: text into whatever has the focus, Tab to the next field,
Down in a combo box, Space on a check box, Enter to save. The record is then read back through
the services, so a dialog that opens with no field focused (the typing is lost) or whose Tab
order does not follow the form (the phone number lands in *Namn*) fails here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from tests.ui.conftest import drive_dialog, settle, submit
from trygghetsapp.services import areas, channels, contacts, equipment, safety_points
from trygghetsapp.services.database import Database
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.dialogs import RecordDialog
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.window_texts import TabKey

Key = Qt.Key


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no field has the keyboard focus"
    return widget


def keys(qtbot: Any, *strokes: str | Qt.Key) -> None:
    """Each stroke to whatever has the focus now: a string is typed (Swedish letters as text
    events, which QTest's keyClicks cannot), a key is pressed."""
    for stroke in strokes:
        if isinstance(stroke, str):
            for char in stroke:
                target = focused()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                    QApplication.sendEvent(target, event)
        else:
            qtbot.keyClick(focused(), stroke)


def type_record(
    qtbot: Any, window: MainWindow, first: str, *strokes: str | Qt.Key
) -> Callable[[QDialog], None]:
    """The dialog's action: the first field has the focus, the strokes go in, Enter saves."""
    seen: list[str] = []

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        seen.append(focused().objectName())
        assert focused() is dialog.form.widgets[first], (
            f"the dialog opens with {focused().objectName() or focused()!r} focused, "
            f"not its first field {first!r}"
        )
        keys(qtbot, *strokes, Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
        errors = {k: e.text() for k, e in dialog.form.errors.items() if e.text()}
        assert not dialog.isVisible(), f"Enter did not save the record: {errors}"

    return act


def press(qtbot: Any, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
    settle(qtbot, window)


CTRL = Qt.KeyboardModifier.ControlModifier


def type_new_area(qtbot: Any, window: MainWindow) -> str:
    """A new area typed by keys (Ctrl+Shift+N): name, Tab, villages, Enter."""
    drive_dialog(qtbot, type_record(qtbot, window, "name", "Tangentbyn", Key.Key_Tab, "Norrå, Sör"))
    press(qtbot, window, Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    made = [a for a in areas.list_areas(window.context.database) if a.name == "Tangentbyn"]
    assert made, "the area typed by keys was not saved"
    stored = areas.get_area(window.context.database, made[0].id)
    assert list(stored.villages) == ["Norrå", "Sör"]
    qtbot.waitUntil(lambda: window.area_id == made[0].id, timeout=5000)
    settle(qtbot, window)
    return made[0].id


def open_new_area(qtbot: Any, window: MainWindow) -> str:
    """A new area through its dialog, filled without keys (for the tests of another dialog)."""

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        name = dialog.form.widgets["name"]
        assert isinstance(name, QLineEdit)
        name.setText("Tangentbyn")
        submit(qtbot, dialog)

    drive_dialog(qtbot, fill)
    window.actions_[Act.NEW_AREA].trigger()
    settle(qtbot, window)
    made = [a.id for a in areas.list_areas(window.context.database) if a.name == "Tangentbyn"]
    qtbot.waitUntil(lambda: window.area_id == made[0], timeout=5000)
    settle(qtbot, window)
    return made[0]


def in_tab(qtbot: Any, window: MainWindow, key: TabKey) -> None:
    window.tabs.setCurrentWidget(window.area_tabs[key])
    settle(qtbot, window)
    window.area_tabs[key].setFocus()


def test_a_new_area_typed_by_keys(qtbot: Any, window: MainWindow) -> None:
    type_new_area(qtbot, window)


def test_a_safety_point_typed_by_keys(qtbot: Any, window: MainWindow) -> None:
    area_id = open_new_area(qtbot, window)
    in_tab(qtbot, window, TabKey.POINT)
    drive_dialog(
        qtbot,
        type_record(
            qtbot,
            window,
            "name",
            "Bygdegården",
            Key.Key_Tab,
            Key.Key_Down,  # the kind: one step down the list
            Key.Key_Tab,
            "Byvägen 3",
        ),
    )
    press(qtbot, window, Key.Key_N, CTRL)
    (point,) = safety_points.list_safety_points(window.context.database, area_id)
    assert (point.name, point.address) == ("Bygdegården", "Byvägen 3")
    assert point.kind != "other", "Down in the kind box chose the next kind"


def test_equipment_typed_by_keys(qtbot: Any, window: MainWindow) -> None:
    area_id = open_new_area(qtbot, window)
    db = window.context.database
    safety_points.create_safety_point(db, {"area_id": area_id, "name": "Skolan"})
    in_tab(qtbot, window, TabKey.EQUIPMENT)
    drive_dialog(
        qtbot,
        type_record(
            qtbot,
            window,
            "category",
            Key.Key_Tab,  # the category as it is
            "Vattendunk",
            Key.Key_Tab,
            "4",
            Key.Key_Tab,
            "st",
            Key.Key_Tab,
            Key.Key_Tab,  # the condition as it is
            "Förrådet",
        ),
    )
    press(qtbot, window, Key.Key_N, CTRL)
    (item,) = equipment.list_equipment(db, area_id)
    assert (item.name, item.quantity, item.unit, item.location) == (
        "Vattendunk",
        4,
        "st",
        "Förrådet",
    )


def test_a_contact_typed_by_keys(qtbot: Any, window: MainWindow) -> None:
    area_id = open_new_area(qtbot, window)
    in_tab(qtbot, window, TabKey.CONTACTS)
    drive_dialog(
        qtbot,
        type_record(
            qtbot,
            window,
            "name",
            "Åsa Öberg",
            Key.Key_Tab,
            "070-123 45 67",
            Key.Key_Tab,
            "073-765 43 21",
            Key.Key_Tab,
            "asa@example.se",
            Key.Key_Tab,
            "Byalaget",
            Key.Key_Tab,
            "sjukvård, radio",
        ),
    )
    press(qtbot, window, Key.Key_N, CTRL)
    (person,) = contacts.list_contacts(window.context.database, area_id)
    assert (person.name, person.phone, person.phone_alt, person.email, person.organisation) == (
        "Åsa Öberg",
        "+46701234567",
        "+46737654321",
        "asa@example.se",
        "Byalaget",
    )
    assert list(person.skills) == ["radio", "sjukvård"] or list(person.skills) == [
        "sjukvård",
        "radio",
    ]


def test_a_channel_typed_by_keys(qtbot: Any, window: MainWindow) -> None:
    area_id = open_new_area(qtbot, window)
    in_tab(qtbot, window, TabKey.CHANNELS)
    today = dt.date.today().isoformat()
    drive_dialog(
        qtbot,
        type_record(
            qtbot,
            window,
            "kind",
            Key.Key_Tab,  # the kind as it is
            "P4 Jämtland 94,7",
            Key.Key_Tab,
            Key.Key_Space,  # works without power
            Key.Key_Tab,
            today,
        ),
    )
    press(qtbot, window, Key.Key_N, CTRL)
    (channel,) = channels.list_channels(window.context.database, area_id)
    assert channel.identifier == "P4 Jämtland 94,7"
    assert channel.works_without_power is True
    assert channel.last_tested == dt.date.today()


@pytest.mark.parametrize("key", [TabKey.CONTACTS])
def test_tab_order_follows_the_form(qtbot: Any, window: MainWindow, key: TabKey) -> None:
    """Tab from the first field visits every field in the form's order, nothing else between."""
    open_new_area(qtbot, window)
    in_tab(qtbot, window, key)
    visited: list[str] = []

    def walk(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        for _ in dialog.form.widgets:
            visited.append(focused().objectName())
            keys(qtbot, Key.Key_Tab)
        dialog.reject()

    drive_dialog(qtbot, walk)
    press(qtbot, window, Key.Key_N, CTRL)
    tab = window.area_tabs[key]
    expected = [spec.key for spec in tab.specs()]  # type: ignore[attr-defined]
    assert visited == expected


def test_ctrl_n_without_an_area_makes_one(
    qtbot: Any, make_window: Callable[[Database], MainWindow], database: Database
) -> None:
    """On a new database there is no area to add a record to: Ctrl+N (the key the Redigera
    menu offers) opens the new area instead of doing nothing."""
    window = make_window(database)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    assert window.area_id is None
    drive_dialog(qtbot, type_record(qtbot, window, "name", "Tomby"))
    press(qtbot, window, Key.Key_N, CTRL)
    assert [a.name for a in areas.list_areas(window.context.database)] == ["Tomby"]
