"""Readiness that tells the truth (issue 13, point 5), driven through the window.

Each test names what main fc28513 did wrong:
- the same person as holder and deputy of a critical role showed "✔ Bemannad" and counted as
  covered in the overview;
- an item registered today was "aldrig kontrollerad" and counted as overdue ("försenade");
- the check interval was typed in days only; a generator's power in kVA only;
- the demo had no area that met every readiness rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog, QLabel, QLineEdit

from tests.conftest import TODAY
from tests.ui.conftest import drive_dialog, open_area_tab, settle, submit
from trygghetsapp.domain.readiness import DueState, Readiness
from trygghetsapp.services import areas, contacts, demo, equipment, overview, roles, safety_points
from trygghetsapp.store.ids import catalogue_role_id
from trygghetsapp.store.models import RoleAssignment
from trygghetsapp.store.uow import UnitOfWork
from trygghetsapp.ui.dialogs import RecordDialog
from trygghetsapp.ui.tabs.equipment import EquipmentTab, due_text
from trygghetsapp.ui.tabs.roles import Col, RolesTab


def keys(widget: Any, text: str) -> None:
    for char in text:  # QTest's keyClicks knows ASCII only
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def line(dialog: QDialog, key: str) -> QLineEdit:
    assert isinstance(dialog, RecordDialog)
    widget = dialog.form.widgets[key]
    assert isinstance(widget, QLineEdit)
    return widget


def typed(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    keys(widget, text)


def village(database: Any) -> tuple[str, str, str, str]:
    """An area with one safety point and two people: (area, point, Anna, Erik)."""
    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn"})
    point_id, _ = safety_points.create_safety_point(
        database, {"area_id": area_id, "name": "Lanthandeln (FIKTIV)"}
    )
    anna, _ = contacts.add_contact(database, {"area_id": area_id, "name": "Anna (FIKTIV)"})
    erik, _ = contacts.add_contact(database, {"area_id": area_id, "name": "Erik (FIKTIV)"})
    return area_id, point_id, anna, erik


def open_tab(qtbot: Any, window: Any, area_id: str, key: str) -> Any:
    return open_area_tab(qtbot, window, area_id, key)


def pick_by_keys(qtbot: Any, window: Any, combo: QComboBox, name: str) -> None:
    """Walk the closed combo with the Down key to `name`, then choose it with Enter (the
    arrow keys browse a role's pickers: test_roles_pickers)."""
    combo.setFocus()
    while combo.currentText() != name:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{name} is not offered"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    settle(qtbot, window)


def coordinator_status(tab: RolesTab) -> str:
    return tab.flags()["coordinator"]


def test_one_person_as_holder_and_deputy_is_not_manned(
    qtbot: Any, make_window: Any, database: Any
) -> None:
    area_id, _point, anna, _erik = village(database)
    window = make_window(database)
    tab = open_tab(qtbot, window, area_id, "roles")
    assert isinstance(tab, RolesTab)
    row = next(r for r, s in enumerate(tab.staffing) if s.role.code == "coordinator")

    def picker(rank: int) -> QComboBox:
        widget = tab.table.cellWidget(row, Col.HOLDER + rank)
        assert isinstance(widget, QComboBox)
        return widget

    pick_by_keys(qtbot, window, picker(0), "Anna (FIKTIV)")
    pick_by_keys(qtbot, window, picker(1), "Anna (FIKTIV)")  # the same person as deputy
    # Refused: the deputy must be another person. The slot stays empty, the status says why.
    staffing = {s.role.code: s for s in roles.staffing(database, area_id)}
    assert staffing["coordinator"].deputies == ()
    assert "annan person" in window.status_label.text()
    assert picker(1).currentText() == "– ingen –"
    assert not coordinator_status(tab).startswith("✔")
    gaps = overview.area_gaps(database, [area_id])[area_id]
    critical = sum(1 for s in staffing.values() if s.role.critical)
    assert gaps.critical_roles_without_deputy == critical  # the coordinator still lacks one

    # Another person is taken, and only then is the role manned.
    pick_by_keys(qtbot, window, picker(1), "Erik (FIKTIV)")
    assert coordinator_status(tab).startswith("✔")
    # The refusal's warning goes with the next change that was taken (a re-test saw it linger
    # across tabs and dialogs, reading like a current error).
    qtbot.waitUntil(lambda: window.status_label.text() == "")
    gaps = overview.area_gaps(database, [area_id])[area_id]
    assert gaps.critical_roles_without_deputy == critical - 1

    # Two laptops can still merge into one person in both slots (one set the holder, the other
    # the deputy): the rule flags it instead of trusting the store.
    with UnitOfWork(database) as uow:
        for assignment in uow.session.query(RoleAssignment).filter_by(rank=1).all():
            uow.set(assignment, {"contact_id": anna})
    window.context.notify()
    settle(qtbot, window)
    assert coordinator_status(tab) == "⚠ Ersättaren är samma person som ordinarie"
    gaps = overview.area_gaps(database, [area_id])[area_id]
    assert gaps.critical_roles_without_deputy == critical
    assert gaps.readiness != Readiness.READY


def new_item(qtbot: Any, window: Any, tab: EquipmentTab, fill: Any) -> None:
    drive_dialog(qtbot, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def test_equipment_registered_today_is_checked_not_overdue_and_never_checked_is_its_own_state(
    qtbot: Any, make_window: Any, database: Any
) -> None:
    area_id, _point, _anna, _erik = village(database)
    window = make_window(database)
    tab = open_tab(qtbot, window, area_id, "equipment")
    seen: dict[str, Any] = {}

    def registered_now(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        checked = dialog.form.widgets["checked_now"]
        assert isinstance(checked, QCheckBox)
        seen["default"] = checked.isChecked()
        seen["date"] = line(dialog, "last_checked").text()
        typed(qtbot, line(dialog, "name"), "Förbandslåda")
        submit(qtbot, dialog)

    new_item(qtbot, window, tab, registered_now)
    today = dt.date.today()
    assert seen == {"default": True, "date": today.isoformat()}
    item = next(i for i in equipment.list_equipment(database, area_id=area_id))
    assert item.last_checked == today and item.due_state == DueState.OK
    assert "försenad" not in due_text(item) and "aldrig" not in due_text(item)
    gaps = overview.area_gaps(database, [area_id])[area_id]
    assert (gaps.equipment_overdue, gaps.equipment_never_checked) == (0, 0)

    def not_checked(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        checked = dialog.form.widgets["checked_now"]
        checked.setFocus()
        qtbot.keyClick(checked, Qt.Key.Key_Space)  # "no, not checked now"
        seen["cleared"] = line(dialog, "last_checked").text()
        typed(qtbot, line(dialog, "name"), "Filtar")
        submit(qtbot, dialog)

    new_item(qtbot, window, tab, not_checked)
    assert seen["cleared"] == ""
    blankets = next(
        i for i in equipment.list_equipment(database, area_id=area_id) if i.name == "Filtar"
    )
    assert blankets.last_checked is None and blankets.due_state == DueState.NEVER_CHECKED
    assert due_text(blankets) == "aldrig kontrollerad"
    gaps = overview.area_gaps(database, [area_id])[area_id]
    assert (gaps.equipment_overdue, gaps.equipment_never_checked) == (0, 1)
    assert "0 försenade" in tab.summary.text() and "1 aldrig kontrollerad" in tab.summary.text()


def test_an_item_never_checked_is_not_counted_overdue(database: Any) -> None:
    """The rule itself (domain.readiness, read by the overview and badges): on main an item
    without a check counted as overdue ("Försenade kontroller: 1")."""
    area_id, point_id, _anna, _erik = village(database)
    item_id, _ = equipment.add_equipment(
        database, {"safety_point_id": point_id, "category": "first_aid", "name": "Förbandslåda"}
    )
    gaps = overview.area_gaps(database, [area_id], today=TODAY)[area_id]
    assert gaps.equipment_overdue == 0
    assert gaps.equipment_never_checked == 1
    item = equipment.get_equipment(database, item_id, today=TODAY)
    assert item.due_state == DueState.NEVER_CHECKED
    # An expiry date that has passed is overdue all the same, checked or not.
    equipment.update_equipment(database, item_id, {"next_due": TODAY - dt.timedelta(days=1)})
    gaps = overview.area_gaps(database, [area_id], today=TODAY)[area_id]
    assert (gaps.equipment_overdue, gaps.equipment_never_checked) == (1, 0)


def test_interval_in_months_or_years_and_generator_power_in_kw_with_kva(
    qtbot: Any, make_window: Any, database: Any
) -> None:
    area_id, _point, _anna, _erik = village(database)
    window = make_window(database)
    tab = open_tab(qtbot, window, area_id, "equipment")
    seen: dict[str, Any] = {}

    def generator(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        form = dialog.form
        category = form.widgets["category"]
        assert isinstance(category, QComboBox)
        category.setCurrentIndex(category.findData("reserve_power"))
        typed(qtbot, line(dialog, "name"), "Dieselaggregat")
        typed(qtbot, line(dialog, "facts.kw"), "32")
        note = dialog.findChild(QLabel, "kvaNote")
        seen["kva"] = note.text() if note is not None and note.isVisibleTo(dialog) else ""
        typed(qtbot, line(dialog, "service_interval_days"), "abc")
        submit(qtbot, dialog)  # refused beside the field; the dialog keeps what was typed
        seen["error"] = form.errors["service_interval_days"].text()
        typed(qtbot, line(dialog, "service_interval_days"), "2")
        unit = form.widgets["service_interval_unit"]
        assert isinstance(unit, QComboBox)
        seen["units"] = [unit.itemText(i) for i in range(unit.count())]
        seen["unit_beside"] = unit.isVisibleTo(dialog)
        unit.setFocus()
        qtbot.keyClick(unit, Qt.Key.Key_Down)  # månader -> år
        submit(qtbot, dialog)

    new_item(qtbot, window, tab, generator)
    assert seen["kva"].startswith("≈ 40 kVA")
    assert "heltal" in seen["error"]
    assert seen["units"] == ["månader", "år"] and seen["unit_beside"]
    item = next(i for i in equipment.list_equipment(database, area_id=area_id))
    assert item.facts["kw"] == 32 and "kva" not in item.facts
    assert item.service_interval_days == 2 * 365

    # Opened again: two years, not 730 days; six months are stored as 180 days.
    tab.table.selectRow(tab.model.row_of(item.id))

    def edit(dialog: QDialog) -> None:
        form = dialog.form
        seen["shown"] = (
            line(dialog, "service_interval_days").text(),
            form.widgets["service_interval_unit"].currentText(),
        )
        typed(qtbot, line(dialog, "service_interval_days"), "6")
        unit = form.widgets["service_interval_unit"]
        unit.setFocus()
        qtbot.keyClick(unit, Qt.Key.Key_Up)  # år -> månader
        submit(qtbot, dialog)

    drive_dialog(qtbot, edit)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert seen["shown"] == ("2", "år")
    assert equipment.get_equipment(database, item.id).service_interval_days == 180

    # The checklist's generator block prints kW and the kVA it is rated and hired in.
    from trygghetsapp.reports import generator as block
    from trygghetsapp.services.dossier import area_dossier

    dossier = area_dossier(database, area_id)
    unit_view = next(e for e in dossier.equipment if e.category == "reserve_power")
    flowable = block._facts(dossier, unit_view, with_lead=False)
    texts = [str(cell[1].text) for cell in flowable._cellvalues]
    assert any("32\u00a0kW (40\u00a0kVA)" in text for text in texts)


def test_the_demo_has_ready_areas_and_keeps_its_scale(database: Any) -> None:
    counts = demo.load_demo(database, seed=1, today=TODAY, scale=3)
    gaps = overview.area_gaps(database, today=TODAY)
    names = {a.id: a.name for a in areas.list_areas(database)}
    ready = sorted(names[a] for a, g in gaps.items() if g.readiness == Readiness.READY)
    assert len(ready) >= 2, ready  # a new user sees what good looks like
    assert any(g.readiness != Readiness.READY for g in gaps.values())  # and what is not
    # The scale bench's synthetic areas are as before: 100 items and 20 people each.
    assert counts.areas == 13
    synthetic = [a for a in names.values() if a.startswith("Syntetiskt")]
    assert len(synthetic) == 3
    # A ready area's deputies are other people than its holders.
    for area_id, name in names.items():
        if name in ready:
            for staff in roles.staffing(database, area_id):
                assert not staff.deputy_is_holder
    assert catalogue_role_id("coordinator")
