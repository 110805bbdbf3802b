"""Child process for the kill test: the real `run_gui`, one edit through the widgets, then idle.

Prints EDITED once the edit has returned (the user saw it taken) and keeps the window open until
the parent kills it with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from trygghetsapp.app import run_gui
from trygghetsapp.ui.main_window import MainWindow


def edit() -> None:
    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or not window.is_ready:  # the start window is still showing
        QTimer.singleShot(20, edit)
        return
    tab = window.area_tabs["point"]
    window.tabs.setCurrentWidget(tab)
    tab.when_loaded(lambda: type_name(window, tab))


def type_name(window: MainWindow, tab: Any) -> None:
    name = tab.findChild(QLineEdit, "name")
    assert name is not None
    name.setText(sys.argv[2])
    name.editingFinished.emit()  # the write goes to the door's worker
    until_back(window)


def until_back(window: MainWindow) -> None:
    """EDITED once the write came back committed (the field shows it taken)."""
    if window.door.is_idle():
        print("EDITED", flush=True)
    else:
        QTimer.singleShot(5, lambda: until_back(window))


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, edit)
    raise SystemExit(run_gui(Path(sys.argv[1]), "sv"))
