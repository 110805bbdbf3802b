"""A phone number on paper is never split over two lines: split, it is misdialled.

A user test printed "0640-161" on one line and "00" on the next in the checklist's table of
important numbers (a 42 mm column for a 16 pt number). Every number in that table and in page
1's call list must fit its cell on one line, also a long one (a mobile with country code).
"""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.platypus import Paragraph, Table

from trygghetsapp.reports import blocks, checklist
from trygghetsapp.services.readmodels import AreaDossier

LONG_NUMBERS = ["0640-161 00", "0910-123 45 67", "+46 70 123 45 67", "+358 40 123 4567"]


def _with_duty_phone(dossier: AreaDossier, phone: str) -> AreaDossier:
    assert dossier.municipality is not None
    municipality = dataclasses.replace(dossier.municipality, duty_phone=phone)
    return dataclasses.replace(dossier, municipality=municipality)


def _lines_of_cells(table: Table, column: int) -> list[tuple[str, int]]:
    """Each paragraph of `column` wrapped at the column's inner width: (its text, its lines)."""
    width = table._colWidths[column] - 12  # the cell's left and right padding (6 pt each)
    found = []
    for row in table._cellvalues:
        cell = row[column]
        if isinstance(cell, Paragraph):
            cell.wrap(width, 10_000)
            found.append((cell.getPlainText(), len(cell.blPara.lines)))
    return found


@pytest.mark.parametrize("phone", LONG_NUMBERS)
def test_every_important_number_fits_on_one_line(dossiers, phone):
    dossier = _with_duty_phone(next(d for d in dossiers if d.municipality), phone)
    story = checklist.numbers_and_radio(dossier)
    table = next(f for f in story if isinstance(f, Table))
    columns = {c for c in range(len(table._colWidths)) if c % 2 == 0}  # the numbers' columns
    cells = [cell for column in sorted(columns) for cell in _lines_of_cells(table, column)]
    assert any(
        blocks.duty_phone(dossier).replace(" ", "") in t.replace("\xa0", "").replace(" ", "")
        for t, _ in cells
    )
    split = [text for text, lines in cells if lines > 1]
    assert not split, f"split over two lines: {split}"


@pytest.mark.parametrize("phone", LONG_NUMBERS)
def test_page_one_calls_every_number_on_one_line(dossiers, phone):
    dossier = _with_duty_phone(next(d for d in dossiers if d.municipality), phone)
    table = checklist.call_table(dossier)
    cells = _lines_of_cells(table, len(table._colWidths) - 1)
    split = [text for text, lines in cells if lines > 1]
    assert not split, f"split over two lines: {split}"
