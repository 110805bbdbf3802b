"""Backups and restore, in the terms a user sees: make one, list them, put one back."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.database import Database
from trygghetsapp.store import sqlite_tools
from trygghetsapp.store.location import backups_dir


def backup(database: Database, target: Path | None = None) -> Path:
    """A verified copy: to `target` if given, else a rotated one in the backups folder."""
    database.store.engine.dispose()
    try:
        if target is not None:
            return sqlite_tools.copy_database(database.path, target)
        return sqlite_tools.make_backup(database.path, "manual")
    except (OSError, sqlite_tools.BackupError) as error:
        raise DomainError(
            "backup", f"säkerhetskopian misslyckades: {error}", f"backup failed: {error}"
        ) from None


def list_backups(database: Database) -> list[Path]:
    return sqlite_tools.list_backups(backups_dir(database.path))


def check_restorable(source: Path) -> None:
    """Refuse a file that is not a whole, undamaged database."""
    if not sqlite_tools.is_sqlite_file(source):
        raise DomainError(
            "file", f"{source} är ingen Trygghetsapp-databas", f"{source} is not a database file"
        )
    problems = sqlite_tools.integrity_problems(source)
    if problems:
        raise DomainError(
            "file",
            f"säkerhetskopian är skadad: {problems[0]}",
            f"the backup is damaged: {problems[0]}",
        )


def restore(database: Database, source: Path) -> Path:
    """Bring the data back to what `source` holds; returns the backup of what it replaced.

    The backup is opened as a copy (migrated to today's schema if older) and the difference is
    written as ordinary edits (services/restore.py): the live file, its change log and its sync
    identity stay, so the restore syncs like any edit and never reuses a sequence number.
    """
    from trygghetsapp.services.restore import apply_snapshot

    check_restorable(source)
    database.store.engine.dispose()
    safety = sqlite_tools.make_backup(database.path, "before-restore")
    folder = backups_dir(database.path)
    try:
        with tempfile.TemporaryDirectory(dir=folder, prefix=".restore-") as work:
            copy = sqlite_tools.copy_database(source, Path(work) / "snapshot.sqlite")
            snapshot = Database.open(copy)
            try:
                apply_snapshot(database, snapshot)
            finally:
                snapshot.close()
    except (OSError, sqlite_tools.BackupError) as error:
        raise DomainError(
            "restore", f"återställningen misslyckades: {error}", f"restore failed: {error}"
        ) from None
    return safety


REASONS = ("daily", "before-migration", "before-import", "before-restore", "manual")
"""Why a backup was made; the last part of its file name (`sqlite_tools.make_backup`)."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the Säkerhetskopior dialog lists it."""

    path: Path
    taken: dt.datetime | None
    reason: str
    """One of REASONS, or "other" for a file in the folder the app did not name."""
    size: int


def describe(path: Path) -> BackupInfo:
    """Read time and reason from a backup's name: `<db>_<YYYY-MM-DD>_<HHMMSS>_<µs>_<reason>`."""
    parts = path.stem.rsplit("_", 4)
    taken: dt.datetime | None = None
    reason = "other"
    if len(parts) == 5:
        try:
            taken = dt.datetime.strptime(f"{parts[1]} {parts[2]}", "%Y-%m-%d %H%M%S")
        except ValueError:
            taken = None
        reason = parts[4] if parts[4] in REASONS and taken is not None else "other"
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path=path, taken=taken, reason=reason, size=size)


def describe_backups(database: Database) -> list[BackupInfo]:
    """The backups of this database, newest first, with time, reason and size."""
    return [describe(path) for path in list_backups(database)]
