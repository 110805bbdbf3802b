"""Rollkort: one card per crisis role, to hand to whoever takes the role on the day.

A card says what to do first, who normally holds the role and who stands in, in large type. Two
cards usually fit on a page; a card is kept on one page unless it alone is taller than one.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from trygghetsapp.reports import blocks, styles
from trygghetsapp.reports.blocks import W, para
from trygghetsapp.reports.flowables import SplitTable, boxed_items
from trygghetsapp.reports.styles import bold, esc
from trygghetsapp.services.readmodels import AreaDossier, RoleStaffing

DOCUMENT = "Rollkort"
CARD_PADDING = 5 * mm


def first_actions(text: str) -> list[str]:
    """The role's first actions, one checkbox per sentence."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]


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
    actions = first_actions(role.first_actions)
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


def story(dossier: AreaDossier, printed: dt.date, templates: Path | None = None) -> list[Flowable]:
    parts: list[Flowable] = [*blocks.title_block(DOCUMENT, dossier, printed)]
    if not dossier.staffing:
        parts.append(blocks.missing("Inga krisroller finns. Lägg in rollerna i Trygghetsappen."))
        return parts
    if not dossier.contacts:
        parts.append(blocks.missing("Inga kontaktpersoner är registrerade för området."))
    parts.extend(card(dossier, staffing) for staffing in dossier.staffing)
    return parts
