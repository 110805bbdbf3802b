"""Blocks several documents share: header, staffing, numbers, equipment tables, missing notices.

Every block says plainly what is missing instead of printing an empty table: a checklist on the
wall that silently lacks the generator lead's phone number is worse than one that says "SAKNAS".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from trygghetsapp.domain import catalogues, coords
from trygghetsapp.domain.catalogues import (
    CHANNEL_KIND_LABELS,
    CONDITION_LABELS,
    EMERGENCY_NUMBERS,
    EQUIPMENT_CATEGORIES,
    FACT_LABELS,
    LEVELS,
    POINT_STATUS_LABELS,
    RESERVE_POWER_LABELS,
    SAFETY_POINT_KIND_LABELS,
    SERVICES,
    Condition,
    ReservePower,
)
from trygghetsapp.domain.readiness import DueState
from trygghetsapp.domain.values import format_phone
from trygghetsapp.reports import styles
from trygghetsapp.reports.document import format_date
from trygghetsapp.reports.flowables import CheckBox, RoomFor, SplitTable, boxed_items
from trygghetsapp.reports.styles import bold, esc
from trygghetsapp.reports.templates import MODE_HELP, ChecklistSection
from trygghetsapp.services.readmodels import (
    AreaDossier,
    AssignmentView,
    ChannelView,
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


CELL_PADDING = 12.0
"""A table cell's left and right padding together (reportlab's 6 pt each, as the tables keep)."""


def phone_para(number: str, style: ParagraphStyle, column_width: float) -> Paragraph:
    """A phone number on one line of its cell: its spaces never break (a number split over two
    lines is misdialled), and one too long for the cell at the style's size is set smaller,
    down to SIZE_PHONE_MIN (a mobile with a country code in a 16 pt column)."""
    room = column_width - CELL_PADDING
    size = style.fontSize
    needed = stringWidth(number, style.fontName, size)
    if needed > room:
        smaller = max(styles.SIZE_PHONE_MIN, size * room / needed)
        style = ParagraphStyle(
            f"{style.name}{smaller:.1f}",
            parent=style,
            fontSize=smaller,
            leading=style.leading * smaller / size,
        )
    return Paragraph(styles.phone_markup(number), style)


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


def heading(
    text: str, first: Table | None = None, more: Sequence[Flowable] = (), rows: int = 2
) -> list[Flowable]:
    """A second-level heading that never sits alone at the foot of a page.

    `RoomFor` measures the heading, any `more` flowables under it (a point's name, an intro
    line) and the first `rows` rows of the table that follows: if they do not fit, the page
    breaks first. keepWithNext would bind the heading to the whole table instead.
    """
    title = Paragraph(esc(text), styles.H2)
    return [RoomFor([title, *more], first, rows), title, *more]


NBSP = "\u00a0"


def number(value: object) -> str:
    """Numbers the Swedish way: "1 000", "2,5" (a no-break space groups thousands, so a number is
    never split over two lines)."""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int | float):
        text = f"{float(value):,.3f}".rstrip("0").rstrip(".")
        return text.replace(",", NBSP).replace(".", ",")
    return str(value)


def quantity(item: EquipmentView) -> str:
    return f"{number(item.quantity)}{NBSP}{item.unit}".strip()


def municipality_name(dossier: AreaDossier) -> str:
    return dossier.municipality.name if dossier.municipality else "Kommunen"


def duty_phone(dossier: AreaDossier) -> str:
    municipality = dossier.municipality
    if municipality is None:
        return ""
    return format_phone(municipality.duty_phone or municipality.switchboard_phone)


STATUS_ORDER = {"operational": 0, "being_equipped": 1, "planned": 2}


def ordered_points(dossier: AreaDossier) -> list[SafetyPointView]:
    """Points in use first, the highest level first among them: an area's page 1 is about the
    point people will go to."""
    return sorted(dossier.safety_points, key=lambda p: (STATUS_ORDER.get(p.status, 3), -p.level))


def status_text(point: SafetyPointView) -> str:
    """PLANERAD, UNDER UTRUSTNING, I DRIFT: the stored status in capitals, for the header."""
    label = POINT_STATUS_LABELS.get(point.status)
    return (label.sv if label else point.status).upper()


def area_status(dossier: AreaDossier) -> str:
    """The header of an area's shared pages: one status, or each point's."""
    points = ordered_points(dossier)
    if not points:
        return "INGEN PUNKT"
    statuses = list(dict.fromkeys(status_text(p) for p in points))
    if len(statuses) == 1:
        return statuses[0]
    return " · ".join(f"{short_name(p)}: {status_text(p)}" for p in points)


def short_name(point: SafetyPointView) -> str:
    """The point's name without "(FIKTIV)" and what follows a dash: for tight places."""
    name = re.sub(r"\s*\(FIKTIV[^)]*\)", "", point.name)
    return name.split(" – ")[0].strip() or point.name


def staffing_of(dossier: AreaDossier, code: str) -> RoleStaffing | None:
    return next((s for s in dossier.staffing if s.role.code == code), None)


def point_equipment(dossier: AreaDossier, point: SafetyPointView) -> list[EquipmentView]:
    return [e for e in dossier.equipment if e.safety_point_id == point.id]


def reserve_units(dossier: AreaDossier, point: SafetyPointView) -> list[EquipmentView]:
    return [e for e in point_equipment(dossier, point) if e.is_reserve_power]


def has_reserve_power(dossier: AreaDossier, point: SafetyPointView) -> bool:
    """Whether the point can count on reserve power: stated as fixed or a mobile inlet, or a
    reserve-power unit is registered there that is not broken or missing."""
    return catalogues.has_reserve_power(
        point.reserve_power, (u.condition for u in reserve_units(dossier, point))
    )


def powered_points(dossier: AreaDossier) -> list[str]:
    """The ids of the points that can count on reserve power (for `templates.sections_for`)."""
    return [p.id for p in dossier.safety_points if has_reserve_power(dossier, p)]


UNUSABLE_WORDS: dict[str, str] = {Condition.DEFECT: "TRASIG", Condition.MISSING: "SAKNAS"}
"""What page 1 prints beside an item that cannot be counted on (catalogues.UNUSABLE)."""


def state_mark(item: EquipmentView) -> str:
    """ " – TRASIG" or " – SAKNAS" beside a broken or missing item, " – FÖRFALLEN" beside one
    past its expiry or service date (the tables further on say so; page 1 listed an expired
    defibrillator as if nothing were wrong); "" beside one in order."""
    word = UNUSABLE_WORDS.get(item.condition)
    if word is None and item.due_state == DueState.OVERDUE:
        word = DUE_TEXT[DueState.OVERDUE]
    return f" – <b>{word}</b>" if word else ""


def in_order_first(item: EquipmentView) -> tuple[bool, bool]:
    """Sort key: items in order, then those past their date, then the broken or missing."""
    return item.condition in UNUSABLE_WORDS, item.due_state == DueState.OVERDUE


def p4_frequency(dossier: AreaDossier) -> str:
    """The P4 frequency as registered ("100,0 MHz"): the area's own P4 channel, else the
    municipality's VMA frequency (its Kommun page); "" when neither gives one."""
    for channel in dossier.channels:
        if channel.kind == "radio_p4":
            found = re.search(r"\d{2,3}(?:[,.]\d{1,2})?\s*MHz", channel.identifier)
            if found:
                return found.group(0).replace(".", ",")
    municipality = dossier.municipality
    return municipality.vma_frequency if municipality is not None else ""


def checklist_authors(dossier: AreaDossier) -> str:
    """Who drew up the checklists (the Kommun page), with the municipality; "" when unset."""
    municipality = dossier.municipality
    if municipality is None or not municipality.checklist_authors:
        return ""
    return f"{municipality.checklist_authors}, {municipality.name}"


BACKUP_CHANNELS = ("rakel", "satellite_phone", "radio")


def backup_channels(dossier: AreaDossier) -> list[ChannelView]:
    """Ways to reach the municipality when the mobile network is down."""
    order = {kind: i for i, kind in enumerate(BACKUP_CHANNELS)}
    chosen = [c for c in dossier.channels if c.kind in order]
    return sorted(chosen, key=lambda c: order[c.kind])


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


COMPACT_ROWS = ("Trygghetspunkt", "Status", "Adress", "Nyckel", "Reservkraft")
PAGE_ONE_ROWS = ("Adress", "WGS 84", "SWEREF 99 TM", "Koordinater", "Nyckel")


def point_facts(
    point: SafetyPointView,
    compact: bool = False,
    brief: bool = False,
    units: Sequence[EquipmentView] = (),
) -> Table:
    """Where the point is and how to get in: what the first person on site needs.

    `units`: the point's reserve-power units; one that works is named when the point's own field
    does not say fixed or mobile inlet (a registered generator is not "Ingen reservkraft").

    `compact` keeps only what an inspector needs to find the place and get in; `brief` leaves
    out what the checklist's page 1 already says (address, coordinates, key).
    """
    kind = SAFETY_POINT_KIND_LABELS.get(point.kind)
    level = LEVELS.get(point.level)
    rows = [
        ("Trygghetspunkt", f"<b>{esc(point.name)}</b> ({esc(kind.sv if kind else point.kind)})"),
        ("Status", f"<b>{esc(status_text(point))}</b>"),
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
    working = [u.name for u in units if u.condition not in catalogues.UNUSABLE]
    stated = point.reserve_power in (ReservePower.FIXED, ReservePower.MOBILE_INLET)
    if working and not stated:
        power_text = f"Aggregat registrerat: {', '.join(working)} (punktens uppgift: {power_text})"
    if point.reserve_power_notes:
        power_text += f". {point.reserve_power_notes}"
    rows.append(("Reservkraft", esc(power_text)))
    if point.heating or point.water:
        rows.append(
            ("Värme / vatten", esc(" / ".join(x for x in (point.heating, point.water) if x)))
        )
    if point.services:
        offered = [SERVICES[s].sv if s in SERVICES else s for s in point.services]
        rows.append(("Erbjuder", esc(", ".join(offered))))
    capacity = [
        f"{number(n)} {what}"
        for n, what in ((point.capacity_day, "dagtid"), (point.capacity_night, "natt"))
        if n is not None
    ]
    rows.append(("Platser", esc(", ".join(capacity)) if capacity else "inte angivet"))
    if point.notes:
        rows.append(("Anteckningar", esc(point.notes)))
    if compact:
        rows = [row for row in rows if row[0] in COMPACT_ROWS]
    if brief:
        rows = [row for row in rows if row[0] not in PAGE_ONE_ROWS]
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
        table = point_facts(point, compact, units=reserve_units(dossier, point))
        story.extend([table, Spacer(1, 3 * mm)])
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
    header = [para(t, styles.CELL_HEADER) for t in ("Kanal", "Adress / kanal", "Utan el", "Testad")]
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
    phone = styles.phone_markup(assignment.phone_display or "") or "inget telefonnummer"
    return (
        f"<font size={styles.SIZE_NAME}><b>{esc(assignment.contact_name)}</b></font><br/>"
        f"<font size={styles.SIZE_ITEM}><b>{phone}</b></font>"
    )


def people(text: str) -> Paragraph:
    """A cell with names and phone numbers: never hyphenated."""
    return Paragraph(text, styles.PEOPLE)


def holder_text(staffing: RoleStaffing) -> str:
    if staffing.holder is None:
        return "<b>SAKNAS</b> – ingen ordinarie utsedd"
    return person(staffing.holder)


def deputies_text(staffing: RoleStaffing) -> str:
    """The deputies who are other people than the holder (domain.readiness): the holder
    written down again as their own deputy stands in for nobody."""
    covering = staffing.covering_deputies
    if not covering:
        if staffing.deputy_is_holder:
            return "<b>SAKNAS</b> – ersättaren är samma person som ordinarie"
        if staffing.role.critical:
            return "<b>SAKNAS</b> – ingen ersättare"
        return "Ingen ersättare"
    return "<br/>".join(person(d) for d in covering)


ROLE_WIDTH = 46 * mm


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
        rows.append([para(role), people(holder_text(staffing)), people(deputies_text(staffing))])
    table = SplitTable(
        rows, colWidths=[ROLE_WIDTH, (W - ROLE_WIDTH) / 2, (W - ROLE_WIDTH) / 2], repeatRows=1
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


def point_heading(point: SafetyPointView, first: Table | None = None) -> list[Flowable]:
    """Separates the equipment of several safety points in one area (never alone at a foot:
    it stays with the first rows of its first table)."""
    title = Paragraph(esc(point.name), styles.H3)
    return [RoomFor([title], first), title]


EQUIPMENT_WIDTHS = [11 * mm, 68 * mm, 26 * mm, 30 * mm, W - 135 * mm]


def titled_tables(
    title: str | None, groups: Sequence[tuple[SafetyPointView | None, Table]]
) -> list[Flowable]:
    """Tables under a heading, a point's name before its first table; neither heading is ever
    left at a page's foot without the first rows of the table it introduces."""
    story: list[Flowable] = []
    current: SafetyPointView | None = None
    for index, (point, table) in enumerate(groups):
        more: list[Flowable] = []
        if point is not None and point is not current:
            more = [Paragraph(esc(point.name), styles.H3)]
            current = point
        if index == 0 and title:
            story.extend(heading(title, table, more))
        elif more:
            story.extend([RoomFor(more, table), *more])
        story.extend([table, Spacer(1, 4 * mm)])
    return story


def equipment_tables(dossier: AreaDossier, title: str | None = None) -> list[Flowable]:
    """One table per category (and per 50 rows), a checkbox per item; the header row repeats.

    The header row carries the category name, so a continuation on the next page still says
    what it is a list of.
    """
    if not dossier.equipment:
        return [
            *([Paragraph(esc(title), styles.H2)] if title else []),
            missing(
                "Ingen utrustning är registrerad. Inventera punkten med Inventeringsprotokollet "
                "och för in utrustningen i Trygghetsappen."
            ),
        ]
    groups: list[tuple[SafetyPointView | None, Table]] = []
    for point, label, items in grouped_equipment(dossier):
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
            groups.append((point, table))
    return titled_tables(title, groups)


# --- checklist sections and writing space -------------------------------------------------------


def checklist_section(
    section: ChecklistSection, title: bool = True, objective: bool = True
) -> KeepTogether:
    """One pause point on one page: title with mode, objective, 5-9 boxed items (R3, R4, R8).

    A section chosen for only some of the area's points says which ("Gäller: ..."). `title`
    False: the page's own title is the section's heading (page 1); `objective` False: only the
    mode's one-line help (page 1, where every line counts).
    """
    parts: list[Flowable] = []
    if title:
        parts.append(Paragraph(esc(section.heading), styles.SECTION_TITLE))
    if section.points:
        parts.append(para(f"<b>Gäller:</b> {esc(', '.join(section.points))}", styles.OBJECTIVE))
    aim = f"<b>Mål:</b> {esc(section.objective)} " if objective else ""
    parts.append(para(f"{aim}{esc(MODE_HELP[section.mode])}", styles.OBJECTIVE))
    parts.append(boxed_items([(esc(i.text), i.critical) for i in section.items], W))
    return KeepTogether([*parts, Spacer(1, 5 * mm)])
