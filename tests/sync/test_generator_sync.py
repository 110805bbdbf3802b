"""The generator fields sync like every other field: per field, with the change log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trygghetsapp.services import areas, equipment, safety_points
from trygghetsapp.services.database import Database
from trygghetsapp.sync.api import export_package, import_file, list_conflicts

Make = Callable[..., Database]


def _send(source: Database, target: Database, folder: Path) -> None:
    path = export_package(source, folder, full=True).path
    assert path is not None
    import_file(target, path)


def test_steps_and_run_time_travel_and_merge_per_field(replica: Make, tmp_path: Path) -> None:
    office = replica("kontoret")
    laptop = replica("faltdator")
    area_id, _ = areas.create_area(office, {"name": "Valsjöbyn"})
    point_id, _ = safety_points.create_safety_point(
        office, {"area_id": area_id, "name": "Lanthandeln", "reserve_power": "fixed"}
    )
    item_id, _ = equipment.add_equipment(
        office,
        {
            "safety_point_id": point_id,
            "category": "reserve_power",
            "name": "Dieselaggregat",
            "start_steps": ["Öppna containern.", "Vrid nyckeln till START."],
            "runtime_hours": 24,
        },
    )
    _send(office, laptop, tmp_path / "a")
    copied = equipment.get_equipment(laptop, item_id)
    assert copied.start_steps == ("Öppna containern.", "Vrid nyckeln till START.")
    assert copied.runtime_hours == 24

    # Two devices edit different generator fields of the same unit: both edits survive.
    equipment.update_equipment(laptop, item_id, {"stop_steps": ["Vrid omkopplaren till NÄT."]})
    equipment.update_equipment(office, item_id, {"runtime_load_percent": 75})
    _send(laptop, office, tmp_path / "b")
    _send(office, laptop, tmp_path / "c")
    for database in (office, laptop):
        item = equipment.get_equipment(database, item_id)
        assert item.stop_steps == ("Vrid omkopplaren till NÄT.",)
        assert item.runtime_load_percent == 75
        assert item.start_steps == ("Öppna containern.", "Vrid nyckeln till START.")
        assert list_conflicts(database) == []
