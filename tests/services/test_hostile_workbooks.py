"""import-xlsx against hostile workbooks: one clear line, never a traceback, never a partial write.

Each named attack once, and a couple of hundred generated cases of every kind; bench/soak.py
runs 10,000 (tools/devtools/hostile_xlsx.py).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tools.devtools import hostile, hostile_xlsx
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import transfer
from trygghetsapp.services.database import open_database
from trygghetsapp.services.demo import load_demo
from trygghetsapp.services.workbook import exporter, importer, reader
from trygghetsapp.store import sqlite_tools


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-xlsx")
    database = open_database(folder / "db.sqlite")
    load_demo(database, seed=3)
    exported = folder / "valid.xlsx"
    exporter.export_workbook(database, exported)
    baseline = transfer.export_text(database)
    database.store.engine.dispose()
    sqlite_tools.copy_database(database.path, folder / "snapshot.sqlite")
    specials = hostile_xlsx.Specials(exported.read_bytes(), random.Random(1))
    yield database, folder, baseline, specials
    database.close()


EXPECTED = {
    "billion_laughs": "dokumenttypsdefinition",
    "external_entity": "dokumenttypsdefinition",
    "utf16_entity": "dokumenttypsdefinition",
    "ratio_bomb": "zip-bomb",
    "declared_bomb": "för stor uppackad",
    "million_rows": "fler än 200000 rader",
    "million_rows_lying": "fler än 200000 rader",
    "csv_as_xlsx": "CSV",
    "xls": ".xls",
    "opendocument": ".ods",
    "word": "ingen Excel-arbetsbok",
    "empty": "tom",
    "formulas": "formel",
    "merged_header": "",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_named_attack_is_refused_in_one_line(target, name):
    database, folder, baseline, specials = target
    path = hostile_xlsx.write_case(folder, specials.get(name))
    with pytest.raises(DomainError) as caught:
        importer.import_workbook(database, path, backup_first=False)
    message = str(caught.value)
    assert "\n" not in message
    if isinstance(caught.value, importer.ImportRefused):
        message = " ".join(e.text() for e in caught.value.preview.errors) or message
    assert EXPECTED[name] in message, message
    assert transfer.export_text(database) == baseline


def test_the_reader_checks_defusedxml_is_in_charge():
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML
    assert reader.MAX_ROWS == 200_000


@pytest.mark.parametrize("kind", hostile_xlsx.KINDS[:4])
def test_generated_cases_never_crash_or_write_half(target, kind):
    database, folder, baseline, specials = target
    rng = random.Random(f"ci-{kind}")
    report = hostile.HostileReport()
    valid = (folder / "valid.xlsx").read_bytes()
    index = hostile_xlsx.KINDS.index(kind)

    def apply(path: Path) -> object:
        return importer.import_workbook(database, path, backup_first=False)

    def state() -> str:
        return transfer.export_text(database)

    for number in range(12 if kind == "edit" else 40):  # an edit re-saves a whole workbook
        _, content = hostile_xlsx.case(valid, specials, rng, number * 5 + index)
        accepted = hostile.run_case(folder / "case.xlsx", content, apply, state, baseline, report)
        if accepted and state() != baseline:
            database.store.engine.dispose()
            sqlite_tools.restore_into(folder / "snapshot.sqlite", database.path)
    assert report.crashes == 0 and report.partial_writes == 0, report.problems[:3]
    assert report.problems == []
