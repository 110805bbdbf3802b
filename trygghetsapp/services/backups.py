"""Backups and restore, in the terms a user sees: make one, list them, put one back."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files import unfinished
from trygghetsapp.store import diagnosis, health, sqlite_tools
from trygghetsapp.store.database import Database, open_store
from trygghetsapp.store.engine import IMMEDIATE
from trygghetsapp.store.location import backups_dir
from trygghetsapp.store.models import LocalDevice, LocalSetting

SERVER_BACKUP = (
    "en databas på en server (PostgreSQL) säkerhetskopieras av serverns drift med pg_dump, "
    "inte av appen (docs/office-postgresql.md)",
    "a database on a server (PostgreSQL) is backed up by the server's operators with pg_dump, "
    "not by the app (docs/office-postgresql.md)",
)


def refuse_on_server(database: Database) -> None:
    """The backup API and backup files are SQLite's: said plainly for a server database."""
    if database.is_server:
        raise DomainError("backup", *SERVER_BACKUP)


def backup(database: Database, target: Path | None = None) -> Path:
    """A verified copy: to `target` if given, else a rotated one in the backups folder."""
    refuse_on_server(database)
    try:
        if target is not None:
            return sqlite_tools.copy_database(database.path, target)
        return sqlite_tools.make_backup(database.path, "manual")
    except sqlite_tools.BackupError as error:
        raise DomainError(
            "backup", f"säkerhetskopian misslyckades: {error}", f"backup failed: {error}"
        ) from None


def list_backups(database: Database) -> list[Path]:
    if database.is_server:
        return []
    return sqlite_tools.list_backups(backups_dir(database.path))


def check_restorable(source: Path) -> None:
    """Refuse a file that is not a whole, undamaged database of ours."""
    if not sqlite_tools.is_sqlite_file(source):
        raise DomainError(
            "file", f"{source} är ingen Trygghetsapp-databas", f"{source} is not a database file"
        )
    problems = sqlite_tools.integrity_problems(source)
    if problems:
        raise DomainError(
            "file",
            f"säkerhetskopian är skadad: {problems[0]}",
            f"the backup is damaged: {problems[0]}",
        )
    if not health.is_ours(source):
        raise DomainError(
            "file",
            f"{source} är en SQLite-databas från ett annat program, ingen säkerhetskopia av "
            "Trygghetsapp",
            f"{source} is another program's SQLite database, not a Trygghetsapp backup",
        )


def restore(database: Database, source: Path) -> Path:
    """Bring the data back to what `source` holds; returns the backup of what it replaced.

    The backup is opened as a copy (migrated to today's schema if older) and the difference is
    written as ordinary edits (services/restore.py): the live file, its change log and its sync
    identity stay, so the restore syncs like any edit and never reuses a sequence number. The
    copy lives in a work folder that is noted down (files/unfinished.py): killed half-way, the
    next start removes it.
    """
    refuse_on_server(database)
    from trygghetsapp.services.restore import apply_snapshot

    check_restorable(source)
    database.store.engine.dispose()
    safety = sqlite_tools.make_backup(database.path, "before-restore")
    work = backups_dir(database.path) / f".restore-{uuid.uuid4().hex[:12]}"
    with unfinished.noted(work):
        try:
            work.mkdir(parents=True)
            copy = sqlite_tools.copy_database(source, work / "snapshot.sqlite")
            snapshot = open_store(copy)
            try:
                apply_snapshot(database, snapshot)
            finally:
                snapshot.close()
        except sqlite_tools.BackupError as error:
            raise DomainError(
                "restore", f"återställningen misslyckades: {error}", f"restore failed: {error}"
            ) from None
        except OSError as error:
            raise diagnosis.diagnose_os_error(error, work) from None
        finally:
            unfinished.remove_temporary(work)
    return safety


def daily_backup_if_due(database: Database) -> Path | None:
    """The first backup of the day, if none exists yet and the database held data at open.

    Safe while the app works: the backup API copies a consistent snapshot through its own
    read-only connection (WAL lets writers go on), verifies the copy and renames it in place.
    A failure (a full disk) is a warning on the database, not an error: the work the user came
    for goes on, and the day's backup is tried again at the next start.
    """
    if database.is_server or not database.had_data or not health.daily_backup_due(database.path):
        return None
    try:
        database.daily_backup = make_daily_backup(database)
    except (DomainError, sqlite_tools.BackupError) as error:
        reason = error.message("sv") if isinstance(error, DomainError) else str(error)
        database.warnings.append(f"Dagens säkerhetskopia kunde inte göras: {reason}")
        return None
    return database.daily_backup


def make_daily_backup(database: Database) -> Path:
    """The day's backup in the backups folder, and a copy in the second folder if one is set
    and reachable (a USB stick); what became of that copy is kept on the database."""
    made = sqlite_tools.make_backup(database.path, "daily")
    database.second_copy = copy_to_second_folder(database, made)
    return made


SECOND_FOLDER_KEY = "second_backup_folder"


def second_folder(database: Database) -> Path | None:
    """The second place for the day's backup (a USB stick), if the user chose one."""
    with database.store.sessions() as session:
        value = session.get(LocalSetting, SECOND_FOLDER_KEY)
        return Path(value.value) if value is not None and value.value else None


def set_second_folder(database: Database, folder: Path | None) -> None:
    """Choose (or, with None, forget) the second folder; a folder that is not there now is
    accepted (the stick may be out), but a file is not."""
    if folder is not None and folder.exists() and not folder.is_dir():
        raise DomainError(
            "folder", f"{folder} är ingen mapp", f"{folder} is not a folder", "second_backup_folder"
        )
    with database.store.sessions.begin() as session:
        session.connection(execution_options=IMMEDIATE)
        row = session.get(LocalSetting, SECOND_FOLDER_KEY)
        if folder is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(LocalSetting(key=SECOND_FOLDER_KEY, value=str(folder)))
        else:
            row.value = str(folder)


def second_folder_name(database: Database) -> str:
    """The folder on the stick for this computer's copies: several laptops may share one stick,
    and must neither prune nor be mistaken for each other's backups."""
    with database.store.sessions() as session:
        device = session.execute(select(LocalDevice.id, LocalDevice.name)).first()
    device_id, name = (device[0], device[1]) if device is not None else ("", "")
    readable = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-") or "dator"
    return f"Trygghetsapp-{readable}-{device_id[:8]}"


@dataclass(frozen=True)
class SecondCopy:
    """What became of the day's copy to the second folder."""

    path: Path | None
    problem: str | None


def copy_to_second_folder(database: Database, made: Path) -> SecondCopy | None:
    """Copy a backup just made to the second folder too, keeping its own rotation there.

    Never raises: the backup in the backups folder is made; a stick that is out or full is only
    said (the returned problem, and the log), and tried again with the next day's backup.
    """
    try:
        folder = second_folder(database)
    except Exception:  # an old schema or a read-only handle: no second folder
        return None
    if folder is None:
        return None
    if not folder.is_dir():
        return SecondCopy(None, f"den andra säkerhetskopieringsmappen {folder} finns inte nu")
    target_folder = folder / second_folder_name(database)
    try:
        copied = sqlite_tools.copy_database(made, target_folder / made.name)
        sqlite_tools.prune_backups(target_folder)
        return SecondCopy(copied, None)
    except (DomainError, sqlite_tools.BackupError, OSError) as error:
        return SecondCopy(None, str(error))


REASONS = tuple(sqlite_tools.KEEP_PER_REASON)
"""Why a backup was made; the last part of its file name (`sqlite_tools.make_backup`)."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the Säkerhetskopior dialog lists it."""

    path: Path
    taken: dt.datetime | None
    reason: str
    """One of REASONS, or "other" for a file in the folder the app did not name."""
    size: int


def describe(path: Path) -> BackupInfo:
    """Read time and reason from a backup's name: `<db>_<YYYY-MM-DD>_<HHMMSS>_<µs>_<reason>`."""
    taken = sqlite_tools.backup_time(path)
    named = sqlite_tools.backup_reason(path)
    reason = named if named in REASONS and taken is not None else "other"
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path=path, taken=taken, reason=reason, size=size)


def describe_backups(database: Database) -> list[BackupInfo]:
    """The backups of this database, newest first, with time, reason and size."""
    return [describe(path) for path in list_backups(database)]
