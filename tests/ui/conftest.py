"""GUI fixtures: a main window on a fresh (or demo) database, with settings in a temp INI file.

Message boxes are replaced by recorders so no test blocks on a modal dialog; dialogs opened with
`exec()` are driven through `drive_dialog`, which schedules the interaction before exec() starts.
The window reads and writes through its door, on the database worker: `settle` waits until
everything handed to it has come back.

Every test here also runs under `_no_database_work_on_the_gui_thread`: a statement that the GUI's
own code (`trygghetsapp/ui/`, `trygghetsapp/app.py`) sends to SQLite on the GUI thread fails the
test. The test's own service calls (setting up, checking) are not GUI code and may run there.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

from trygghetsapp.services.database import Database
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.i18n import Translations
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.start_window import StartWindow
from trygghetsapp.ui.tasks import DatabaseWorker


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_gui_thread(qapp: QApplication) -> None:
    """As the app does (ui/qt_workarounds.py): no cycle collection on the worker thread."""
    from trygghetsapp.ui.qt_workarounds import collect_garbage_on_the_gui_thread

    collect_garbage_on_the_gui_thread()


PACKAGE = Path(__file__).resolve().parents[2] / "trygghetsapp"
GUI_CODE = str(PACKAGE / "ui")
APP = str(PACKAGE / "app.py")
OFFICE_START = str(PACKAGE / "office_window.py")
ALLOWED = {
    # app.py's `finish`, after the event loop and the worker have ended: it collects the next
    # start's area list (`MainWindow.start_view`, through `Door.call_now`) and closes the
    # database. No thread is left to hand that to, and no window is shown any more.
    (APP, "finish"),
    (str(PACKAGE / "ui" / "door.py"), "call_now"),
    # app.py's `_offer_backup`: the damaged-file dialog's "Återställ" puts the backup in place
    # while only the start window is up (the main window does not exist yet).
    (APP, "_offer_backup"),
}
"""The GUI-thread database work that is allowed, and why. The start-up open itself runs on the
loader thread (`_GuiStart._open`, `_reopen`), not the GUI thread, so it needs no exception."""


TESTS = str(Path(__file__).resolve().parents[1])


def _gui_frames(frame: FrameType | None) -> tuple[bool, bool, list[str]]:
    """(GUI code on the stack, an allowed caller on it, the GUI frames for the message).

    Walks outwards from the statement and stops at the first frame of a test: a test's own
    service call (setting up, checking) is not the GUI's, even when the test runs inside the
    app's event loop (`run_gui`'s `exec`)."""
    gui, allowed, shown = False, False, []
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(TESTS) and not gui:
            break
        if name.startswith(GUI_CODE) or name in (APP, OFFICE_START):
            gui = True
            shown.append(f"{Path(name).name}:{frame.f_lineno} {frame.f_code.co_name}")
            allowed = allowed or (name, frame.f_code.co_name) in ALLOWED
        frame = frame.f_back
    return gui, allowed, shown


@pytest.fixture(autouse=True)
def _no_database_work_on_the_gui_thread() -> Iterator[list[str]]:
    """Fails the test if the GUI's code ran a statement or took a connection on the GUI thread
    (DESIGN.md habit 3: every database call of the window goes through the door to the one
    worker)."""
    seen: list[str] = []

    def check(what: str) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        gui, allowed, shown = _gui_frames(sys._getframe(2))
        if gui and not allowed:
            seen.append(f"{what} from " + " <- ".join(shown[:6]))

    def statement(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        check(sql.split(None, 1)[0] if sql else "SQL")

    def checkout(*_args: Any) -> None:
        check("connection checkout")

    event.listen(Engine, "before_cursor_execute", statement)
    event.listen(Pool, "checkout", checkout)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", statement)
        event.remove(Pool, "checkout", checkout)
    assert seen == [], "database work on the GUI thread:\n" + "\n".join(sorted(set(seen)))


def settle(qtbot: Any, window: Any, timeout: int = 10000) -> None:
    """Wait until every op the window handed to its door has come back (and its callbacks ran)."""
    qtbot.waitUntil(window.door.is_idle, timeout=timeout)


def area_named(window: Any, name: str) -> str:
    from trygghetsapp.services import areas

    return next(a.id for a in areas.list_areas(window.context.database) if a.name == name)


def open_area_tab(qtbot: Any, window: Any, area_id: str, key: str | None = None) -> Any:
    """Select the area in the list as a user clicks it, wait until it is open, then show the
    tab `key` (if given) with its rows in; returns that tab."""
    found: list[bool] = []
    window.area_panel.select_area(area_id, then=found.append)
    qtbot.waitUntil(lambda: found == [True])
    tab = None
    if key is not None:
        tab = window.area_tabs[key]
        window.tabs.setCurrentWidget(tab)
    settle(qtbot, window)
    return tab


def start_inspection(
    qtbot: Any, window: Any, name: str, inspector: str = "Eva Inventerare"
) -> tuple[str, Any]:
    """Open the area called `name` on its inspection tab and start a walk by `inspector`."""
    from PySide6.QtCore import Qt

    area_id = area_named(window, name)
    tab = open_area_tab(qtbot, window, area_id, "inspection")
    qtbot.keyClicks(tab.inspector, inspector)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert tab.open_inspection is not None
    return area_id, tab


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box shown; questions are answered Yes."""
    shown: list[str] = []

    def record(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


@pytest.fixture
def make_window(
    qtbot: Any, settings: QSettings, messages: list[str]
) -> Iterator[Callable[[Database], MainWindow]]:
    windows: list[tuple[MainWindow, DatabaseWorker, Translations]] = []

    def make(database: Database, language: str = "sv") -> MainWindow:
        translations = Translations()
        translations.install(language)
        worker = DatabaseWorker()
        context = AppContext(database, language, worker=worker)
        window = MainWindow(context, settings, worker, translations)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append((window, worker, translations))
        qtbot.waitUntil(lambda: window.is_ready, timeout=10000)
        settle(qtbot, window)
        return window

    yield make
    for window, worker, translations in windows:
        worker.wait()
        translations.install("sv")
        window.close()


@pytest.fixture
def window(
    make_window: Callable[[Database], MainWindow], demo_database: Database
) -> Iterator[MainWindow]:
    made = make_window(demo_database)
    yield made
    made.worker.wait()  # before the database fixture closes the file under a running job


def shell_after_a_session(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    settings: QSettings,
    area_id: str | None = None,
    tab: str | None = None,
) -> StartWindow:
    """The start window as the next start shows it, from a session closed on `database`; with
    `area_id`, that area open (on `tab`) and the window's state saved, as at a clean close.
    Not shown, and not given to qtbot: a shell deletes itself once it has handed over."""
    last = make_window(database)
    if area_id is not None:
        last.show_area(area_id, load_through=True)
        if tab is not None:
            last.tabs.setCurrentWidget(last.area_tabs[tab])
        settle(qtbot, last)
        last.save_state()
    view = last.start_view()
    last.close()
    return StartWindow(database.path, view, settings)


def main_window_as_the_app_builds_it(
    qtbot: Any, database: Database, settings: QSettings
) -> MainWindow:
    """A main window built hidden, as `app._show_main_window` does, and ready (its first reads
    in): it shows itself when a start window hands over to it."""
    translations = Translations()
    translations.install("sv")
    worker = DatabaseWorker()
    window = MainWindow(AppContext(database, "sv", worker=worker), settings, worker, translations)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.is_ready)
    return window


def drive_dialog(qtbot: Any, action: Callable[[QDialog], None], patience: float = 5.0) -> None:
    """Run `action` on the next modal dialog as soon as it is open (before its exec() returns).

    A record dialog's Spara hands the write to the door and returns: `submit` waits for it.
    Gives up after about `patience` seconds (five; a whole start under load needs longer), so a
    dialog that never opens fails the test's own assertions instead of leaving a poller behind
    to act on a later test's dialog.
    """
    tries = [int(patience * 100)]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            try:
                action(dialog)
            finally:
                # A form's write is on its way to the door: let it come back (it closes the
                # dialog, or keeps it open with the refusal beside the field), then cancel.
                if getattr(dialog, "saving", False):
                    qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
                if dialog.isVisible():
                    dialog.reject()
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def submit(qtbot: Any, dialog: QDialog) -> None:
    """Press Spara on a record dialog and wait until its write came back (closed or refused)."""
    dialog.accept()
    qtbot.waitUntil(lambda: not getattr(dialog, "saving", False), timeout=10000)


def when_main_window_shows(action: Callable[[MainWindow], None]) -> None:
    """For tests that run the whole start (`run_gui`) in this process: once its main window is
    visible, run `action` on it. Only a visible one counts: a window from an earlier test whose
    construction failed may still exist, hidden."""

    def attempt() -> None:
        shown = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if shown:
            action(shown[0])
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def child_env(tmp_path: Path) -> dict[str, str]:
    """Environment for the app started as a child process: headless, this checkout, its own
    settings and data folders under `tmp_path`."""
    import os

    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.pop("TRYGGHETSAPP_DB", None)
    return env
