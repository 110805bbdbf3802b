"""What went wrong with a database file, said as the user can act on it.

Only SQLite's own verdicts SQLITE_CORRUPT and SQLITE_NOTADB mean that a file is damaged. Everything
else that can stop a database from opening or a write from landing (a full disk, a read-only file or
folder, missing permissions, another program's lock, an I/O error from a failing stick) is a
healthy file in a bad place: calling it damaged would send the user to a restore that cannot help
and may make things worse (a restore onto a full disk). So every such error gets its own kind and
its own sentence with what to do, and only `damaged` ever leads to a restore offer.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from trygghetsapp.files.problems import (
    DISK_FULL,
    IO_ERROR,
    LOCKED,
    MISSING_FILE,
    MISSING_FOLDER,
    NO_ACCESS,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    StorageError,
    existing_folder,
    free_bytes,
    is_low_on_space,
    writable,
)

SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_AUTH, SQLITE_NOTADB = 23, 26
"""SQLite's primary result codes (the low byte of `sqlite3.Error.sqlite_errorcode`)."""


def _problem(kind: str, path: Path, message_sv: str, message_en: str) -> StorageError:
    return StorageError(kind, path, message_sv, message_en, field="database")


def disk_full(path: Path) -> StorageError:
    free = free_bytes(path)
    left = f" ({free // 1024} kB ledigt)" if free is not None else ""
    left_en = f" ({free // 1024} kB free)" if free is not None else ""
    return _problem(
        DISK_FULL,
        path,
        f"disken där {path} ligger är full{left}. Inget har ändrats i databasen. Frigör utrymme "
        "(töm papperskorgen, flytta stora filer) och försök igen.",
        f"the disk holding {path} is full{left_en}. Nothing was changed in the database. Free "
        "some space (empty the recycle bin, move large files) and try again.",
    )


def read_only_folder(path: Path) -> StorageError:
    folder = existing_folder(path)
    return _problem(
        READ_ONLY_FOLDER,
        path,
        f"mappen {folder} är skrivskyddad, så databasen kan inte användas där (SQLite behöver "
        "skriva sina hjälpfiler bredvid den). Flytta databasen till en mapp där du får skriva, "
        "eller be IT om skrivbehörighet. Filen har inte ändrats.",
        f"the folder {folder} is read-only, so the database cannot be used there (SQLite must "
        "write its companion files beside it). Move the database to a folder you may write to, "
        "or ask IT for write access. The file was not changed.",
    )


def read_only_file(path: Path) -> StorageError:
    return _problem(
        READ_ONLY_FILE,
        path,
        f"databasfilen {path} är skrivskyddad. Ta bort skrivskyddet (Egenskaper, avmarkera "
        "Skrivskyddad) eller be IT om skrivbehörighet. Filen har inte ändrats.",
        f"the database file {path} is read-only. Remove the read-only flag (Properties) or ask "
        "IT for write access. The file was not changed.",
    )


def no_access(path: Path) -> StorageError:
    return _problem(
        NO_ACCESS,
        path,
        f"du har inte behörighet att läsa {path}. Be IT om behörighet till filen och mappen.",
        f"you are not allowed to read {path}. Ask IT for access to the file and its folder.",
    )


def missing_folder(path: Path) -> StorageError:
    return _problem(
        MISSING_FOLDER,
        path,
        f"mappen {path.parent} finns inte (ett USB-minne som tagits ut?). Sätt i minnet eller "
        "välj en annan plats.",
        f"the folder {path.parent} does not exist (a removed USB stick?). Insert it or choose "
        "another place.",
    )


def missing_file(path: Path) -> StorageError:
    return _problem(
        MISSING_FILE,
        path,
        f"filen {path} finns inte.",
        f"the file {path} does not exist.",
    )


def locked(path: Path) -> StorageError:
    return _problem(
        LOCKED,
        path,
        f"databasen {path} är låst av ett annat program just nu. Vänta tills det är klart "
        "eller stäng det, och försök igen. Inget har ändrats.",
        f"the database {path} is locked by another program right now. Wait until it is done or "
        "close it, and try again. Nothing was changed.",
    )


def io_error(path: Path, detail: str) -> StorageError:
    return _problem(
        IO_ERROR,
        path,
        f"disken svarade inte som den ska när {path} lästes eller skrevs ({detail}). Filen "
        "räknas inte som skadad. Ligger den på ett USB-minne: sätt i det ordentligt igen. "
        "Försök igen; kvarstår felet, kontakta IT.",
        f"the disk did not respond properly while {path} was read or written ({detail}). The "
        "file is not considered damaged. If it is on a USB stick, reinsert it firmly. Try "
        "again; if the error stays, contact IT.",
    )


def unusable_folder(path: Path) -> StorageError:
    """Why nothing can be created beside `path` (its lock file, say): a missing folder, a full
    disk, no write access, or else the disk itself."""
    folder = path.parent
    if not folder.exists():
        return missing_folder(path)
    if is_low_on_space(path):
        return disk_full(path)
    if not writable(folder):
        return read_only_folder(path)
    return io_error(path, "en fil kunde inte skapas bredvid databasen")


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error itself, also when SQLAlchemy wrapped it (`.orig`)."""
    if isinstance(error, sqlite3.Error):
        return error
    original = getattr(error, "orig", None)
    return original if isinstance(original, sqlite3.Error) else None


def is_damage(error: BaseException) -> bool:
    """SQLite's verdict that the content is broken: the only reason to call a file damaged."""
    found = _sqlite_error(error)
    if found is None:
        return False
    code = getattr(found, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(found).lower()
    return "malformed" in text or "not a database" in text


def _read_only(path: Path) -> StorageError:
    """Read-only: the folder (no room for -wal/-shm, or a read-only drive) or the file."""
    folder = existing_folder(path)
    if not writable(folder):
        return read_only_folder(path)
    for suffix in ("", "-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists() and not writable(companion):
            return read_only_file(companion)
    return read_only_file(path)


def _cannot_open(path: Path, detail: str) -> StorageError:
    folder = path.parent
    if not folder.exists():
        return missing_folder(path)
    if path.exists() and not os.access(path, os.R_OK):
        return no_access(path)
    if not os.access(folder, os.X_OK | os.R_OK):
        return no_access(folder)
    if not writable(folder):
        return read_only_folder(path)
    if is_low_on_space(path):
        return disk_full(path)
    return io_error(path, detail)


def diagnose(error: BaseException, path: Path) -> StorageError | None:
    """The storage problem behind `error` (sqlite3, SQLAlchemy or OSError) at `path`, or None when
    it is not one (a bug, or damage: see `is_damage`)."""
    if isinstance(error, StorageError):
        return error
    if isinstance(error, OSError):
        return diagnose_os_error(error, path)
    found = _sqlite_error(error)
    if found is None or is_damage(found):
        return None
    code = getattr(found, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    text = str(found)
    lowered = text.lower()
    if primary == SQLITE_FULL or (primary is None and "full" in lowered):
        return disk_full(path)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or (primary is None and "locked" in lowered):
        return locked(path)
    if primary == SQLITE_READONLY or (primary is None and "readonly" in lowered):
        return _read_only(path)
    if primary in (SQLITE_PERM, SQLITE_AUTH):
        return no_access(path)
    if primary == SQLITE_CANTOPEN or (primary is None and "unable to open" in lowered):
        return _cannot_open(path, text)
    if primary == SQLITE_IOERR or (primary is None and "i/o" in lowered):
        return disk_full(path) if is_low_on_space(path) else io_error(path, text)
    return None


def diagnose_os_error(error: OSError, path: Path) -> StorageError:
    """An OSError from reading or writing `path` (a database, a backup, an export)."""
    where = Path(error.filename) if isinstance(error.filename, str) else path
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return disk_full(where)
    if error.errno == errno.EROFS:
        return read_only_folder(where)
    if error.errno in (errno.EACCES, errno.EPERM):
        if where.exists() and not os.access(where, os.R_OK):
            return no_access(where)
        if where.exists() and not where.is_dir() and not writable(where):
            return read_only_file(where)
        return read_only_folder(where)
    if error.errno == errno.ENOENT and not where.parent.exists():
        return missing_folder(where)
    return io_error(where, error.strerror or str(error))
