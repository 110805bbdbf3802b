"""No personal identity number reaches a PDF (issue 16): one typed into every text field of every
record is printed as "[personnummer dolt]" on every kind of document and the register extract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from trygghetsapp.domain import identity
from trygghetsapp.reports import fonts, kinds, register_extract
from trygghetsapp.services import areas, privacy
from trygghetsapp.services.database import Database
from trygghetsapp.services.dossier import area_dossier
from trygghetsapp.store.codec import data_fields
from trygghetsapp.store.models import SYNCED_MODELS

PNR = "19700101-1233"  # a valid check digit (Luhn)
CODED = {"kind", "status", "reserve_power", "category", "condition", "unit", "legal_basis", "code"}


def _plant(database: Database) -> None:
    """The number appended to every free-text value of every record, straight into the tables."""
    with database.store.engine.begin() as connection:
        for model in SYNCED_MODELS:
            table = model.__table__
            for name in data_fields(model):
                column = table.c[name]
                if name == "id" or column.foreign_keys or name in CODED:
                    continue
                if column.type.python_type is not str or name.endswith("phone"):
                    continue
                connection.exec_driver_sql(
                    f"UPDATE {table.name} SET {name} = {name} || ' pnr {PNR}' "
                    f"WHERE {name} IS NOT NULL"
                )


def _digits(pdf: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    return "".join(ch for ch in text if ch.isdigit() or ch.isalpha() or ch in "[]")


@pytest.fixture
def planted(demo_database: Database, tmp_path: Path) -> list[Path]:
    _plant(demo_database)
    dossiers = [
        area_dossier(demo_database, a.id, today=TODAY) for a in areas.list_areas(demo_database)
    ]
    written = []
    for kind in kinds.KINDS:
        path = tmp_path / f"{kind}.pdf"
        kinds.render(dossiers, kind, path, printed=TODAY)
        written.append(path)
    contact = dossiers[0].staffing[0].holder
    assert contact is not None
    extract = privacy.register_extract(demo_database, contact.contact_id)
    assert PNR in json.dumps(extract, ensure_ascii=False)  # her own machine-readable copy
    pdf, _ = register_extract.save(extract, tmp_path / "utdrag.pdf", printed=TODAY)
    written.append(pdf)
    return written


def test_no_document_prints_a_personal_identity_number(planted: list[Path]) -> None:
    for pdf in planted:
        text = _digits(pdf)
        assert "7001011233" not in text, pdf.name
        assert "[personnummerdolt]" in text, pdf.name  # it was there to print, and was masked
        assert b"1233" not in b"".join(
            (PdfReader(pdf).metadata or {}).get(k, "").encode() for k in ("/Title", "/Subject")
        )


def test_without_the_mask_the_numbers_would_be_printed(
    demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bug planted: the test above must be able to fail."""
    monkeypatch.setattr(fonts, "mask_identity_numbers", lambda text: text)
    _plant(demo_database)
    area = areas.list_areas(demo_database)[0]
    path = tmp_path / "checklist.pdf"
    kinds.render([area_dossier(demo_database, area.id, today=TODAY)], "checklist", path)
    assert "7001011233" in _digits(path)
    assert identity.has_identity_number(PNR)
