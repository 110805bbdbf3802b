"""Rapport till länsstyrelsen: the points, their capacity and reserve power, in SWEREF 99 TM.

The state's collections in this field take an Excel file with SWEREF 99 TM coordinates (and no
other system); WGS 84 is given beside them for web maps. One row per point, plain values (no
merged cells, no formulas), so the county can paste it into its own sheet. The file holds no
personal data (no contacts, key holders or notes) but does hold reserve-power ratings: it says it
is internal, for the authority, not for publication.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from trygghetsapp import __version__
from trygghetsapp.domain.catalogues import (
    LEVELS,
    POINT_STATUS_LABELS,
    RESERVE_POWER_LABELS,
    SAFETY_POINT_KIND_LABELS,
    SERVICES,
    Label,
)
from trygghetsapp.domain.coords import sweref99tm
from trygghetsapp.services.publication import INTERNAL, publication
from trygghetsapp.services.workbook.exporter import SheetWriter
from trygghetsapp.store.database import Database

COLUMNS = (
    ("Kommun", 20),
    ("Område", 30),
    ("Trygghetspunkt", 36),
    ("Typ av lokal", 22),
    ("Adress", 32),
    ("Status", 16),
    ("Nivå", 30),
    ("Kapacitet dag (personer)", 14),
    ("Kapacitet natt (personer)", 14),
    ("Reservkraft", 30),
    ("Reservkraft effekt (kVA)", 14),
    ("N (SWEREF 99 TM)", 14),
    ("E (SWEREF 99 TM)", 14),
    ("Latitud (WGS 84)", 14),
    ("Longitud (WGS 84)", 14),
    ("Vad punkten erbjuder", 60),
)


def export_county_report(database: Database, path: Path, today: dt.date | None = None) -> int:
    """Write the report; returns the number of points in it."""
    published = publication(database, INTERNAL, today=today)
    writer = SheetWriter()
    sheet = writer.sheet(
        "Trygghetspunkter",
        [(name, width, False) for name, width in COLUMNS],
        rows=len(published.points),
    )
    for point in published.points:
        north = east = None
        if point.latitude is not None and point.longitude is not None:
            north, east = sweref99tm(point.latitude, point.longitude)
        kva = point.internal.generator_kva if point.internal else None
        values = [
            published.municipality,
            point.area_name,
            point.name,
            _label(SAFETY_POINT_KIND_LABELS, point.kind),
            point.address or None,
            _label(POINT_STATUS_LABELS, point.status),
            LEVELS[point.level].sv if point.level in LEVELS else point.level,
            point.capacity_day,
            point.capacity_night,
            _label(RESERVE_POWER_LABELS, point.reserve_power),
            kva,
            north,
            east,
            point.latitude,
            point.longitude,
            "; ".join(_label(SERVICES, s) for s in point.services) or None,
        ]
        sheet.append([writer.cell(sheet, value) for value in values])
    about = writer.sheet("Om rapporten", [("Uppgift", 26, False), ("Värde", 90, False)], 7)
    for label, value in (
        ("Rapport", "Trygghetspunkter – rapport till länsstyrelsen"),
        ("Kommun", published.municipality),
        ("Datum", published.made),
        ("Antal trygghetspunkter", len(published.points)),
        (
            "Koordinatsystem",
            "SWEREF 99 TM (EPSG:3006), N och E i meter; WGS 84 (EPSG:4326) i decimalgrader",
        ),
        (
            "Profil",
            "intern: för myndighet, ej för publicering (reservkraftens effekt). Inga "
            "personuppgifter.",
        ),
        ("Program", f"Trygghetsapp {__version__}"),
    ):
        about.append([label, writer.cell(about, value)])
    writer.save(path)
    return len(published.points)


def _label(labels: Mapping[str, Label], code: str) -> str:
    label = labels.get(code)
    return label.sv if label is not None else code
