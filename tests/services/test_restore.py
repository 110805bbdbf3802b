"""Restoring a backup brings the data back as new edits: the counter never goes backwards."""

import pytest
from sqlalchemy import select

from trygghetsapp.services import (
    areas,
    backups,
    checks,
    contacts,
    equipment,
    privacy,
    roles,
    safety_points,
    transfer,
)
from trygghetsapp.store.models import LocalDevice
from trygghetsapp.store.uow import UnitOfWork


def _counter(database):
    with UnitOfWork(database) as uow:
        return uow.session.execute(select(LocalDevice.last_seq)).scalar_one()


def _village(database):
    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn", "villages": ["Valsjöbyn"]})
    contact_id, _ = contacts.add_contact(
        database, {"area_id": area_id, "name": "Märta Ödlund", "phone": "070-174 06 77"}
    )
    roles.assign_role(database, area_id, roles.list_roles(database)[0].id, contact_id, 0)
    return area_id, contact_id


@pytest.mark.sqlite_only("restores a SQLite backup file; a server is restored with pg_restore")
def test_restore_brings_back_the_data_and_moves_the_counter_forward(database):
    area_id, contact_id = _village(database)
    then = transfer.export_text(database)
    backup = backups.backup(database)
    seq_at_backup = _counter(database)

    areas.update_area(database, area_id, {"name": "Valsjöbyn norra"})
    point_id, _ = safety_points.create_safety_point(
        database, {"area_id": area_id, "name": "Valsjöbyns bygdegård", "kind": "village_hall"}
    )
    equipment.add_equipment(
        database, {"safety_point_id": point_id, "category": "reserve_power", "name": "Elverk"}
    )
    contacts.delete_contact(database, contact_id)
    second_id, _ = areas.create_area(database, {"name": "Hotagen"})
    seq_before_restore = _counter(database)
    assert transfer.export_text(database) != then

    safety = backups.restore(database, backup)

    assert transfer.export_text(database) == then
    # The restore was written as new edits after the ones it undid: nothing is reused.
    assert _counter(database) > seq_before_restore > seq_at_backup
    assert checks.check_database(database) == []
    # What it replaced is itself restorable.
    backups.restore(database, safety)
    names = sorted(a.name for a in areas.list_areas(database))
    assert names == ["Hotagen", "Valsjöbyn norra"]
    assert second_id in {a.id for a in areas.list_areas(database)}


@pytest.mark.sqlite_only("restores a SQLite backup file; a server is restored with pg_restore")
def test_restore_never_brings_back_an_erased_person(database):
    area_id, contact_id = _village(database)
    backup = backups.backup(database)
    privacy.erase_person(database, contact_id)

    backups.restore(database, backup)

    export = transfer.export_text(database)
    assert "Ödlund" not in export
    assert "+46701740677" not in export
    assert contacts.list_contacts(database, area_id) == []
    assert checks.check_database(database) == []


@pytest.mark.sqlite_only("restores a SQLite backup file; a server is restored with pg_restore")
def test_restore_rebuilds_the_area_search_from_the_restored_points(database):
    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn"})
    point_id, _ = safety_points.create_safety_point(
        database, {"area_id": area_id, "name": "Skolan", "kind": "school"}
    )
    backup = backups.backup(database)
    safety_points.update_safety_point(database, point_id, {"name": "Kyrkan"})
    safety_points.create_safety_point(database, {"area_id": area_id, "name": "Bygdegården"})
    assert areas.count_areas(database, "kyrkan") == 1

    backups.restore(database, backup)

    assert areas.count_areas(database, "skolan") == 1
    assert areas.count_areas(database, "kyrkan") == 0
    assert areas.count_areas(database, "bygdegården") == 0
