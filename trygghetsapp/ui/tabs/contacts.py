"""Kontakter tab: the people of the area; phones stored E.164, shown as 070-123 45 67.

A phone number the service cannot read is refused under the phone field, with the service's words,
and the dialog stays open with everything typed.

The personal-data duties live here too: *Registerutdrag…* saves everything held about the selected
person as PDF and JSON, and *Radera person…* erases them everywhere. Erasure is deliberately not
undoable (the old values are wiped from the change log), so it asks more firmly than a delete and
empties the undo stack afterwards: an older "Ändra" command could otherwise write the erased
values back.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from trygghetsapp.domain.catalogues import LEGAL_BASIS_LABELS
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.readmodels import ContactView, Entity
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import file_dialogs
from trygghetsapp.ui.commands import DoorCommand
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.door import Op
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.form import FieldSpec, choices
from trygghetsapp.ui.record_model import Column, RecordTableModel
from trygghetsapp.ui.tabs.base import RecordTab, RecordTexts, current_id, make_button

FIELDS = (
    "name",
    "phone",
    "phone_alt",
    "email",
    "organisation",
    "skills",
    "legal_basis",
    "review_date",
    "notes",
)


class Col(IntEnum):
    """The table's columns, in order."""

    NAME, PHONE, PHONE_ALT, ORGANISATION, SKILLS, EMAIL = range(6)


class ContactsTab(RecordTab):
    entity = Entity.CONTACT
    entities = frozenset({Entity.CONTACT})

    extract_saved = Signal(object, object)
    """A register extract was written: the PDF and the JSON beside it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        columns: dict[Col, Column[ContactView]] = {
            Col.NAME: Column(lambda: self.tr("Namn"), lambda r: r.name),
            Col.PHONE: Column(lambda: self.tr("Telefon"), lambda r: r.phone_display),
            Col.PHONE_ALT: Column(lambda: self.tr("Reservtelefon"), lambda r: r.phone_alt_display),
            Col.ORGANISATION: Column(lambda: self.tr("Organisation"), lambda r: r.organisation),
            Col.SKILLS: Column(lambda: self.tr("Kunskaper"), lambda r: ", ".join(r.skills)),
            Col.EMAIL: Column(lambda: self.tr("E-post"), lambda r: r.email),
        }
        model: RecordTableModel[ContactView] = RecordTableModel(
            [columns[c] for c in Col], self, order=lambda r: (r.name, r.id)
        )
        buttons = self.setup_record_table(
            model,
            self.tr("Kontakter"),
            {
                Col.NAME: 180,
                Col.PHONE: 130,
                Col.PHONE_ALT: 130,
                Col.ORGANISATION: 160,
                Col.SKILLS: 200,
            },
            self.tr("Ny kontakt…"),
            self.tr("Ändra…"),
            self.tr("Ta bort"),
        )
        self.extract_button = make_button(self.tr("Registerutdrag…"))
        self.erase_button = make_button(self.tr("Radera person…"))
        self.extract_button.clicked.connect(lambda: self.save_register_extract())
        self.erase_button.clicked.connect(self.erase_current)
        buttons.addWidget(self.extract_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def rows_op(self, area_id: str, ids: frozenset[str] | None) -> Op[list[ContactView]]:
        return ops.list_contacts(area_id, ids)

    def texts(self) -> RecordTexts:
        return RecordTexts(self.tr("Ny kontakt"), self.tr("Ändra kontakt"))

    def form_values(self, row: Any) -> dict[str, Any]:
        stored = {name: getattr(row, name) for name in FIELDS}
        return {**stored, "phone": row.phone_display, "phone_alt": row.phone_alt_display}

    def specs(self) -> list[FieldSpec]:
        lang = self.context.language
        return [
            FieldSpec("name", self.tr("Namn"), required=True),
            FieldSpec("phone", self.tr("Telefon"), placeholder="070-123 45 67"),
            FieldSpec("phone_alt", self.tr("Reservtelefon"), placeholder="070-123 45 67"),
            FieldSpec("email", self.tr("E-post")),
            FieldSpec("organisation", self.tr("Organisation")),
            FieldSpec("skills", self.tr("Kunskaper (kommaseparerade)"), "list"),
            FieldSpec(
                "legal_basis", self.tr("Rättslig grund"), "combo", choices(LEGAL_BASIS_LABELS, lang)
            ),
            FieldSpec("review_date", self.tr("Granskas senast"), placeholder="ÅÅÅÅ-MM-DD"),
            FieldSpec("notes", self.tr("Anteckningar"), "text"),
        ]

    def delete_record(self, record_id: str, text: str) -> None:
        """Deleting a person also empties their role slots (same transaction, in the service);
        undo puts the person back *and* into the same slots."""
        area_id = self.area_id
        if area_id is None:
            return

        def deleted(result: tuple[ops.Slots, Any]) -> None:
            slots = result[0]
            self.context.undo_stack.push(
                DoorCommand(
                    self.context,
                    text,
                    ops.delete(Entity.CONTACT, record_id),
                    ops.restore_contact(area_id, record_id, slots),
                    area_id,
                )
            )

        self.door.change(
            ops.delete_contact(area_id, record_id), deleted, self.refused, area=area_id
        )

    # -- personal data (GDPR) ------------------------------------------------------------
    def _selected(self) -> ContactView | None:
        contact_id = current_id(self.table)
        return None if contact_id is None else self.model.row(self.model.row_of(contact_id))

    def save_register_extract(self, path: Path | None = None) -> None:
        """Registerutdrag…: everything about the selected person, as PDF and JSON side by side,
        written on the worker; `extract_saved(pdf, json)` (and a message) when it is done."""
        from trygghetsapp.reports.batch import slug  # reportlab: loaded on first use

        person = self._selected()
        if person is None:
            return
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            suggested = Path(folder or Path.home()) / f"registerutdrag-{slug(person.name)}.pdf"
            name = file_dialogs.save_file_name(
                self,
                self.tr("Spara registerutdrag för %1").replace("%1", person.name),
                str(suggested),
                self.tr("PDF-filer (*.pdf)"),
            )
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.door.query(
            ops.save_register_extract(self.area_id, person.id, path),
            self._extract_saved,
            self._extract_failed,
            owner=self,
        )

    def _extract_saved(self, written: tuple[Path, Path]) -> None:
        self.extract_saved.emit(written[0], written[1])
        QMessageBox.information(
            self,
            self.tr("Registerutdrag"),
            self.tr("Registerutdraget är sparat:\n%1\n%2")
            .replace("%1", str(written[0]))
            .replace("%2", str(written[1])),
        )

    def _extract_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)

    def erase_current(self) -> None:
        """Radera person…: a firm question naming the person, then erasure on the worker."""
        person = self._selected()
        if person is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Radera person"),
            self.tr(
                "Radera %1 för gott?\n\n"
                "Alla uppgifter om personen tas bort från den här datorn, också ur "
                "ändringshistoriken, och personen tas bort ur sina roller. Raderingen följer "
                "med till de andra datorerna vid nästa synkronisering.\n\n"
                "Det går inte att ångra."
            ).replace("%1", person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.door.long(
            self,
            self.tr("Raderar personen…"),
            ops.erase_person(person.id),
            self._erased,
            self._erase_failed,
            cancellable=False,
        )

    def _erased(self, _changes: Any) -> None:
        # Not undoable on purpose; and no older command may bring the erased values back.
        self.context.data_replaced()

    def _erase_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)
