"""Kontakter tab: the people of the area; phones stored E.164, shown as 070-123 45 67.

A phone number the service cannot read is refused under the phone field, with the service's words,
and the dialog stays open with everything typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from trygghetsapp.domain.catalogues import LEGAL_BASIS_LABELS
from trygghetsapp.services import contacts, roles
from trygghetsapp.services.readmodels import ContactView
from trygghetsapp.ui import commands
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import RecordDialog, confirm_delete
from trygghetsapp.ui.form import FieldSpec, choices, display_text
from trygghetsapp.ui.record_model import Column, RecordTableModel
from trygghetsapp.ui.tabs.base import (
    AreaTab,
    current_id,
    select_id,
)

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

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
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
