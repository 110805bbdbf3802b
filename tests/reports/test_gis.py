"""GIS files read back by an independent reader (GDAL through pyogrio), and RFC 7946's rules.

GDAL is the reference implementation of GeoPackage; our writer (reports/geopackage.py) uses
plain sqlite3, so reading each file with GDAL is the independent check the issue asks for. GDAL
warns about a GeoPackage that breaks the rules it checks; here a warning is a failure.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import struct
import warnings
from pathlib import Path
from xml.etree import ElementTree as ET

import pyogrio
import pytest
from pyogrio.raw import read

from tests.conftest import TODAY
from trygghetsapp.cli import main
from trygghetsapp.domain.coords import sweref99tm_exact
from trygghetsapp.reports import geopackage, gis
from trygghetsapp.services.database import Database
from trygghetsapp.services.publication import INTERNAL, PUBLIC, Publication, publication


@pytest.fixture(scope="module")
def published(report_db: Database) -> Publication:
    return publication(report_db, PUBLIC, today=TODAY)


def _write(published: Publication, fmt: str, folder: Path) -> Path:
    path = folder / f"punkter.{fmt}"
    gis.export_gis(published, fmt, path)
    return path


def test_geopackage_opens_in_gdal_with_sweref_and_every_feature(
    published: Publication, tmp_path: Path
):
    path = _write(published, "gpkg", tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # GDAL's complaints about a GeoPackage are failures
        layers = {name: kind for name, kind in pyogrio.list_layers(path)}
        assert layers == {"trygghetspunkter": "Point", "omraden": "Point"}
        points = pyogrio.read_info(path, layer="trygghetspunkter")
        areas = pyogrio.read_info(path, layer="omraden")
    assert points["crs"] == "EPSG:3006" and areas["crs"] == "EPSG:3006"
    assert points["features"] == len(published.points) == 13
    assert areas["features"] == len(published.areas) == 10
    assert points["driver"] == "GPKG"
    _, _, geometry, fields = read(path, layer="trygghetspunkter")
    meta = pyogrio.read_info(path, layer="trygghetspunkter")
    names = list(meta["fields"])
    by_name = dict(zip(fields[names.index("namn")], geometry, strict=True))
    for point in published.points:
        assert point.latitude is not None and point.longitude is not None
        blob = by_name[point.name]
        _, _, easting, northing = struct.unpack("<BIdd", bytes(blob)[:21])
        north, east = sweref99tm_exact(point.latitude, point.longitude)
        assert abs(easting - east) < 0.01 and abs(northing - north) < 0.01
    assert "Föllinge" in " ".join(str(v) for v in fields[names.index("omrade")])
    assert set(fields[names.index("profil")]) == {"publik"}


def test_geopackage_header_and_tables_follow_the_standard(published: Publication, tmp_path):
    path = _write(published, "gpkg", tmp_path)
    assert path.read_bytes()[68:72] == b"GPKG"  # application_id in the SQLite header
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 10300
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        srs = {row[0] for row in connection.execute("SELECT srs_id FROM gpkg_spatial_ref_sys")}
        assert {4326, -1, 0, 3006} <= srs
        contents = connection.execute(
            "SELECT table_name, data_type, srs_id FROM gpkg_contents ORDER BY table_name"
        ).fetchall()
        assert contents == [("omraden", "features", 3006), ("trygghetspunkter", "features", 3006)]
        blob = connection.execute("SELECT geom FROM trygghetspunkter LIMIT 1").fetchone()[0]
    assert blob[:2] == b"GP" and blob[2] == 0 and blob[3] & 1  # version 0, little-endian
    assert struct.unpack("<i", blob[4:8])[0] == 3006


def test_a_point_without_coordinates_has_an_empty_geometry(tmp_path: Path):
    layer = geopackage.Layer(
        "x", "X", "", [("namn", str)], [(None, ["Utan läge"]), ((1, 2), ["B"])]
    )
    path = tmp_path / "x.gpkg"
    geopackage.write_geopackage(path, [layer])
    _, _, geometry, fields = read(path)
    assert list(fields[0]) == ["Utan läge", "B"]
    assert geometry[0] is None


def test_geojson_follows_rfc_7946(published: Publication, tmp_path: Path):
    path = _write(published, "geojson", tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["type"] == "FeatureCollection"
    assert "crs" not in document  # RFC 7946 section 4: WGS 84 only, no crs member
    assert document["profile"] == "public"
    for feature in document["features"]:
        assert feature["type"] == "Feature" and set(feature) >= {"geometry", "properties"}
        longitude, latitude = feature["geometry"]["coordinates"]
        assert 10.5 <= longitude <= 24.2 and 55 <= latitude <= 69.1  # lon, lat order
        assert feature["geometry"]["type"] == "Point"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        info = pyogrio.read_info(path)
    assert info["crs"] == "EPSG:4326" and info["features"] == 13


def test_kml_is_valid_xml_with_every_point(published: Publication, tmp_path: Path):
    path = _write(published, "kml", tmp_path)
    root = ET.parse(path).getroot()
    namespace = {"k": "http://www.opengis.net/kml/2.2"}
    placemarks = root.findall(".//k:Placemark", namespace)
    assert len(placemarks) == 13
    first = placemarks[0].find(".//k:coordinates", namespace)
    assert first is not None and first.text is not None
    longitude, latitude = (float(v) for v in first.text.split(","))
    assert 10.5 <= longitude <= 24.2 and 55 <= latitude <= 69.1
    info = pyogrio.read_info(path)
    assert info["features"] == 13 and info["crs"] == "EPSG:4326"


def test_csv_opens_with_semicolons_and_swedish_letters(published: Publication, tmp_path: Path):
    path = _write(published, "csv", tmp_path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel on Windows reads å ä ö right
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header = rows[0]
    assert header[:3] == ["Namn", "Område", "Kommun"]
    assert {"N (SWEREF 99 TM)", "E (SWEREF 99 TM)", "Latitud (WGS 84)", "Longitud (WGS 84)"} <= set(
        header
    )
    assert len(rows) == 14 and all(len(row) == len(header) for row in rows)
    text = raw.decode("utf-8-sig")
    assert all(letter in text for letter in "åäöÅÄÖ" if letter in "åäöÖ")
    latitude = rows[1][header.index("Latitud (WGS 84)")]
    assert "," in latitude and "." not in latitude  # decimal comma, as Swedish Excel reads it
    info = pyogrio.read_info(path, SEPARATOR="SEMICOLON")
    assert info["features"] == 13 and "Område" in list(info["fields"])


def test_internal_profile_must_be_asked_for(report_db: Database, tmp_path: Path, capsys):
    path = tmp_path / "punkter.geojson"
    db = str(report_db.path)
    assert main(["--db", db, "export-gis", "--format", "geojson", "-o", str(path)]) == 0
    public = json.loads(path.read_text(encoding="utf-8"))
    assert public["profile"] == "public"
    assert "nyckelansvarig" not in public["features"][0]["properties"]
    assert (
        main(
            [
                "--db",
                db,
                "export-gis",
                "--format",
                "geojson",
                "--profile",
                "internal",
                "-o",
                str(path),
            ]
        )
        == 0
    )
    internal = json.loads(path.read_text(encoding="utf-8"))
    assert internal["profile"] == INTERNAL
    assert any(f["properties"]["nyckelansvarig"] for f in internal["features"])
    assert "profil: intern" in capsys.readouterr().out


def test_planned_points_can_be_left_out(report_db: Database):
    every = publication(report_db, PUBLIC)
    running = publication(report_db, PUBLIC, include_planned=False)
    assert 0 < len(running.points) < len(every.points)
    assert all(p.status != "planned" for p in running.points)
