"""`trygghetsapp export-pdf`: checklists, inspection forms or role cards from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trygghetsapp.cli.common import EXIT_OK, reading
from trygghetsapp.domain.errors import DomainError

KINDS = ("checklist", "inventory", "rolecards")
"""The document kinds (`reports.kinds.KINDS`); repeated here so `--help` does not load reportlab."""


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from trygghetsapp.reports.batch import export_pdfs, is_folder_target
    from trygghetsapp.services import areas

    out_path = Path(args.output)
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
        help="checklist (krischecklista), inventory (inventeringsprotokoll), rolecards (rollkort)",
    )
    parser.add_argument("-o", "--output", required=True, metavar="PATH", help="MAPP/ eller FIL.pdf")
    parser.set_defaults(run=cmd_export_pdf)
