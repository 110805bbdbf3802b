"""Trygghetspunkt tab: the area's own details and its safety point, committed field by field.

No Save button: leaving a changed field sends that one field to the service. A refused value stays
in the field with the service's message under it, so the user can correct it in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.catalogues import (
    LEVELS,
    POINT_STATUS_LABELS,
    RESERVE_POWER_LABELS,
    SAFETY_POINT_KIND_LABELS,
    SERVICES,
)
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.readmodels import Entity
from trygghetsapp.ui import commands
from trygghetsapp.ui import door as ops
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import RecordDialog
from trygghetsapp.ui.door import Failed, Op, PointPage
from trygghetsapp.ui.errors import report_unexpected, show_domain_errors
from trygghetsapp.ui.form import Columns, FieldSpec, Form, FormScroll, choices
from trygghetsapp.ui.tabs.base import AreaTab

COORDINATES = ("latitude", "longitude")
SIDE_BY_SIDE_CHARS = 112
"""The page width (in digits) from which the area's form and the point's stand side by side:
below it the area's fields got too narrow to read (tests/ui/test_narrow_window.py)."""


class SafetyPointTab(AreaTab):
    entities = frozenset({Entity.AREA, Entity.SAFETY_POINT})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.point_id: str | None = None
        self._shown_area: str | None = None
        self._shown_point: str | None = None
        self._shown_name = ""
        lang = context.language
        self.area_form = Form(
            [
                FieldSpec("name", self.tr("Områdets namn"), required=True),
                FieldSpec("villages", self.tr("Byar (kommaseparerade)"), "list"),
                FieldSpec("residents", self.tr("Invånare")),
                FieldSpec("local_group", self.tr("Lokal grupp / förening")),
            ]
        )
        self.point_form = Form(self.point_specs(lang))
        self.point_picker = QComboBox()
        self.point_picker.setAccessibleName(self.tr("Välj trygghetspunkt"))
        self.add_point_button = QPushButton(self.tr("Lägg till trygghetspunkt…"))
        self.empty_label = QLabel(
            self.tr("Området har ingen trygghetspunkt än. Lägg till en för att börja inventera.")
        )
        self.empty_label.setWordWrap(True)
        area_box = QGroupBox(self.tr("Område"))
        QVBoxLayout(area_box).addWidget(self.area_form)
        self.point_box = QGroupBox(self.tr("Trygghetspunkt"))
        point_layout = QVBoxLayout(self.point_box)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.point_picker, 1)
        picker_row.addWidget(self.add_point_button)
        point_layout.addLayout(picker_row)
        point_layout.addWidget(self.empty_label)
        point_layout.addWidget(self.point_form)
        # Side by side from about 1280 px of window; above each other on a narrower one.
        body = Columns(side_by_side_chars=SIDE_BY_SIDE_CHARS)
        left = QVBoxLayout()
        left.addWidget(area_box)
        left.addStretch(1)
        body.box.addLayout(left, 2)
        body.box.addWidget(self.point_box, 3)
        scroll = FormScroll(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.area_form.edited.connect(self._area_edited)
        self.point_form.edited.connect(self._point_edited)
        self.point_picker.activated.connect(self._point_picked)
        self.add_point_button.clicked.connect(self.new_record)

    def point_specs(self, lang: str) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Namn"), required=True),
            FieldSpec(
                "kind", self.tr("Typ av lokal"), "combo", choices(SAFETY_POINT_KIND_LABELS, lang)
            ),
            FieldSpec("address", self.tr("Adress")),
            FieldSpec("latitude", self.tr("Latitud (WGS84)"), placeholder="63.3275"),
            FieldSpec("longitude", self.tr("Longitud (WGS84)"), placeholder="14.4497"),
            FieldSpec("level", self.tr("Nivå"), "combo", choices(LEVELS, lang)),
            FieldSpec("status", self.tr("Status"), "combo", choices(POINT_STATUS_LABELS, lang)),
            FieldSpec(
                "services", self.tr("Det punkten erbjuder"), "checklist", choices(SERVICES, lang)
            ),
            FieldSpec(
                "reserve_power",
                self.tr("Reservkraft"),
                "combo",
                choices(RESERVE_POWER_LABELS, lang),
            ),
            FieldSpec("reserve_power_notes", self.tr("Om reservkraften"), "text"),
            FieldSpec("heating", self.tr("Värme")),
            FieldSpec("water", self.tr("Vatten")),
            FieldSpec("key_holder", self.tr("Nyckel finns hos")),
            FieldSpec("capacity_day", self.tr("Platser dagtid")),
            FieldSpec("capacity_night", self.tr("Platser natt")),
            FieldSpec("access_notes", self.tr("Tillträde"), "text"),
            FieldSpec("opening_routine", self.tr("Öppningsrutin"), "text"),
            FieldSpec("notes", self.tr("Anteckningar"), "text"),
        ]

    # -- loading -------------------------------------------------------------------------
    def page_op(self) -> Op[PointPage] | None:
        assert self.area_id is not None
        return ops.point_page(self.area_id)

    def show_page(self, page: PointPage | None) -> None:
        if page is None:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        # The same area read again (after a commit): what the user is typing meanwhile stays.
        again = page.area.id == self._shown_area
        # Another area (or point) replaces the forms: a refused value still in them is said
        # aloud, not silently dropped.
        lost = self._refused_values(self.area_form) if not again else []
        if not again or self._next_point(page) != self._shown_point:
            lost += self._refused_values(self.point_form)
        if lost:
            self._say_not_saved(self._shown_name, lost)
        self._shown_area = page.area.id
        self._shown_name = page.area.name
        area = page.area
        self.area_form.set_values(
            {
                "name": area.name,
                "villages": list(area.villages),
                "residents": area.residents,
                "local_group": area.local_group,
            },
            keep_edits=again,
        )
        points = page.points
        self.point_picker.blockSignals(True)
        self.point_picker.clear()
        for point in points:
            self.point_picker.addItem(point.name, point.id)
        self.point_picker.blockSignals(False)
        if self.point_id not in {p.id for p in points}:
            self.point_id = points[0].id if points else None
        self.point_picker.setVisible(len(points) > 1)
        self.empty_label.setVisible(not points)
        self.point_form.setVisible(bool(points))
        if self.point_id is not None:
            self.point_picker.setCurrentIndex(self.point_picker.findData(self.point_id))
            point = next(p for p in points if p.id == self.point_id)
            self.point_form.set_values(
                {name: getattr(point, name) for name in self.point_form.widgets},
                keep_edits=again and point.id == self._shown_point,
            )
        self._shown_point = self.point_id

    def _next_point(self, page: PointPage) -> str | None:
        ids = [p.id for p in page.points]
        return self.point_id if self.point_id in ids else (ids[0] if ids else None)

    def _refused_values(self, form: Form) -> list[tuple[str, str, str]]:
        """(label, typed value, reason) of each changed field the service refused (a coordinate
        with its pair's reason: "the longitude is missing")."""
        lost = []
        for key in form.widgets:
            if form.value(key) == form.loaded(key):
                continue
            group = COORDINATES if key in COORDINATES else (key,)
            reasons = [
                form.errors[k].accessibleName()
                for k in group
                if k in form.errors and form.errors[k].text()
            ]
            if reasons:
                lost.append((form.specs[key].label, str(form.value(key)), "; ".join(reasons)))
        return lost

    def _say_not_saved(self, where: str, lost: list[tuple[str, str, str]]) -> None:
        lines = [
            self.tr("%1: »%2« – %3").replace("%1", label).replace("%2", typed).replace("%3", why)
            for label, typed, why in lost
        ]
        QMessageBox.warning(
            self,
            "Trygghetsapp",
            self.tr("Det här sparades inte i %1 (rätta och skriv in det igen):").replace(
                "%1", where
            )
            + "\n"
            + "\n".join(lines),
        )

    def _point_picked(self, index: int) -> None:
        self.point_id = self.point_picker.itemData(index)
        self.refresh()

    # -- field-by-field commits ----------------------------------------------------------
    def _area_edited(self, key: str) -> None:
        if self.area_id is not None:
            self._commit(self.area_form, key, Entity.AREA, self.area_id)

    def _point_edited(self, key: str) -> None:
        if self.point_id is not None:
            self._commit(self.point_form, key, Entity.SAFETY_POINT, self.point_id)

    def _commit(self, form: Form, key: str, entity: Entity, row_id: str) -> None:
        # Coordinates are one value to the service (both or neither), so they travel together.
        keys = COORDINATES if key in COORDINATES else (key,)
        old = {k: form.loaded(k) for k in keys}
        new = {k: form.value(k) for k in keys}
        label = form.specs[key].label

        def taken() -> None:
            for k in keys:
                form.accept_value(k, new[k])  # what was sent, not what is typed since

        shown = (self._shown_area, self._shown_point if form is self.point_form else None)
        where = self._shown_name

        def refused(error: BaseException) -> None:
            now = (self._shown_area, self._shown_point if form is self.point_form else None)
            if isinstance(error, DomainError) and now != shown:  # the form shows another now
                lang = self.context.language
                self._say_not_saved(
                    where,
                    [
                        (form.specs[k].label, str(new.get(k, "")), p.message(lang))
                        for p in error.refusals
                        for k in [p.field]
                        if k in form.specs
                    ],
                )
            elif isinstance(error, DomainError):
                show_domain_errors(error, form.errors, self.context.language, self)
            else:
                report_unexpected(error, self)

        commands.update(
            self.context,
            self.tr("Ändra %1").replace("%1", label),
            entity,
            row_id,
            old,
            new,
            taken,
            refused,
            self.area_id,
        )

    # -- actions -------------------------------------------------------------------------
    def new_record(self) -> None:
        area_id = self.area_id
        if area_id is None:
            return
        lang = self.context.language
        specs = [
            FieldSpec("name", self.tr("Namn"), required=True),
            FieldSpec(
                "kind", self.tr("Typ av lokal"), "combo", choices(SAFETY_POINT_KIND_LABELS, lang)
            ),
            FieldSpec("address", self.tr("Adress")),
        ]

        def submit(values: dict[str, Any], done: Callable[[], None], failed: Failed) -> None:
            def created(new_id: str) -> None:
                self.point_id = new_id
                done()

            commands.create(
                self.context,
                self.tr("Ny trygghetspunkt"),
                Entity.SAFETY_POINT,
                {"area_id": area_id, **values},
                created,
                failed,
                area_id,
            )

        RecordDialog(self.tr("Ny trygghetspunkt"), specs, submit, lang, parent=self).exec()
