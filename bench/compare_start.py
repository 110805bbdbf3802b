"""Start figures of two checkouts, interleaved in one run on the same database (A/B).

    python bench/compare_start.py BEFORE_TREE AFTER_TREE [--rounds 9] [--remember-row 4000]

A change to the start path is judged by the ratio of the two trees' starts paired by round,
not by seconds from different runs: the machine is shared, and a start measured under another
engineer's test suite can be a third slower. Each tree runs with its own `.venv` and source,
its bytecode cached in a private folder (warmed up untimed). Per round: the bare window, both
trees after a clean close (alternately first), both after an unclean shutdown (the clean-close
mark removed, as a crash leaves it). With `--remember-row N` the settings remember the area at
row N (by name) and the equipment tab, as a user's second start does; without, nothing is
remembered and the list's first row opens.

Uses `bench_gui.py`'s child programs and the database it made (`bench/out/gui-demo-*.sqlite`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench_gui import BARE, OURS, ROOT, SCALE

from trygghetsapp.store.health import clean_marker_path


def start(tree: Path, code: str, database: Path, remember: str | None) -> tuple[float, float]:
    sandbox = Path(tempfile.mkdtemp(prefix="compare-start-"))
    if remember is not None:
        folder = sandbox / "config" / "Trygghetsapp"
        folder.mkdir(parents=True)
        (folder / "Trygghetsapp.conf").write_text(
            f"[session]\nlast_area={remember}\nlast_tab=1\n", encoding="utf-8"
        )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(sandbox / "config"),
        XDG_DATA_HOME=str(sandbox / "data"),
        PYTHONPATH=str(tree),
        PYTHONPYCACHEPREFIX=str(ROOT / "bench" / "out" / f"pycache-{tree.name}"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    args = [] if code is BARE else [str(database)]
    started = time.perf_counter()
    child = subprocess.Popen(
        [str(tree / ".venv" / "bin" / "python"), "-c", code, *args],
        env=env,
        cwd=tree,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    shown = time.perf_counter() - started
    second = "ready\n" if code is BARE else child.stdout.readline()
    ready = shown if code is BARE else time.perf_counter() - started
    child.communicate(timeout=300)
    shutil.rmtree(sandbox, ignore_errors=True)
    if first.split()[:1] != ["shown"] or second.strip() != "ready" or child.returncode != 0:
        raise RuntimeError(f"{tree} did not start: {first!r} {second!r} {child.returncode}")
    return shown, ready


def area_at_row(database: Path, row: int) -> str:
    with sqlite3.connect(database) as connection:
        found = connection.execute(
            "SELECT id FROM area WHERE deleted = 0 ORDER BY name LIMIT 1 OFFSET ?", (row,)
        ).fetchone()
    if found is None:
        raise SystemExit(f"the database has no area at row {row}")
    return str(found[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--remember-row", type=int)
    parser.add_argument(
        "--database", type=Path, default=ROOT / "bench" / "out" / f"gui-demo-{SCALE}.sqlite"
    )
    options = parser.parse_args()
    trees = {"before": options.before.resolve(), "after": options.after.resolve()}
    database = options.database.resolve()  # the children run in the trees: never relative
    remember = None
    if options.remember_row is not None:
        remember = area_at_row(database, options.remember_row)
    for tree in trees.values():  # warm-up, untimed: bytecode, file cache, start view
        start(tree, BARE, database, None)
        start(tree, OURS, database, remember)
    samples: dict[str, list[float]] = {}
    for round_ in range(options.rounds):
        samples.setdefault("bare", []).append(start(trees["before"], BARE, database, None)[0])
        order = ("before", "after") if round_ % 2 == 0 else ("after", "before")
        for unclean in (False, True):
            for name in order:
                if unclean:
                    clean_marker_path(database).unlink(missing_ok=True)
                shown, ready = start(trees[name], OURS, database, remember)
                prefix = f"{name} unclean" if unclean else name
                samples.setdefault(f"{prefix} shown", []).append(shown)
                samples.setdefault(f"{prefix} ready", []).append(ready)
        print(round_, {key: round(values[-1], 3) for key, values in samples.items()}, flush=True)
    bare = statistics.median(samples["bare"])
    report: dict[str, object] = {
        key: {
            "median_s": round(statistics.median(values), 3),
            "vs_bare": round(statistics.median(values) / bare, 2),
        }
        for key, values in samples.items()
    }
    for moment in ("shown", "ready", "unclean shown", "unclean ready"):
        pairs = zip(samples[f"before {moment}"], samples[f"after {moment}"], strict=True)
        report[f"after/before paired: {moment}"] = round(
            statistics.median(after / before for before, after in pairs), 3
        )
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
