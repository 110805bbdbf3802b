"""Blocks several documents share: header, staffing, numbers, equipment tables, missing notices.

Every block says plainly what is missing instead of printing an empty table: a checklist on the
wall that silently lacks the generator lead's phone number is worse than one that says "SAKNAS".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from trygghetsapp.domain import coords
from trygghetsapp.domain.catalogues import (
    CHANNEL_KIND_LABELS,
    CONDITION_LABELS,
    EMERGENCY_NUMBERS,
    EQUIPMENT_CATEGORIES,
    FACT_LABELS,
    LEVELS,
    RESERVE_POWER_LABELS,
    SAFETY_POINT_KIND_LABELS,
)
from trygghetsapp.domain.readiness import DueState
from trygghetsapp.domain.values import format_phone
from trygghetsapp.reports import styles
from trygghetsapp.reports.document import format_date
from trygghetsapp.reports.flowables import CheckBox, SplitTable, boxed_items
from trygghetsapp.reports.styles import bold, esc
from trygghetsapp.reports.templates import MODE_HELP, ChecklistSection
from trygghetsapp.services.readmodels import (
    AreaDossier,
    AssignmentView,
    EquipmentView,
    RoleStaffing,
    SafetyPointView,
)

W = styles.FRAME_WIDTH
ROWS_PER_TABLE = 50
"""Equipment tables are cut into chunks of this many rows: reportlab's table layout grows faster
than linearly with rows (8,000 rows in one table take about 3x as long as in 50-row tables)."""

DUE_TEXT = {
    DueState.OVERDUE: "FÖRFALLEN",
    DueState.NEVER_CHECKED: "Aldrig kontrollerad",
    DueState.DUE_SOON: "Snart dags",
}
"""Due states in words, so a grey print still shows them (colour is never the only cue, R6)."""


def para(text: str, style: Any = styles.CELL) -> Paragraph:
    return Paragraph(text, style)


def missing(text: str) -> Paragraph:
    """A bold "SAKNAS" notice: what is missing and what to do about it."""
    return Paragraph(f"<b>SAKNAS:</b> {esc(text)}", styles.WARNING)


def grid_style(header_rows: int = 1, extra: Iterable[tuple[Any, ...]] = ()) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.7, styles.GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), styles.SHADE))
    commands.extend(extra)
    return styles.table_style(commands)


def heading(text: str, room: float = 45 * mm) -> list[Flowable]:
    """A second-level heading that never sits alone at the foot of a page.

    A conditional page break rather than keepWithNext: keepWithNext binds the heading to the
    whole following table, and a table taller than the space left would push both to a new page.
    """
    return [CondPageBreak(room), Paragraph(esc(text), styles.H2)]


def number(value: object) -> str:
    """Numbers the Swedish way: no trailing .0, decimal comma."""
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def quantity(item: EquipmentView) -> str:
    amount = f"{item.quantity:g}".replace(".", ",")
    return f"{amount} {item.unit}".strip()


def municipality_name(dossier: AreaDossier) -> str:
    return dossier.municipality.name if dossier.municipality else "Kommunen"


def duty_phone(dossier: AreaDossier) -> str:
    municipality = dossier.municipality
    if municipality is None:
        return ""
    return format_phone(municipality.duty_phone or municipality.switchboard_phone)


# --- header -------------------------------------------------------------------------------------


def _facts_table(rows: Sequence[tuple[str, str]]) -> Table:
    data = [[para(bold(label)), para(value)] for label, value in rows]
    table = SplitTable(data, colWidths=[42 * mm, W - 42 * mm])
    table.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


COMPACT_ROWS = ("Trygghetspunkt", "Adress", "Nyckel", "Reservkraft")


def point_facts(point: SafetyPointView, compact: bool = False) -> Table:
    """Where the point is and how to get in: what the first person on site needs.

    `compact` keeps only what an inspector needs to find the place and get in.
    """
    kind = SAFETY_POINT_KIND_LABELS.get(point.kind)
    level = LEVELS.get(point.level)
    rows = [
        ("Trygghetspunkt", f"<b>{esc(point.name)}</b> ({esc(kind.sv if kind else point.kind)})"),
        ("Adress", esc(point.address) if point.address else "<b>SAKNAS</b> – ingen adress"),
    ]
    if point.latitude is not None and point.longitude is not None:
        rows.append(("WGS 84", esc(coords.format_wgs84(point.latitude, point.longitude))))
        rows.append(("SWEREF 99 TM", esc(coords.format_sweref(point.latitude, point.longitude))))
    else:
        rows.append(("Koordinater", "<b>SAKNAS</b> – inga koordinater registrerade"))
    rows.append(("Nivå", esc(level.sv if level else point.level)))
    key = point.key_holder or ""
    if point.access_notes:
        key = f"{key}. {point.access_notes}" if key else point.access_notes
    rows.append(("Nyckel", esc(key) if key else "<b>SAKNAS</b> – ingen nyckelansvarig angiven"))
    rows.append(
        (
            "Öppningsrutin",
            esc(point.opening_routine)
            if point.opening_routine
            else "<b>SAKNAS</b> – ingen öppningsrutin beskriven",
        )
    )
    power = RESERVE_POWER_LABELS.get(point.reserve_power)
    power_text = power.sv if power else point.reserve_power
    if point.reserve_power_notes:
        power_text += f". {point.reserve_power_notes}"
    rows.append(("Reservkraft", esc(power_text)))
    if point.heating or point.water:
        rows.append(
            ("Värme / vatten", esc(" / ".join(x for x in (point.heating, point.water) if x)))
        )
    if compact:
        rows = [row for row in rows if row[0] in COMPACT_ROWS]
    return _facts_table(rows)


def title_block(document: str, dossier: AreaDossier, printed: dt.date) -> list[Flowable]:
    area = dossier.area
    villages = ", ".join(area.villages)
    subtitle = f"{esc(municipality_name(dossier))}"
    if villages:
        subtitle += f" · Byar: {esc(villages)}"
    subtitle += f" · Utskriven {printed.isoformat()}"
    return [
        Paragraph(f"{esc(document)} – {esc(area.name)}", styles.TITLE),
        para(subtitle, styles.SUBTITLE),
    ]


def points_block(dossier: AreaDossier, compact: bool = False) -> list[Flowable]:
    if not dossier.safety_points:
        return [
            missing(
                "Ingen trygghetspunkt är registrerad för området. Bestäm lokal och för in den "
                "i Trygghetsappen innan listan sätts upp."
            )
        ]
    story: list[Flowable] = []
    for point in dossier.safety_points:
        story.extend([point_facts(point, compact), Spacer(1, 3 * mm)])
    return story


# --- numbers and channels -----------------------------------------------------------------------


def numbers_table(dossier: AreaDossier) -> Table:
    """Emergency numbers in large type, the duty number and P4 for VMA."""
    rows: list[list[Any]] = [
        [para(number, styles.BIG_NUMBER), para(esc(label.sv), styles.ITEM)]
        for number, label in EMERGENCY_NUMBERS
    ]
    duty = duty_phone(dossier)
    if duty:
        who = f"{esc(municipality_name(dossier))}: tjänsteperson i beredskap (via växeln)"
        rows.append([para(esc(duty), styles.PHONE), para(who, styles.ITEM)])
    else:
        rows.append(
            [
                para("SAKNAS", styles.PHONE),
                para("Kommunens nummer för tjänsteperson i beredskap", styles.ITEM),
            ]
        )
    rows.append(
        [
            para("P4", styles.BIG_NUMBER),
            para(
                "VMA, viktigt meddelande till allmänheten: gå inomhus, stäng fönster, dörrar "
                "och ventilation, lyssna på Sveriges Radio P4.",
                styles.ITEM,
            ),
        ]
    )
    table = SplitTable(rows, colWidths=[48 * mm, W - 48 * mm])
    table.setStyle(grid_style(header_rows=0, extra=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def alarm_strip(dossier: AreaDossier) -> Table:
    """The three numbers that matter most, boxed at the top of the first page."""
    duty = duty_phone(dossier) or "SAKNAS"
    cells = [
        [para("112", styles.BIG_NUMBER), para("Fara för liv, brand, olycka", styles.ITEM)],
        [para("113 13", styles.BIG_NUMBER), para("Information vid kris", styles.ITEM)],
        [
            para(esc(duty), styles.BIG_NUMBER),
            para("Kommunens tjänsteperson i beredskap", styles.ITEM),
        ],
    ]
    table = Table([cells], colWidths=[W * 0.3, W * 0.3, W * 0.4])
    table.setStyle(
        styles.table_style(
            [
                ("BOX", (0, 0), (-1, -1), 2, styles.GRID),
                ("LINEAFTER", (0, 0), (1, 0), 0.8, styles.GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def channels_block(dossier: AreaDossier) -> list[Flowable]:
    if not dossier.channels:
        return [
            missing(
                "Inga informationskanaler är registrerade. Lägg in minst en kanal som fungerar "
                "utan el (anslagstavla, radio, Rakel)."
            )
        ]
    header = [
        para(t, styles.CELL_HEADER) for t in ("Kanal", "Adress / kanal", "Utan el?", "Testad")
    ]
    rows: list[list[Any]] = [header]
    for channel in dossier.channels:
        kind = CHANNEL_KIND_LABELS.get(channel.kind)
        ident = esc(channel.identifier)
        if channel.notes:
            ident += f"<br/>{esc(channel.notes)}"
        rows.append(
            [
                para(bold(kind.sv if kind else channel.kind)),
                para(ident),
                para(bold("Ja") if channel.works_without_power else "Nej"),
                para(format_date(channel.last_tested, "aldrig")),
            ]
        )
    table = SplitTable(
        rows, colWidths=[45 * mm, W - 45 * mm - 54 * mm, 24 * mm, 30 * mm], repeatRows=1
    )
    table.setStyle(grid_style())
    return [table]


# --- staffing -----------------------------------------------------------------------------------


def person(assignment: AssignmentView) -> str:
    phone = esc(assignment.phone_display) if assignment.phone_display else "inget telefonnummer"
    return (
        f"<font size={styles.SIZE_NAME}><b>{esc(assignment.contact_name)}</b></font><br/>"
        f"<font size={styles.SIZE_ITEM}><b>{phone}</b></font>"
    )


def holder_text(staffing: RoleStaffing) -> str:
    if staffing.holder is None:
        return "<b>SAKNAS</b> – ingen ordinarie utsedd"
    return person(staffing.holder)


def deputies_text(staffing: RoleStaffing) -> str:
    if not staffing.deputies:
        if staffing.role.critical:
            return "<b>SAKNAS</b> – ingen ersättare"
        return "Ingen ersättare"
    return "<br/>".join(person(d) for d in staffing.deputies)


def staffing_block(dossier: AreaDossier) -> list[Flowable]:
    """Who holds which crisis role, with phone numbers in large type."""
    if not dossier.staffing:
        return [missing("Inga krisroller finns. Lägg in rollerna och vem som har dem.")]
    header = [para(t, styles.CELL_HEADER) for t in ("Roll", "Ordinarie", "Ersättare")]
    rows: list[list[Any]] = [header]
    for staffing in dossier.staffing:
        role = bold(staffing.role.name)
        if staffing.role.critical:
            role += "<br/>(kritisk roll)"
        rows.append([para(role), para(holder_text(staffing)), para(deputies_text(staffing))])
    table = SplitTable(
        rows, colWidths=[56 * mm, (W - 56 * mm) / 2, (W - 56 * mm) / 2], repeatRows=1
    )
    table.setStyle(grid_style())
    story: list[Flowable] = [table]
    if not dossier.contacts:
        story.insert(0, missing("Inga kontaktpersoner är registrerade för området."))
    unstaffed = sum(1 for s in dossier.staffing if s.missing_holder)
    if unstaffed == len(dossier.staffing):
        story.insert(0, missing("Ingen roll är bemannad. Utse ordinarie och ersättare."))
    return story


# --- equipment ----------------------------------------------------------------------------------


def grouped_equipment(
    dossier: AreaDossier,
) -> list[tuple[SafetyPointView | None, str, list[EquipmentView]]]:
    """(point, category label, items) in catalogue order; point is None when the area has one."""
    order = {code: index for index, code in enumerate(EQUIPMENT_CATEGORIES)}
    points = {p.id: p for p in dossier.safety_points}
    several = len(points) > 1
    groups: dict[tuple[str, str], list[EquipmentView]] = {}
    for item in dossier.equipment:
        groups.setdefault((item.safety_point_id if several else "", item.category), []).append(item)
    point_order = {p.id: i for i, p in enumerate(dossier.safety_points)}
    keys = sorted(groups, key=lambda k: (point_order.get(k[0], -1), order.get(k[1], 99), k[1]))
    result = []
    for point_id, category in keys:
        known = EQUIPMENT_CATEGORIES.get(category)
        label = known.label.sv if known else category
        items = sorted(groups[(point_id, category)], key=lambda i: (i.name.casefold(), i.id))
        result.append((points.get(point_id) if several else None, label, items))
    return result


def item_description(item: EquipmentView) -> str:
    """Name in bold, then quantity and place, then facts and notes in smaller type."""
    where = " · ".join(x for x in (quantity(item), item.location) if x)
    text = bold(item.name) + (f"<br/>{esc(where)}" if where else "")
    facts = [
        f"{FACT_LABELS[k].sv if k in FACT_LABELS else k}: {number(v)}"
        for k, v in sorted(item.facts.items())
        if v not in (None, "")
    ]
    extra = " · ".join(facts)
    if item.serial_number:
        extra = f"{extra} · Nr {item.serial_number}" if extra else f"Nr {item.serial_number}"
    if extra:
        text += f"<br/><font size={styles.SIZE_SMALL}>{esc(extra)}</font>"
    if item.notes:
        text += f"<br/><font size={styles.SIZE_SMALL}>{esc(item.notes)}</font>"
    return text


def condition_text(item: EquipmentView) -> str:
    """OK in plain type; anything else in bold, one-word states (TRASIG, SAKNAS) in capitals.

    "Behöver service" stays in mixed case: in capitals it does not fit the column at 12 pt.
    """
    label = CONDITION_LABELS.get(item.condition)
    text = label.sv if label else item.condition
    if item.condition == "ok":
        return esc(text)
    return f"<b>{esc(text if ' ' in text else text.upper())}</b>"


def last_checked_text(item: EquipmentView) -> str:
    return format_date(item.last_checked, "aldrig")


def next_due_text(item: EquipmentView) -> str:
    """The next service or expiry date, and the due state in words (FÖRFALLEN, ...)."""
    lines = [format_date(item.due_date, "nu")]
    flag = DUE_TEXT.get(item.due_state)
    if flag:
        lines.append(f"<b>{flag}</b>")
    return "<br/>".join(lines)


def chunks(
    items: Sequence[EquipmentView], size: int = ROWS_PER_TABLE
) -> list[Sequence[EquipmentView]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [items]


def group_title(label: str, part: int, parts: int) -> str:
    return f"{label} (del {part} av {parts})" if parts > 1 else label


def point_heading(point: SafetyPointView) -> list[Flowable]:
    """Separates the equipment of several safety points in one area (never alone at a foot)."""
    return [CondPageBreak(60 * mm), Paragraph(esc(point.name), styles.H3)]


EQUIPMENT_WIDTHS = [11 * mm, 68 * mm, 26 * mm, 30 * mm, W - 135 * mm]


def equipment_tables(dossier: AreaDossier) -> list[Flowable]:
    """One table per category (and per 50 rows), a checkbox per item; the header row repeats.

    The header row carries the category name, so a continuation on the next page still says
    what it is a list of.
    """
    if not dossier.equipment:
        return [
            missing(
                "Ingen utrustning är registrerad. Inventera punkten med Inventeringsprotokollet "
                "och för in utrustningen i Trygghetsappen."
            )
        ]
    story: list[Flowable] = []
    current: SafetyPointView | None = None
    for point, label, items in grouped_equipment(dossier):
        if point is not None and point is not current:
            story.extend(point_heading(point))
            current = point
        parts = chunks(items)
        for number, part in enumerate(parts, 1):
            header: list[Any] = [
                para(bold(group_title(label, number, len(parts))), styles.CELL),
                "",
                *(
                    para(t, styles.CELL_HEADER)
                    for t in ("Skick", "Senast kontrollerad", "Nästa service / utgång")
                ),
            ]
            rows: list[list[Any]] = [header]
            for item in part:
                rows.append(
                    [
                        CheckBox(),
                        para(item_description(item)),
                        para(condition_text(item)),
                        para(last_checked_text(item)),
                        para(next_due_text(item)),
                    ]
                )
            table = SplitTable(rows, colWidths=EQUIPMENT_WIDTHS, repeatRows=1)
            table.setStyle(
                grid_style(
                    extra=[
                        ("SPAN", (0, 0), (1, 0)),
                        ("LEFTPADDING", (3, 0), (-1, -1), 4),
                        ("RIGHTPADDING", (3, 0), (-1, -1), 3),
                    ]
                )
            )
            story.extend([table, Spacer(1, 4 * mm)])
    return story


# --- checklist sections and writing space -------------------------------------------------------


def checklist_section(section: ChecklistSection) -> KeepTogether:
    """One pause point on one page: title with mode, objective, 5-9 boxed items (R3, R4, R8)."""
    title = Paragraph(esc(section.heading), styles.SECTION_TITLE)
    objective = para(
        f"<b>Mål:</b> {esc(section.objective)} {esc(MODE_HELP[section.mode])}",
        styles.OBJECTIVE,
    )
    items = boxed_items([(esc(i.text), i.critical) for i in section.items], W)
    return KeepTogether([title, objective, items, Spacer(1, 5 * mm)])
