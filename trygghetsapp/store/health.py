"""Checks made before a database is opened for writing.

A damaged file is never written to: we say so and point at the newest backup that passes its check;
recovery moves the damaged file (with its -wal and -shm) aside for the office and restores that
backup through the backup API. A database on a network share is refused (SQLite's WAL needs all
processes on one host); one in a synced folder (OneDrive, Dropbox...) only warned about, because a
sync client may copy the file mid-write.

When the full `quick_check` runs (docs/reliability.md, "The start check"): reading a 600 MB file
takes about 0.7 s, too long to block every start. A clean close leaves a marker beside the database
(`<db>.clean`) holding the file's identity (size, modification time, inode, and the same for its
-wal). Opening removes the marker, so a crash leaves none. The check is skipped only when the marker
is there and still matches the file exactly, i.e. nothing has touched the file since we last closed
it cleanly and checked-or-trusted it; it always runs after an unclean shutdown, when anything else
changed the file, when asked (`force`), and at the first start of each day (which makes the daily
backup anyway). Pages damaged behind our back with no change to the file's metadata are still caught
by SQLite's own page checks when read, and by the next daily check.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.store import sqlite_tools
from trygghetsapp.store.file_stamp import file_stamp
from trygghetsapp.store.location import backups_dir, is_network_location, synced_folder_marker

SIDECARS = ("-wal", "-shm", "-journal", ".clean")


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


def clean_marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".clean")


def mark_clean_close(db_path: Path) -> None:
    """Called after the last connection closed: the next open may trust this exact file."""
    if not db_path.exists():
        return
    marker = clean_marker_path(db_path)
    temporary = marker.with_name(marker.name + ".partial")
    try:
        temporary.write_text(json.dumps(file_stamp(db_path)), encoding="utf-8")
        os.replace(temporary, marker)
    except OSError:  # a read-only or full disk: the next start simply runs the full check
        with contextlib.suppress(OSError):
            temporary.unlink()


def take_clean_mark(db_path: Path) -> bool:
    """True when the last session closed cleanly and nothing changed the file since; removes the
    marker either way, so a session that does not close cleanly leaves none behind."""
    marker = clean_marker_path(db_path)
    try:
        saved = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = None
    with contextlib.suppress(OSError):
        marker.unlink()
    return saved is not None and saved == file_stamp(db_path)


def check_before_open(db_path: Path, force: bool = False) -> bool:
    """Check an existing database without writing to it; raises if it is damaged.

    Returns True when the full quick_check ran (see the module docstring for when it is skipped).
    """
    trusted = take_clean_mark(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    if not sqlite_tools.is_sqlite_file(db_path):
        raise DamagedDatabaseError(
            db_path, ["not an SQLite database file"], newest_good_backup(db_path)
        )
    if trusted and not force:
        return False
    problems = sqlite_tools.integrity_problems(db_path, quick=True)
    if problems:
        raise DamagedDatabaseError(db_path, problems, newest_good_backup(db_path))
    return True


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
