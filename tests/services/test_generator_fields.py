"""The reserve-power unit's own fields: steps to start, switch over and stop, run time at load.

They are ordinary fields of an equipment item: validated in every door (service, import-json),
stored NFC, exported and imported, and migrated into older databases as empty.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from trygghetsapp.domain import values as v
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import areas, equipment, safety_points, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.store import migrate
from trygghetsapp.store.engine import open_engine

STEPS = {
    "start_steps": "1. Öppna containern.\n2) Slå på huvudbrytaren.\n\nVrid nyckeln till START.",
    "switchover_steps": ["Vrid omkopplaren till RESERV.", "Slå på säkringarna en i taget."],
    "stop_steps": ["Vrid omkopplaren till NÄT.", "Stäng av."],
    "runtime_hours": "24,5",
    "runtime_load_percent": 75,
}


def _generator(database: Database, **values: object) -> str:
    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn"})
    point_id, _ = safety_points.create_safety_point(
        database, {"area_id": area_id, "name": "Lanthandeln", "reserve_power": "fixed"}
    )
    item_id, _ = equipment.add_equipment(
        database,
        {
            "safety_point_id": point_id,
            "category": "reserve_power",
            "name": "Dieselaggregat 40 kVA",
            "facts": {"fuel_type": "diesel", "tank_litres": 200},
            **values,
        },
    )
    return item_id


def test_steps_are_stored_one_per_entry_without_typed_numbers(database: Database) -> None:
    item = equipment.get_equipment(database, _generator(database, **STEPS))
    assert item.start_steps == (
        "Öppna containern.",
        "Slå på huvudbrytaren.",
        "Vrid nyckeln till START.",
    )
    assert item.switchover_steps == (
        "Vrid omkopplaren till RESERV.",
        "Slå på säkringarna en i taget.",
    )
    assert item.runtime_hours == 24.5 and item.runtime_load_percent == 75
    assert item.is_reserve_power


def test_an_item_without_steps_has_empty_ones(database: Database) -> None:
    item = equipment.get_equipment(database, _generator(database))
    assert item.start_steps == item.switchover_steps == item.stop_steps == ()
    assert item.runtime_hours is None and item.runtime_load_percent is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("start_steps", ["steg"] * 10, "högst 9 steg"),
        ("stop_steps", ["x" * 151], "steg 1 är 151 tecken"),
        ("switchover_steps", [1, 2], "steg 1 måste vara text"),
        ("switchover_steps", {"a": 1}, "lista med steg"),
        ("runtime_hours", 0, "fler än 0"),
        ("runtime_hours", "lång", "måste vara ett tal"),
        ("runtime_load_percent", 120, "1–100"),
    ],
)
def test_bad_values_are_refused_with_the_field(
    database: Database, field: str, value: object, message: str
) -> None:
    with pytest.raises(DomainError, match=message) as refused:
        _generator(database, **{field: value})
    assert refused.value.field == field


def test_update_changes_only_the_steps_given(database: Database) -> None:
    item_id = _generator(database, **STEPS)
    equipment.update_equipment(database, item_id, {"stop_steps": "Stäng av."})
    item = equipment.get_equipment(database, item_id)
    assert item.stop_steps == ("Stäng av.",)
    assert len(item.start_steps) == 3


def test_decomposed_text_is_stored_composed() -> None:
    decomposed = "Ha\u030akan Jo\u0308nsson"
    assert v.optional_text("name", decomposed) == "Håkan Jönsson"
    assert v.steps("start_steps", ["Sla\u030a pa\u030a"]) == ["Slå på"]


def test_export_and_import_carry_the_fields(database: Database, tmp_path: Path) -> None:
    item_id = _generator(database, **STEPS)
    text = transfer.export_text(database)
    assert '"start_steps":["Öppna containern."' in text
    other = open_database(tmp_path / "other.sqlite")
    try:
        path = tmp_path / "export.json"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(other, path)
        copied = equipment.get_equipment(other, item_id)
        assert copied.start_steps == equipment.get_equipment(database, item_id).start_steps
        assert copied.runtime_hours == 24.5
        assert transfer.export_text(other) == text
    finally:
        other.close()


def test_an_export_from_before_the_fields_still_imports(database: Database, tmp_path: Path) -> None:
    item_id = _generator(database, **STEPS)
    text = transfer.export_text(database)
    for name in ("start_steps", "switchover_steps", "stop_steps"):
        text = text.replace(f'"{name}":', f'"x_{name}":')
    import json

    data = json.loads(text)
    for record in data["equipment"]:
        for key in [k for k in record if k.startswith("x_") or k.startswith("runtime")]:
            del record[key]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    other = open_database(tmp_path / "other.sqlite")
    try:
        transfer.import_file(other, path)
        assert equipment.get_equipment(other, item_id).start_steps == ()
    finally:
        other.close()


def test_a_0003_database_with_equipment_gets_empty_steps(tmp_path: Path) -> None:
    path = tmp_path / "at-0003.sqlite"
    store = open_engine(path)
    migrate.upgrade(store.engine, "0003")
    store.close()
    conn = sqlite3.connect(path)
    conn.executescript(
        "INSERT INTO area (id, deleted, hlc, device_id, name, villages, local_group, notes, "
        "search_text) VALUES ('a1', 0, 0, '', 'Ås', '[]', '', '', '');"
        "INSERT INTO safety_point (id, deleted, hlc, device_id, area_id, name, kind, address, "
        "level, status, services, reserve_power, reserve_power_notes, heating, water, "
        "key_holder, access_notes, opening_routine, notes) VALUES ('p1', 0, 0, '', 'a1', 'Hallen', "
        "'other', '', 1, 'planned', '[]', 'fixed', '', '', '', '', '', '', '');"
        "INSERT INTO equipment_item (id, deleted, hlc, device_id, safety_point_id, category, "
        "name, quantity, unit, location, owner, condition, serial_number, facts, notes) VALUES "
        "('e1', 0, 0, '', 'p1', 'reserve_power', 'Aggregat', 1, 'st', '', '', 'ok', '', '{}', '');"
    )
    conn.commit()
    conn.close()
    database = open_database(path)
    try:
        assert migrate.current_revision(database.store.engine) == migrate.HEAD_REVISION
        item = equipment.get_equipment(database, "e1")
        assert item.start_steps == () and item.runtime_hours is None
        equipment.update_equipment(database, "e1", {"start_steps": ["Starta."]})
        assert equipment.get_equipment(database, "e1").start_steps == ("Starta.",)
    finally:
        database.close()
