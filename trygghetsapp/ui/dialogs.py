"""Add/edit dialogs: a Form plus OK/Cancel; OK commits through the caller's `submit`.

`submit(values)` calls the service (through an undo command). If the service refuses a value the
dialog stays open with the message under that field, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
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


class RecordDialog(QDialog):
    """A modal form; `submit` raises DomainError to keep it open with the error shown."""

    def __init__(
        self,
        title: str,
        specs: Sequence[FieldSpec],
        submit: Callable[[dict[str, Any]], None],
        language: str,
        values: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self._language = language
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(560, min(640, self.form.sizeHint().height() + 110))

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self._submit(self.form.values())
        except DomainError as error:
            show_domain_error(error, self.form.errors, self._language, self)
            widget = self.form.widgets.get(error.field)
            if widget is not None:
                widget.setFocus()
            return
        except Exception as error:
            report_unexpected(error, self)
            return
        super().accept()


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
