"""The overview from the kept per-area counts (issue 17, item 3), against the full recount.

For each scale (TRYGGHETSAPP_OVERVIEW_SCALES, default "5000,20000"; `demo --scale N` databases
built once and cached in bench/out) in one process, interleaved round by round:

- overview, kept: `services.overview.overview` as the window's overview tab runs it (the kept
  rows of every area, their names), median of ROUNDS;
- overview, full recount: `overview.recount_gaps` of every area (what `area_gaps` did before,
  the reference) plus the same names query; the ratio kept / recount is of the same run;
- one edit: an item's condition changed through the service (its unit of work recounts one
  area and writes its kept row), median;
- a day later: the first overview read the next day, which recounts only the areas whose rows
  went stale overnight (and writes them back), with how many that were.

Goal: the kept overview <= 1 s at 20,000 areas.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROUNDS = 5
SCALES = [int(s) for s in os.environ.get("TRYGGHETSAPP_OVERVIEW_SCALES", "5000,20000").split(",")]


def demo_database(workdir: Path, scale: int) -> Path:
    path = workdir / f"counts-{scale}.sqlite"
    if not path.exists():
        command = ["-m", "trygghetsapp", "--db", str(path), "demo", "--scale", str(scale)]
        subprocess.run(
            [sys.executable, *command],
            check=True,
            cwd=ROOT,
        )
    return path


def _seconds(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(path: Path) -> dict[str, float]:
    from sqlalchemy import func, select

    from trygghetsapp.services import equipment, overview
    from trygghetsapp.services.database import open_database
    from trygghetsapp.store.models import Area, AreaReadiness, EquipmentItem
    from trygghetsapp.store.uow import UnitOfWork

    database = open_database(path)
    try:
        today = dt.date.today()
        overview.overview(database, today=today)  # rows stale since the build written back
        kept: list[float] = []
        full: list[float] = []
        for _round in range(ROUNDS):
            kept.append(_seconds(lambda: overview.overview(database, today=today)))

            def recount() -> None:
                gaps = overview.recount_gaps(database, today=today)
                with UnitOfWork(database) as uow:
                    names = uow.session.execute(
                        select(Area.id, Area.name).where(~Area.deleted).order_by(Area.name, Area.id)
                    ).all()
                assert len(names) >= len(gaps)

            full.append(_seconds(recount))
        assert overview.area_gaps(database, today=today) == overview.recount_gaps(
            database, today=today
        )
        with UnitOfWork(database) as uow:
            items = list(
                uow.session.scalars(
                    select(EquipmentItem.id).where(~EquipmentItem.deleted).limit(ROUNDS)
                )
            )
        edits = [
            _seconds(
                lambda item=item: equipment.update_equipment(
                    database, item, {"condition": "needs_service"}
                )
            )
            for item in items
        ]
        tomorrow = today + dt.timedelta(days=1)
        with UnitOfWork(database) as uow:
            stale = uow.session.scalar(
                select(func.count())
                .select_from(AreaReadiness)
                .where(AreaReadiness.valid_through < tomorrow)
            )
        next_day = _seconds(lambda: overview.overview(database, today=tomorrow))
        areas = len(overview.area_gaps(database, today=today))
        return {
            "areas": areas,
            "kept": statistics.median(kept),
            "full": statistics.median(full),
            "edit": statistics.median(edits),
            "next_day": next_day,
            "stale": float(stale or 0),
        }
    finally:
        database.close()


def run(workdir: Path) -> list[tuple[str, float, float]]:
    lines: list[tuple[str, float, float]] = []
    for scale in SCALES:
        source = demo_database(workdir, scale)
        # A copy: the edits and the day's write-back do not change the cached database.
        path = workdir / f"counts-{scale}-run.sqlite"
        shutil.copy(source, path)
        try:
            f = measure(path)
        finally:
            for leftover in workdir.glob(f"counts-{scale}-run.sqlite*"):
                leftover.unlink()
        n = int(f["areas"])
        lines += [
            (f"overview: {n} areas, kept counts (s, vs 1)", f["kept"], f["kept"]),
            (f"overview: {n} areas, full recount (s, vs 1)", f["full"], f["full"]),
            (f"overview: {n} areas, kept / full recount", f["kept"] / f["full"], 1.0),
            (f"overview: {n} areas, one item edit (s, vs 0.05)", f["edit"], f["edit"] / 0.05),
            (
                f"overview: {n} areas, next day, {int(f['stale'])} stale rows (s, vs 1)",
                f["next_day"],
                f["next_day"],
            ),
        ]
    return lines


if __name__ == "__main__":
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    for name, value, ratio in run(out):
        print(f"{name:<62} {value:>10.4f} {ratio:>8.2f}", flush=True)
