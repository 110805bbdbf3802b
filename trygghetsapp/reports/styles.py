"""Type sizes, page geometry and paragraph styles shared by every document.

The sizes follow PRINT-AND-RELIABILITY.md R2: the wall checklist is read in poor light during a
power cut, so action items are 14 pt, names and phone numbers at least 12 pt and nothing on the
page (footers included) is smaller than 10 pt. Black on white only: grey shading is decoration,
never the only carrier of a meaning (R6).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from trygghetsapp.reports import fonts, hyphens

PAGE_SIZE = A4
"""A4 portrait (R1)."""
MARGIN_LEFT = 20 * mm
"""The binding side gets 20 mm (R11), so a hole punch misses the text."""
MARGIN_RIGHT = 16 * mm
MARGIN_TOP = 25 * mm
"""The frame starts here; the page header (status, FIKTIV) sits between HEADER_TOP and this."""
HEADER_TOP = 15 * mm
"""The top of the page header: the 15 mm minimum margin (R11)."""
MARGIN_BOTTOM = 27 * mm
"""The frame stops here; the footer sits between this and FOOTER_BOTTOM."""
FOOTER_BOTTOM = 16 * mm
"""The lowest footer baseline: still inside the 15 mm minimum margin with its descenders."""
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

SIZE_MIN = 10.0
SIZE_PHONE_MIN = 12.0
"""A phone number set smaller to fit its cell is never smaller than this."""
"""Nothing anywhere is smaller (R2)."""
SIZE_FOOTER = 10.0
SIZE_HEADER = 11.0
SIZE_HEADER_STATUS = 14.0
SIZE_BODY = 12.0
SIZE_TABLE = 12.0
SIZE_SMALL = 10.5
SIZE_NAME = 13.0
SIZE_ITEM = 14.0
SIZE_H2 = 16.0
SIZE_H1 = 22.0

CHECKBOX_SIZE = 6 * mm
"""A drawn square of 6 mm: large enough to tick with a glove on (R12 asks >= 5 mm)."""
CHECKBOX_LINE = 1.3

SHADE = colors.Color(0.88, 0.88, 0.88)
"""Header rows only: light enough to keep black text readable when photocopied."""
GRID = colors.black

REGULAR = fonts.register()
BOLD = fonts.BOLD


def _style(
    name: str, size: float, font: str = REGULAR, hyphenate: bool = True, **extra: object
) -> ParagraphStyle:
    """A black, left-aligned style; `hyphenate` breaks long Swedish compounds at a syllable.

    Names and phone numbers are never hyphenated: a name is not a Swedish word, and a number
    split over two lines is misdialled.
    """
    leading = extra.pop("leading", round(size * 1.3, 1))
    if hyphenate:
        extra.setdefault("hyphenationLang", hyphens.hyphenate)
        extra.setdefault("hyphenationMinWordLength", hyphens.MIN_LENGTH)
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading,
        alignment=TA_LEFT,
        textColor=colors.black,
        **extra,
    )


TITLE = _style("Title", SIZE_H1, BOLD, hyphenate=False, spaceAfter=2 * mm)
SUBTITLE = _style("Subtitle", SIZE_BODY + 1, spaceAfter=4 * mm)
H2 = _style("H2", SIZE_H2, BOLD, spaceBefore=5 * mm, spaceAfter=2 * mm)
H2_FIRST = _style("H2First", SIZE_H2, BOLD, spaceAfter=2 * mm)
"""A heading that starts a page: no space above it."""
H2_TIGHT = _style("H2Tight", SIZE_H2, BOLD, hyphenate=False, spaceBefore=1 * mm, spaceAfter=1 * mm)
H3_TIGHT = _style("H3Tight", SIZE_ITEM, BOLD, spaceBefore=2 * mm, spaceAfter=1 * mm)
PAGE_TITLE = _style("PageTitle", 20, BOLD, hyphenate=False, spaceAfter=1 * mm)
H3 = _style("H3", SIZE_ITEM, BOLD, spaceBefore=2 * mm, spaceAfter=2 * mm)
SECTION_TITLE = _style("SectionTitle", SIZE_H2, BOLD, spaceAfter=1 * mm)
OBJECTIVE = _style("Objective", SIZE_BODY, spaceAfter=2 * mm)
BODY = _style("Body", SIZE_BODY, spaceAfter=1.5 * mm)
BODY_BOLD = _style("BodyBold", SIZE_BODY, BOLD)
SMALL = _style("Small", SIZE_SMALL)
ITEM = _style("Item", SIZE_ITEM, leading=18)
"""A checklist action: 14 pt with generous leading so the eye does not slip a line."""
ITEM_CRITICAL = _style("ItemCritical", SIZE_ITEM, BOLD, leading=18)
CELL = _style("Cell", SIZE_TABLE, leading=15)
CELL_BOLD = _style("CellBold", SIZE_TABLE, BOLD, leading=15)
CELL_HEADER = _style("CellHeader", SIZE_SMALL, BOLD, leading=13)
NAME = _style("Name", SIZE_NAME, BOLD, hyphenate=False, leading=17)
PHONE = _style("Phone", SIZE_ITEM, BOLD, hyphenate=False, leading=18)
PEOPLE = _style("People", SIZE_TABLE, hyphenate=False, leading=15)
"""Cells holding names and phone numbers."""
WARNING = _style("Warning", SIZE_BODY, BOLD, leading=15, spaceBefore=1 * mm, spaceAfter=3 * mm)
BIG_NUMBER = _style("BigNumber", 20, BOLD, hyphenate=False, leading=24)
NUMBER = _style("Number", 16, BOLD, hyphenate=False, leading=19)
STATUS = _style("Status", 18, BOLD, hyphenate=False, leading=22)
BANNER = _style("Banner", SIZE_ITEM, BOLD, leading=18)
"""A boxed warning across the page (no reserve power)."""
BANNER_LINE = _style("BannerLine", SIZE_BODY + 1, BOLD, leading=16)
"""A one-line boxed status warning on page 1 (a planned point)."""
CALL_NAME = _style("CallName", SIZE_ITEM, BOLD, hyphenate=False, leading=17)
CALL_ROLE = _style("CallRole", SIZE_BODY, leading=14)
CALL_PHONE = _style("CallPhone", 18, BOLD, hyphenate=False, leading=21)
STEP = _style("Step", SIZE_ITEM - 1, leading=16.5)
"""A numbered generator step: 13 pt, read with the machine in front of you."""


def table_style(commands: Iterable[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cells default to our font.

    Without the FONT command reportlab sets Helvetica for every plain-string cell (even an empty
    one), which puts an unembedded font into the PDF.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, SIZE_TABLE), *commands])


def esc(text: object) -> str:
    """User text made safe for a Paragraph: XML-escaped, and any glyph the font lacks shown as ?."""
    return escape(fonts.printable(str(text)))


def phone_markup(number: str) -> str:
    """A phone number escaped for a paragraph, its spaces not to break at: split over two
    lines, a number is misdialled."""
    return esc(number).replace(" ", "&nbsp;")


def bold(text: object) -> str:
    return f"<b>{esc(text)}</b>"
