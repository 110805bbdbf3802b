"""One window per database: a QLockFile beside the database file (`<db>.lock`).

Two windows writing the same file would each believe their view; the second start is refused with a
clear message instead. Stale locks (a crashed app) are taken over: QLockFile checks whether the
owning process still lives, so after a crash the next start proceeds. A lock file that was there
before we took it means the last session did not end cleanly: the caller then forces the full
database check and tells the user (app.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> QLockFile | None:
    """The held lock, or None when another running instance has this database open."""
    return take(db_path)[0]


def take(db_path: Path) -> tuple[QLockFile | None, bool]:
    """(the held lock or None, whether we took over a stale lock left by a dead session)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    left_over = lock_path(db_path).exists()
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        lock.removeStaleLockFile()
        if not lock.tryLock(100):
            return None, False
    return lock, left_over


def refusal_message(db_path: Path) -> str:
    return (
        f"Trygghetsapp är redan öppet med databasen {db_path}. "
        "Byt till det fönstret i stället; två fönster på samma databas kan inte användas samtidigt."
    )
