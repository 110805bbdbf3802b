"""The residents' page: one static HTML file the municipality can put on its site.

Each safety point with its address, what it offers, how it opens, and a small map drawn from
the coordinates (inline SVG in SWEREF 99 TM, so distances are true); the channels to listen to;
the emergency numbers. Swedish, with an English line under each heading. HTML and CSS only: no
script, no font, image or style sheet from anywhere else, so the file shows the same offline, on
an intranet or on the public site, and opening it makes no request. Built from a `Publication`
(public unless internal is asked for); the page says its profile at the bottom and in a meta tag.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from pathlib import Path

from trygghetsapp import __version__
from trygghetsapp.domain.catalogues import (
    CHANNEL_KIND_LABELS,
    EMERGENCY_NUMBERS,
    LEVELS,
    POINT_STATUS_LABELS,
    RESERVE_POWER_LABELS,
    SAFETY_POINT_KIND_LABELS,
    SERVICES,
)
from trygghetsapp.domain.coords import format_sweref, format_wgs84, sweref99tm_exact
from trygghetsapp.files.atomic import write_bytes_atomic
from trygghetsapp.services.publication import Publication, PublishedPoint

MAP_WIDTH, MAP_HEIGHT = 640, 420

STYLE = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  margin: 0; color: #111; background: #fff; line-height: 1.45; }
header, main, footer { max-width: 960px; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 4px solid #1d4e89; padding-top: 1.2rem; padding-bottom: .8rem; }
h1 { font-size: 1.9rem; margin: 0 0 .2rem; }
h2 { font-size: 1.35rem; margin: 1.6rem 0 .3rem; }
h3 { font-size: 1.2rem; margin: 0 0 .2rem; }
.en { color: #444; font-style: italic; margin-top: 0; }
.alarm { background: #fff4d6; border-left: 6px solid #c77700; padding: .6rem 1rem; }
.alarm strong { font-size: 1.2rem; }
.map { width: 100%; height: auto; border: 1px solid #999; background: #f4f7fb; }
.map text { font: 13px system-ui, Arial, sans-serif; }
.points { list-style: none; padding: 0; }
.point { border: 1px solid #bbb; border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0; }
.point .num { display: inline-block; min-width: 1.6em; text-align: center; color: #fff;
  background: #1d4e89; border-radius: 1em; margin-right: .4em; }
.point dl { display: grid; grid-template-columns: 11rem 1fr; gap: .2rem .8rem; margin: .5rem 0 0; }
.point dt { font-weight: 600; }
.point dd { margin: 0; }
.status-planned { color: #7a4b00; }
footer { border-top: 1px solid #999; margin-top: 2rem; padding: .8rem 1rem 2rem; color: #333; }
@media (max-width: 600px) { .point dl { grid-template-columns: 1fr; } }
@media print { .map { break-inside: avoid; } .point { break-inside: avoid; } }
"""


def _t(text: object) -> str:
    return escape(str(text), quote=True)


def _label(labels: dict[str, object], code: str, english: bool = False) -> str:
    label = labels.get(code)
    if label is None:
        return code
    return str(getattr(label, "en" if english else "sv"))


def page(publication: Publication) -> str:
    """The whole page as text."""
    municipality = publication.municipality or "kommunen"
    located = [p for p in publication.points if p.latitude is not None]
    numbers = {point.id: number for number, point in enumerate(publication.points, 1)}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Trygghetsapp {_t(__version__)}">',
        f'<meta name="trygghetsapp-profile" content="{_t(publication.profile)}">',
        f"<title>Trygghetspunkter i {_t(municipality)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>Trygghetspunkter i {_t(municipality)}</h1>",
        f'<p class="en" lang="en">Community safety points in {_t(municipality)}</p>',
        "<p>En trygghetspunkt är en plats dit du kan gå vid en allvarlig kris, till exempel ett "
        "långvarigt elavbrott eller när telefon och internet inte fungerar. Där får du "
        "information och kan få värme, vatten eller hjälp att larma. Trygghetspunkterna "
        "öppnar efter beslut av kommunen: lyssna på Sveriges Radio P4 för besked.</p>",
        '<p class="en" lang="en">A community safety point is where you can go in a serious '
        "crisis, such as a long power cut or when phones and the internet are down. The "
        "municipality decides when they open: listen to Swedish Radio P4.</p>",
        '<p class="alarm"><strong>Vid fara för liv: ring 112.</strong> '
        "Om 112 inte går att nå: gå till närmaste trygghetspunkt och be om hjälp att larma. "
        '<span lang="en">In an emergency call 112.</span></p>',
        "</header>",
        "<main>",
    ]
    if located:
        parts += [
            "<h2>Karta</h2>",
            '<p class="en" lang="en">Map</p>',
            map_svg(located, numbers),
            "<p>Kartan visar trygghetspunkternas lägen i förhållande till varandra (SWEREF 99 "
            "TM, norr uppåt). Numren hör till listan nedan.</p>",
        ]
    parts += ["<h2>Trygghetspunkterna</h2>", '<p class="en" lang="en">The safety points</p>']
    parts.append('<ol class="points">')
    for point in publication.points:
        parts.append(_point(point, numbers[point.id]))
    parts.append("</ol>")
    channel_lines = []
    for area in publication.areas:
        for channel in area.channels:
            kind = _label(dict(CHANNEL_KIND_LABELS), channel.kind)
            channel_lines.append(
                f"<li><strong>{_t(area.name)}</strong>: {_t(kind)} – {_t(channel.identifier)}"
                + (" (fungerar utan el)" if channel.works_without_power else "")
                + "</li>"
            )
    if channel_lines:
        parts += [
            "<h2>Här får du information</h2>",
            '<p class="en" lang="en">Where to get information</p>',
            "<ul>",
            *channel_lines,
            "</ul>",
        ]
    parts += [
        "<h2>Viktiga nummer</h2>",
        '<p class="en" lang="en">Important numbers</p>',
        "<ul>",
        *(
            f"<li><strong>{_t(number)}</strong> – {_t(label.sv)} "
            f'<span class="en" lang="en">({_t(label.en)})</span></li>'
            for number, label in EMERGENCY_NUMBERS
        ),
    ]
    if publication.switchboard_phone:
        parts.append(
            f"<li><strong>{_t(publication.switchboard_phone)}</strong> – {_t(municipality)}, "
            "växel</li>"
        )
    parts += [
        "</ul>",
        "</main>",
        "<footer>",
        f"<p>Uppdaterad {_t(publication.made.isoformat())} · {_t(municipality)} · "
        f"{_t(publication.profile_sv.capitalize())} version (profil: {_t(publication.profile)})"
        f" · Trygghetsapp {_t(__version__)}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _point(point: PublishedPoint, number: int) -> str:
    offers = [
        f"{_t(_label(dict(SERVICES), s))}" + f' <span class="en" lang="en">'
        f"({_t(_label(dict(SERVICES), s, True))})</span>"
        for s in point.services
    ]
    rows: list[tuple[str, str]] = [
        ("Adress", _t(point.address) or "–"),
        ("Typ av lokal", _t(_label(dict(SAFETY_POINT_KIND_LABELS), point.kind))),
        (
            "Status",
            f'<span class="status-{_t(point.status)}">'
            f"{_t(_label(dict(POINT_STATUS_LABELS), point.status))}</span>",
        ),
        ("Nivå", _t(LEVELS[point.level].sv) if point.level in LEVELS else _t(point.level)),
        ("Här finns", "<br>".join(offers) or "–"),
        ("Öppnar", _t(point.opening_routine) or "Efter beslut av kommunen."),
        ("Reservkraft", _t(_label(dict(RESERVE_POWER_LABELS), point.reserve_power))),
    ]
    if point.capacity_day or point.capacity_night:
        capacity = []
        if point.capacity_day:
            capacity.append(f"{point.capacity_day} personer dagtid")
        if point.capacity_night:
            capacity.append(f"{point.capacity_night} personer natt")
        rows.append(("Plats för", _t(", ".join(capacity))))
    if point.latitude is not None and point.longitude is not None:
        rows.append(
            (
                "Koordinater",
                f"{_t(format_wgs84(point.latitude, point.longitude))} (WGS 84)<br>"
                f"{_t(format_sweref(point.latitude, point.longitude))} (SWEREF 99 TM)<br>"
                f'<a href="geo:{point.latitude:.6f},{point.longitude:.6f}">'
                "Öppna i kartappen</a>",
            )
        )
    if point.internal is not None:
        details = point.internal
        for label, value in (
            ("Nyckelansvarig", details.key_holder),
            ("Tillträde", details.access_notes),
            ("Reservkraft, anteckningar", details.reserve_power_notes),
            ("Samordnare", f"{details.coordinator} {details.coordinator_phone}".strip()),
            ("Anteckningar", details.notes),
        ):
            if value:
                rows.append((label, _t(value)))
    body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return (
        f'<li class="point" id="punkt-{number}">'
        f'<h3><span class="num">{number}</span>{_t(point.name)}</h3>'
        f"<p>{_t(point.area_name)}</p><dl>{body}</dl></li>"
    )


def _scale_length(width_m: float) -> float:
    """A round length (1, 2, 5 × 10^n m) near a quarter of the map's width."""
    target = max(width_m / 4, 1.0)
    power = 10 ** math.floor(math.log10(target))
    return next(step * power for step in (5, 2, 1) if step * power <= target)


def _free_spot(x: float, y: float, placed: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The marker's place, or the nearest spot on rings around it clear of earlier markers."""

    def clear(cx: float, cy: float) -> bool:
        return all((cx - px) ** 2 + (cy - py) ** 2 >= 24**2 for px, py in placed)

    if clear(x, y):
        return x, y
    for radius in (26, 40, 54, 68):
        for step in range(12):
            angle = math.pi / 4 + step * math.pi / 6
            cx, cy = x + radius * math.cos(angle), y - radius * math.sin(angle)
            inside = 14 <= cx <= MAP_WIDTH - 14 and 14 <= cy <= MAP_HEIGHT - 14
            if inside and clear(cx, cy):
                return cx, cy
    return x, y


def map_svg(points: Sequence[PublishedPoint], numbers: dict[str, int]) -> str:
    """The points on a plain SVG map in SWEREF 99 TM, east to the right, north up."""
    xy = {}
    for point in points:
        assert point.latitude is not None and point.longitude is not None
        north, east = sweref99tm_exact(point.latitude, point.longitude)
        xy[point.id] = (east, north)
    east_min = min(e for e, _ in xy.values())
    east_max = max(e for e, _ in xy.values())
    north_min = min(n for _, n in xy.values())
    north_max = max(n for _, n in xy.values())
    east_span = max(east_max - east_min, 2000.0)
    north_span = max(north_max - north_min, 2000.0)
    margin = 40
    scale = min((MAP_WIDTH - 2 * margin) / east_span, (MAP_HEIGHT - 2 * margin) / north_span)
    centre_e, centre_n = (east_min + east_max) / 2, (north_min + north_max) / 2

    def place(east: float, north: float) -> tuple[float, float]:
        return (
            MAP_WIDTH / 2 + (east - centre_e) * scale,
            MAP_HEIGHT / 2 - (north - centre_n) * scale,
        )

    parts = [
        f'<svg class="map" viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" role="img" '
        'xmlns="http://www.w3.org/2000/svg" aria-label="Karta över trygghetspunkterna">',
        f'<rect x="0" y="0" width="{MAP_WIDTH}" height="{MAP_HEIGHT}" fill="#f4f7fb"/>',
    ]
    placed: list[tuple[float, float]] = []
    spots = []
    for point in points:
        true_x, true_y = place(*xy[point.id])
        x, y = _free_spot(true_x, true_y, placed)
        placed.append((x, y))
        spots.append((point, true_x, true_y, x, y))
    for _, true_x, true_y, x, y in spots:  # leaders first, under every marker
        if (x, y) != (true_x, true_y):  # moved clear of a neighbour: a line to the true spot
            parts.append(
                f'<line x1="{true_x:.1f}" y1="{true_y:.1f}" x2="{x:.1f}" y2="{y:.1f}" '
                'stroke="#1d4e89" stroke-width="1.5"/>'
                f'<circle cx="{true_x:.1f}" cy="{true_y:.1f}" r="3" fill="#1d4e89"/>'
            )
    for point, _, _, x, y in spots:
        number = numbers[point.id]
        parts.append(
            f'<a href="#punkt-{number}"><title>{_t(point.name)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="11" fill="#1d4e89" stroke="#fff" '
            'stroke-width="2"/>'
            f'<text x="{x:.1f}" y="{y + 4.5:.1f}" text-anchor="middle" fill="#fff" '
            f'font-weight="bold">{number}</text></a>'
        )
    length = _scale_length((MAP_WIDTH - 2 * margin) / scale)
    bar = length * scale
    x0, y0 = 20, MAP_HEIGHT - 20
    label = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
    parts.append(
        f'<g><line x1="{x0}" y1="{y0}" x2="{x0 + bar:.1f}" y2="{y0}" stroke="#111" '
        f'stroke-width="3"/><text x="{x0}" y="{y0 - 7}">{_t(label)}</text></g>'
    )
    parts.append(
        f'<g><text x="{MAP_WIDTH - 24}" y="28" text-anchor="middle" font-weight="bold">N</text>'
        f'<path d="M{MAP_WIDTH - 24} 34 l-7 18 h14 z" fill="#111"/></g>'
    )
    parts.append("</svg>")
    return "".join(parts)


def export_web(publication: Publication, path: Path) -> None:
    write_bytes_atomic(path, page(publication).encode("utf-8"))
