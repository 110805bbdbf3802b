"""The notice-board poster: "Här är din trygghetspunkt", one page per point, A4 or A3.

Read from across a room by someone who has just lost power: the headline and the point's name in
large type, then the address, when it opens, what it offers, where to listen for news and the
emergency numbers, Swedish with an English line. Built from a `Publication` (public unless
internal is asked for): no names or phone numbers of people, no key codes. The footer says the
profile and the print date; the document's keywords carry the profile too.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from trygghetsapp.domain.catalogues import (
    CHANNEL_KIND_LABELS,
    EMERGENCY_NUMBERS,
    POINT_STATUS_LABELS,
    SERVICES,
    PointStatus,
)
from trygghetsapp.domain.coords import format_sweref, format_wgs84
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.atomic import write_with
from trygghetsapp.reports import styles
from trygghetsapp.reports.batch import slug
from trygghetsapp.reports.document import CREATOR, LANGUAGE
from trygghetsapp.reports.styles import esc
from trygghetsapp.services.publication import Publication, PublishedPoint

PAPERS = {"A4": A4, "A3": A3}
HEADLINE_SV = "Här är din trygghetspunkt"
HEADLINE_EN = "Your community safety point"
NOT_YET_HEADLINES: dict[str, tuple[str, str]] = {
    PointStatus.PLANNED: (
        "Här planeras en trygghetspunkt",
        "A community safety point is planned here",
    ),
    PointStatus.BEING_EQUIPPED: (
        "Här blir det en trygghetspunkt",
        "A community safety point is being set up here",
    ),
}
"""A point not in use is never announced as one: a resident who walks there in a storm must
know beforehand that it may not open (a user test found a planned point's poster saying "Här
är din trygghetspunkt")."""
NOT_YET_SV = (
    "inte i drift än. Räkna inte med att den öppnar i en kris: lyssna på Sveriges Radio P4 "
    "och följ kommunens besked."
)
NOT_YET_EN = "not in use yet. Do not count on it opening in a crisis: listen to Swedish Radio P4."
BLUE = colors.Color(0.11, 0.31, 0.54)


class _Styles:
    """Type sizes for one paper: A3 is A4 scaled by √2, so it reads from √2 times as far."""

    def __init__(self, factor: float):
        def style(name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
            return ParagraphStyle(
                name,
                fontName=styles.BOLD if bold else styles.REGULAR,
                fontSize=size * factor,
                leading=size * factor * 1.22,
                textColor=extra.pop("textColor", colors.black),
                **extra,
            )

        self.headline = style("PosterHeadline", 38, True, textColor=BLUE)
        self.headline_en = style("PosterHeadlineEn", 20, textColor=BLUE, spaceAfter=6 * factor)
        self.name = style("PosterName", 30, True, spaceBefore=4 * factor, spaceAfter=2 * factor)
        self.address = style("PosterAddress", 20, spaceAfter=8 * factor)
        self.heading = style("PosterHeading", 17, True, spaceBefore=9 * factor, spaceAfter=2)
        self.body = style("PosterBody", 15, spaceAfter=2 * factor)
        self.english = style("PosterEnglish", 12.5, textColor=colors.Color(0.25, 0.25, 0.25))
        self.big_number = style("PosterNumber", 24, True)
        self.footer = style("PosterFooter", 10)
        self.factor = factor


def _english(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f"<i>{esc(text)}</i>", style)


def _not_yet_box(status: str, s: _Styles, width: float) -> Table:
    """The status of a point not in use, boxed under its address, in words and in capitals:
    "PLANERAD – inte i drift än. …"."""
    label = POINT_STATUS_LABELS.get(status, POINT_STATUS_LABELS[PointStatus.PLANNED])
    text = Paragraph(f"<b>{esc(label.sv.upper())}</b> – {esc(NOT_YET_SV)}", s.body)
    english = _english(f"{label.en} – {NOT_YET_EN}", s.english)
    return Table(
        [[[text, english]]],
        colWidths=[width],
        style=styles.table_style(
            [
                ("BOX", (0, 0), (-1, -1), 2 * s.factor, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 4 * s.factor),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * s.factor),
            ]
        ),
    )


def point_story(
    point: PublishedPoint, publication: Publication, s: _Styles, width: float, height: float
) -> Flowable:
    in_use = point.status == PointStatus.OPERATIONAL
    headline_sv, headline_en = (
        (HEADLINE_SV, HEADLINE_EN)
        if in_use
        else NOT_YET_HEADLINES.get(point.status, NOT_YET_HEADLINES[PointStatus.PLANNED])
    )
    parts: list[Flowable] = [
        Paragraph(esc(headline_sv), s.headline),
        Paragraph(esc(headline_en), s.headline_en),
        Paragraph(esc(point.name), s.name),
        Paragraph(esc(point.address or point.area_name), s.address),
    ]
    if not in_use:
        parts.append(_not_yet_box(point.status, s, width))
    parts += [
        Paragraph("När öppnar den?", s.heading),
        Paragraph(
            esc(point.opening_routine or "När kommunen beslutar det, vid en allvarlig kris."),
            s.body,
        ),
        _english("It opens when the municipality decides, in a serious crisis.", s.english),
    ]
    if point.services:
        parts += [Paragraph("Här kan du få" if in_use else "Här ska du kunna få", s.heading)]
        for service in point.services:
            label = SERVICES.get(service)
            if label is None:
                continue
            parts.append(
                Paragraph(
                    f"• {esc(label.sv)} <font size={s.english.fontSize:.1f} color='#404040'>"
                    f"<i>({esc(label.en)})</i></font>",
                    s.body,
                )
            )
    listen = [
        f"{esc(CHANNEL_KIND_LABELS[c.kind].sv if c.kind in CHANNEL_KIND_LABELS else c.kind)}: "
        f"{esc(c.identifier)}"
        for area in publication.areas
        if area.id == point.area_id
        for c in area.channels
    ]
    parts += [Paragraph("Här får du information", s.heading)]
    parts += [Paragraph(line, s.body) for line in listen] or [
        Paragraph("Lyssna på Sveriges Radio P4.", s.body)
    ]
    parts.append(_english("Listen to Swedish Radio P4 for news.", s.english))
    numbers = [
        [Paragraph(styles.phone_markup(number), s.big_number), Paragraph(esc(label.sv), s.body)]
        for number, label in EMERGENCY_NUMBERS[:2]
    ]
    if publication.switchboard_phone:
        numbers.append(
            [
                Paragraph(styles.phone_markup(publication.switchboard_phone), s.big_number),
                Paragraph(esc(f"{publication.municipality}, växel"), s.body),
            ]
        )
    parts += [Paragraph("Viktiga nummer", s.heading)]
    parts.append(
        Table(
            numbers,
            colWidths=[70 * mm * s.factor, width - 70 * mm * s.factor],
            style=styles.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        )
    )
    parts.append(_english("In an emergency call 112.", s.english))
    if point.latitude is not None and point.longitude is not None:
        parts += [
            Spacer(1, 5 * mm * s.factor),
            Paragraph(
                esc(
                    f"{format_wgs84(point.latitude, point.longitude)}  ·  "
                    f"SWEREF 99 TM {format_sweref(point.latitude, point.longitude)}"
                ),
                s.english,
            ),
        ]
    if point.internal is not None:
        details = point.internal
        parts.append(Paragraph("Internt (sätt inte upp)", s.heading))
        for heading, value in (
            ("Nyckelansvarig", details.key_holder),
            ("Tillträde", details.access_notes),
            ("Samordnare", f"{details.coordinator} {details.coordinator_phone}".strip()),
        ):
            if value:
                parts.append(Paragraph(f"<b>{esc(heading)}:</b> {esc(value)}", s.body))
    return KeepInFrame(width, height, parts, mode="shrink")


def _footer(publication: Publication, s: _Styles, canvas: Canvas, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(styles.REGULAR, max(styles.SIZE_MIN, 10 * s.factor))
    text = (
        f"{publication.profile_sv.capitalize()} version  ·  {publication.municipality}  ·  "
        f"utskriven {publication.made.isoformat()}  ·  {CREATOR}"
    )
    canvas.drawString(doc.leftMargin, 12 * mm, text)
    canvas.restoreState()


def render(
    publication: Publication,
    points: Sequence[PublishedPoint],
    target: str | Path | IO[bytes],
    paper: str = "A4",
) -> None:
    """One poster page per point into one PDF."""
    if not points:
        raise DomainError("point", "inga trygghetspunkter att skriva ut", "no safety points")
    size = PAPERS.get(paper.upper())
    if size is None:
        raise DomainError("paper", "papper A4 eller A3", "paper A4 or A3")
    s = _Styles(1.0 if size == A4 else 2**0.5)
    margin = 18 * mm * s.factor
    doc = SimpleDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 8 * mm,
        title=f"{HEADLINE_SV} – {points[0].name}" if len(points) == 1 else HEADLINE_SV,
        subject=f"Affisch för trygghetspunkter i {publication.municipality}",
        author=publication.municipality,
        keywords=f"trygghetspunkt, affisch, profil {publication.profile}",
        creator=CREATOR,
        lang=LANGUAGE,
        initialFontName=styles.REGULAR,
    )
    width, height = doc.width, doc.height - 2 * mm
    story: list[Flowable] = []
    for index, point in enumerate(points):
        if index:
            story.append(PageBreak())
        story.append(point_story(point, publication, s, width, height))
    on_page = functools.partial(_footer, publication, s)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def export_posters(
    publication: Publication, out_path: Path, paper: str = "A4", folder: bool = False
) -> list[Path]:
    """A folder: one PDF per point (`affisch-<point>.pdf`); a .pdf name: one file, a page each."""
    points = list(publication.points)
    if not points:
        raise DomainError(
            "point",
            "det finns inga trygghetspunkter att göra affischer för",
            "there are no safety points to make posters of",
        )
    if not folder:
        write_with(out_path, lambda temporary: render(publication, points, temporary, paper))
        return [out_path]
    written: list[Path] = []
    used: set[str] = set()
    for point in points:
        name = f"affisch-{slug(point.name)}"
        if name in used:
            name = f"{name}-{point.id[:8]}"
        used.add(name)
        target = out_path / f"{name}.pdf"
        write_with(target, functools.partial(_render_one, publication, point, paper))
        written.append(target)
    return written


def _render_one(publication: Publication, point: PublishedPoint, paper: str, path: Path) -> None:
    render(publication, [point], path, paper)


def poster_bytes(publication: Publication, point_id: str, paper: str = "A4") -> bytes:
    """One point's poster as bytes (a preview)."""
    buffer = io.BytesIO()
    render(publication, [p for p in publication.points if p.id == point_id], buffer, paper)
    return buffer.getvalue()
