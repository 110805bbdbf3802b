"""Sync in the GUI at national scale: the status snapshot, and whether the window stays live.

On a copy of the `demo --scale N` database (the GUI bench's cached file): the snapshot the Synk
and Konflikter tabs draw from (target 0.5 s, on the worker) and the status read after a local edit
(target 0.2 s); *Synka nu* through a shown MainWindow, first at the laptop (exports every change)
and then at a fresh office database (imports that package). While the worker syncs, a 10 ms timer
on the GUI thread records the gaps between its ticks: p95 gap target 50 ms, worst gap 250 ms.
The laptop's sync is also compared with a direct full `export_package` of the same changes in the
same run (ratio = GUI Synka nu / direct export: the cost of the progress dialog, the report and
the reload).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _demo_database(workdir: Path) -> Path:
    spec = importlib.util.spec_from_file_location(
        "bench_gui", Path(__file__).with_name("bench_gui.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return Path(module.demo_database(workdir))


def _sync_in_window(app: Any, db_path: Path, folder: Path, device_name: str) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QSettings, QTimer

    from trygghetsapp.services.database import open_database
    from trygghetsapp.sync import api
    from trygghetsapp.ui.context import AppContext
    from trygghetsapp.ui.door import load_snapshot
    from trygghetsapp.ui.i18n import Translations
    from trygghetsapp.ui.main_window import MainWindow
    from trygghetsapp.ui.tasks import DatabaseWorker

    database = open_database(db_path, device_name=device_name)
    api.set_folder(database, folder)
    out: dict[str, float] = {}
    if device_name != "Kontoret":
        snapshots, statuses = [], []
        for _ in range(3):
            started = time.perf_counter()
            load_snapshot(database)
            snapshots.append(time.perf_counter() - started)
            started = time.perf_counter()
            api.sync_status(database)
            statuses.append(time.perf_counter() - started)
        out["snapshot"] = statistics.median(snapshots)
        out["status"] = statistics.median(statuses)
    translations = Translations()
    translations.install("sv")
    settings = QSettings(str(db_path.with_suffix(".ini")), QSettings.Format.IniFormat)
    worker = DatabaseWorker()
    window = MainWindow(AppContext(database, "sv"), settings, worker, translations)
    window.resize(1366, 768)
    window.show()
    while window.sync.snapshot is None:  # start-up work first (overview count, snapshot)
        app.processEvents()
        time.sleep(0.01)
    worker.wait()
    app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    started = time.perf_counter()
    window.sync.sync_now()

    def done() -> bool:
        dialog = window.sync.report_dialog
        return dialog is not None and dialog.isVisible()

    while not done():
        app.processEvents()
        time.sleep(0.002)
    out["sync"] = time.perf_counter() - started
    timer.stop()
    gaps.sort()
    out["gap_p95"] = gaps[int(len(gaps) * 0.95)]
    out["gap_max"] = gaps[-1]
    window.sync.report_dialog.close()  # type: ignore[union-attr]
    worker.wait()
    window.close()
    window.deleteLater()
    timer.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if device_name != "Kontoret":
        direct = folder.parent / "direct"
        shutil.rmtree(direct, ignore_errors=True)
        direct.mkdir()
        started = time.perf_counter()
        api.export_package(database, direct, full=True)
        out["direct_export"] = time.perf_counter() - started
        shutil.rmtree(direct)
    database.close()
    return out


def run(workdir: Path) -> list[tuple[str, float, float]]:
    """In a child process: PySide6 6.12.0's `Signal.emit` drops a reference to `True` per call
    (see docs/sync-gui.md), so a long GUI session can abort; the child ends with `os._exit`."""
    source = _demo_database(workdir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.run(
        [sys.executable, __file__, "--child", str(workdir), str(source)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    lines = [line for line in child.stdout.splitlines() if line.startswith("[{")]
    if not lines:
        raise RuntimeError(f"child failed ({child.returncode}): {child.stderr[-2000:]}")
    f, o = json.loads(lines[-1])
    return [
        ("syncgui: snapshot, worker (s, vs 0.5)", f["snapshot"], f["snapshot"] / 0.5),
        ("syncgui: status after an edit (s, vs 0.2)", f["status"], f["status"] / 0.2),
        ("syncgui: Synka nu, export (s, vs direct)", f["sync"], f["sync"] / f["direct_export"]),
        ("syncgui: export, GUI gap p95 (s, vs 0.05)", f["gap_p95"], f["gap_p95"] / 0.05),
        ("syncgui: export, GUI gap max (s, vs 0.25)", f["gap_max"], f["gap_max"] / 0.25),
        ("syncgui: Synka nu, office import (s)", o["sync"], 1.0),
        ("syncgui: import, GUI gap p95 (s, vs 0.05)", o["gap_p95"], o["gap_p95"] / 0.05),
        ("syncgui: import, GUI gap max (s, vs 0.25)", o["gap_max"], o["gap_max"] / 0.25),
    ]


def _child(workdir: Path, source: Path) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = workdir / "syncgui"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    folder = work / "synkmapp"
    folder.mkdir()
    laptop = work / "laptop.sqlite"
    shutil.copy(source, laptop)
    f = _sync_in_window(app, laptop, folder, "Fältdator Gunilla")
    o = _sync_in_window(app, work / "office.sqlite", folder, "Kontoret")
    shutil.rmtree(work)
    print(json.dumps([f, o]), flush=True)
    os._exit(0)  # skip interpreter finalization (the PySide6 refcount bug aborts it)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(Path(sys.argv[2]), Path(sys.argv[3]))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    for name, value, ratio in run(out):
        print(f"{name:<48} {value:>10.4f} {ratio:>8.2f}")
