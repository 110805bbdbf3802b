"""Coordinates as people in the field read them: WGS 84 for phones, SWEREF 99 TM for maps.

SWEREF 99 TM (EPSG:3006) is the national grid that Swedish rescue services and Lantmäteriet's maps
use; printing both saves a conversion under stress (DOMAIN.md 4.3).
"""

from __future__ import annotations

import math

# GRS 80 (SWEREF 99) and the SWEREF 99 TM projection: central meridian 15° E, scale 0.9996,
# false easting 500 000 m. SWEREF 99 and WGS 84 agree to well under a metre in Sweden.
_A = 6378137.0
_F = 1 / 298.257222101
_K0 = 0.9996
_LON0 = math.radians(15.0)
_FALSE_EASTING = 500000.0

_E2 = _F * (2 - _F)
_N = _F / (2 - _F)
_A_ROOF = _A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64)
_LAT_A = _E2
_LAT_B = (5 * _E2**2 - _E2**3) / 6
_LAT_C = (104 * _E2**3 - 45 * _E2**4) / 120
_LAT_D = 1237 * _E2**4 / 1260
_BETA = (
    _N / 2 - 2 * _N**2 / 3 + 5 * _N**3 / 16 + 41 * _N**4 / 180,
    13 * _N**2 / 48 - 3 * _N**3 / 5 + 557 * _N**4 / 1440,
    61 * _N**3 / 240 - 103 * _N**4 / 140,
    49561 * _N**4 / 161280,
)


def sweref99tm(latitude: float, longitude: float) -> tuple[int, int]:
    """(northing, easting) in whole metres.

    Lantmäteriet's closed Gauss-Krüger formulas (millimetre agreement with PROJ, see the tests)
    rather than pyproj at run time: the PDFs are built on the GUI's worker thread, a Qt pool
    thread whose Python thread state is new for every job, and PROJ crashed (SIGSEGV/SIGFPE in
    its database lookup) the second time a transformer was made there.
    """
    phi = math.radians(latitude)
    sin_phi = math.sin(phi)
    phi_star = phi - sin_phi * math.cos(phi) * (
        _LAT_A + _LAT_B * sin_phi**2 + _LAT_C * sin_phi**4 + _LAT_D * sin_phi**6
    )
    delta = math.radians(longitude) - _LON0
    xi = math.atan(math.tan(phi_star) / math.cos(delta))
    eta = math.atanh(math.cos(phi_star) * math.sin(delta))
    north = xi
    east = eta
    for order, beta in enumerate(_BETA, 1):
        north += beta * math.sin(2 * order * xi) * math.cosh(2 * order * eta)
        east += beta * math.cos(2 * order * xi) * math.sinh(2 * order * eta)
    northing = _K0 * _A_ROOF * north
    easting = _K0 * _A_ROOF * east + _FALSE_EASTING
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
