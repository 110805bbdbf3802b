"""GUI fixtures: a main window on a fresh (or demo) database, with settings in a temp INI file.

Message boxes are replaced by recorders so no test blocks on a modal dialog; dialogs opened with
`exec()` are driven through `drive_dialog`, which schedules the interaction before exec() starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from trygghetsapp.services.database import Database
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.i18n import Translations
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tasks import DatabaseWorker


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_gui_thread(qapp: QApplication) -> None:
    """As the app does (ui/qt_workarounds.py): no cycle collection on the worker thread."""
    from trygghetsapp.ui.qt_workarounds import collect_garbage_on_the_gui_thread

    collect_garbage_on_the_gui_thread()


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
        context = AppContext(database, language)
        worker = DatabaseWorker()
        window = MainWindow(context, settings, worker, translations)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append((window, worker, translations))
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


def drive_dialog(qtbot: Any, action: Callable[[QDialog], None]) -> None:
    """Run `action` on the next modal dialog as soon as it is open (before its exec() returns).

    Gives up after about five seconds, so a dialog that never opens fails the test's own
    assertions instead of leaving a poller behind to act on a later test's dialog.
    """
    tries = [500]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            try:
                action(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


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
