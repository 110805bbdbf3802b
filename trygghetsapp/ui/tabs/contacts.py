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

import datetime as dt
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from trygghetsapp.domain import identity
from trygghetsapp.domain.catalogues import (
    LEGAL_BASIS_HELP,
    LEGAL_BASIS_LABELS,
    LEGAL_BASIS_SUGGESTIONS,
    NOT_CHOSEN,
    default_review_date,
)
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.privacy import FIELD_LABELS, KEEP_DAILY_BACKUPS, ErasurePlan
from trygghetsapp.services.readmodels import ContactView, Entity
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import file_dialogs
from trygghetsapp.ui.commands import DoorCommand
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import RecordDialog, Submit
from trygghetsapp.ui.door import Failed, Op
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.form import FieldSpec, choices, display_text
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
                "legal_basis",
                self.tr("Rättslig grund"),
                "combo",
                [(NOT_CHOSEN, self.tr("– välj –")), *choices(LEGAL_BASIS_LABELS, lang)],
            ),
            FieldSpec("review_date", self.tr("Granskas senast"), placeholder="ÅÅÅÅ-MM-DD"),
            FieldSpec("notes", self.tr("Anteckningar"), "text"),
        ]

    def dialog(
        self, title: str, values: dict[str, Any], submit: Any, row: Any | None
    ) -> RecordDialog:
        """The contact form; notes are checked before the write goes to the door (a new
        person's always, an edited person's when the notes were changed)."""

        def checked(form: dict[str, Any], done: Any, failed: Failed) -> None:
            if row is None or display_text(form.get("notes")) != display_text(values.get("notes")):
                self.check_notes(form)
            submit(form, done, failed)

        return self.contact_dialog(title, checked, values)

    def contact_dialog(
        self, title: str, submit: Submit, values: dict[str, Any] | None = None
    ) -> RecordDialog:
        """The contact form, with a line under the legal basis that explains the choice (or,
        with none chosen, suggests one per kind of contact), and a review date filled in from
        the basis when the field is empty."""
        dialog = RecordDialog(title, self.specs(), submit, self.context.language, values, self)
        form = dialog.form
        combo = form.widgets["legal_basis"]
        review = form.widgets["review_date"]
        assert isinstance(combo, QComboBox) and isinstance(review, QLineEdit)
        lang = self.context.language
        for index in range(combo.count()):
            help_text = LEGAL_BASIS_HELP.get(combo.itemData(index))
            if help_text is not None:
                combo.setItemData(index, help_text.text(lang), Qt.ItemDataRole.ToolTipRole)
        explanation = QLabel()
        explanation.setObjectName("legal_basis_help")
        explanation.setWordWrap(True)
        box = form.boxes["legal_basis"].layout()
        assert box is not None
        box.addWidget(explanation)

        def explain() -> None:
            basis = combo.currentData()
            if basis in LEGAL_BASIS_HELP:
                explanation.setText(LEGAL_BASIS_HELP[basis].text(lang))
                return
            hints = "; ".join(
                f"{who.text(lang)}: {LEGAL_BASIS_LABELS[code].text(lang)}"
                for who, code in LEGAL_BASIS_SUGGESTIONS
            )
            explanation.setText(self.tr("Ingen grund vald än. Förslag – %1").replace("%1", hints))

        def suggest_review_date() -> None:
            due = default_review_date(str(combo.currentData() or ""), dt.date.today())
            if due is not None and not review.text().strip():
                review.setText(due.isoformat())

        combo.currentIndexChanged.connect(lambda _i: explain())
        combo.currentIndexChanged.connect(lambda _i: suggest_review_date())
        explain()
        return dialog

    def check_notes(self, values: dict[str, Any]) -> None:
        """Notes with a personal identity number or a home address: warned, and kept out only
        if the user says so (the dialog stays open with the reason under the field)."""
        notes = str(values.get("notes") or "")
        problems = []
        if identity.has_identity_number(notes):
            problems.append(self.tr("ett personnummer"))
        if identity.looks_like_home_address(notes):
            problems.append(self.tr("en hemadress"))
        if not problems:
            return
        what = self.tr(" och ").join(problems)
        answer = QMessageBox.warning(
            self,
            self.tr("Anteckningar"),
            self.tr(
                "Anteckningarna ser ut att innehålla %1.\n\nSådant behövs inte för att nå "
                "personen i en kris och ska inte sparas här. Personnummer skrivs aldrig ut på "
                "något dokument.\n\nSpara ändå?"
            ).replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            raise DomainError(
                "notes",
                f"innehåller {what}: ta bort det innan du sparar",
                f"contains {what}: remove it before saving",
            )

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
        """Radera person…: every record is searched for the person (on the worker, seconds on a
        large database), then a question naming what goes and what stays, then the erasure."""
        person = self._selected()
        if person is None:
            return
        self.door.long(
            self,
            self.tr("Letar efter personen i alla uppgifter…"),
            ops.erasure_plan(person.id),
            self._confirm_erasure,
            self._erase_failed,
            cancellable=False,
        )

    def _confirm_erasure(self, plan: ErasurePlan) -> None:
        """The question naming what goes and what stays; then the erasure on the worker."""
        person = plan.contact
        answer = QMessageBox.warning(
            self,
            self.tr("Radera person"),
            self.erasure_text(plan),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        purge = False
        if plan.backups:
            purge = (
                QMessageBox.question(
                    self,
                    self.tr("Radera person"),
                    self.tr(
                        "Ta också bort %1 ur de %n äldre säkerhetskopiorna på den här datorn "
                        "nu?\n\nNej: de finns kvar tills de ersätts (inom ungefär %3 dagar).",
                        "",
                        len(plan.backups),
                    )
                    .replace("%1", person.name)
                    .replace("%3", str(KEEP_DAILY_BACKUPS)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                == QMessageBox.StandardButton.Yes
            )
        self.door.long(
            self,
            self.tr("Raderar personen…"),
            ops.erase_person(person.id, purge),
            self._erased,
            self._erase_failed,
            cancellable=False,
        )

    def erasure_text(self, plan: ErasurePlan) -> str:
        """What erasing removes now, and what it leaves and who must act on it."""
        shown = 8
        places = "".join(
            f"\n  • {trace.where}: {FIELD_LABELS.get(trace.field, trace.field)}"
            for trace in plan.traces[:shown]
        )
        if len(plan.traces) > shown:
            places += "\n  • " + self.tr("och %1 till").replace("%1", str(len(plan.traces) - shown))
        text = self.tr(
            "Radera %1 för gott?\n\n"
            "Tas bort nu, på den här datorn: kontaktuppgifterna (också ur "
            "ändringshistoriken) och personens %n roller.",
            "",
            plan.roles,
        ).replace("%1", plan.contact.name)
        if plan.traces:
            text += "\n" + self.tr(
                "Personen nämns också på %n andra ställen; namn, telefon och e-post töms där:",
                "",
                len(plan.traces),
            )
            text += places
        text += "\n\n" + self.tr(
            "Raderingen följer med till de andra datorerna vid nästa synkronisering."
        )
        text += "\n\n" + self.tr("Finns kvar:")
        if plan.backups:
            text += "\n  • " + self.tr(
                "%n äldre säkerhetskopior på den här datorn (ersätts inom ungefär %2 dagar, "
                "eller tas bort nu om du väljer det)",
                "",
                len(plan.backups),
            ).replace("%2", str(KEEP_DAILY_BACKUPS))
        text += "\n  • " + self.tr(
            "synkroniseringsfiler som redan har skrivits (i den delade mappen, på USB-minnen): "
            "radera dem där de finns"
        )
        text += "\n  • " + self.tr("utskrivna checklistor och rollkort med personen: kasta dem")
        return text + "\n\n" + self.tr("Det går inte att ångra.")

    def _erased(self, _changes: Any) -> None:
        # Not undoable on purpose; and no older command may bring the erased values back.
        self.context.data_replaced()

    def _erase_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)
