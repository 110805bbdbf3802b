"""Data in and out for the office, the county and the residents: import-xlsx, export-xlsx,
export-gis and export-web (the poster is `export-pdf --kind poster`).

openpyxl and the writers are imported when a command runs, so `--help` and the window's start
load none of them. `import-xlsx` takes the database's lock (it writes); with `--dry-run`, and every
export, it reads beside whoever holds it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trygghetsapp.cli.common import EXIT_FAILED, EXIT_OK, output_file, reading, writing
from trygghetsapp.cli.common import count as count_of

if TYPE_CHECKING:
    from trygghetsapp.services.workbook.importer import ImportPreview

PROFILES = ("public", "internal")
GIS_FORMATS = ("gpkg", "geojson", "kml", "csv")
GIS_SUFFIXES = {
    "gpkg": (".gpkg",),
    "geojson": (".geojson", ".json"),
    "kml": (".kml",),
    "csv": (".csv",),
}
"""The file names each --format is written to (GIS programs go by the suffix)."""
SHOWN_CHANGES = 200


def _summary(preview: ImportPreview) -> str:
    """'3 nya, 1 ändrad, 0 oförändrade, 2 fel' (each count with its word in the right number)."""
    return (
        f"{count_of(len(preview.new), 'ny')}, {count_of(len(preview.changed), 'ändrad')}, "
        f"{count_of(preview.unchanged, 'oförändrad')}, "
        f"{len(preview.errors) + preview.more_errors} fel"
    )


def _print_preview(preview: ImportPreview, out: Any) -> None:
    for mapping in preview.mappings:
        if mapping.sheet_key is None:
            if mapping.how == "unknown":
                print(f"Obs: bladet {mapping.title!r} känns inte igen och läses inte.", file=out)
            continue
        for header in mapping.unknown_headers:
            print(
                f"Obs: kolumnen {header!r} på bladet {mapping.title!r} känns inte igen och "
                "läses inte.",
                file=out,
            )
    for counts in preview.counts:
        print(
            f"  {counts.sheet}: {count_of(counts.new, 'ny')}, "
            f"{count_of(counts.changed, 'ändrad')}, {count_of(counts.unchanged, 'oförändrad')}",
            file=out,
        )
    if preview.changed:
        print("Ändringar:", file=out)
        for change in preview.changed[:SHOWN_CHANGES]:
            print(f"  {change.text()}", file=out)
        if len(preview.changed) > SHOWN_CHANGES:
            print(f"  … och {len(preview.changed) - SHOWN_CHANGES} till", file=out)
    if preview.errors:
        print(f"Fel ({len(preview.errors) + preview.more_errors}):", file=sys.stderr)
        for error in preview.errors:
            print(f"  {error.text()}", file=sys.stderr)
        if preview.more_errors:
            print(f"  … och {preview.more_errors} fel till", file=sys.stderr)


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from trygghetsapp.services.workbook import importer

    path = Path(args.file)
    if args.dry_run:
        with reading(args, "import-xlsx --dry-run") as database:
            preview = importer.preview_import(database, path)
        print(f"Provläsning av {path}: {_summary(preview)}")
        _print_preview(preview, sys.stdout)
        if preview.errors:
            print("Filen har fel. Inget har skrivits.", file=sys.stderr)
            return EXIT_FAILED
        print("Inget har skrivits (--dry-run).")
        return EXIT_OK
    with writing(args, "import-xlsx") as database:
        try:
            result = importer.import_workbook(database, path)
        except importer.ImportRefused as refused:
            print(f"Läsning av {path}: {_summary(refused.preview)}")
            _print_preview(refused.preview, sys.stdout)
            print("Filen har fel. Inget har skrivits.", file=sys.stderr)
            return EXIT_FAILED
    _print_preview(result.preview, sys.stdout)
    print(
        f"Import klar: {count_of(result.added, 'ny')}, {count_of(result.updated, 'ändrad')}, "
        f"{count_of(result.unchanged, 'oförändrad post')}."
    )
    return EXIT_OK


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    output = output_file(args.output, (".xlsx",))
    if args.county:
        from trygghetsapp.services.workbook.county import export_county_report

        with reading(args, "export-xlsx --county") as database:
            count = export_county_report(database, output)
        print(f"Rapport till länsstyrelsen sparad: {output} ({count_of(count, 'trygghetspunkt')})")
        return EXIT_OK
    from trygghetsapp.services.workbook.exporter import export_workbook

    with reading(args, "export-xlsx") as database:
        counts = export_workbook(database, output, template=args.template)
    if args.template:
        print(f"Tom mall sparad: {output}")
    else:
        print(f"Arbetsbok sparad: {output} ({count_of(counts.total(), 'post')}, profil: intern)")
    return EXIT_OK


def cmd_export_gis(args: argparse.Namespace) -> int:
    from trygghetsapp.reports.gis import export_gis
    from trygghetsapp.services.publication import publication

    target = output_file(args.output, GIS_SUFFIXES[args.format])
    with reading(args, "export-gis") as database:
        published = publication(database, args.profile, include_planned=not args.skip_planned)
    count = export_gis(published, args.format, target)
    print(
        f"{args.format} sparad: {args.output} ({count_of(count, 'trygghetspunkt')}, "
        f"profil: {published.profile_sv})"
    )
    return EXIT_OK


def cmd_export_web(args: argparse.Namespace) -> int:
    from trygghetsapp.reports.web import export_web
    from trygghetsapp.services.publication import publication

    target = output_file(args.output, (".html", ".htm"))
    with reading(args, "export-web") as database:
        published = publication(database, args.profile, include_planned=not args.skip_planned)
    export_web(published, target)
    print(
        f"Webbsida sparad: {args.output} "
        f"({count_of(len(published.points), 'trygghetspunkt')}, "
        f"profil: {published.profile_sv})"
    )
    return EXIT_OK


def add_profile_options(parser: Any) -> None:
    """--profile (public unless internal is asked for) and --skip-planned."""
    parser.add_argument(
        "--profile",
        choices=PROFILES,
        default="public",
        help="public (standard: inga personuppgifter, inga nyckel-, Rakel- eller "
        "reservkraftsdetaljer) eller internal (allt, för kommunens eget bruk)",
    )
    parser.add_argument(
        "--skip-planned",
        action="store_true",
        help="ta inte med planerade trygghetspunkter (bara de som är i drift eller utrustas)",
    )


def register(commands: Any) -> None:
    imp = commands.add_parser(
        "import-xlsx",
        help="läs in en Excel-arbetsbok (förhandsgranskning, sedan allt eller inget)",
        description="Läs in områden, trygghetspunkter, utrustning, kontakter, roller och kanaler "
        "från en Excel-arbetsbok (ett blad per posttyp, rubriker på svenska eller engelska). "
        "Rader med id eller samma namn uppdaterar posten i stället för att lägga till den. "
        "Alla fel i filen visas på en gång; med fel skrivs ingenting.",
    )
    imp.add_argument("file", metavar="FIL")
    imp.add_argument(
        "--dry-run", action="store_true", help="visa vad som skulle ändras, skriv ingenting"
    )
    imp.set_defaults(run=cmd_import_xlsx)

    exp = commands.add_parser(
        "export-xlsx",
        help="Excel-arbetsbok med allt (kan läsas in igen), tom mall eller länsstyrelserapport",
    )
    which = exp.add_mutually_exclusive_group()
    which.add_argument("--template", action="store_true", help="tom mall att fylla i")
    which.add_argument(
        "--county",
        action="store_true",
        help="rapport till länsstyrelsen: punkter, kapacitet, reservkraft, SWEREF 99 TM och WGS 84",
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    exp.set_defaults(run=cmd_export_xlsx)

    gis = commands.add_parser(
        "export-gis",
        help="trygghetspunkterna för GIS: GeoPackage (SWEREF 99 TM), GeoJSON, KML, CSV",
        description="GeoPackage i SWEREF 99 TM (EPSG:3006) med lagren trygghetspunkter och "
        "omraden, GeoJSON och KML i WGS 84, CSV för Excel (semikolon, UTF-8, båda "
        "koordinatsystemen). Publik profil om inte --profile internal anges.",
    )
    gis.add_argument("--format", choices=GIS_FORMATS, required=True)
    add_profile_options(gis)
    gis.add_argument("-o", "--output", required=True, metavar="FIL")
    gis.set_defaults(run=cmd_export_gis)

    web = commands.add_parser(
        "export-web",
        help="en webbsida (en fil, inget skript) med trygghetspunkterna för invånarna",
    )
    add_profile_options(web)
    web.add_argument("-o", "--output", required=True, metavar="FILE.html")
    web.set_defaults(run=cmd_export_web)
