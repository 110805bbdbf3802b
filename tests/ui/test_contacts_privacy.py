"""Kontakter: Registerutdrag (PDF and JSON) and Radera person, driven through the tab."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from trygghetsapp.services import contacts, roles
from trygghetsapp.services.readmodels import ContactView, Entity
from trygghetsapp.ui import commands, file_dialogs
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.base import select_id
from trygghetsapp.ui.tabs.contacts import ContactsTab


def _contacts_tab(qtbot: Any, window: MainWindow) -> tuple[ContactsTab, ContactView]:
    """The Kontakter tab of the open area, with a person holding a role selected."""
    assert window.area_id is not None
    tab = window.area_tabs["contacts"]
    assert isinstance(tab, ContactsTab)
    window.tabs.setCurrentWidget(tab)
    settle(qtbot, window)
    db = window.context.database
    held = {
        a.contact_id
        for staff in roles.staffing(db, window.area_id)
        for a in (staff.holder, *staff.deputies)
        if a is not None
    }
    person = next(c for c in contacts.list_contacts(db, window.area_id) if c.id in held)
    select_id(tab.table, person.id)
    return tab, person


def test_register_extract_saves_pdf_and_json(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    tab, person = _contacts_tab(qtbot, window)
    (tmp_path / "ut").mkdir()
    monkeypatch.setattr(
        file_dialogs, "save_file_name", lambda *_args: str(tmp_path / "ut" / "utdrag")
    )
    qtbot.mouseClick(tab.extract_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)  # the extract is built on the worker
    pdf, saved_json = tmp_path / "ut" / "utdrag.pdf", tmp_path / "ut" / "utdrag.json"
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert person.name in text
    assert person.phone_display and person.phone_display in text
    assert "Rättslig grund" in text
    data = json.loads(saved_json.read_text(encoding="utf-8"))
    assert data["person"]["name"] == person.name and data["roles"]
    assert str(pdf) in messages[-1] and str(saved_json) in messages[-1]
    assert sorted(p.name for p in (tmp_path / "ut").iterdir()) == ["utdrag.json", "utdrag.pdf"]


def test_erase_person_from_the_tab(qtbot: Any, window: MainWindow, messages: list[str]) -> None:
    tab, person = _contacts_tab(qtbot, window)
    db = window.context.database
    area_id = window.area_id
    assert area_id is not None
    # An edit of this person on the undo stack: undoing it after erasure would restore the name.
    written: list[bool] = []
    commands.update(
        window.context,
        "Ändra",
        Entity.CONTACT,
        person.id,
        {"organisation": person.organisation},
        {"organisation": "Byalaget"},
        lambda: written.append(True),
        lambda error: pytest.fail(str(error)),
        area_id,
    )
    qtbot.waitUntil(lambda: written == [True])
    settle(qtbot, window)
    assert window.context.undo_stack.count() == 1
    select_id(tab.table, person.id)

    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    question = messages[-1]
    assert person.name in question and "Det går inte att ångra." in question
    assert "synkronisering" in question
    qtbot.waitUntil(
        lambda: person.id not in {c.id for c in contacts.list_contacts(db, area_id)},
        timeout=20000,
    )
    qtbot.waitUntil(lambda: window.context.undo_stack.count() == 0)
    qtbot.waitUntil(lambda: tab.model.row_of(person.id) < 0)
    names = [tab.model.row(i).name for i in range(tab.model.rowCount())]
    assert person.name not in names
    assert all(
        a is None or a.contact_id != person.id
        for staff in roles.staffing(db, area_id)
        for a in (staff.holder, *staff.deputies)
    )
