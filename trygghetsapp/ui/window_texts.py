"""The main window's frame texts (menus, modes, area tabs, the area list's labels) in one place.

Two windows show them: the real one and the start window shown from the last session's list
while the database layer loads (`start_window.py`). Both take them from here so they cannot drift
apart, and the translation contexts stay those of the widgets that first had them, so the .ts
files keep their entries.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication


class TabKey(StrEnum):
    """The area's tabs, in tab order (how the overview and the conflicts name where a gap is)."""

    POINT = "point"
    EQUIPMENT = "equipment"
    CONTACTS = "contacts"
    ROLES = "roles"
    CHANNELS = "channels"
    INSPECTION = "inspection"


AREA_TAB_KEYS = tuple(TabKey)

LIST_NAME_COLUMN, LIST_BADGE_COLUMN = range(2)
"""The area list's columns, in both windows: the name and the readiness badge."""


def menu_titles() -> list[str]:
    """Arkiv, Redigera, Visa, Synk, Språk, in menu-bar order."""
    return [
        QCoreApplication.translate("MainWindow", "&Arkiv"),
        QCoreApplication.translate("MainWindow", "&Redigera"),
        QCoreApplication.translate("MainWindow", "&Visa"),
        QCoreApplication.translate("MainWindow", "S&ynk"),
        QCoreApplication.translate("MainWindow", "&Språk"),
    ]


def mode_titles() -> list[str]:
    """The four modes, in tab order: area, overview, sync, conflicts."""
    return [
        QCoreApplication.translate("MainWindow", "Område"),
        QCoreApplication.translate("MainWindow", "Översikt – beredskap"),
        QCoreApplication.translate("MainWindow", "Synk"),
        QCoreApplication.translate("MainWindow", "Konflikter"),
    ]


def area_tab_titles() -> dict[TabKey, str]:
    """The area's tabs. Each underlined letter (Alt+letter) is unique in the main window, with
    the menu bar's (Redigera/Edit has R/E, so Roller takes o and Equipment q)."""
    return {
        TabKey.POINT: QCoreApplication.translate("MainWindow", "&Trygghetspunkt"),
        TabKey.EQUIPMENT: QCoreApplication.translate("MainWindow", "&Utrustning"),
        TabKey.CONTACTS: QCoreApplication.translate("MainWindow", "&Kontakter"),
        TabKey.ROLES: QCoreApplication.translate("MainWindow", "R&oller"),
        TabKey.CHANNELS: QCoreApplication.translate("MainWindow", "I&nformationskanaler"),
        TabKey.INSPECTION: QCoreApplication.translate("MainWindow", "&Inventering"),
    }


def no_area_title() -> str:
    return QCoreApplication.translate("MainWindow", "Välj ett område i listan till vänster")


def search_placeholder() -> str:
    return QCoreApplication.translate(
        "AreaListPanel", "Sök område, by eller trygghetspunkt (Ctrl+F)"
    )


def search_accessible_name() -> str:
    return QCoreApplication.translate("AreaListPanel", "Sök område")


def list_accessible_name() -> str:
    return QCoreApplication.translate("AreaListPanel", "Områden")


def no_area_matches(search: str) -> str:
    return QCoreApplication.translate(
        "AreaListPanel",
        "Inget område, ingen by och ingen trygghetspunkt matchar ”%1”. Ändra sökningen eller "
        "töm sökrutan för att se alla områden.",
    ).replace("%1", search)


def no_areas_yet() -> str:
    return QCoreApplication.translate(
        "AreaListPanel",
        "Inga områden än. Lägg till det första med Nytt område… nedanför (Ctrl+Shift+N).",
    )


def new_area_button() -> str:
    return QCoreApplication.translate("AreaListPanel", "Nytt område…")


def list_headers() -> tuple[str, str]:
    return (
        QCoreApplication.translate("AreaListModel", "Område"),
        QCoreApplication.translate("AreaListModel", "Beredskap"),
    )
