"""import-xlsx, export-xlsx, export-gis, export-web from the command line: exit codes, the lock,
and what `--help` and the window's start do not load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import xlsxwriter

from trygghetsapp.cli import main
from trygghetsapp.services import transfer
from trygghetsapp.services.database import open_database

HEAVY = ("openpyxl", "defusedxml", "pyogrio", "reportlab", "et_xmlfile")


def test_help_and_the_window_module_load_no_excel_or_gis_library():
    code = (
        "import sys, contextlib, io\n"
        "from trygghetsapp.cli import main\n"
        "import trygghetsapp.app\n"
        "for args in (['--help'], ['import-xlsx', '--help'], ['export-gis', '--help']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        try: main(args)\n"
        "        except SystemExit: pass\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def _bad_workbook(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Kontakter")
    for column, header in enumerate(["Område", "Namn", "Telefon"]):
        sheet.write_string(0, column, header)
    for row, values in enumerate([["Aspås", "Anna", "12"], ["Ingenstans", "Erik", "12"]], 1):
        for column, value in enumerate(values):
            sheet.write_string(row, column, value)
    book.close()
    return path


def test_a_file_with_errors_exits_1_lists_them_all_and_writes_nothing(tmp_path: Path, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    database = open_database(db)
    before = transfer.export_text(database)
    database.close()
    path = _bad_workbook(tmp_path / "fel.xlsx")
    capsys.readouterr()
    for extra in ([], ["--dry-run"]):
        assert main(["--db", str(db), "import-xlsx", str(path), *extra]) == 1
        err = capsys.readouterr().err
        assert "Kontakter rad 2, kolumn Telefon: är inget giltigt telefonnummer" in err, err
        assert "Kontakter rad 3, kolumn Område: området 'Ingenstans' finns inte" in err, err
        assert "Kontakter rad 3, kolumn Telefon" in err, err
        assert "Inget har skrivits." in err
    database = open_database(db)
    assert transfer.export_text(database) == before
    database.close()


def test_not_a_workbook_is_one_line_and_exit_1(tmp_path: Path, capsys):
    db = tmp_path / "db.sqlite"
    csv_file = tmp_path / "lista.xlsx"
    csv_file.write_text("Namn;Telefon\nAnna;070-1234567\n", encoding="utf-8")
    assert main(["--db", str(db), "import-xlsx", str(csv_file)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "CSV" in err[0] and "Traceback" not in err[0]


def test_import_is_refused_beside_the_window_but_a_dry_run_reads(tmp_path: Path, capsys):
    from trygghetsapp.database_lock import WINDOW, DatabaseLock

    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    book = tmp_path / "allt.xlsx"
    assert main(["--db", str(db), "export-xlsx", "-o", str(book)]) == 0
    lock = DatabaseLock(db)
    assert lock.take(WINDOW, "Trygghetsapp")
    try:
        capsys.readouterr()
        assert main(["--db", str(db), "import-xlsx", str(book)]) == 1
        assert "fönstret" in capsys.readouterr().err
        assert main(["--db", str(db), "import-xlsx", "--dry-run", str(book)]) == 0
        assert "0 nya, 0 ändrade" in capsys.readouterr().out
        for fmt in ("gpkg", "csv"):
            target = tmp_path / f"p.{fmt}"
            assert main(["--db", str(db), "export-gis", "--format", fmt, "-o", str(target)]) == 0
        assert main(["--db", str(db), "export-web", "-o", str(tmp_path / "s.html")]) == 0
    finally:
        lock.release()
