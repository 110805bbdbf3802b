"""The page frame every document shares: A4, margins, footer with "Sida X av Y", metadata.

Footers are drawn after the whole story is laid out (the NumberedCanvas pattern): a page is held
back until the total is known, then replayed with its footer. Each area is its own section, so a
combined PDF numbers every area's pages from 1 and bookmarks each area in the outline. Bookmarks
are also placed at replay time, because the page a bookmark points to only exists then.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from trygghetsapp import __version__
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


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` (a long area name must not clip)."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_footer(canvas: Canvas, info: SectionInfo, page: int, total: int) -> None:
    """Two 10 pt lines: document and area; print date, data revision and "Sida X av Y" (R7, R10)."""
    left = styles.MARGIN_LEFT
    right = styles.PAGE_SIZE[0] - styles.MARGIN_RIGHT
    size = styles.SIZE_FOOTER
    upper = styles.FOOTER_BOTTOM + size * 1.35
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.6)
    canvas.line(left, upper + size * 1.2, right, upper + size * 1.2)
    page_text = f"Sida {page} av {total}"
    canvas.setFont(styles.BOLD, size)
    canvas.drawRightString(right, upper, page_text)
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


def build(story: Sequence[Flowable], target: str | Path | IO[bytes], metadata: Metadata) -> None:
    """Lay out `story` on A4 with the shared margins, footers and metadata, and write it."""
    doc = SimpleDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=styles.PAGE_SIZE,
        leftMargin=styles.MARGIN_LEFT,
        rightMargin=styles.MARGIN_RIGHT,
        topMargin=styles.MARGIN_TOP,
        bottomMargin=styles.MARGIN_BOTTOM,
        title=metadata.title,
        subject=metadata.subject,
        author=metadata.author,
        keywords=metadata.keywords,
        creator=CREATOR,
        lang=LANGUAGE,
        initialFontName=styles.REGULAR,
        initialFontSize=styles.SIZE_BODY,
        initialLeading=styles.SIZE_BODY * 1.3,
    )
    doc.build(list(story), canvasmaker=NumberedCanvas)
