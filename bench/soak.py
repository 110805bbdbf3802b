"""Soak: kill the write paths at planned events, and throw hostile files at the importers.

Not a CI test (CI runs an 18-trial version, tests/test_crash_safety.py):
`python bench/soak.py [--trials 200] [--hostile 10000] [--hostile-sync 10000]
[--hostile-xlsx 10000] [--seed 1]`
(0 skips a part). Prints the figures that docs/PERFORMANCE.md and docs/reliability.md record.
Exit 1 on any lost acknowledged edit, failed check, half-applied import, torn, stale or lost
backup, torn PDF, workload failure, crash (a traceback) or partial write; each is one
`PROBLEM:` line naming it. `bench/mutate_soak.py` checks that these lines do come when the bugs
are planted.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trygghetsapp
from tools.devtools import hostile, hostile_sync, hostile_xlsx
from tools.devtools.crash_trials import TrialReport, run_trials
from trygghetsapp.services import transfer
from trygghetsapp.services.database import open_database
from trygghetsapp.services.demo import load_demo
from trygghetsapp.store import sqlite_tools


def soak_imports(folder: Path, cases: int, seed: int) -> hostile.HostileReport:
    """Half byte-mutated exports, half random JSON documents, against import-json."""
    for old in folder.glob("hostile*.sqlite*"):
        old.unlink()
    database = open_database(folder / "hostile.sqlite")
    load_demo(database, seed=5)
    baseline = transfer.export_text(database)
    database.store.engine.dispose()
    snapshot = folder / "hostile-snapshot.sqlite"
    sqlite_tools.copy_database(database.path, snapshot)
    valid = baseline.encode("utf-8")
    rng = random.Random(seed)
    report = hostile.HostileReport()

    def apply(path: Path) -> object:
        return transfer.import_file(database, path, backup_first=False)

    def state() -> str:
        return transfer.export_text(database)

    for number in range(cases):
        content = hostile.mutate(valid, rng) if number % 2 else hostile.random_document(rng)
        accepted = hostile.run_case(
            folder / "hostile-case.json", content, apply, state, baseline, report
        )
        if accepted and state() != baseline:
            database.store.engine.dispose()
            sqlite_tools.restore_into(snapshot, database.path)
        if number % 1000 == 999:
            print(f"  hostile: {number + 1}/{cases}", flush=True)
    database.close()
    return report


def soak_workbooks(folder: Path, cases: int, seed: int) -> hostile.HostileReport:
    """Hostile workbooks against import-xlsx (devtools/hostile_xlsx.py) on a demo database."""
    from trygghetsapp.services.workbook import exporter, importer

    for old in folder.glob("hostile-xlsx*.sqlite*"):
        old.unlink()
    database = open_database(folder / "hostile-xlsx.sqlite")
    load_demo(database, seed=5)
    exported = folder / "hostile-xlsx-valid.xlsx"
    exporter.export_workbook(database, exported)
    valid = exported.read_bytes()
    baseline = transfer.export_text(database)
    database.store.engine.dispose()
    snapshot = folder / "hostile-xlsx-snapshot.sqlite"
    sqlite_tools.copy_database(database.path, snapshot)
    rng = random.Random(seed)
    specials = hostile_xlsx.Specials(valid, rng)
    report = hostile.HostileReport()
    kinds: dict[str, list[int]] = {}

    def apply(path: Path) -> object:
        return importer.import_workbook(database, path, backup_first=False)

    def state() -> str:
        return transfer.export_text(database)

    for number in range(cases):
        kind, content = hostile_xlsx.case(valid, specials, rng, number)
        refused = report.refused
        accepted = hostile.run_case(
            folder / "hostile-case.xlsx", content, apply, state, baseline, report
        )
        counts = kinds.setdefault(kind.split(":")[0], [0, 0, 0])
        counts[0 if report.refused > refused else 1 if accepted else 2] += 1
        if accepted and state() != baseline:
            database.store.engine.dispose()
            sqlite_tools.restore_into(snapshot, database.path)
        if number % 1000 == 999:
            print(f"  hostile workbooks: {number + 1}/{cases}", flush=True)
    database.close()
    print(
        "  workbook cases by kind (refused/accepted/crashed): "
        + ", ".join(f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in sorted(kinds.items()))
    )
    return report


def soak_sync_imports(folder: Path, cases: int, seed: int) -> hostile.HostileReport:
    """Hostile sync packages against `sync import` at an office (devtools/hostile_sync.py)."""
    from trygghetsapp.services.checks import check_database
    from trygghetsapp.sync.api import import_file

    target = hostile_sync.prepare(folder / "hostile-sync")
    rng = random.Random(seed)
    report = hostile.HostileReport()
    kinds: dict[str, int] = {}

    salvage = [False]

    def apply(path: Path) -> object:
        return import_file(target.database, path, salvage=salvage[0])

    for number in range(cases):
        salvage[0] = number % 2 == 1  # half of the cases with --salvage
        kind, content = hostile_sync.case(target, rng)
        kinds[kind] = kinds.get(kind, 0) + 1
        accepted = hostile.run_case(
            target.folder / "case.tsync", content, apply, target.state, target.baseline, report
        )
        if accepted and target.state() != target.baseline:
            problems = check_database(target.database)
            if problems:
                report.problems.append(f"accepted {kind} case fails check: {problems[:2]}")
            target.restore()
        target.clear_quarantine()
        if number % 1000 == 999:
            print(f"  hostile sync: {number + 1}/{cases}", flush=True)
    target.database.close()
    print("  sync cases by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    return report


def kill_lines(kills: TrialReport, seconds: float) -> list[str]:
    """The kill trials' figures, one finding kind per name, as docs/reliability.md records them."""
    documents = kills.import_documents
    average = [round(sum(d[i] for d in documents) / max(1, len(documents))) for i in range(3)]
    return [
        f"kill trials: {kills.trials}, acknowledged writes: {kills.acknowledged} "
        f"(by path: {dict(sorted(kills.by_kind.items()))}), "
        f"killed inside a step: {dict(sorted(kills.killed_in.items()))}, "
        f"killed just after an acknowledgement: {kills.killed_after_ack} ({seconds:.0f} s)",
        f"  verified by content: {kills.backups_verified} acknowledged backups and "
        f"{kills.backups_unacknowledged_verified} unacknowledged ones at their final names, "
        f"{kills.pdfs_verified} PDFs, imports of {len(documents) + 1} different documents "
        f"(each about {average[0]} new, {average[1]} changed, {average[2]} left out), "
        f"{kills.deletions} acknowledged deletions of imported items, "
        f"{kills.imports_whole_unacknowledged} imports committed whole before their "
        "acknowledgement",
        f"  lost: {kills.lost}, failed checks: {kills.failed_checks}, "
        f"half-applied imports: {kills.half_applied_imports}, "
        f"torn backups: {kills.torn_backups}, stale backups: {kills.stale_backups}, "
        f"lost backups: {kills.lost_backups}, torn pdfs: {kills.torn_pdfs}, "
        f"workload failures: {kills.workload_failures}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--hostile", type=int, default=10_000)
    parser.add_argument("--hostile-sync", type=int, default=10_000)
    parser.add_argument("--hostile-xlsx", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = Path(__file__).resolve().parent / "out" / "soak"
    folder.mkdir(parents=True, exist_ok=True)
    print(f"code: {Path(trygghetsapp.__file__).resolve().parent}", flush=True)
    problems: list[str] = []
    bad = 0
    if args.trials:
        started = time.perf_counter()
        kills = run_trials(folder, args.trials, seed=args.seed)
        print("\n".join(kill_lines(kills, time.perf_counter() - started)), flush=True)
        problems += kills.problems
        bad += kills.bad
    if args.hostile:
        started = time.perf_counter()
        imports = soak_imports(folder, args.hostile, args.seed)
        print(
            f"hostile inputs: {imports.cases}, refused: {imports.refused}, "
            f"accepted: {imports.accepted}, "
            f"crashes: {imports.crashes}, partial writes: {imports.partial_writes}, "
            f"slowest case: {imports.slowest_seconds:.2f} s "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        problems += imports.problems
        bad += imports.crashes + imports.partial_writes
    if args.hostile_xlsx:
        started = time.perf_counter()
        books = soak_workbooks(folder, args.hostile_xlsx, args.seed)
        print(
            f"hostile workbooks: {books.cases}, refused: {books.refused}, "
            f"accepted: {books.accepted}, crashes: {books.crashes}, "
            f"partial writes: {books.partial_writes}, "
            f"slowest case: {books.slowest_seconds:.2f} s "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        problems += books.problems
        bad += books.crashes + books.partial_writes + len(books.problems)
    if args.hostile_sync:
        started = time.perf_counter()
        packages = soak_sync_imports(folder, args.hostile_sync, args.seed)
        print(
            f"hostile sync packages: {packages.cases}, refused: {packages.refused}, "
            f"accepted: {packages.accepted}, crashes: {packages.crashes}, "
            f"partial writes: {packages.partial_writes}, "
            f"slowest case: {packages.slowest_seconds:.2f} s "
            f"({time.perf_counter() - started:.0f} s)"
        )
        problems += packages.problems
        bad += packages.crashes + packages.partial_writes + len(packages.problems)
    for problem in problems[:40]:
        print("PROBLEM:", problem)
    if len(problems) > 40:
        print(f"PROBLEM: ... and {len(problems) - 40} more")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
