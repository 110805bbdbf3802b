"""Krischecklista: the document that hangs on the wall of the safety point.

Order follows what people need when the power has just gone: where they are and how to get in,
who to call, what to do on opening, then the numbers, the equipment, the scenarios, and finally
room to write and sign. Each checklist section is a pause point kept on one page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from trygghetsapp.reports import blocks, styles
from trygghetsapp.reports.flowables import WritingLines, sign_off_block
from trygghetsapp.reports.styles import esc
from trygghetsapp.reports.templates import sections_for
from trygghetsapp.services.readmodels import AreaDossier

DOCUMENT = "Krischecklista"


def story(dossier: AreaDossier, printed: dt.date, templates: Path | None = None) -> list[Flowable]:
    """The flowables of one area's checklist (without the section marker; see `kinds`)."""
    parts: list[Flowable] = [
        *blocks.title_block(DOCUMENT, dossier, printed),
        blocks.alarm_strip(dossier),
        Spacer(1, 4 * mm),
        *blocks.points_block(dossier),
    ]
    for _template, sections in sections_for("activation", dossier.safety_points, templates):
        for section in sections:
            parts.append(blocks.checklist_section(section))

    parts.extend(blocks.heading("Krisstab – roller och telefonnummer"))
    parts.extend(blocks.staffing_block(dossier))

    parts.append(CondPageBreak(90 * mm))
    parts.extend(blocks.heading("Viktiga nummer och informationskanaler"))
    parts.append(blocks.numbers_table(dossier))
    parts.append(Spacer(1, 3 * mm))
    parts.extend(blocks.channels_block(dossier))

    parts.append(CondPageBreak(60 * mm))
    parts.extend(blocks.heading("Utrustning – kontrollera och kryssa i"))
    parts.extend(blocks.equipment_tables(dossier))

    scenarios = sections_for("scenario", dossier.safety_points, templates)
    if scenarios:
        parts.extend(blocks.heading("Scenarier", 150 * mm))
        parts.append(
            Paragraph(
                "Använd det avsnitt som passar läget. Varje avsnitt är en pauspunkt: stanna, "
                "gå igenom listan tillsammans, kryssa i.",
                styles.BODY,
            )
        )
        for _template, sections in scenarios:
            for section in sections:
                parts.append(blocks.checklist_section(section))

    parts.append(CondPageBreak(150 * mm))
    parts.extend(blocks.heading("Anteckningar"))
    parts.append(
        Paragraph(
            esc("Datum och klockslag, vad som hänt, beslut och vem som fattat dem."),
            styles.BODY,
        )
    )
    parts.append(WritingLines(8))
    parts.append(Spacer(1, 4 * mm))
    parts.extend(blocks.heading("Genomgången av"))
    parts.append(sign_off_block(styles.FRAME_WIDTH, rows=3))
    return parts
