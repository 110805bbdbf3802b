"""How errors reach the user: beside the field for a refused value, a short message otherwise.

A DomainError names the field it refuses, so forms show its message in a `FieldError` label under
that field (red text *and* a warning sign, so it does not rely on colour). Anything unexpected is
written in full to the rotating log and the user sees one friendly sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.logs import log_exception


class FieldError(QLabel):
    """The red line under a field: '⚠ ' plus the service's own words; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(f"⚠ {message}")
        self.setAccessibleName(message)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def show_domain_error(
    error: DomainError, fields: Mapping[str, FieldError], language: str, parent: QWidget | None
) -> None:
    """Beside its field when the form has that field, otherwise in a small message box."""
    key = error.field.split(".")[-1] if error.field not in fields else error.field
    target = fields.get(error.field) or fields.get(key)
    if target is not None:
        target.show_message(error.message(language))
        return
    QMessageBox.warning(parent, "Trygghetsapp", error.message(language))  # type: ignore[arg-type]


def show_domain_errors(
    error: DomainError, fields: Mapping[str, FieldError], language: str, parent: QWidget | None
) -> set[str]:
    """Every refusal `error` carries beside its own field, all at once; the ones the form has no
    field for together in one message box. Returns the keys of the fields that show one."""
    shown: set[str] = set()
    elsewhere: list[str] = []
    for problem in error.refusals:
        key = _field_key(problem.field, fields)
        if key is None:
            elsewhere.append(problem.message(language))
        elif key not in shown:  # the first reason per field (e.g. a fact's of several)
            fields[key].show_message(problem.message(language))
            shown.add(key)
    if elsewhere:
        QMessageBox.warning(parent, "Trygghetsapp", "\n".join(elsewhere))  # type: ignore[arg-type]
    return shown


def _field_key(field: str, fields: Mapping[str, FieldError]) -> str | None:
    if field in fields:
        return field
    for part in (field.split(".")[0], field.split(".")[-1]):
        if part in fields:
            return part
    return None


def unexpected_message() -> str:
    return QCoreApplication.translate(
        "errors",
        "Något gick fel och ändringen kunde inte sparas. Försök igen; "
        "detaljerna finns i loggfilen.",
    )


def report_unexpected(error: BaseException, parent: QWidget | None) -> None:
    """Log the full traceback; show one friendly sentence and where the log is."""
    path = log_exception(error)
    QMessageBox.warning(
        parent,  # type: ignore[arg-type]  # PySide6 6.8 stubs: parent not Optional
        "Trygghetsapp",
        unexpected_message() + "\n" + QCoreApplication.translate("errors", "Logg: ") + str(path),
    )
