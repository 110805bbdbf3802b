"""Kill the crash workload at random moments and verify that nothing acknowledged was lost."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from trygghetsapp.services import contacts, equipment, transfer
from trygghetsapp.services.checks import check_database
from trygghetsapp.services.database import Database
from trygghetsapp.services.demo import load_demo


@dataclass
class TrialReport:
    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    failed_checks: int = 0
    problems: list[str] = field(default_factory=list)


def prepare_import_file(folder: Path) -> Path:
    source = folder / "import-source.sqlite"
    for old in folder.glob("import-source.sqlite*"):
        old.unlink()
    database = Database.open(source)
    load_demo(database, seed=11)
    export = folder / "import.json"
    transfer.export_to_file(database, export)
    database.close()
    return export


def run_trial(
    folder: Path,
    export: Path,
    seed: int,
    rng: random.Random,
    report: TrialReport,
    window: tuple[float, float] = (1.0, 3.0),
) -> None:
    db_path = folder / f"trial-{seed}.sqlite"
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "trygghetsapp.devtools.crash_workload",
            str(db_path),
            str(export),
            str(seed),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(child.stdout or []), daemon=True)
    reader.start()
    time.sleep(rng.uniform(*window))
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=10)
    buffer = "".join(lines)
    acks = [line.split() for line in buffer.splitlines() if line.startswith("ACK ")]
    report.trials += 1
    report.acknowledged += len(acks)
    database = Database.open(db_path)
    try:
        problems = check_database(database)
        if problems:
            report.failed_checks += 1
            report.problems.append(f"trial {seed}: {problems[:2]}")
        for _, kind, row_id, _value in acks:
            try:
                if kind == "equipment":
                    equipment.get_equipment(database, row_id)
                elif kind == "contact":
                    contacts.get_contact(database, row_id)
            except Exception as error:
                report.lost += 1
                report.problems.append(f"trial {seed}: lost {kind} {row_id}: {error}")
    finally:
        database.close()
    for leftover in folder.glob(f"trial-{seed}*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()


def run_trials(
    folder: Path, count: int, seed: int = 0, window: tuple[float, float] = (1.0, 3.0)
) -> TrialReport:
    folder.mkdir(parents=True, exist_ok=True)
    export = prepare_import_file(folder)
    rng = random.Random(seed)
    report = TrialReport()
    for number in range(count):
        run_trial(folder, export, seed * 100_000 + number, rng, report, window)
    return report
