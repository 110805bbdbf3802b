"""Who may write to a database file: one lock beside it (`<db>.lock`), taken by the window for its
whole session and by every command that writes, for its run.

Why SQLite's own locks are not enough: on POSIX they are fcntl locks, and closing *any* descriptor
of the file in a process drops every lock that process holds on it. A file dialog that sniffs the
type of the files in the database's folder is enough (Qt's does). The next process then believes it
is alone: closing its connection, it checkpoints and deletes the WAL the window is still writing
to, and the window's next edits go to a deleted file (SQLite, "How To Corrupt An SQLite Database
File", 2.2). QLockFile's lock is the file's existence plus the holder's process id, backed by a BSD
flock tied to its own open file description: closing another descriptor drops nothing, and a lock
left by a dead process is recognised as stale.

The policy (README, docs/reliability.md):
- the window holds the lock while it is open;
- a command that writes takes it for its run: beside the window it is refused at once (one line,
  exit 1); behind another writing command it waits its turn (up to `WRITER_WAIT_SECONDS`);
- a command that only reads never holds it while it works: it reads through a read-only
  connection, which can neither checkpoint nor delete the WAL, so it is safe beside the window
  even when the window's SQLite locks were dropped (a scheduled `backup` keeps working).

A small companion file (`<db>.lock-holder`) says who holds the lock, so a refusal can name the
window or the command; it is only ever trusted when its process id is the lock's.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

WINDOW = "window"
COMMAND = "command"

WRITER_WAIT_SECONDS = 600
"""How long a writing command waits behind another one before it gives up (a national import or
`demo --scale` takes minutes; a scheduled job must not hang for ever)."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def holder_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock-holder")


@dataclass(frozen=True)
class Holder:
    """Who holds a database's lock: the window or a named command, and its process."""

    pid: int
    kind: str
    command: str

    def describe(self, language: str = "sv") -> str:
        if language.startswith("en"):
            if self.kind == WINDOW:
                return f"the Trygghetsapp window (process {self.pid})"
            if self.kind == COMMAND:
                return f"the command '{self.command}' (process {self.pid})"
            return f"another Trygghetsapp program (process {self.pid})"
        if self.kind == WINDOW:
            return f"Trygghetsapp-fönstret (process {self.pid})"
        if self.kind == COMMAND:
            return f"kommandot '{self.command}' (process {self.pid})"
        return f"ett annat Trygghetsapp-program (process {self.pid})"


class LockUnavailable(OSError):
    """The lock file cannot even be created: the folder is read-only or not ours."""


def _abandoned(path: Path) -> bool:
    """Remove a lock file whose process is gone although its process id is alive; True if so.

    QLockFile judges a lock stale by its process id, and a reused id (Windows reuses them soon)
    passes when the new process has the same name, which every process of ours has ("python").
    The holder also keeps a BSD flock on the file for its whole life, which the kernel drops
    when the process dies: if we can take that flock, nobody holds the lock. The file is removed
    only while we hold its flock and the name still leads to the same file, so two processes
    doing this at once never remove each other's fresh lock.
    """
    if os.name == "nt":  # there QLockFile keeps the file open without sharing: its own check holds
        return False
    import fcntl

    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # held: its process lives
        try:
            if os.stat(path).st_ino != os.fstat(handle).st_ino:
                return False
            os.unlink(path)
            return True
        except OSError:
            return False
    finally:
        os.close(handle)


class DatabaseLock:
    """The lock of one database file; see the module docstring for the policy."""

    def __init__(self, db_path: Path) -> None:
        from PySide6.QtCore import QLockFile  # QtCore only: the CLI loads no widgets for this

        self.db_path = db_path
        self._lock: QLockFile = QLockFile(str(lock_path(db_path)))
        self._lock.setStaleLockTime(0)  # a long-lived lock: stale only when its process is gone
        self.held = False
        self._described: tuple[str, str] | None = None
        self.took_over_stale = False
        """True when a lock left by a dead process was taken over: that session did not end
        cleanly, so the caller checks the whole file before trusting it."""

    def take(self, kind: str, command: str = "", wait_ms: int = 0, describe: bool = True) -> bool:
        """Take the lock, waiting up to `wait_ms`; False when someone alive holds it.

        With `describe=False` the holder is named only when the caller calls `describe()`: the
        window's start does so after its first window shows, as the atomic write of that small
        file (its temporary noted down, which imports psutil) took 15-25 ms of it.

        Raises LockUnavailable when the lock file cannot be made at all (a read-only folder).
        """
        from PySide6.QtCore import QLockFile

        left_over = lock_path(self.db_path).exists()
        taken = self._lock.tryLock(0)
        if not taken and _abandoned(lock_path(self.db_path)):
            taken = self._lock.tryLock(0)  # its process id lived on in another program
        if not taken and self._lock.error() == QLockFile.LockError.LockFailedError:
            # Someone alive holds it: if it comes free while we wait, it was let go cleanly.
            left_over = False
            taken = wait_ms > 0 and self._lock.tryLock(wait_ms)
        if not taken:
            error = self._lock.error()
            if error in (QLockFile.LockError.PermissionError, QLockFile.LockError.UnknownError):
                raise LockUnavailable(f"cannot create {lock_path(self.db_path)}")
            return False
        self.held = True
        self.took_over_stale = left_over
        self._described = (kind, command)
        if describe:
            self.describe()
        return True

    def describe(self) -> None:
        """Name the holder (the kind and command it was taken for) for a start that is refused.

        Until then a refused start finds the lock without a name, and waits a little as for a
        reading command (`ui/single_instance.py`) before it says the database is in use."""
        if self.held and self._described is not None:
            self._write_holder(*self._described)
            self._described = None

    def release(self) -> None:
        if not self.held:
            return
        with contextlib.suppress(OSError):
            holder_path(self.db_path).unlink()
        self._lock.unlock()
        self.held = False

    def holder(self) -> Holder | None:
        """Who holds the lock, asked after `take` failed (None if it is gone meanwhile)."""
        if self.held:
            return None
        info: list[Any] = list(self._lock.getLockInfo() or ())
        if len(info) == 4:  # some bindings return (ok, pid, hostname, appname)
            info = info[1:] if info[0] else []
        if not info or not lock_path(self.db_path).exists():
            return None
        pid = int(info[0])
        try:
            described = json.loads(holder_path(self.db_path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            described = {}
        if isinstance(described, dict) and described.get("pid") == pid:
            return Holder(pid, str(described.get("kind", "")), str(described.get("command", "")))
        return Holder(pid, "", "")

    def _write_holder(self, kind: str, command: str) -> None:
        """Best effort: the lock itself is what counts; this only names the holder."""
        from trygghetsapp.files.atomic import write_bytes_atomic

        described = {"pid": os.getpid(), "kind": kind, "command": command}
        with contextlib.suppress(OSError, ValueError):  # ValueError: DomainError (a full disk)
            write_bytes_atomic(holder_path(self.db_path), json.dumps(described).encode())
