"""Excel in and out (issue 18): a hand-made workbook, the round trip, update by id or name.

The hand-made workbooks are written with xlsxwriter, another library than the openpyxl that
reads them, the way a municipality's own lists arrive: Swedish headers, a merged title row above
the headers, Excel serial dates, decimal commas, a phone number that lost its leading zero.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from trygghetsapp.cli import main
from trygghetsapp.domain.coords import sweref99tm
from trygghetsapp.services import transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.services.workbook import exporter, importer
from trygghetsapp.services.workbook.importer import Overrides

EXCEL_SERIAL_2026_03_01 = 46082


def _sheet(book, name, title, headers, rows, merges=()):
    """A sheet as people make them: a merged title row, an empty row, then the table."""
    sheet = book.add_worksheet(name)
    sheet.merge_range(0, 0, 0, max(len(headers) - 1, 1), title)
    for column, header in enumerate(headers):
        sheet.write_string(2, column, header)
    for row_number, row in enumerate(rows, 3):
        for column, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, dt.date):
                sheet.write_datetime(
                    row_number, column, dt.datetime.combine(value, dt.time()), book.date_format
                )
            elif isinstance(value, bool):
                sheet.write_boolean(row_number, column, value)
            elif isinstance(value, int | float):
                sheet.write_number(row_number, column, value)
            else:
                sheet.write_string(row_number, column, value)
    for first_row, column, last_row in merges:
        sheet.merge_range(first_row, column, last_row, column, rows[first_row - 3][column])
    return sheet


def hand_made(path: Path, with_errors: bool = True) -> Path:
    """Six sheets of a municipality's own lists; with_errors puts in five mistakes."""
    book = xlsxwriter.Workbook(str(path))
    book.date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    _sheet(
        book,
        "Områden",
        "Krokoms trygghetsområden 2026",
        ["Område", "Kommun", "Byar", "Invånare", "Yta (km²)"],
        [
            ["Valsjöbyn", "Krokoms kommun", "Valsjöbyn, Gunnarvattnet", 140, "820,5"],
            ["Rötviken", "Krokoms kommun", "Rötviken; Rörvattnet", "160", 1100],
        ],
    )
    _sheet(
        book,
        "Trygghetspunkter",
        "Trygghetspunkter – beslutade av KS",
        [
            "Område",
            "Namn",
            "Typ",
            "Adress",
            "Latitud",
            "Longitud",
            "N (SWEREF 99 TM)",
            "E (SWEREF 99 TM)",
            "Nivå",
            "Status",
            "Tjänster",
            "Reservkraft",
            "Kapacitet dag",
        ],
        [
            [
                "Valsjöbyn",
                "Valsjöbyns lanthandel",
                "Lanthandel",
                "Byvägen 1, 830 90 Valsjöbyn",
                "91,5" if with_errors else "64,07",  # error 1: not in Sweden
                "14,0",
                None,
                None,
                "Nivå 1",
                "I drift",
                "Värme och vila, Toalett; Laddning",
                "Fast",
                "40 personer",
            ],
            [
                "Rötviken",
                "Rötvikens bystuga",
                "Bygdegård",
                "Bystugevägen 3",
                None,
                None,
                7_100_000,
                470_000,
                2,
                "Planerad",
                "Information",
                "Förberedd",
                25,
            ],
        ],
    )
    _sheet(
        book,
        "Utrustning",
        "Inventering mars 2026",
        [
            "Område",
            "Trygghetspunkt",
            "Kategori",
            "Benämning",
            "Antal",
            "Enhet",
            "Skick",
            "Senast kontrollerad",
            "Effekt (kVA)",
        ],
        [
            [
                "Valsjöbyn",
                "Valsjöbyns lanthandel",
                "Elverk",
                "Dieselaggregat",
                1,
                "st",
                "OK",
                EXCEL_SERIAL_2026_03_01,  # a serial number without a date format
                "40,5",
            ],
            [
                "Valsjöbyn",
                "Valsjöbyns lanthandel",
                "Bränsle",
                "Diesel i tank",
                "1 000,5 l",
                None,
                "Halvtrasig" if with_errors else "Behöver service",  # error 2
                dt.date(2026, 2, 14),
                None,
            ],
            [
                "Valsjöbyn",
                "Valsjöbyns lanthandel",
                "Sjukvård",
                "Förbandslåda",
                2,
                "st",
                "ok",
                "32/13-2026" if with_errors else "1/3-2026",  # error 3: no such date
                None,
            ],
            [
                "Rötviken",
                "Rötvikens bystuga",
                "Brand / säkerhet",
                "Brandsläckare",
                1,
                "st",
                "OK",
                "2026-01-05",
                None,
            ],
            [
                "Rötviken",
                "Rötvikens bystuga",
                "Brand / säkerhet",
                "Brandsläckare",
                1,
                "st",
                "OK",
                "5 januari 2026",
                None,
            ],
        ],
    )
    _sheet(
        book,
        "Kontakter",
        "Kontaktlista (FIKTIV)",
        ["Område", "Namn", "Mobil", "E-post", "Ses över senast"],
        [
            ["Valsjöbyn", "Anna Persson", 701740600, "anna@example.se", "2027-01-31"],
            [
                "Valsjöbyn",
                "Erik Jonsson",
                "12345" if with_errors else "070-174 06 01",  # error 4
                None,
                EXCEL_SERIAL_2026_03_01 + 365,
            ],
            ["Rötviken", "Åsa Öberg", "070-174 06 02", None, None],
        ],
    )
    _sheet(
        book,
        "Rollbesättning",
        "Krisstab per område",
        ["Område", "Roll", "Ordinarie/ersättare", "Person"],
        [
            ["Valsjöbyn", "Lokal samordnare", "Ordinarie", "Anna Persson"],
            ["Valsjöbyn", "Lokal samordnare", "Ersättare 1", "Erik Jonsson"],
            [
                "Rötviken",
                "Lokal samordnare",
                "Ordinarie",
                "Okänd Person" if with_errors else "Åsa Öberg",  # error 5
            ],
        ],
    )
    _sheet(
        book,
        "Kanaler",
        "Informationskanaler",
        ["Område", "Typ", "Frekvens", "Fungerar utan el"],
        [
            ["Valsjöbyn", "P4", "P4 Jämtland 100,0 MHz", "Ja"],
            ["Rötviken", "Anslagstavla", "Vid bystugan", "x"],
        ],
    )
    book.close()
    return path


@pytest.fixture
def empty(database: Database) -> Database:
    return database


def _errors(preview: importer.ImportPreview) -> set[tuple[str, int, str]]:
    return {(e.sheet, e.row, e.column) for e in preview.errors}


def test_a_hand_made_workbook_shows_exactly_its_five_errors(tmp_path: Path, empty: Database):
    path = hand_made(tmp_path / "listor.xlsx")
    preview = importer.preview_import(empty, path)
    assert _errors(preview) == {
        ("Trygghetspunkter", 4, "Latitud"),
        ("Utrustning", 5, "Skick"),
        ("Utrustning", 6, "Senast kontrollerad"),
        ("Kontakter", 5, "Mobil"),
        ("Rollbesättning", 6, "Person"),
    }, [e.text() for e in preview.errors]
    texts = [e.text() for e in preview.errors]
    assert any(t.startswith("Kontakter rad 5, kolumn Mobil: ") for t in texts), texts
    with pytest.raises(importer.ImportRefused):
        importer.apply_import(empty, preview)
    assert transfer.export_text(empty) == transfer.export_text(empty)
    assert importer.preview_import(empty, path).errors  # nothing was written in between


def test_the_fixed_workbook_imports_as_people_typed_it(tmp_path: Path, empty: Database):
    path = hand_made(tmp_path / "listor.xlsx", with_errors=False)
    preview = importer.preview_import(empty, path)
    assert preview.ok, [e.text() for e in preview.errors]
    importer.apply_import(empty, preview)
    import json

    data = json.loads(transfer.export_text(empty))
    areas = {a["name"]: a for a in data["areas"]}
    assert areas["Valsjöbyn"]["area_km2"] == 820.5
    assert areas["Rötviken"]["villages"] == ["Rötviken", "Rörvattnet"]
    assert [m["name"] for m in data["municipalities"]] == ["Krokoms kommun"]
    points = {p["name"]: p for p in data["safety_points"]}
    shop = points["Valsjöbyns lanthandel"]
    assert (shop["kind"], shop["level"], shop["status"]) == ("shop", 1, "operational")
    assert shop["services"] == sorted(["warmth", "toilet", "charging"])
    assert (shop["latitude"], shop["capacity_day"], shop["reserve_power"]) == (64.07, 40, "fixed")
    hall = points["Rötvikens bystuga"]
    assert sweref99tm(hall["latitude"], hall["longitude"]) == (7_100_000, 470_000)
    items = {(e["name"], e["last_checked"]) for e in data["equipment"]}
    assert ("Dieselaggregat", "2026-03-01") in items  # Excel serial 46082
    assert ("Diesel i tank", "2026-02-14") in items
    assert ("Förbandslåda", "2026-03-01") in items  # 1/3-2026
    diesel = next(e for e in data["equipment"] if e["name"] == "Diesel i tank")
    assert (diesel["quantity"], diesel["unit"], diesel["condition"]) == (
        1000.5,
        "l",
        "needs_service",
    )
    generator = next(e for e in data["equipment"] if e["name"] == "Dieselaggregat")
    assert generator["facts"] == {"kva": 40.5} and generator["category"] == "reserve_power"
    assert len([e for e in data["equipment"] if e["name"] == "Brandsläckare"]) == 2
    phones = {c["name"]: c["phone"] for c in data["contacts"]}
    assert phones["Anna Persson"] == "+46701740600"  # the leading zero came back
    review = {c["name"]: c["review_date"] for c in data["contacts"]}
    assert review["Erik Jonsson"] == "2027-03-01"
    assert len(data["role_assignments"]) == 3
    assert {c["works_without_power"] for c in data["channels"]} == {True}


def test_import_export_import_reports_nothing_new(tmp_path: Path, empty: Database, capsys):
    """The acceptance: after fixing the errors, import, export-xlsx, import: 0 new, 0 changed."""
    path = hand_made(tmp_path / "listor.xlsx", with_errors=False)
    db = str(empty.path)
    empty.close()
    assert main(["--db", db, "import-xlsx", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Import klar: 18 nya" in out, out
    again = importer.preview_import(open_database(Path(db)), path)
    assert (len(again.new), len(again.changed)) == (0, 0), [c.text() for c in again.new]
    exported = tmp_path / "export.xlsx"
    assert main(["--db", db, "export-xlsx", "-o", str(exported)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "import-xlsx", str(exported)]) == 0
    out = capsys.readouterr().out
    assert "Import klar: 0 nya, 0 ändrade," in out, out


def test_export_then_import_into_a_fresh_database_gives_the_same_export_json(
    tmp_path: Path, demo_database: Database, capsys
):
    source = str(demo_database.path)
    demo_database.close()
    workbook = tmp_path / "allt.xlsx"
    assert main(["--db", source, "export-xlsx", "-o", str(workbook)]) == 0
    fresh = str(tmp_path / "fresh.sqlite")
    assert main(["--db", fresh, "import-xlsx", str(workbook)]) == 0
    capsys.readouterr()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["--db", source, "export-json", "-o", str(first)]) == 0
    assert main(["--db", fresh, "export-json", "-o", str(second)]) == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_the_workbook_is_made_for_people(tmp_path: Path, demo_database: Database):
    path = tmp_path / "allt.xlsx"
    exporter.export_workbook(demo_database, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:3] == ["Kommuner", "Områden", "Roller"]
    assert {"Översikt", "Om filen", "Listor"} <= set(book.sheetnames)
    assert book["Listor"].sheet_state == "hidden"
    sheet = book["Utrustning"]
    assert sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    id_letter = openpyxl.utils.get_column_letter(headers.index("Id") + 1)
    assert sheet.column_dimensions[id_letter].hidden
    condition = openpyxl.utils.get_column_letter(headers.index("Skick") + 1)
    rules = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    assert rules[f"{condition}2"].type == "list"
    assert rules[f"{condition}2"].formula1.startswith("Listor!")
    dates = [c for c in sheet[2] if isinstance(c.value, dt.datetime)]
    assert dates and all(c.number_format == "yyyy-mm-dd" for c in dates)
    overview = [c.value for c in book["Översikt"][1]]
    assert overview[:2] == ["Område", "Beredskap"] and book["Översikt"].max_row == 11
    assert "intern" in " ".join(str(c.value) for row in book["Om filen"] for c in row)


def test_cells_that_look_like_formulas_are_written_as_text(tmp_path: Path, empty: Database):
    from trygghetsapp.services import areas, safety_points

    area_id, _ = areas.create_area(empty, {"name": '=HYPERLINK("http://x","klicka")'})
    safety_points.create_safety_point(
        empty, {"area_id": area_id, "name": "@SUM(1+1)", "address": "+46 bad", "notes": "-2+3"}
    )
    path = tmp_path / "farlig.xlsx"
    exporter.export_workbook(empty, path)
    book = openpyxl.load_workbook(path)
    for sheet in ("Områden", "Trygghetspunkter"):
        for row in book[sheet].iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type != "f", (sheet, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.data_type == "s" and cell.quotePrefix
    again = importer.preview_import(empty, path)
    assert again.ok and not again.new and not again.changed


def test_the_template_is_empty_and_imports_to_nothing(tmp_path: Path, empty: Database, capsys):
    path = tmp_path / "mall.xlsx"
    assert main(["--db", str(empty.path), "export-xlsx", "--template", "-o", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    assert book["Trygghetspunkter"].max_row == 1
    assert any(v.type == "list" for v in book["Trygghetspunkter"].data_validations.dataValidation)
    preview = importer.preview_import(empty, path)
    assert preview.ok and not preview.new and not preview.changed


def test_update_by_natural_key_and_undo_as_one_step(tmp_path: Path, empty: Database):
    path = hand_made(tmp_path / "listor.xlsx", with_errors=False)
    importer.import_workbook(empty, path, backup_first=False)
    before = transfer.export_text(empty)
    changed = tmp_path / "andrad.xlsx"
    book = xlsxwriter.Workbook(str(changed))
    _sheet(
        book,
        "Trygghetspunkter",
        "Ändringar",
        ["Område", "Namn", "Adress", "Kapacitet natt"],
        [
            ["Valsjöbyn", "Valsjöbyns lanthandel", "Byvägen 2", 10],
            ["Rötviken", "Ny punkt", "Skolvägen 1", None],
        ],
    )
    book.close()
    preview = importer.preview_import(empty, changed)
    assert preview.ok, [e.text() for e in preview.errors]
    assert [c.text() for c in preview.changed] == [
        "Trygghetspunkter rad 4 (Valsjöbyns lanthandel): Adress: "
        "'Byvägen 1, 830 90 Valsjöbyn' -> 'Byvägen 2'; Kapacitet natt: '' -> '10'"
    ]
    assert [n.label for n in preview.new] == ["Ny punkt"]
    result = importer.apply_import(empty, preview, backup_first=False)
    assert (result.added, result.updated) == (1, 1)
    assert transfer.export_text(empty) != before
    seen: list[int] = []
    importer.undo_import(empty, result.undo, progress=seen.append)
    assert transfer.export_text(empty) == before
    assert seen[-1] == 100 and seen == sorted(seen)
    importer.redo_import(empty, result.undo)
    assert "Byvägen 2" in transfer.export_text(empty)


def test_apply_refuses_when_the_data_changed_after_the_preview(tmp_path: Path, empty: Database):
    from trygghetsapp.services import areas

    path = hand_made(tmp_path / "listor.xlsx", with_errors=False)
    preview = importer.preview_import(empty, path)
    areas.create_area(empty, {"name": "Valsjöbyn"})  # now the file's area name is ambiguous
    before = transfer.export_text(empty)
    with pytest.raises(importer.DomainError):
        importer.apply_import(empty, preview)
    assert transfer.export_text(empty) == before


def test_a_wizard_maps_unknown_sheets_and_headers(tmp_path: Path, empty: Database):
    from trygghetsapp.services import areas

    areas.create_area(empty, {"name": "Valsjöbyn"})
    path = tmp_path / "blad1.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Blad1")
    for column, header in enumerate(["Ort", "Lokalens namn", "Skostorlek"]):
        sheet.write_string(0, column, header)
    for column, value in enumerate(["Valsjöbyn", "Bystugan", "42"]):
        sheet.write_string(1, column, value)
    book.close()
    first = importer.preview_import(empty, path)
    assert first.mappings[0].how == "unknown" and first.errors  # nothing recognised
    # Its headers are offered for the mapping step, none of them read yet.
    assert first.mappings[0].unknown_headers == ("Ort", "Lokalens namn", "Skostorlek")
    assert first.mappings[0].header_row == 1
    overrides = Overrides(
        sheets={"Blad1": "safety_points"},
        columns={"Blad1": {"Ort": "@area", "Lokalens namn": "name", "Skostorlek": None}},
    )
    second = importer.preview_import(empty, path, overrides)
    assert second.ok, [e.text() for e in second.errors]
    assert second.mappings[0].sheet_key == "safety_points"
    assert [n.label for n in second.new] == ["Bystugan"]


def test_merged_cells_carry_their_value_down(tmp_path: Path, empty: Database):
    from trygghetsapp.services import areas, safety_points

    area_id, _ = areas.create_area(empty, {"name": "Valsjöbyn"})
    safety_points.create_safety_point(empty, {"area_id": area_id, "name": "Lanthandeln"})
    path = tmp_path / "sammanslagna.xlsx"
    book = xlsxwriter.Workbook(str(path))
    _sheet(
        book,
        "Utrustning",
        "Utrustning per punkt",
        ["Område", "Trygghetspunkt", "Benämning", "Antal"],
        [
            ["Valsjöbyn", "Lanthandeln", "Ficklampa", 4],
            [None, None, "Batterier", 20],
            [None, None, "Radio", 1],
        ],
        merges=[(3, 0, 5), (3, 1, 5)],
    )
    book.close()
    preview = importer.preview_import(empty, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert len(preview.new) == 3


def test_formulas_in_cells_are_errors_not_values(tmp_path: Path, empty: Database):
    path = tmp_path / "formler.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Områden")
    sheet.write_string(0, 0, "Område")
    sheet.write_string(0, 1, "Invånare")
    sheet.write_string(1, 0, "Valsjöbyn")
    sheet.write_formula(1, 1, "=100+40", None, 140)
    book.close()
    preview = importer.preview_import(empty, path)
    assert [e.text() for e in preview.errors] == [
        "Områden rad 2, kolumn Invånare: innehåller en formel; formler läses inte in "
        "(kopiera cellen och klistra in den som värde)"
    ]


def test_the_county_report(tmp_path: Path, demo_database: Database, capsys):
    path = tmp_path / "lansstyrelsen.xlsx"
    # On PostgreSQL the command opens the same server database by its URL.
    db = demo_database.location if demo_database.is_server else str(demo_database.path)
    demo_database.close()
    assert main(["--db", db, "export-xlsx", "--county", "-o", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    sheet = book["Trygghetspunkter"]
    headers = [c.value for c in sheet[1]]
    rows = [dict(zip(headers, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    assert len(rows) == 13
    for row in rows:
        assert sweref99tm(row["Latitud (WGS 84)"], row["Longitud (WGS 84)"]) == (
            row["N (SWEREF 99 TM)"],
            row["E (SWEREF 99 TM)"],
        )
    assert any(row["Reservkraft effekt (kVA)"] == 40 for row in rows)
    everything = " ".join(str(c.value) for s in book for row in s for c in row)
    assert "SWEREF 99 TM (EPSG:3006)" in everything
    assert "+4670174" not in everything and "070-174" not in everything  # no people


def test_progress_rises_to_100_and_a_stop_before_the_commit_writes_nothing(
    tmp_path: Path, empty: Database
):
    """The wizard's progress bar and Avbryt: the callback raising (as the window's worker does
    once Avbryt is pressed) rolls the whole import back, even after most rows were written."""
    path = hand_made(tmp_path / "listor.xlsx", with_errors=False)
    seen: list[int] = []
    preview = importer.preview_import(empty, path, progress=seen.append)
    assert seen[-1] == 100 and seen == sorted(seen) and len(set(seen)) > 2, seen
    before = transfer.export_text(empty)

    class Stop(Exception):
        pass

    def stop_at_the_end(percent: int) -> None:
        if percent == 100:  # every row is read and written: only the commit is left
            raise Stop

    with pytest.raises(Stop):
        importer.apply_import(empty, preview, backup_first=False, progress=stop_at_the_end)
    assert transfer.export_text(empty) == before
    done: list[int] = []
    result = importer.apply_import(empty, preview, backup_first=False, progress=done.append)
    assert result.added == 18 and done[-1] == 100


# --- Renamed records: the hidden id decides, the visible name is only for rows without one ---


def _columns(sheet) -> dict[str, int]:
    """Header -> column number (1 for A) of an exported sheet."""
    return {cell.value: cell.column for cell in sheet[1] if cell.value}


def _most_referenced_row(book, title: str) -> int:
    """The row of `title` whose hidden Id the other sheets hold most often."""
    sheet = book[title]
    id_column = _columns(sheet)["Id"]
    counts: dict[str, int] = {}
    for other in book.worksheets:
        if other.title == title:
            continue
        for row in other.iter_rows(min_row=2, values_only=True):
            for value in row:
                if isinstance(value, str):
                    counts[value] = counts.get(value, 0) + 1
    rows = range(2, sheet.max_row + 1)
    return max(rows, key=lambda r: (counts.get(sheet.cell(r, id_column).value, 0), -r))


# sheet, its name column, the export-json list and field the cell is, the new value
RENAMES = [
    ("Kommuner", "Kommun", "municipalities", "name", "Nya Krokom (FIKTIV)"),
    ("Områden", "Område", "areas", "name", "Åsarna-Ytterån (FIKTIV)"),
    ("Roller", "Roll", "roles", "name", "Samordnare på orten"),
    ("Trygghetspunkter", "Trygghetspunkt", "safety_points", "name", "Bygdegården Öst"),
    ("Utrustning", "Benämning", "equipment", "name", "Elverk 40 kVA (omdöpt)"),
    ("Kontakter", "Namn", "contacts", "name", "Anna Åsa Öberg (FIKTIV)"),
    ("Inventeringar", "Datum", "inspections", "date", dt.date(2026, 6, 30)),
]


def _rename(book, sheet_title: str, column: str, new: object) -> tuple[str, object]:
    """Changes one cell of the most referenced record, only there: every other sheet still
    shows the old name beside the record's hidden id. Returns (id, old value)."""
    sheet = book[sheet_title]
    row = _most_referenced_row(book, sheet_title)
    headers = _columns(sheet)
    record_id = sheet.cell(row, headers["Id"]).value
    cell = sheet.cell(row, headers[column])
    old = cell.value
    assert old not in (None, "") and old != new
    cell.value = dt.datetime.combine(new, dt.time()) if isinstance(new, dt.date) else new
    return record_id, old


def _expected_after(before: dict, renames: list[tuple[str, str, str, object]]) -> dict:
    import copy

    expected = copy.deepcopy(before)
    for key, field, record_id, new in renames:
        record = next(r for r in expected[key] if r["id"] == record_id)
        record[field] = new.isoformat() if isinstance(new, dt.date) else new
    return expected


@pytest.mark.parametrize(
    ("sheet_title", "column", "key", "field", "new"), RENAMES, ids=[r[0] for r in RENAMES]
)
def test_a_record_renamed_in_the_workbook_keeps_every_reference_to_it(
    tmp_path: Path, demo_database: Database, sheet_title, column, key, field, new
):
    """The user test: a name changed on its own sheet, the other sheets still showing the old
    name beside the unchanged hidden id. The rename takes, nothing else changes, no error."""
    import json

    path = tmp_path / "allt.xlsx"
    exporter.export_workbook(demo_database, path)
    before = json.loads(transfer.export_text(demo_database))
    book = openpyxl.load_workbook(path)
    record_id, old = _rename(book, sheet_title, column, new)
    shown = " ".join(
        str(c.value) for s in book.worksheets if s.title != sheet_title for r in s for c in r
    )
    old_text = old.date().isoformat() if isinstance(old, dt.datetime) else str(old)
    assert old_text in shown  # another sheet refers to it by its old name
    renamed = tmp_path / "omdopt.xlsx"
    book.save(renamed)

    preview = importer.preview_import(demo_database, renamed)
    assert preview.ok, [e.text() for e in preview.errors]
    assert not preview.new, [c.text() for c in preview.new]
    assert [(c.sheet, c.record_id) for c in preview.changed] == [(sheet_title, record_id)]
    importer.apply_import(demo_database, preview, backup_first=False)
    after = json.loads(transfer.export_text(demo_database))
    assert after == _expected_after(before, [(key, field, record_id, new)])


def test_every_kind_renamed_at_once_keeps_every_reference(tmp_path: Path, demo_database: Database):
    """All the renames in one file, so a row whose area, point and item were all renamed still
    finds them (Inventeringsfynd names its area and point without hidden ids)."""
    import json

    path = tmp_path / "allt.xlsx"
    exporter.export_workbook(demo_database, path)
    before = json.loads(transfer.export_text(demo_database))
    book = openpyxl.load_workbook(path)
    done = []
    for sheet_title, column, key, field, new in RENAMES:
        record_id, _ = _rename(book, sheet_title, column, new)
        done.append((key, field, record_id, new))
    renamed = tmp_path / "omdopt.xlsx"
    book.save(renamed)
    result = importer.import_workbook(demo_database, renamed, backup_first=False)
    assert (result.added, result.updated) == (0, len(RENAMES))
    assert json.loads(transfer.export_text(demo_database)) == _expected_after(before, done)


def _set(sheet, row: int, header: str, value: object) -> None:
    sheet.cell(row, _columns(sheet)[header]).value = value


def test_a_row_without_its_id_is_resolved_by_name_and_a_wrong_name_refuses_the_file(
    tmp_path: Path, demo_database: Database
):
    """A row typed by hand (the hidden id empty): the name decides, and a name that names no
    one, or two, is one error at that row's visible column; nothing is written, the rename in
    the same file included. A filled-in id cell is never said to be empty."""
    path = tmp_path / "allt.xlsx"
    exporter.export_workbook(demo_database, path)
    book = openpyxl.load_workbook(path)
    _rename(book, "Kontakter", "Namn", "Anna Åsa Öberg (FIKTIV)")
    roles = book["Rollbesättning"]
    _set(roles, 2, "Person-id", None)
    _set(roles, 2, "Person", "Okänd Person")
    _set(roles, 3, "Person-id", "00000000-0000-4000-8000-000000000000")  # no one has it
    _set(roles, 3, "Person", None)
    _set(roles, 4, "Person-id", "inget id")
    _set(roles, 4, "Person", None)
    contacts = book["Kontakter"]
    heads, role_heads = _columns(contacts), _columns(roles)
    stranger = next(  # a person of another area than the assignment's
        r
        for r in range(2, contacts.max_row + 1)
        if contacts.cell(r, heads["Område-id"]).value
        != roles.cell(5, role_heads["Område-id"]).value
    )
    stranger_name = contacts.cell(stranger, heads["Namn"]).value
    _set(roles, 5, "Person-id", contacts.cell(stranger, heads["Id"]).value)
    _set(roles, 5, "Person", None)
    items = book["Utrustning"]
    _set(items, 2, "Trygghetspunkt-id", None)
    _set(items, 2, "Trygghetspunkt", "Ingen sådan punkt")
    # Two people of one name in an area: a hand-typed row naming them cannot choose.
    area_of_row_5 = contacts.cell(5, _columns(contacts)["Område-id"]).value
    twin = next(
        r
        for r in range(2, contacts.max_row + 1)
        if r != 5 and contacts.cell(r, _columns(contacts)["Område-id"]).value == area_of_row_5
    )
    twin_name = contacts.cell(twin, _columns(contacts)["Namn"]).value
    _set(contacts, 5, "Namn", twin_name)
    roles_row = next(
        r
        for r in range(6, roles.max_row + 1)  # rows 2-5 are taken above
        if roles.cell(r, _columns(roles)["Person-id"]).value
        == contacts.cell(5, _columns(contacts)["Id"]).value
    )
    _set(roles, roles_row, "Person-id", None)
    _set(roles, roles_row, "Person", twin_name)
    broken = tmp_path / "trasig.xlsx"
    book.save(broken)
    before = transfer.export_text(demo_database)

    preview = importer.preview_import(demo_database, broken)
    texts = sorted(e.text() for e in preview.errors)
    assert texts == sorted(
        [
            "Rollbesättning rad 2, kolumn Person: personen 'Okänd Person' finns inte "
            "(varken i databasen eller i filen)",
            "Rollbesättning rad 3, kolumn Person-id: ingen person har id:t "
            "'00000000-0000-4000-8000-000000000000' (varken i databasen eller i filen); "
            "fyll i Person",
            "Rollbesättning rad 4, kolumn Person-id: är inget giltigt id: 'inget id'; "
            "fyll i Person",
            f"Rollbesättning rad 5, kolumn Person-id: personen {stranger_name!r} hör till "
            "ett annat område än radens; fyll i Person",
            f"Rollbesättning rad {roles_row}, kolumn Person: 2 personer heter {twin_name!r}; "
            "fyll i Person-id eller byt namn på dem",
            "Utrustning rad 2, kolumn Trygghetspunkt: trygghetspunkten 'Ingen sådan punkt' "
            "finns inte (varken i databasen eller i filen)",
        ]
    ), texts
    assert not any("måste fyllas i" in t for t in texts), texts
    with pytest.raises(importer.ImportRefused):
        importer.import_workbook(demo_database, broken, backup_first=False)
    assert transfer.export_text(demo_database) == before
