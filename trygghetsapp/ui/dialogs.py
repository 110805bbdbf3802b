"""Add/edit dialogs: a Form plus Spara/Avbryt; Spara commits through the caller's `submit`.

`submit(values, done, failed)` hands the write to the door (through an undo command) and returns
at once. The dialog stays open, its buttons held, until the write came back: `done()` closes it;
`failed(error)` keeps it open with every refused value's message under its own field (all of them
at once), so nothing typed is lost. Cancel and Esc wait too while a write is on its way (it cannot
be called back); on a changed form they ask before throwing away what was typed.

The dialog opens with its first field focused (the tab order is the form's order) and fits the
screen it opens on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.ui.errors import report_unexpected, show_domain_errors
from trygghetsapp.ui.form import FieldSpec, Form, FormScroll
from trygghetsapp.ui.screen_fit import fit_to_screen, move_onto_screen

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
        self._opened: dict[str, Any] | None = None
        """What the form held when it was shown: a changed form asks before it is thrown away."""
        self.form = Form(specs)
        if values:
            self.form.set_values(values)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.form)
        column.addStretch(1)  # spare height goes below the fields, not between them
        scroll = self.form_scroll = FormScroll(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Spara"))
        ok.setToolTip(self.tr("Spara (Enter)"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt"))
        cancel.setToolTip(self.tr("Avbryt (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 560, min(640, self.form.sizeHint().height() + 110))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._opened is None:
            self._opened = self.form.values()
            first = self.form.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def _grow_to_show_all(self) -> None:
        """Errors made the form higher: the dialog grows as far as the screen lets it."""
        self.form.layout_.activate()
        extra = self.height() - self.form_scroll.contentsRect().height()
        wanted = self.form_scroll.page_height() + extra
        if wanted > self.height():
            fit_to_screen(self, self.width(), wanted)
            move_onto_screen(self)

    def changed(self) -> bool:
        """The user changed something since the dialog opened."""
        return self._opened is not None and self.form.values() != self._opened

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
        if not self.saving and (not self.changed() or self._discard()):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            event.ignore()
            return
        super().closeEvent(event)  # QDialog's close rejects: a changed form asks there

    def _discard(self) -> bool:
        """Ask before what was typed is thrown away; No (the default) keeps the dialog."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Kasta det du har skrivit?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _saved(self) -> None:
        self._set_saving(False)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, DomainError):
            shown = show_domain_errors(error, self.form.errors, self._language, self)
            self._grow_to_show_all()
            first = next((k for k in self.form.widgets if k in shown), None)
            if first is not None:
                self.form.widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)
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
