"""Coordinates printed for people in the field: WGS 84 with a decimal comma, SWEREF 99 TM."""

from __future__ import annotations

import re

from pyproj import Transformer

from trygghetsapp.domain import coords


def test_sweref_round_trips_within_a_metre():
    northing, easting = coords.sweref99tm(63.671, 14.615)
    back = Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True)
    lon, lat = back.transform(easting, northing)
    assert abs(lat - 63.671) < 1e-5 and abs(lon - 14.615) < 1e-5


def test_sweref_national_form():
    text = coords.format_sweref(63.671, 14.615)
    assert re.fullmatch(r"N \d{7}  E \d{6}", text)
    # 15 degrees east is the central meridian of SWEREF 99 TM: easting 500 000 m there.
    assert coords.sweref99tm(62.0, 15.0)[1] == 500000


def test_wgs84_swedish_decimal_comma():
    assert coords.format_wgs84(63.4, 14.4) == "N 63,40000°  E 14,40000°"


def test_sweref_matches_proj_across_sweden():
    """The closed formulas agree with PROJ to the metre from Smygehuk to Treriksröset."""
    proj = Transformer.from_crs("EPSG:4326", "EPSG:3006", always_xy=True)
    for latitude in (55.33, 57.7, 59.33, 62.39, 63.67, 65.58, 67.85, 69.06):
        for longitude in (10.9, 12.0, 14.6, 15.0, 17.9, 20.3, 24.2):
            easting, northing = proj.transform(longitude, latitude)
            ours = coords.sweref99tm(latitude, longitude)
            assert abs(ours[0] - northing) <= 1 and abs(ours[1] - easting) <= 1


def test_inverse_matches_proj_across_sweden():
    """SWEREF 99 TM N/E back to degrees agrees with PROJ to 1e-7 degrees (about a centimetre)."""
    proj = Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True)
    for northing in (6_140_000.0, 6_580_000.0, 7_000_000.0, 7_400_000.0, 7_660_000.0):
        for easting in (280_000.0, 420_000.0, 500_000.0, 650_000.0, 910_000.0):
            lon, lat = proj.transform(easting, northing)
            ours = coords.wgs84_from_sweref99tm(northing, easting)
            assert abs(ours[0] - lat) < 1e-7 and abs(ours[1] - lon) < 1e-7


def test_forward_and_inverse_round_trip_to_the_millimetre():
    for latitude, longitude in ((55.4, 13.0), (63.671, 14.615), (68.9, 21.5)):
        northing, easting = coords.sweref99tm_exact(latitude, longitude)
        back = coords.wgs84_from_sweref99tm(northing, easting)
        again = coords.sweref99tm_exact(*back)
        assert abs(again[0] - northing) < 0.001 and abs(again[1] - easting) < 0.001
