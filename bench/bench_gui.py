"""The GUI at national scale (`demo --scale 5000`): start, search keystroke, open an area, overview.

Start is measured as whole processes, because that is what a user waits for, against a bare
PySide6 QMainWindow started the same way in the same run (ratio target <= 2). Two moments: the
first window shown with the event loop live (after a clean close it lists the last session's
areas from the start view, searchable, before SQLAlchemy is even imported: ui/start_window.py),
and the main window ready for edits (database layer imported, database checked and open). The
other figures are measured in-process on a shown MainWindow, from the user's action to the model
holding the new rows (painting excluded), and their ratio is value / target (<= 1 meets it):
keystroke 0.1 s, open an area 0.05 s, overview 1 s.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCALE = int(os.environ.get("TRYGGHETSAPP_BENCH_SCALE", "5000"))
ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
sys.exit(app.exec())
"""

FLOOR = (
    """
import sqlalchemy.orm  # the ORM the services edit through, nothing of ours
import sqlalchemy.dialects.sqlite.pysqlite
"""
    + BARE
)
"""The floor of "ready for edits" while edits go through SQLAlchemy's ORM: a bare window that
has only imported it (under the interpreter lock the import cannot overlap the window's work)."""

OURS = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)


def shown():  # the first window is shown and the event loop is live
    from PySide6.QtWidgets import QLabel

    pictures = [w.findChild(QLabel, "startPicture") for w in app.topLevelWidgets()]
    tab = any(p is not None and p.isVisible() for p in pictures)  # the area's tab readable
    print("shown picture" if tab else "shown", flush=True)


QTimer.singleShot(0, shown)

def ready():  # the main window has taken over: the database is open, every edit possible
    if any(w.objectName() == "mainWindow" and w.isVisible() for w in app.topLevelWidgets()):
        print("ready", flush=True)
        app.quit()
    else:
        QTimer.singleShot(2, ready)

QTimer.singleShot(0, ready)
# As the console command `trygghetsapp` starts (its entry point, with its own set-up).
from trygghetsapp.cli import main
sys.exit(main(["--db", sys.argv[1], "--language", "sv"]))
"""


RSS = """
def rss_mb():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return tuple(int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM"))
"""

BARE_MEMORY = (
    RSS
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, lambda: (print("memory", *rss_mb(), flush=True), app.quit()))
sys.exit(app.exec())
"""
)

WORKING_MEMORY = (
    RSS
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)


def ready():  # the main window has taken over: then work as a user's first minutes do
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    if not windows or not windows[0].isVisible():
        QTimer.singleShot(5, ready)
        return
    window = windows[0]
    panel = window.area_panel
    words = ["s", "sy", "syn", "syn 4", "", "å", "ås", ""]
    areas = []

    def search():
        if words:
            panel.search.blockSignals(True)
            panel.search.setText(words.pop(0))
            panel.search.blockSignals(False)
            panel.apply_search(then=search)
        else:
            rows = panel.model.rowCount()
            areas.extend(panel.model.area_id(row) for row in range(0, rows, max(1, rows // 10)))
            open_next()

    def open_next():
        if areas:
            window.open_area(areas.pop(0))
            window.current_tab().when_loaded(lambda: QTimer.singleShot(0, open_next))
        else:
            window.overview.counted.connect(done)
            window.modes.setCurrentIndex(1)
            if window.overview.loaded:
                done()

    def done(*_args):
        print("memory", *rss_mb(), flush=True)
        app.quit()

    search()


QTimer.singleShot(0, ready)
from trygghetsapp.cli import main
sys.exit(main(["--db", sys.argv[1], "--language", "sv"]))
"""
)


def measure_memory(db: Path, runs: int = 3) -> dict[str, float]:
    """Resident memory (MB, medians): a bare window when shown; ours after a search, ten areas
    opened and the overview counted and shown (its working set), and its peak."""
    sandbox = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    env = _child_env(sandbox)
    samples: dict[str, list[float]] = {"bare": [], "working": [], "peak": []}
    for _ in range(runs):
        for code, keys in ((BARE_MEMORY, ("bare",)), (WORKING_MEMORY, ("working", "peak"))):
            args = [] if code is BARE_MEMORY else [str(db)]
            out = subprocess.run(
                [sys.executable, "-c", code, *args],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
                timeout=600,
            ).stdout
            line = next(line for line in out.splitlines() if line.startswith("memory"))
            values = [float(v) for v in line.split()[1:]]
            for key, value in zip(keys, values, strict=False):
                samples[key].append(value)
    shutil.rmtree(sandbox, ignore_errors=True)
    return {key: statistics.median(values) for key, values in samples.items()}


class LagProbe:
    """The GUI thread's event loop as a user feels it: a 5 ms timer, and the longest gap
    between two of its ticks in each phase (a keystroke in that gap waits as long)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.phase = ""
        self.worst: dict[str, float] = {}
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def enter(self, phase: str) -> None:
        self.phase = phase
        self._last = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.phase:
            gap = now - self._last
            self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), gap)
        self._last = now


PHASES = """
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
t1 = time.perf_counter()
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.i18n import Translations
from trygghetsapp.ui.tasks import DatabaseWorker
t2 = time.perf_counter()
database = open_database(Path(sys.argv[1]))
t3 = time.perf_counter()
translations = Translations()
translations.install("sv")
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(AppContext(database, "sv"), settings, DatabaseWorker(), translations)
window.show()
t4 = time.perf_counter()
print(json.dumps({"qt": t1 - t0, "imports": t2 - t1, "database_open": t3 - t2, "window": t4 - t3}))
database.close()  # a clean close, as the app's, so the next start may skip the full check
"""


def demo_database(workdir: Path) -> Path:
    """The scale database, built once and cached in bench/out (gitignored)."""
    path = workdir / f"gui-demo-{SCALE}.sqlite"
    if path.exists():
        return path
    shared = workdir / f"store-demo-{SCALE}.sqlite"
    if shared.exists():  # the store bench built the same data set: copy, do not rebuild
        shutil.copy(shared, path)
        return path
    subprocess.run(
        [sys.executable, "-m", "trygghetsapp", "--db", str(path), "demo", "--scale", str(SCALE)],
        check=True,
        cwd=ROOT,
    )
    return path


def _child_env(sandbox: Path) -> dict[str, str]:
    """The children's environment: offscreen, throw-away settings, and byte-compiled modules.

    An installed app runs from .pyc files (pip compiles at install). The development shell sets
    PYTHONDONTWRITEBYTECODE, which would make every timed start compile our ~60 modules from
    source (~0.07 s); the children therefore keep their bytecode in bench/out/pycache, written by
    the untimed warm-up runs. The bare window gets the same setting.
    """
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(sandbox / "config"),
        XDG_DATA_HOME=str(sandbox / "data"),
        PYTHONPATH=str(ROOT),
        PYTHONPYCACHEPREFIX=str(ROOT / "bench" / "out" / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _start_seconds(code: str, *args: str, env: dict[str, str]) -> tuple[float, float, float]:
    """From process launch to the child's first window shown with the event loop live, to its
    first screen readable in full (the list and the open area's tab: the first window when it
    showed the last session's tab, else the main window), and to its main window ready for
    edits (all the same moment for the bare window).

    Shutdown is not counted: closing waits for any worker job (the overview count) to end.
    """
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    shown = time.perf_counter() - started
    bare = code is BARE or code is FLOOR
    second = child.stdout.readline() if not bare else "ready\n"
    ready = time.perf_counter() - started if not bare else shown
    child.communicate(timeout=120)
    if first.split()[:1] != ["shown"] or second.strip() != "ready" or child.returncode != 0:
        raise RuntimeError(f"the window did not start: {first!r} {second!r}, {child.returncode}")
    readable = shown if bare or first.strip() == "shown picture" else ready
    return shown, readable, ready


def measure_first_start_of_day(db: Path) -> float:
    """One start with no backup made today: the full quick_check runs before the main window
    (the start window shows meanwhile), the day's backup after it (on its own thread, not
    timed). The bench's backups are put back. Returns the time until the main window is ready."""
    from trygghetsapp.store.location import backups_dir

    sandbox = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    env = _child_env(sandbox)
    folder = backups_dir(db)
    aside = folder.with_name(folder.name + ".aside")
    if folder.exists():
        folder.rename(aside)
    try:
        return _start_seconds(OURS, str(db), env=env)[2]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if aside.exists():
            aside.rename(folder)
        shutil.rmtree(sandbox, ignore_errors=True)


def measure_start(db: Path, runs: int = 7) -> dict[str, Any]:
    """Medians (s) of interleaved starts: the bare window; ours after a clean close (its first
    window lists the last session's areas from the start view, then the main window takes over);
    ours after an unclean shutdown (no start view is trusted, the full check runs).

    A normal start follows the previous run's clean close, so the full quick_check is skipped
    (store/health.py) and the start view is fresh; the unclean start removes the clean-close
    marker first, as a crash would.
    """
    from trygghetsapp.store.health import clean_marker_path

    sandbox = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    env = _child_env(sandbox)
    # Warm-up (not timed): the file cache, the day's first backup, the start view written.
    _start_seconds(BARE, env=env)
    _start_seconds(OURS, str(db), env=env)
    _start_seconds(OURS, str(db), env=env)  # the first close wrote the open tab's picture
    samples: dict[str, list[float]] = {
        key: []
        for key in ("bare", "floor", "shown", "readable", "ready", "unclean_shown", "unclean_ready")
    }
    for _ in range(runs):
        samples["bare"].append(_start_seconds(BARE, env=env)[0])
        samples["floor"].append(_start_seconds(FLOOR, env=env)[0])
        shown, readable, ready = _start_seconds(OURS, str(db), env=env)
        samples["shown"].append(shown)
        samples["readable"].append(readable)
        samples["ready"].append(ready)
        clean_marker_path(db).unlink(missing_ok=True)
        shown, _readable, ready = _start_seconds(OURS, str(db), env=env)
        samples["unclean_shown"].append(shown)
        samples["unclean_ready"].append(ready)
    shutil.rmtree(sandbox, ignore_errors=True)
    medians: dict[str, Any] = {key: statistics.median(values) for key, values in samples.items()}
    # Each start against the bare window of its own round: the spread a user meets.
    medians["spread"] = {
        key: [value / bare for value, bare in zip(values, samples["bare"], strict=True)]
        for key, values in samples.items()
        if key != "bare"
    }
    return medians


def _spread(ratios: list[float]) -> str:
    """Per-round ratios as min / median / max."""
    return f"{min(ratios):.2f} / {statistics.median(ratios):.2f} / {max(ratios):.2f}"


def start_phases(db: Path, runs: int = 3) -> dict[str, float]:
    """Where our start time goes (medians): Qt, our imports, Database.open, the window."""
    import json

    sandbox = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    env = _child_env(sandbox)
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", PHASES, str(db), str(sandbox / "settings.ini")],
            check=True,
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        samples.append(json.loads(result.stdout.strip().splitlines()[-1]))
    shutil.rmtree(sandbox, ignore_errors=True)
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def _until(app: Any, begin: Callable[[Callable[..., None]], None]) -> float:
    """Seconds from `begin(done)` to `done` being called, the event loop turning meanwhile (the
    window's reads run on the door's worker and come back as events)."""
    from PySide6.QtCore import QEventLoop

    finished: list[float] = []
    started = time.perf_counter()
    begin(lambda *_args: finished.append(time.perf_counter()))
    while not finished:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    return finished[0] - started


def measure_in_window(db: Path) -> dict[str, float]:
    """Each action timed until its result is in the window (the door's reads run on the worker);
    the event loop turns between actions, so the app's garbage-collection timer runs as in use,
    and every collection's length is recorded (`gc.callbacks`)."""
    import gc

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from trygghetsapp.services import areas, overview
    from trygghetsapp.services.database import open_database
    from trygghetsapp.ui.context import AppContext
    from trygghetsapp.ui.i18n import Translations
    from trygghetsapp.ui.main_window import MainWindow
    from trygghetsapp.ui.qt_workarounds import collect_garbage_on_the_gui_thread
    from trygghetsapp.ui.tasks import DatabaseWorker

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    collector = collect_garbage_on_the_gui_thread()
    sandbox = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    database = open_database(db)
    translations = Translations()
    translations.install("sv")
    settings = QSettings(str(sandbox / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database, "sv"), settings, DatabaseWorker(), translations)
    window.resize(1366, 768)
    window.show()
    _until(app, lambda done: window.ready.connect(done) if not window.is_ready else done())
    # As the app does after its hand-over: collections between the worker's jobs.
    collector.settle_after_start(app, lambda: not window.door.is_idle())
    pauses: list[float] = []
    began: list[float] = []

    def on_collection(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            began.append(time.perf_counter())
        elif began:
            pauses.append(time.perf_counter() - began.pop())

    gc.callbacks.append(on_collection)
    panel = window.area_panel
    probe = LagProbe()
    try:
        probe.enter("search")
        keystrokes: list[float] = []
        for word in ("område 12", "ås", "hotagsbygden", "syn 40"):
            for end in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
                panel.search.blockSignals(True)  # the coalescing timer's call, made here
                panel.search.setText(word[:end])
                panel.search.blockSignals(False)
                keystrokes.append(_until(app, lambda done: panel.apply_search(then=done)))
        total = areas.count_areas(database)
        sample = [
            areas.list_areas(database, limit=1, offset=offset)[0].id
            for offset in range(0, total, max(1, total // 25))
        ]
        probe.enter("")
        opens: list[float] = []
        probe.enter("open")
        for tab in ("point", "equipment", "roles"):
            window.tabs.setCurrentWidget(window.area_tabs[tab])
            for area_id in sample:

                def open_it(done: Callable[..., None], area_id: str = area_id) -> None:
                    window.open_area(area_id)
                    window.current_tab().when_loaded(done)

                opens.append(_until(app, open_it))
        probe.enter("")
        badges: list[float] = []
        for word in ("", "område 1", "ås"):
            page = areas.list_areas(database, word, limit=100)
            started = time.perf_counter()
            overview.area_gaps(database, [a.id for a in page])
            badges.append(time.perf_counter() - started)
        overviews: list[float] = []
        probe.enter("overview")
        for _ in range(3):

            def count_all(done: Callable[..., None]) -> None:
                window.overview.counted.connect(done)
                window.overview.reload()  # the full national count, on the worker

            overviews.append(_until(app, count_all))
            window.overview.counted.disconnect()
        started = time.perf_counter()
        window.modes.setCurrentIndex(1)  # counted already: showing it is formatting only
        switch = time.perf_counter() - started
        app.processEvents()
        reviews = window.overview.reviews
        _until(app, lambda done: done() if reviews.loaded else reviews.loaded_.connect(done))
        review_reads: list[float] = []
        open_behind_review: list[float] = []
        for area_id in sample[:3]:

            def read_reviews(done: Callable[..., None]) -> None:
                reviews.loaded_.connect(done, Qt.ConnectionType.SingleShotConnection)
                reviews.load()

            review_reads.append(_until(app, read_reviews))

            def open_while_read(done: Callable[..., None], area_id: str = area_id) -> None:
                reviews.load()  # the list is read on the worker; the user opens an area
                window.open_area(area_id)
                window.current_tab().when_loaded(done)

            open_behind_review.append(_until(app, open_while_read))
            _until(app, lambda done: done() if reviews.loaded else reviews.loaded_.connect(done))
        probe.enter("")
        return {
            "lag_search": probe.worst.get("search", 0.0),
            "lag_open": probe.worst.get("open", 0.0),
            "lag_overview": probe.worst.get("overview", 0.0),
            "keystroke_median": statistics.median(keystrokes),
            "keystroke_max": max(keystrokes),
            "open_median": statistics.median(opens),
            "open_p95": sorted(opens)[int(len(opens) * 0.95) - 1],
            "overview_median": statistics.median(overviews),
            "overview_switch": switch,
            "review_median": statistics.median(review_reads),
            "open_behind_review_max": max(open_behind_review),
            "badges_max": max(badges),
            "gc_pause_max": max(pauses, default=0.0),
            "gc_collections": float(len(pauses)),
        }
    finally:
        probe.timer.stop()
        gc.callbacks.remove(on_collection)
        window.close()
        window.deleteLater()
        database.close()
        shutil.rmtree(sandbox, ignore_errors=True)


def run(workdir: Path) -> list[tuple[str, float, float]]:
    db = demo_database(workdir)
    load_before = os.getloadavg()[0]
    start = measure_start(db)
    load_after = os.getloadavg()[0]
    bare = start["bare"]
    spread = start["spread"]
    first_of_day = measure_first_start_of_day(db)
    phases = start_phases(db)
    memory = measure_memory(db)
    f = measure_in_window(db)
    return [
        ("gui: bare QMainWindow start (s)", bare, 1.0),
        (
            "gui: window start, last session's list shown (s, vs bare)",
            start["shown"],
            start["shown"] / bare,
        ),
        (
            "gui: first screen readable, list + open tab (s, vs bare)",
            start["readable"],
            start["readable"] / bare,
        ),
        ("gui: main window ready for edits (s, vs bare)", start["ready"], start["ready"] / bare),
        (
            "gui: floor for edits: bare window + import sqlalchemy.orm (s, vs bare)",
            start["floor"],
            start["floor"] / bare,
        ),
        (
            "gui: after unclean shutdown, first window (s, vs bare)",
            start["unclean_shown"],
            start["unclean_shown"] / bare,
        ),
        (
            "gui: after unclean shutdown, main window ready (s, vs bare)",
            start["unclean_ready"],
            start["unclean_ready"] / bare,
        ),
        (
            "gui: first start of the day, main window ready (s, vs bare)",
            first_of_day,
            first_of_day / bare,
        ),
        *[
            (
                f"gui: {label}, per round vs its bare: min / median / max {_spread(spread[key])}",
                statistics.median(spread[key]),
                max(spread[key]),
            )
            for label, key in (
                ("first window", "shown"),
                ("first screen readable", "readable"),
                ("ready for edits", "ready"),
                ("floor for edits", "floor"),
                ("first window after unclean shutdown", "unclean_shown"),
            )
        ],
        ("gui: load average (1 min) before / after the start rounds", load_before, load_after),
        *[
            (f"gui: start phase {key} (s, vs bare)", value, value / bare)
            for key, value in phases.items()
        ],
        (
            "gui: search keystroke median (s, vs 0.1)",
            f["keystroke_median"],
            f["keystroke_median"] / 0.1,
        ),
        ("gui: search keystroke max (s, vs 0.1)", f["keystroke_max"], f["keystroke_max"] / 0.1),
        ("gui: badges of a page, worker (s, vs 0.1)", f["badges_max"], f["badges_max"] / 0.1),
        ("gui: open an area median (s, vs 0.05)", f["open_median"], f["open_median"] / 0.05),
        ("gui: open an area p95 (s, vs 0.05)", f["open_p95"], f["open_p95"] / 0.05),
        ("gui: overview full count, worker (s, vs 1)", f["overview_median"], f["overview_median"]),
        ("gui: overview tab shown, counted (s, vs 1)", f["overview_switch"], f["overview_switch"]),
        ("gui: contacts to review, read (s, vs 1)", f["review_median"], f["review_median"]),
        (
            "gui: open an area while the review list is read, max (s, vs 0.5)",
            f["open_behind_review_max"],
            f["open_behind_review_max"] / 0.5,
        ),
        *[
            (f"gui: longest GUI pause during {phase} (s, vs 0.05)", f[key], f[key] / 0.05)
            for phase, key in (
                ("search", "lag_search"),
                ("area opening", "lag_open"),
                ("overview count", "lag_overview"),
            )
        ],
        ("gui: memory, bare window (MB)", memory["bare"], 1.0),
        (
            "gui: memory working: search, 10 areas, overview (MB, vs bare)",
            memory["working"],
            memory["working"] / memory["bare"],
        ),
        ("gui: memory peak (MB, vs bare)", memory["peak"], memory["peak"] / memory["bare"]),
        (
            f"gui: longest GC pause, {int(f['gc_collections'])} collections (s, vs 0.05)",
            f["gc_pause_max"],
            f["gc_pause_max"] / 0.05,
        ),
    ]


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    for name, value, ratio in run(out):
        print(f"{name:<62} {value:>10.4f} {ratio:>8.2f}")
