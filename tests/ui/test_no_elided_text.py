"""Issue 13, point 11: no cut-off texts at 1280x720, in Swedish and in English.

The window is walked as a user walks it (each area tab, the overview, the sync panel, the
conflicts, and each record dialog opened by its shortcut) at 1280x720 in both languages, and
every shown text is measured against the room it has:

- a column header whose text is wider than its section ("Senast kontrollerac"),
- a combo box whose current text is wider than its edit field ("Maria Nilsson (FIKTIV"),
- a label cut off: a word-wrapped label (a two-line form label) lower than its text needs, a
  one-line label narrower than its text, or a label reaching outside the box that holds it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from tests.ui.conftest import drive_dialog, settle
from trygghetsapp.services.database import Database
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.dialogs import RecordDialog
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.window_texts import TabKey


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def elided_headers(window: QWidget) -> list[str]:
    found = []
    for header in window.findChildren(QHeaderView):
        if not _shown(header) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            font = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if font is not None else header.fontMetrics()
            room = header.sectionSize(section) - 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
                room -= mark + margin
            wide = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
            if wide > room:
                found.append(f"header {text!r}: {wide} px in {room}")
    return found


def elided_combos(window: QWidget) -> list[str]:
    found = []
    for combo in window.findChildren(QComboBox):
        if not _shown(combo) or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        room = field.width()
        if not combo.itemIcon(combo.currentIndex()).isNull():
            room -= combo.iconSize().width() + 4
        wide = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if wide > room:
            found.append(f"combo {combo.currentText()!r}: {wide} px in {room}")
    return found


def clipped_labels(window: QWidget) -> list[str]:
    found = []
    for label in window.findChildren(QLabel):
        if not _shown(label) or not label.text() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if _in_scrolled_cell(label, window):
            continue
        text = label.text().replace("&", "") if label.buddy() is not None else label.text()
        parent = label.parentWidget()
        if parent is not None and not parent.rect().contains(label.geometry()):
            found.append(f"label {text!r}: {label.geometry()} outside its box {parent.rect()}")
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height():
                found.append(f"label {text!r}: {need} px high in {label.height()}")
        elif label.hasScaledContents() is False and "\n" not in text:
            margin = 2 * (label.margin() + label.frameWidth()) + label.indent() * 0
            wide = label.fontMetrics().horizontalAdvance(text) + margin
            if wide > label.width() + 1:
                found.append(f"label {text!r}: {wide} px in {label.width()}")
    return found


def _in_scrolled_cell(label: QWidget, window: QWidget) -> bool:
    """A table's cell widget scrolled aside is not cut off: scrolling shows it."""
    parent = label.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and not parent.viewport().rect().contains(
            label.mapTo(parent.viewport(), label.rect().topLeft())
        ):
            return True
        parent = parent.parentWidget()
    return False


def laid_out() -> None:
    """Every pending layout pass done (a layout that settles posts the next one)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def cut_off(window: QWidget) -> list[str]:
    return elided_headers(window) + elided_combos(window) + clipped_labels(window)


def cut_off_once_settled(qtbot: Any, window: QWidget) -> list[str]:
    """What stays cut off once the layouts and the headers' delayed resizes (a zero timer)
    have run: a text cut for one frame before its view is laid out is not what the user sees."""
    laid_out()
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not cut_off(window), timeout=1500)
    return cut_off(window)


@pytest.fixture
def desktop_font(request: pytest.FixtureRequest) -> Iterator[None]:
    """The font of a real desktop (GNOME's 11 pt), not the offscreen screen's 9 pt: the
    coordinator's window cut "Senast kontrollerad" at a desktop's size."""
    before = QApplication.font()
    font = QFont(before)
    font.setPointSize(getattr(request, "param", 11))
    QApplication.setFont(font)
    yield
    QApplication.setFont(before)


VIEWS: dict[str, Callable[[MainWindow], None]] = {
    **{
        f"tab {key.value}": (
            lambda w, k=key: (w.modes.setCurrentIndex(0), w.tabs.setCurrentWidget(w.area_tabs[k]))
        )
        for key in TabKey
    },
    "overview": lambda w: w.actions_[Act.SHOW_OVERVIEW].trigger(),
    "sync": lambda w: w.actions_[Act.SHOW_SYNC].trigger(),
    "conflicts": lambda w: w.actions_[Act.SHOW_CONFLICTS].trigger(),
}


@pytest.fixture(params=["sv", "en"])
def laptop_window(
    request: pytest.FixtureRequest,
    make_window: Callable[..., MainWindow],
    demo_database: Database,
    desktop_font: None,
    qtbot: Any,
) -> MainWindow:
    window = make_window(demo_database, request.param)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    settle(qtbot, window)
    return window


def test_no_view_cuts_a_text_off(qtbot: Any, laptop_window: MainWindow) -> None:
    window = laptop_window
    found: dict[str, list[str]] = {}
    for name, show in VIEWS.items():
        show(window)
        settle(qtbot, window)
        problems = cut_off_once_settled(qtbot, window)
        if problems:
            found[name] = problems
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_no_view_cuts_a_text_off_at_the_window_minimum_size(
    qtbot: Any, make_window: Callable[..., MainWindow], demo_database: Database, desktop_font: None
) -> None:
    """At the window's minimum size a stretched last column gets what is left: it keeps its
    header whole and the table scrolls sideways instead."""
    window = make_window(demo_database)
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: window.size() == window.minimumSize())
    found: dict[str, list[str]] = {}
    for name, show in VIEWS.items():
        show(window)
        settle(qtbot, window)
        problems = cut_off_once_settled(qtbot, window)
        if problems:
            found[name] = problems
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


@pytest.mark.parametrize(
    "tab", [None, TabKey.POINT, TabKey.EQUIPMENT, TabKey.CONTACTS, TabKey.CHANNELS]
)
def test_no_record_dialog_cuts_a_text_off(
    qtbot: Any, laptop_window: MainWindow, tab: TabKey | None
) -> None:
    window = laptop_window
    seen: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        qtbot.waitExposed(dialog)
        seen.append(cut_off_once_settled(qtbot, dialog))

    if tab is not None:
        window.tabs.setCurrentWidget(window.area_tabs[tab])
        settle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    drive_dialog(qtbot, look)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if tab is None:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, modifiers)
    settle(qtbot, window)
    assert seen == [[]], seen


@pytest.mark.parametrize("desktop_font", [9, 11], indirect=True)
def test_a_dialog_showing_its_errors_cuts_nothing_off(
    qtbot: Any, laptop_window: MainWindow
) -> None:
    """Errors under three fields make the form higher: every line of every label (the errors,
    the legal basis's explanation) stays whole, the dialog growing or scrolling."""
    window = laptop_window
    window.tabs.setCurrentWidget(window.area_tabs[TabKey.CONTACTS])
    settle(qtbot, window)
    seen: list[list[str]] = []

    def refuse(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        form = dialog.form
        for key, text in (("phone", "070-12"), ("email", "eva(at)krokom.se")):
            line = form.widgets[key]
            assert isinstance(line, QLineEdit)
            line.setText(text)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
        assert sum(1 for e in form.errors.values() if e.isVisibleTo(dialog)) == 3
        seen.append(cut_off_once_settled(qtbot, dialog))

    drive_dialog(qtbot, refuse)
    window.area_tabs[TabKey.CONTACTS].new_record()
    settle(qtbot, window)
    assert seen == [[]], seen
