"""The start window: the last session's list before the database layer is loaded, then the main
window takes over with what the user did meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from trygghetsapp.services import areas
from trygghetsapp.services.database import Database
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.start_window import StartWindow

ROOT = Path(__file__).resolve().parents[2]

TWO_STARTS = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)

def first_view():  # the first turn of the event loop: what the user sees first
    shown = [w for w in app.topLevelWidgets() if w.isVisible()]
    rows = [w.model.rowCount() for w in shown if w.objectName() == "startWindow"]
    print("FIRST", "sqlalchemy" in sys.modules, [w.objectName() for w in shown], rows, flush=True)

def when_ready():
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    if not windows or not windows[0].isVisible():
        QTimer.singleShot(10, when_ready)
        return
    shown = [w.objectName() for w in app.topLevelWidgets() if w.isVisible()]
    print("READY", shown, windows[0].area_title.text(), flush=True)
    windows[0].close()  # as the user closes it: the start view is written

QTimer.singleShot(0, first_view)
QTimer.singleShot(0, when_ready)
from trygghetsapp.app import run_gui
sys.exit(run_gui(Path(sys.argv[1]), "sv"))
"""


def _start(db_path: Path, tmp_path: Path) -> tuple[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-c", TWO_STARTS, str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    first = next(line for line in lines if line.startswith("FIRST"))
    ready = next(line for line in lines if line.startswith("READY"))
    return first, ready


def test_second_start_lists_the_areas_before_the_database_layer_is_loaded(tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite"
    database = Database.open(db_path)
    for name in ("Åsen", "Bräcke", "Hallen"):
        areas.create_area(database, {"name": name, "villages": ["Rödön"]})
    database.close()

    first, ready = _start(db_path, tmp_path)  # no view yet: the frame, waiting for the database
    assert first == "FIRST False ['startWindow'] [0]"
    assert ready == "READY ['mainWindow'] Bräcke – Rödön"  # the start window is gone
    first, ready = _start(db_path, tmp_path)
    assert first == "FIRST False ['startWindow'] [3]"  # no SQLAlchemy, yet the whole list
    assert ready == "READY ['mainWindow'] Bräcke – Rödön"

    database = Database.open(db_path)  # another program changes the file: the view is stale
    areas.create_area(database, {"name": "Nytt"})
    database.close()
    first, _ready = _start(db_path, tmp_path)
    assert first == "FIRST False ['startWindow'] [0]"
    first, _ready = _start(db_path, tmp_path)
    assert first == "FIRST False ['startWindow'] [4]"


def test_search_and_pick_in_the_start_window_carry_over(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    demo_database: Database,
    settings: QSettings,
) -> None:
    last = make_window(demo_database)
    names = {item.name: item.id for item in areas.list_areas(demo_database)}
    last.show_area(names["Laxsjö/Ede"])
    qtbot.waitUntil(lambda: len(last.area_panel.model.known_badges()) == len(names))
    view = last.start_view()
    last.close()
    assert view.area_id == names["Laxsjö/Ede"] and view.area_title.startswith("Laxsjö/Ede")
    assert len(view.rows) == len(names)
    assert all(row.badge for row in view.rows), "the list's badges, known at close, are kept"

    shell = StartWindow(demo_database.path, view, settings)
    qtbot.addWidget(shell)
    shell.show()
    qtbot.waitExposed(shell)
    assert shell.model.rowCount() == len(names)
    assert shell.area_title.text() == view.area_title
    assert shell.model.area_id(shell.view.currentIndex().row()) == names["Laxsjö/Ede"]
    assert shell.picked_area_id() is None  # still the last session's area

    shell.activateWindow()
    qtbot.waitUntil(shell.isActiveWindow)
    shell.view.setFocus()
    # Ctrl+F, as in the main window, pressed where the focus is.
    qtbot.keyClick(shell.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shell.focusWidget() is shell.search
    qtbot.keyClicks(shell.search, "hotag")
    assert [shell.model.data(shell.model.index(r, 0)) for r in range(shell.model.rowCount())] == [
        "Hotagsbygden – Rötviken/Hotagen",
        "Hotagsbygden – Valsjöbyn",
    ]
    qtbot.mouseClick(
        shell.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=shell.view.visualRect(shell.model.index(1, 0)).center(),
    )
    assert shell.picked_area_id() == names["Hotagsbygden – Valsjöbyn"]
    shell.search.setFocus()

    window = make_window(demo_database)
    shell.hand_over(window)
    assert not shell.isVisible()
    assert window.area_id == names["Hotagsbygden – Valsjöbyn"]
    assert window.area_panel.search.text() == "hotag"
    assert window.area_panel.model.rowCount() == 2
    assert window.focusWidget() is window.area_panel.search
    qtbot.keyClicks(window.area_panel.search, "sbygden")  # the caret continues the word
    assert window.area_panel.search.text() == "hotagsbygden"
