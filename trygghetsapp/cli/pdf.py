"""`trygghetsapp export-pdf`: checklists, inspection forms or role cards from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trygghetsapp.cli.common import EXIT_OK, reading
from trygghetsapp.domain.errors import DomainError

KINDS = ("checklist", "inventory", "rolecards", "poster")
"""The document kinds (`reports.kinds.KINDS`, and the poster of `reports.poster`); repeated here so
`--help` does not load reportlab."""


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from trygghetsapp.reports.batch import export_pdfs, is_folder_target
    from trygghetsapp.services import areas

    out_path = Path(args.output)
    if args.kind == "poster":
        return _posters(args, out_path)
    if args.profile_given or args.skip_planned or args.paper != "A4":
        raise DomainError(
            "kind",
            "--profile, --paper och --skip-planned gäller affischen (--kind poster); de andra "
            "dokumenten är interna och skrivs på A4",
            "--profile, --paper and --skip-planned are for the poster (--kind poster); the "
            "other documents are internal and printed on A4",
        )
    with reading(args, "export-pdf") as database:
        if args.all:
            area_ids = [a.id for a in areas.list_areas(database)]
            if not area_ids:
                raise DomainError("area", "databasen har inga områden", "the database has no areas")
        else:
            area_ids = list(dict.fromkeys(areas.find_area(database, n).id for n in args.area))
        written = export_pdfs(database, area_ids, args.kind, out_path)
    if is_folder_target(out_path):
        print(f"{len(written)} PDF-filer sparade i {out_path}")
    else:
        print(f"PDF sparad: {out_path} ({len(area_ids)} områden)")
    return EXIT_OK


def _posters(args: argparse.Namespace, out_path: Path) -> int:
    from trygghetsapp.reports.batch import is_folder_target
    from trygghetsapp.reports.poster import export_posters
    from trygghetsapp.services import areas
    from trygghetsapp.services.publication import publication

    with reading(args, "export-pdf --kind poster") as database:
        area_ids = None
        if not args.all:
            area_ids = list(dict.fromkeys(areas.find_area(database, n).id for n in args.area))
        published = publication(
            database, args.profile, include_planned=not args.skip_planned, area_ids=area_ids
        )
    folder = is_folder_target(out_path)
    written = export_posters(published, out_path, args.paper, folder=folder)
    where = f"{len(written)} affischer sparade i {out_path}" if folder else "Affischer sparade: "
    if not folder:
        where += f"{out_path} ({len(published.points)} sidor)"
    print(f"{where} (profil: {published.profile_sv})")
    return EXIT_OK


class _Profile(argparse.Action):
    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        namespace.profile = values
        namespace.profile_given = True


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-pdf",
        help="skriv ut krischecklista, inventeringsprotokoll eller rollkort som PDF",
        description="Skriv PDF för valda områden. -o MAPP/ ger en fil per område; "
        "-o FIL.pdf ger en samlad fil med ett bokmärke per område.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--area", action="append", metavar="NAMN_ELLER_ID", help="område (kan upprepas)"
    )
    which.add_argument("--all", action="store_true", help="alla områden")
    parser.add_argument(
        "--kind",
        choices=list(KINDS),
        default="checklist",
        help="checklist (krischecklista), inventory (inventeringsprotokoll), rolecards (rollkort), "
        "poster (affisch per trygghetspunkt för anslagstavlan, publik profil)",
    )
    parser.add_argument(
        "--paper", choices=["A4", "A3"], default="A4", help="affischens pappersstorlek"
    )
    parser.add_argument(
        "--profile",
        choices=["public", "internal"],
        default="public",
        action=_Profile,
        help="affischens profil: public (standard) eller internal",
    )
    parser.add_argument(
        "--skip-planned", action="store_true", help="affischer bara för punkter i drift"
    )
    parser.set_defaults(profile_given=False)
    parser.add_argument("-o", "--output", required=True, metavar="PATH", help="MAPP/ eller FIL.pdf")
    parser.set_defaults(run=cmd_export_pdf)
