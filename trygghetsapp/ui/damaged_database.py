"""The start-up dialog for a damaged database: say so calmly, offer the newest good backup.

The damaged file has not been written to (store/health.py refuses it before anything opens it for
writing). Återställ moves it aside for the office, with its -wal and -shm, and puts the backup in
its place; Avsluta leaves everything as it is. The dialog only asks: the caller (app.py) does the
recovery through the services, so the GUI never touches the files itself.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def backup_label(backup: Path) -> str:
    """The backup's file name carries its date and time (2026-11-27_031500_daily): show those."""
    found = re.search(r"_(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})\d{2}_", backup.name)
    return f"{found[1]} {found[2]}:{found[3]}" if found else backup.name


def build(db_path: Path, backup: Path | None, parent: QWidget | None = None) -> QMessageBox:
    """The dialog, not yet shown (tests drive it): Återställ only when a good backup exists."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Trygghetsapp")
    box.setText(
        QCoreApplication.translate("DamagedDatabase", "Databasen är skadad och har inte ändrats.")
    )
    if backup is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "DamagedDatabase",
                "Den senaste hela säkerhetskopian är från %1. Återställ den? Den skadade filen "
                "sparas bredvid, så att kommunens kontor kan undersöka den. Det som ändrats efter "
                "säkerhetskopian finns inte med.",
            ).replace("%1", backup_label(backup))
        )
        restore = box.addButton(
            QCoreApplication.translate("DamagedDatabase", "Återställ"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(restore)
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "DamagedDatabase",
                "Ingen hel säkerhetskopia finns. Kontakta kommunens kontor; den skadade filen "
                "lämnas orörd.",
            )
        )
    box.addButton(
        QCoreApplication.translate("DamagedDatabase", "Avsluta"), QMessageBox.ButtonRole.RejectRole
    )
    return box


def ask_restore(db_path: Path, backup: Path | None, parent: QWidget | None = None) -> bool:
    """True when the user chose Återställ (possible only when there is a good backup)."""
    box = build(db_path, backup, parent)
    box.exec()
    clicked = box.clickedButton()
    return (
        backup is not None
        and clicked is not None
        and box.buttonRole(clicked) == (QMessageBox.ButtonRole.AcceptRole)
    )
