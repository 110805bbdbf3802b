"""Inventeringsprotokoll: a form to fill in by hand while walking the safety point.

Every registered item gets four boxes (ok / behöver service / trasig / saknas) and room for a
note; blank rows take what was found but is not in the register. The office types the result
back in afterwards, so the form follows the register's order: point, category, name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from trygghetsapp.reports import blocks, styles
from trygghetsapp.reports.blocks import W, para
from trygghetsapp.reports.flowables import CheckBox, SplitTable, WritingLines, sign_off_block
from trygghetsapp.reports.styles import bold, esc
from trygghetsapp.reports.templates import TemplateSet, sections_for
from trygghetsapp.services.readmodels import AreaDossier, EquipmentView, SafetyPointView

DOCUMENT = "Inventeringsprotokoll"
STATES = ("OK", "Behöver service", "Trasig", "Saknas")
BOX_COLUMN = 19 * mm
NAME_COLUMN = 62 * mm


def _item_cell(item: EquipmentView) -> Paragraph:
    where = ", ".join(x for x in (blocks.quantity(item), item.location) if x)
    text = f"{bold(item.name)}<br/>{esc(where)}"
    state = blocks.DUE_TEXT.get(item.due_state)
    if state:
        text += f"<br/><b>{state}</b>"
    if item.condition != "ok":
        text += f"<br/>Nu: {blocks.condition_text(item)}"
    return para(text)


def _header(title: str) -> list[list[Any]]:
    """One header row: the category (so a continuation says what it lists) and the states."""
    return [[para(bold(title)), *(para(t, styles.CELL_HEADER) for t in (*STATES, "Anteckning"))]]


def _style() -> Any:
    return blocks.grid_style(
        extra=[
            ("LEFTPADDING", (1, 0), (4, -1), 2),
            ("RIGHTPADDING", (1, 0), (4, -1), 2),
            ("ALIGN", (1, 1), (4, -1), "CENTER"),
            ("VALIGN", (1, 1), (4, -1), "MIDDLE"),
        ],
    )


def equipment_forms(dossier: AreaDossier, title: str) -> list[Flowable]:
    widths = [NAME_COLUMN, *[BOX_COLUMN] * 4]
    widths.append(W - sum(widths))
    groups: list[tuple[SafetyPointView | None, Table]] = []
    for point, label, items in blocks.grouped_equipment(dossier):
        parts = blocks.chunks(items)
        for number, part in enumerate(parts, 1):
            rows = _header(blocks.group_title(label, number, len(parts)))
            for item in part:
                rows.append([_item_cell(item), CheckBox(), CheckBox(), CheckBox(), CheckBox(), ""])
            table = SplitTable(rows, colWidths=widths, repeatRows=1)
            table.setStyle(_style())
            groups.append((point, table))
    return blocks.titled_tables(title, groups)


def found_items(rows: int) -> Table:
    """Blank rows for equipment found on site that the register does not know."""
    header = [
        para(t, styles.CELL_HEADER) for t in ("Utrustning", "Antal", "Plats", "Skick", "Anteckning")
    ]
    widths = [55 * mm, 20 * mm, 35 * mm, 25 * mm]
    widths.append(W - sum(widths))
    data: list[list[Any]] = [header] + [[""] * 5 for _ in range(rows)]
    table = Table(data, colWidths=widths, rowHeights=[None] + [11 * mm] * rows, repeatRows=1)
    table.setStyle(blocks.grid_style())
    return table


def visit_fields() -> Table:
    labels = ("Datum", "Inventerad av", "Punkt / lokal")
    data = [[para(bold(label)), ""] for label in labels]
    table = Table(data, colWidths=[42 * mm, W - 42 * mm], rowHeights=[11 * mm] * len(labels))
    table.setStyle(blocks.grid_style(header_rows=0))
    return table


def story(dossier: AreaDossier, printed: dt.date, templates: TemplateSet) -> list[Flowable]:
    parts: list[Flowable] = [
        *blocks.title_block(DOCUMENT, dossier, printed),
        para(
            "Kryssa i en ruta per rad: <b>OK</b>, <b>Behöver service</b>, <b>Trasig</b> eller "
            "<b>Saknas</b>. Skriv kort i Anteckning (datum på hjärtstartarens elektroder, "
            "bränslenivå, vad som behöver göras). För sedan in resultatet i Trygghetsappen.",
            styles.BODY,
        ),
        Spacer(1, 2 * mm),
        visit_fields(),
        Spacer(1, 4 * mm),
        *blocks.points_block(dossier, compact=True),
    ]
    if dossier.equipment:
        parts.extend(equipment_forms(dossier, "Registrerad utrustning"))
    else:
        parts.append(Paragraph("Registrerad utrustning", styles.H2))
        parts.append(
            blocks.missing(
                "Ingen utrustning är registrerad för området. Skriv upp allt som finns på "
                "plats i tabellen nedan."
            )
        )
    found = found_items(6 if dossier.equipment else 14)
    parts.extend(blocks.heading("Utrustning som hittades men inte finns i listan", found, rows=3))
    parts.append(found)
    for _template, sections in sections_for(
        "inventory", dossier.safety_points, templates.templates, blocks.powered_points(dossier)
    ):
        for section in sections:
            parts.append(Spacer(1, 4 * mm))
            parts.append(blocks.checklist_section(section))
    lines = WritingLines(5)
    sign_off = sign_off_block(W, rows=2)
    parts.extend(blocks.heading("Övriga iakttagelser", None, [lines]))
    parts.append(Spacer(1, 4 * mm))
    parts.extend(blocks.heading("Inventeringen utförd av", sign_off, rows=2))
    parts.append(sign_off)
    return parts
