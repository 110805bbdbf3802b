"""Every window and dialog fits the screen it opens on, down to a 1280x720 laptop.

A window asks for the size it would like (`fit_to_screen(widget, width, height)`) and gets at
most the screen's available geometry less the room the window manager's frame and title bar
take; when it is shown it is moved (and, if its layout grew, shrunk) to lie inside that geometry,
so no button is ever below the screen's edge. Buttons with a shortcut say it in their tooltip
(`show_shortcut`), as menu actions show theirs beside the text. Tables keep every column header
whole (`WholeHeaders`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QWidget

FRAME = 16
"""Width the window manager's left and right frame take, together."""
TITLE = 40
"""Height the title bar and the bottom frame take, together."""


def available_geometry(widget: QWidget) -> QRect:
    """The available geometry (without panels and docks) of the screen the window opens on:
    its parent's screen for a dialog, else its own, else the primary screen."""
    window = widget.window()
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int, keep_on_screen: bool = True) -> None:
    """Resize to `width` x `height`, or less on a smaller screen; with `keep_on_screen`, keep
    inside the screen whenever shown (a dialog; a main window the user sizes keeps its size)."""
    area = available_geometry(widget)
    widget.resize(min(width, area.width() - FRAME), min(height, area.height() - TITLE))
    if not keep_on_screen:  # the start window's first size: before the first window, where
        return  # PySide6's `Qt` namespace must not be built yet (15-30 ms; see ui/frame.py)
    from PySide6.QtCore import Qt

    if (
        keep_on_screen
        and widget.findChild(_KeepOnScreen, options=Qt.FindChildOption.FindDirectChildrenOnly)
        is None
    ):
        widget.installEventFilter(_KeepOnScreen(widget))


class _KeepOnScreen(QObject):
    """On every show: the window inside the available geometry (smaller if it must be)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            move_onto_screen(watched)
        return False


def move_onto_screen(window: QWidget) -> None:
    area = available_geometry(window)
    extra_w = window.frameGeometry().width() - window.width()
    extra_h = window.frameGeometry().height() - window.height()
    width = min(window.width(), area.width() - max(extra_w, FRAME))
    height = min(window.height(), area.height() - max(extra_h, TITLE))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def show_shortcut(button: QAbstractButton, sequence: QKeySequence | None = None) -> None:
    """Give `button` the shortcut (if given) and say it in its tooltip: "Spara PDF (Ctrl+S)".

    A button whose text underlines a letter ("&Spara PDF…") keeps that letter's Alt key: the
    shortcut is a second key for it (QAbstractButton.setShortcut would replace the mnemonic,
    and Alt+S, shown underlined, did nothing)."""
    if sequence is not None:
        if QKeySequence.mnemonic(button.text()).isEmpty():
            button.setShortcut(sequence)
        else:
            second = QShortcut(sequence, button)
            second.activated.connect(button.click)  # a disabled button is not clicked
    shown = sequence if sequence is not None else button.shortcut()
    keys = shown.toString(QKeySequence.SequenceFormat.NativeText)
    if not keys:
        return
    tip = button.toolTip() or button.text().replace("&", "").rstrip("…").rstrip(".")
    if keys not in tip:
        button.setToolTip(f"{tip} ({keys})")


class WholeHeaders(QObject):
    """Keeps every column at least as wide as its header's text (and sort arrow) needs, in
    either language and at the desktop's font size: a width set in code ("130 px") or a header
    retranslated never cuts "Senast kontrollerad" to "Senast kontrollerac". A column the user
    narrows by dragging stays as they leave it."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        self._model: QAbstractItemModel | None = None
        self._stretch = False
        """The last column stretches, but not while the room left would cut its header."""
        header.sectionResized.connect(self._resized)
        header.sectionCountChanged.connect(lambda _old, _new: self._watch())
        header.installEventFilter(self)
        if header.model() is not None:
            self._watch()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.header and event.type() == QEvent.Type.Resize and self._stretch:
            self._restretch()
        return False

    def _last(self) -> int:
        return self.header.logicalIndex(self.header.count() - 1)

    def _restretch(self) -> None:
        """Stretch the last column again once the view has room for its whole header."""
        header = self.header
        last = self._last()
        others = header.length() - header.sectionSize(last)
        if others + header.sectionSizeHint(last) <= header.width():
            self._stretch = False
            header.setStretchLastSection(True)

    def _watch(self) -> None:
        model = self.header.model()
        if model is not self._model and model is not None:
            self._model = model
            model.headerDataChanged.connect(lambda *_: self.fit_all())
            model.modelReset.connect(self.fit_all)
        self.fit_all()

    def fit_all(self) -> None:
        for section in range(self.header.count()):
            self._fit(section)

    def _resized(self, section: int, _old: int, _new: int) -> None:
        from PySide6.QtCore import Qt

        if QApplication.mouseButtons() == Qt.MouseButton.NoButton:  # not the user's drag
            self._fit(section)

    def _fit(self, section: int) -> None:
        header = self.header
        size = header.sectionSize(section)
        if header.isSectionHidden(section) or size == 0:
            return
        need = header.sectionSizeHint(section)
        if size >= need:
            return
        if header.stretchLastSection() and section == self._last():
            # Too little room left for the stretched column: it keeps its header's width and
            # the table scrolls sideways, until a wider window lets it stretch again.
            self._stretch = True
            header.setStretchLastSection(False)
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
            header.resizeSection(section, need)  # (fitted to contents: the header sizes it)
