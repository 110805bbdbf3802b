"""Kontakter: Registerutdrag (PDF and JSON) and Radera person, driven through the tab."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from trygghetsapp.domain.identity import ERASED_TEXT
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
    # The person is looked for in every record on the worker first, then the question comes.
    qtbot.waitUntil(lambda: any(m.startswith("Radera") for m in messages), timeout=20000)
    question = next(m for m in messages if m.startswith("Radera"))
    assert person.name in question and "Det går inte att ångra." in question
    assert "synkronisering" in question
    # Honest about what stays (issue 16): packages already written and printed papers.
    assert "Finns kvar" in question and "synkroniseringsfiler som redan har skrivits" in question
    assert "Alla uppgifter om personen tas bort" not in question
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


def test_the_erase_question_names_other_places_and_older_backups(
    qtbot: Any, window: MainWindow, messages: list[str]
) -> None:
    from trygghetsapp.services import safety_points
    from trygghetsapp.store import sqlite_tools

    tab, person = _contacts_tab(qtbot, window)
    db = window.context.database
    assert window.area_id is not None
    safety_points.create_safety_point(
        db, {"area_id": window.area_id, "name": "Skolan", "key_holder": person.name}
    )
    backup = sqlite_tools.make_backup(db.path, "manual")
    select_id(tab.table, person.id)
    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(m.startswith("Radera") for m in messages), timeout=20000)
    question = next(m for m in messages if m.startswith("Radera"))
    assert "Trygghetspunkt Skolan: nyckelinnehavare" in question
    assert "1 äldre säkerhetskopia på" in question
    assert any("ur den äldre säkerhetskopian" in m for m in messages)  # answered Yes
    qtbot.waitUntil(
        lambda: person.id not in {c.id for c in contacts.list_contacts(db, window.area_id or "")},
        timeout=20000,
    )
    # The demo has namesakes (another "Anna Nilsson" elsewhere keeps her own name): what must go
    # from the backup is this person's record and every mention of her.
    erased = (ERASED_TEXT, ERASED_TEXT)
    qtbot.waitUntil(lambda: _in_backup(backup, person.id) == erased, timeout=20000)


def test_new_contact_has_no_basis_until_chosen_and_a_review_date_from_it(
    qtbot: Any, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit

    from tests.ui.conftest import drive_dialog
    from trygghetsapp.ui.dialogs import RecordDialog

    tab, _ = _contacts_tab(qtbot, window)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        combo = dialog.form.widgets["legal_basis"]
        review = dialog.form.widgets["review_date"]
        name = dialog.form.widgets["name"]
        assert isinstance(combo, QComboBox) and isinstance(review, QLineEdit)
        assert isinstance(name, QLineEdit)
        help_label = dialog.findChild(QLabel, "legal_basis_help")
        seen["start"] = (combo.currentData(), review.text(), help_label.text())
        combo.setCurrentIndex(combo.findData("public_task"))
        seen["chosen"] = (review.text(), help_label.text())
        name.setText("Vald Grund")
        dialog.accept()

    drive_dialog(qtbot, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    basis, review_text, hint = seen["start"]
    assert basis == "" and review_text == ""
    assert "Ingen grund vald" in hint and "Kommunens personal" in hint
    review_after, explained = seen["chosen"]
    assert review_after and "LEH 2006:544" in explained
    db = window.context.database
    made = next(
        c for c in contacts.list_contacts(db, window.area_id or "") if c.name == "Vald Grund"
    )
    assert made.legal_basis == "public_task" and made.review_date is not None
    assert made.review_date.isoformat() == review_after


def test_notes_with_an_identity_number_are_warned_about(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

    from tests.ui.conftest import drive_dialog
    from trygghetsapp.ui.dialogs import RecordDialog
    from trygghetsapp.ui.form import _PlainText

    tab, _ = _contacts_tab(qtbot, window)
    warned: list[str] = []

    def refuse(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        warned.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    errors: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        name, notes = dialog.form.widgets["name"], dialog.form.widgets["notes"]
        assert isinstance(name, QLineEdit) and isinstance(notes, _PlainText)
        name.setText("Pnr Person")
        notes.setPlainText("pnr 19700101-1233")
        dialog.accept()
        errors.append(dialog.form.errors["notes"].text())
        assert dialog.isVisible()

    drive_dialog(qtbot, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert warned and "personnummer" in warned[0]
    assert errors and "personnummer" in errors[0]
    db = window.context.database
    assert "Pnr Person" not in {c.name for c in contacts.list_contacts(db, window.area_id or "")}


def _in_backup(backup: Any, contact_id: str) -> tuple[str, str]:
    """(the contact's name, the key holder of the point 'Skolan') as the backup file holds them."""
    import sqlite3

    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as connection:
        name = connection.execute("SELECT name FROM contact WHERE id = ?", (contact_id,)).fetchone()
        holder = connection.execute(
            "SELECT key_holder FROM safety_point WHERE name = 'Skolan'"
        ).fetchone()
    connection.close()
    return (name[0] if name else ""), (holder[0] if holder else "")
