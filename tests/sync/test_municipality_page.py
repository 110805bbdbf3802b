"""The municipality the Kommun page edits is a synced record like any other (issue 13, point 4):
its new fields (VMA frequency, checklist authors, default for new areas) travel in sync packages
and in export-json, and the default follows, so a laptop's new area gets the office's municipality.

On main fc28513 the fields did not exist (`update_municipality` refused them as unknown).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trygghetsapp.services import areas, municipalities, transfer
from trygghetsapp.services.database import Database
from trygghetsapp.sync.api import export_package, import_file

Make = Callable[..., Database]


def _send(source: Database, target: Database, folder: Path) -> None:
    path = export_package(source, folder, full=True).path
    assert path is not None
    import_file(target, path)


def test_the_municipality_travels_in_a_sync_package_and_export_json(
    replica: Make, tmp_path: Path
) -> None:
    office = replica("kontoret")
    laptop = replica("faltdator")
    first, _ = municipalities.add_municipality(office, {"name": "Krokoms kommun"})
    other, _ = municipalities.add_municipality(office, {"name": "Åre kommun"})
    municipalities.update_municipality(
        office,
        first,
        {
            "code": "2309",
            "duty_phone": "070-174 06 50",
            "vma_frequency": "100,0",
            "checklist_authors": "Anna Persson (FIKTIV)",
            "is_default": True,
        },
    )
    _send(office, laptop, tmp_path / "a")
    copied = municipalities.get_municipality(laptop, first)
    assert copied is not None
    assert (copied.duty_phone, copied.vma_frequency, copied.checklist_authors) == (
        "+46701740650",
        "100,0 MHz",
        "Anna Persson (FIKTIV)",
    )
    # The default travelled too: the laptop's new area belongs to it.
    area_id, _ = areas.create_area(laptop, {"name": "Valsjöbyn"})
    assert areas.get_area(laptop, area_id).municipality_id == first

    # Marking the other one default unmarks the first in the same edit, and that syncs back.
    municipalities.update_municipality(laptop, other, {"is_default": True})
    _send(laptop, office, tmp_path / "b")
    marked = {m.name for m in municipalities.list_municipalities(office) if m.is_default}
    assert marked == {"Åre kommun"}

    # export-json and import-json into a fresh database keep every field.
    exported = tmp_path / "export.json"
    transfer.export_to_file(office, exported)
    fresh = replica("ny")
    transfer.import_file(fresh, exported, backup_first=False)
    again = municipalities.get_municipality(fresh, first)
    assert again is not None
    assert (again.vma_frequency, again.checklist_authors, again.is_default) == (
        "100,0 MHz",
        "Anna Persson (FIKTIV)",
        False,
    )
