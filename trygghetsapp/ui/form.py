"""Forms declared as data: each field with its widget, a label, and an error line beneath it.

The services validate (domain.values via services.schemas); a form only collects what the user
typed and shows a refused value's message under its own field. The same `Form` serves the safety
point page (committing each field as it is left) and the add/edit dialogs (committing on OK).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.ui.errors import FieldError
from trygghetsapp.ui.labels import format_number


@dataclass(frozen=True)
class FieldSpec:
    """One field: `kind` is line, text, combo, check, list (comma separated) or checklist."""

    key: str
    label: str
    kind: str = "line"
    choices: Sequence[tuple[Any, str]] = field(default_factory=tuple)
    placeholder: str = ""
    required: bool = False


_NOW = object()


class _PlainText(QPlainTextEdit):
    """A multi-line field that reports leaving it, like QLineEdit.editingFinished."""

    editing_finished = Signal()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class FormScroll(QScrollArea):
    """A scroll area whose page is as high as its wrapped texts need at the width it gets.

    QScrollArea sizes a resizable page by its minimum size, which knows nothing of word-wrapped
    labels: a two-line label (a form's caption, an explanation under a field) got one line's
    height and was cut off. Here the page's minimum height follows its layout's height for the
    viewport's width."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setWidget(page)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_page()

    def fit_page(self) -> None:
        page = self.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None or not layout.hasHeightForWidth():
            return
        # The width the page gets: the whole inside, less the scroll bar when it will be needed.
        room = self.contentsRect()
        width = room.width()
        height = layout.totalHeightForWidth(width)
        if height > room.height():
            width -= self.verticalScrollBar().sizeHint().width()
            height = layout.totalHeightForWidth(width)
        if page.minimumHeight() != height:
            page.setMinimumHeight(height)

    def page_height(self) -> int:
        """The height the page needs now (for a dialog that may grow to show it whole)."""
        self.fit_page()
        page = self.widget()
        return page.minimumHeight() if page is not None else 0

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit_page)  # once the page's layout has taken the change
        return super().eventFilter(watched, event)


class Columns(QWidget):
    """Forms side by side where each column gets room to show what its fields hold, one above
    the other where they would not.

    Why: at 1024 px (an old laptop, or 1366 px at 125 % scaling) the area's form beside the
    safety point's left fields 100 px wide; a name showed as "samling (FIKTIV)". The width that
    is enough is counted in digits of the page's font, so it follows the user's font size.
    """

    HYSTERESIS_PX = 24
    """Back side by side only this much above the threshold: a scroll bar that comes and goes
    with the arrangement must not flip it back and forth."""

    def __init__(self, side_by_side_chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._side_by_side_chars = side_by_side_chars

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def arrange(self, width: int) -> None:
        enough = self.fontMetrics().horizontalAdvance("0") * self._side_by_side_chars
        if self.side_by_side() and width < enough:
            self.box.setDirection(QBoxLayout.Direction.TopToBottom)
        elif not self.side_by_side() and width >= enough + self.HYSTERESIS_PX:
            self.box.setDirection(QBoxLayout.Direction.LeftToRight)


class Form(QWidget):
    """Widgets for FieldSpecs; `edited(key)` fires when the user leaves a changed field."""

    edited = Signal(str)

    def __init__(self, specs: Sequence[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = {s.key: s for s in specs}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.boxes: dict[str, QWidget] = {}
        self._loaded: dict[str, Any] = {}
        layout = self.layout_ = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in specs:
            widget = self._make(spec)
            widget.setObjectName(spec.key)
            widget.setAccessibleName(spec.label)
            error = FieldError()
            error.setObjectName(f"{spec.key}_error")
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            # A no-break space: a wrapped caption never leaves its "*" alone on a line.
            text = spec.label + ("\u00a0*" if spec.required else "")
            caption = QLabel(text)
            caption.setBuddy(widget)
            caption.setWordWrap(True)
            layout.addRow(caption, box)
            self.widgets[spec.key] = widget
            self.boxes[spec.key] = box
            self.errors[spec.key] = error
        # Tab walks the fields in the form's order, whatever order they were made or parented in.
        fields = list(self.widgets.values())
        for before, after in pairwise(fields):
            QWidget.setTabOrder(before, after)

    def _make(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "text":
            text = _PlainText()
            text.setTabChangesFocus(True)
            text.setFixedHeight(60)
            text.editing_finished.connect(lambda k=spec.key: self._maybe_edited(k))
            return text
        if spec.kind == "combo":
            combo = QComboBox()
            for code, text_label in spec.choices:
                combo.addItem(text_label, code)
            combo.activated.connect(lambda _i, k=spec.key: self._maybe_edited(k))
            return combo
        if spec.kind == "check":
            check = QCheckBox()
            check.toggled.connect(lambda _b, k=spec.key: self._maybe_edited(k))
            return check
        if spec.kind == "checklist":
            items = QListWidget()
            for code, text_label in spec.choices:
                item = QListWidgetItem(text_label)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                items.addItem(item)
            # Every choice visible at once: a dozen check boxes need no scrolling.
            rows = max(1, items.count())
            items.setFixedHeight(items.sizeHintForRow(0) * rows + 2 * items.frameWidth() + 4)
            items.itemChanged.connect(lambda _i, k=spec.key: self._maybe_edited(k))
            return items
        line = QLineEdit()
        if spec.placeholder:
            line.setPlaceholderText(spec.placeholder)
        line.editingFinished.connect(lambda k=spec.key: self._maybe_edited(k))
        # A refusal is about the text refused: it goes as the user changes it (a corrected phone
        # number kept its old message beside it until the next save, user test).
        line.textEdited.connect(lambda _text, k=spec.key: self.errors[k].clear_message())
        return line

    def first_field(self) -> QWidget | None:
        """The first field the user can type in (a hidden or disabled one is skipped)."""
        for widget in self.widgets.values():
            if widget.isVisibleTo(self) and widget.isEnabled():
                return widget
        return None

    def set_field_visible(self, key: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.boxes[key], visible)

    # -- values ------------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        widget = self.widgets[key]
        kind = self.specs[key].kind
        if isinstance(widget, _PlainText):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QListWidget):
            return [
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            ]
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if kind == "list":
            return [part.strip() for part in text.split(",") if part.strip()]
        return text

    def values(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self.widgets}

    def set_values(self, values: dict[str, Any], keep_edits: bool = False) -> None:
        """Show stored values (without firing `edited`) and remember them as the baseline.

        With `keep_edits` a field the user has changed and not yet left keeps what is typed
        there: a page read again after another field's commit must not overwrite it. A field
        that only has the focus shows the new value (an undo, another computer's edit)."""
        shown = set(self._loaded)
        kept: set[str] = set()
        for key, widget in self.widgets.items():
            if key not in values:
                continue
            if keep_edits and key in shown and self.value(key) != self._loaded.get(key):
                kept.add(key)
                continue
            value = values[key]
            widget.blockSignals(True)
            try:
                if isinstance(widget, _PlainText):
                    widget.setPlainText(value or "")
                elif isinstance(widget, QComboBox):
                    found = widget.findData(value)
                    widget.setCurrentIndex(max(found, 0))
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, QListWidget):
                    chosen = set(value or ())
                    for i in range(widget.count()):
                        item = widget.item(i)
                        checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                        item.setCheckState(
                            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                        )
                elif isinstance(widget, QLineEdit):
                    _show_text(widget, display_text(value))
            finally:
                widget.blockSignals(False)
            self.errors[key].clear_message()
        self._loaded.update(
            {k: self.value(k) for k in values if k in self.widgets and k not in kept}
        )

    def loaded(self, key: str) -> Any:
        return self._loaded.get(key)

    def accept_value(self, key: str, value: Any = _NOW) -> None:
        """The service took `value` (by default what the field holds now): it is the new
        baseline, and any error line goes."""
        self._loaded[key] = self.value(key) if value is _NOW else value
        self.errors[key].clear_message()

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_message()

    def _maybe_edited(self, key: str) -> None:
        if self.value(key) != self._loaded.get(key):
            self.edited.emit(key)


def _show_text(line: QLineEdit, text: str) -> None:
    """Put `text` in `line` without spoiling what the user is about to type: an unchanged text
    is left alone (setText would drop the selection Tab made, and typing would append), and a
    changed one in a wholly selected field is selected again."""
    if line.text() == text:
        return
    whole = line.hasSelectedText() and line.selectedText() == line.text()
    line.setText(text)
    if whole:
        line.selectAll()


def display_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def choices(labels: dict[Any, Any], language: str) -> list[tuple[Any, str]]:
    """(code, label) pairs of a catalogue, in the catalogue's order."""
    return [(code, lab.text(language)) for code, lab in labels.items()]
