"""The office on PostgreSQL (issue 19), each figure against a baseline measured in the same run.

A throw-away PostgreSQL server is started for the run (tests/pg.py: initdb into a temporary
folder, fsync off, as the tests run it; a production server with fsync on will be slower on
commit, not on the work measured here). Skipped with a line saying why when no server can start.

1. `pg.import changes/s`: `import_file` of bench_sync.py's signed package of N changes (default
   100,000; env TRYGGHETSAPP_BENCH_PG_CHANGES) into an empty office database on the server,
   whose installation trusts the source as its office. Ratios:
   - over raw `COPY` of the same rows (change, change_tx, the resulting area, point and
     equipment rows) into an empty migrated database in one transaction (psycopg 3 COPY);
   - over raw `executemany` of the same rows (psycopg 3, pipelined);
   - over our own SQLite import of the same package into an empty laptop file
     (bench_sync.py's `_import`), measured in the same run: > 1 means PostgreSQL is slower.
2. A county: `demo --scale 4000` into a server database, its 4,000 areas spread over 8
   municipalities (500 each, about 400,000 items in all). `pg.county overview s`: the overview
   (services/overview.py, every area's gaps) for the whole county (the owner, no row security)
   and for one municipality's login under row-level security (store/scoping.py); ratio = over
   the 1 s target. `pg.county search ms`: a search keystroke (count + first page of 100 of
   areas.list_areas) median over 20 words; ratio = over the 100 ms target.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trygghetsapp.services.database import open_database  # noqa: E402

MUNICIPALITIES = 8
COUNTY_SCALE = 4000


def _bench_sync() -> Any:
    spec = importlib.util.spec_from_file_location("bench_sync", ROOT / "bench" / "bench_sync.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pg_import(server: Any, workdir: Path, package: Path, source: Path) -> float:
    from trygghetsapp.security import trust
    from trygghetsapp.security.keys import load_device_keys, write_card
    from trygghetsapp.sync.importer import import_file

    url = server.new_database("bench_import")
    anchor = workdir / "pg-import" / "office"
    shutil.rmtree(anchor.parent, ignore_errors=True)
    database = open_database(url, device_name="Kontoret", anchor=anchor)
    keys = load_device_keys(source)
    assert keys is not None
    card = workdir / "pg-import.office-card.json"
    write_card(keys.card, card)
    trust.trust_office(database.path, card)
    try:
        started = time.perf_counter()
        report = import_file(database, package)
        elapsed = time.perf_counter() - started
    finally:
        database.close()
        server.drop(url)
    assert report.applied_changes >= report.new_changes > 0 and report.not_own == 0
    return elapsed


def _raw_rows(sync: Any, n: int) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """The rows the import ends with, per table: (columns, rows)."""
    from trygghetsapp.store.codec import data_fields
    from trygghetsapp.store.models import EquipmentItem

    _device, changes, txs = sync._changes(n)
    fields = [f for f in data_fields(EquipmentItem) if f != "id"]
    items: dict[str, tuple[Any, ...]] = {}
    for change in changes[2:]:
        data = json.loads(change[6])
        if "name" in data:
            items[change[5]] = tuple(
                json.dumps(data[f]) if isinstance(data[f], list | dict) else data[f] for f in fields
            )
    area, point = changes[0][5], changes[1][5]
    return {
        "change": (["device_id", "seq", "tx_seq", "hlc", "entity", "row_id", "data"], changes),
        "change_tx": (["device_id", "tx_seq", "last_seq", "hlc", "seen"], txs),
        "area": (
            [
                "id",
                "name",
                "villages",
                "local_group",
                "notes",
                "search_text",
                "deleted",
                "hlc",
                "device_id",
            ],
            [(area, "Bänk", "[]", "", "", "", False, 0, "")],
        ),
        "safety_point": (
            [
                "id",
                "area_id",
                "name",
                "kind",
                "address",
                "level",
                "status",
                "services",
                "reserve_power",
                "reserve_power_notes",
                "heating",
                "water",
                "key_holder",
                "access_notes",
                "opening_routine",
                "notes",
                "deleted",
                "hlc",
                "device_id",
            ],
            [
                (
                    point,
                    area,
                    "Skolan",
                    "school",
                    "",
                    1,
                    "planned",
                    "[]",
                    "none",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    False,
                    0,
                    "",
                )
            ],
        ),
        "equipment_item": (
            ["id", *fields, "due_date", "deleted", "hlc", "device_id"],
            [(row_id, *values, None, False, 0, "") for row_id, values in items.items()],
        ),
    }


def _raw(server: Any, tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]], copy: bool):
    import psycopg

    url = server.new_database("bench_raw")
    name = url.split("/")[3].split("?")[0]
    try:
        with psycopg.connect(
            dbname=name, user="postgres", host=str(server.socket_dir), port=server.port
        ) as connection:
            started = time.perf_counter()
            with connection.cursor() as cursor:
                for table, (columns, rows) in tables.items():
                    listed = ", ".join(columns)
                    if copy:
                        with cursor.copy(f"COPY {table} ({listed}) FROM STDIN") as target:
                            for row in rows:
                                target.write_row(row)
                    else:
                        marks = ", ".join(["%s"] * len(columns))
                        cursor.executemany(f"INSERT INTO {table} ({listed}) VALUES ({marks})", rows)
            connection.commit()
            return time.perf_counter() - started
    finally:
        server.drop(url)


def _county(server: Any, workdir: Path) -> tuple[str, list[str], int]:
    """A county database: the demo at scale 4000, its areas spread over 8 municipalities (the
    spreading is one raw UPDATE by the owner: the bench measures reading, not that edit)."""
    from trygghetsapp.services import municipalities
    from trygghetsapp.services.demo import load_demo
    from trygghetsapp.store import scoping

    url = server.new_database("bench_county")
    database = open_database(url, anchor=workdir / "pg-county" / "office")
    try:
        counts = load_demo(database, seed=1, scale=COUNTY_SCALE)
        ids = [m.id for m in municipalities.list_municipalities(database)]
        for number in range(MUNICIPALITIES - len(ids)):
            ids.append(municipalities.add_municipality(database, {"name": f"Kommun {number}"})[0])
        with database.store.engine.begin() as connection:
            connection.exec_driver_sql(
                "WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM area) "
                "UPDATE area SET municipality_id = (%(ids)s::text[])[1 + n %% %(k)s] "
                "FROM numbered WHERE numbered.id = area.id",
                {"ids": ids, "k": MUNICIPALITIES},
            )
            scoping.install(connection)
            connection.exec_driver_sql("ANALYZE")
    finally:
        database.close()
    return url, ids, counts.total()


def _timed(function: Any, *args: Any) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def _reading(database: Any) -> tuple[float, float]:
    """(overview s: best of 3, search keystroke ms: median of 20 words)."""
    from trygghetsapp.services import areas
    from trygghetsapp.services.overview import overview

    overview_s = min(_timed(overview, database) for _ in range(3))
    words = ["skola", "by", "kyrk", "Ås", "nord", "sjö", "berg", "hall", "gård", "vik",
             "s", "k", "ö", "ä", "bygd", "torp", "holm", "dal", "näs", "zz"]  # fmt: skip
    timings = []
    for word in words:
        started = time.perf_counter()
        areas.count_areas(database, word)
        areas.list_areas(database, word, limit=100)
        timings.append(time.perf_counter() - started)
    return overview_s, statistics.median(timings) * 1000


def run(workdir: Path) -> list[tuple[str, float, float]]:
    sys.path.insert(0, str(ROOT))
    from tests import pg

    reason = pg.missing_reason()
    if reason is not None:
        print(f"# bench_pg skipped: {reason}")
        return []
    from trygghetsapp.store import scoping

    n = int(os.environ.get("TRYGGHETSAPP_BENCH_PG_CHANGES", "100000"))
    sync = _bench_sync()
    server = pg.start_server()
    lines: list[tuple[str, float, float]] = []
    try:
        source = sync._source(workdir, n)
        package, _export_s = sync._export(workdir, n)
        pg_s = _pg_import(server, workdir, package, source)
        sqlite_s = sync._import(workdir, package, source)
        tables = _raw_rows(sync, n)
        copy_s = _raw(server, tables, copy=True)
        many_s = _raw(server, tables, copy=False)
        lines += [
            (f"pg.import changes/s ({n}) / raw COPY", n / pg_s, pg_s / copy_s),
            (f"pg.import changes/s ({n}) / raw executemany", n / pg_s, pg_s / many_s),
            (f"pg.import s ({n}) / SQLite import s", pg_s, pg_s / sqlite_s),
            (f"pg.raw COPY rows/s ({n})", n / copy_s, 1.0),
            (f"sqlite.import changes/s ({n}) (same run)", n / sqlite_s, 1.0),
        ]
        url, ids, records = _county(server, workdir)
        county = open_database(url, anchor=workdir / "pg-county" / "office")
        try:
            overview_s, search_ms = _reading(county)
        finally:
            county.close()
        login = "bench_municipality"
        server.admin(f"DROP ROLE IF EXISTS {login}")
        server.admin(f"CREATE ROLE {scoping.role_name(ids[0])}")
        server.admin(f"CREATE ROLE {login} LOGIN IN ROLE {scoping.role_name(ids[0])}")
        name = url.split("/")[3].split("?")[0]
        import psycopg

        with psycopg.connect(
            dbname=name, user="postgres", host=str(server.socket_dir), port=server.port,
            autocommit=True,
        ) as owner:  # fmt: skip
            owner.execute(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {login}"
            )  # type: ignore[arg-type]
        municipality = open_database(
            url.replace("postgres@", f"{login}@"), anchor=workdir / "pg-municipality" / "office"
        )
        try:
            m_overview_s, m_search_ms = _reading(municipality)
        finally:
            municipality.close()
        lines += [
            (f"pg.county overview s (whole county, {records} records)", overview_s, overview_s),
            ("pg.county search ms (whole county)", search_ms, search_ms / 100),
            ("pg.county overview s (one municipality, RLS)", m_overview_s, m_overview_s),
            ("pg.county search ms (one municipality, RLS)", m_search_ms, m_search_ms / 100),
        ]
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)
    return lines


if __name__ == "__main__":
    for name, value, ratio in run(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench/out"):
        print(f"{name:<56} {value:>14.3f} {ratio:>8.2f}")
