"""Coordinates as people in the field read them: WGS 84 for phones, SWEREF 99 TM for maps.

Pure arithmetic (no PROJ at run time), so every layer can use it: the printed checklist, the GIS
files, and the workbook import that accepts N/E columns.

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
    """(northing, easting) in whole metres, as printed."""
    northing, easting = sweref99tm_exact(latitude, longitude)
    return round(northing), round(easting)


def sweref99tm_exact(latitude: float, longitude: float) -> tuple[float, float]:
    """(northing, easting) in metres, unrounded (GIS files keep the millimetres).

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
    return northing, easting


_DELTA = (
    _N / 2 - 2 * _N**2 / 3 + 37 * _N**3 / 96 - _N**4 / 360,
    _N**2 / 48 + _N**3 / 15 - 437 * _N**4 / 1440,
    17 * _N**3 / 480 - 37 * _N**4 / 840,
    4397 * _N**4 / 161280,
)
_INV_A = _E2 + _E2**2 + _E2**3 + _E2**4
_INV_B = -(7 * _E2**2 + 17 * _E2**3 + 30 * _E2**4) / 6
_INV_C = (224 * _E2**3 + 889 * _E2**4) / 120
_INV_D = -(4279 * _E2**4) / 1260


def wgs84_from_sweref99tm(northing: float, easting: float) -> tuple[float, float]:
    """(latitude, longitude) in degrees from SWEREF 99 TM metres: the inverse Gauss-Krüger
    formulas of the same source, for workbooks that give N/E instead of degrees."""
    xi = northing / (_K0 * _A_ROOF)
    eta = (easting - _FALSE_EASTING) / (_K0 * _A_ROOF)
    xi_prim = xi
    eta_prim = eta
    for order, delta in enumerate(_DELTA, 1):
        xi_prim -= delta * math.sin(2 * order * xi) * math.cosh(2 * order * eta)
        eta_prim -= delta * math.cos(2 * order * xi) * math.sinh(2 * order * eta)
    phi_star = math.asin(math.sin(xi_prim) / math.cosh(eta_prim))
    delta_lambda = math.atan(math.sinh(eta_prim) / math.cos(xi_prim))
    sin_phi = math.sin(phi_star)
    phi = phi_star + sin_phi * math.cos(phi_star) * (
        _INV_A + _INV_B * sin_phi**2 + _INV_C * sin_phi**4 + _INV_D * sin_phi**6
    )
    return math.degrees(phi), math.degrees(_LON0 + delta_lambda)


def format_wgs84(latitude: float, longitude: float) -> str:
    """Decimal degrees with a decimal comma, Swedish style: "N 63,40000°  E 14,40000°"."""
    lat = f"{abs(latitude):.5f}".replace(".", ",")
    lon = f"{abs(longitude):.5f}".replace(".", ",")
    return f"{'N' if latitude >= 0 else 'S'} {lat}°  {'E' if longitude >= 0 else 'W'} {lon}°"


def format_sweref(latitude: float, longitude: float) -> str:
    """The national form: "N 7033404  E 469890" (7 and 6 digits)."""
    northing, easting = sweref99tm(latitude, longitude)
    return f"N {northing}  E {easting}"
