"""Form captions (ui/form.py): a required field's "*" stays with the caption's last word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel, QLineEdit

from trygghetsapp.ui.form import FieldSpec, Form


def _lines(label: QLabel, width: int) -> list[str]:
    """The caption's text broken into lines as a word-wrapped label of `width` breaks it."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def test_a_wrapped_required_caption_never_leaves_its_star_alone(qtbot: Any) -> None:
    """Seen on the Kommun page: "Kommunens namn" filled the label column and its "*" wrapped
    onto a line of its own, where it reads as a stray mark, not as "required"."""
    form = Form([FieldSpec("name", "Kommunens namn", required=True)])
    qtbot.addWidget(form)
    caption = next(label for label in form.findChildren(QLabel) if label.buddy() is not None)
    width = caption.fontMetrics().horizontalAdvance("Kommunens namn") + 1  # "*" does not fit
    lines = _lines(caption, width)
    assert len(lines) >= 2 and lines[-1] != "*", lines
    assert lines[-1].endswith("*")


def test_a_refusal_goes_as_the_user_corrects_the_field(qtbot: Any) -> None:
    """A user test typed a good phone number over a refused one: the old message stayed beside
    it until the next save."""
    form = Form([FieldSpec("phone", "Telefon")])
    qtbot.addWidget(form)
    form.show()
    field = form.widgets["phone"]
    assert isinstance(field, QLineEdit)
    field.setText("070-12ab")
    form.errors["phone"].show_message("är inget giltigt telefonnummer: ”070-12ab”")
    assert not form.errors["phone"].isHidden()
    field.setFocus()
    field.end(False)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert form.errors["phone"].isHidden()
