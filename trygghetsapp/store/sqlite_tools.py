"""SQLite-only operations: online backup, restore, integrity checks.

Copies of a live database are only ever made with the backup API (never a file copy, which can tear
a database whose latest commits still sit in the -wal file). Every copy is written under a temporary
name, verified, fsynced and then renamed into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from trygghetsapp.store.location import backups_dir

KEEP_BACKUPS = 14


class BackupError(RuntimeError):
    pass


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """Empty when the file passes SQLite's integrity and foreign-key checks."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [f"cannot open: {error}"]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        problems = [r for r in rows if r != "ok"]
        if not quick:
            problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        conn.close()


def copy_database(source: Path, target: Path) -> Path:
    """Online, consistent copy of `source` to `target` (atomic: temp name, verify, rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    problems = integrity_problems(temporary)
    if problems:
        temporary.unlink(missing_ok=True)
        raise BackupError(f"backup copy failed its check: {problems[:3]}")
    _fsync_file(temporary)
    os.replace(temporary, target)
    _fsync_dir(target.parent)
    return target


def make_backup(db_path: Path, reason: str, folder: Path | None = None) -> Path:
    """A timestamped, verified backup in the backups folder; old ones beyond 14 are pruned."""
    folder = folder or backups_dir(db_path)
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S_%f")
    target = folder / f"{db_path.stem}_{stamp}_{reason}.sqlite"
    copy_database(db_path, target)
    prune_backups(folder)
    return target


def list_backups(folder: Path) -> list[Path]:
    if not folder.exists():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.name, reverse=True)


def prune_backups(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)


def restore_into(backup: Path, db_path: Path) -> None:
    """Replace the content of db_path with backup, through the backup API (no open engines!)."""
    problems = integrity_problems(backup)
    if problems:
        raise BackupError(f"the backup file is damaged: {problems[:3]}")
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def compact(path: Path) -> None:
    """Rewrite the file without free pages and empty the WAL, so erased values leave no bytes."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
