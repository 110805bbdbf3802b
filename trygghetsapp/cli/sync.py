"""`trygghetsapp sync ...` and `trygghetsapp device ...` subcommands.

Exit codes follow trygghetsapp.cli: 0 done, 1 refused or failed (one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from trygghetsapp.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    count,
    output_folder_or_file,
    reading,
    writing,
)
from trygghetsapp.domain.errors import DomainError


def _print_import(item: object) -> None:
    from trygghetsapp.sync.importer import ImportReport

    assert isinstance(item, ImportReport)
    if item.outcome == "duplicate":
        print(f"{item.path.name}: redan inläst, inget ändrat")
        return
    if item.outcome == "refused":
        print(f"{item.path.name}: AVVISAD: {item.message}", file=sys.stderr)
        return
    if item.outcome == "ignored":
        print(f"{item.path.name}: lämnas kvar till kontoret (från en annan fältdator)")
        return
    print(
        f"{item.path.name}: {count(item.new_changes, 'ny ändring')}, "
        f"{count(item.new_records, 'ny')} och {count(item.changed_records, 'ändrad')} "
        f"{'post' if item.changed_records == 1 else 'poster'}, "
        f"{count(item.conflicts, 'konflikt')}" + (f" (från {item.source})" if item.source else "")
    )
    if item.not_own:
        print(
            f"  {count(item.not_own, 'ändring')} märkta med en annan enhet lämnades utanför "
            f"(bara enheten själv, eller kontoret, får skicka dem)"
        )
    for skipped in item.skipped:
        print(f"  hoppade över {skipped}")
    for device in item.clock_warnings:
        print(f"  Varning: klockan på enhet {device} går mer än ett dygn före", file=sys.stderr)
    for row in item.held_rows:
        print(f"  väntar på överordnad post: {row}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from trygghetsapp.sync.exporter import export_package
    from trygghetsapp.sync.package import SUFFIX

    target = output_folder_or_file(
        args.output,
        SUFFIX,
        "paketet får sitt namn där",
        "the package is named there",
        "paketets namn",
        "the package's name",
    )
    with writing(args, "sync export") as database:
        report = export_package(database, target, full=args.full)
    print(f"Paket skrivet: {report.path} ({count(report.changes, 'ändring')})")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from trygghetsapp.sync.importer import import_file
    from trygghetsapp.sync.reader import PackageError
    from trygghetsapp.sync.status import sync_status

    failed = False
    with writing(args, "sync import") as database:
        for name in args.files:
            try:
                report = import_file(database, Path(name), salvage=args.salvage)
            except PackageError as error:
                print(f"Fel: {error}", file=sys.stderr)
                failed = True
                continue
            _print_import(report)
        for line in sync_status(database).missing_messages():
            print(line)
    return EXIT_FAILED if failed else EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from trygghetsapp.sync.status import sync_status

    with reading(args, "sync status") as database:
        status = sync_status(database)
    print(f"Enhet: {status.device_name} ({status.role}) {status.device_id}")
    print(
        f"Egna ändringar: {status.last_seq}, exporterade: {status.exported_seq}, "
        f"ej exporterade: {status.pending_export}"
    )
    ack = (
        "inget kontorspaket än"
        if status.office_acknowledged is None
        else str(status.office_acknowledged)
    )
    print(f"Kvitterat av kontoret: {ack}")
    print(
        f"Senaste export: {status.last_export or '-'}, senaste import: {status.last_import or '-'}"
    )
    print(f"Senaste synk: {status.last_sync or '-'}")
    print(f"Öppna konflikter: {status.open_conflicts}")
    for device in status.devices:
        flags = " KLOCKA FÖRE" if device.clock_suspicious else ""
        me = " (denna)" if device.is_self else ""
        print(
            f"  {device.name or device.device_id}{me}: t.o.m. {device.applied_seq}, "
            f"väntande {device.held}{flags}"
        )
    for line in status.missing_messages():
        print(line)
    for line in status.waiting_messages():
        print(line)
    for line in status.lacking_messages():
        print(line)
    for refused in status.refused_files:
        print(f"Avvisad fil: {refused}")
    if status.quarantined_files:
        print(f"I karantän: {count(len(status.quarantined_files), 'fil')} (se mappen karantän)")
    for warning in status.warnings:
        print(f"Varning: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from trygghetsapp.sync.conflicts import list_conflicts

    with reading(args, "sync conflicts") as database:
        conflicts = list_conflicts(database)
    if args.json:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        print(json.dumps([c.as_json() for c in conflicts], ensure_ascii=False, indent=1))
        return EXIT_OK
    if not conflicts:
        print("Inga konflikter.")
    for c in conflicts:
        losers = ", ".join(f"{v.value!r} ({v.device_name})" for v in c.losers)
        print(
            f"{c.entity} {c.label} {c.field}: {c.winner.value!r} ({c.winner.device_name}) "
            f"mot {losers}"
        )
    return EXIT_OK


def cmd_now(args: argparse.Namespace) -> int:
    from trygghetsapp.sync.folder import sync_now
    from trygghetsapp.sync.setting import set_folder

    with writing(args, "sync now") as database:
        if args.folder and not args.dry_run:
            set_folder(database, Path(args.folder))
        report = sync_now(
            database, Path(args.folder) if args.folder else None, dry_run=args.dry_run
        )
    if report.exported is not None and report.exported.path is not None:
        print(f"Skrev {report.exported.path.name} ({count(report.exported.changes, 'ändring')})")
    for item in report.files:
        _print_import(item)
    for line in report.missing:
        print(line)
    prefix = "Förhandsvisning (inget sparat): " if report.dry_run else "Synk klar: "
    print(
        f"{prefix}{count(report.new_records, 'ny post')}, "
        f"{count(report.changed_records, 'ändrad')}, {count(report.conflicts, 'konflikt')}, "
        f"{count(len(report.refused), 'avvisad fil')}"
    )
    return EXIT_FAILED if report.refused else EXIT_OK


def cmd_device(args: argparse.Namespace) -> int:
    from trygghetsapp.sync import device

    if args.action == "rename":
        if not args.value:
            raise DomainError("name", "ange ett namn", "give a name")
        with writing(args, "device rename") as database:
            view = device.rename_device(database, " ".join(args.value))
    elif args.action == "role":
        if len(args.value) != 1:
            raise DomainError("role", "ange field eller office", "give field or office")
        with writing(args, "device role") as database:
            view = device.set_role(database, args.value[0])
    else:
        with reading(args, "device") as database:
            view = device.get_device(database)
    print(f"{view.name} ({view.role}) id {view.id}, {count(view.last_seq, 'egen ändring')}")
    return EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser("sync", help="filsynk mellan datorer (paket)")
    sub = sync.add_subparsers(dest="sync_command", metavar="KOMMANDO", required=True)

    export = sub.add_parser("export", help="skriv ett paket med det mottagaren kan sakna")
    export.add_argument("-o", "--output", required=True, metavar="DIR_OR_FILE")
    export.add_argument("--full", action="store_true", help="allt denna dator har")
    export.set_defaults(run=cmd_export)

    imp = sub.add_parser("import", help="läs in paket (i valfri ordning, valfritt antal gånger)")
    imp.add_argument("files", nargs="+", metavar="FIL")
    imp.add_argument(
        "--salvage",
        action="store_true",
        help="försök läsa ett skadat paket (signerade paket avvisas ändå hela)",
    )
    imp.set_defaults(run=cmd_import)

    status = sub.add_parser("status", help="vad som skickats, kvitterats och saknas")
    status.set_defaults(run=cmd_status)

    conflicts = sub.add_parser("conflicts", help="öppna konflikter")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(run=cmd_conflicts)

    now = sub.add_parser("now", help="Synka nu: skriv eget paket i mappen och läs in nya")
    now.add_argument("--folder", metavar="MAPP", help="synkmapp (sparas till nästa gång)")
    now.add_argument("--dry-run", action="store_true", help="visa vad som skulle ändras")
    now.set_defaults(run=cmd_now)

    device = commands.add_parser("device", help="visa, byt namn på eller roll för denna dator")
    device.add_argument("action", nargs="?", choices=["show", "rename", "role"], default="show")
    device.add_argument(
        "value", nargs="*", metavar="VÄRDE", help="nytt namn (rename) eller field/office (role)"
    )
    device.set_defaults(run=cmd_device)
