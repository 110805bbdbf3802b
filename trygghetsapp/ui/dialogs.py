"""Add/edit dialogs: a Form plus Spara/Avbryt; Spara commits through the caller's `submit`.

`submit(values, done, failed)` hands the write to the door (through an undo command) and returns
at once. The dialog stays open, its buttons held, until the write came back: `done()` closes it;
`failed(error)` keeps it open with a refused value's message under its field, so nothing typed is
lost. Cancel and Esc wait too while a write is on its way (it cannot be called back).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.ui.errors import report_unexpected, show_domain_error
from trygghetsapp.ui.form import FieldSpec, Form

Submit = Callable[[dict[str, Any], Callable[[], None], Callable[[BaseException], None]], None]
"""submit(values, done, failed): start the write; call `done()` or `failed(error)` when back."""


class RecordDialog(QDialog):
    """A modal form that stays open until its write is back; a refusal is shown by the field."""

    def __init__(
        self,
        title: str,
        specs: Sequence[FieldSpec],
        submit: Submit,
        language: str,
        values: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self._language = language
        self.saving = False
        """True while the write is on its way (the buttons wait)."""
        self.form = Form(specs)
        if values:
            self.form.set_values(values)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.form)
        column.addStretch(1)  # spare height goes below the fields, not between them
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.resize(560, min(640, self.form.sizeHint().height() + 110))

    def accept(self) -> None:
        if self.saving:
            return
        self.form.clear_errors()
        self._set_saving(True)
        try:
            self._submit(self.form.values(), self._saved, self._refused)
        except Exception as error:  # refused before anything went to the door
            self._refused(error)

    def reject(self) -> None:
        if not self.saving:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            event.ignore()
            return
        super().closeEvent(event)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _saved(self) -> None:
        self._set_saving(False)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, DomainError):
            show_domain_error(error, self.form.errors, self._language, self)
            widget = self.form.widgets.get(error.field)
            if widget is not None:
                widget.setFocus()
            return
        report_unexpected(error, self)


def confirm_delete(parent: QWidget, what: str) -> bool:
    """Delete asks first; Ctrl+Z brings it back, which the question says."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("dialogs", "Ta bort"),
        QCoreApplication.translate("dialogs", "Ta bort %1? Du kan ångra med Ctrl+Z.").replace(
            "%1", what
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
