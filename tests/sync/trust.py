"""Trust set up as users do it, for tests that sync between databases (docs/security.md).

`provision(office, *laptops)`: each laptop's card is enrolled at the office and each laptop
trusts the office's card, exactly what `keys enrol` and `keys trust-office` do. `peers(*dbs)`:
every replica enrols every other one (field replicas that exchange packages directly, as the
convergence machine does; a laptop may enrol another device with `keys enrol` too).
Databases may be given open or as paths.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from tests.dbtools import rows
from trygghetsapp.security import trust
from trygghetsapp.security.keys import DeviceCard, load_or_create_device_keys
from trygghetsapp.services.database import Database

Replica = Database | Path


def _path(db: Replica) -> Path:
    return db.path if isinstance(db, Database) else db


def card(db: Replica) -> DeviceCard:
    """The replica's card, its keys bound to the database's device id (as the sync code does)."""
    path = _path(db)
    if isinstance(db, Database):
        device_id, name, role = rows(db, "SELECT id, name, role FROM local_device")[0]
    else:
        with contextlib.closing(sqlite3.connect(path)) as connection:
            device_id, name, role = connection.execute(
                "SELECT id, name, role FROM local_device"
            ).fetchone()
    return load_or_create_device_keys(path, device_id, name, role).card


def provision(office: Replica, *laptops: Replica) -> None:
    office_card = card(office)
    for laptop in laptops:
        trust.enrol_card(_path(office), card(laptop))
        _trust_office(_path(laptop), office_card)


def peers(*dbs: Replica) -> None:
    cards = [card(db) for db in dbs]
    for db in dbs:
        for other in cards:
            if other.device_id != cards[dbs.index(db)].device_id:
                trust.enrol_card(_path(db), other)


def _trust_office(db_path: Path, office_card: DeviceCard) -> None:
    from trygghetsapp.security.keys import write_card

    file = db_path.parent / f".{office_card.device_id}.card.json"
    write_card(office_card, file)
    trust.trust_office(db_path, file)
