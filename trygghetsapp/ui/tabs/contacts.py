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

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from trygghetsapp.domain.catalogues import LEGAL_BASIS_LABELS
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import areas, contacts, municipalities, privacy, roles
from trygghetsapp.services.readmodels import ContactView
from trygghetsapp.ui import commands, file_dialogs
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import RecordDialog, confirm_delete
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.form import FieldSpec, choices, display_text
from trygghetsapp.ui.record_model import Column, RecordTableModel
from trygghetsapp.ui.tabs.base import (
    AreaTab,
    current_id,
    make_button,
    select_id,
)
from trygghetsapp.ui.tasks import DatabaseWorker, Progress, run_with_progress

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


class ContactsTab(AreaTab):
    entities = frozenset({"contact", "role_assignment"})

    def __init__(
        self,
        context: AppContext,
        worker: DatabaseWorker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.worker = worker
        columns: list[Column[ContactView]] = [
            Column(lambda: self.tr("Namn"), lambda r: r.name),
            Column(lambda: self.tr("Telefon"), lambda r: r.phone_display),
            Column(lambda: self.tr("Reservtelefon"), lambda r: r.phone_alt_display),
            Column(lambda: self.tr("Organisation"), lambda r: r.organisation),
            Column(lambda: self.tr("Kunskaper"), lambda r: ", ".join(r.skills)),
            Column(lambda: self.tr("E-post"), lambda r: r.email),
        ]
        self.model: RecordTableModel[ContactView] = RecordTableModel(columns, self)
        buttons = self.setup_record_table(
            self.model,
            self.tr("Kontakter"),
            {0: 180, 1: 130, 2: 130, 3: 160, 4: 200},
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

    def load(self) -> None:
        rows = (
            []
            if self.area_id is None
            else contacts.list_contacts(self.context.database, self.area_id)
        )
        self.model.set_rows(rows)

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

    def new_record(self) -> None:
        area_id = self.area_id
        if area_id is None:
            return
        db = self.context.database

        def submit(values: dict[str, Any]) -> None:
            new_id = commands.push_create(
                self.context,
                self.tr("Ny kontakt"),
                lambda: contacts.add_contact(db, {"area_id": area_id, **values}),
                lambda i: contacts.delete_contact(db, i),
                lambda i: contacts.restore_contact(db, i),
            )
            select_id(self.table, new_id)

        RecordDialog(
            self.tr("Ny kontakt"), self.specs(), submit, self.context.language, parent=self
        ).exec()

    def edit_current(self) -> None:
        contact_id = current_id(self.table)
        if contact_id is None:
            return
        db = self.context.database
        contact = contacts.get_contact(db, contact_id)
        old = {name: getattr(contact, name) for name in FIELDS}
        shown = {**old, "phone": contact.phone_display, "phone_alt": contact.phone_alt_display}

        def submit(values: dict[str, Any]) -> None:
            changed = {
                k: v for k, v in values.items() if display_text(shown.get(k)) != display_text(v)
            }
            commands.push_update(
                self.context,
                self.tr("Ändra %1").replace("%1", contact.name),
                lambda v: contacts.update_contact(db, contact_id, v),
                {k: old[k] for k in changed},
                changed,
                "contact",
            )

        RecordDialog(
            self.tr("Ändra kontakt"), self.specs(), submit, self.context.language, shown, self
        ).exec()

    def delete_current(self) -> None:
        contact_id = current_id(self.table)
        if contact_id is None:
            return
        row = self.model.row(self.model.row_of(contact_id))
        if not confirm_delete(self, row.name):
            return
        db = self.context.database
        area_id = row.area_id
        # Deleting a person also empties their role slots (same transaction, in the service);
        # undo puts the person back *and* into the same slots.
        slots = [
            (staff.role.id, assignment.rank)
            for staff in roles.staffing(db, area_id)
            for assignment in (staff.holder, *staff.deputies)
            if assignment is not None and assignment.contact_id == contact_id
        ]

        def restore() -> None:
            contacts.restore_contact(db, contact_id)
            for role_id, rank in slots:
                roles.assign_role(db, area_id, role_id, contact_id, rank)

        commands.push_delete(
            self.context,
            self.tr("Ta bort %1").replace("%1", row.name),
            lambda: contacts.delete_contact(db, contact_id),
            restore,
            "contact",
        )

    # -- personal data (GDPR) ------------------------------------------------------------
    def _selected(self) -> ContactView | None:
        contact_id = current_id(self.table)
        return None if contact_id is None else self.model.row(self.model.row_of(contact_id))

    def _author(self) -> str:
        """The municipality, for the extract's header and PDF author."""
        db = self.context.database
        if self.area_id is not None:
            area = areas.get_area(db, self.area_id)
            found = municipalities.get_municipality(db, area.municipality_id)
            if found is not None:
                return found.name
        return "Kommunen"

    def save_register_extract(self, path: Path | None = None) -> tuple[Path, Path] | None:
        """Registerutdrag…: everything about the selected person, as PDF and JSON side by side."""
        from trygghetsapp.reports import register_extract  # reportlab: loaded on first use
        from trygghetsapp.reports.batch import slug

        person = self._selected()
        if person is None:
            return None
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
                return None
            path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            extract = privacy.register_extract(self.context.database, person.id)
            written = register_extract.save(extract, path, author=self._author())
        except DomainError as error:
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
            return None
        except Exception as error:
            report_unexpected(error, self)
            return None
        QMessageBox.information(
            self,
            self.tr("Registerutdrag"),
            self.tr("Registerutdraget är sparat:\n%1\n%2")
            .replace("%1", str(written[0]))
            .replace("%2", str(written[1])),
        )
        return written

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
        db, contact_id = self.context.database, person.id

        def work(_progress: Progress) -> Any:
            return privacy.erase_person(db, contact_id)

        if self.worker is None:
            try:
                changes = privacy.erase_person(db, contact_id)
            except Exception as error:
                self._erase_failed(error)
                return
            self._erased(changes)
            return
        run_with_progress(
            self.worker,
            self,
            self.tr("Raderar personen…"),
            work,
            self._erased,
            self._erase_failed,
            cancellable=False,
        )

    def _erased(self, changes: Any) -> None:
        # Not undoable on purpose; and no older command may bring the erased values back.
        self.context.undo_stack.clear()
        self.context.notify(changes)

    def _erase_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)
