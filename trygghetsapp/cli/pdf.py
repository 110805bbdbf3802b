"""`trygghetsapp export-pdf`: checklists, inspection forms or role cards from the command line;
`trygghetsapp templates`: check and preview the municipality's own checklist wording."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from trygghetsapp.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    chosen_areas,
    count,
    output_file,
    output_folder_or_file,
    reading,
)
from trygghetsapp.domain.errors import DomainError

KINDS = ("checklist", "inventory", "rolecards", "poster")
"""The document kinds (`reports.kinds.KINDS`, and the poster of `reports.poster`); repeated here so
`--help` does not load reportlab."""


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from trygghetsapp.logs import configure_logging
    from trygghetsapp.reports.batch import export_pdfs, is_folder_target
    from trygghetsapp.services import areas

    configure_logging()  # what could not be printed as asked goes to the log file too
    poster = args.kind == "poster"
    out_path = output_folder_or_file(
        args.output,
        ".pdf",
        "en PDF per trygghetspunkt" if poster else "en PDF per område",
        "one PDF per safety point" if poster else "one PDF per area",
        "alla i en fil",
        "all in one file",
    )
    if poster:
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
            area_ids = chosen_areas(database, args.area)
        notes: list[str] = []
        written = export_pdfs(database, area_ids, args.kind, out_path, notes=notes)
    for note in notes:
        print(f"Varning: {note}", file=sys.stderr)
    if is_folder_target(out_path):
        saved = "PDF-fil sparad" if len(written) == 1 else "PDF-filer sparade"
        print(f"{len(written)} {saved} i {out_path}")
    else:
        print(f"PDF sparad: {out_path} ({count(len(area_ids), 'område')})")
    return EXIT_OK


def cmd_templates_folder(args: argparse.Namespace) -> int:
    from trygghetsapp.reports.templates import checklist_dir, municipal_dir

    folder = municipal_dir()
    state = "finns" if folder.is_dir() else "finns inte än: skapa den för att använda egna mallar"
    print(f"Kommunens mallar: {folder} ({state})")
    print(f"Levererade mallar (förebild, ändra inte här): {checklist_dir()}")
    return EXIT_OK


def cmd_templates_check(args: argparse.Namespace) -> int:
    """Every file checked by the printing rules; each refusal named with its file and reason."""
    from trygghetsapp.reports import templates

    path = Path(args.path) if args.path else templates.municipal_dir()
    files = [path] if path.is_file() else sorted(path.glob("*.toml")) if path.is_dir() else []
    if not files:
        raise DomainError("mallar", f"inga mallar (*.toml) i {path}", f"no templates in {path}")
    failed = 0
    for file in files:
        try:
            template = templates.load_template(file)
        except DomainError as error:
            failed += 1
            print(f"FEL  {file}: {error.message_sv}")
            continue
        items = sum(len(s.items) for s in template.sections)
        print(f"OK   {file.name}: {template.name} ({template.placement}, "
              f"{count(len(template.sections), 'avsnitt')}, {count(items, 'rad')})")  # fmt: skip
    if not failed:
        try:
            with _as_folder(path) as folder:
                chosen = templates.template_set(folder, strict=True)
        except DomainError as error:
            failed += 1
            print(f"FEL  tillsammans med de levererade mallarna: {error.message_sv}")
        else:
            replaced = ", ".join(chosen.municipal) or "inga"
            print(f"Ersätter eller lägger till: {replaced}")
    return EXIT_FAILED if failed else EXIT_OK


def cmd_templates_preview(args: argparse.Namespace) -> int:
    """The checklist of one area as the municipality's templates would print it."""
    from trygghetsapp.reports import kinds
    from trygghetsapp.reports.templates import municipal_dir
    from trygghetsapp.services.dossier import area_dossier

    path = Path(args.path) if args.path else municipal_dir()
    out = output_file(args.output, (".pdf",))
    with reading(args, "templates preview") as database:
        dossier = area_dossier(database, chosen_areas(database, [args.area])[0])
    meta = kinds.metadata(args.kind, [dossier.area.name], "Förhandsgranskning av mallar",
                          fictional=dossier.fictional)  # fmt: skip
    with _as_folder(path) as folder:
        kinds.render_stream(iter([dossier]), 1, args.kind, out, meta, templates=folder, strict=True)
    print(f"Förhandsgranskning sparad: {out}")
    return EXIT_OK


class _as_folder:
    """A single template file checked as the municipality's folder would hold it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temporary: str | None = None

    def __enter__(self) -> Path:
        if self.path.is_file():
            self.temporary = tempfile.mkdtemp(prefix="trygghetsapp-mall-")
            shutil.copy(self.path, Path(self.temporary) / self.path.name)
            return Path(self.temporary)
        return self.path

    def __exit__(self, *exc: object) -> None:
        if self.temporary:
            shutil.rmtree(self.temporary, ignore_errors=True)


def _posters(args: argparse.Namespace, out_path: Path) -> int:
    from trygghetsapp.reports.batch import is_folder_target
    from trygghetsapp.reports.poster import export_posters
    from trygghetsapp.services.publication import publication

    with reading(args, "export-pdf --kind poster") as database:
        area_ids = None
        if not args.all:
            area_ids = chosen_areas(database, args.area)
        published = publication(
            database, args.profile, include_planned=not args.skip_planned, area_ids=area_ids
        )
    folder = is_folder_target(out_path)
    written = export_posters(published, out_path, args.paper, folder=folder)
    saved = "affisch sparad" if len(written) == 1 else "affischer sparade"
    where = f"{len(written)} {saved} i {out_path}" if folder else "Affischer sparade: "
    if not folder:
        where += f"{out_path} ({count(len(published.points), 'sida')})"
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
    parser.add_argument("-o", "--output", required=True, metavar="UT", help="MAPP/ eller FIL.pdf")
    parser.set_defaults(run=cmd_export_pdf)

    templates = commands.add_parser(
        "templates",
        help="kontrollera och förhandsgranska kommunens egna checklistmallar",
        description="Kommunens egna mallar ligger i en egen mapp (se 'templates folder'): en fil "
        "med samma namn som en levererad mall ersätter den, ett nytt namn lägger till. Mallarna "
        "prövas mot samma regler som vid utskrift (5–9 rader per avsnitt, högst 150 tecken).",
    )
    which_cmd = templates.add_subparsers(dest="templates_command", metavar="KOMMANDO")
    which_cmd.required = True
    folder = which_cmd.add_parser("folder", help="var kommunens mallar läses")
    folder.set_defaults(run=cmd_templates_folder)
    check = which_cmd.add_parser("check", help="pröva mallar; en trasig fil nämns med skäl")
    check.add_argument("path", nargs="?", help="fil eller mapp (annars kommunens mapp)")
    check.set_defaults(run=cmd_templates_check)
    preview = which_cmd.add_parser(
        "preview", help="skriv ett områdes checklista med mallarna, som PDF"
    )
    preview.add_argument("path", nargs="?", help="fil eller mapp (annars kommunens mapp)")
    preview.add_argument("--area", required=True, metavar="NAMN_ELLER_ID", help="område")
    preview.add_argument("--kind", choices=list(KINDS[:3]), default="checklist")
    preview.add_argument("-o", "--output", required=True, metavar="FIL.pdf")
    preview.set_defaults(run=cmd_templates_preview)
