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
from trygghetsapp.files import unfinished
from trygghetsapp.files.atomic import fsync_dir, write_bytes_atomic
from trygghetsapp.store import diagnosis, sqlite_tools
from trygghetsapp.store.file_stamp import file_stamp
from trygghetsapp.store.location import backups_dir, is_network_location, synced_folder_marker

SIDECARS = ("-wal", "-shm", "-journal", ".clean")

APPLICATION_ID = 0x54727967
"""Written into the SQLite header of every database we make (`PRAGMA application_id`, "Tryg"):
another program's SQLite file is recognised before anything is written to it."""
OUR_TABLES = frozenset({"alembic_version", "local_device", "change"})
"""Tables every database of ours has had since the first release (older files carry no id)."""


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


EMPTY, MISSING, FOREIGN, NOT_DATABASE = "empty", "missing", "foreign", "not_database"


class UnexpectedFileError(DomainError):
    """The file at the database's place is not the database the user had: empty (0 bytes), gone
    while its backups are still there, or another program's SQLite file. Never set up silently
    as a new, empty database: the window asks, a command refuses. Nothing was written."""

    def __init__(self, kind: str, path: Path, backup: Path | None, detail: str = ""):
        self.kind = kind
        self.path = path
        self.backup = backup
        restore_sv = (
            f" Den senaste hela säkerhetskopian är {backup}: återställ den med "
            f"'trygghetsapp restore \"{backup}\"'."
            if backup
            else ""
        )
        restore_en = (
            f" The newest good backup is {backup}: restore it with "
            f"'trygghetsapp restore \"{backup}\"'."
            if backup
            else ""
        )
        if kind == EMPTY:
            sv = (
                f"databasfilen {path} är tom (0 byte), så den har inte öppnats.{restore_sv} "
                "Vill du börja om utan data: ta bort den tomma filen (programfönstret frågar)."
            )
            en = (
                f"the database file {path} is empty (0 bytes), so it was not opened.{restore_en} "
                "To start over without data, delete the empty file (the window asks)."
            )
        elif kind == MISSING:
            sv = (
                f"databasfilen {path} finns inte, men det finns säkerhetskopior av den, så "
                f"ingen ny tom databas skapades.{restore_sv} Vill du börja om utan data: "
                f"flytta mappen {backups_dir(path)} (programfönstret frågar)."
            )
            en = (
                f"the database file {path} is missing while backups of it exist, so no new "
                f"empty database was made.{restore_en} To start over without data, move the "
                f"folder {backups_dir(path)} away (the window asks)."
            )
        elif kind == NOT_DATABASE:
            sv = (
                f"{path} är ingen Trygghetsapp-databas ({detail}); den har inte öppnats eller "
                "ändrats. Välj rätt fil med --db."
            )
            en = (
                f"{path} is not a Trygghetsapp database ({detail}); it was neither opened nor "
                "changed. Choose the right file with --db."
            )
        else:
            sv = (
                f"{path} är en SQLite-databas från ett annat program ({detail}); Trygghetsapp "
                "öppnar den inte och har inte ändrat den. Välj en annan fil med --db."
            )
            en = (
                f"{path} is an SQLite database of another program ({detail}); Trygghetsapp does "
                "not open it and has not changed it. Choose another file with --db."
            )
        super().__init__("database", sv, en)


def _identity(db_path: Path) -> tuple[int, set[str]]:
    """(application_id, table names), read through a read-only connection: nothing is written,
    and SQLite itself judges the header (not a database: damaged)."""
    import sqlite3

    try:
        connection = sqlite_tools.read_only_connection(db_path)
        try:
            application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
            tables = {
                str(row[0])
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except sqlite3.Error as error:
        if diagnosis.is_damage(error):
            raise DamagedDatabaseError(db_path, [str(error)], newest_good_backup(db_path)) from None
        problem = diagnosis.diagnose(error, db_path)
        if problem is not None:
            raise problem from None
        raise
    return application_id, tables


def is_ours(db_path: Path) -> bool:
    """Whether an SQLite file (a backup, say) was made by Trygghetsapp."""
    application_id, tables = _identity(db_path)
    return application_id == APPLICATION_ID or (application_id == 0 and tables >= OUR_TABLES)


def check_identity(db_path: Path) -> None:
    """Refuse what is not our database (see UnexpectedFileError); silent for ours, for a file
    that does not exist yet (a first start) and for a blank SQLite file (a first start killed
    before its first commit: it holds nothing)."""
    try:
        exists = db_path.exists()
        size = db_path.stat().st_size if exists else 0
    except OSError as error:
        raise diagnosis.diagnose_os_error(error, db_path) from None
    if not exists:
        if sqlite_tools.list_backups(backups_dir(db_path)):
            raise UnexpectedFileError(MISSING, db_path, newest_good_backup(db_path))
        return
    if size == 0:  # a -wal beside it cannot bring back pages the file has lost
        raise UnexpectedFileError(EMPTY, db_path, newest_good_backup(db_path))
    if db_path.is_dir():
        raise UnexpectedFileError(NOT_DATABASE, db_path, None, "det är en mapp")
    if not sqlite_tools.is_sqlite_file(db_path):
        other = another_format(db_path)
        if other is not None:
            detail = f"filen är ingen SQLite-databas utan {other}"
            raise UnexpectedFileError(NOT_DATABASE, db_path, None, detail)
        if not _looks_like_ours_damaged(db_path):
            raise UnexpectedFileError(NOT_DATABASE, db_path, None, "filen är ingen SQLite-databas")
    application_id, tables = _identity(db_path)
    if application_id == APPLICATION_ID:
        return
    user_tables = {name for name in tables if not name.startswith("sqlite_")}
    if application_id != 0 or (user_tables and not user_tables >= OUR_TABLES):
        shown = ", ".join(sorted(user_tables)[:5]) or "inga tabeller"
        detail = f"application_id {application_id:#x}" if application_id else f"tabeller: {shown}"
        raise UnexpectedFileError(FOREIGN, db_path, None, detail)


FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "en PDF-fil"),
    (b"PK\x03\x04", "en zip-fil, t.ex. en Excel-arbetsbok"),
    (b"PK\x05\x06", "en zip-fil, t.ex. en Excel-arbetsbok"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "en Office-fil, t.ex. en äldre Excel-arbetsbok"),
    (b"\x89PNG", "en bild"),
    (b"\xff\xd8\xff", "en bild"),
    (b"GIF8", "en bild"),
    (b"\x1f\x8b", "ett komprimerat arkiv"),
    (b"7z\xbc\xaf", "ett komprimerat arkiv"),
    (b"Rar!", "ett komprimerat arkiv"),
    (b"\xef\xbb\xbf", "en textfil"),
    (b"\xff\xfe", "en textfil"),
    (b"\xfe\xff", "en textfil"),
)
"""The openings of files a user may point --db at by mistake (an export, a workbook, a PDF...)."""

SNIFF_BYTES = 64 * 1024


def another_format(path: Path) -> str | None:
    """What a file without SQLite's header plainly is instead (Swedish, "en PDF-fil"), or None
    for a binary file of no known kind (which may be our database with its header destroyed).

    Text (JSON, CSV, a note) holds no NUL byte; every SQLite page does (its header, its
    integers), so a database whose first bytes a failing disk overwrote still reads as binary."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as error:
        raise diagnosis.diagnose_os_error(error, path) from None
    for opening, what in FORMATS:
        if head.startswith(opening):
            return what
    if head and b"\0" not in head:
        return "en textfil, t.ex. JSON eller CSV"
    return None


def _looks_like_ours_damaged(db_path: Path) -> bool:
    """A binary file without SQLite's header is our database damaged (its backups are beside
    it, or a -wal of ours), or just another file the user pointed at: never call that one
    damaged, which would offer to put a backup in its place. A file that is plainly something
    else (`another_format`) is never asked: a.json beside a.sqlite shares its backups folder
    (a-backups), which says nothing about a.json."""
    return bool(sqlite_tools.list_backups(backups_dir(db_path))) or Path(f"{db_path}-wal").exists()


def start_empty(db_path: Path) -> Path | None:
    """The user chose to start over without data: remove the empty file and move the old
    backups aside (kept, under a dated name) so the new database's rotation never prunes them.
    Returns where the backups went, if anywhere."""
    try:
        if db_path.exists() and db_path.stat().st_size == 0:
            db_path.unlink()
        folder = backups_dir(db_path)
        if not folder.exists():
            return None
        stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
        aside = folder.with_name(f"{folder.name}-till-{stamp}")
        os.replace(folder, aside)
        return aside
    except OSError as error:
        raise diagnosis.diagnose_os_error(error, db_path) from None


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
        try:
            if not sqlite_tools.integrity_problems(candidate, quick=True):
                return candidate
        except diagnosis.StorageError:
            continue  # unreadable is not good either
    return None


def clean_marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".clean")


def mark_clean_close(db_path: Path) -> None:
    """Called after the last connection closed: the next open may trust this exact file."""
    if not db_path.exists():
        return
    # A read-only or full disk: the next start simply runs the full check.
    with contextlib.suppress(OSError, DomainError):
        write_bytes_atomic(clean_marker_path(db_path), json.dumps(file_stamp(db_path)).encode())


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


def clean_mark_matches(db_path: Path) -> bool:
    """The marker's verdict without taking it (a reading process leaves it for the next writer)."""
    try:
        saved = json.loads(clean_marker_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(saved == file_stamp(db_path))


def check_before_open(db_path: Path, force: bool = False, take_mark: bool = True) -> bool:
    """Check an existing database without writing to it; raises if it is damaged or not ours.

    Returns True when the full quick_check ran (see the module docstring for when it is
    skipped). `take_mark=False` (a reading command) leaves the clean-close marker in place.
    """
    trusted = take_clean_mark(db_path) if take_mark else clean_mark_matches(db_path)
    check_identity(db_path)
    if not db_path.exists():
        return False
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


def recover_from_backup(db_path: Path, backup: Path) -> Path | None:
    """Put `backup` in place of the database at `db_path` (damaged, empty or missing); returns
    where the old file was set aside, if there was one.

    The backup is first copied beside the database and verified there (on the same disk, so a
    full disk fails here, with the old file still in place); only then is the old file (with its
    -wal and -shm, which must never be applied to another file) renamed aside and the copy
    renamed in. Killed between those two renames, both files are still there.
    """
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    restored = db_path.with_name(f".{db_path.name}.restored-{stamp}")
    with unfinished.noted(restored):  # killed before the last rename: the backup still exists
        sqlite_tools.copy_database(backup, restored)
        try:
            aside = set_aside_damaged(db_path) if db_path.exists() else None
            os.replace(restored, db_path)
            fsync_dir(db_path.parent)
        except OSError as error:
            unfinished.remove_temporary(restored)
            raise diagnosis.diagnose_os_error(error, db_path) from None
    return aside


def daily_backup_due(db_path: Path, today: dt.date | None = None) -> bool:
    """No daily backup yet today (one made for another reason, an import's, does not count:
    those are pruned on their own schedule and must not stand in for the day's)."""
    today = today or dt.date.today()
    stamp = today.strftime("%Y-%m-%d")
    for backup in sqlite_tools.list_backups(backups_dir(db_path)):
        if f"_{stamp}_" in backup.name and sqlite_tools.backup_reason(backup) == "daily":
            return False
    return True
