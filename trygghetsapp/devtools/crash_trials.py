"""Kill the crash workload at random moments and verify that nothing acknowledged was lost."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from trygghetsapp.security import trust
from trygghetsapp.security.keys import DeviceCard
from trygghetsapp.services import areas, contacts, equipment, transfer
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
    by_kind: Counter[str] = field(default_factory=Counter)
    """Acknowledged writes per path (equipment, contact, import, sync, pdf, backup)."""


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


def prepare_sync_packages(folder: Path) -> tuple[Path, DeviceCard]:
    """Signed packages from a peer laptop, each carrying one marker area, and the peer's card
    (each trial's database enrols it, as a user would with `keys enrol`)."""
    from trygghetsapp.security.keys import load_or_create_device_keys
    from trygghetsapp.sync.api import export_package, get_device

    source = folder / "sync-peer.sqlite"
    for old in folder.glob("sync-peer*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    packages = folder / "sync-peer-packages"
    peer = Database.open(source, device_name="Fältdator Soak")
    lines = []
    try:
        for number in range(4):
            marker, _ = areas.create_area(peer, {"name": f"Synkområde {number}"})
            if number == 0:
                load_demo(peer, seed=12)  # one big package first, then small ones
            report = export_package(peer, packages)
            assert report.path is not None
            lines.append(f"{report.path} {marker}")
        device = get_device(peer)
        card = load_or_create_device_keys(source, device.id, device.name, "field").card
    finally:
        peer.close()
    manifest = folder / "sync-manifest.txt"
    manifest.write_text("\n".join(lines) + "\n")
    return manifest, card


def complete_pdf(path: Path) -> bool:
    """A whole PDF: the header at the start and the end-of-file marker at the end."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def run_trial(
    folder: Path,
    export: Path,
    sync: tuple[Path, DeviceCard],
    seed: int,
    rng: random.Random,
    report: TrialReport,
    window: tuple[float, float] = (1.0, 3.0),
) -> None:
    db_path = folder / f"trial-{seed}.sqlite"
    pdf_folder = folder / f"trial-{seed}-pdf"
    manifest, peer_card = sync
    trust.enrol_card(db_path, peer_card)
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "trygghetsapp.devtools.crash_workload",
            str(db_path),
            str(export),
            str(seed),
            str(manifest),
            str(pdf_folder) + "/",
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
    report.by_kind.update(ack[1] for ack in acks)
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
                elif kind == "sync":
                    areas.get_area(database, row_id)
                elif kind == "pdf" and not complete_pdf(Path(row_id)):
                    raise ValueError("the PDF acknowledged as written is not whole")
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
    sync = prepare_sync_packages(folder)
    rng = random.Random(seed)
    report = TrialReport()
    for number in range(count):
        run_trial(folder, export, sync, seed * 100_000 + number, rng, report, window)
    return report
