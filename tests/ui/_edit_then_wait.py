"""Child process for the kill test: the real `run_gui`, one edit through the widgets, then idle.

Prints EDITED once the edit has returned (the user saw it taken) and keeps the window open until
the parent kills it with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from trygghetsapp.app import run_gui
from trygghetsapp.ui.main_window import MainWindow


def edit() -> None:
    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or window.area_id is None:  # the start window is still showing
        QTimer.singleShot(20, edit)
        return
    window.tabs.setCurrentWidget(window.area_tabs["point"])
    name = window.area_tabs["point"].findChild(QLineEdit, "name")
    assert name is not None
    name.setText(sys.argv[2])
    name.editingFinished.emit()
    print("EDITED", flush=True)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, edit)
    raise SystemExit(run_gui(Path(sys.argv[1]), "sv"))
