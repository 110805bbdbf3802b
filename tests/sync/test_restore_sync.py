"""A laptop that restores a backup keeps syncing: nothing is quarantined as a clone, and the
office ends with what the laptop restored (the restore travels as ordinary edits)."""

from __future__ import annotations

from pathlib import Path

from tests.sync.trust import provision
from trygghetsapp.services import areas, backups, checks, transfer
from trygghetsapp.services.database import Database
from trygghetsapp.sync.api import sync_now, sync_status


def test_restore_on_a_laptop_syncs_like_any_edit(
    office_and_laptop: tuple[Database, Database, Path],
) -> None:
    office, laptop, folder = office_and_laptop
    provision(office, laptop)
    area_id, _ = areas.create_area(laptop, {"name": "Valsjöbyn"})
    sync_now(laptop, folder)
    sync_now(office, folder)
    backup = backups.backup(laptop)
    restored_state = transfer.export_text(laptop)

    # Edits after the backup reach the office, then the laptop restores the backup.
    areas.update_area(laptop, area_id, {"name": "Valsjöbyn norra"})
    areas.create_area(laptop, {"name": "Hotagen"})
    sync_now(laptop, folder)
    sync_now(office, folder)
    assert areas.count_areas(office) == 2
    backups.restore(laptop, backup)
    assert transfer.export_text(laptop) == restored_state

    sync_now(laptop, folder)
    report = sync_now(office, folder)
    sync_now(laptop, folder)

    refused = [f for f in report.files if f.outcome in ("refused", "ignored")]
    assert refused == []
    assert sync_status(office).quarantined_files == ()
    assert transfer.export_text(office) == transfer.export_text(laptop) == restored_state
    assert checks.check_database(office) == [] and checks.check_database(laptop) == []
