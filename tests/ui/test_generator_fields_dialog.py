"""Issue 14 item 2 in the window: a reserve-power unit's start, switch-over and stop steps and its
run time at load are entered in the equipment dialog, refused beside their field, and undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit

from tests.ui.conftest import area_named, drive_dialog, open_area_tab, settle, submit
from trygghetsapp.services import equipment
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.dialogs import RecordDialog
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.equipment import RUNTIME_FIELDS, STEP_FIELDS, EquipmentTab

GENERATOR_KEYS = (*STEP_FIELDS, *RUNTIME_FIELDS)


def _open_equipment(qtbot: Any, window: MainWindow, area: str) -> tuple[str, EquipmentTab]:
    area_id = area_named(window, area)
    tab = open_area_tab(qtbot, window, area_id, "equipment")  # rows and points from the worker
    assert isinstance(tab, EquipmentTab)
    return area_id, tab


def _form(dialog: QDialog) -> RecordDialog:
    assert isinstance(dialog, RecordDialog)
    return dialog


def _steps(dialog: RecordDialog, key: str) -> QPlainTextEdit:
    widget = dialog.form.widgets[key]
    assert isinstance(widget, QPlainTextEdit)
    return widget


def _line(dialog: RecordDialog, key: str) -> QLineEdit:
    widget = dialog.form.widgets[key]
    assert isinstance(widget, QLineEdit)
    return widget


def _visible(dialog: RecordDialog) -> dict[str, bool]:
    return {key: dialog.form.boxes[key].isVisibleTo(dialog) for key in GENERATOR_KEYS}


def test_new_generator_steps_and_run_time_are_saved(qtbot: Any, window: MainWindow) -> None:
    db = window.context.database
    area_id, tab = _open_equipment(qtbot, window, "Aspås")
    seen: dict[str, Any] = {}

    def fill(raw: QDialog) -> None:
        dialog = _form(raw)
        category = dialog.form.widgets["category"]
        assert isinstance(category, QComboBox)
        category.setCurrentIndex(category.findData("water"))
        seen["water"] = _visible(dialog)
        category.setCurrentIndex(category.findData("reserve_power"))
        seen["reserve_power"] = _visible(dialog)
        seen["placeholder"] = _steps(dialog, "start_steps").placeholderText()
        _line(dialog, "name").setText("Elverk 6 kVA")
        # A typed number is dropped (the printout numbers the steps) and blank lines are not steps.
        _steps(dialog, "start_steps").setPlainText("1. Öppna luckan\n\n2) Dra i startsnöret\n")
        _steps(dialog, "switchover_steps").setPlainText("Vrid omkopplaren till RESERV")
        _steps(dialog, "stop_steps").setPlainText("Vrid omkopplaren till NÄT\nStäng av motorn")
        _line(dialog, "runtime_hours").setText("8,5")
        _line(dialog, "runtime_load_percent").setText("75")
        submit(qtbot, dialog)
        seen["closed"] = not dialog.isVisible()

    drive_dialog(qtbot, fill)
    window.actions_[Act.NEW].trigger()
    settle(qtbot, window)
    assert seen["water"] == dict.fromkeys(GENERATOR_KEYS, False)
    assert seen["reserve_power"] == dict.fromkeys(GENERATOR_KEYS, True)
    assert "Ett steg per rad" in seen["placeholder"]
    assert seen["closed"]
    (item,) = [i for i in equipment.list_equipment(db, area_id=area_id) if i.name == "Elverk 6 kVA"]
    assert item.start_steps == ("Öppna luckan", "Dra i startsnöret")
    assert item.switchover_steps == ("Vrid omkopplaren till RESERV",)
    assert item.stop_steps == ("Vrid omkopplaren till NÄT", "Stäng av motorn")
    assert (item.runtime_hours, item.runtime_load_percent) == (8.5, 75)
    assert tab.model.row_of(item.id) >= 0


def test_a_refused_step_list_shows_beside_its_field_and_undo_restores(
    qtbot: Any, window: MainWindow
) -> None:
    db = window.context.database
    area_id, tab = _open_equipment(qtbot, window, "Hotagsbygden – Valsjöbyn")
    item = next(
        i for i in equipment.list_equipment(db, area_id=area_id) if i.category == "reserve_power"
    )
    before = equipment.get_equipment(db, item.id)
    assert len(before.start_steps) >= 3  # the demo generator's own steps
    tab.table.selectRow(tab.model.row_of(item.id))
    seen: dict[str, Any] = {}

    def edit(raw: QDialog) -> None:
        dialog = _form(raw)
        start = _steps(dialog, "start_steps")
        seen["shown"] = start.toPlainText()
        seen["runtime"] = _line(dialog, "runtime_hours").text()
        # Ten steps: refused, the dialog stays open with the reason under the start steps only.
        start.setPlainText("\n".join(f"Steg nummer {n}" for n in range(1, 11)))
        submit(qtbot, dialog)
        seen["open_after_ten"] = dialog.isVisible()
        errors = dialog.form.errors
        start_error = errors["start_steps"]
        seen["start_error"] = start_error.isVisibleTo(dialog), start_error.text()
        seen["other_errors"] = [
            k for k, e in errors.items() if k != "start_steps" and e.isVisibleTo(dialog)
        ]
        # A run time of 0 hours is no run time: refused beside its own field.
        start.setPlainText("Öppna containern\nVrid nyckeln till START")
        _line(dialog, "runtime_hours").setText("0")
        submit(qtbot, dialog)
        seen["open_after_zero"] = dialog.isVisible()
        seen["runtime_error"] = errors["runtime_hours"].isVisibleTo(dialog)
        seen["start_error_after"] = errors["start_steps"].isVisibleTo(dialog)
        _line(dialog, "runtime_hours").setText("30")
        submit(qtbot, dialog)
        seen["closed"] = not dialog.isVisible()

    drive_dialog(qtbot, edit)
    tab.table.setFocus()
    window.actions_[Act.EDIT].trigger()
    settle(qtbot, window)
    assert seen["shown"] == "\n".join(before.start_steps)
    assert seen["runtime"] == "24"
    assert seen["open_after_ten"]
    assert seen["start_error"][0] and "högst 9 steg" in seen["start_error"][1]
    assert seen["other_errors"] == []
    assert seen["open_after_zero"] and seen["runtime_error"] and not seen["start_error_after"]
    assert seen["closed"]
    after = equipment.get_equipment(db, item.id)
    assert after.start_steps == ("Öppna containern", "Vrid nyckeln till START")
    assert after.runtime_hours == 30
    assert after.switchover_steps == before.switchover_steps  # untouched fields stay as they were
    window.actions_[Act.UNDO].trigger()
    settle(qtbot, window)  # undo writes through the door too
    restored = equipment.get_equipment(db, item.id)
    assert (restored.start_steps, restored.runtime_hours) == (
        before.start_steps,
        before.runtime_hours,
    )
