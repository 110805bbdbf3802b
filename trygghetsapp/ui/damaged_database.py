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


DAMAGED, EMPTY, MISSING = "damaged", "empty", "missing"
RESTORE, START_EMPTY, QUIT = "restore", "start_empty", "quit"


def _headline(kind: str) -> str:
    if kind == EMPTY:
        return QCoreApplication.translate(
            "DamagedDatabase", "Databasfilen är tom (0 byte) och har inte öppnats."
        )
    if kind == MISSING:
        return QCoreApplication.translate(
            "DamagedDatabase", "Databasfilen saknas, men det finns säkerhetskopior av den."
        )
    return QCoreApplication.translate(
        "DamagedDatabase", "Databasen är skadad och har inte ändrats."
    )


def build(
    db_path: Path, backup: Path | None, parent: QWidget | None = None, kind: str = DAMAGED
) -> QMessageBox:
    """The dialog, not yet shown (tests drive it): Återställ only when a good backup exists;
    for an empty or missing file also "Börja med en tom databas" (the old backups are kept)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if kind == DAMAGED else QMessageBox.Icon.Warning)
    box.setWindowTitle("Trygghetsapp")
    box.setText(_headline(kind))
    if backup is not None:
        if kind == DAMAGED:
            text = QCoreApplication.translate(
                "DamagedDatabase",
                "Den senaste hela säkerhetskopian är från %1. Återställ den? Den skadade filen "
                "sparas bredvid, så att kommunens kontor kan undersöka den. Det som ändrats efter "
                "säkerhetskopian finns inte med.",
            )
        else:
            text = QCoreApplication.translate(
                "DamagedDatabase",
                "Den senaste hela säkerhetskopian är från %1. Återställ den? Det som ändrats "
                "efter säkerhetskopian finns inte med.",
            )
        box.setInformativeText(text.replace("%1", backup_label(backup)))
        restore = box.addButton(
            QCoreApplication.translate("DamagedDatabase", "Återställ"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(restore)
    elif kind == DAMAGED:
        box.setInformativeText(
            QCoreApplication.translate(
                "DamagedDatabase",
                "Ingen hel säkerhetskopia finns. Kontakta kommunens kontor; den skadade filen "
                "lämnas orörd.",
            )
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "DamagedDatabase",
                "Ingen hel säkerhetskopia finns. Väntade du dig data här: kontakta kommunens "
                "kontor innan du börjar om.",
            )
        )
    if kind != DAMAGED:
        box.addButton(
            QCoreApplication.translate("DamagedDatabase", "Börja med en tom databas"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    box.addButton(
        QCoreApplication.translate("DamagedDatabase", "Avsluta"), QMessageBox.ButtonRole.RejectRole
    )
    return box


def ask(db_path: Path, backup: Path | None, kind: str, parent: QWidget | None = None) -> str:
    """RESTORE, START_EMPTY or QUIT (also when the dialog was closed)."""
    box = build(db_path, backup, parent, kind)
    box.exec()
    clicked = box.clickedButton()
    role = box.buttonRole(clicked) if clicked is not None else None
    if role == QMessageBox.ButtonRole.AcceptRole and backup is not None:
        return RESTORE
    if role == QMessageBox.ButtonRole.DestructiveRole and kind != DAMAGED:
        return START_EMPTY
    return QUIT


def ask_restore(db_path: Path, backup: Path | None, parent: QWidget | None = None) -> bool:
    """True when the user chose Återställ (possible only when there is a good backup)."""
    return ask(db_path, backup, DAMAGED, parent) == RESTORE
