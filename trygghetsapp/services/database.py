"""Opening a database for use: migrate it, give this device an identity, seed catalogues."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

from sqlalchemy import select

from trygghetsapp.domain.catalogues import DEFAULT_ROLES
from trygghetsapp.domain.hlc import HybridClock
from trygghetsapp.store import health, migrate, sqlite_tools
from trygghetsapp.store.engine import Store, open_engine
from trygghetsapp.store.models import CrisisRole, DeviceKnowledge, LocalDevice

ROLE_NAMESPACE = uuid.UUID("6f1c3a52-2d7e-4f43-9a55-8c1d2b7e0a11")


def new_id() -> str:
    """Time-ordered UUIDv7: unique across devices, and kind to B-tree indexes."""
    import uuid6  # imports importlib.metadata (~40 ms): loaded at the first new record

    return str(uuid6.uuid7())


def catalogue_role_id(code: str) -> str:
    """Default roles get one id on every device, so seeding twice merges instead of doubling."""
    return str(uuid.uuid5(ROLE_NAMESPACE, f"crisis_role:{code}"))


def recover_damaged(path: Path, backup: Path) -> Path:
    """Put the verified `backup` in place of the damaged database at `path`; returns where the
    damaged file (with its -wal and -shm) was set aside for the office."""
    from trygghetsapp.services.backups import check_restorable

    check_restorable(backup)
    return health.recover_from_backup(path, backup)


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

    @property
    def path(self) -> Path:
        return self.store.path

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

        Refuses a network location and a damaged file (never writing to it); `daily_backup`
        (the app's and the CLI's start) makes the first backup of the day. The full quick_check
        runs unless the last session closed cleanly and nothing changed the file since
        (store/health.py); `force_check` (a stale lock: the app died) and the first start of the
        day run it regardless. `defer_backup`: the caller makes the day's backup itself with
        `daily_backup_if_due` (the GUI does, on a background thread once the window shows:
        copying and verifying 600 MB takes seconds).
        """
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
        if daily_backup and not defer_backup and had_data and health.daily_backup_due(path):
            store.engine.dispose()
            database.daily_backup = sqlite_tools.make_backup(path, "daily")
        return database

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
        self.daily_backup = sqlite_tools.make_backup(self.path, "daily")
        return self.daily_backup

    def close(self) -> None:
        """Close every connection and leave the clean-close marker (the next start may skip
        the full check if nothing touches the file in between)."""
        self.store.close()
        health.mark_clean_close(self.path)

    def _ensure_device(self, device_name: str | None) -> None:
        with self.store.sessions.begin() as session:
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
