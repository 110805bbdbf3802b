"""The data commands: demo, export-json, import-json, check, backup, backup-folder, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from trygghetsapp.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    count,
    db_path,
    make_folder,
    output_file,
    reading,
    refuse_server,
    take_writer_lock,
    writing,
)
from trygghetsapp.domain.errors import DomainError


def cmd_demo(args: argparse.Namespace) -> int:
    from trygghetsapp.services.demo import load_demo

    with writing(args, "demo") as database:
        counts = load_demo(database, seed=args.seed, scale=args.scale)
    print(
        f"Demodata inläst: {count(counts.areas, 'område')}, "
        f"{count(counts.safety_points, 'trygghetspunkt')}, "
        f"{count(counts.equipment, 'utrustning')}, {count(counts.contacts, 'kontakt')}, "
        f"{count(counts.role_assignments, 'rolltilldelning')} ({database.path})"
    )
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from trygghetsapp.services import transfer

    to_file = bool(args.output) and args.output != "-"
    target = output_file(args.output) if to_file else None
    with reading(args, "export-json") as database:
        if target is not None:
            transfer.export_to_file(database, target)
        else:
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            transfer.write_export(database, sys.stdout)
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from trygghetsapp.services import transfer

    with writing(args, "import-json") as database:
        counts = transfer.import_file(database, Path(args.file))
    print(
        f"Import klar: {count(counts['added'], 'ny')}, {count(counts['updated'], 'ändrad')}, "
        f"{count(counts['unchanged'], 'oförändrad post')}."
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

    chosen = output_file(args.output) if args.output else None
    with reading(args, "backup") as database:
        target = backups.backup(database, chosen)
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

    refuse_server(args, "återställning från en säkerhetskopia", "restoring from a backup")
    source = Path(args.file)
    path = db_path(args)
    make_folder(path)
    lock = take_writer_lock(path, "restore")
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


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help="fyll databasen med demodata (FIKTIV)")
    demo.add_argument("--seed", type=int, default=1, help="slumpfrö (samma frö ger samma data)")
    demo.add_argument(
        "--scale", type=int, default=0, metavar="N", help="lägg till N syntetiska områden"
    )
    demo.set_defaults(run=cmd_demo)

    export = commands.add_parser("export-json", help="alla poster som kanonisk JSON")
    export.add_argument(
        "-o", "--output", metavar="FIL", help="fil (annars skrivs den ut i terminalen)"
    )
    export.set_defaults(run=cmd_export_json)

    imp = commands.add_parser(
        "import-json", help="läs in en export-json-fil (allt eller inget, i en transaktion)"
    )
    imp.add_argument("file", metavar="FIL", help="filen från export-json")
    imp.set_defaults(run=cmd_import_json)

    check = commands.add_parser("check", help="kontrollera databasens integritet (0 = felfri)")
    check.set_defaults(run=cmd_check)

    backup = commands.add_parser("backup", help="gör en kontrollerad säkerhetskopia")
    backup.add_argument("-o", "--output", metavar="FIL", help="målfil (annars backupmappen)")
    backup.set_defaults(run=cmd_backup)

    restore = commands.add_parser(
        "restore", help="återställ från en säkerhetskopia (det som ersätts sparas först)"
    )
    restore.add_argument("file", metavar="FIL", help="säkerhetskopian att återställa")
    restore.set_defaults(run=cmd_restore)

    folder = commands.add_parser(
        "backup-folder",
        help="en andra mapp (t.ex. ett USB-minne) som också får dagens säkerhetskopia",
    )
    folder.add_argument("action", choices=["show", "set", "off"], nargs="?", default="show")
    folder.add_argument("folder", metavar="MAPP", nargs="?", help="mappen (med set)")
    folder.set_defaults(run=cmd_backup_folder)
