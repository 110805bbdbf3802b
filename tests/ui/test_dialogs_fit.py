"""Issue 13, point 1: every window and dialog fits a 1280x720 laptop screen.

The screen's available geometry is made 1280x720 (the offscreen screen is 800x800; the windows
ask `QScreen.availableGeometry`, which is replaced here), then each window and dialog is opened as
the user opens it (the record dialogs by their shortcut, the preview by Ctrl+P) and every button
it shows must lie inside that geometry. Today's print preview is a fixed 900x1000 window: its
*Spara PDF / Skriv ut / Stäng* lie below the screen's edge. A button with a shortcut says it
(in its tooltip or text), as the menus show theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QKeySequence, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QWidget,
)

from tests.ui.conftest import drive_dialog, settle
from trygghetsapp.services.database import Database
from trygghetsapp.ui import damaged_database
from trygghetsapp.ui.backups_dialog import BackupsDialog
from trygghetsapp.ui.batch_export import BatchExportDialog
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.exchange.exports import KINDS, ExportDialog
from trygghetsapp.ui.exchange.xlsx_wizard import XlsxImportWizard
from trygghetsapp.ui.i18n import Translations
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.print_preview import PrintPreviewDialog
from trygghetsapp.ui.start_window import StartWindow
from trygghetsapp.ui.tasks import DatabaseWorker
from trygghetsapp.ui.window_texts import TabKey

LAPTOP = QRect(0, 0, 1280, 720)


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(LAPTOP))
    return LAPTOP


@pytest.fixture
def laptop_window(
    qtbot: Any, laptop: QRect, settings: QSettings, demo_database: Database, messages: list[str]
) -> Iterator[MainWindow]:
    """The main window as the app opens it the first time (no saved geometry): no test size."""
    translations = Translations()
    translations.install("sv")
    worker = DatabaseWorker()
    window = MainWindow(
        AppContext(demo_database, "sv", worker=worker), settings, worker, translations
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_ready, timeout=10000)
    settle(qtbot, window)
    yield window
    worker.wait()
    window.close()


def _reachable_buttons(window: QWidget) -> list[QAbstractButton]:
    """The buttons shown, but not those inside a scrolled view (scrolling reaches them)."""
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        parent, scrolled = button.parentWidget(), False
        while parent is not None and parent is not window:
            scrolled = scrolled or isinstance(parent, QAbstractScrollArea)
            parent = parent.parentWidget()
        if not scrolled:
            found.append(button)
    return found


def outside(window: QWidget, area: QRect) -> list[str]:
    """What of the window lies outside `area`: the window itself, or a button (by text)."""
    problems = []
    if not area.contains(window.frameGeometry()):
        problems.append(f"{window.objectName() or type(window).__name__} {window.frameGeometry()}")
    for button in _reachable_buttons(window):
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        if not area.contains(rect):
            problems.append(f"{button.text() or button.objectName()!r} at {rect}")
    return problems


def unspoken_shortcuts(window: QWidget) -> list[str]:
    """Buttons whose shortcut (other than an underlined Alt+letter) the user cannot see."""
    problems = []
    for button in _reachable_buttons(window):
        keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        mnemonic = "&" in button.text() and keys.lower().startswith("alt+")
        if keys and not mnemonic and keys not in button.toolTip() + button.text():
            problems.append(f"{button.text()!r} ({keys})")
    return problems


def check(qtbot: Any, dialog: QWidget, area: QRect) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    assert outside(dialog, area) == [], f"{type(dialog).__name__} does not fit 1280x720"
    assert unspoken_shortcuts(dialog) == []


def test_the_main_window_fits(qtbot: Any, laptop_window: MainWindow, laptop: QRect) -> None:
    for key in (TabKey.POINT, TabKey.EQUIPMENT, TabKey.CONTACTS, TabKey.CHANNELS):
        laptop_window.tabs.setCurrentWidget(laptop_window.area_tabs[key])
        settle(qtbot, laptop_window)
        assert outside(laptop_window, laptop) == [], key


def test_the_start_window_fits(
    qtbot: Any, laptop: QRect, settings: QSettings, demo_database: Database
) -> None:
    shell = StartWindow(demo_database.path, None, settings)
    qtbot.addWidget(shell)
    check(qtbot, shell, laptop)
    shell.close()


def test_the_print_preview_fits_with_its_buttons_on_screen(
    qtbot: Any, laptop_window: MainWindow, laptop: QRect
) -> None:
    window = laptop_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PrintPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=15000)
    assert outside(dialog, laptop) == [], "Spara PDF / Skriv ut / Stäng must be on the screen"
    assert unspoken_shortcuts(dialog) == [], "Ctrl+S and Ctrl+P are said on their buttons"
    dialog.reject()


@pytest.mark.parametrize(
    "tab", [None, TabKey.POINT, TabKey.EQUIPMENT, TabKey.CONTACTS, TabKey.CHANNELS]
)
def test_every_record_dialog_fits(
    qtbot: Any, laptop_window: MainWindow, laptop: QRect, tab: TabKey | None
) -> None:
    window = laptop_window
    seen: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        qtbot.waitExposed(dialog)
        seen.append(outside(dialog, laptop) + unspoken_shortcuts(dialog))

    if tab is not None:
        window.tabs.setCurrentWidget(window.area_tabs[tab])
        settle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    drive_dialog(qtbot, look)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if tab is None:  # a new area
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, modifiers)
    settle(qtbot, window)
    assert seen == [[]]


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "backups": lambda w: BackupsDialog(w.context, w),
    "batch export": lambda w: BatchExportDialog(w.context, w.area_id, w),
    "xlsx wizard": lambda w: XlsxImportWizard(w.context, w),
    **{f"export {kind}": (lambda w, k=kind: ExportDialog(w.context, k, w)) for kind in KINDS},
    "damaged database": lambda w: damaged_database.build(
        Path("trygghetsapp.db"), Path("trygghetsapp_2026-01-01_120000_full.db"), w
    ),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_other_dialog_fits(
    qtbot: Any, laptop_window: MainWindow, laptop: QRect, name: str
) -> None:
    dialog = DIALOGS[name](laptop_window)
    check(qtbot, dialog, laptop)
    settle(qtbot, laptop_window)
    dialog.close()
