"""A GeoPackage of point layers, written through SQLite by the OGC standard (GeoPackage 1.3,
OGC 12-128r18), without GDAL.

Why not GDAL: its Python bindings (pyogrio, Fiona) bring GDAL, PROJ and GEOS as native wheels,
about 100 MB with numpy, for what is here a few hundred points in two tables; a GeoPackage is an
SQLite file with three metadata tables and one well-defined geometry encoding, which Python's
own sqlite3 writes. What the standard asks of a features-only GeoPackage, and how it is met:

- application_id 0x47504B47 ("GPKG") and user_version 10300 (requirements 2 and 3 of 1.3);
- `gpkg_spatial_ref_sys` with the three required rows (EPSG:4326, -1 and 0 for undefined
  systems) plus EPSG:3006 with its WKT (req. 10, 11);
- `gpkg_contents` with a row per layer (data_type "features", its bounding box, srs 3006) and
  `gpkg_geometry_columns` naming each layer's POINT column (req. 13-16, 21-27);
- each feature table has an INTEGER PRIMARY KEY and one geometry column whose values are
  GeoPackageBinary: "GP", version 0, flags (little-endian, no envelope), srs_id, then
  ISO WKB of a 2D point (req. 19, 30-33); a feature without coordinates has a NULL geometry.

GDAL (the reference implementation, through pyogrio) reads the result in the tests: layers, CRS,
feature counts, attribute values with å ä ö, and every coordinate (tests/reports/test_gis.py);
GDAL warns when it opens a GeoPackage that breaks the rules it checks, and the tests fail on a
warning. There is no spatial index (an extension, optional; a few hundred points need none).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

APPLICATION_ID = 0x47504B47
USER_VERSION = 10300
SWEREF99TM = 3006

SWEREF99TM_WKT = (
    'PROJCS["SWEREF99 TM",GEOGCS["SWEREF99",DATUM["SWEREF99",SPHEROID["GRS 1980",6378137,'
    '298.257222101,AUTHORITY["EPSG","7019"]],TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","6619"]],'
    'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4619"]],PROJECTION["Transverse_Mercator"],'
    'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",15],'
    'PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],'
    'PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],'
    'AXIS["Northing",NORTH],AXIS["Easting",EAST],AUTHORITY["EPSG","3006"]]'
)
WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL"}


@dataclass(frozen=True)
class Layer:
    name: str
    title: str
    description: str
    fields: Sequence[tuple[str, type]]
    """(column name, str/int/float) of the attributes."""
    features: Sequence[tuple[tuple[float, float] | None, Sequence[Any]]]
    """((easting, northing) in SWEREF 99 TM or None, attribute values in `fields` order)."""


def point_blob(easting: float, northing: float, srs_id: int = SWEREF99TM) -> bytes:
    """GeoPackageBinary of a 2D point: header (no envelope, little-endian) + ISO WKB."""
    header = b"GP" + bytes([0, 0b0000_0001]) + struct.pack("<i", srs_id)
    wkb = struct.pack("<BIdd", 1, 1, easting, northing)
    return header + wkb


def write_geopackage(path: Path, layers: Sequence[Layer]) -> None:
    """Write `layers` into a new GeoPackage at `path` (an empty or absent file)."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {USER_VERSION}")
        connection.execute("BEGIN")
        _metadata_tables(connection)
        for layer in layers:
            _layer(connection, layer)
        connection.execute("COMMIT")
    finally:
        connection.close()


def _metadata_tables(connection: sqlite3.Connection) -> None:
    connection.execute(
        """CREATE TABLE gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL PRIMARY KEY,
            organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL,
            definition TEXT NOT NULL,
            description TEXT)"""
    )
    connection.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude, WGS 84"),
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic"),
            ("SWEREF99 TM", SWEREF99TM, "EPSG", SWEREF99TM, SWEREF99TM_WKT, "SWEREF 99 TM"),
        ],
    )
    connection.execute(
        """CREATE TABLE gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY,
            data_type TEXT NOT NULL,
            identifier TEXT UNIQUE,
            description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
            srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id)
                REFERENCES gpkg_spatial_ref_sys(srs_id))"""
    )
    connection.execute(
        """CREATE TABLE gpkg_geometry_columns (
            table_name TEXT NOT NULL,
            column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL,
            z TINYINT NOT NULL,
            m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT uk_gc_table_name UNIQUE (table_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"""
    )


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _layer(connection: sqlite3.Connection, layer: Layer) -> None:
    columns = ", ".join(f"{_quote(name)} {SQL_TYPES[kind]}" for name, kind in layer.fields)
    connection.execute(
        f"CREATE TABLE {_quote(layer.name)} ("
        "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT"
        f"{', ' + columns if columns else ''})"
    )
    located = [xy for xy, _ in layer.features if xy is not None]
    box: tuple[Any, ...] = (None, None, None, None)
    if located:
        box = (
            min(x for x, _ in located),
            min(y for _, y in located),
            max(x for x, _ in located),
            max(y for _, y in located),
        )
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change,"
        " min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            layer.name,
            layer.title,
            layer.description,
            dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            *box,
            SWEREF99TM,
        ),
    )
    connection.execute(
        "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)",
        (layer.name, SWEREF99TM),
    )
    names = ", ".join(["geom", *(_quote(name) for name, _ in layer.fields)])
    marks = ", ".join("?" * (len(layer.fields) + 1))
    connection.executemany(
        f"INSERT INTO {_quote(layer.name)} ({names}) VALUES ({marks})",
        [(point_blob(*xy) if xy is not None else None, *values) for xy, values in layer.features],
    )
