"""What the documents say: extracted text (copy-paste works) holds what the field needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.conftest import KINDS, PRINTED, normalise, squash
from trygghetsapp.reports import fonts, kinds
from trygghetsapp.services.readmodels import AreaDossier

SHOWS_STAFF = ("checklist", "rolecards")
SHOWS_EQUIPMENT = ("checklist", "inventory")


def _text(page_texts: dict[tuple[str, str], list[str]], kind: str, dossier: AreaDossier) -> str:
    """The document's text with all whitespace removed: a cell may wrap a name at any space or
    after a hyphen, and the line break must not hide it."""
    return squash(" ".join(page_texts[(kind, dossier.area.id)]))


@pytest.mark.parametrize("kind", KINDS)
def test_area_and_safety_points_in_every_kind(kind, dossiers, page_texts):
    for dossier in dossiers:
        text = _text(page_texts, kind, dossier)
        assert squash(dossier.area.name) in text
        for point in dossier.safety_points:
            assert squash(point.name) in text, (kind, point.name)


@pytest.mark.parametrize("kind", SHOWS_STAFF)
def test_every_role_holder_and_deputy_with_phone(kind, dossiers, page_texts):
    found = 0
    for dossier in dossiers:
        text = _text(page_texts, kind, dossier)
        for staffing in dossier.staffing:
            assert squash(staffing.role.name) in text
            for person in (staffing.holder, *staffing.deputies):
                if person is None:
                    continue
                assert squash(person.contact_name) in text
                assert person.phone_display.startswith("07")  # Swedish grouping, not E.164
                assert squash(f"{person.contact_name} {person.phone_display}") in text
                found += 1
    assert found > 50


@pytest.mark.parametrize("kind", SHOWS_EQUIPMENT)
def test_every_equipment_item(kind, dossiers, page_texts):
    for dossier in dossiers:
        text = _text(page_texts, kind, dossier)
        for item in dossier.equipment:
            assert squash(item.name) in text, (kind, item.name)


def test_checklist_has_numbers_channels_and_coordinates(dossiers, page_texts):
    for dossier in dossiers:
        text = _text(page_texts, "checklist", dossier)
        for number in ("112", "11313", "1177", "064016100", "P4", "VMA"):
            assert number in text
        for channel in dossier.channels:
            assert squash(channel.identifier) in text
        for point in dossier.safety_points:
            if point.latitude is not None:
                assert "SWEREF99TM" in text and "WGS84" in text
        assert "Ifylldav(namn)" in text and "Signatur" in text and "Datumochtid" in text


def test_overdue_is_said_in_words(dossiers, page_texts):
    overdue = [d for d in dossiers if any(e.due_state == "overdue" for e in d.equipment)]
    assert overdue
    for dossier in overdue:
        assert "FÖRFALLEN" in _text(page_texts, "checklist", dossier)
        assert "FÖRFALLEN" in _text(page_texts, "inventory", dossier)


def test_swedish_letters_survive_extraction(page_texts):
    text = " ".join(" ".join(pages) for pages in page_texts.values())
    for word in ("Öppningsrutin", "Ås", "Offerdal – Änge", "Föllinge", "Tulleråsen", "Behöver"):
        assert word in text
    assert "\ufffd" not in text


def test_every_printed_character_exists_in_the_font(page_texts):
    text = "".join("".join(pages) for pages in page_texts.values())
    assert fonts.missing_glyphs(text) == set()
    assert fonts.missing_glyphs(text, fonts.BOLD) == set()


def test_what_the_font_cannot_print_is_replaced_visibly_and_noted(dossiers, tmp_path: Path):
    """Emoji the font lacks and right-to-left Arabic print as "�", never "?", and the export's
    notes (and log) name them; the check mark and arrow DejaVu has print as themselves."""
    import dataclasses

    dossier = dossiers[0]
    point = dataclasses.replace(dossier.safety_points[0], opening_routine="Klart ✓ → öppna 🙂 كريم")
    notes = kinds.render(
        [dataclasses.replace(dossier, safety_points=(point,))],
        "checklist",
        tmp_path / "x.pdf",
        printed=PRINTED,
    )
    text = " ".join(normalise(p.extract_text()) for p in PdfReader(tmp_path / "x.pdf").pages)
    assert "Klart ✓ → öppna � ����" in text
    assert "?" not in text
    assert notes.unprintable == {"🙂", "ك", "ر", "ي", "م"}
    (line,) = notes.lines()
    assert "U+1F642 SLIGHTLY SMILING FACE" in line and "ARABIC LETTER KAF" in line


@pytest.mark.parametrize("kind", KINDS)
def test_metadata(kind, dossiers, area_pdfs):
    dossier = dossiers[0]
    reader = PdfReader(area_pdfs[(kind, dossier.area.id)])
    info = reader.metadata
    assert info is not None
    assert info.title == f"{kinds.KINDS[kind].document} – {dossier.area.name} (FIKTIV)"
    assert "FIKTIV" in (info.subject or "") and "FIKTIV" in (info.keywords or "")
    assert dossier.area.name in (info.subject or "")
    assert info.author == "Krokoms kommun"
    assert (info.creator or "").startswith("Trygghetsapp")
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"


def test_footer_area_name_with_missing_glyphs(dossiers, tmp_path: Path):
    import dataclasses

    area = dataclasses.replace(dossiers[0].area, name="Byn 🙂")
    kinds.render(
        [dataclasses.replace(dossiers[0], area=area)],
        "rolecards",
        tmp_path / "x.pdf",
        printed=PRINTED,
    )
    pages = [normalise(p.extract_text()) for p in PdfReader(tmp_path / "x.pdf").pages]
    assert all("Rollkort – Byn �" in text for text in pages)
