"""The database handle every service and every sync call takes, and the store's part of opening
it: the file checked, the schema migrated, this device given an identity.

What a use case adds on top (the default roles seeded, an interrupted erasure's compaction
finished, the day's backup) is `services.database.open_database`, the one function the window,
the command line and the tests open a database with.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.hlc import HybridClock
from trygghetsapp.store import diagnosis, health, migrate
from trygghetsapp.store.device_file import installation_device_id
from trygghetsapp.store.engine import (
    IMMEDIATE,
    Store,
    open_engine,
    open_server_engine,
)
from trygghetsapp.store.ids import new_id
from trygghetsapp.store.models import DeviceKnowledge, LocalDevice


@dataclass(eq=False)
class Database:
    """An open database and this device's clock."""

    store: Store
    clock: HybridClock = field(default_factory=HybridClock)
    migration_backup: Path | None = None
    """The backup made before a migration at open, if one ran."""
    daily_backup: Path | None = None
    warnings: list[str] = field(default_factory=list)
    """Sentences (Swedish) the user should see: a synced folder, a failed day's backup..."""
    fully_checked: bool = False
    had_data: bool = False
    second_copy: object | None = None
    """What became of the day's copy to the second backup folder (services/backups.py)."""

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def is_server(self) -> bool:
        """A PostgreSQL database (the county office), not a SQLite file: no file-only machinery."""
        return self.store.is_server

    @property
    def location(self) -> str:
        """The file's path or the server's URL (without a password), for the user."""
        return self.store.location

    @property
    def short_name(self) -> str:
        """For a window's title: the file's name, or user@server/database (no password)."""
        if self.store.url is not None:
            from trygghetsapp.store.engine import server_label

            return server_label(self.store.url)
        return self.path.name

    def close(self) -> None:
        """Close every connection and leave the clean-close marker (the next start may skip
        the full check if nothing touches the file in between). A read-only handle leaves
        the file and its marker as they were; a server database has no file to mark."""
        self.store.close()
        if not self.read_only and not self.is_server:
            health.mark_clean_close(self.path)


def explained(error: BaseException, path: Path) -> BaseException:
    """The error a user can act on: damage is damage (SQLite said so), a full disk, a read-only
    place, a lock... each its own sentence (store/diagnosis.py); anything else unchanged."""
    if isinstance(error, DomainError):
        return error
    cause: BaseException | None = error
    while cause is not None:  # a failed migration carries SQLite's error as its cause
        if diagnosis.is_damage(cause):
            backup = health.newest_good_backup(path)
            return health.DamagedDatabaseError(path, [str(cause)], backup)
        problem = diagnosis.diagnose(cause, path)
        if problem is not None:
            return problem
        cause = cause.__cause__
    return error


def open_server_store(url: str, anchor: Path, device_name: str | None = None) -> Database:
    """Open the PostgreSQL database at `url`, migrate it and make sure this device has an
    identity. `anchor`: this installation's local anchor (its keys sit beside it; store/engine.py).

    None of the file checks apply (no file: the server guards its own pages, `check` and
    `pg_dump` are the operators' tools, docs/office-postgresql.md)."""
    store: Store | None = None
    try:
        anchor.parent.mkdir(parents=True, exist_ok=True)
        device_id = installation_device_id(anchor)
        # A county database: the municipality this session works in, when the login holds
        # several municipality roles (store/scoping.py; the server checks the membership).
        municipality = os.environ.get("TRYGGHETSAPP_MUNICIPALITY") or None
        store = open_server_engine(url, anchor, device_id=device_id, municipality=municipality)
        migrate.migrate_server(store.engine)
        store.engine.dispose()  # a connection made before the tables existed has no device view
        database = Database(store, fully_checked=True, had_data=True)
        _ensure_device(database, device_name, device_id)
        return database
    except BaseException:
        if store is not None:
            store.engine.dispose()
        raise


def open_store(path: Path, device_name: str | None = None, force_check: bool = False) -> Database:
    """Check the file, migrate it and make sure this device has an identity.

    Refuses a network location, a damaged file and a file that is not ours (empty, gone while
    its backups remain, another program's), never writing to them; a full disk, a read-only
    place or a lock is said as such (store/diagnosis.py), never as damage. The full quick_check
    runs unless the last session closed cleanly and nothing changed the file since
    (store/health.py), or when `force_check` asks for it.
    """
    store: Store | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        warnings = health.location_warnings(path)
        fully_checked = health.check_before_open(path, force=force_check)
        had_data = path.exists() and path.stat().st_size > 0
        store = open_engine(path)
        backup = migrate.migrate(store.engine, path)
        database = Database(
            store,
            migration_backup=backup,
            warnings=warnings,
            fully_checked=fully_checked,
            had_data=had_data,
        )
        _ensure_device(database, device_name)
        return database
    except BaseException as error:
        if store is not None:
            store.engine.dispose()
        problem = explained(error, path)
        if problem is error:
            raise
        raise problem from error


def open_store_read_only(path: Path) -> Database:
    """Open for reading only, changing nothing: no marker taken, no migration, no backup.

    For a command that only reads, beside a window or a writing command that holds the database
    (trygghetsapp/database_lock.py): a read-only connection can never checkpoint or delete the
    WAL the other process writes to. The file is checked as for any open (damage, identity),
    and must already be at this app's schema.
    """
    store: Store | None = None
    try:
        warnings = health.location_warnings(path)
        if not path.exists():
            health.check_identity(path)  # gone while backups remain: said as such
            raise diagnosis.missing_file(path)
        fully_checked = health.check_before_open(path, take_mark=False)
        store = open_engine(path, read_only=True)
        if migrate.current_revision(store.engine) != migrate.HEAD_REVISION:
            raise DomainError(
                "database",
                f"databasen {path} är från en tidigare version av Trygghetsapp och har inte "
                "uppgraderats än. Den uppgraderas (med en säkerhetskopia först) när den "
                "öppnas i programfönstret eller av ett kommando som 'trygghetsapp backup'; "
                "gör det och försök igen. Inget har ändrats.",
                f"the database {path} is from an earlier version of Trygghetsapp and has "
                "not been upgraded yet. It is upgraded (after a backup) when it is opened in "
                "the window or by a command such as 'trygghetsapp backup'; do that and try "
                "again. Nothing was changed.",
            )
        database = Database(store, warnings=warnings, fully_checked=fully_checked, had_data=True)
        with store.sessions() as session:
            last = session.execute(select(LocalDevice.last_hlc)).scalar_one_or_none()
        database.clock.last = max(database.clock.last, last or 0)
        return database
    except BaseException as error:
        if store is not None:
            store.engine.dispose()
        problem = explained(error, path)
        if problem is error:
            raise
        raise problem from error


def _ensure_device(
    database: Database, device_name: str | None, device_id: str | None = None
) -> None:
    """This installation's identity: made once, at the first open (its id stamps every change).

    On a server database `device_id` is the installation's id (store/device_file.py) and the
    row is this installation's among the others', the only one its connections see."""
    with database.store.sessions.begin() as session:
        connection = session.connection(execution_options=IMMEDIATE)  # reads, then may write
        if connection.dialect.name == "postgresql":  # one installation's first open, twice at once
            connection.exec_driver_sql("LOCK TABLE local_device IN SHARE ROW EXCLUSIVE MODE")
        device = session.execute(select(LocalDevice)).scalar_one_or_none()
        if device is None:
            device = LocalDevice(
                id=device_id or new_id(),
                name=device_name or f"Dator {socket.gethostname()}",
                role="field",
                last_hlc=0,
                last_seq=0,
            )
            session.add(device)
            session.add(DeviceKnowledge(device_id=device.id, contiguous_seq=0, name=device.name))
        database.clock.last = max(database.clock.last, device.last_hlc)
