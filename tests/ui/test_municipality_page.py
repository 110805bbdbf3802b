"""The municipality is set up in the window (issue 13, point 4).

On main fc28513 only the demo areas belonged to a municipality: there was no Kommun page, a new
area got no municipality even when the database held one, and its checklist printed "SAKNAS" for
the duty officer in page 1's call box. These tests drive the Kommun page with keys and clicks,
make an area through the window's own dialog and read its checklist PDF's text.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit, QMenu
from sqlalchemy import func, select

from tests.ui.conftest import drive_dialog, settle
from trygghetsapp.reports import batch
from trygghetsapp.services import areas, municipalities
from trygghetsapp.store.models import Change
from trygghetsapp.store.uow import UnitOfWork
from trygghetsapp.ui.actions import Act

DUTY_BOX = re.compile(r"Kommunens tjänsteperson i beredskap(.*?)Fara för liv", re.S)


def checklist_text(database: Any, area_id: str) -> str:
    import io

    from pypdf import PdfReader

    pdf = batch.area_pdf(database, area_id, "checklist")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def duty_box(database: Any, area_id: str) -> str:
    """Page 1's call-box row of the duty officer: who and which number."""
    found = DUTY_BOX.search(checklist_text(database, area_id))
    assert found is not None
    return " ".join(found.group(1).split())


def keys(widget: Any, text: str) -> None:
    """Typed key by key (QTest's keyClicks knows ASCII only: Swedish letters go as key events
    carrying their text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot: Any, window: Any, widget: QLineEdit, text: str) -> None:
    """Replace what the field holds as a user would, and leave it with Return (which commits)."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    keys(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    settle(qtbot, window)


def new_area_by_keys(qtbot: Any, window: Any, name: str) -> str:
    """File > Nytt område, the name typed, Enter: the area's id (read back from the service)."""

    def fill(dialog: QDialog) -> None:
        field = dialog.form.widgets["name"]
        field.setFocus()
        keys(field, name)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    drive_dialog(qtbot, fill)
    window.actions_[Act.NEW_AREA].trigger()
    settle(qtbot, window)
    found = [a for a in areas.list_areas(window.context.database) if a.name == name]
    assert len(found) == 1
    return found[0].id


def change_rows(database: Any, entity: str) -> int:
    with UnitOfWork(database) as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(Change).where(Change.entity == entity)
            )
            or 0
        )


def test_kommun_page_set_up_by_keys_prints_the_duty_officer_on_a_new_areas_checklist(
    qtbot: Any, make_window: Any, database: Any, tmp_path: Path
) -> None:
    window = make_window(database)
    before = new_area_by_keys(qtbot, window, "Hotagen")  # made before any municipality exists
    assert "SAKNAS" in duty_box(database, before)

    # Reachable from the menu: Visa > Kommun.
    action = window.actions_[Act.SHOW_MUNICIPALITY]
    assert any(action in menu.actions() for menu in window.menuBar().findChildren(QMenu))
    action.trigger()
    page = window.municipality_page
    assert window.modes.currentWidget() is page
    settle(qtbot, window)
    form = page.form
    widgets = form.widgets

    type_into(qtbot, window, widgets["name"], "Krokoms kommun")
    made = municipalities.list_municipalities(database)
    assert [m.name for m in made] == ["Krokoms kommun"]
    assert made[0].is_default  # the first one is the one new areas get
    type_into(qtbot, window, widgets["code"], "23O9")  # a letter O, not a zero
    assert form.errors["code"].isVisible() and "fyra siffror" in form.errors["code"].text()
    type_into(qtbot, window, widgets["code"], "2309")
    assert not form.errors["code"].isVisible()
    type_into(qtbot, window, widgets["switchboard_phone"], "0640-161 00")

    # A wrong number is refused beside its field, and nothing is saved.
    type_into(qtbot, window, widgets["duty_phone"], "123")
    error = form.errors["duty_phone"]
    assert error.isVisible() and "telefonnummer" in error.text()
    assert municipalities.list_municipalities(database)[0].duty_phone is None
    type_into(qtbot, window, widgets["duty_phone"], "070-174 06 50")
    assert not error.isVisible()
    type_into(qtbot, window, widgets["vma_frequency"], "abc")
    assert form.errors["vma_frequency"].isVisible()
    type_into(qtbot, window, widgets["vma_frequency"], "100,0")
    type_into(
        qtbot, window, widgets["checklist_authors"], "Anna Persson (FIKTIV), säkerhetssamordnare"
    )
    default_box = widgets["is_default"]
    assert isinstance(default_box, QCheckBox) and default_box.isChecked()

    saved = municipalities.list_municipalities(database)[0]
    assert (saved.code, saved.switchboard_phone, saved.duty_phone) == (
        "2309",
        "+4664016100",
        "+46701740650",
    )
    assert saved.vma_frequency == "100,0 MHz"
    assert saved.checklist_authors == "Anna Persson (FIKTIV), säkerhetssamordnare"
    # Every accepted edit is a logged change, as every other edit: it syncs and exports.
    assert change_rows(database, "municipality") >= 6

    if os.environ.get("TRYGGHETSAPP_SCREENSHOTS"):
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.width() == 1366)
        window.grab().save(str(Path(os.environ["TRYGGHETSAPP_SCREENSHOTS"]) / "kommun-1366.png"))

    # A new area gets the default municipality: its checklist names the duty officer.
    after = new_area_by_keys(qtbot, window, "Valsjöbyn")
    assert areas.get_area(database, after).municipality_id == saved.id
    box = duty_box(database, after)
    assert "SAKNAS" not in box
    assert "Krokoms kommun" in box and "070-174 06 50" in box
    text = " ".join(checklist_text(database, after).split())
    assert "P4 100,0 MHz" in text  # the VMA frequency, as no channel of the area gives one
    assert "upprättad av Anna Persson (FIKTIV), säkerhetssamordnare, Krokoms kommun" in text

    # The area made before it can be given it with one click, and Ctrl+Z takes it back.
    page.refresh()
    settle(qtbot, window)
    assert page.areas_label.text().startswith("1 område har ingen kommun")
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert areas.get_area(database, before).municipality_id == saved.id
    assert "SAKNAS" not in duty_box(database, before)
    assert not page.assign_button.isEnabled()
    window.context.undo_stack.undo()
    settle(qtbot, window)
    assert areas.get_area(database, before).municipality_id is None


def test_a_new_area_made_in_the_window_gets_the_only_municipality(
    qtbot: Any, make_window: Any, database: Any
) -> None:
    """On main the area got none although the database held one: SAKNAS on page 1."""
    municipalities.add_municipality(
        database, {"name": "Krokoms kommun", "duty_phone": "0640-161 00"}
    )
    window = make_window(database)
    area_id = new_area_by_keys(qtbot, window, "Föllinge")
    box = duty_box(database, area_id)
    assert "SAKNAS" not in box
    assert "Krokoms kommun" in box and "0640-161 00" in box
