"""Opening a database for use: the one function the window, the command line and the tests open
a database with (`open_database`), and what the start does when the file cannot be used as it is
(a damaged, empty or vanished database: `recover_damaged`, `start_empty`).

The store checks the file, migrates it and gives this device an identity (store/database.py);
opening it for use adds the default crisis roles, finishes an erasure whose compaction was cut
short, and makes the day's first backup.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from trygghetsapp.domain.catalogues import DEFAULT_ROLES
from trygghetsapp.files import unfinished
from trygghetsapp.services import backups
from trygghetsapp.store import erasure, health
from trygghetsapp.store.database import (
    Database,
    open_server_store,
    open_store,
    open_store_read_only,
)
from trygghetsapp.store.ids import catalogue_role_id
from trygghetsapp.store.location import is_server_url, server_anchor
from trygghetsapp.store.models import CrisisRole
from trygghetsapp.store.uow import UnitOfWork

__all__ = [
    "Database",
    "clean_left_overs",
    "open_database",
    "open_read_only",
    "recover_damaged",
    "start_empty",
]


def open_database(
    path: Path | str,
    device_name: str | None = None,
    daily_backup: bool = False,
    force_check: bool = False,
    defer_backup: bool = False,
    anchor: Path | None = None,
) -> Database:
    """Check, migrate and prepare the database at `path` (store/database.py says what is
    refused and how).

    `daily_backup` (the app's and the CLI's start) makes the first backup of the day, and the
    first start of the day checks the whole file. `force_check` (a stale lock: the app died)
    checks it regardless. `defer_backup`: the caller makes the day's backup itself with
    `backups.daily_backup_if_due` (the GUI does, on a thread of its own once the window shows:
    copying and verifying 600 MB takes seconds).

    `path` may be a PostgreSQL URL (the county office, issue 19): no file checks and no backup
    (the server's operators take `pg_dump`s: docs/office-postgresql.md); `anchor` is then this
    installation's local anchor (its keys), by default one per server database in the data
    folder (store/location.py `server_anchor`).
    """
    if is_server_url(path):
        assert isinstance(path, str)
        database = open_server_store(path, anchor or server_anchor(path), device_name)
        try:
            _seed_catalogues(database)
            _finish_erasure_compaction(database)
        except BaseException:
            database.store.engine.dispose()
            raise
        return database
    path = Path(path)
    due = daily_backup and health.daily_backup_due(path)
    database = open_store(path, device_name=device_name, force_check=force_check or due)
    try:
        _seed_catalogues(database)
        _finish_erasure_compaction(database)
        if daily_backup and not defer_backup:
            database.store.engine.dispose()
            backups.daily_backup_if_due(database)
    except BaseException:
        database.store.engine.dispose()
        raise
    return database


def open_read_only(path: Path) -> Database:
    """Open for reading only, changing nothing (store/database.py `open_store_read_only`)."""
    return open_store_read_only(path)


def recover_damaged(path: Path, backup: Path) -> Path | None:
    """Put the verified `backup` in place of the damaged, empty or missing database at `path`;
    returns where the old file (with its -wal and -shm) was set aside for the office, if any."""
    backups.check_restorable(backup)
    return health.recover_from_backup(path, backup)


def start_empty(path: Path) -> Path | None:
    """The user chose to begin without data where the file was empty or gone; returns where the
    old backups were moved (kept, never pruned by the new database's rotation)."""
    return health.start_empty(path)


def clean_left_overs() -> list[Path]:
    """Remove what killed backups and restores left behind (files/unfinished.py)."""
    return unfinished.clean_left_overs()


def _finish_erasure_compaction(database: Database) -> None:
    """An erasure whose VACUUM never ran (killed, locked) is compacted now, before anything else
    can copy the old values out of the free pages (a backup, a package)."""
    with database.store.engine.connect() as connection:
        pending = erasure.compact_pending(connection)
    if pending:
        erasure.compact_after_erasure(database)


def _seed_catalogues(database: Database) -> None:
    """The default crisis roles, with one id on every device (seeding twice merges)."""
    with UnitOfWork(database) as uow:
        existing = set(uow.session.scalars(select(CrisisRole.id)))
        for order, template in enumerate(DEFAULT_ROLES):
            role_id = catalogue_role_id(template.code)
            if role_id in existing:
                continue
            uow.add(
                CrisisRole,
                {
                    "code": template.code,
                    "name": template.label.sv,
                    "name_en": template.label.en,
                    "critical": template.critical,
                    "first_actions": template.first_actions,
                    "sort_order": (order + 1) * 10,
                },
                row_id=role_id,
            )
