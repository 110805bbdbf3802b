"""Child process for the office window test: a second installation's window on the same server
database (`trygghetsapp --db postgresql://...`, the real start), one edit through the widgets,
then the window is closed. Prints EDITED once the edit came back committed."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from trygghetsapp.cli import main
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
    name = tab.point_form.widgets["name"]
    assert isinstance(name, QLineEdit)
    if not name.isVisible() or not name.text():  # the first area's point is still arriving
        QTimer.singleShot(20, lambda: type_name(window, tab))
        return
    name.setText(sys.argv[2])
    name.editingFinished.emit()  # the write goes to the door's worker
    until_back(window)


def until_back(window: MainWindow) -> None:
    if window.door.is_idle():
        print("EDITED", window.windowTitle(), flush=True)
        window.close()
    else:
        QTimer.singleShot(5, lambda: until_back(window))


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, edit)
    raise SystemExit(main(["--db", sys.argv[1], "--language", "sv"]))
