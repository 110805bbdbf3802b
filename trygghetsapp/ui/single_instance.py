"""One window per database: a QLockFile beside the database file (`<db>.lock`).

Two windows writing the same file would each believe their view; the second start is refused with a
clear message instead. Stale locks (a crashed app) are taken over: QLockFile checks whether the
owning process still lives, so after a crash the next start proceeds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> QLockFile | None:
    """The held lock, or None when another running instance has this database open."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)
    if lock.tryLock(100):
        return lock
    lock.removeStaleLockFile()
    return lock if lock.tryLock(100) else None


def refusal_message(db_path: Path) -> str:
    return (
        f"Trygghetsapp är redan öppet med databasen {db_path}. "
        "Byt till det fönstret i stället; två fönster på samma databas kan inte användas samtidigt."
    )
