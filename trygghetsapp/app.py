"""GUI start-up: QApplication, the database, and the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db_path: Path, language: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from trygghetsapp.services.database import Database

    app = QApplication.instance() or QApplication(sys.argv)
    database = Database.open(db_path)
    window = QMainWindow()
    window.setWindowTitle("Trygghetsapp")
    window.setCentralWidget(QLabel(f"Trygghetsapp – {db_path}"))
    window.resize(1200, 760)
    window.show()
    try:
        return int(app.exec())
    finally:
        database.close()
