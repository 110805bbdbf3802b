"""Kommun page: the municipality every checklist prints, set up in the window.

Its name, municipality code, switchboard and duty officer (TiB) numbers, the VMA radio frequency
and the people printed as the checklists' authors, committed field by field as the area form does
(no Save button: leaving a changed field sends it through the door; a refused value stays in the
field with the service's words under it). "Förval för nya områden" makes it the municipality new
areas get, and areas that have none can be given it with one click (undoable, like every edit).

With no municipality yet, leaving the name creates it (and makes it the default); a field left
before the name asks for the name first. The page reads through the door and follows the door's
changes, so an edit that arrives by sync or undo shows here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.values import format_phone
from trygghetsapp.services.readmodels import Changes, Entity, MunicipalityView
from trygghetsapp.ui import commands
from trygghetsapp.ui import door as ops
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.errors import report_unexpected, show_domain_error
from trygghetsapp.ui.form import FieldSpec, Form

PHONES = ("switchboard_phone", "duty_phone")


class MunicipalityPage(QWidget):
    """The Kommun settings page of the main window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalityPage")
        self.context = context
        self.door = context.door
        self.municipality_id: str | None = None
        self.municipalities: list[MunicipalityView] = []
        self.areas_without = 0
        self._loaded_once = False
        self._focus_when_shown = False
        self._loading_page = False
        self._creating = False
        self._pending: set[str] = set()
        """Fields left while the new municipality was being made: sent once it exists."""
        intro = QLabel(
            self.tr(
                "Uppgifterna skrivs ut på varje områdes krischecklista: kommunens namn, "
                "tjänsteperson i beredskap (TiB), växeln och frekvensen för VMA. "
                "Ändringar sparas när du lämnar fältet."
            )
        )
        intro.setWordWrap(True)
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Välj kommun"))
        self.new_button = QPushButton(self.tr("Lägg till en kommun till"))
        # Hidden until a municipality exists, but its row keeps its height: the form does not
        # jump down under the user's typing when the first one is made.
        keep = self.new_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.new_button.setSizePolicy(keep)
        self.form = Form(
            [
                FieldSpec("name", self.tr("Kommunens namn"), required=True),
                FieldSpec("code", self.tr("Kommunkod"), placeholder="2309"),
                FieldSpec("switchboard_phone", self.tr("Växel"), placeholder="0640-161 00"),
                FieldSpec(
                    "duty_phone",
                    self.tr("Tjänsteperson i beredskap (TiB)"),
                    placeholder="070-174 06 00",
                ),
                FieldSpec(
                    "vma_frequency", self.tr("Frekvens för VMA (P4, MHz)"), placeholder="100,0"
                ),
                FieldSpec(
                    "checklist_authors",
                    self.tr("Checklistorna upprättas av"),
                    placeholder=self.tr("Namn och titel, t.ex. Anna Persson, säkerhetssamordnare"),
                ),
                FieldSpec("is_default", self.tr("Förval för nya områden"), "check"),
            ]
        )
        self.form.setObjectName("municipalityForm")
        self.areas_label = QLabel()
        self.areas_label.setWordWrap(True)
        self.assign_button = QPushButton(self.tr("Koppla dem till den här kommunen"))
        self.assign_button.setObjectName("assignAreas")
        box = QGroupBox(self.tr("Kommun"))
        box_layout = QVBoxLayout(box)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        picker_row.addStretch(0)
        picker_row.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignRight)
        box_layout.addLayout(picker_row)
        box_layout.addWidget(self.form)
        areas_box = QGroupBox(self.tr("Områden utan kommun"))
        areas_layout = QHBoxLayout(areas_box)
        areas_layout.addWidget(self.areas_label, 1)
        areas_layout.addWidget(self.assign_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(intro)
        column.addWidget(box)
        column.addWidget(areas_box)
        column.addStretch(1)
        body.setMaximumWidth(820)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.form.edited.connect(self._edited)
        self.picker.activated.connect(self._picked)
        self.new_button.clicked.connect(self._new_municipality)
        self.assign_button.clicked.connect(self._assign_areas)
        context.changed.connect(self._on_changed)

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def focus_first_field(self) -> None:
        """Put the cursor in *Kommunens namn* (when the page is opened by its key or tab): a user
        test typed the whole page with Tab between fields and, with no field focused, the first
        value was lost and every later one landed one field off. Done once the page's data is
        in, so the read that fills the fields cannot move the cursor after it."""
        self._focus_when_shown = True
        if self._loaded_once and not self._loading_page:
            self._focus_now()

    def _focus_now(self) -> None:
        self._focus_when_shown = False
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
            name = self.form.widgets["name"]
            name.setFocus()
            if isinstance(name, QLineEdit):
                name.selectAll()

    def refresh(self) -> None:
        self._loaded_once = True
        self._loading_page = True
        self.door.query(ops.municipality_page(), self._show, self.context.failed.emit, owner=self)

    def _on_changed(self, changes: Changes) -> None:
        if self._loaded_once and (
            changes.everything or changes.touches(Entity.MUNICIPALITY, Entity.AREA)
        ):
            self.refresh()

    def _show(self, page: Any) -> None:
        self._loading_page = False
        self.municipalities = list(page.municipalities)
        self.areas_without = page.areas_without
        ids = [m.id for m in self.municipalities]
        again = self.municipality_id is not None and self.municipality_id in ids
        if not again:
            chosen = next((m for m in self.municipalities if m.is_default), None)
            chosen = chosen or (self.municipalities[0] if self.municipalities else None)
            self.municipality_id = chosen.id if chosen else None
        self.picker.blockSignals(True)
        self.picker.clear()
        for municipality in self.municipalities:
            self.picker.addItem(municipality.name, municipality.id)
        self.picker.setCurrentIndex(max(0, self.picker.findData(self.municipality_id)))
        self.picker.blockSignals(False)
        self.picker.setVisible(len(self.municipalities) > 1)
        self.new_button.setVisible(bool(self.municipalities))
        current = self.current()
        if current is not None:
            self.form.set_values(
                {
                    "name": current.name,
                    "code": current.code,
                    "switchboard_phone": format_phone(current.switchboard_phone),
                    "duty_phone": format_phone(current.duty_phone),
                    "vma_frequency": current.vma_frequency,
                    "checklist_authors": current.checklist_authors,
                    "is_default": current.is_default,
                },
                keep_edits=again,
            )
        elif not self.municipalities:
            self.form.set_values({key: "" for key in self.form.widgets}, keep_edits=True)
        self._show_areas()
        if self._focus_when_shown:
            self._focus_now()

    def _show_areas(self) -> None:
        count = self.areas_without
        if count == 1:
            self.areas_label.setText(
                self.tr("1 område har ingen kommun: dess checklista saknar TiB-numret.")
            )
        elif count:
            self.areas_label.setText(
                self.tr(
                    "%n områden har ingen kommun: deras checklistor saknar TiB-numret.", "", count
                )
            )
        else:
            self.areas_label.setText(self.tr("Alla områden hör till en kommun."))
        self.assign_button.setEnabled(bool(count) and self.municipality_id is not None)

    def current(self) -> MunicipalityView | None:
        return next((m for m in self.municipalities if m.id == self.municipality_id), None)

    def _picked(self, index: int) -> None:
        self.municipality_id = self.picker.itemData(index)
        self._show_again()

    def _show_again(self) -> None:
        current = self.current()
        if current is not None:
            self.form.set_values(
                {
                    "name": current.name,
                    "code": current.code,
                    "switchboard_phone": format_phone(current.switchboard_phone),
                    "duty_phone": format_phone(current.duty_phone),
                    "vma_frequency": current.vma_frequency,
                    "checklist_authors": current.checklist_authors,
                    "is_default": current.is_default,
                }
            )
        self._show_areas()

    # -- field-by-field commits ----------------------------------------------------------
    def _edited(self, key: str) -> None:
        form = self.form
        if self.municipality_id is None:
            if self._creating:  # typed on while it is being made: sent once it exists
                self._pending.add(key)
            else:
                self._create_from_form(key)
            return
        old = {key: form.loaded(key)}
        new = {key: form.value(key)}
        label = form.specs[key].label

        def taken() -> None:
            form.accept_value(key, new[key])

        commands.update(
            self.context,
            self.tr("Ändra %1").replace("%1", label),
            Entity.MUNICIPALITY,
            self.municipality_id,
            old,
            new,
            taken,
            self._refused,
            None,
        )

    def _create_from_form(self, key: str) -> None:
        """No municipality yet: the name creates it, with what else is typed, as the default."""
        form = self.form
        if not str(form.value("name")).strip():
            form.errors["name"].show_message(self.tr("Skriv kommunens namn först."))
            return
        values = {k: v for k, v in form.values().items() if v not in ("", None)}
        if not self.municipalities:  # the first one is the one new areas get
            values["is_default"] = True

        def created(new_id: str) -> None:
            self._creating = False
            self.municipality_id = new_id
            for name, value in values.items():  # what was sent is what is stored
                form.accept_value(name, value)
            if values.get("is_default"):
                check = form.widgets["is_default"]
                check.blockSignals(True)
                check.setChecked(True)  # type: ignore[attr-defined]
                check.blockSignals(False)
            pending, self._pending = self._pending, set()
            for name in form.widgets:  # the fields left meanwhile, in the form's order
                if name in pending and form.value(name) != form.loaded(name):
                    self._edited(name)

        def refused(error: BaseException) -> None:
            self._creating = False
            self._pending.clear()
            self._refused(error)

        self._creating = True
        commands.create(
            self.context,
            self.tr("Ny kommun"),
            Entity.MUNICIPALITY,
            values,
            created,
            refused,
            None,
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            show_domain_error(error, self.form.errors, self.context.language, self)
        else:
            report_unexpected(error, self)

    # -- actions -------------------------------------------------------------------------
    def _new_municipality(self) -> None:
        """Another municipality (an office serving several): an empty form; its name creates it."""
        self.municipality_id = None
        self.form.set_values(
            {key: False if key == "is_default" else "" for key in self.form.widgets}
        )
        self.picker.setVisible(False)
        self.form.widgets["name"].setFocus()

    def _assign_areas(self) -> None:
        municipality_id = self.municipality_id
        if municipality_id is None:
            return
        current = self.current()
        name = current.name if current is not None else ""
        given: list[str] = []

        def undo(db: Any) -> Changes:
            return ops.unassign_areas(given)(db)

        def assign(db: Any) -> Any:
            ids, changes = ops.assign_areas_without(municipality_id)(db)
            given[:] = ids
            return changes

        commands.call(
            self.context,
            self.tr("Koppla områden till %1").replace("%1", name),
            assign,
            undo,
            lambda: None,
            self._refused,
            None,
        )
