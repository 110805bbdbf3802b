"""Utrustning tab: the area's equipment, sortable and filtered, with due dates highlighted.

Due and overdue are shown in words *and* colour ("2026-01-10 – försenad"), never colour alone.
The edit dialog offers the facts of the item's category (a generator's kVA, a fuel's type...)
from `catalogues.EQUIPMENT_CATEGORIES[...].facts`, and for reserve power (category
"reserve_power") its start, switch-over and stop steps (one per line) and its run time at load,
which the checklist prints as the generator's block (`catalogues.GENERATOR_FIELDS`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.catalogues import (
    CONDITION_LABELS,
    DATE_FACTS,
    EQUIPMENT_CATEGORIES,
    FACT_LABELS,
    GENERATOR_FIELDS,
    Condition,
)
from trygghetsapp.domain.power import generator_kva, generator_kw
from trygghetsapp.domain.readiness import DueState, IntervalUnit, interval_days, interval_parts
from trygghetsapp.services.readmodels import Entity, EquipmentView, SafetyPointView
from trygghetsapp.ui import door as ops
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import RecordDialog
from trygghetsapp.ui.door import Op
from trygghetsapp.ui.form import FieldSpec, choices
from trygghetsapp.ui.gaps import Gap, reveal
from trygghetsapp.ui.labels import format_date, format_number, label
from trygghetsapp.ui.record_model import Column, RecordTableModel
from trygghetsapp.ui.tabs.base import RecordTab, RecordTexts

RED = QColor("#b00020")
AMBER = QColor("#8a5300")
PALE_RED = QColor("#fde7ea")
PALE_AMBER = QColor("#fff4dc")

EDITABLE = (
    "safety_point_id",
    "category",
    "name",
    "quantity",
    "unit",
    "condition",
    "location",
    "owner",
    "serial_number",
    "last_checked",
    "service_interval_days",
    "next_due",
    "notes",
    "start_steps",
    "switchover_steps",
    "stop_steps",
    "runtime_hours",
    "runtime_load_percent",
)
RESERVE_POWER = "reserve_power"
STEP_FIELDS = ("start_steps", "switchover_steps", "stop_steps")
RUNTIME_FIELDS = ("runtime_hours", "runtime_load_percent")
CHECKED_NOW = "checked_now"
"""The new-item dialog's "Kontrollerad nu" box (not a stored field: it sets last_checked)."""
INTERVAL_UNIT = "service_interval_unit"
"""The interval's unit in the dialog (months or years; not stored: the interval is in days)."""
EXPIRY_FACTS = ("expires_on", "best_before")
"""Facts that are a date the item stops being usable (domain.catalogues.DATE_FACTS)."""
STEP_LINES = 7
"""Lines a step field shows without scrolling (a generator's steps are at most 9)."""


def due_text(item: EquipmentView) -> str:
    date = format_date(item.due_date)
    if item.due_state == DueState.NEVER_CHECKED:
        return QCoreApplication.translate("EquipmentTab", "aldrig kontrollerad")
    # The words outside the f-strings: lupdate does not look inside them, so "snart" and
    # "försenad" had no English and showed in Swedish in the English window (user test).
    if item.due_state == DueState.OVERDUE:
        late = QCoreApplication.translate("EquipmentTab", "försenad")
        return f"{date} – {late}"
    if item.due_state == DueState.DUE_SOON:
        soon = QCoreApplication.translate("EquipmentTab", "snart")
        return f"{date} – {soon}"
    return date


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None  # empty, or a typo the service refuses beside its field


def _expiry_is_due(values: dict[str, Any]) -> None:
    """An expiry typed in the category's own field ("Utgångsdatum", "Bäst före") is also the
    item's next service / expiry date when that is empty or later: else the item counted as
    in order up to its check interval, expired pads and all (user test). Never moved later
    here: a later expiry with an earlier date set errs on the side of checking sooner."""
    expiries = [_as_date(values["facts"].get(f)) for f in EXPIRY_FACTS]
    earliest = min((d for d in expiries if d is not None), default=None)
    if earliest is None:
        return
    due = _as_date(values.get("next_due"))
    if due is None and values.get("next_due") not in (None, ""):
        return  # a typo in the field itself: the service says so
    if due is None or earliest < due:
        values["next_due"] = earliest


def due_colour(item: EquipmentView) -> QColor | None:
    """Red for overdue; amber for never checked (a gap of its own, not late) and due soon."""
    if item.due_state == DueState.OVERDUE:
        return RED
    return AMBER if item.due_state in (DueState.DUE_SOON, DueState.NEVER_CHECKED) else None


def due_background(item: EquipmentView) -> QColor | None:
    if item.due_state == DueState.OVERDUE:
        return PALE_RED
    return PALE_AMBER if item.due_state in (DueState.DUE_SOON, DueState.NEVER_CHECKED) else None


def condition_colour(item: EquipmentView) -> QColor | None:
    return RED if item.condition in (Condition.DEFECT, Condition.MISSING) else None


class Col(IntEnum):
    """The table's columns, in order."""

    CATEGORY, NAME, QUANTITY, CONDITION, LOCATION, LAST_CHECKED, DUE = range(7)


class EquipmentTab(RecordTab):
    entity = Entity.EQUIPMENT
    entities = frozenset({Entity.EQUIPMENT, Entity.SAFETY_POINT, Entity.INSPECTION})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lang = context.language
        self.points: list[SafetyPointView] = []
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("Alla kategorier"), "")
        for code, category in EQUIPMENT_CATEGORIES.items():
            self.category_filter.addItem(category.label.text(lang), code)
        self.category_filter.setAccessibleName(self.tr("Filtrera på kategori"))
        self.condition_filter = QComboBox()
        self.condition_filter.addItem(self.tr("Alla skick"), "")
        for code, lab in CONDITION_LABELS.items():
            self.condition_filter.addItem(lab.text(lang), code)
        self.condition_filter.setAccessibleName(self.tr("Filtrera på skick"))
        columns: dict[Col, Column[EquipmentView]] = {
            Col.CATEGORY: Column(
                lambda: self.tr("Kategori"),
                lambda r: label(
                    {k: c.label for k, c in EQUIPMENT_CATEGORIES.items()}, r.category, lang
                ),
            ),
            Col.NAME: Column(lambda: self.tr("Namn"), lambda r: r.name),
            Col.QUANTITY: Column(
                lambda: self.tr("Antal"),
                lambda r: f"{format_number(r.quantity)} {r.unit}",
                sort_key=lambda r: r.quantity,
            ),
            Col.CONDITION: Column(
                lambda: self.tr("Skick"),
                lambda r: label(CONDITION_LABELS, r.condition, lang),
                foreground=condition_colour,
                bold=lambda r: condition_colour(r) is not None,
            ),
            Col.LOCATION: Column(lambda: self.tr("Plats"), lambda r: r.location),
            Col.LAST_CHECKED: Column(
                lambda: self.tr("Senast kontrollerad"),
                lambda r: format_date(r.last_checked),
                sort_key=lambda r: r.last_checked,
            ),
            Col.DUE: Column(
                lambda: self.tr("Nästa service / utgång"),
                due_text,
                sort_key=lambda r: r.due_date,
                foreground=due_colour,
                background=due_background,
                bold=lambda r: due_colour(r) is not None,
            ),
        }
        model: RecordTableModel[EquipmentView] = RecordTableModel(
            [columns[c] for c in Col], self, order=lambda r: (r.category, r.name, r.id)
        )
        buttons = self.setup_record_table(
            model,
            self.tr("Utrustning"),
            # Room for the last column's header at 1280 px: "Antal" needs no 100 px.
            {Col.CATEGORY: 140, Col.NAME: 150, Col.QUANTITY: 70, Col.CONDITION: 100},
            self.tr("Ny utrustning…"),
            self.tr("Ändra…"),
            self.tr("Ta bort"),
        )
        self.summary = QLabel()
        # Wraps rather than widening the tab: the tab widget is as wide as its widest page, and
        # the area list beside it would give up its room (the never-checked count made it long).
        self.summary.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kategori:")))
        filters.addWidget(self.category_filter)
        filters.addWidget(QLabel(self.tr("Skick:")))
        filters.addWidget(self.condition_filter)
        filters.addStretch(1)
        filters.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.category_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.condition_filter.currentIndexChanged.connect(lambda _i: self.refresh())

    # -- loading -------------------------------------------------------------------------
    def page_op(self) -> Op[Any] | None:
        assert self.area_id is not None
        area_id = self.area_id
        items = self.rows_op(area_id, None)
        points = ops.list_safety_points(area_id)
        return lambda db: (points(db), items(db))

    def show_page(self, page: Any) -> None:
        self.points, items = page if page is not None else ([], [])
        super().show_page(items)

    def rows_op(self, area_id: str, ids: frozenset[str] | None) -> Op[list[EquipmentView]]:
        return ops.list_equipment(
            area_id,
            category=self.category_filter.currentData() or None,
            condition=self.condition_filter.currentData() or None,
            ids=ids,
        )

    def show_summary(self) -> None:
        items = self.model.rows()
        overdue = sum(1 for i in items if i.due_state == DueState.OVERDUE)
        never = sum(1 for i in items if i.due_state == DueState.NEVER_CHECKED)
        text = self.tr("%1 st").replace("%1", str(len(items)))
        text += ", " + self.tr("%n försenade", "", overdue)
        if never:
            text += ", " + self.tr("%n aldrig kontrollerade", "", never)
        self.summary.setText(text)

    def focus_gap(self, gap: str = "") -> None:
        """Select the first item with the gap (broken, missing, overdue) and scroll to it; a
        filter that hides every such item is cleared first."""
        wanted = {
            Gap.DEFECT: lambda r: r.condition == Condition.DEFECT,
            Gap.MISSING: lambda r: r.condition == Condition.MISSING,
            Gap.OVERDUE: lambda r: r.due_state == DueState.OVERDUE,
        }.get(Gap(gap) if gap in set(Gap) else Gap.OVERDUE)
        if wanted is None:
            return
        if reveal(self.table, self.model.rows(), wanted):
            return
        if self.category_filter.currentIndex() or self.condition_filter.currentIndex():
            for combo in (self.category_filter, self.condition_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.refresh(then=lambda: self._reveal(wanted))

    def _reveal(self, wanted: Callable[[EquipmentView], bool]) -> None:
        reveal(self.table, self.model.rows(), wanted)

    # -- dialog --------------------------------------------------------------------------
    def texts(self) -> RecordTexts:
        return RecordTexts(self.tr("Ny utrustning"), self.tr("Ändra utrustning"))

    def specs(self) -> list[FieldSpec]:
        lang = self.context.language
        specs = [
            FieldSpec(
                "category",
                self.tr("Kategori"),
                "combo",
                [(code, c.label.text(lang)) for code, c in EQUIPMENT_CATEGORIES.items()],
            ),
            FieldSpec("name", self.tr("Namn"), required=True),
            FieldSpec("quantity", self.tr("Antal")),
            FieldSpec("unit", self.tr("Enhet"), placeholder=self.tr("st, liter, kg…")),
            FieldSpec(
                "condition",
                self.tr("Skick"),
                "combo",
                choices(CONDITION_LABELS, lang),
            ),
            FieldSpec("location", self.tr("Plats")),
            FieldSpec("owner", self.tr("Ägare")),
            FieldSpec("serial_number", self.tr("Serienummer")),
            FieldSpec("last_checked", self.tr("Senast kontrollerad"), placeholder="ÅÅÅÅ-MM-DD"),
            FieldSpec(
                "service_interval_days",
                self.tr("Kontrollintervall"),
                placeholder=self.tr("kategorins standard"),
            ),
            FieldSpec(
                INTERVAL_UNIT,
                self.tr("Intervallet i"),
                "combo",
                [
                    (IntervalUnit.MONTHS, self.tr("månader")),
                    (IntervalUnit.YEARS, self.tr("år")),
                ],
            ),
            FieldSpec("next_due", self.tr("Nästa service / utgång"), placeholder="ÅÅÅÅ-MM-DD"),
        ]
        facts = sorted({f for c in EQUIPMENT_CATEGORIES.values() for f in c.facts})
        for fact in facts:
            specs.append(
                FieldSpec(
                    f"facts.{fact}",
                    FACT_LABELS[fact].text(lang),
                    placeholder="ÅÅÅÅ-MM-DD" if fact in DATE_FACTS else "",
                )
            )
        for name in STEP_FIELDS:
            specs.append(FieldSpec(name, GENERATOR_FIELDS[name].text(lang), "text"))
        for name in RUNTIME_FIELDS:
            specs.append(FieldSpec(name, GENERATOR_FIELDS[name].text(lang)))
        specs.append(FieldSpec("notes", self.tr("Anteckningar"), "text"))
        return specs

    def dialog(
        self, title: str, values: dict[str, Any], submit: Any, row: Any | None
    ) -> RecordDialog:
        specs = self.specs()
        points = [(p.id, p.name) for p in self.points]
        if len(points) > 1:  # an area with two points: say which one holds it
            specs.insert(
                0, FieldSpec("safety_point_id", self.tr("Trygghetspunkt"), "combo", points)
            )
        if row is None:  # registering: was it checked now? (default yes: not "never checked")
            at = next(i for i, spec in enumerate(specs) if spec.key == "last_checked")
            specs.insert(at, FieldSpec(CHECKED_NOW, self.tr("Kontrollerad i dag"), "check"))
        dialog = RecordDialog(title, specs, submit, self.context.language, values, self)
        form = dialog.form
        self._interval_beside_its_unit(form, values)
        if row is None:
            self._checked_now_fills_the_date(form)
        self._kva_beside_kw(form)
        category_box = form.widgets["category"]
        assert isinstance(category_box, QComboBox)
        hints = {
            "start_steps": self.tr("Ett steg per rad:\nÖppna luckan\nVrid nyckeln till START"),
            "switchover_steps": self.tr("Ett steg per rad:\nFäll omkopplaren till RESERV"),
            "stop_steps": self.tr("Ett steg per rad:\nFäll omkopplaren till NÄT"),
        }
        for name, hint in hints.items():
            steps_box = form.widgets[name]
            assert isinstance(steps_box, QPlainTextEdit)
            steps_box.setPlaceholderText(hint)
            lines = steps_box.fontMetrics().lineSpacing() * STEP_LINES
            steps_box.setFixedHeight(lines + 2 * steps_box.frameWidth() + 8)
        form.widgets["runtime_hours"].setToolTip(
            self.tr("Timmar på full tank vid den last som anges i fältet under")
        )

        def show_facts() -> None:
            code = category_box.currentData()
            category = EQUIPMENT_CATEGORIES.get(code)
            wanted = set(category.facts) if category else set()
            for key in form.widgets:
                if key.startswith("facts."):
                    form.set_field_visible(key, key.removeprefix("facts.") in wanted)
            for key in (*STEP_FIELDS, *RUNTIME_FIELDS):
                form.set_field_visible(key, code == RESERVE_POWER)

        category_box.currentIndexChanged.connect(lambda _i: show_facts())
        show_facts()
        return dialog

    def _interval_beside_its_unit(self, form: Any, values: dict[str, Any]) -> None:
        """The unit combo stands beside the number, in the interval's row (its own row goes)."""
        unit = form.widgets[INTERVAL_UNIT]
        assert isinstance(unit, QComboBox)
        if values.get(INTERVAL_UNIT) == IntervalUnit.DAYS:  # an interval of no whole months
            unit.addItem(self.tr("dagar"), IntervalUnit.DAYS)
            unit.setCurrentIndex(unit.findData(IntervalUnit.DAYS))
        row = form.boxes["service_interval_days"].layout()
        line = QHBoxLayout()
        number = form.widgets["service_interval_days"]
        row.removeWidget(number)
        number.setMaximumWidth(170)
        line.addWidget(number)
        line.addWidget(unit)
        line.addStretch(1)
        row.insertLayout(0, line)
        form.set_field_visible(INTERVAL_UNIT, False)

    def _checked_now_fills_the_date(self, form: Any) -> None:
        """Checked now: the date is today's and fixed; not checked now: a date or none."""
        box = form.widgets[CHECKED_NOW]
        date = form.widgets["last_checked"]
        assert isinstance(box, QCheckBox) and isinstance(date, QLineEdit)

        def follow(checked: bool) -> None:
            if checked:
                date.setText(format_date(dt.date.today()))
            elif date.text() == format_date(dt.date.today()):
                date.clear()
            date.setReadOnly(checked)

        box.toggled.connect(follow)
        follow(box.isChecked())

    def _kva_beside_kw(self, form: Any) -> None:
        """A generator's kW, and under it the kVA it is rated and hired in (domain/power.py)."""
        field = form.widgets["facts.kw"]
        assert isinstance(field, QLineEdit)
        category_box = form.widgets["category"]
        note = QLabel()
        note.setObjectName("kvaNote")
        form.boxes["facts.kw"].layout().addWidget(note)

        def show() -> None:
            text = field.text().strip().replace(",", ".")
            try:
                kw = float(text)
            except ValueError:
                kw = None
            kva = generator_kva({"kw": kw}) if kw is not None and kw > 0 else None
            generator = category_box.currentData() == RESERVE_POWER
            note.setText(
                self.tr("≈ %1 kVA märkeffekt (effektfaktor 0,8)").replace("%1", format_number(kva))
                if kva is not None
                else ""
            )
            note.setVisible(generator and kva is not None)

        field.textChanged.connect(lambda _t: show())
        category_box.currentIndexChanged.connect(lambda _i: show())
        show()

    def form_values(self, row: Any) -> dict[str, Any]:
        shown: dict[str, Any] = {name: getattr(row, name) for name in EDITABLE}
        shown["facts"] = dict(row.facts)
        for name in STEP_FIELDS:
            shown[name] = "\n".join(shown[name])
        amount, unit = interval_parts(row.service_interval_days)
        shown["service_interval_days"], shown[INTERVAL_UNIT] = amount, unit
        facts = dict(row.facts)
        if row.category == RESERVE_POWER and "kw" not in facts:  # registered in kVA before
            kw = generator_kw(facts)
            if kw is not None:
                facts["kw"] = kw
        return {**shown, **{f"facts.{k}": v for k, v in facts.items()}}

    def to_service(self, values: dict[str, Any]) -> dict[str, Any]:
        """Form values -> service values: facts of the chosen category gathered in one dict;
        the generator's steps one per non-blank line, and only for reserve power (another
        category has none, like the facts it does not offer). The service checks them."""
        code = values.get("category") or "other"
        category = EQUIPMENT_CATEGORIES.get(code)
        wanted = set(category.facts) if category else set()
        result = {k: v for k, v in values.items() if not k.startswith("facts.")}
        if result.pop(CHECKED_NOW, False):
            result["last_checked"] = dt.date.today()
        unit = result.pop(INTERVAL_UNIT, IntervalUnit.MONTHS) or IntervalUnit.MONTHS
        if "service_interval_days" in result:  # months or years in the form, days stored
            result["service_interval_days"] = interval_days(result["service_interval_days"], unit)
        result["facts"] = {
            k.removeprefix("facts."): v
            for k, v in values.items()
            if k.startswith("facts.") and k.removeprefix("facts.") in wanted and v != ""
        }
        _expiry_is_due(result)
        generator = code == RESERVE_POWER
        for name in STEP_FIELDS:
            text = (values.get(name) or "") if generator else ""
            result[name] = [line for line in text.splitlines() if line.strip()]
        for name in RUNTIME_FIELDS:
            result[name] = values.get(name) if generator else None
        return result

    def new_values(self) -> dict[str, Any] | None:
        if not self.points:
            self.context.error.emit(
                self.tr("Lägg först till en trygghetspunkt under fliken Trygghetspunkt.")
            )
            return None
        return {
            "category": self.category_filter.currentData() or "other",
            "quantity": 1,
            "safety_point_id": self.points[0].id,
            CHECKED_NOW: True,
        }

    def new_service_values(self, area_id: str, values: dict[str, Any]) -> dict[str, Any]:
        return {"safety_point_id": self.points[0].id, **self.to_service(values)}
