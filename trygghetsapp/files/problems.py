"""Why a disk refused, in words a user can act on.

A full disk, a read-only stick or folder, missing permissions, a folder that is gone (a stick
pulled out) or an I/O error each get their own kind and sentence; the database's own wording of
the same troubles lives in `store/diagnosis.py`, which builds on this.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from trygghetsapp.domain.errors import DomainError

DAMAGED = "damaged"
DISK_FULL = "disk_full"
READ_ONLY_FILE = "read_only_file"
READ_ONLY_FOLDER = "read_only_folder"
NO_ACCESS = "no_access"
MISSING_FOLDER = "missing_folder"
MISSING_FILE = "missing_file"
LOCKED = "locked"
IO_ERROR = "io_error"

LOW_SPACE_BYTES = 1024 * 1024
"""Below this much free space an I/O error is a full disk (SQLite reports a -shm it could not
grow as an I/O error, and some file systems report a full stick as EIO)."""

_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)  # not defined on every platform
FULL_ERRNOS = frozenset({errno.ENOSPC, _EDQUOT, errno.EFBIG})
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


class StorageError(DomainError):
    """A file or database that cannot be written or read where it is; nothing was changed."""

    def __init__(
        self, kind: str, path: Path, message_sv: str, message_en: str, field: str = "file"
    ):
        self.kind = kind
        self.path = path
        super().__init__(field, message_sv, message_en)


def existing_folder(path: Path) -> Path:
    """The nearest folder of `path` that exists (the path itself if it is one)."""
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(existing_folder(path)).free
    except OSError:
        return None


def is_low_on_space(path: Path) -> bool:
    free = free_bytes(path)
    return free is not None and free < LOW_SPACE_BYTES


def writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def is_media_error(error: OSError, target: Path) -> bool:
    """An error only writing causes: a full, read-only, failing or pulled-out disk or stick."""
    return (
        error.errno in FULL_ERRNOS
        or error.errno in READ_ONLY_ERRNOS
        or error.errno == errno.EIO
        or (error.errno == errno.ENOENT and not target.parent.exists())
    )


def write_refusal(target: Path, error: OSError) -> StorageError:
    """Writing a file (an export, a PDF, a package, a key) failed: say why; nothing was written
    and an earlier file at `target` is untouched (every write here is atomic)."""
    folder = existing_folder(target)
    if error.errno in FULL_ERRNOS or (error.errno == errno.EIO and is_low_on_space(target)):
        return StorageError(
            DISK_FULL,
            target,
            f"{target}: det får inte plats, disken eller minnet i {folder} är fullt; inget skrevs",
            f"{target}: it does not fit, the disk or stick at {folder} is full; nothing was "
            "written",
        )
    if error.errno in READ_ONLY_ERRNOS:
        return StorageError(
            READ_ONLY_FOLDER,
            target,
            f"{target}: platsen är skrivskyddad ({folder} går inte att skriva i); inget skrevs",
            f"{target}: the location is read-only ({folder} cannot be written); nothing was "
            "written",
        )
    if error.errno == errno.ENOENT and not target.parent.exists():
        return StorageError(
            MISSING_FOLDER,
            target,
            f"{target}: mappen {target.parent} finns inte (ett USB-minne som tagits ut?); "
            "inget skrevs",
            f"{target}: the folder {target.parent} does not exist (a removed USB stick?); "
            "nothing was written",
        )
    reason = error.strerror or str(error)
    return StorageError(
        IO_ERROR,
        target,
        f"{target}: kunde inte skriva ({reason}); inget skrevs",
        f"{target}: could not write ({reason}); nothing was written",
    )


def read_problem(error: OSError) -> tuple[str, str]:
    """Why a file the user chose could not be read, in Swedish and English (no "[Errno 2]"):
    the common reasons in words, any other in the system's own short text."""
    if error.errno == errno.ENOENT:
        return "filen finns inte", "the file does not exist"
    if error.errno == errno.EISDIR:
        return "det är en mapp, ingen fil", "it is a folder, not a file"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "du har inte behörighet att läsa den", "you are not allowed to read it"
    if error.errno == errno.EIO:
        return (
            "disken eller USB-minnet svarade inte (uttaget?)",
            "the disk or USB stick did not respond (removed?)",
        )
    reason = error.strerror or type(error).__name__
    return f"kan inte läsa filen ({reason})", f"cannot read the file ({reason})"
