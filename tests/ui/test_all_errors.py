"""Issue 13, point 3: all mistakes at once.

A record dialog with four mistakes shows four errors, each beside its own field, after one
*Spara*, and keeps what was typed. Escape on a changed dialog asks before throwing it away (an
unchanged one closes at once). In the forms that save as you type, an emptied required field or a
half-entered coordinate is shown beside its field, and switching area does not drop it silently.
The rule is the service's: `schemas.clean` checks every field and raises them together, so the
command line lists them all too.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from tests.ui.conftest import area_named, drive_dialog, open_area_tab, settle
from tests.ui.test_keyboard_entry import keys, open_new_area, press
from trygghetsapp.domain import schemas
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import areas, contacts
from trygghetsapp.ui.dialogs import RecordDialog
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.safety_point import SafetyPointTab
from trygghetsapp.ui.window_texts import TabKey

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier

AREA = "0190c6a4-7a1b-7000-8000-000000000001"
FOUR_MISTAKES = {"phone": "07-ab", "email": "inte-en-adress", "review_date": "2026-13-45"}
"""With an empty name: four fields refused at once."""


def test_the_service_refuses_every_field_in_one_pass() -> None:
    found = schemas.problems("contact", {"area_id": AREA, "name": "", **FOUR_MISTAKES})
    assert sorted(e.field for e in found) == ["email", "name", "phone", "review_date"]
    with pytest.raises(DomainError) as raised:
        schemas.clean("contact", {"area_id": AREA, "name": "", **FOUR_MISTAKES})
    assert sorted(p.field for p in raised.value.refusals) == [
        "email",
        "name",
        "phone",
        "review_date",
    ]
    # What the command line prints (`Fel: {error}`) names every field, not the first only.
    assert all(field in str(raised.value) for field in ("name", "phone", "email", "review_date"))


def test_a_new_contact_shows_all_four_mistakes_at_once(qtbot: Any, window: MainWindow) -> None:
    area_id = open_new_area(qtbot, window)
    window.tabs.setCurrentWidget(window.area_tabs[TabKey.CONTACTS])
    settle(qtbot, window)
    shown: dict[str, str] = {}
    kept: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        form = dialog.form
        for key, text in FOUR_MISTAKES.items():
            line = form.widgets[key]
            assert isinstance(line, QLineEdit)
            line.setFocus()
            keys(qtbot, text)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
        assert dialog.isVisible(), "a refused form stays open"
        shown.update({k: e.text() for k, e in form.errors.items() if e.isVisibleTo(dialog)})
        kept.update({k: str(form.value(k)) for k in FOUR_MISTAKES})
        assert QApplication.focusWidget() is form.widgets["name"], "the cursor is on the first"

    drive_dialog(qtbot, fill)
    press(qtbot, window, Key.Key_N, CTRL)
    assert sorted(shown) == ["email", "name", "phone", "review_date"], shown
    assert all(text.startswith("⚠") for text in shown.values())
    assert kept == FOUR_MISTAKES, "what was typed is kept"
    assert contacts.list_contacts(window.context.database, area_id) == []


def test_escape_asks_before_throwing_away_a_changed_dialog(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_new_area(qtbot, window)
    window.tabs.setCurrentWidget(window.area_tabs[TabKey.CONTACTS])
    settle(qtbot, window)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    seen: dict[str, Any] = {}

    def escape_twice(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        dialog.form.widgets["name"].setFocus()
        keys(qtbot, "Eva", Key.Key_Escape)
        seen["after no"] = (dialog.isVisible(), dialog.form.value("name"), len(asked))
        answer[0] = QMessageBox.StandardButton.Yes
        keys(qtbot, Key.Key_Escape)
        seen["after yes"] = (dialog.isVisible(), len(asked))

    drive_dialog(qtbot, escape_twice)
    press(qtbot, window, Key.Key_N, CTRL)
    assert seen["after no"] == (True, "Eva", 1), "No keeps the dialog and what was typed"
    assert seen["after yes"] == (False, 2), "Yes throws it away"

    asked.clear()
    unchanged: list[bool] = []

    def escape_at_once(dialog: QDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        keys(qtbot, Key.Key_Escape)
        unchanged.append(dialog.isVisible())

    drive_dialog(qtbot, escape_at_once)
    press(qtbot, window, Key.Key_N, CTRL)
    assert unchanged == [False] and asked == [], "an unchanged dialog closes without a question"


def _retype(qtbot: Any, line: Any, text: str) -> None:
    """Empty the field and type `text` as a user would, then leave it with Return."""
    line.window().activateWindow()
    qtbot.waitUntil(line.window().isActiveWindow)
    line.setFocus()
    line.selectAll()
    keys(qtbot, Key.Key_Backspace)
    if text:
        keys(qtbot, text)
    keys(qtbot, Key.Key_Return)
    settle(qtbot, line.window())


def _switch_area(qtbot: Any, window: MainWindow, name: str) -> None:
    open_area_tab(qtbot, window, area_named(window, name))


def test_an_emptied_name_and_a_half_coordinate_are_shown_and_not_dropped_silently(
    qtbot: Any, window: MainWindow, messages: list[str]
) -> None:
    area_id = open_new_area(qtbot, window)
    tab = window.area_tabs[TabKey.POINT]
    assert isinstance(tab, SafetyPointTab)
    from trygghetsapp.services import safety_points

    safety_points.create_safety_point(
        window.context.database, {"area_id": area_id, "name": "Skolan"}
    )
    window.tabs.setCurrentWidget(tab)
    tab.refresh()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: tab.point_form.isVisible())

    _retype(qtbot, tab.area_form.widgets["name"], "")
    _retype(qtbot, tab.point_form.widgets["latitude"], "63.3275")
    name_error = tab.area_form.errors["name"]
    longitude_error = tab.point_form.errors["longitude"]
    assert name_error.isVisibleTo(tab) and name_error.text().startswith("⚠")
    assert longitude_error.isVisibleTo(tab) and longitude_error.text().startswith("⚠")
    assert areas.get_area(window.context.database, area_id).name == "Tangentbyn"
    before = list(messages)

    _switch_area(qtbot, window, "Föllinge")
    said = [m for m in messages if m not in before]
    assert said, "switching area dropped the refused values without a word"
    assert "Tangentbyn" in said[-1]
    assert "Områdets namn" in said[-1] and "Latitud" in said[-1]
