"""The store under load: `demo --scale N` through the services against raw sqlite3.

The baseline inserts exactly the rows the demo wrote (entity rows, change log, transactions) into an
empty database with the same schema, indexes and PRAGMAs, with `executemany` in one transaction: the
ratio is the cost of our services, ORM and change log over the bare minimum of writing those rows.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from trygghetsapp.services.database import open_database
from trygghetsapp.services.demo import load_demo


def _fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _timed_demo(path: Path, scale: int) -> tuple[float, int]:
    _fresh(path)
    database = open_database(path)  # migrations and catalogue seeding are not timed
    try:
        started = time.perf_counter()
        counts = load_demo(database, seed=1, scale=scale)
        elapsed = time.perf_counter() - started
    finally:
        database.close()
    return elapsed, counts.total()


def _timed_raw(source: Path, target: Path) -> tuple[float, int]:
    """Insert every row `source` holds into an empty copy of its schema with executemany."""
    _fresh(target)
    src = sqlite3.connect(source)
    tables = [
        name
        for (name,) in src.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'"
        )
    ]
    rows = {table: src.execute(f'SELECT * FROM "{table}"').fetchall() for table in tables}
    schema = [sql for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")]
    src.close()
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    dst.execute("PRAGMA foreign_keys = ON")
    for statement in schema:
        dst.execute(statement)
    order = [
        "local_device",
        "device_knowledge",
        "municipality",
        "crisis_role",
        "area",
        "safety_point",
        "equipment_item",
        "contact",
        "role_assignment",
        "info_channel",
        "inspection",
        "inspection_finding",
        "change",
        "change_tx",
    ]
    ordered = [t for t in order if t in rows] + [t for t in tables if t not in order]
    total = 0
    started = time.perf_counter()
    dst.execute("BEGIN")
    for table in ordered:
        data = rows[table]
        if not data:
            continue
        marks = ",".join("?" * len(data[0]))
        dst.executemany(f'INSERT OR IGNORE INTO "{table}" VALUES ({marks})', data)
        total += len(data)
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - started
    dst.close()
    return elapsed, total


def run(workdir: Path) -> list[tuple[str, float, float]]:
    scale = int(os.environ.get("TRYGGHETSAPP_BENCH_SCALE", "5000"))
    demo_db = workdir / f"store-demo-{scale}.sqlite"
    raw_db = workdir / f"store-raw-{scale}.sqlite"
    demo_seconds, records = _timed_demo(demo_db, scale)
    raw_seconds, rows = _timed_raw(demo_db, raw_db)
    _fresh(raw_db)
    return [
        (
            f"store: demo --scale {scale} ({records} records) s",
            demo_seconds,
            demo_seconds / raw_seconds,
        ),
        (f"store: raw sqlite3 executemany ({rows} rows) s", raw_seconds, 1.0),
    ]
