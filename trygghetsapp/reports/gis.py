"""The safety points for GIS staff and web maps: GeoPackage, GeoJSON, KML and CSV.

| format | coordinates | for |
| --- | --- | --- |
| GeoPackage | SWEREF 99 TM (EPSG:3006), x = E, y = N | municipal GIS, the county (QGIS, ArcGIS) |
| GeoJSON | WGS 84 lon, lat (RFC 7946: no `crs` member) | web maps, developers |
| KML | WGS 84 | Google Earth |
| CSV | both: N/E and latitude/longitude | Excel (UTF-8 with BOM, `;`, decimal comma) |

Every file is built from a `services.publication.Publication`, so its profile (public by default)
decides what it can hold, and every file says its profile: a `profil` attribute on each feature,
the GeoPackage's layer descriptions, the GeoJSON's and KML's document. Files are written whole or
not at all (files/atomic.py).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from trygghetsapp import __version__
from trygghetsapp.domain.catalogues import (
    LEVELS,
    POINT_STATUS_LABELS,
    RESERVE_POWER_LABELS,
    SAFETY_POINT_KIND_LABELS,
    SERVICES,
)
from trygghetsapp.domain.coords import sweref99tm, sweref99tm_exact
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.atomic import write_bytes_atomic, write_with
from trygghetsapp.reports import geopackage
from trygghetsapp.services.publication import Publication, PublishedArea, PublishedPoint

FORMATS = ("gpkg", "geojson", "kml", "csv")
RISKY_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Attribute:
    name: str
    """Field name in GIS formats: ASCII, lower case (survives Shapefile conversions)."""
    header: str
    """Column header in the CSV, for Excel users."""
    kind: type
    value: Callable[[PublishedPoint, Publication], Any]
    internal: bool = False


def _label(labels: dict[str, Any], code: str) -> str:
    label = labels.get(code)
    return label.sv if label is not None else code


def _level(level: int) -> str:
    return LEVELS[level].sv if level in LEVELS else str(level)


def _detail(name: str) -> Callable[[PublishedPoint, Publication], Any]:
    def value(point: PublishedPoint, _: Publication) -> Any:
        return getattr(point.internal, name) if point.internal else None

    return value


POINT_ATTRIBUTES: tuple[Attribute, ...] = (
    Attribute("namn", "Namn", str, lambda p, _: p.name),
    Attribute("omrade", "Område", str, lambda p, _: p.area_name),
    Attribute("kommun", "Kommun", str, lambda _, pub: pub.municipality),
    Attribute("typ", "Typ", str, lambda p, _: _label(SAFETY_POINT_KIND_LABELS, p.kind)),
    Attribute("adress", "Adress", str, lambda p, _: p.address),
    Attribute("status", "Status", str, lambda p, _: _label(POINT_STATUS_LABELS, p.status)),
    Attribute("niva", "Nivå", int, lambda p, _: p.level),
    Attribute(
        "niva_text",
        "Nivå (text)",
        str,
        lambda p, _: LEVELS[p.level].sv if p.level in LEVELS else str(p.level),
    ),
    Attribute(
        "erbjuder",
        "Vad punkten erbjuder",
        str,
        lambda p, _: "; ".join(_label(SERVICES, s) for s in p.services),
    ),
    Attribute(
        "reservkraft",
        "Reservkraft",
        str,
        lambda p, _: _label(RESERVE_POWER_LABELS, p.reserve_power),
    ),
    Attribute("varme", "Värme", str, lambda p, _: p.heating),
    Attribute("vatten", "Vatten", str, lambda p, _: p.water),
    Attribute("oppning", "Öppningsrutin", str, lambda p, _: p.opening_routine),
    Attribute("kapacitet_dag", "Kapacitet dag", int, lambda p, _: p.capacity_day),
    Attribute("kapacitet_natt", "Kapacitet natt", int, lambda p, _: p.capacity_night),
    Attribute("nyckelansvarig", "Nyckelansvarig", str, _detail("key_holder"), True),
    Attribute("tilltrade", "Tillträde", str, _detail("access_notes"), True),
    Attribute(
        "reservkraft_anteckningar",
        "Reservkraft, anteckningar",
        str,
        _detail("reserve_power_notes"),
        True,
    ),
    Attribute("aggregat_kva", "Aggregat (kVA)", float, _detail("generator_kva"), True),
    Attribute("bransle_liter", "Bränsle (liter)", float, _detail("fuel_litres"), True),
    Attribute("samordnare", "Samordnare", str, _detail("coordinator"), True),
    Attribute("samordnare_telefon", "Samordnare, telefon", str, _detail("coordinator_phone"), True),
    Attribute("anteckningar", "Anteckningar", str, _detail("notes"), True),
    Attribute("profil", "Profil", str, lambda _, pub: pub.profile_sv),
    Attribute("id", "Id", str, lambda p, _: p.id),
)


def point_attributes(publication: Publication) -> list[Attribute]:
    internal = publication.profile == "internal"
    return [a for a in POINT_ATTRIBUTES if internal or not a.internal]


def _sweref(point: PublishedPoint) -> tuple[float, float] | None:
    """(easting, northing) in metres, to the millimetre."""
    if point.latitude is None or point.longitude is None:
        return None
    north, east = sweref99tm_exact(point.latitude, point.longitude)
    return round(east, 3), round(north, 3)


def _area_xy(area: PublishedArea) -> tuple[float, float] | None:
    if area.centroid is None:
        return None
    north, east = sweref99tm_exact(*area.centroid)
    return round(east, 3), round(north, 3)


def check_format(name: str) -> str:
    if name not in FORMATS:
        raise DomainError(
            "format",
            f"okänt format {name!r} (välj {', '.join(FORMATS)})",
            f"unknown format {name!r} (choose {', '.join(FORMATS)})",
        )
    return name


def export_gis(publication: Publication, fmt: str, path: Path) -> int:
    """Write the points in `fmt` to `path`; returns the number of points written."""
    check_format(fmt)
    if fmt == "gpkg":
        write_with(
            path, lambda temporary: geopackage.write_geopackage(temporary, layers(publication))
        )
    elif fmt == "geojson":
        write_bytes_atomic(path, geojson(publication).encode("utf-8"))
    elif fmt == "kml":
        write_bytes_atomic(path, kml(publication))
    else:
        write_bytes_atomic(path, csv_text(publication).encode("utf-8-sig"))
    return len(publication.points)


def _description(publication: Publication) -> str:
    return (
        f"Trygghetspunkter i {publication.municipality or 'kommunen'}, "
        f"{publication.profile_sv} profil, {publication.made.isoformat()} "
        f"(Trygghetsapp {__version__})"
    )


def layers(publication: Publication) -> list[geopackage.Layer]:
    attributes = point_attributes(publication)
    points = geopackage.Layer(
        "trygghetspunkter",
        "Trygghetspunkter",
        _description(publication),
        [(a.name, a.kind) for a in attributes],
        [
            (_sweref(p), [_plain(a.kind, a.value(p, publication)) for a in attributes])
            for p in publication.points
        ],
    )
    internal = publication.profile == "internal"
    area_fields: list[tuple[str, type]] = [
        ("namn", str),
        ("byar", str),
        ("invanare", int),
        ("yta_km2", float),
        ("lokal_grupp", str),
        ("trygghetspunkter", int),
        ("profil", str),
        ("id", str),
    ]
    if internal:
        area_fields.insert(-2, ("anteckningar", str))
    areas = geopackage.Layer(
        "omraden",
        "Områden (mittpunkt av områdets trygghetspunkter)",
        "Områdenas mittpunkter: medelvärdet av trygghetspunkternas koordinater. "
        + _description(publication),
        area_fields,
        [
            (
                _area_xy(area),
                [
                    area.name,
                    ", ".join(area.villages),
                    area.residents,
                    area.area_km2,
                    area.local_group,
                    len(publication.points_of(area.id)),
                    *([area.notes or ""] if internal else []),
                    publication.profile_sv,
                    area.id,
                ],
            )
            for area in publication.areas
        ],
    )
    return [points, areas]


def _plain(kind: type, value: Any) -> Any:
    if value is None or value == "":
        return None if kind is not str else (value or "")
    return value


def geojson(publication: Publication) -> str:
    """RFC 7946: a FeatureCollection in WGS 84, positions [longitude, latitude], no `crs`."""
    attributes = point_attributes(publication)
    features = []
    for point in publication.points:
        geometry = None
        if point.latitude is not None and point.longitude is not None:
            geometry = {"type": "Point", "coordinates": [point.longitude, point.latitude]}
        features.append(
            {
                "type": "Feature",
                "id": point.id,
                "geometry": geometry,
                "properties": {a.name: a.value(point, publication) for a in attributes},
            }
        )
    document = {
        "type": "FeatureCollection",
        "name": "trygghetspunkter",
        "description": _description(publication),
        "profile": publication.profile,
        "features": features,
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def kml(publication: Publication) -> bytes:
    """KML 2.2: a Placemark per located point, its attributes as ExtendedData."""
    namespace = "http://www.opengis.net/kml/2.2"
    ET.register_namespace("", namespace)

    def tag(name: str) -> str:
        return f"{{{namespace}}}{name}"

    root = ET.Element(tag("kml"))
    document = ET.SubElement(root, tag("Document"))
    ET.SubElement(document, tag("name")).text = "Trygghetspunkter"
    ET.SubElement(document, tag("description")).text = _description(publication)
    attributes = point_attributes(publication)
    for point in publication.points:
        placemark = ET.SubElement(document, tag("Placemark"), id=f"p-{point.id}")
        ET.SubElement(placemark, tag("name")).text = point.name
        lines = [point.address, "; ".join(_label(SERVICES, s) for s in point.services)]
        ET.SubElement(placemark, tag("description")).text = "\n".join(x for x in lines if x)
        extended = ET.SubElement(placemark, tag("ExtendedData"))
        for attribute in attributes:
            value = attribute.value(point, publication)
            data = ET.SubElement(extended, tag("Data"), name=attribute.name)
            ET.SubElement(data, tag("value")).text = "" if value is None else str(value)
        if point.latitude is not None and point.longitude is not None:
            geometry = ET.SubElement(placemark, tag("Point"))
            ET.SubElement(
                geometry, tag("coordinates")
            ).text = f"{point.longitude:.6f},{point.latitude:.6f}"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else repr(value)).replace(".", ",")
    text = str(value)
    if text.startswith(RISKY_START):
        return "'" + text  # OWASP: never a formula when Excel opens it
    return text


def csv_text(publication: Publication) -> str:
    """For Excel: `;`-separated, decimal comma, both coordinate systems (UTF-8 with a BOM is
    added when written)."""
    attributes = point_attributes(publication)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            *(a.header for a in attributes if a.name not in ("profil", "id")),
            "N (SWEREF 99 TM)",
            "E (SWEREF 99 TM)",
            "Latitud (WGS 84)",
            "Longitud (WGS 84)",
            "Profil",
            "Id",
        ]
    )
    for point in publication.points:
        north = east = None
        if point.latitude is not None and point.longitude is not None:
            north, east = sweref99tm(point.latitude, point.longitude)
        writer.writerow(
            [
                *(
                    _csv_cell(a.value(point, publication))
                    for a in attributes
                    if a.name not in ("profil", "id")
                ),
                _csv_cell(north),
                _csv_cell(east),
                _csv_cell(point.latitude),
                _csv_cell(point.longitude),
                publication.profile_sv,
                point.id,
            ]
        )
    return buffer.getvalue()
