"""Rollkort: one card per crisis role, to hand to whoever takes the role on the day.

A card says what to do first, who normally holds the role and who stands in, in large type. Two
cards usually fit on a page; a card is kept on one page unless it alone is taller than one.

The reserve-power lead's card carries the generator block of every point that has reserve power
(where it stands, the numbered steps, fuel and run time). In an area where no point has reserve
power it says so instead of the role's usual "start the reserve power".
"""

from __future__ import annotations

import datetime as dt
import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from trygghetsapp.domain.catalogues import GENERATOR_LEAD, NO_RESERVE_POWER_ACTIONS
from trygghetsapp.reports import blocks, generator, styles
from trygghetsapp.reports.blocks import W, para
from trygghetsapp.reports.flowables import SplitTable, boxed_items
from trygghetsapp.reports.styles import bold, esc
from trygghetsapp.reports.templates import TemplateSet
from trygghetsapp.services.readmodels import AreaDossier, RoleStaffing, SafetyPointView

DOCUMENT = "Rollkort"
CARD_PADDING = 5 * mm


def first_actions(text: str) -> list[str]:
    """The role's first actions, one checkbox per sentence."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]


def _power_points(dossier: AreaDossier) -> list[SafetyPointView]:
    return [p for p in blocks.ordered_points(dossier) if blocks.has_reserve_power(dossier, p)]


def card(dossier: AreaDossier, staffing: RoleStaffing) -> Flowable:
    role = staffing.role
    inner = W - 2 * CARD_PADDING
    points = ", ".join(p.name for p in dossier.safety_points) or "ingen trygghetspunkt registrerad"
    content: list[Flowable] = [
        Paragraph(esc(role.name), styles.TITLE),
        para(
            f"{esc(dossier.area.name)} · {esc(points)}"
            + (" · <b>kritisk roll</b>" if role.critical else ""),
            styles.BODY,
        ),
        Paragraph("Gör först", styles.SECTION_TITLE),
    ]
    text = role.first_actions
    if role.code == GENERATOR_LEAD and not _power_points(dossier):
        text = NO_RESERVE_POWER_ACTIONS  # never "start the reserve power" where there is none
    actions = first_actions(text)
    if actions:
        content.append(boxed_items([(esc(a), False) for a in actions], inner))
    else:
        content.append(blocks.missing("Rollens första åtgärder är inte beskrivna."))
    people = [
        [para(bold("Ordinarie")), para(blocks.holder_text(staffing))],
        [para(bold("Ersättare")), para(blocks.deputies_text(staffing))],
    ]
    duty = blocks.duty_phone(dossier)
    if duty:
        people.append(
            [para(bold("Kommunen")), para(f"Tjänsteperson i beredskap: <b>{esc(duty)}</b>")]
        )
    people_table = SplitTable(people, colWidths=[32 * mm, inner - 32 * mm])
    people_table.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, -1), 0.5, styles.GRID),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    content.extend([Spacer(1, 2 * mm), people_table])
    frame = SplitTable([[content]], colWidths=[W])
    frame.setStyle(
        styles.table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, styles.GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), CARD_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CARD_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), CARD_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CARD_PADDING),
            ]
        )
    )
    return KeepTogether([frame, Spacer(1, 8 * mm)])


def story(dossier: AreaDossier, printed: dt.date, templates: TemplateSet) -> list[Flowable]:
    parts: list[Flowable] = [*blocks.title_block(DOCUMENT, dossier, printed)]
    if not dossier.staffing:
        parts.append(blocks.missing("Inga krisroller finns. Lägg in rollerna i Trygghetsappen."))
        return parts
    if not dossier.contacts:
        parts.append(blocks.missing("Inga kontaktpersoner är registrerade för området."))
    for staffing in dossier.staffing:
        parts.append(card(dossier, staffing))
        if staffing.role.code == GENERATOR_LEAD:
            parts.extend(generator_pages(dossier))
    return parts


def generator_pages(dossier: AreaDossier) -> list[Flowable]:
    """After the reserve-power lead's card: each point's reserve power, step by step."""
    points = _power_points(dossier)
    if not points:
        return []
    story: list[Flowable] = [Paragraph("Reservkraften steg för steg", styles.H2)]
    for point in points:
        story.append(Paragraph(esc(point.name), styles.H2_TIGHT))
        story.extend(generator.point_power(dossier, point, with_lead=False))
    story.append(Spacer(1, 8 * mm))
    return story
