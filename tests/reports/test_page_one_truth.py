"""Issue 13 item 5, "readiness that tells the truth", on the checklist's page 1.

A user test read page 1 of a real area and found it saying what was not so: "Ingen egen
reservkraft" beside a working generator registered at the point, a broken radio listed under
"Samband" as if it worked, and "Sätt på radion: P4 sänder VMA" without the frequency the
municipality had registered. Each test renders the checklist and reads page 1's text.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from tests.reports.conftest import PRINTED, normalise, squash
from trygghetsapp.reports import blocks, kinds
from trygghetsapp.services.readmodels import AreaDossier, EquipmentView


def _page_one(dossier: AreaDossier, path: Path) -> str:
    kinds.render([dossier], "checklist", path, printed=PRINTED)
    return normalise(PdfReader(path).pages[0].extract_text())


def _one_point(dossiers: list[AreaDossier], power: str) -> AreaDossier:
    """An area with one point whose own field says `power`, and nothing of reserve power
    registered there."""
    for dossier in dossiers:
        if len(dossier.safety_points) != 1:
            continue
        point = dossier.safety_points[0]
        if point.reserve_power == power and not blocks.reserve_units(dossier, point):
            return dossier
    raise AssertionError(f"no demo area with one point stated {power!r} and no generator")


def _generator(dossiers: list[AreaDossier]) -> EquipmentView:
    return next(e for d in dossiers for e in d.equipment if e.is_reserve_power)


def _with_item(dossier: AreaDossier, item: EquipmentView) -> AreaDossier:
    point = dossier.safety_points[0]
    placed = dataclasses.replace(item, safety_point_id=point.id, id=f"test-{item.id}")
    return dataclasses.replace(dossier, equipment=(*dossier.equipment, placed))


def test_a_working_generator_is_not_called_no_reserve_power(dossiers, tmp_path):
    base = _one_point(dossiers, "none")
    unit = dataclasses.replace(_generator(dossiers), condition="ok", location="Containern bakom")
    page = _page_one(_with_item(base, unit), tmp_path / "x.pdf")
    assert "Ingen egen reservkraft" not in page, page
    assert "Ingen känd reservkraft" not in page
    assert squash("Reservkraft Containern bakom") in squash(page)
    assert squash("Starta reservkraften: stegen står på nästa sida") in squash(page)


def test_a_broken_generator_is_named_broken_and_not_started(dossiers, tmp_path):
    base = _one_point(dossiers, "none")
    unit = dataclasses.replace(_generator(dossiers), condition="defect", location="Containern")
    page = _page_one(_with_item(base, unit), tmp_path / "x.pdf")
    assert squash("Ingen fungerande reservkraft: Containern – TRASIG") in squash(page)
    assert "Starta reservkraften" not in page


def test_unstated_reserve_power_is_said_as_such(dossiers, tmp_path):
    base = _one_point(dossiers, "none")
    point = dataclasses.replace(base.safety_points[0], reserve_power="unknown")
    page = _page_one(dataclasses.replace(base, safety_points=(point,)), tmp_path / "x.pdf")
    assert "Ingen egen reservkraft" not in page, page
    assert squash("Ej angivet om punkten har reservkraft") in squash(page)
    assert "Starta reservkraften" not in page


def test_a_broken_or_missing_item_on_page_one_says_so(dossiers, tmp_path):
    base = _one_point(dossiers, "none")
    radio = dataclasses.replace(
        next(e for d in dossiers for e in d.equipment if e.category == "communications"),
        name="Vevradio",
        location="Hallen",
        condition="defect",
    )
    kit = dataclasses.replace(
        next(e for d in dossiers for e in d.equipment if e.category == "first_aid"),
        name="Förbandslåda",
        location="Köket",
        condition="missing",
    )
    point_id = base.safety_points[0].id
    others = tuple(
        e
        for e in base.equipment
        if not (e.safety_point_id == point_id and e.category in ("communications", "first_aid"))
    )
    dossier = _with_item(_with_item(dataclasses.replace(base, equipment=others), radio), kit)
    page = squash(_page_one(dossier, tmp_path / "x.pdf"))
    assert squash("Vevradio: Hallen – TRASIG") in page, page
    assert squash("Förbandslåda: Köket – SAKNAS") in page


def test_page_one_gives_the_p4_frequency_when_it_is_registered(dossiers, tmp_path):
    base = _one_point(dossiers, "none")
    assert base.municipality is not None
    municipality = dataclasses.replace(base.municipality, vma_frequency="94,4 MHz")
    no_p4 = tuple(c for c in base.channels if c.kind != "radio_p4")
    dossier = dataclasses.replace(base, municipality=municipality, channels=no_p4)
    page = squash(_page_one(dossier, tmp_path / "x.pdf"))
    assert squash("Sätt på radion: P4 (94,4 MHz) sänder VMA") in page, page

    unknown = dataclasses.replace(municipality, vma_frequency="")
    page = squash(_page_one(dataclasses.replace(dossier, municipality=unknown), tmp_path / "y.pdf"))
    assert squash("Sätt på radion: P4 sänder VMA") in page  # none invented


def test_a_broken_radio_among_the_ways_without_phone_says_so(dossiers, tmp_path):
    """ "Samband utan telefon" lists the radios by their frequency: one that is broken or
    missing is named as such, never as a way to reach anyone."""
    base = _one_point(dossiers, "none")
    radio = next(e for d in dossiers for e in d.equipment if e.category == "communications")
    broken = dataclasses.replace(
        radio, name="Jaktradio", condition="defect", facts={**radio.facts, "frequency": "155,5"}
    )
    working = dataclasses.replace(
        radio,
        name="Bygdenätet",
        condition="ok",
        due_state="ok",
        facts={**radio.facts, "frequency": "31,2"},
    )
    path = tmp_path / "x.pdf"
    kinds.render(
        [_with_item(_with_item(base, broken), working)], "checklist", path, printed=PRINTED
    )
    text = squash(" ".join(normalise(page.extract_text()) for page in PdfReader(path).pages))
    assert squash("Jaktradio: 155,5 – TRASIG") in text, text
    assert squash("Bygdenätet: 31,2") in text
    assert squash("Bygdenätet: 31,2 –") not in text


def test_an_overdue_item_on_page_one_says_so(dossiers, tmp_path):
    """An expired defibrillator or a Rakel terminal past its service date was listed under
    "Här finns" as if nothing were wrong; the tables further on said FÖRFALLEN. Page 1 says
    it too, and names the items that are in order first."""
    base = _one_point(dossiers, "none")
    aid = next(e for d in dossiers for e in d.equipment if e.category == "first_aid")
    expired = dataclasses.replace(
        aid, name="Hjärtstartare", location="Ytterväggen", condition="ok", due_state="overdue"
    )
    fine = dataclasses.replace(
        aid, name="Förbandslåda", location="Köket", condition="ok", due_state="ok"
    )
    point_id = base.safety_points[0].id
    others = tuple(
        e
        for e in base.equipment
        if not (e.safety_point_id == point_id and e.category == "first_aid")
    )
    dossier = _with_item(_with_item(dataclasses.replace(base, equipment=others), expired), fine)
    page = squash(_page_one(dossier, tmp_path / "x.pdf"))
    assert squash("Förbandslåda: Köket · Hjärtstartare: Ytterväggen – FÖRFALLEN") in page, page


def test_no_fuel_in_store_names_the_generator_s_tank(dossiers, tmp_path):
    """Page 1 said "Bränsle: Inget registrerat" while page 2 said "Diesel · tank 50 liter"
    (user test): read in a dark hall, that is "no fuel"."""
    base = _one_point(dossiers, "none")
    unit = dataclasses.replace(
        _generator(dossiers),
        condition="ok",
        due_state="ok",
        location="Garaget",
        facts={"kw": 16, "fuel_type": "Diesel", "tank_litres": 50},
    )
    point_id = base.safety_points[0].id
    others = tuple(
        e for e in base.equipment if not (e.safety_point_id == point_id and e.category == "fuel")
    )
    page = squash(
        _page_one(_with_item(dataclasses.replace(base, equipment=others), unit), tmp_path / "x.pdf")
    )
    assert squash("Bränsle Inget i lager; i aggregatet: Diesel, tank 50 liter") in page, page
