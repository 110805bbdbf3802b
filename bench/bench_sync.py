"""Sync package speed and memory, each against a baseline measured in the same run.

1. `sync.import changes/s`: `import_file` of a signed package of N changes (default 500,000; env
   TRYGGHETSAPP_BENCH_SYNC_CHANGES), written by an office, into an empty laptop that trusts it as
   its office: read, verify every checksum and the signature, check every change's values,
   insert the log, causal order, merge and materialise.
   Baseline: raw `sqlite3` `executemany` inserting the same rows (change, change_tx and the
   resulting equipment rows) into the same schema with the same PRAGMAs in one transaction.
   Ratio = ours / raw (target >= 1/3).
2. `sync.export changes/s`: `export_package --full` of the same N changes. Baseline: the same raw
   SQL read of the change table without formatting, hashing or writing. Ratio = ours / raw read.
3. `sync.memory import MB`: peak RSS of a fresh process importing N changes; ratio = that peak over
   the peak of importing N/5 changes (streamed: about 1.0, i.e. memory does not grow with N).
   `sync.memory export MB` likewise for exporting.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trygghetsapp.services.database import open_database  # noqa: E402

PER_TX = 100


def _changes(n: int) -> tuple[str, list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """A field laptop's log: an area, a point, then equipment created in transactions of 100,
    with one in ten changes an edit of an earlier item."""
    from trygghetsapp.store.codec import canonical_json, data_fields, to_json_value
    from trygghetsapp.store.models import EquipmentItem
    from trygghetsapp.store.uow import column_defaults

    device = str(uuid.UUID(int=0xF1E1D))
    hlc = 1_790_000_000_000 << 16
    area, point = str(uuid.UUID(int=1)), str(uuid.UUID(int=2))
    defaults = {k: to_json_value(v) for k, v in column_defaults(EquipmentItem).items()}
    fields = [f for f in data_fields(EquipmentItem) if f != "id"]
    changes: list[tuple[Any, ...]] = [
        (
            device,
            1,
            1,
            hlc,
            "area",
            area,
            canonical_json(
                {
                    "name": "Bänk",
                    "villages": [],
                    "municipality_id": None,
                    "residents": None,
                    "area_km2": None,
                    "local_group": "",
                    "notes": "",
                    "deleted": False,
                }
            ),
        ),
        (
            device,
            2,
            1,
            hlc,
            "safety_point",
            point,
            canonical_json(
                {
                    "area_id": area,
                    "name": "Skolan",
                    "kind": "school",
                    "address": "",
                    "latitude": None,
                    "longitude": None,
                    "level": 1,
                    "status": "planned",
                    "services": [],
                    "reserve_power": "none",
                    "reserve_power_notes": "",
                    "heating": "",
                    "water": "",
                    "key_holder": "",
                    "access_notes": "",
                    "opening_routine": "",
                    "capacity_day": None,
                    "capacity_night": None,
                    "notes": "",
                    "deleted": False,
                }
            ),
        ),
    ]
    txs: list[tuple[Any, ...]] = [(device, 1, 2, hlc, "{}")]
    items: list[str] = []
    seq = 2
    while seq < n:
        tx_seq = seq + 1
        hlc += 1
        for _ in range(min(PER_TX, n - seq)):
            seq += 1
            if items and seq % 10 == 0:
                row = items[(seq * 7919) % len(items)]
                data = canonical_json({"notes": f"kontrollerad {seq}"})
            else:
                row = str(uuid.UUID(int=seq))
                items.append(row)
                values = {
                    **defaults,
                    "safety_point_id": point,
                    "category": "communications",
                    "name": f"Radio {seq}",
                    "serial_number": f"SN{seq}",
                    "deleted": False,
                }
                data = canonical_json({k: values.get(k) for k in [*fields, "deleted"]})
            changes.append((device, seq, tx_seq, hlc, "equipment_item", row, data))
        txs.append((device, tx_seq, seq, hlc, json.dumps({device: tx_seq - 1})))
    return device, changes, txs


def _source(workdir: Path, n: int) -> Path:
    """A replica holding the synthetic log (written raw, then materialised by our own import)."""

    path = workdir / f"sync-source-{n}.sqlite"
    if path.exists():
        return path
    from trygghetsapp.sync.device import set_role

    database = open_database(path, device_name="Bänkdator")
    # The office: the one device whose packages may carry another device's changes (issue 15),
    # as in a new laptop's first import of the office's full package.
    set_role(database, "office")
    database.close()
    _device, changes, txs = _changes(n)
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?)", changes)
    conn.executemany("INSERT INTO change_tx VALUES (?, ?, ?, ?, ?)", txs)
    conn.commit()
    conn.close()
    return path


def _export(workdir: Path, n: int) -> tuple[Path, float]:
    from trygghetsapp.sync.exporter import export_package

    out = workdir / f"sync-out-{n}"
    shutil.rmtree(out, ignore_errors=True)
    database = open_database(_source(workdir, n))
    try:
        started = time.perf_counter()
        report = export_package(database, out, full=True)
        elapsed = time.perf_counter() - started
    finally:
        database.close()
    assert report.path is not None
    return report.path, elapsed


def _fresh(workdir: Path, name: str, trusts: Path | None = None) -> Path:
    """A new empty replica; `trusts`: the source (an office) it trusts as its office (`keys
    trust-office`), so the import runs the signature check it always runs in the field and
    takes the relayed changes."""
    from trygghetsapp.security import trust
    from trygghetsapp.security.keys import keys_dir, load_device_keys, write_card

    path = workdir / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(keys_dir(path), ignore_errors=True)
    open_database(path, device_name="Kontoret").close()
    if trusts is not None:
        keys = load_device_keys(trusts)
        assert keys is not None, "the source has exported, so it has keys"
        card = workdir / f"{name}.office-card.json"
        write_card(keys.card, card)
        trust.trust_office(path, card)
    return path


def _baseline_import(workdir: Path, n: int) -> float:
    """Raw executemany of the same rows, same schema and PRAGMAs, one transaction."""
    _device, changes, txs = _changes(n)
    rows: dict[str, tuple[Any, ...]] = {}
    from trygghetsapp.store.codec import data_fields
    from trygghetsapp.store.models import EquipmentItem

    fields = [f for f in data_fields(EquipmentItem) if f != "id"]
    for change in changes[2:]:
        data = json.loads(change[6])
        if "name" in data:
            rows[change[5]] = tuple(
                json.dumps(data[f]) if f == "facts" else data[f] for f in fields
            )
    path = _fresh(workdir, "sync-baseline.sqlite")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    columns = ", ".join(["id", *fields, "due_date", "deleted", "hlc", "device_id"])
    marks = ", ".join("?" * (len(fields) + 5))
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?)", changes)
    conn.executemany("INSERT INTO change_tx VALUES (?, ?, ?, ?, ?)", txs)
    conn.execute(
        "INSERT INTO area (id, name, villages, local_group, notes, search_text, deleted, hlc, "
        "device_id) VALUES (?, 'Bänk', '[]', '', '', '', 0, 0, '')",
        (changes[0][5],),
    )
    conn.execute(
        "INSERT INTO safety_point (id, area_id, name, kind, address, level, status, services, "
        "reserve_power, reserve_power_notes, heating, water, key_holder, access_notes, "
        "opening_routine, notes, deleted, hlc, device_id) VALUES (?, ?, 'Skolan', 'school', '', "
        "1, 'planned', '[]', 'none', '', '', '', '', '', '', '', 0, 0, '')",
        (changes[1][5], changes[0][5]),
    )
    conn.executemany(
        f"INSERT INTO equipment_item ({columns}) VALUES ({marks})",
        [(row_id, *values, None, 0, 0, "") for row_id, values in rows.items()],
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _import(workdir: Path, package: Path, source: Path) -> float:
    from trygghetsapp.sync.importer import import_file

    database = open_database(_fresh(workdir, "sync-target.sqlite", trusts=source))
    try:
        started = time.perf_counter()
        report = import_file(database, package)
        elapsed = time.perf_counter() - started
    finally:
        database.close()
    # Every change of the package applied (not just the target's own default roles: a package
    # whose changes were all left out must not pass for a fast import).
    assert report.applied_changes >= report.new_changes > 0 and report.not_own == 0
    return elapsed


def _raw_read(workdir: Path, n: int) -> float:
    conn = sqlite3.connect(_source(workdir, n))
    started = time.perf_counter()
    cursor = conn.execute("SELECT * FROM change ORDER BY device_id, seq")
    while cursor.fetchmany(5000):
        pass
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


CHILD = """
import sys, pathlib, shutil
sys.path.insert(0, sys.argv[1])
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync.exporter import export_package
from trygghetsapp.sync.importer import import_file
mode, db, arg = sys.argv[2], pathlib.Path(sys.argv[3]), pathlib.Path(sys.argv[4])
database = open_database(db)
if mode == "import":
    import_file(database, arg)
else:
    shutil.rmtree(arg, ignore_errors=True)
    export_package(database, arg, full=True)
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across fork+exec, so it would report the parent's.
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(int(hwm) / 1024)
"""


def _peak_mb(mode: str, db: Path, arg: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), mode, str(db), str(arg)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(out.strip().splitlines()[-1])


def run(workdir: Path) -> list[tuple[str, float, float]]:
    n = int(os.environ.get("TRYGGHETSAPP_BENCH_SYNC_CHANGES", "500000"))
    small = max(n // 5, 1000)
    package, export_s = _export(workdir, n)
    read_s = _raw_read(workdir, n)
    import_s = _import(workdir, package, _source(workdir, n))
    baseline_s = _baseline_import(workdir, n)
    lines = [
        (f"sync.import changes/s ({n})", n / import_s, baseline_s / import_s),
        (f"sync.baseline raw executemany rows/s ({n})", n / baseline_s, 1.0),
        (f"sync.export changes/s ({n})", n / export_s, read_s / export_s),
        (f"sync.package MB ({n})", package.stat().st_size / 1e6, 1.0),
    ]
    small_package, _ = _export(workdir, small)
    mem_big = _peak_mb(
        "import", _fresh(workdir, "sync-mem.sqlite", trusts=_source(workdir, n)), package
    )
    mem_small = _peak_mb(
        "import", _fresh(workdir, "sync-mem.sqlite", trusts=_source(workdir, small)), small_package
    )
    lines.append((f"sync.memory import MB ({n} vs {small})", mem_big, mem_big / mem_small))
    exp_big = _peak_mb("export", _source(workdir, n), workdir / "sync-mem-out")
    exp_small = _peak_mb("export", _source(workdir, small), workdir / "sync-mem-out")
    lines.append((f"sync.memory export MB ({n} vs {small})", exp_big, exp_big / exp_small))
    return lines


if __name__ == "__main__":
    for name, value, ratio in run(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench/out"):
        print(f"{name:<48} {value:>14.1f} {ratio:>8.2f}")
