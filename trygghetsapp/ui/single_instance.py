"""One window per database: the database's lock (`trygghetsapp/database_lock.py`), held by the
window for its whole session.

Two windows writing the same file would each believe their view; the second start is refused with a
clear message instead, and so is a start while a command that writes holds the database. Stale locks
(a crashed app) are taken over: the lock knows whether its process still lives. A lock that was
left behind by a dead process means the last session did not end cleanly: the caller then forces
the full database check and tells the user (app.py).
"""

from __future__ import annotations

from pathlib import Path

from trygghetsapp.database_lock import WINDOW, DatabaseLock, Holder, lock_path

COMMAND_GRACE_MS = 3000
GRACE_SLICE_MS = 100

__all__ = ["acquire", "lock_path", "take", "who_holds"]


def acquire(db_path: Path) -> DatabaseLock | None:
    """The held lock, or None when another running instance has this database open."""
    return take(db_path)[0]


def take(db_path: Path, describe: bool = True) -> tuple[DatabaseLock | None, bool]:
    """(the held lock or None, whether we took over a stale lock left by a dead session).

    `describe=False`: the caller names the holder later (`DatabaseLock.describe`).
    Raises `LockUnavailable` when the lock cannot even be made (a read-only folder).
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = DatabaseLock(db_path)
    if not lock.take(WINDOW, wait_ms=100, describe=describe):
        # A reading command holds the lock only while it prepares the file (a moment), and a
        # holder that has not yet written its name may be one; a writing command may take
        # minutes. Wait a little, a slice at a time, and stop as soon as the holder says it
        # is a window (a window names itself only once its first window shows).
        waited = 0
        while True:
            holder = lock.holder()
            if (holder is not None and holder.kind == WINDOW) or waited >= COMMAND_GRACE_MS:
                return None, False
            if lock.take(WINDOW, wait_ms=GRACE_SLICE_MS, describe=describe):
                break
            waited += GRACE_SLICE_MS
    return lock, lock.took_over_stale


def who_holds(db_path: Path) -> Holder | None:
    """Who holds the database, asked after `take` was refused."""
    return DatabaseLock(db_path).holder()
