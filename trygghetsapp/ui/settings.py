"""Every QSettings key in one place, typed, with its default (DESIGN.md habit 8).

'Persist' keys hold window state; 'setting' keys hold user choices. Tests pass their own QSettings
(an INI file in a temporary folder), so no test touches the user's real settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from trygghetsapp.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
LAST_AREA = "session/last_area"
LAST_TAB = "session/last_tab"
LANGUAGE = "setting/language"  # "sv", "en" or "system"


def get_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def get_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return str(value) if value is not None else default


def get_int(settings: QSettings, key: str, default: int = 0) -> int:
    try:
        return int(str(settings.value(key, default)))
    except (TypeError, ValueError):
        return default


def restore_place(settings: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    """Size, position and the list/area split as the last window left them (both the start
    window and the main window open there)."""
    geometry = get_bytes(settings, GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        fit_to_screen(window, 1280, 720, keep_on_screen=False)
    state = get_bytes(settings, SPLITTER)
    if state is not None:
        splitter.restoreState(state)


def save_place(settings: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(SPLITTER, splitter.saveState())
