"""Registerutdrag PDF: the person's data in readable words, in the house style of the checklists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from tests.reports.test_layout import font_families
from tests.services.test_privacy import _person
from trygghetsapp.reports import fonts, register_extract, styles
from trygghetsapp.services import contacts, privacy
from trygghetsapp.services.database import Database

PRINTED = dt.date(2026, 11, 27)


def _pdf(database: Database, tmp_path: Path) -> tuple[Path, str]:
    _, contact_id = _person(database)
    contacts.update_contact(database, contact_id, {"phone_alt": "0921-123 45"})
    extract = privacy.register_extract(database, contact_id)
    path = tmp_path / "utdrag.pdf"
    register_extract.render(extract, path, PRINTED, author="Valsjö kommun")
    return path, contact_id


def test_extract_pdf_names_the_person_phone_and_legal_basis(database, tmp_path):
    path, _ = _pdf(database, tmp_path)
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        sizes = [c["size"] for page in pdf.pages for c in page.chars]
        pages = len(pdf.pages)
    assert "Märta Ödlund-Zetterqvist" in text  # Swedish letters intact
    assert "070-174 06 78" in text  # the current phone, Swedish grouping
    assert "070-174 06 77" in text  # the old phone, from the change history
    assert "0921-123 45" in text
    assert "+4670" not in text  # never the stored E.164 form
    assert "Rättslig grund" in text and "Samtycke" in text
    assert "Lokal samordnare" in text and "Ordinarie" in text
    assert "Valsjöbyn" in text
    assert f"Sida {pages} av {pages}" in text
    assert min(sizes) >= styles.SIZE_MIN - 0.01


def test_extract_pdf_fonts_and_metadata(database, tmp_path):
    path, _ = _pdf(database, tmp_path)
    assert font_families(path) == {fonts.FAMILY}
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title == "Registerutdrag – Märta Ödlund-Zetterqvist"
    assert meta.author == "Valsjö kommun"


def test_a_person_with_no_roles_and_a_long_note_still_prints(database, tmp_path):
    _, contact_id = _person(database)
    contacts.update_contact(database, contact_id, {"notes": "Nås bäst på kvällen. " * 300})
    extract = {**privacy.register_extract(database, contact_id), "roles": []}
    path = tmp_path / "lang.pdf"
    register_extract.render(extract, path, PRINTED)
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Du har ingen roll i områdets krisstab." in text
    assert "Nås bäst på kvällen." in text
