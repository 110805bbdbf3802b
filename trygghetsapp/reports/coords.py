"""Coordinates as people in the field read them: WGS 84 for phones, SWEREF 99 TM for maps.

SWEREF 99 TM (EPSG:3006) is the national grid that Swedish rescue services and Lantmäteriet's maps
use; printing both saves a conversion under stress (DOMAIN.md 4.3).
"""

from __future__ import annotations

import functools

from pyproj import Transformer


@functools.cache
def _to_sweref() -> Transformer:
    return Transformer.from_crs("EPSG:4326", "EPSG:3006", always_xy=True)


def sweref99tm(latitude: float, longitude: float) -> tuple[int, int]:
    """(northing, easting) in whole metres."""
    easting, northing = _to_sweref().transform(longitude, latitude)
    return round(northing), round(easting)


def format_wgs84(latitude: float, longitude: float) -> str:
    """Decimal degrees with a decimal comma, Swedish style: "N 63,40000°  E 14,40000°"."""
    lat = f"{abs(latitude):.5f}".replace(".", ",")
    lon = f"{abs(longitude):.5f}".replace(".", ",")
    return f"{'N' if latitude >= 0 else 'S'} {lat}°  {'E' if longitude >= 0 else 'W'} {lon}°"


def format_sweref(latitude: float, longitude: float) -> str:
    """The national form: "N 7033404  E 469890" (7 and 6 digits)."""
    northing, easting = sweref99tm(latitude, longitude)
    return f"N {northing}  E {easting}"
