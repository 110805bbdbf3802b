"""What the real command loads before its first window shows.

The start window (the last session's list) is meant to show at about a bare Qt window's cost, so
nothing heavy may be imported on the way to it. The bench and the other start tests call
`run_gui`; a user runs the console command (`trygghetsapp`, i.e. `trygghetsapp.cli:main`), whose
own set-up once imported SQLAlchemy through a helper of the command line (0.22 s) and every
command module. This test starts the app as the console script does and lists `sys.modules`
at the first turn of the event loop, with the start window shown.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database

from .conftest import child_env

HEAVY = (
    "sqlalchemy",
    "alembic",
    "cryptography",
    "reportlab",
    "openpyxl",
    "xlsxwriter",
    "defusedxml",
    "psycopg",
    "pyogrio",
    "pyphen",
    "pypdfium2",
    "phonenumbers",
    "psutil",  # 12 ms, for the lock holder's note: written after the first window
    "trygghetsapp.sync",
    "trygghetsapp.security",
    "trygghetsapp.reports",
    "trygghetsapp.cli.data",
    "trygghetsapp.cli.exchange",
    "trygghetsapp.cli.keys",
    "trygghetsapp.cli.pdf",
    "trygghetsapp.cli.privacy",
    "trygghetsapp.cli.sync",
)
"""Modules (and packages, with their submodules) the first window must not wait for."""

AS_THE_CONSOLE_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import trygghetsapp.app
from trygghetsapp.cli import main

HEAVY = {heavy!r}
real_run_gui = trygghetsapp.app.run_gui

def first_turn():
    shown = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
    loaded = sorted({{h for h in HEAVY for m in sys.modules if m == h or m.startswith(h + ".")}})
    print("FIRST", shown, loaded, flush=True)
    QApplication.quit()

def run_gui(*args, **kwargs):
    QTimer.singleShot(0, first_turn)
    return real_run_gui(*args, **kwargs)

trygghetsapp.app.run_gui = run_gui
sys.exit(main(["--db", sys.argv[1]]))
"""


def _child(tmp_path: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`code` run by a fresh interpreter, as the console script would be."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _first_turn(db_path: Path, tmp_path: Path) -> str:
    result = _child(tmp_path, AS_THE_CONSOLE_SCRIPT.format(heavy=HEAVY), str(db_path))
    return next(line for line in result.stdout.splitlines() if line.startswith("FIRST"))


def test_the_command_shows_its_first_window_before_anything_heavy_loads(tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite"
    database = open_database(db_path)
    areas.create_area(database, {"name": "Åsen"})
    database.close()
    _first_turn(db_path, tmp_path)  # the first start writes the start view at its close
    first = _first_turn(db_path, tmp_path)
    assert first == "FIRST ['startWindow'] []"


def test_the_probe_sees_a_heavy_module(tmp_path: Path) -> None:
    """The check can fail: with SQLAlchemy imported before the command, it is reported."""
    db_path = tmp_path / "db.sqlite"
    open_database(db_path).close()
    planted = AS_THE_CONSOLE_SCRIPT.format(heavy=HEAVY).replace(
        "import trygghetsapp.app\n", "import trygghetsapp.app\nimport sqlalchemy.orm\n"
    )
    result = _child(tmp_path, planted, str(db_path))
    first = next(line for line in result.stdout.splitlines() if line.startswith("FIRST"))
    assert "'sqlalchemy'" in first


HOOK_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
import trygghetsapp.ui.main_window, trygghetsapp.services.database, trygghetsapp.cli
seen = sys.modules["__feature__"].pyside_feature_dict
print("SEEN", len(seen), sorted(name for name in seen if name.startswith("trygghetsapp.")))
"""


def test_pysides_import_hook_does_not_read_every_module(tmp_path: Path) -> None:
    """PySide6 replaces `__import__` and, for each module it is told about, may read the module's
    source to see whether it uses PySide (`__feature__._mod_uses_pyside`). Some PySide releases
    did so for every module imported after Qt (530 files, +0.2 s, +23 MB at our start: napari
    #8584). On the Qt 6.8 line it sees top-level packages only; a binding that reads all of
    ours fails here, and the start then needs the hook switched off after QApplication."""
    result = _child(tmp_path, HOOK_PROBE)
    result.check_returncode()
    line = next(line for line in result.stdout.splitlines() if line.startswith("SEEN"))
    count = int(line.split()[1])
    assert line.endswith("[]") and count < 30, line


SNAPSHOT_PROBE = """
import sys
from pathlib import Path
from trygghetsapp.services.database import open_database
import trygghetsapp.ui.main_window
from trygghetsapp.ui.door import load_snapshot
database = open_database(Path(sys.argv[1]))
load_snapshot(database)
database.close()
heavy = ("cryptography", "trygghetsapp.security.keys", "trygghetsapp.sync.exporter",
         "trygghetsapp.sync.importer")
print("LOADED", sorted(h for h in heavy if h in sys.modules))
"""


def test_the_windows_sync_status_read_loads_no_package_machinery(tmp_path: Path) -> None:
    """The status bar's sync summary is read on the one database worker a moment after the
    start; reaching the folder setting through the package machinery imported cryptography, the
    exporter and the importer there (64 modules, 70-76 ms), and a keystroke's search queued
    behind it (a 100 ms keystroke at 500 areas in the bench)."""
    db_path = tmp_path / "db.sqlite"
    open_database(db_path).close()
    result = _child(tmp_path, SNAPSHOT_PROBE, str(db_path))
    assert "LOADED []" in result.stdout, result.stdout + result.stderr
