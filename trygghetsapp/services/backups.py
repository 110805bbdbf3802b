"""Backups and restore, in the terms a user sees: make one, list them, put one back."""

from __future__ import annotations

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
    """Replace the database with `source`; what it replaces is backed up first (returned)."""
    check_restorable(source)
    database.store.engine.dispose()
    safety = sqlite_tools.make_backup(database.path, "before-restore")
    try:
        sqlite_tools.restore_into(source, database.path)
    except (OSError, sqlite_tools.BackupError) as error:
        sqlite_tools.restore_into(safety, database.path)
        raise DomainError(
            "restore", f"återställningen misslyckades: {error}", f"restore failed: {error}"
        ) from None
    return safety
