"""Deep starts (issue 17 item 4): the start with the remembered area at row N against row 1.

    python bench/deep_start.py TREE [BEFORE_TREE] --remember-row 4900 [--rounds 7] [--database X]

Each round starts, in fresh processes of the real command (`compare_start.start`, as a user's
second start after a clean close, the equipment tab remembered): the bare window, then each tree
with the area at row 1 remembered and with the area at row N remembered (the order alternating
by round). Reported: medians until the main window is ready, their ratio to the bare window of
the same run, and the deep start over the row-1 start paired by round (1.0: depth costs nothing).

With `--window` each tree instead builds its main window in one process, alternately with the
area at row 1 and at row N remembered, and reports the medians from the window's construction
until it is ready (the area open and highlighted, its tab read) and until its worker is idle
(the badges of the rows read, the rows in view), and how many rows of the list it read (counted
at `services.areas.list_areas`): the part of the start that depends on depth, without the noise of
process starts on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
from pathlib import Path

from bench_gui import BARE, OURS, ROOT, SCALE
from compare_start import area_at_row, start

WINDOW = """
import json, statistics, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QEvent, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database
from trygghetsapp.ui import settings as keys
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.i18n import Translations
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tasks import DatabaseWorker
read = []
real = areas.list_areas
def counted(*args, **kwargs):
    found = real(*args, **kwargs)
    read.append(len(found))
    return found
areas.list_areas = counted
database = open_database(Path(sys.argv[1]))
remembered = json.loads(sys.argv[2])
translations = Translations()
translations.install("sv")
samples = {label: [] for label in remembered}
rows = {label: [] for label in remembered}
idle = {label: [] for label in remembered}
shown = {label: [] for label in remembered}
folder = tempfile.mkdtemp()
for round_ in range(int(sys.argv[3])):
    for label, area in (remembered.items() if round_ % 2 == 0 else reversed(remembered.items())):
        settings = QSettings(folder + "/s.ini", QSettings.Format.IniFormat)
        settings.setValue(keys.LAST_AREA, area)
        settings.setValue(keys.LAST_TAB, 1)
        read.clear()
        started = time.perf_counter()
        worker = DatabaseWorker()
        context = AppContext(database, "sv", worker=worker)
        window = MainWindow(context, settings, worker, translations)
        window.resize(1366, 768)
        window.show()
        while not window.is_ready:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        samples[label].append(time.perf_counter() - started)
        while not window.door.is_idle():  # the badges, the pages in view
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.processEvents()  # the pages in view are asked for one turn later
        while not window.door.is_idle():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        idle[label].append(time.perf_counter() - started)
        rows[label].append(sum(read))
        shown[label].append(window.area_id == area == window.area_panel.current_area_id())
        window.worker.wait()
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # gone before the next
database.close()
print(json.dumps({label: {"ready_median_s": round(statistics.median(values), 4),
                          "idle_median_s": round(statistics.median(idle[label]), 4),
                          "rows_read": max(rows[label]),
                          "open_and_highlighted": f"{sum(shown[label])}/{len(shown[label])}"}
                  for label, values in samples.items()}))
"""


def in_window(
    trees: dict[str, Path], database: Path, remembered: dict[str, str], rounds: int
) -> None:
    report: dict[str, object] = {"database": database.name}
    for name, tree in trees.items():
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree))
        result = subprocess.run(
            [
                str(tree / ".venv" / "bin" / "python"),
                "-c",
                WINDOW,
                str(database),
                json.dumps(remembered),
                str(rounds),
            ],
            env=env,
            cwd=tree,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise SystemExit(f"{name}: {result.stderr[-2000:]}")
        found = json.loads(result.stdout.strip().splitlines()[-1])
        for label, figures in found.items():
            report[f"{name} {label}"] = figures
        labels = list(found)
        report[f"{name}: {labels[1]} / {labels[0]}"] = round(
            found[labels[1]]["ready_median_s"] / found[labels[0]]["ready_median_s"], 2
        )
    print(json.dumps(report, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", type=Path, nargs="+")
    parser.add_argument("--remember-row", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--window", action="store_true")
    parser.add_argument(
        "--database", type=Path, default=ROOT / "bench" / "out" / f"gui-demo-{SCALE}.sqlite"
    )
    options = parser.parse_args()
    trees = {tree.resolve().name: tree.resolve() for tree in options.trees}
    database = options.database.resolve()  # the children run in their trees
    rows = {"row 1": area_at_row(database, 0), f"row {options.remember_row}": None}
    rows[f"row {options.remember_row}"] = area_at_row(database, options.remember_row - 1)
    if options.window:
        in_window(trees, database, {k: v for k, v in rows.items() if v}, options.rounds)
        return
    for tree in trees.values():  # warm-up, untimed: bytecode, file cache, start view, backup
        start(tree, BARE, database, None)
        for area in rows.values():
            start(tree, OURS, database, area)
    samples: dict[str, list[float]] = {}
    for round_ in range(options.rounds):
        first = next(iter(trees.values()))
        samples.setdefault("bare", []).append(start(first, BARE, database, None)[0])
        order = list(rows.items()) if round_ % 2 == 0 else list(reversed(rows.items()))
        for name, tree in trees.items():
            for label, area in order:
                ready = start(tree, OURS, database, area)[1]
                samples.setdefault(f"{name} {label}", []).append(ready)
        print(round_, {key: round(values[-1], 3) for key, values in samples.items()}, flush=True)
    bare = statistics.median(samples["bare"])
    report: dict[str, object] = {"database": database.name, "bare_median_s": round(bare, 3)}
    for key, values in samples.items():
        if key != "bare":
            median = statistics.median(values)
            report[f"{key} ready"] = {
                "median_s": round(median, 3),
                "vs_bare": round(median / bare, 2),
            }
    deep = f"row {options.remember_row}"
    for name in trees:
        pairs = zip(samples[f"{name} row 1"], samples[f"{name} {deep}"], strict=True)
        report[f"{name}: {deep} / row 1, paired"] = round(
            statistics.median(deep_s / shallow for shallow, deep_s in pairs), 3
        )
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
