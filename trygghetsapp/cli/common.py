"""What every command shares: exit codes, and the database opened under the database's lock
for a command that writes (`writing`) or read-only beside whoever holds it (`reading`).

The policy (trygghetsapp/database_lock.py, README): a writing command is refused beside the window
and waits its turn behind another command; a reading command never holds the lock while it works.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.store.location import (
    chosen_location,
    is_server_url,
    resolve_db_path,
    server_anchor,
)

if TYPE_CHECKING:
    from trygghetsapp.database_lock import DatabaseLock
    from trygghetsapp.services.database import Database

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

PLURALS: dict[str, str] = {
    "område": "områden",
    "trygghetspunkt": "trygghetspunkter",
    "kontakt": "kontakter",
    "rolltilldelning": "rolltilldelningar",
    "ändring": "ändringar",
    "ny ändring": "nya ändringar",
    "egen ändring": "egna ändringar",
    "konflikt": "konflikter",
    "avvisad fil": "avvisade filer",
    "fil": "filer",
    "roll": "roller",
    "annat ställe": "andra ställen",
    "äldre säkerhetskopia": "äldre säkerhetskopior",
    "post": "poster",
    "ny post": "nya poster",
    "ny": "nya",
    "ändrad": "ändrade",
    "oförändrad": "oförändrade",
    "oförändrad post": "oförändrade poster",
    "avsnitt": "avsnitt",
    "rad": "rader",
    "affisch": "affischer",
    "sida": "sidor",
    "minut": "minuter",
    "dag": "dagar",
    "kontakt matchar": "kontakter matchar",
    "utrustning": "utrustning",
}
"""Singular -> plural of every counted noun phrase the commands print (Swedish)."""


class UsageError(DomainError):
    """A command given in a way it cannot run (an output path of the wrong kind, a name that
    matches several records): said in one line, exit code 2 (EXIT_USAGE) as argparse's own."""


def chosen_areas(database: Database, names: Sequence[str]) -> list[str]:
    """The areas `--area` names (an id, or a name only one live area has), each once, in order.

    A name several areas share is a usage error listing their ids; an unknown one is refused
    (NotFoundError, exit 1) as before."""
    from trygghetsapp.services import areas

    found: list[str] = []
    for name in names:
        try:
            found.append(areas.find_area(database, name).id)
        except areas.AmbiguousNameError as error:
            raise UsageError(error.field, error.message_sv, error.message_en) from None
    return list(dict.fromkeys(found))


def _either(suffixes: Sequence[str], word: str) -> str:
    """'.pdf', '.pdf eller .json', '.geojson, .json eller .JSON'."""
    return (
        suffixes[0] if len(suffixes) == 1 else f"{', '.join(suffixes[:-1])} {word} {suffixes[-1]}"
    )


def _not_through_a_file(value: str, path: Path) -> None:
    """A folder on the way to `path` that is a file (`-o notes.txt/x.pdf`): said as such, not as
    a disk that failed (making the folder would say "File exists")."""
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                raise UsageError(
                    "output",
                    f"-o {value}: {folder} är en fil, inte en mapp; välj en mapp som finns "
                    "eller en ny. Inget skrevs.",
                    f"-o {value}: {folder} is a file, not a folder; choose an existing folder "
                    "or a new one. Nothing was written.",
                )
            return


def output_file(value: str, suffixes: Sequence[str] = ()) -> Path:
    """-o for one file, checked before anything is read or written: not an existing folder, no
    file on the way to it, and (when `suffixes` are given) a name ending in one of them.
    Each mistake is a usage error (exit 2) saying what -o must be."""
    path = Path(value)
    ending_sv = f" som slutar på {_either(suffixes, 'eller')}" if suffixes else ""
    ending_en = f" ending in {_either(suffixes, 'or')}" if suffixes else ""
    if path.is_dir() or value.endswith(("/", os.sep)):
        raise UsageError(
            "output",
            f"-o {value} är en mapp; ange en fil{ending_sv}. Inget skrevs.",
            f"-o {value} is a folder; give a file{ending_en}. Nothing was written.",
        )
    if suffixes and path.suffix.lower() not in suffixes:
        raise UsageError(
            "output",
            f"-o {value}: filnamnet ska sluta på {_either(suffixes, 'eller')}. Inget skrevs.",
            f"-o {value}: the file name must end in {_either(suffixes, 'or')}. Nothing was "
            "written.",
        )
    _not_through_a_file(value, path)
    return path


def output_folder_or_file(
    value: str, suffix: str, folder_sv: str, folder_en: str, file_sv: str, file_en: str
) -> Path:
    """-o for a folder (`folder_sv`: one PDF per area, say) or one file ending in `suffix`: an
    existing folder, a name ending in / or without a suffix (a new folder), or `FILE<suffix>`.
    An existing file of another kind, or a name with another suffix, is a usage error (exit 2)
    saying what -o must be; nothing was written."""
    path = Path(value)
    _not_through_a_file(value, path)
    if path.is_dir():
        return path
    folder_asked = value.endswith(("/", os.sep))
    one_file = path.suffix.lower() == suffix and not folder_asked
    if not path.exists() and (folder_asked or not path.suffix or one_file):
        return path  # a new folder, or a new file
    if path.exists() and one_file:
        return path  # replaced whole (files/atomic.py)
    must_sv = f"Den ska vara en mapp ({folder_sv}) eller en fil som slutar på {suffix} ({file_sv})"
    must_en = f"It must be a folder ({folder_en}) or a file ending in {suffix} ({file_en})"
    if path.exists():
        raise UsageError(
            "output",
            f"-o {value} finns redan och är ingen mapp. {must_sv}. Inget skrevs.",
            f"-o {value} exists and is not a folder. {must_en}. Nothing was written.",
        )
    raise UsageError(
        "output",
        f"-o {value} är varken en mapp eller en fil som slutar på {suffix}. {must_sv}; en ny "
        f"mapp skrivs med / sist ({value}/). Inget skrevs.",
        f"-o {value} is neither a folder nor a file ending in {suffix}. {must_en}; a new "
        f"folder is written with a final / ({value}/). Nothing was written.",
    )


def path_kind_problem(error: BaseException) -> UsageError | None:
    """An OSError that only a path of the wrong kind causes (a file where a folder must be, a
    folder where a file must be): the user's choice of path, never a failing disk."""
    if not isinstance(error, OSError) or error.errno not in (
        errno.EEXIST,
        errno.ENOTDIR,
        errno.EISDIR,
    ):
        return None
    where = error.filename if isinstance(error.filename, str) else str(error.filename or "")
    if error.errno == errno.EISDIR:
        sv, en = "är en mapp där en fil ska skrivas", "is a folder where a file must be written"
    else:
        sv, en = "är en fil där en mapp behövs", "is a file where a folder is needed"
    return UsageError(
        "file",
        f"{where} {sv}; välj en annan plats. Inget skrevs.",
        f"{where} {en}; choose another place. Nothing was written.",
    )


def count(n: int, one: str) -> str:
    """'1 område', '2 områden', '0 områden': a count and its words in the right number."""
    return f"{n} {one if n == 1 else PLURALS[one]}"


def server_url(args: argparse.Namespace) -> str | None:
    """The PostgreSQL URL given by --db or TRYGGHETSAPP_DB (an office database), if one was."""
    location = chosen_location(args.db)
    return location if is_server_url(location) else None


def db_path(args: argparse.Namespace) -> Path:
    """The database the command works on: --db, else TRYGGHETSAPP_DB, else the data folder.

    For a server database (`server_url`): this installation's local anchor (store/engine.py),
    beside which its keys live; never a database file."""
    url = server_url(args)
    if url is not None:
        return server_anchor(url)
    return resolve_db_path(args.db)


def refuse_server(args: argparse.Namespace, what_sv: str, what_en: str) -> None:
    """A command about the SQLite file itself (its backups, the window's lock) on a server."""
    if server_url(args) is not None:
        raise DomainError(
            "database",
            f"{what_sv} gäller en databasfil; en databas på en server (PostgreSQL) har ingen "
            "(docs/office-postgresql.md)",
            f"{what_en} is about a database file; a database on a server (PostgreSQL) has "
            "none (docs/office-postgresql.md)",
        )


def print_warnings(database: Database) -> None:
    for warning in database.warnings:
        print(f"Varning: {warning}", file=sys.stderr)


def take_writer_lock(path: Path, command: str) -> DatabaseLock:
    """The database's lock for a writing command (trygghetsapp/database_lock.py): refused at
    once beside the window, behind another command it waits its turn."""
    from trygghetsapp.database_lock import (
        COMMAND,
        WINDOW,
        WRITER_WAIT_SECONDS,
        DatabaseLock,
        LockUnavailable,
    )
    from trygghetsapp.store import diagnosis

    lock = DatabaseLock(path)
    told = False
    waited = 0.0
    while True:
        try:
            if lock.take(COMMAND, command, wait_ms=0 if waited == 0 else 500):
                return lock
        except LockUnavailable:
            raise diagnosis.unusable_folder(path) from None
        holder = lock.holder()
        if holder is not None and holder.kind == WINDOW:
            raise DomainError(
                "database",
                f"{holder.describe('sv')} har databasen {path} öppen. Kommandon som ändrar data "
                "körs inte medan fönstret är öppet: gör ändringen i fönstret, eller stäng det och "
                "kör kommandot igen. Inget har ändrats.",
                f"{holder.describe('en')} has the database {path} open. Commands that change "
                "data do not run while the window is open: make the change in the window, or "
                "close it and run the command again. Nothing was changed.",
            )
        if waited >= WRITER_WAIT_SECONDS:
            who_sv = holder.describe("sv") if holder else "ett annat program"
            who_en = holder.describe("en") if holder else "another program"
            raise DomainError(
                "database",
                f"{who_sv} arbetade fortfarande med databasen {path} efter "
                f"{count(WRITER_WAIT_SECONDS // 60, 'minut')}; försök igen senare. Inget har "
                f"ändrats.",
                f"{who_en} was still working on the database {path} after "
                f"{WRITER_WAIT_SECONDS // 60} minute{'' if WRITER_WAIT_SECONDS < 120 else 's'}; "
                f"try again later. Nothing was changed.",
            )
        if not told and ((holder is not None and holder.kind) or waited >= 1.0):
            # Said once we know who it is (a command names itself as it takes the lock, a
            # window once its first window shows).
            who = holder.describe("sv") if holder else "ett annat kommando"
            print(f"Väntar på att {who} blir klart med databasen …", file=sys.stderr)
            told = True
        waited += 0.5


@contextlib.contextmanager
def writing(args: argparse.Namespace, command: str) -> Iterator[Database]:
    """The database for a command that changes data, opened under the database's lock."""
    from trygghetsapp.services.database import clean_left_overs, open_database

    url = server_url(args)
    if url is not None:  # the server orders concurrent writers itself: no file lock
        with _server_database(url) as database:
            yield database
        return
    path = db_path(args)
    make_folder(path)
    lock = take_writer_lock(path, command)
    try:
        clean_left_overs()
        database = open_database(path, daily_backup=True, force_check=lock.took_over_stale)
        print_warnings(database)
        try:
            yield database
        finally:
            database.close()
    finally:
        lock.release()


@contextlib.contextmanager
def reading(args: argparse.Namespace, command: str, prepare: bool = True) -> Iterator[Database]:
    """The database for a command that only reads, through a read-only connection.

    Beside the window or a writing command it reads a consistent snapshot and changes nothing.
    When nobody holds the database and `prepare` is set, it is first opened as any start opens
    it (migrated, the day's backup made) under the lock, which is then let go at once: a long
    export never keeps the window from starting. `check` reads without preparing (read-only).
    """
    from trygghetsapp.database_lock import COMMAND, DatabaseLock, LockUnavailable
    from trygghetsapp.services import backups
    from trygghetsapp.services.database import clean_left_overs, open_database, open_read_only

    url = server_url(args)
    if url is not None:
        with _server_database(url) as database:
            yield database
        return
    path = db_path(args)
    clean_left_overs()
    if prepare:
        make_folder(path)
        lock = DatabaseLock(path)
        try:
            free = lock.take(COMMAND, command)
        except LockUnavailable:
            free = False  # a read-only folder: read what is there, if SQLite can
        if free:  # migrate and check under the lock, and let it go at once
            try:
                open_database(path, force_check=lock.took_over_stale).close()
            finally:
                lock.release()
    database = open_read_only(path)
    try:
        if prepare:  # the day's backup reads through its own read-only connection
            backups.daily_backup_if_due(database)
        print_warnings(database)
        yield database
    finally:
        database.close()


def make_folder(path: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only place: the open says so in its words
        path.parent.mkdir(parents=True, exist_ok=True)


@contextlib.contextmanager
def _server_database(url: str) -> Iterator[Database]:
    """A server database for one command: migrated if needed, no file lock, no backup (the
    server's operators take pg_dumps), closed after."""
    from trygghetsapp.services.database import open_database

    database = open_database(url)
    try:
        yield database
    finally:
        database.close()
