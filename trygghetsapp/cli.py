"""The command line: parses, calls the services, prints, and sets the exit code.

Exit codes: 0 done, 1 refused or failed (one clear line on stderr, never a traceback),
2 usage error.
With no command the GUI opens.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trygghetsapp import __version__
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.store.location import resolve_db_path

if TYPE_CHECKING:
    from trygghetsapp.database_lock import DatabaseLock
    from trygghetsapp.services.database import Database

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

log = logging.getLogger("trygghetsapp")

Command = Callable[[argparse.Namespace], int]


def _db_path(args: argparse.Namespace) -> Path:
    return resolve_db_path(args.db)


def _print_warnings(database: Database) -> None:
    for warning in database.warnings:
        print(f"Varning: {warning}", file=sys.stderr)


def _take_writer_lock(path: Path, command: str) -> DatabaseLock:
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
                f"{WRITER_WAIT_SECONDS // 60} minuter; försök igen senare. Inget har ändrats.",
                f"{who_en} was still working on the database {path} after "
                f"{WRITER_WAIT_SECONDS // 60} minutes; try again later. Nothing was changed.",
            )
        if not told and ((holder is not None and holder.kind) or waited >= 1.0):
            # Said once we know who it is (its name is written just after it took the lock).
            who = holder.describe("sv") if holder else "ett annat kommando"
            print(f"Väntar på att {who} blir klart med databasen …", file=sys.stderr)
            told = True
        waited += 0.5


@contextlib.contextmanager
def writing(args: argparse.Namespace, command: str) -> Iterator[Database]:
    """The database for a command that changes data, opened under the database's lock."""
    from trygghetsapp.services.database import clean_left_overs, open_database

    path = _db_path(args)
    _make_folder(path)
    lock = _take_writer_lock(path, command)
    try:
        clean_left_overs()
        database = open_database(path, daily_backup=True, force_check=lock.took_over_stale)
        _print_warnings(database)
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

    path = _db_path(args)
    clean_left_overs()
    if prepare:
        _make_folder(path)
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
        _print_warnings(database)
        yield database
    finally:
        database.close()


def _make_folder(path: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only place: the open says so in its words
        path.parent.mkdir(parents=True, exist_ok=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from trygghetsapp.services.demo import load_demo

    with writing(args, "demo") as database:
        counts = load_demo(database, seed=args.seed, scale=args.scale)
    print(
        f"Demodata inläst: {counts.areas} områden, {counts.safety_points} trygghetspunkter, "
        f"{counts.equipment} utrustning, {counts.contacts} kontakter, "
        f"{counts.role_assignments} rolltilldelningar ({database.path})"
    )
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from trygghetsapp.services import transfer

    with reading(args, "export-json") as database:
        if args.output and args.output != "-":
            transfer.export_to_file(database, Path(args.output))
        else:
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            transfer.write_export(database, sys.stdout)
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from trygghetsapp.services import transfer

    with writing(args, "import-json") as database:
        counts = transfer.import_file(database, Path(args.file))
    print(
        f"Import klar: {counts['added']} nya, {counts['updated']} ändrade, "
        f"{counts['unchanged']} oförändrade poster."
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from trygghetsapp.services.checks import check_database

    with reading(args, "check", prepare=False) as database:
        problems = check_database(database)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_FAILED
    print(f"OK: {database.path}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from trygghetsapp.services import backups

    with reading(args, "backup") as database:
        target = backups.backup(database, Path(args.output) if args.output else None)
    print(f"Säkerhetskopia sparad: {target}")
    return EXIT_OK


def cmd_backup_folder(args: argparse.Namespace) -> int:
    from trygghetsapp.services import backups

    if args.action == "show":
        with reading(args, "backup-folder") as database:
            folder = backups.second_folder(database)
        print(f"Andra mapp för dagens säkerhetskopia: {folder}" if folder else "Ingen andra mapp.")
        return EXIT_OK
    with writing(args, "backup-folder") as database:
        if args.action == "off":
            backups.set_second_folder(database, None)
            print("Dagens säkerhetskopia sparas bara i säkerhetskopiemappen.")
            return EXIT_OK
        if not args.folder:
            raise DomainError("folder", "ange en mapp", "give a folder")
        folder = Path(args.folder).expanduser().resolve()
        backups.set_second_folder(database, folder)
    print(f"Dagens säkerhetskopia sparas också i {folder} (när den finns, t.ex. ett USB-minne).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore as edits; a damaged, empty or missing database gets the whole file instead."""
    from trygghetsapp.services import backups
    from trygghetsapp.services.database import clean_left_overs, open_database, recover_damaged
    from trygghetsapp.store import health

    source = Path(args.file)
    path = _db_path(args)
    _make_folder(path)
    lock = _take_writer_lock(path, "restore")
    try:
        clean_left_overs()
        try:
            database = open_database(path, force_check=True)
        except (health.DamagedDatabaseError, health.UnexpectedFileError) as unusable:
            replaceable = (health.EMPTY, health.MISSING)
            if (
                isinstance(unusable, health.UnexpectedFileError)
                and unusable.kind not in replaceable
            ):
                raise  # another program's file, or a folder: never replaced
            aside = recover_damaged(path, source)
            kept = f" Den gamla filen är sparad som {aside}" if aside else ""
            print(f"Återställd från {source}.{kept}")
            return EXIT_OK
        try:
            safety = backups.restore(database, source)
        finally:
            database.close()
    finally:
        lock.release()
    print(f"Återställd från {source}. Det som ersattes finns kvar i {safety}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from trygghetsapp.app import run_gui

    # The demo data is loaded by run_gui after it holds the single-instance lock.
    return run_gui(resolve_db_path(args.db), language=args.language, demo=args.demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trygghetsapp",
        description="Trygghetsapp: inventering, krischecklistor och filsynk för trygghetspunkter. "
        "Utan kommando öppnas programfönstret.",
    )
    parser.add_argument("--version", action="version", version=f"trygghetsapp {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="databasfil (annars TRYGGHETSAPP_DB, annars användarens datamapp)",
    )
    parser.add_argument("--language", choices=["sv", "en"], help="språk i programfönstret")
    parser.add_argument(
        "--demo", action="store_true", help="läs in demodata först om databasen är tom"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fyll databasen med demodata (FIKTIV)")
    demo.add_argument("--seed", type=int, default=1, help="slumpfrö (samma frö ger samma data)")
    demo.add_argument(
        "--scale", type=int, default=0, metavar="N", help="lägg till N syntetiska områden"
    )
    demo.set_defaults(run=cmd_demo)

    export = commands.add_parser("export-json", help="alla poster som kanonisk JSON")
    export.add_argument("-o", "--output", metavar="FILE", help="fil (annars standard ut)")
    export.set_defaults(run=cmd_export_json)

    imp = commands.add_parser(
        "import-json", help="läs in en export-json-fil (allt eller inget, i en transaktion)"
    )
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(run=cmd_import_json)

    check = commands.add_parser("check", help="kontrollera databasens integritet (0 = felfri)")
    check.set_defaults(run=cmd_check)

    backup = commands.add_parser("backup", help="gör en kontrollerad säkerhetskopia")
    backup.add_argument("-o", "--output", metavar="FILE", help="målfil (annars backupmappen)")
    backup.set_defaults(run=cmd_backup)

    restore = commands.add_parser(
        "restore", help="återställ från en säkerhetskopia (det som ersätts sparas först)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(run=cmd_restore)

    folder = commands.add_parser(
        "backup-folder",
        help="en andra mapp (t.ex. ett USB-minne) som också får dagens säkerhetskopia",
    )
    folder.add_argument("action", choices=["show", "set", "off"], nargs="?", default="show")
    folder.add_argument("folder", metavar="DIR", nargs="?", help="mappen (med set)")
    folder.set_defaults(run=cmd_backup_folder)

    for extend in EXTENSIONS:
        extend(commands)
    return parser


EXTENSIONS: list[Callable[[argparse._SubParsersAction], None]] = []
"""Later subsystems (PDF export, sync) register their subcommands here."""


def main(argv: Sequence[str] | None = None) -> int:
    _register_extensions()
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Command = getattr(args, "run", cmd_gui)
    try:
        return run(args)
    except DomainError as error:
        print(f"Fel: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (`export-json | head`): stop quietly, as Unix tools do; point
        # stdout at devnull so the interpreter's final flush does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as error:  # the user gets one line; the details go to the log
        from trygghetsapp.logs import log_exception
        from trygghetsapp.store import diagnosis

        problem = diagnosis.diagnose(error, _db_path(args))
        if problem is not None:  # a full disk, a lock, a read-only place: said as such
            log_exception(error)
            print(f"Fel: {problem}", file=sys.stderr)
            return EXIT_FAILED

        where = log_exception(error)
        first_line = str(error).splitlines()[0] if str(error) else ""
        print(f"Fel: {type(error).__name__}: {first_line} (detaljer i {where})", file=sys.stderr)
        return EXIT_FAILED


def _register_extensions() -> None:
    import importlib

    for module in (
        "trygghetsapp.reports.cli",
        "trygghetsapp.sync.cli",
        "trygghetsapp.security.cli",
    ):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            # A subsystem that is not installed is simply absent; a broken import inside it is not.
            if error.name is None or not module.startswith(error.name):
                raise
