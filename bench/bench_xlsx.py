"""Excel import against the JSON import of the same data, in the same run (issue 18).

The demo's synthetic areas (`demo --scale N`: 100 items and 20 people an area) are exported once
as a workbook (export-xlsx) and as export-json; each file is then imported into a fresh database
in a child process of its own, which reports its time and its peak memory (ru_maxrss). The ratio
is the workbook import's rate over the JSON import's (rows a second): what reading Excel, matching
by name and building the preview cost over our own line-by-line format. Memory is measured at two
sizes: a streamed import grows with what it must remember (the ids of the rows, the preview's
list of new rows), not with the file.

`python bench/run.py --only xlsx` (TRYGGHETSAPP_XLSX_ROWS sets the target row count, 50,000).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from trygghetsapp.services.database import open_database
kind, source, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
database = open_database(target)
started = time.perf_counter()
if kind == "xlsx":
    from trygghetsapp.services.workbook import importer
    result = importer.import_workbook(database, source, backup_first=False)
    rows = result.added + result.updated + result.unchanged
else:
    from trygghetsapp.services import transfer
    counts = transfer.import_file(database, source, backup_first=False)
    rows = counts["added"] + counts["updated"] + counts["unchanged"]
elapsed = time.perf_counter() - started
database.close()
print(json.dumps({{"seconds": elapsed, "rows": rows,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def _fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _child(kind: str, source: Path, target: Path) -> dict[str, float]:
    _fresh(target)
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), kind, str(source), str(target)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    _fresh(target)
    return result


def _files(workdir: Path, scale: int) -> tuple[Path, Path]:
    from trygghetsapp.services import transfer
    from trygghetsapp.services.database import open_database
    from trygghetsapp.services.demo import load_demo
    from trygghetsapp.services.workbook.exporter import export_workbook

    source = workdir / f"xlsx-source-{scale}.sqlite"
    _fresh(source)
    database = open_database(source)
    load_demo(database, seed=1, scale=scale)
    book, data = workdir / f"xlsx-{scale}.xlsx", workdir / f"xlsx-{scale}.json"
    export_workbook(database, book)
    transfer.export_to_file(database, data)
    database.close()
    _fresh(source)
    return book, data


def run(workdir: Path) -> list[tuple[str, float, float]]:
    rows_wanted = int(os.environ.get("TRYGGHETSAPP_XLSX_ROWS", "50000"))
    scale = max(1, -(-rows_wanted // 137))  # about 137.7 records an area (items, people...)
    lines: list[tuple[str, float, float]] = []
    for size in (scale // 2, scale):
        started = time.perf_counter()
        book, data = _files(workdir, size)
        made = time.perf_counter() - started
        target = workdir / "xlsx-target.sqlite"
        excel = _child("xlsx", book, target)
        plain = _child("json", data, target)
        excel_rate = excel["rows"] / excel["seconds"]
        json_rate = plain["rows"] / plain["seconds"]
        rows = int(excel["rows"])
        lines += [
            (f"xlsx: import {rows} rows, rows/s", excel_rate, excel_rate / json_rate),
            ("xlsx: import-json same data, rows/s", json_rate, 1.0),
            (
                f"xlsx: import {rows} rows, peak MB",
                excel["peak_mb"],
                excel["peak_mb"] / plain["peak_mb"],
            ),
            ("xlsx: import-json same data, peak MB", plain["peak_mb"], 1.0),
            (f"xlsx: file {book.stat().st_size / 1e6:.1f} MB (export s)", made, 1.0),
        ]
        book.unlink()
        data.unlink()
    return lines
