"""The page frame every document shares: A4, margins, header, footer, metadata, page parity.

Footers are drawn after the whole story is laid out (the NumberedCanvas pattern): a page is held
back until the total is known, then replayed with its footer. Each area is its own section, so a
combined PDF numbers every area's pages from 1 and bookmarks each area in the outline. Bookmarks
are also placed at replay time, because the page a bookmark points to only exists then.

Every page also gets a header: the status of the safety point it is about (I DRIFT, PLANERAD...),
large and boxed, so a page found loose on a table still says whether the point is in use; for
fictional (demo) data, FIKTIV in the header and as an outlined watermark across the page.

Printed double-sided, each area's part has an even number of pages (`EvenEnd`), so in a combined
stack the next area's page 1 is a front; `ToFront` starts a safety point's part on a front page
within the area. A back left empty says "Avsiktligt tom".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from trygghetsapp import __version__
from trygghetsapp.domain.identity import mask_identity_numbers
from trygghetsapp.reports import fonts, styles
from trygghetsapp.reports.flowables import PageMark, SectionInfo

CREATOR = f"Trygghetsapp {__version__}"
LANGUAGE = "sv-SE"


@dataclass(frozen=True)
class Metadata:
    """PDF document information: shown by every reader and searchable in an archive."""

    title: str
    subject: str
    author: str
    keywords: str = "trygghetspunkt, krisberedskap"

    def fictional(self) -> Metadata:
        """The same, marked as fictional demo data in title, subject and keywords."""
        return Metadata(
            title=f"{self.title} (FIKTIV)",
            subject=f"FIKTIVA uppgifter (demodata): {self.subject}",
            author=self.author,
            keywords=f"FIKTIV, demodata, {self.keywords}",
        )


def format_date(value: dt.date | dt.datetime | None, missing: str = "saknas") -> str:
    """YYYY-MM-DD in local time (a datetime from the change log is UTC)."""
    if value is None:
        return missing
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return value.isoformat()


class NumberedCanvas(Canvas):
    """Holds pages back until `save`, then draws each page's footer with its section's total."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._section: SectionInfo | None = None
        self._new_sections: list[SectionInfo] = []
        self._mark: PageMark | None = None
        self._next_mark: PageMark | None = None
        self._marked = False

    def begin_section(self, info: SectionInfo) -> None:
        """Called by a `SectionStart` flowable as it is drawn."""
        self._section = info
        self._mark = self._next_mark = None
        self._new_sections.append(info)

    def set_mark(self, mark: PageMark) -> None:
        """Called by a `PageMark` flowable. The first mark on a page is its header (the page is
        about what starts it); the newest mark carries over to the pages after."""
        self._next_mark = mark
        if not self._marked:
            self._mark = mark
            self._marked = True

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._new_sections = []
        self._mark, self._marked = self._next_mark, False
        self._startPage()

    def save(self) -> None:
        pages = [(state, state["_section"]) for state in self._held]
        totals = Counter(section.key if section else "" for _, section in pages)
        seen: Counter[str] = Counter()
        for state, section in pages:
            key = section.key if section else ""
            seen[key] += 1
            self.__dict__.update(state)
            for started in state["_new_sections"]:
                if started.bookmark:
                    self.bookmarkPage(started.key)
                    self.addOutlineEntry(started.bookmark, started.key, level=0)
            if section is not None:
                draw_page_frame(self, section, state["_mark"], seen[key], totals[key])
            Canvas.showPage(self)
        self._held = []
        Canvas.save(self)


class StreamingCanvas(Canvas):
    """Writes each page as soon as it is full: for combined PDFs of many areas.

    Holding every page back (NumberedCanvas) costs memory in proportion to the whole document;
    here a page's "av Y" is a reference to a small form XObject that is defined once the
    section's last page is known. Text extraction still reads "Sida 2 av 5" (pdfplumber) or
    "Sida 2 av" + newline + "5" (pypdf), since the total sits in its own content stream.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._section: SectionInfo | None = None
        self._mark: PageMark | None = None
        self._next_mark: PageMark | None = None
        self._marked = False
        self._pages_in_section = 0

    def set_mark(self, mark: PageMark) -> None:
        """As NumberedCanvas.set_mark."""
        self._next_mark = mark
        if not self._marked:
            self._mark = mark
            self._marked = True

    def begin_section(self, info: SectionInfo) -> None:
        self._close_section()
        self._section = info
        self._mark = self._next_mark = None
        self._pages_in_section = 0
        if info.bookmark:
            self.bookmarkPage(info.key)
            self.addOutlineEntry(info.bookmark, info.key, level=0)

    def _close_section(self) -> None:
        """Define the finished section's page total, which its footers already refer to."""
        if self._section is None:
            return
        self.beginForm(_total_form(self._section))
        self.setFont(styles.BOLD, styles.SIZE_FOOTER)
        self.setFillColorRGB(0, 0, 0)
        self.drawString(0, 0, str(self._pages_in_section))
        self.endForm()

    def showPage(self) -> None:
        if self._section is not None:
            self._pages_in_section += 1
            draw_page_frame(self, self._section, self._mark, self._pages_in_section, None)
        self._mark, self._marked = self._next_mark, False
        super().showPage()

    def save(self) -> None:
        self._close_section()
        self._section = None
        super().save()


def _total_form(info: SectionInfo) -> str:
    return "total-" + "".join(ch if ch.isalnum() else "-" for ch in info.key)


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` (a long area name must not clip).

    Headers and footers are drawn on the canvas, not as Paragraphs: their user text passes
    `fonts.printable` here as every Paragraph's does in `styles.esc` (an identity number masked,
    what the font lacks made visible)."""
    text = fonts.printable(text)
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_page_frame(
    canvas: Canvas, info: SectionInfo, mark: PageMark | None, page: int, total: int | None
) -> None:
    """Header, watermark and footer of one page (drawn after its content)."""
    status = mark.status if mark is not None and mark.status else info.status
    label = mark.label if mark is not None and mark.label else ""
    if info.fictional:
        draw_watermark(canvas)
    draw_header(canvas, status, label, info.fictional)
    draw_footer(canvas, info, page, total)


WATERMARK = "FIKTIV"


def draw_watermark(canvas: Canvas) -> None:
    """FIKTIV in outlined letters across the page: seen at once, and the text under it stays
    readable (no fill, a thin grey line; the letters' fill colour stays black, R6)."""
    canvas.saveState()
    width, height = styles.PAGE_SIZE
    canvas.translate(width / 2 + 5, height / 2)
    canvas.rotate(50)
    text = canvas.beginText()
    text.setTextRenderMode(1)  # stroke only
    text.setFont(styles.BOLD, 120)
    canvas.setStrokeColorRGB(0.78, 0.78, 0.78)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setLineWidth(1.0)
    size = canvas.stringWidth(WATERMARK, styles.BOLD, 120)
    text.setTextOrigin(-size / 2, -40)
    text.textOut(WATERMARK)
    canvas.drawText(text)
    canvas.restoreState()


def draw_header(canvas: Canvas, status: str, label: str, fictional: bool) -> None:
    """Above the frame: what the page is about (left) and the point's status, boxed (right)."""
    left = styles.MARGIN_LEFT
    right = styles.PAGE_SIZE[0] - styles.MARGIN_RIGHT
    top = styles.PAGE_SIZE[1] - styles.HEADER_TOP
    box_height = 8 * 2.835
    baseline = top - box_height + 6.3
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    used = 0.0
    if status:
        size = styles.SIZE_HEADER_STATUS
        text = _fit(canvas, status, styles.BOLD, size, (right - left) * 0.62)
        width = canvas.stringWidth(text, styles.BOLD, size) + 12
        canvas.setLineWidth(1.6)
        canvas.rect(right - width, top - box_height, width, box_height, stroke=1, fill=0)
        canvas.setFont(styles.BOLD, size)
        canvas.drawRightString(right - 6, baseline, text)
        used = width + 8
    words = [w for w in ("FIKTIV – övningsdata" if fictional else "", label) if w]
    if words:
        canvas.setFont(styles.BOLD, styles.SIZE_HEADER)
        line = "  ·  ".join(words)
        canvas.drawString(
            left, baseline, _fit(canvas, line, styles.BOLD, styles.SIZE_HEADER, right - left - used)
        )
    canvas.restoreState()


def draw_footer(canvas: Canvas, info: SectionInfo, page: int, total: int | None) -> None:
    """Two 10 pt lines: document and area; print date, data revision and "Sida X av Y" (R7, R10).

    `total` None: the total is drawn from the section's form XObject (StreamingCanvas).
    """
    left = styles.MARGIN_LEFT
    right = styles.PAGE_SIZE[0] - styles.MARGIN_RIGHT
    size = styles.SIZE_FOOTER
    upper = styles.FOOTER_BOTTOM + size * 1.35
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.6)
    canvas.line(left, upper + size * 1.2, right, upper + size * 1.2)
    canvas.setFont(styles.BOLD, size)
    if total is not None:
        page_text = f"Sida {page} av {total}"
        canvas.drawRightString(right, upper, page_text)
    else:  # room for up to four digits of total, which the form fills in later
        page_text = f"Sida {page} av 0000"
        start = right - canvas.stringWidth(page_text, styles.BOLD, size)
        prefix = f"Sida {page} av "
        canvas.drawString(start, upper, prefix)
        canvas.saveState()
        canvas.translate(start + canvas.stringWidth(prefix, styles.BOLD, size), upper)
        canvas.doForm(_total_form(info))
        canvas.restoreState()
    page_width = canvas.stringWidth(page_text, styles.BOLD, size) + 6
    canvas.drawString(
        left,
        upper,
        _fit(
            canvas, f"{info.document} – {info.area}", styles.BOLD, size, right - left - page_width
        ),
    )
    canvas.setFont(styles.REGULAR, size)
    canvas.drawString(
        left,
        styles.FOOTER_BOTTOM,
        f"Utskriven {info.printed}  ·  Uppgifter rev. {info.revision}  ·  {CREATOR}",
    )
    canvas.restoreState()


class LazyStory(list[Flowable]):
    """A story produced part by part while Platypus consumes it from the front.

    `doc.build` only ever looks at the head of the list (and calls len() each round), so keeping
    a short lookahead filled is enough; a combined PDF of many areas then never holds more than
    about one area's flowables at a time.
    """

    LOOKAHEAD = 20

    def __init__(self, parts: Iterator[Sequence[Flowable]]) -> None:
        super().__init__()
        self._parts = parts

    def __len__(self) -> int:
        while super().__len__() < self.LOOKAHEAD:
            try:
                self.extend(next(self._parts))
            except StopIteration:
                break
        return super().__len__()


class BlankNotice(Flowable):
    """Fills what is left of the frame and says "Avsiktligt tom" in its middle: a back page left
    empty on purpose, so nobody searches for a missing page."""

    TEXT = "Avsiktligt tom"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = max(available_height - 1, 0)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFont(styles.REGULAR, styles.SIZE_H2)
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawCentredString(self.width / 2, self.height / 2, self.TEXT)
        self.canv.restoreState()


def _section_position(flowable: Flowable) -> tuple[Any, int, bool] | None:
    """(doc template, this page's number within the section (1-based), frame still empty)."""
    doc = getattr(getattr(flowable, "canv", None), "_doctemplate", None)
    if doc is None:
        return None
    first = getattr(doc, "_trygghet_section_page", 1)
    return doc, doc.page - first + 1, bool(getattr(doc.frame, "_atTop", 0))


class ToFront(Flowable):
    """What follows starts on a front page (an odd page of the area's part), printed duplex."""

    locChanger = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        where = _section_position(self)
        if where is None:
            return 0, 0
        doc, page, at_top = where
        start = page if at_top else page + 1
        content: list[Flowable] = [] if at_top else [PageBreak()]
        if start % 2 == 0:
            content += [BlankNotice(), PageBreak()]
        if content:
            doc.frame.add_generated_content(*content)
        return 0, 0

    def draw(self) -> None:
        pass


class EvenEnd(Flowable):
    """Ends the area's part on an even page, adding an "Avsiktligt tom" back if needed."""

    locChanger = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        where = _section_position(self)
        if where is None:
            return 0, 0
        doc, page, at_top = where
        last = page - 1 if at_top else page  # an empty page at the end is not a page yet
        if last % 2 == 1:
            content: list[Flowable] = [BlankNotice()] if at_top else [PageBreak(), BlankNotice()]
            doc.frame.add_generated_content(*content)
        return 0, 0

    def draw(self) -> None:
        pass


def build(
    story: Sequence[Flowable],
    target: str | Path | IO[bytes],
    metadata: Metadata,
    streaming: bool = False,
) -> None:
    """Lay out `story` on A4 with the shared margins, footers and metadata, and write it.

    `streaming`: write pages as they fill (StreamingCanvas) instead of holding them back for
    exact page totals; use it with a LazyStory for many areas.
    """
    doc = SimpleDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=styles.PAGE_SIZE,
        leftMargin=styles.MARGIN_LEFT,
        rightMargin=styles.MARGIN_RIGHT,
        topMargin=styles.MARGIN_TOP,
        bottomMargin=styles.MARGIN_BOTTOM,
        title=mask_identity_numbers(metadata.title),
        subject=mask_identity_numbers(metadata.subject),
        author=mask_identity_numbers(metadata.author),
        keywords=mask_identity_numbers(metadata.keywords),
        creator=CREATOR,
        lang=LANGUAGE,
        initialFontName=styles.REGULAR,
        initialFontSize=styles.SIZE_BODY,
        initialLeading=styles.SIZE_BODY * 1.3,
    )
    flowables = story if isinstance(story, LazyStory) else list(story)
    doc.build(flowables, canvasmaker=StreamingCanvas if streaming else NumberedCanvas)
