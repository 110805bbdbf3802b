"""The generator block: one reserve-power unit, where it stands and how to start, switch over and
stop it, in numbered steps. Printed on the point's second page of the checklist (page 1 points to
it) and on the reserve-power lead's role card.

A point without reserve power gets a plain statement of what that means and no instruction at
all about generators; a point that should have reserve power but whose unit or steps are not
registered gets a SAKNAS that says what to enter, and the lead's phone number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from trygghetsapp.domain.catalogues import GENERATOR_LEAD, RESERVE_POWER_LABELS, ReservePower
from trygghetsapp.domain.power import generator_kva, generator_kw
from trygghetsapp.reports import blocks, styles
from trygghetsapp.reports.blocks import W, para
from trygghetsapp.reports.flowables import SplitTable
from trygghetsapp.reports.styles import bold, esc
from trygghetsapp.services.readmodels import AreaDossier, EquipmentView, SafetyPointView

PHASES = (
    ("start_steps", "Starta"),
    ("switchover_steps", "Koppla om till reservkraft"),
    ("stop_steps", "När strömmen är tillbaka: koppla tillbaka och stäng av"),
)
SAFETY = (
    "Aggregatet ska stå utomhus eller i sin container: avgaserna (kolmonoxid) dödar inomhus. "
    "Tanka bara när motorn är avstängd och sval."
)
NO_POWER = (
    "Punkten har ingen egen reservkraft och ingen inkoppling för ett mobilt aggregat. Räkna med "
    "att elen är borta tills nätet är tillbaka: batterilampor, powerbanks och ett varmt rum."
)
NO_WORKING_POWER = (
    "Räkna med att elen är borta tills nätet är tillbaka: batterilampor, powerbanks och ett "
    "varmt rum. Säg till kommunen att aggregatet inte går att använda."
)
UNKNOWN_POWER = (
    "Det är inte angivet om punkten har reservkraft. Räkna inte med någon: batterilampor, "
    "powerbanks och ett varmt rum. Fråga kommunen."
)
LABEL_WIDTH = 40 * mm


def runtime_text(unit: EquipmentView) -> str:
    if unit.runtime_hours is None:
        return "inte angiven"
    text = f"cirka {blocks.number(unit.runtime_hours)} timmar på full tank"
    if unit.runtime_load_percent is not None:
        text += f" vid {unit.runtime_load_percent}{blocks.NBSP}% last"
    return text


def lead_text(dossier: AreaDossier) -> str:
    staffing = blocks.staffing_of(dossier, GENERATOR_LEAD)
    if staffing is None or staffing.holder is None:
        return "<b>SAKNAS</b> – ingen reservkraftansvarig utsedd"
    text = blocks.person(staffing.holder)
    if staffing.covering_deputies:
        text += "<br/>Ersättare: " + ", ".join(
            f"{esc(d.contact_name)} "
            f"<b>{styles.phone_markup(d.phone_display or '') or 'inget nummer'}</b>"
            for d in staffing.covering_deputies
        )
    return text


def _facts(dossier: AreaDossier, unit: EquipmentView, with_lead: bool) -> SplitTable:
    facts = unit.facts
    rows: list[tuple[str, str]] = [
        ("Står", esc(unit.location) if unit.location else "<b>SAKNAS</b> – platsen är inte angiven")
    ]
    fuel = str(facts.get("fuel_type") or "")
    tank = facts.get("tank_litres")
    fuel_text = esc(fuel) if fuel else "inte angivet"
    if tank not in (None, ""):
        fuel_text += f" · tank {esc(blocks.number(tank))}{blocks.NBSP}liter"
    rows.append(("Bränsle", fuel_text))
    rows.append(("Räcker", esc(runtime_text(unit))))
    details = []
    kw, kva = generator_kw(facts), generator_kva(facts)
    if kw is not None and kva is not None:  # kW to count loads in, kVA as it is rated and hired
        details.append(f"{blocks.number(kw)}{blocks.NBSP}kW ({blocks.number(kva)}{blocks.NBSP}kVA)")
    if facts.get("start"):
        details.append(f"start {facts['start']}")
    if facts.get("inverter"):
        details.append(f"frekvensomriktare: {facts['inverter']}")
    if details:
        rows.append(("Effekt och start", esc(", ".join(details))))
    if with_lead:
        rows.append(("Ansvarig", lead_text(dossier)))
    data = [
        [para(bold(label)), blocks.people(value) if label == "Ansvarig" else para(value)]
        for label, value in rows
    ]
    table = SplitTable(data, colWidths=[LABEL_WIDTH, W - LABEL_WIDTH])
    table.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def steps_table(title: str, steps: Sequence[str], width: float = W) -> Flowable:
    """A phase's numbered steps, 13 pt, under a shaded title; kept on one page."""
    rows: list[list[Any]] = [[para(bold(title), styles.STEP), ""]]
    if steps:
        rows += [
            [para(f"<b>{n}</b>", styles.STEP), para(esc(step), styles.STEP)]
            for n, step in enumerate(steps, 1)
        ]
    else:
        rows.append(
            ["", para("<b>SAKNAS</b> – stegen är inte inlagda i Trygghetsappen.", styles.STEP)]
        )
    table = SplitTable(rows, colWidths=[10 * mm, width - 10 * mm], repeatRows=1)
    table.setStyle(
        styles.table_style(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), styles.SHADE),
                ("BOX", (0, 0), (-1, -1), 0.8, styles.GRID),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return KeepTogether([table, Spacer(1, 2.5 * mm)])


def unit_block(
    dossier: AreaDossier, unit: EquipmentView, with_lead: bool = True, width: float = W
) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(esc(unit.name), styles.H3),
        _facts(dossier, unit, with_lead),
        Spacer(1, 3 * mm),
    ]
    for field, title in PHASES:
        story.append(steps_table(title, getattr(unit, field), width))
    story.append(para(f"<b>Säkerhet:</b> {esc(SAFETY)}", styles.BODY))
    return story


def point_power(
    dossier: AreaDossier, point: SafetyPointView, with_lead: bool = True
) -> list[Flowable]:
    """What the point has for reserve power, and how to run it; or that it has none, that its
    only units are broken or missing, or that nobody has stated it yet."""
    units = blocks.reserve_units(dossier, point)
    if not blocks.has_reserve_power(dossier, point):
        if units:
            named = ", ".join(esc(u.name) + blocks.state_mark(u) for u in units)
            return [
                para(
                    f"<b>Ingen fungerande reservkraft:</b> {named}. {esc(NO_WORKING_POWER)}",
                    styles.BANNER,
                )
            ]
        if point.reserve_power == ReservePower.UNKNOWN:
            return [para(f"<b>Reservkraft: ej angivet.</b> {esc(UNKNOWN_POWER)}", styles.BANNER)]
        return [para(f"<b>Ingen egen reservkraft.</b> {esc(NO_POWER)}", styles.BANNER)]
    if not units:
        label = RESERVE_POWER_LABELS.get(point.reserve_power)
        kind = label.sv if label else point.reserve_power
        notes = f" {esc(point.reserve_power_notes)}" if point.reserve_power_notes else ""
        return [
            blocks.missing(
                f"{kind}, men inget aggregat och ingen inkopplingspunkt är registrerad, så "
                "stegen saknas. Lägg in den under Utrustning (kategori Reservkraft) med stegen."
            ),
            *([para(notes.strip(), styles.BODY)] if notes else []),
            blocks.people(f"<b>Reservkraftansvarig:</b> {lead_text(dossier)}"),
        ]
    story: list[Flowable] = []
    for unit in units:
        story.extend(unit_block(dossier, unit, with_lead))
        story.append(Spacer(1, 3 * mm))
    return story
