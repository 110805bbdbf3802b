"""Opening a database for use: migrate it, give this device an identity, seed catalogues."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from trygghetsapp.domain.catalogues import DEFAULT_ROLES
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.hlc import HybridClock
from trygghetsapp.files import unfinished
from trygghetsapp.store import diagnosis, health, migrate, sqlite_tools
from trygghetsapp.store.engine import IMMEDIATE, Store, open_engine
from trygghetsapp.store.models import CrisisRole, DeviceKnowledge, LocalDevice

if TYPE_CHECKING:
    from trygghetsapp.services.backups import SecondCopy

ROLE_NAMESPACE = uuid.UUID("6f1c3a52-2d7e-4f43-9a55-8c1d2b7e0a11")


def new_id() -> str:
    """Time-ordered UUIDv7: unique across devices, and kind to B-tree indexes."""
    import uuid6  # imports importlib.metadata (~40 ms): loaded at the first new record

    return str(uuid6.uuid7())


def catalogue_role_id(code: str) -> str:
    """Default roles get one id on every device, so seeding twice merges instead of doubling."""
    return str(uuid.uuid5(ROLE_NAMESPACE, f"crisis_role:{code}"))


def recover_damaged(path: Path, backup: Path) -> Path | None:
    """Put the verified `backup` in place of the damaged, empty or missing database at `path`;
    returns where the old file (with its -wal and -shm) was set aside for the office, if any."""
    from trygghetsapp.services.backups import check_restorable

    check_restorable(backup)
    return health.recover_from_backup(path, backup)


def start_empty(path: Path) -> Path | None:
    """The user chose to begin without data where the file was empty or gone; returns where the
    old backups were moved (kept, never pruned by the new database's rotation)."""
    return health.start_empty(path)


def clean_left_overs() -> list[Path]:
    """Remove what killed backups and restores left behind (files/unfinished.py)."""
    return unfinished.clean_left_overs()


def _sentence(error: BaseException) -> str:
    return error.message("sv") if isinstance(error, DomainError) else str(error)


def _explained(error: BaseException, path: Path) -> BaseException:
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


class Database:
    """An open, migrated database and this device's clock; the handle every service takes."""

    def __init__(self, store: Store, clock: HybridClock | None = None):
        self.store = store
        self.clock = clock or HybridClock()
        self.migration_backup: Path | None = None
        self.daily_backup: Path | None = None
        self.warnings: list[str] = []
        self.fully_checked = False
        self.had_data = False
        self.second_copy: SecondCopy | None = None
        """What became of the day's copy to the second backup folder, if one is set."""

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @classmethod
    def open(
        cls,
        path: Path,
        device_name: str | None = None,
        daily_backup: bool = False,
        force_check: bool = False,
        defer_backup: bool = False,
    ) -> Database:
        """Check, migrate and prepare the database at `path`.

        Refuses a network location, a damaged file and a file that is not ours (empty, gone
        while its backups remain, another program's), never writing to them; a full disk, a
        read-only place or a lock is said as such (store/diagnosis.py), never as damage.
        `daily_backup` (the app's and the CLI's start) makes the first backup of the day. The
        full quick_check runs unless the last session closed cleanly and nothing changed the
        file since (store/health.py); `force_check` (a stale lock: the app died) and the first
        start of the day run it regardless. `defer_backup`: the caller makes the day's backup
        itself with `daily_backup_if_due` (the GUI does, on a background thread once the window
        shows: copying and verifying 600 MB takes seconds).
        """
        store: Store | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            warnings = health.location_warnings(path)
            daily_due = daily_backup and health.daily_backup_due(path)
            fully_checked = health.check_before_open(path, force=force_check or daily_due)
            had_data = path.exists() and path.stat().st_size > 0
            store = open_engine(path)
            backup = migrate.migrate(store.engine, path)
            database = cls(store)
            database.migration_backup = backup
            database.warnings = warnings
            database.fully_checked = fully_checked
            database.had_data = had_data
            database._ensure_device(device_name)
            database._seed_catalogues()
            database._finish_erasure_compaction()
            if daily_backup and not defer_backup:
                store.engine.dispose()
                database.daily_backup_if_due()
            return database
        except BaseException as error:
            if store is not None:
                store.engine.dispose()
            explained = _explained(error, path)
            if explained is error:
                raise
            raise explained from error

    @classmethod
    def open_read_only(cls, path: Path) -> Database:
        """Open for reading only, changing nothing: no marker taken, no migration, no backup.

        For a command that only reads, beside a window or a writing command that holds the
        database (trygghetsapp/database_lock.py): a read-only connection can never checkpoint or
        delete the WAL the other process writes to. The file is checked as for any open (damage,
        identity), and must already be at this app's schema.
        """
        store: Store | None = None
        try:
            warnings = health.location_warnings(path)
            if not path.exists():
                health.check_identity(path)  # gone while backups remain: said as such
                raise diagnosis.missing_file(path)
            fully_checked = health.check_before_open(path, take_mark=False)
            store = open_engine(path, read_only=True)
            current = migrate.current_revision(store.engine)
            if current != migrate.HEAD_REVISION:
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
            database = cls(store)
            database.warnings = warnings
            database.fully_checked = fully_checked
            database.had_data = True
            with store.sessions() as session:
                last = session.execute(select(LocalDevice.last_hlc)).scalar_one_or_none()
            database.clock.last = max(database.clock.last, last or 0)
            return database
        except BaseException as error:
            if store is not None:
                store.engine.dispose()
            explained = _explained(error, path)
            if explained is error:
                raise
            raise explained from error

    def _finish_erasure_compaction(self) -> None:
        """An erasure whose VACUUM never ran (killed, locked) is compacted now, before anything
        else can copy the old values out of the free pages (a backup, a package)."""
        from trygghetsapp.sync import erasure

        with self.store.engine.connect() as connection:
            pending = erasure.compact_pending(connection)
        if pending:
            erasure.compact_after_erasure(self)

    def daily_backup_if_due(self) -> Path | None:
        """The first backup of the day, if none exists yet and the database held data at open.

        Safe while the app works: the backup API copies a consistent snapshot through its own
        read-only connection (WAL lets writers go on), verifies the copy and renames it in place.
        """
        if not self.had_data or not health.daily_backup_due(self.path):
            return None
        try:
            self.daily_backup = self.make_daily_backup()
        except (DomainError, sqlite_tools.BackupError) as error:
            # The work the user came for goes on; the day's backup is tried at the next start.
            self.warnings.append(f"Dagens säkerhetskopia kunde inte göras: {_sentence(error)}")
            return None
        return self.daily_backup

    def make_daily_backup(self) -> Path:
        """The day's backup in the backups folder, and a copy in the second folder if one is
        set and reachable (a USB stick: services/backups.py)."""
        from trygghetsapp.services.backups import copy_to_second_folder

        made = sqlite_tools.make_backup(self.path, "daily")
        self.second_copy = copy_to_second_folder(self, made)
        return made

    def close(self) -> None:
        """Close every connection and leave the clean-close marker (the next start may skip
        the full check if nothing touches the file in between). A read-only handle leaves
        the file and its marker as they were."""
        self.store.close()
        if not self.read_only:
            health.mark_clean_close(self.path)

    def _ensure_device(self, device_name: str | None) -> None:
        with self.store.sessions.begin() as session:
            session.connection(execution_options=IMMEDIATE)  # reads, then may write
            device = session.execute(select(LocalDevice)).scalar_one_or_none()
            if device is None:
                device = LocalDevice(
                    id=new_id(),
                    name=device_name or f"Dator {socket.gethostname()}",
                    role="field",
                    last_hlc=0,
                    last_seq=0,
                )
                session.add(device)
                session.add(
                    DeviceKnowledge(device_id=device.id, contiguous_seq=0, name=device.name)
                )
            self.clock.last = max(self.clock.last, device.last_hlc)

    def _seed_catalogues(self) -> None:
        from trygghetsapp.services.uow import UnitOfWork

        with UnitOfWork(self) as uow:
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
