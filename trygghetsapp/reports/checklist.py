"""Krischecklista: the document that hangs on the wall of the safety point.

Read by someone who arrives at a dark hall in a storm with a torch. So each safety point's part
starts with **page 1, "Första 10 minuterna"**, which alone is enough: where you are, where the key
is and who holds it, who to call in order (large), what to do now (read-do, chosen for this
point), and where the generator, fuel, first aid, water and radio are. Page 2 is the point's
reserve power in numbered steps (or plainly that it has none) and "Första timmen". Then, once per
area: the crisis staff, numbers and radio, the equipment to tick, the scenario cards, a one-page
event log, and a visitor tally with the sign-off.

Printed double-sided, each point's page 1 is a front (`ToFront`), and the area ends on an even
page (`kinds.area_story`), so in a combined stack no page 1 hides on another's back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from trygghetsapp.domain import coords
from trygghetsapp.domain.catalogues import EMERGENCY_NUMBERS, ReservePower
from trygghetsapp.reports import blocks, generator, styles
from trygghetsapp.reports.blocks import W, para
from trygghetsapp.reports.document import ToFront
from trygghetsapp.reports.flowables import (
    PackedCards,
    PageMark,
    RoomFor,
    SmallestOf,
    SplitTable,
    sign_off_block,
)
from trygghetsapp.reports.styles import bold, esc
from trygghetsapp.reports.templates import (
    ChecklistSection,
    ChecklistTemplate,
    TemplateSet,
    sections_for,
    sections_for_point,
)
from trygghetsapp.services.readmodels import AreaDossier, EquipmentView, SafetyPointView

DOCUMENT = "Krischecklista"

BANNERS = {
    "planned": "PLANERAD – inte i drift än: utrustningen finns kanske inte.",
    "being_equipped": "UNDER UTRUSTNING – allt finns kanske inte på plats än.",
}

WHERE = (
    ("reserve_power", "Reservkraft"),
    ("fuel", "Bränsle"),
    ("first_aid", "Första hjälpen"),
    ("water", "Vatten"),
    ("communications", "Samband"),
)
"""What page 1 says where to find, by equipment category."""
WHERE_MAX = 3
"""Items named per category on page 1; the equipment list has them all."""
PHONE_WIDTH = 60 * mm
"""The phone numbers' column: a Swedish number at 16-18 pt on one line (blocks.phone_para)."""

VMA = (
    "Signalen: 7 sekunder ljud, 14 sekunder tyst, om och om igen i minst 2 minuter. "
    "Gå inomhus, stäng fönster, dörrar och ventilation, och lyssna på Sveriges Radio P4. "
    "Faran över: en 30 sekunder lång signal. Provlarm kl. 15.00 första helgfria måndagen i mars, "
    "juni, september och december."
)
NO_NETWORK = "Inget mobilnät: ring 112 utan SIM-kort, eller åk till brandstationen."
LOG_ROWS = 10
TALLY_ROWS = 3


def story(dossier: AreaDossier, printed: dt.date, templates: TemplateSet) -> list[Flowable]:
    """The flowables of one area's checklist (without the section marker; see `kinds`)."""
    chosen = templates.templates
    parts: list[Flowable] = []
    points = blocks.ordered_points(dossier)
    if not points:
        parts.append(PageMark("INGEN PUNKT", dossier.area.name))
        parts.extend(first_page(dossier, None, chosen))
    several = len(points) > 1
    for index, point in enumerate(points):
        if index:
            parts.append(ToFront())
        parts.append(PageMark(blocks.status_text(point), point.name))
        parts.extend(first_page(dossier, point, chosen))
        parts.append(PageBreak())
        parts.extend(second_page(dossier, point, chosen, facts=not several))
    if several:
        parts.append(PageBreak())  # the area's shared pages are about every point
    parts.append(PageMark(blocks.area_status(dossier), dossier.area.name))
    parts.extend(area_pages(dossier, chosen, points if several else ()))
    return parts


# --- page 1: Första 10 minuterna ----------------------------------------------------------------


def first_page(
    dossier: AreaDossier, point: SafetyPointView | None, chosen: Sequence[ChecklistTemplate]
) -> list[Flowable]:
    if point is None:
        sections = [s for _t, ss in sections_for("first_minutes", [], chosen) for s in ss]
    else:
        powered = blocks.has_reserve_power(dossier, point)
        sections = sections_for_point("first_minutes", point, chosen, powered)
    section = sections[0] if sections else None
    frequency = blocks.p4_frequency(dossier)
    if section is not None and frequency:
        section = with_p4_frequency(section, frequency)
    title = section.heading if section else "Första 10 minuterna"
    story: list[Flowable] = [Paragraph(esc(title), styles.PAGE_TITLE)]
    if point is None:
        story.append(
            blocks.missing(
                "Ingen trygghetspunkt är registrerad för området. Bestäm lokal och för in den "
                "i Trygghetsappen innan listan sätts upp."
            )
        )
    else:
        story.extend(where_you_are(point))
        banner = BANNERS.get(point.status)
        if banner:
            story.append(boxed(para(esc(banner), styles.BANNER_LINE)))
        story.append(key_table(dossier, point))
    story.append(Paragraph("Ring i den här ordningen", styles.H3_TIGHT))
    story.append(call_table(dossier))
    story.append(para(esc(backup_text(dossier)), styles.BODY))
    if section is not None:
        story.append(blocks.checklist_section(section, title=False, objective=False))
    if point is not None:
        story.append(Paragraph("Här finns", styles.H3_TIGHT))
        story.append(where_table(dossier, point))
    return story


P4 = re.compile(r"\bP4\b")


def with_p4_frequency(section: ChecklistSection, frequency: str) -> ChecklistSection:
    """The section with the registered frequency beside "P4" ("Sätt på radion: P4 (94,4 MHz)
    sänder VMA"): whoever turns the radio on in the dark should not have to hunt for the channel.
    An item that names a frequency already is left as written."""
    items = tuple(
        replace(item, text=P4.sub(f"P4 ({frequency})", item.text, count=1))
        if P4.search(item.text) and "MHz" not in item.text
        else item
        for item in section.items
    )
    return replace(section, items=items)


def where_you_are(point: SafetyPointView) -> list[Flowable]:
    lines = [f"<b>{esc(point.name)}</b>"]
    lines.append(esc(point.address) if point.address else "<b>SAKNAS</b> – ingen adress")
    if point.latitude is not None and point.longitude is not None:
        lines.append(
            esc(
                f"{coords.format_wgs84(point.latitude, point.longitude)} (WGS 84) · "
                f"SWEREF 99 TM {coords.format_sweref(point.latitude, point.longitude)}"
            )
        )
    else:
        lines.append("<b>SAKNAS</b> – inga koordinater registrerade")
    return [
        para(lines[0], styles.H2_TIGHT),
        para("<br/>".join(lines[1:]), styles.BODY),
    ]


def boxed(flowable: Flowable, line: float = 2) -> Table:
    table = SplitTable([[flowable]], colWidths=[W])
    table.setStyle(
        styles.table_style(
            [
                ("BOX", (0, 0), (-1, -1), line, styles.GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def key_table(dossier: AreaDossier, point: SafetyPointView) -> Table:
    """Where the key is, and who holds it with a phone number."""
    key = point.key_holder or ""
    if point.access_notes:
        key = f"{key}. {point.access_notes}" if key else point.access_notes
    text = esc(key) if key else "<b>SAKNAS</b> – inte angivet var nyckeln finns"
    staffing = blocks.staffing_of(dossier, "key_holder")
    if staffing is not None and staffing.holder is not None:
        holder = staffing.holder
        phone = styles.phone_markup(holder.phone_display or "") or "inget telefonnummer"
        who = f"Nyckelansvarig: <b>{esc(holder.contact_name)}</b> <b>{phone}</b>"
    else:
        who = "Nyckelansvarig: <b>SAKNAS</b> – ingen utsedd"
    table = SplitTable(
        [[para(bold("Nyckel"), styles.CALL_NAME), blocks.people(f"{text}<br/>{who}")]],
        colWidths=[28 * mm, W - 28 * mm],
    )
    table.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, styles.GRID),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.GRID),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def call_rows(dossier: AreaDossier) -> list[tuple[str, str, str]]:
    """(who, name, phone) in calling order: coordinator, deputy, duty officer, 112."""
    rows: list[tuple[str, str, str]] = []
    staffing = blocks.staffing_of(dossier, "coordinator")
    holder = staffing.holder if staffing else None
    if holder is not None:
        rows.append(("Lokal samordnare", holder.contact_name, holder.phone_display or "–"))
    else:
        rows.append(("Lokal samordnare", "SAKNAS – ingen utsedd", "–"))
    covering = staffing.covering_deputies if staffing else ()
    deputy = covering[0] if covering else None
    if deputy is not None:
        rows.append(("Samordnarens ersättare", deputy.contact_name, deputy.phone_display or "–"))
    elif staffing is not None and staffing.deputy_is_holder:
        rows.append(("Samordnarens ersättare", "SAKNAS – samma person som samordnaren", "–"))
    else:
        rows.append(("Samordnarens ersättare", "SAKNAS – ingen utsedd", "–"))
    duty = blocks.duty_phone(dossier)
    rows.append(
        (
            "Kommunens tjänsteperson i beredskap",
            blocks.municipality_name(dossier),
            duty or "SAKNAS",
        )
    )
    rows.append(("", "Fara för liv, brand, olycka", "112"))
    return rows


def call_table(dossier: AreaDossier) -> Table:
    data = [
        [
            para(f"<b>{n}</b>", styles.CALL_PHONE),
            blocks.people(
                (f"<font size={styles.SIZE_BODY}>{esc(who)}</font><br/>" if who else "")
                + f"<font size={styles.SIZE_ITEM}><b>{esc(name)}</b></font>"
            ),
            blocks.phone_para(phone, styles.CALL_PHONE, PHONE_WIDTH),
        ]
        for n, (who, name, phone) in enumerate(call_rows(dossier), 1)
    ]
    widths = [11 * mm, W - 11 * mm - PHONE_WIDTH, PHONE_WIDTH]
    table = SplitTable(data, colWidths=widths)
    table.setStyle(
        styles.table_style(
            [
                ("BOX", (0, 0), (-1, -1), 2, styles.GRID),
                ("LINEBELOW", (0, 0), (-1, -2), 0.7, styles.GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def backup_text(dossier: AreaDossier) -> str:
    ways = [c.identifier for c in blocks.backup_channels(dossier)]
    if ways:
        return f"Telefonerna nere: {' · '.join(ways)}. {NO_NETWORK}"
    return NO_NETWORK


def where_table(dossier: AreaDossier, point: SafetyPointView) -> Table:
    """Where things are. A broken, missing or expired item says so beside it (it is never
    presented as in order), and the ones in order come first: page 1 names only WHERE_MAX of
    each."""
    items = blocks.point_equipment(dossier, point)
    rows = []
    for category, label in WHERE:
        found = sorted((i for i in items if i.category == category), key=blocks.in_order_first)
        if category == "reserve_power":
            text = reserve_power_text(dossier, point, found)
        elif category == "fuel" and not found:
            text = fuel_in_tanks(blocks.reserve_units(dossier, point)) or "Inget registrerat"
        elif found:
            text = " · ".join(
                esc(f"{i.name}: {i.location}" if i.location else i.name) + blocks.state_mark(i)
                for i in found[:WHERE_MAX]
            )
            if len(found) > WHERE_MAX:
                text += esc(f" · och {len(found) - WHERE_MAX} till (se Utrustning)")
        else:
            text = "Inget registrerat"
        rows.append([para(bold(label)), para(text)])
    table = SplitTable(rows, colWidths=[48 * mm, W - 48 * mm])
    table.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def fuel_in_tanks(units: Sequence[EquipmentView]) -> str:
    """With no fuel stored, what the point's generators hold: page 1 said "Bränsle: Inget
    registrerat" while page 2 said "Diesel · tank 50 liter" (user test)."""
    tanks = []
    for unit in units:
        fuel = str(unit.facts.get("fuel_type") or "")
        litres = unit.facts.get("tank_litres")
        if not fuel and litres in (None, ""):
            continue
        amount = (
            f", tank {blocks.number(litres)}{blocks.NBSP}liter" if litres not in (None, "") else ""
        )
        tanks.append(esc(f"{fuel or 'bränsle'}{amount}") + blocks.state_mark(unit))
    if not tanks:
        return ""
    return "Inget i lager; i aggregatet: " + " · ".join(tanks)


def reserve_power_text(
    dossier: AreaDossier, point: SafetyPointView, units: Sequence[EquipmentView]
) -> str:
    """Page 1's reserve-power line. A registered unit that works makes the point one with reserve
    power, whatever its own field says (the user test printed "Ingen egen reservkraft" beside a
    working generator); a broken or missing one is named with the word; "ej angivet" is said as
    such, neither as a generator nor as none."""
    named = " · ".join(esc(u.location or u.name) + blocks.state_mark(u) for u in units)
    if blocks.has_reserve_power(dossier, point):
        return named or "Inget registrerat"  # its name and steps are on page 2
    if named:
        return f"Ingen fungerande reservkraft: {named}"
    if point.reserve_power == ReservePower.UNKNOWN:
        return "Ej angivet om punkten har reservkraft: räkna inte med någon"
    return "Ingen egen reservkraft"


# --- page 2: reserve power, the first hour, the point's facts -----------------------------------


def second_page(
    dossier: AreaDossier,
    point: SafetyPointView,
    chosen: Sequence[ChecklistTemplate],
    facts: bool = True,
) -> list[Flowable]:
    """The point's reserve power, then (`facts`) its facts table. An area with several points
    prints the facts with the area's shared pages instead (`point_facts`): a point's part must
    end on a back page, so facts spilling from its page 2 cost a page and a blank back."""
    story: list[Flowable] = [
        Paragraph(esc(f"Reservkraft – {point.name}"), styles.H2_FIRST),
        *generator.point_power(dossier, point),
    ]
    if facts:
        story.extend(point_facts(dossier, point, "Om punkten"))
    return story


def point_facts(dossier: AreaDossier, point: SafetyPointView, title: str) -> list[Flowable]:
    table = blocks.point_facts(point, brief=True, units=blocks.reserve_units(dossier, point))
    return [*blocks.heading(title, table), table]


# --- the area's shared pages ----------------------------------------------------------------------


def area_pages(
    dossier: AreaDossier,
    chosen: Sequence[ChecklistTemplate],
    facts_of: Sequence[SafetyPointView] = (),
) -> list[Flowable]:
    """The pages about the whole area; `facts_of`: the points whose facts table goes here."""
    story: list[Flowable] = []
    staff = blocks.staffing_block(dossier)
    first = staff[-1] if isinstance(staff[-1], Table) else None
    story.extend(heading_first("Krisstab – roller och telefonnummer", first))
    story.extend(staff)
    story.extend(numbers_and_radio(dossier))
    for point in facts_of:
        story.extend(point_facts(dossier, point, f"Om punkten – {point.name}"))
    story.extend(blocks.equipment_tables(dossier, "Utrustning – kontrollera och kryssa i"))
    powered = blocks.powered_points(dossier)
    scenarios = sections_for("activation", dossier.safety_points, chosen, powered)
    scenarios += sections_for("scenario", dossier.safety_points, chosen, powered)
    cards = [blocks.checklist_section(s) for _template, sections in scenarios for s in sections]
    if cards:
        intro = para(
            "Använd det avsnitt som passar läget. Varje avsnitt är en pauspunkt: stanna, gå "
            "igenom listan tillsammans, kryssa i.",
            styles.BODY,
        )
        title = Paragraph("Scenarier", styles.H2)
        story.append(RoomFor([title, intro, SmallestOf(cards)]))
        story.extend([title, intro, PackedCards(cards)])
    story.append(PageBreak())
    story.extend(event_log())
    intro, tally = visitor_tally()
    story.extend(blocks.heading("Besöksräkning", tally, [intro], rows=3))
    story.append(tally)
    sign_off = sign_off_block(W, rows=2)
    authors = blocks.checklist_authors(dossier)
    drawn_up = (
        [para(esc(f"Checklistan är upprättad av {authors}."), styles.BODY)] if authors else []
    )
    story.extend(blocks.heading("Genomgången av", sign_off, drawn_up, rows=2))
    story.append(sign_off)
    return story


def heading_first(text: str, first: Table | None) -> list[Flowable]:
    return blocks.heading(text, first)


def numbers_and_radio(dossier: AreaDossier) -> list[Flowable]:
    """Emergency numbers, the duty officer, VMA and P4, and the ways to talk without phones."""
    duty = blocks.duty_phone(dossier)
    numbers: list[tuple[str, str]] = [(n, label.sv) for n, label in EMERGENCY_NUMBERS]
    numbers.append((duty or "SAKNAS", "Kommunens tjänsteperson i beredskap (via växeln)"))
    frequency = blocks.p4_frequency(dossier)
    numbers.append((f"P4 {frequency}" if frequency else "P4", "Sveriges Radio: VMA och läget"))
    # One number a row: two a row left 42 mm for a 16 pt number, and "0640-161 00" broke.
    rows: list[list[Any]] = [
        [blocks.phone_para(number, styles.NUMBER, PHONE_WIDTH), para(esc(label), styles.CELL)]
        for number, label in numbers
    ]
    table = SplitTable(rows, colWidths=[PHONE_WIDTH, W - PHONE_WIDTH])
    table.setStyle(blocks.grid_style(header_rows=0, extra=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    vma = esc(VMA)
    if not frequency:
        vma += " P4:s frekvens är inte registrerad: sök P4 på radion."
    # The heading goes with the first three numbers (112, 113 13, 114 14) at least.
    story = blocks.heading("Viktiga nummer, VMA och radio", table, rows=3)
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    story.append(boxed(para(f"<b>VMA, viktigt meddelande till allmänheten.</b> {vma}"), 1.2))
    story.append(Spacer(1, 3 * mm))
    story.extend(radio_block(dossier))
    story.extend(blocks.channels_block(dossier))
    return story


def radio_block(dossier: AreaDossier) -> list[Flowable]:
    """Rakel talk groups, satellite phones, radio channels: what works when phones do not. A
    radio that is broken or missing is listed with the word, never as a way to reach anyone."""
    lines = []
    for channel in blocks.backup_channels(dossier):
        label = blocks.CHANNEL_KIND_LABELS.get(channel.kind)
        lines.append(
            f"<b>{esc(label.sv if label else channel.kind)}:</b> {esc(channel.identifier)}"
        )
    for item in dossier.equipment:
        frequency = item.facts.get("frequency")
        if item.category == "communications" and frequency:  # a broken one says so
            lines.append(f"<b>{esc(item.name)}:</b> {esc(frequency)}{blocks.state_mark(item)}")
    if not lines:
        return []
    return [
        para("<b>Samband utan telefon</b>", styles.H3),
        para("<br/>".join(lines), styles.ITEM),
        Spacer(1, 3 * mm),
    ]


def event_log() -> list[Flowable]:
    """One page: time, event or decision, by whom."""
    header = [para(t, styles.CELL_HEADER) for t in ("Klockan", "Händelse eller beslut", "Av vem")]
    data: list[list[Any]] = [header] + [["", "", ""] for _ in range(LOG_ROWS)]
    widths = [24 * mm, W - 24 * mm - 45 * mm, 45 * mm]
    table = Table(data, colWidths=widths, rowHeights=[None] + [10 * mm] * LOG_ROWS, repeatRows=1)
    table.setStyle(blocks.grid_style())
    return [
        Paragraph("Händelselogg", styles.H2_FIRST),
        para(
            "Klockslag, vad som hänt eller beslutats, och vem. En rad per händelse; fortsätt på "
            "ett tomt papper. Lämna loggen till kommunen.",
            styles.BODY,
        ),
        table,
    ]


def visitor_tally() -> tuple[Flowable, Table]:
    """Numbers only, never names: the tally the municipality asks for, without personal data."""
    header = [
        para(t, styles.CELL_HEADER)
        for t in ("Tid (från–till)", "Streck för varje besökare", "Antal", "Varav övernattar")
    ]
    data: list[list[Any]] = [header] + [["", "", "", ""] for _ in range(TALLY_ROWS)]
    widths = [34 * mm, W - 34 * mm - 22 * mm - 30 * mm, 22 * mm, 30 * mm]
    table = Table(data, colWidths=widths, rowHeights=[None] + [11 * mm] * TALLY_ROWS, repeatRows=1)
    table.setStyle(blocks.grid_style())
    intro = para("Bara antal, inga namn: ett streck per besökare, räkna ihop varje pass.")
    return intro, table
