"""Small drawn building blocks: checkboxes, writing lines, sign-off block, section markers.

Checkboxes are vector squares, never glyphs: a glyph box depends on the font and prints at the
font's size and weight; a drawn square is the same 6 mm, 1.3 pt box everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from trygghetsapp.reports import styles

FRAME_HEIGHT = styles.PAGE_SIZE[1] - styles.MARGIN_TOP - styles.MARGIN_BOTTOM


class SplitTable(Table):
    """A table that splits between rows, and inside a row only when it has to.

    reportlab's `splitInRow=1` splits a row as soon as the next whole row does not fit, so a
    three-line item (checkbox, name, FÖRFALLEN) could be cut in half at the foot of a page. Here
    a row is split only when it (with its header) would not fit on a fresh page either, which is
    what keeps a 5,000-character note from failing the build with a LayoutError.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("splitInRow", 1)
        super().__init__(*args, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if not getattr(self, "splitInRow", 0):
            return list(super().split(availWidth, availHeight))
        self._calc(availWidth, availHeight)
        needed = sum(self._rowHeights[: self.repeatRows + 1])
        if needed <= FRAME_HEIGHT * 0.95 and availHeight < FRAME_HEIGHT * 0.95:
            self.splitInRow = 0  # move the whole row to the next page instead
            try:
                parts = list(super().split(availWidth, availHeight))
            finally:
                self.splitInRow = 1
            for part in parts:  # the pieces inherit the flag: give them the fallback back
                if isinstance(part, SplitTable):
                    part.splitInRow = 1
            return parts
        return list(super().split(availWidth, availHeight))


class CheckBox(Flowable):
    """An empty square to tick by hand: `styles.CHECKBOX_SIZE` wide, 1.3 pt black line."""

    def __init__(self, size: float = styles.CHECKBOX_SIZE) -> None:
        super().__init__()
        self.size = size
        self.width = size
        self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(styles.CHECKBOX_LINE)
        canvas.setStrokeColorRGB(0, 0, 0)
        inset = styles.CHECKBOX_LINE / 2
        canvas.rect(inset, inset, self.size - 2 * inset, self.size - 2 * inset, stroke=1, fill=0)
        canvas.restoreState()


class WritingLines(Flowable):
    """`count` ruled lines to write on, 9 mm apart: room for a hand, not for a printer."""

    SPACING = 9 * mm

    def __init__(self, count: int, width: float | None = None) -> None:
        super().__init__()
        self.count = count
        self.line_width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = self.line_width or available_width
        self.height = self.count * self.SPACING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.6)
        for index in range(self.count):
            y = index * self.SPACING
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


@dataclass(frozen=True)
class SectionInfo:
    """What every page footer of one area's document says, and its outline bookmark."""

    key: str
    document: str
    area: str
    printed: str
    revision: str
    bookmark: str | None = None
    status: str = ""
    """The status printed in every page's header unless a PageMark says otherwise."""
    fictional: bool = False
    """Demo data: FIKTIV in every header and as a watermark."""


class SectionStart(Flowable):
    """Zero-size marker: from this page on, footers belong to `info` (and a bookmark starts here).

    In a combined PDF each area counts its own "Sida X av Y", so a missing page of one area's
    checklist is noticed even when the whole stack was printed at once.
    """

    def __init__(self, info: SectionInfo) -> None:
        super().__init__()
        self.info = info
        self.width = 0
        self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        begin = getattr(self.canv, "begin_section", None)
        if begin is not None:
            begin(self.info)
        doc = getattr(self.canv, "_doctemplate", None)
        if doc is not None:  # where the area's pages start: for page parity (document.ToFront)
            doc._trygghet_section_page = doc.page


class PageMark(Flowable):
    """Zero-size marker: from this page on, the header shows `status` and `label` (the safety
    point a page is about), until the next mark or section."""

    def __init__(self, status: str, label: str = "") -> None:
        super().__init__()
        self.status = status
        self.label = label
        self.width = 0
        self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        mark = getattr(self.canv, "set_mark", None)
        if mark is not None:
            mark(self)


def boxed_items(items: Sequence[tuple[str, bool]], style_width: float) -> Table:
    """Rows of [checkbox, text]; critical items in bold (the template already puts them first)."""
    rows = [
        [CheckBox(), Paragraph(text, styles.ITEM_CRITICAL if critical else styles.ITEM)]
        for text, critical in items
    ]
    box_column = styles.CHECKBOX_SIZE + 5 * mm
    table = SplitTable(rows, colWidths=[box_column, style_width - box_column])
    table.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (0, -1), 1),
            ]
        )
    )
    return table


def sign_off_block(width: float, rows: int = 2) -> Table:
    """Ifylld av / roll / datum och tid / signatur: who did this, and when (R13)."""
    header = [
        Paragraph(text, styles.CELL_HEADER)
        for text in ("Ifylld av (namn)", "Roll", "Datum och tid", "Signatur")
    ]
    data: list[list[Any]] = [header] + [["", "", "", ""] for _ in range(rows)]
    widths = [width * 0.32, width * 0.22, width * 0.2, width * 0.26]
    table = Table(data, colWidths=widths, rowHeights=[None] + [13 * mm] * rows, repeatRows=1)
    table.setStyle(
        styles.table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, styles.GRID),
                ("BACKGROUND", (0, 0), (-1, 0), styles.SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


class RoomFor(Flowable):
    """A page break unless there is room for `head` and the first rows of `table` below it.

    Keeps a heading from standing alone at the foot of a page: unlike a fixed CondPageBreak it
    measures what really follows (a heading of two lines, a tall first row), and unlike
    keepWithNext it binds only the first rows, so a long table still starts under its heading.
    """

    locChanger = 1

    def __init__(self, head: Sequence[Flowable], table: Table | None = None, rows: int = 2) -> None:
        super().__init__()
        self.head = list(head)
        self.table = table
        self.rows = rows
        self.width = 0
        self.height = 0

    def needed(self, available_width: float) -> float:
        from reportlab.platypus.flowables import KeepTogether, _listWrapOn

        total = 0.0
        for flowable in self.head:
            if isinstance(flowable, KeepTogether):  # its wrap answers "huge" to force a split
                _w, height = _listWrapOn(flowable._content, available_width, self.canv)
                total += height
                continue
            _w, height = flowable.wrapOn(self.canv, available_width, FRAME_HEIGHT)
            total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if self.table is not None:
            self.table.wrapOn(self.canv, available_width, FRAME_HEIGHT)
            heights = getattr(self.table, "_rowHeights", [])
            total += sum(heights[: getattr(self.table, "repeatRows", 0) + self.rows])
        return total

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.needed(available_width) > available_height:
            frame = self._doctemplateAttr("frame")
            if frame is not None:
                from reportlab.platypus.doctemplate import FrameBreak

                frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass


def stack_height(flowable: Flowable, available_width: float, canv: Any) -> float:
    """The height a flowable (or a KeepTogether's content) takes, measured on a full page."""
    from reportlab.platypus.flowables import KeepTogether, _listWrapOn

    if isinstance(flowable, KeepTogether):
        return float(_listWrapOn(flowable._content, available_width, canv)[1])
    _w, height = flowable.wrapOn(canv, available_width, FRAME_HEIGHT)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


class PackedCards(Flowable):
    """Independent cards (scenario checklists) laid out to fill pages: in their order, but a card
    that does not fit the rest of a page lets a later one that does go first, instead of leaving
    half a page empty. Each card is kept whole."""

    def __init__(self, cards: Sequence[Flowable]) -> None:
        super().__init__()
        self.cards = list(cards)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, available_height + 1  # always laid out through split()

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        left = available_height
        placed: list[Flowable] = []
        rest: list[Flowable] = []
        for card in self.cards:
            height = stack_height(card, available_width, self.canv)
            if height <= left:
                placed.append(card)
                left -= height
            else:
                rest.append(card)
        if not placed:
            frame = self._doctemplateAttr("frame")
            if frame is not None and bool(getattr(frame, "_atTop", False)):
                placed, rest = rest[:1], rest[1:]  # taller than a page: it splits itself
            else:
                return []
        from reportlab.platypus.flowables import KeepTogether

        # What fits is measured: hand over the cards' content (a KeepTogether itself would
        # claim to be too tall, and the frame refuses such a first piece of a split).
        out: list[Flowable] = []
        for card in placed:
            out.extend(card._content if isinstance(card, KeepTogether) and left >= 0 else [card])
        return [*out, PackedCards(rest)] if rest else out

    def draw(self) -> None:
        pass


class SmallestOf(Flowable):
    """Measures as the smallest of `flowables` (for RoomFor before PackedCards); never drawn."""

    def __init__(self, flowables: Sequence[Flowable]) -> None:
        super().__init__()
        self.flowables = list(flowables)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        heights = [stack_height(f, available_width, self.canv) for f in self.flowables]
        return available_width, min(heights, default=0.0)

    def draw(self) -> None:
        pass
