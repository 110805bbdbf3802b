"""SQLite-only operations: online backup, restore, integrity checks.

Copies of a live database are only ever made with the backup API (never a file copy, which can tear
a database whose latest commits still sit in the -wal file). Every copy is written under a temporary
name, verified, fsynced and then renamed into place.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from trygghetsapp.files import atomic
from trygghetsapp.store import diagnosis
from trygghetsapp.store.location import backups_dir

KEEP_PER_REASON = {
    "daily": 14,
    "manual": 20,
    "before-import": 10,
    "before-restore": 10,
    "before-migration": 5,
}
"""How many backups of each reason are kept. Per reason, so that imports (which may come many a
day) never push out the daily copies a user falls back on; a name we did not make is never
pruned."""
KEEP_OTHER_REASONS = 10


class BackupError(RuntimeError):
    pass


def read_only_connection(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that can never write, for a database another process may be using.

    `mode=ro`: it can never checkpoint or delete the WAL (see `trygghetsapp/database_lock.py`).
    `readonly_shm=1`: it never writes the -shm either. Without it, a reader that finds the -shm's
    startup lock free (because the window's process dropped its locks) truncates the -shm the
    window has mapped into memory, and the window dies of a bus error. Only when there is no
    -shm at all (nobody has the database open) is it opened plainly. The path travels as a
    percent-encoded file URI, so "#", "?" and "%" in a folder's name are just characters.
    """
    if not path.exists():
        raise diagnosis.missing_file(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    connection = sqlite3.connect(
        uri + "&readonly_shm=1", uri=True, check_same_thread=check_same_thread
    )
    try:
        connection.execute("PRAGMA schema_version")  # opens the file, -wal and -shm now
        return connection
    except sqlite3.OperationalError as error:
        connection.close()  # never left to the garbage collector: an open one blocks checkpoints
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if code != diagnosis.SQLITE_CANTOPEN or Path(f"{path}-shm").exists():
            raise
    except BaseException:
        connection.close()
        raise
    return sqlite3.connect(uri, uri=True, check_same_thread=check_same_thread)


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """Empty when the file passes SQLite's integrity and foreign-key checks.

    Only damage is a problem here; a file that cannot be read for another reason (permissions, a
    full disk, a lock) raises `diagnosis.StorageError`, because it is not damaged.
    """
    try:
        conn = read_only_connection(path)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
            problems = [r for r in rows if r != "ok"]
            if not quick:
                problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
            return problems
        finally:
            conn.close()
    except sqlite3.Error as error:
        if diagnosis.is_damage(error):
            return [str(error)]
        problem = diagnosis.diagnose(error, path)
        if problem is not None:
            raise problem from None
        raise


def _copy_error(error: sqlite3.Error, source: Path, target: Path) -> Exception:
    """Whose trouble: the target's disk (full, read-only) or the source (unreadable, damaged)."""
    if diagnosis.is_damage(error):
        return BackupError(f"the copy or its source is damaged: {error}")
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    target_codes = (diagnosis.SQLITE_READONLY, diagnosis.SQLITE_FULL)
    target_trouble = code in target_codes or diagnosis.is_low_on_space(target)
    return diagnosis.diagnose(error, target if target_trouble else source) or error


def copy_database(source: Path, target: Path) -> Path:
    """Online, consistent copy of `source` to `target`, atomic: written under a temporary name
    beside the target (files/atomic.py: noted down, so a killed copy is cleaned at the next
    start), verified with integrity_check, then flushed and renamed into place. On any failure
    nothing is left behind and an earlier file at `target` is untouched."""
    with atomic.temporary_beside(target) as temporary:
        try:
            src = read_only_connection(source)
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
                raise BackupError(f"backup copy failed its check: {problems[:3]}")
            atomic.commit(temporary, target)
        except sqlite3.Error as error:
            raise _copy_error(error, source, target) from None
    return target


def backup_name(db_path: Path, reason: str, when: dt.datetime | None = None) -> str:
    stamp = (when or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S_%f")
    return f"{db_path.stem}_{stamp}_{reason}.sqlite"


def make_backup(db_path: Path, reason: str, folder: Path | None = None) -> Path:
    """A timestamped, verified backup in the backups folder; the oldest of the same reason
    beyond its quota (`KEEP_PER_REASON`) are pruned."""
    folder = folder or backups_dir(db_path)
    target = folder / backup_name(db_path, reason)
    copy_database(db_path, target)
    prune_backups(folder)
    return target


def list_backups(folder: Path) -> list[Path]:
    if not folder.exists():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.name, reverse=True)


def _backup_name_parts(path: Path) -> list[str] | None:
    """`<db>_<YYYY-MM-DD>_<HHMMSS>_<µs>_<reason>.sqlite`, the name `make_backup` gives, split."""
    parts = path.stem.rsplit("_", 4)
    if len(parts) != 5 or not (parts[1][:4].isdigit() and parts[2].isdigit()):
        return None
    return parts


def backup_reason(path: Path) -> str | None:
    """The reason in a name `make_backup` gave, or None for a name we did not make."""
    parts = _backup_name_parts(path)
    return parts[4] if parts else None


def backup_time(path: Path) -> dt.datetime | None:
    """When `make_backup` took it, read from its name (to the second)."""
    parts = _backup_name_parts(path)
    if parts is None:
        return None
    try:
        return dt.datetime.strptime(f"{parts[1]} {parts[2]}", "%Y-%m-%d %H%M%S")
    except ValueError:
        return None


def prune_backups(folder: Path) -> None:
    """Keep the newest backups of each reason; never touch a file whose name we did not make."""
    seen: dict[str, int] = {}
    for backup in list_backups(folder):  # newest first
        reason = backup_reason(backup)
        if reason is None:
            continue
        seen[reason] = seen.get(reason, 0) + 1
        if seen[reason] > KEEP_PER_REASON.get(reason, KEEP_OTHER_REASONS):
            backup.unlink(missing_ok=True)


def restore_into(backup: Path, db_path: Path) -> None:
    """Replace the content of db_path with backup, through the backup API (no open engines!).

    SQLite writes the destination in one transaction: a failure half-way (a full disk) rolls it
    back and leaves db_path as it was.
    """
    problems = integrity_problems(backup)
    if problems:
        raise BackupError(f"the backup file is damaged: {problems[:3]}")
    src = read_only_connection(backup)
    try:
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    except sqlite3.Error as error:
        raise _copy_error(error, backup, db_path) from None
    finally:
        src.close()


def is_sqlite_file(path: Path) -> bool:
    """Whether the file starts with SQLite's header. Only for a file no connection of this
    process has open: closing a descriptor drops this process's SQLite locks on it (POSIX)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except FileNotFoundError:
        return False
    except OSError as error:
        raise diagnosis.diagnose_os_error(error, path) from None


def compact(path: Path) -> None:
    """Rewrite the file without free pages and empty the WAL, so erased values leave no bytes."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
