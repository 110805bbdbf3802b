"""The layout rules of PRINT-AND-RELIABILITY.md (R1-R14), checked on the PDFs themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from pypdf import PdfReader

from tests.reports.conftest import KINDS, normalise, squash
from trygghetsapp.reports import fonts, styles, templates
from trygghetsapp.services.readmodels import AreaDossier

MM = 72 / 25.4
A4 = (595.28, 841.89)
CHECK_AREAS = 4
"""pdfplumber is slow; the layout tests read the first few demo areas of each kind."""


@dataclass
class Page:
    width: float
    height: float
    chars: list[dict[str, Any]]
    rects: list[dict[str, Any]]
    lines: list[dict[str, Any]]
    text: str


@pytest.fixture(scope="session")
def plumbed(area_pdfs, dossiers) -> dict[tuple[str, str], list[Page]]:
    result = {}
    for kind in KINDS:
        for dossier in dossiers[:CHECK_AREAS]:
            pages = []
            with pdfplumber.open(area_pdfs[(kind, dossier.area.id)]) as pdf:
                for page in pdf.pages:
                    pages.append(
                        Page(
                            page.width,
                            page.height,
                            list(page.chars),
                            list(page.rects),
                            list(page.lines),
                            normalise(page.extract_text()),
                        )
                    )
            result[(kind, dossier.area.id)] = pages
    return result


def test_a4_portrait_every_page(area_pdfs):
    for path in area_pdfs.values():
        for page in PdfReader(path).pages:
            box = page.mediabox
            assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)


def test_margins_hold_for_text_and_drawing(plumbed):
    """R11: >= 20 mm on the binding (left) side, >= 15 mm elsewhere; footers included."""
    for pages in plumbed.values():
        for page in pages:
            things = page.chars + page.rects + page.lines
            assert things
            assert min(t["x0"] for t in things) >= 20 * MM - 1
            assert max(t["x1"] for t in things) <= page.width - 15 * MM
            assert min(t["top"] for t in things) >= 15 * MM
            assert max(t["bottom"] for t in things) <= page.height - 15 * MM


def test_nothing_smaller_than_10_pt(plumbed):
    for pages in plumbed.values():
        for page in pages:
            assert min(c["size"] for c in page.chars) >= styles.SIZE_MIN - 0.01


def _chars_of(page: Page, needle: str) -> list[dict[str, Any]]:
    """The chars that spell `needle` (ignoring whitespace) on the page, or [] if absent."""
    letters = [c for c in page.chars if not c["text"].isspace() and c["text"] != "-"]
    joined = "".join(c["text"] for c in letters)
    target = squash(needle)
    start = joined.find(target)
    return [] if start < 0 else letters[start : start + len(target)]


def test_checklist_items_at_least_14_pt(plumbed, dossiers):
    checked = 0
    for dossier in dossiers[:CHECK_AREAS]:
        pages = plumbed[("checklist", dossier.area.id)]
        for _template, sections in templates.sections_for("activation", dossier.safety_points):
            for section in sections:
                for item in section.items:
                    found = [c for p in pages for c in _chars_of(p, item.text[:30])]
                    assert found, item.text
                    assert min(c["size"] for c in found) >= 14 - 0.01
                    checked += 1
    assert checked >= 20


@pytest.mark.parametrize("kind", ("checklist", "rolecards"))
def test_names_and_phones_at_least_12_pt(kind, plumbed, dossiers):
    checked = 0
    for dossier in dossiers[:CHECK_AREAS]:
        pages = plumbed[(kind, dossier.area.id)]
        for staffing in dossier.staffing:
            for person in (staffing.holder, *staffing.deputies):
                if person is None:
                    continue
                for needle in (person.contact_name, person.phone_display):
                    found = [c for p in pages for c in _chars_of(p, needle)]
                    assert found, needle
                    assert min(c["size"] for c in found) >= 12 - 0.01
                    checked += 1
    assert checked > 20


def _checkboxes(page: Page) -> list[dict[str, Any]]:
    return [
        r
        for r in page.rects
        if abs(r["width"] - r["height"]) < 0.5 and 4 * MM < r["width"] < 8 * MM
    ]


def test_checkboxes_are_drawn_squares_of_at_least_5_mm(plumbed):
    for pages in plumbed.values():
        boxes = [b for p in pages for b in _checkboxes(p)]
        assert boxes
        for box in boxes:
            assert box["width"] + box["linewidth"] >= 5 * MM
            assert box["linewidth"] >= 1


def _applicable_sections(dossier: AreaDossier, kind: str) -> list[templates.ChecklistSection]:
    placements = {"checklist": ("activation", "scenario"), "inventory": ("inventory",)}
    return [
        section
        for placement in placements.get(kind, ())
        for _t, sections in templates.sections_for(placement, dossier.safety_points)
        for section in sections
    ]


@pytest.mark.parametrize("kind", ("checklist", "inventory"))
def test_each_section_5_to_9_items_on_one_page(kind, page_texts, dossiers):
    """R3, R4, R8: the title (with its mode) and every item of a pause point share a page."""
    for dossier in dossiers:
        pages = [squash(t) for t in page_texts[(kind, dossier.area.id)]]
        sections = _applicable_sections(dossier, kind)
        assert sections
        for section in sections:
            assert 5 <= len(section.items) <= 9
            assert re.search(r"\((läs-gör|gör-bekräfta)\)$", section.heading)
            on = [i for i, text in enumerate(pages) if squash(section.heading) in text]
            if section.points:  # a variant for some of the area's points names them
                names = squash(f"Gäller: {', '.join(section.points)}")
                on = [i for i in on if names in pages[i]]
            assert len(on) == 1, section.heading
            for item in section.items:
                assert squash(item.text) in pages[on[0]], (section.heading, item.text)


def test_critical_items_come_first():
    for template in templates.load_templates():
        for section in template.sections:
            flags = [item.critical for item in section.items]
            assert flags == sorted(flags, reverse=True)
            assert any(flags), section.title


def test_no_shouting_in_checklist_items():
    """R5: mixed case; no run of more than three upper-case words."""
    for template in templates.load_templates():
        for section in template.sections:
            for item in section.items:
                assert not re.search(r"(\b[A-ZÅÄÖ]{2,}\b\W+){4,}", item.text), item.text


def test_footer_on_every_page(page_texts, dossiers):
    """R7, R10: document, area, print date, data revision and a correct "Sida X av Y"."""
    for kind in KINDS:
        for dossier in dossiers:
            pages = page_texts[(kind, dossier.area.id)]
            for number, text in enumerate(pages, 1):
                assert f"Sida {number} av {len(pages)}" in text
                assert re.search(r"Utskriven 2026-11-27 · Uppgifter rev\. \d{4}-\d{2}-\d{2}", text)
                assert dossier.area.name in text


def font_families(path: Path) -> set[str]:
    """Families of every font object in the file; fails on an unembedded or standard font."""
    families = set()
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
                continue
            name = str(obj.get("/BaseFont"))
            assert "Helvetica" not in name and "Times" not in name and "Courier" not in name
            descriptor = obj.get("/FontDescriptor")
            assert descriptor is not None, name
            assert "/FontFile2" in descriptor, name
            families.add(name.split("+")[-1].split("-")[0])
    return families


def test_fonts_embedded_one_family_no_helvetica(area_pdfs):
    for path in area_pdfs.values():
        assert font_families(path) == {fonts.FAMILY}


def qpdf_check(path: Path) -> list[str]:
    """What `qpdf --check` does, through pikepdf (qpdf's library), so no binary is needed."""
    with pikepdf.open(path) as pdf:
        check = getattr(pdf, "check_pdf_syntax", None) or pdf.check  # renamed in pikepdf 10
        return list(check())


def test_structure_is_clean(area_pdfs):
    for path in list(area_pdfs.values())[:6]:
        assert qpdf_check(path) == []


def test_grey_is_never_the_only_cue(area_pdfs: dict[tuple[str, str], Path]):
    """R6: only black for text, and the one grey is a header shade behind bold labels."""
    for path in list(area_pdfs.values())[:6]:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages[:3]:
                colours = {tuple(c.get("non_stroking_color") or (0,)) for c in page.chars}
                assert colours <= {(0,), (0, 0, 0), (0.0,), (0.0, 0.0, 0.0)}, colours


@pytest.mark.parametrize("kind", ("checklist", "inventory"))
def test_equipment_names_at_least_12_pt(kind, plumbed, dossiers):
    """R2: at least 12 pt in the equipment tables."""
    for dossier in dossiers[:CHECK_AREAS]:
        pages = plumbed[(kind, dossier.area.id)]
        for item in dossier.equipment:
            found = [c for p in pages for c in _chars_of(p, item.name)]
            assert found, item.name
            assert min(c["size"] for c in found) >= 12 - 0.01


def test_every_checklist_item_has_its_box(plumbed, dossiers):
    """R12: one drawn box per item, left of the text, on the page that holds the item."""
    for dossier in dossiers[:CHECK_AREAS]:
        pages = plumbed[("checklist", dossier.area.id)]
        for section in _applicable_sections(dossier, "checklist"):
            for item in section.items:
                page = next(p for p in pages if _chars_of(p, item.text[:30]))
                first = _chars_of(page, item.text[:30])[0]
                beside = [
                    b
                    for b in _checkboxes(page)
                    if b["x1"] < first["x0"] and abs(b["top"] - first["top"]) < 8
                ]
                assert len(beside) == 1, item.text
