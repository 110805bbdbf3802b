"""The page frame every document shares: A4, margins, footer with "Sida X av Y", metadata.

Footers are drawn after the whole story is laid out (the NumberedCanvas pattern): a page is held
back until the total is known, then replayed with its footer. Each area is its own section, so a
combined PDF numbers every area's pages from 1 and bookmarks each area in the outline. Bookmarks
are also placed at replay time, because the page a bookmark points to only exists then.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from trygghetsapp import __version__
from trygghetsapp.domain.identity import mask_identity_numbers
from trygghetsapp.reports import styles
from trygghetsapp.reports.flowables import SectionInfo

CREATOR = f"Trygghetsapp {__version__}"
LANGUAGE = "sv-SE"


@dataclass(frozen=True)
class Metadata:
    """PDF document information: shown by every reader and searchable in an archive."""

    title: str
    subject: str
    author: str
    keywords: str = "trygghetspunkt, krisberedskap"


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

    def begin_section(self, info: SectionInfo) -> None:
        """Called by a `SectionStart` flowable as it is drawn."""
        self._section = info
        self._new_sections.append(info)

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._new_sections = []
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
                draw_footer(self, section, seen[key], totals[key])
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
        self._pages_in_section = 0

    def begin_section(self, info: SectionInfo) -> None:
        self._close_section()
        self._section = info
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
            draw_footer(self, self._section, self._pages_in_section, None)
        super().showPage()

    def save(self) -> None:
        self._close_section()
        self._section = None
        super().save()


def _total_form(info: SectionInfo) -> str:
    return "total-" + "".join(ch if ch.isalnum() else "-" for ch in info.key)


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` (a long area name must not clip)."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


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
