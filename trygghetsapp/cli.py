"""The command line: parses, calls the services, prints, and sets the exit code.

Exit codes: 0 done, 1 refused or failed (one clear line on stderr, never a traceback),
2 usage error.
With no command the GUI opens.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trygghetsapp import __version__
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.store.location import resolve_db_path

if TYPE_CHECKING:
    from trygghetsapp.services.database import Database

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

log = logging.getLogger("trygghetsapp")

Command = Callable[[argparse.Namespace], int]


def _open(args: argparse.Namespace) -> Database:
    from trygghetsapp.services.database import Database

    database = Database.open(resolve_db_path(args.db), daily_backup=True)
    for warning in database.warnings:
        print(f"Varning: {warning}", file=sys.stderr)
    return database


def cmd_demo(args: argparse.Namespace) -> int:
    from trygghetsapp.services.demo import load_demo

    database = _open(args)
    try:
        counts = load_demo(database, seed=args.seed, scale=args.scale)
    finally:
        database.close()
    print(
        f"Demodata inläst: {counts.areas} områden, {counts.safety_points} trygghetspunkter, "
        f"{counts.equipment} utrustning, {counts.contacts} kontakter, "
        f"{counts.role_assignments} rolltilldelningar ({database.path})"
    )
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from trygghetsapp.services import transfer

    database = _open(args)
    try:
        if args.output and args.output != "-":
            transfer.export_to_file(database, Path(args.output))
        else:
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            transfer.write_export(database, sys.stdout)
    finally:
        database.close()
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from trygghetsapp.services import transfer

    database = _open(args)
    try:
        counts = transfer.import_file(database, Path(args.file))
    finally:
        database.close()
    print(
        f"Import klar: {counts['added']} nya, {counts['updated']} ändrade, "
        f"{counts['unchanged']} oförändrade poster."
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from trygghetsapp.services.checks import check_database

    database = _open(args)
    try:
        problems = check_database(database)
    finally:
        database.close()
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_FAILED
    print(f"OK: {database.path}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from trygghetsapp.services import backups

    database = _open(args)
    try:
        target = backups.backup(database, Path(args.output) if args.output else None)
    finally:
        database.close()
    print(f"Säkerhetskopia sparad: {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from trygghetsapp.services import backups
    from trygghetsapp.store import health

    source = Path(args.file)
    try:
        database = _open(args)
    except health.DamagedDatabaseError as damaged:
        backups.check_restorable(source)
        aside = health.recover_from_backup(damaged.path, source)
        print(f"Återställd från {source}. Den skadade filen är sparad som {aside}")
        return EXIT_OK
    try:
        safety = backups.restore(database, source)
    finally:
        database.close()
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
