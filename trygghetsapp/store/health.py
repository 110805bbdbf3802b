"""Checks made before a database is opened for writing.

A damaged file is never written to: we say so and point at the newest backup that passes its check;
recovery moves the damaged file (with its -wal and -shm) aside for the office and restores that
backup through the backup API. A database on a network share is refused (SQLite's WAL needs all
processes on one host); one in a synced folder (OneDrive, Dropbox...) only warned about, because a
sync client may copy the file mid-write.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.store import sqlite_tools
from trygghetsapp.store.location import backups_dir, is_network_location, synced_folder_marker

SIDECARS = ("-wal", "-shm", "-journal")


class DamagedDatabaseError(DomainError):
    def __init__(self, path: Path, problems: list[str], backup: Path | None):
        self.path = path
        self.problems = problems
        self.backup = backup
        hint_sv = (
            f"Senaste hela säkerhetskopia: {backup} (återställ med 'trygghetsapp restore')."
            if backup
            else "Ingen hel säkerhetskopia hittades."
        )
        hint_en = f"Newest good backup: {backup}." if backup else "No good backup was found."
        super().__init__(
            "database",
            f"databasen {path} är skadad och öppnas inte för skrivning ({problems[0]}). {hint_sv}",
            f"the database {path} is damaged and is not opened for writing ({problems[0]}). "
            f"{hint_en}",
        )


class NetworkLocationError(DomainError):
    def __init__(self, path: Path):
        super().__init__(
            "database",
            f"databasen {path} ligger på en nätverksenhet; SQLite fungerar inte säkert där. "
            "Lägg den på den egna datorns disk.",
            f"the database {path} is on a network drive, where SQLite is not safe; "
            "keep it on the computer's own disk.",
        )


def location_warnings(path: Path) -> list[str]:
    """Refuses a network location; returns warnings (Swedish) for a synced folder."""
    if is_network_location(path):
        raise NetworkLocationError(path)
    marker = synced_folder_marker(path)
    if marker:
        return [
            f"Databasen ligger i en synkroniserad mapp ({marker}). Synkprogram kan kopiera filen "
            "mitt i en skrivning och förstöra den; flytta den till en lokal mapp och använd "
            "Trygghetsapps egen filsynk."
        ]
    return []


def newest_good_backup(db_path: Path) -> Path | None:
    for candidate in sqlite_tools.list_backups(backups_dir(db_path)):
        if not sqlite_tools.integrity_problems(candidate, quick=True):
            return candidate
    return None


def check_before_open(db_path: Path) -> None:
    """quick_check an existing database without writing to it; raises if it is damaged."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    if not sqlite_tools.is_sqlite_file(db_path):
        raise DamagedDatabaseError(
            db_path, ["not an SQLite database file"], newest_good_backup(db_path)
        )
    problems = sqlite_tools.integrity_problems(db_path, quick=True)
    if problems:
        raise DamagedDatabaseError(db_path, problems, newest_good_backup(db_path))


def set_aside_damaged(db_path: Path) -> Path:
    """Rename the damaged database and its sidecar files together; returns the new name."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    for suffix in SIDECARS:
        sidecar = Path(f"{db_path}{suffix}")
        if sidecar.exists():
            os.replace(sidecar, Path(f"{target}{suffix}"))
    os.replace(db_path, target)
    return target


def recover_from_backup(db_path: Path, backup: Path) -> Path:
    """Set the damaged file aside and restore `backup` in its place; returns where it was put."""
    aside = set_aside_damaged(db_path)
    sqlite_tools.copy_database(backup, db_path)
    return aside


def daily_backup_due(db_path: Path, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    stamp = today.strftime("%Y-%m-%d")
    for backup in sqlite_tools.list_backups(backups_dir(db_path)):
        if f"_{stamp}_" in backup.name:
            return False
    return True
