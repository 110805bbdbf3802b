"""Awkward data: long lists, long notes, empty areas. The document must still be useful."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.reports.conftest import KINDS, PRINTED, empty_dossier, normalise, squash
from trygghetsapp.reports import kinds
from trygghetsapp.services import areas
from trygghetsapp.services.dossier import area_dossier
from trygghetsapp.services.readmodels import AreaDossier


def _pages(path: Path) -> list[str]:
    return [normalise(page.extract_text()) for page in PdfReader(path).pages]


def _many_items(dossier: AreaDossier, count: int, note: str = "") -> AreaDossier:
    template = dossier.equipment[0]
    items = tuple(
        dataclasses.replace(
            template,
            id=f"item-{n:04d}",
            category="first_aid",
            name=f"Testutrustning nr {n:04d}",
            notes=note,
        )
        for n in range(count)
    )
    return dataclasses.replace(dossier, equipment=items)


@pytest.mark.parametrize("kind", ("checklist", "inventory"))
def test_150_items_split_over_pages_with_header_repeated(kind, dossiers, tmp_path):
    dossier = _many_items(dossiers[0], 150)
    path = tmp_path / f"{kind}.pdf"
    kinds.render([dossier], kind, path, printed=PRINTED)
    pages = _pages(path)
    header = "Senast kontrollerad" if kind == "checklist" else "Behöver service"
    if kind == "checklist":  # page 1 names the first three under "Här finns"
        pages = pages[next(i for i, t in enumerate(pages) if "Utrustning – kontrollera" in t) :]
    with_items = [text for text in pages if "Testutrustning nr" in text]
    assert len(with_items) >= 3
    for text in with_items:
        assert squash(header) in squash(text)
        assert "Sjukvård" in text  # the category name repeats with the header row
    everything = " ".join(pages)
    for n in range(150):
        assert f"Testutrustning nr {n:04d}" in everything


@pytest.mark.parametrize("kind", KINDS)
def test_5000_character_texts_build_without_layout_error(kind, dossiers, tmp_path):
    note = ("Lång anteckning om aggregatet, bränslet och nyckeln – åäö ÅÄÖ. " * 90)[:5000]
    dossier = _many_items(dossiers[0], 3, note=note)
    point = dataclasses.replace(
        dossier.safety_points[0], opening_routine=note, access_notes=note, address=note[:500]
    )
    staffing = tuple(
        dataclasses.replace(s, role=dataclasses.replace(s.role, first_actions=note))
        for s in dossier.staffing
    )
    channels = tuple(dataclasses.replace(c, notes=note) for c in dossier.channels)
    dossier = dataclasses.replace(
        dossier, safety_points=(point,), staffing=staffing, channels=channels
    )
    path = tmp_path / f"{kind}.pdf"
    kinds.render([dossier], kind, path, printed=PRINTED)  # raises LayoutError if it fails
    pages = _pages(path)
    assert len(pages) > 1
    for number, text in enumerate(pages, 1):
        assert f"Sida {number} av {len(pages)}" in text


@pytest.mark.parametrize("kind", KINDS)
def test_empty_area_says_what_is_missing(kind, dossiers, tmp_path):
    path = tmp_path / f"{kind}.pdf"
    kinds.render([empty_dossier(dossiers[0])], kind, path, printed=PRINTED)
    text = " ".join(_pages(path))
    assert "SAKNAS" in text
    if kind in ("checklist", "rolecards"):
        assert "Ingen roll är bemannad" in text or "ingen ordinarie utsedd" in text
        assert "Inga kontaktpersoner" in text
    if kind in ("checklist", "inventory"):
        assert "Ingen trygghetspunkt är registrerad" in text
        assert "Ingen utrustning är registrerad" in text
    if kind == "checklist":
        assert "Inga informationskanaler" in text
        assert "112" in text and "Första 10 minuterna" in text  # still useful on the wall
        assert "Första timmen" in text
        assert "Uppgifter rev. inga uppgifter" in text
    if kind == "inventory":
        assert "Utrustning som hittades men inte finns i listan" in text


def test_new_area_from_the_services_prints(database, tmp_path):
    """A freshly created area, with nothing in it, straight from the services."""
    area_id, _ = areas.create_area(database, {"name": "Tomma byn"})
    dossier = area_dossier(database, area_id, today=TODAY)
    for kind in KINDS:
        kinds.render([dossier], kind, tmp_path / f"{kind}.pdf", printed=PRINTED)
        text = " ".join(_pages(tmp_path / f"{kind}.pdf"))
        assert "Tomma byn" in text and "SAKNAS" in text


def test_long_area_name_is_shortened_in_the_footer_not_clipped(dossiers, tmp_path):
    name = "Ett mycket långt områdesnamn med många byar " * 4
    dossier = dataclasses.replace(
        dossiers[0], area=dataclasses.replace(dossiers[0].area, name=name)
    )
    kinds.render([dossier], "checklist", tmp_path / "x.pdf", printed=PRINTED)
    first = _pages(tmp_path / "x.pdf")[0]
    assert "…" in first and "Sida 1 av" in first


def test_build_time_grows_linearly_guard(dossiers, tmp_path):
    """Performance guard: 1,000 items (20 tables of 50 rows) in well under 10 s."""
    dossier = _many_items(dossiers[0], 1000)
    started = time.perf_counter()
    kinds.render([dossier], "inventory", tmp_path / "big.pdf", printed=PRINTED)
    assert time.perf_counter() - started < 10


def test_short_rows_are_never_cut_at_a_page_foot(dossiers, tmp_path):
    """Rows move whole to the next page; only a row taller than a page is split inside.

    A second table starts at every possible height near the foot of page 1 or 2; its rows
    (four lines each) must never be cut between the name and the place.
    """
    base = dossiers[0].equipment[0]
    for count in range(4, 22, 2):
        filler = _many_items(dossiers[0], count).equipment
        tall = tuple(
            dataclasses.replace(
                base,
                id=f"tall-{n}",
                category="food",
                name=f"Mycket lång benämning på utrustning nummer {n} i förrådet",
                location=f"Plats-{n}",
            )
            for n in range(4)
        )
        dossier = dataclasses.replace(dossiers[0], equipment=filler + tall)
        kinds.render([dossier], "inventory", tmp_path / "x.pdf", printed=PRINTED)
        for text in _pages(tmp_path / "x.pdf"):
            for n in range(4):
                has_name = f"utrustning nummer {n} i förrådet" in text
                assert has_name == (f"Plats-{n}" in text), (count, n)
