"""What every command shares: exit codes, and the database opened under the database's lock
for a command that writes (`writing`) or read-only beside whoever holds it (`reading`).

The policy (trygghetsapp/database_lock.py, README): a writing command is refused beside the window
and waits its turn behind another command; a reading command never holds the lock while it works.
"""

from __future__ import annotations

import argparse
import contextlib
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
