"""The window's actions, keyed by an enum and created in one place (Picard's action registry).

Features connect to actions by key; the main window only builds the menus from this table, so
adding a command does not grow the window class.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class Act(Enum):
    NEW_AREA = "new_area"
    DELETE_AREA = "delete_area"
    LOAD_DEMO = "load_demo"
    IMPORT_JSON = "import_json"
    IMPORT_XLSX = "import_xlsx"
    EXPORT_XLSX = "export_xlsx"
    EXPORT_TEMPLATE = "export_template"
    EXPORT_COUNTY = "export_county"
    EXPORT_GIS = "export_gis"
    EXPORT_WEB = "export_web"
    EXPORT_POSTER = "export_poster"
    PRINT_PREVIEW = "print_preview"
    PRINT_BATCH = "print_batch"
    BACKUPS = "backups"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    NEW = "new"
    EDIT = "edit"
    DELETE = "delete"
    SEARCH = "search"
    SHOW_AREA = "show_area"
    SHOW_OVERVIEW = "show_overview"
    LANG_SV = "lang_sv"
    LANG_EN = "lang_en"
    LANG_SYSTEM = "lang_system"
    SYNC_NOW = "sync_now"
    SYNC_PREVIEW = "sync_preview"
    SYNC_FOLDER = "sync_folder"
    SYNC_EXPORT = "sync_export"
    SYNC_IMPORT = "sync_import"
    SHOW_SYNC = "show_sync"
    SHOW_CONFLICTS = "show_conflicts"
    SHOW_MUNICIPALITY = "show_municipality"


EXPORTS: dict[Act, str] = {
    Act.EXPORT_XLSX: "xlsx",
    Act.EXPORT_TEMPLATE: "template",
    Act.EXPORT_COUNTY: "county",
    Act.EXPORT_GIS: "gis",
    Act.EXPORT_WEB: "web",
    Act.EXPORT_POSTER: "poster",
}
"""The File > Exportera entries and the kind each opens (`ui/exchange/exports.py`)."""


def build_actions(parent: QWidget) -> dict[Act, QAction]:
    """Texts are read through the translator each time, so a rebuild re-translates them."""
    table: list[tuple[Act, str, QKeySequence | str | None]] = [
        (Act.NEW_AREA, QCoreApplication.translate("actions", "Nytt område…"), "Ctrl+Shift+N"),
        (Act.DELETE_AREA, QCoreApplication.translate("actions", "Ta bort området…"), None),
        (Act.LOAD_DEMO, QCoreApplication.translate("actions", "Läs in demodata…"), None),
        (Act.IMPORT_JSON, QCoreApplication.translate("actions", "Importera JSON-fil…"), None),
        (
            Act.IMPORT_XLSX,
            QCoreApplication.translate("actions", "Importera Excel-arbetsbok…"),
            "Ctrl+Shift+I",
        ),
        (Act.EXPORT_XLSX, QCoreApplication.translate("actions", "Excel-arbetsbok (allt)…"), None),
        (Act.EXPORT_TEMPLATE, QCoreApplication.translate("actions", "Tom Excel-mall…"), None),
        (
            Act.EXPORT_COUNTY,
            QCoreApplication.translate("actions", "Rapport till länsstyrelsen (Excel)…"),
            None,
        ),
        (
            Act.EXPORT_GIS,
            QCoreApplication.translate("actions", "För GIS (GeoPackage, GeoJSON, KML, CSV)…"),
            None,
        ),
        (Act.EXPORT_WEB, QCoreApplication.translate("actions", "Webbsida för invånarna…"), None),
        (
            Act.EXPORT_POSTER,
            QCoreApplication.translate("actions", "Affischer för anslagstavlan (PDF)…"),
            None,
        ),
        (
            Act.PRINT_PREVIEW,
            QCoreApplication.translate("actions", "Förhandsgranska och skriv ut…"),
            QKeySequence(QKeySequence.StandardKey.Print),
        ),
        (
            Act.PRINT_BATCH,
            QCoreApplication.translate("actions", "Skriv ut / exportera flera områden…"),
            "Ctrl+Shift+P",
        ),
        (Act.BACKUPS, QCoreApplication.translate("actions", "Säkerhetskopior…"), None),
        (
            Act.QUIT,
            QCoreApplication.translate("actions", "Avsluta"),
            QKeySequence(QKeySequence.StandardKey.Quit),
        ),
        (
            Act.UNDO,
            QCoreApplication.translate("actions", "Ångra"),
            QKeySequence(QKeySequence.StandardKey.Undo),
        ),
        (Act.REDO, QCoreApplication.translate("actions", "Gör om"), "Ctrl+Y"),
        (
            Act.NEW,
            QCoreApplication.translate("actions", "Ny post i fliken"),
            QKeySequence(QKeySequence.StandardKey.New),
        ),
        (Act.EDIT, QCoreApplication.translate("actions", "Ändra markerad"), "F2"),
        (
            Act.DELETE,
            QCoreApplication.translate("actions", "Ta bort markerad…"),
            QKeySequence(QKeySequence.StandardKey.Delete),
        ),
        (
            Act.SEARCH,
            QCoreApplication.translate("actions", "Sök område"),
            QKeySequence(QKeySequence.StandardKey.Find),
        ),
        (Act.SHOW_AREA, QCoreApplication.translate("actions", "Område"), "Ctrl+1"),
        (Act.SHOW_OVERVIEW, QCoreApplication.translate("actions", "Översikt"), "Ctrl+2"),
        (Act.SHOW_SYNC, QCoreApplication.translate("actions", "Synk"), "Ctrl+3"),
        (Act.SHOW_CONFLICTS, QCoreApplication.translate("actions", "Konflikter"), "Ctrl+4"),
        (Act.SHOW_MUNICIPALITY, QCoreApplication.translate("actions", "Kommun"), "Ctrl+5"),
        (Act.SYNC_NOW, QCoreApplication.translate("actions", "Synka nu"), "F5"),
        (Act.SYNC_PREVIEW, QCoreApplication.translate("actions", "Förhandsgranska synk…"), None),
        (Act.SYNC_FOLDER, QCoreApplication.translate("actions", "Välj synkmapp…"), None),
        (Act.SYNC_EXPORT, QCoreApplication.translate("actions", "Exportera synkpaket…"), None),
        (Act.SYNC_IMPORT, QCoreApplication.translate("actions", "Importera synkpaket…"), None),
        (Act.LANG_SV, "Svenska", None),
        (Act.LANG_EN, "English", None),
        (Act.LANG_SYSTEM, QCoreApplication.translate("actions", "Systemets språk"), None),
    ]
    actions: dict[Act, QAction] = {}
    for key, text, shortcut in table:
        action = QAction(text, parent)
        action.setObjectName(key.value)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        actions[key] = action
    for key in (Act.LANG_SV, Act.LANG_EN, Act.LANG_SYSTEM):
        actions[key].setCheckable(True)
    actions[Act.REDO].setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    return actions
