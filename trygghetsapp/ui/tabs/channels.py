"""Informationskanaler tab: how people hear the news when power and network are gone."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trygghetsapp.domain.catalogues import CHANNEL_KIND_LABELS
from trygghetsapp.domain.readiness import channel_untested
from trygghetsapp.services.readmodels import ChannelView, Entity
from trygghetsapp.ui import door as ops
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.door import Op
from trygghetsapp.ui.form import FieldSpec, choices
from trygghetsapp.ui.gaps import reveal
from trygghetsapp.ui.labels import format_date, label
from trygghetsapp.ui.record_model import Column, RecordTableModel
from trygghetsapp.ui.tabs.base import RecordTab, RecordTexts

FIELDS = ("kind", "identifier", "works_without_power", "last_tested", "notes")
RED = QColor("#b00020")


class Col(IntEnum):
    """The table's columns, in order."""

    KIND, IDENTIFIER, WITHOUT_POWER, LAST_TESTED, NOTES = range(5)


class ChannelsTab(RecordTab):
    entity = Entity.CHANNEL
    entities = frozenset({Entity.CHANNEL})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        import datetime as dt

        today = dt.date.today()
        lang = context.language

        def tested(row: ChannelView) -> str:
            if channel_untested(row.last_tested, today):
                return (
                    "⚠ "
                    + (format_date(row.last_tested) or self.tr("aldrig"))
                    + " – "
                    + self.tr("behöver testas")
                )
            return format_date(row.last_tested)

        columns: dict[Col, Column[ChannelView]] = {
            Col.KIND: Column(
                lambda: self.tr("Typ"), lambda r: label(CHANNEL_KIND_LABELS, r.kind, lang)
            ),
            Col.IDENTIFIER: Column(lambda: self.tr("Kanal / nummer"), lambda r: r.identifier),
            Col.WITHOUT_POWER: Column(
                lambda: self.tr("Fungerar utan ström"),
                lambda r: self.tr("ja") if r.works_without_power else self.tr("nej"),
            ),
            Col.LAST_TESTED: Column(
                lambda: self.tr("Senast testad"),
                tested,
                sort_key=lambda r: r.last_tested,
                foreground=lambda r: RED if channel_untested(r.last_tested, today) else None,
            ),
            Col.NOTES: Column(
                lambda: self.tr("Anteckningar"), lambda r: r.notes.replace("\n", " ")
            ),
        }
        model: RecordTableModel[ChannelView] = RecordTableModel(
            [columns[c] for c in Col], self, order=lambda r: (r.kind, r.identifier, r.id)
        )
        buttons = self.setup_record_table(
            model,
            self.tr("Informationskanaler"),
            {Col.KIND: 170, Col.IDENTIFIER: 200, Col.WITHOUT_POWER: 140, Col.LAST_TESTED: 230},
            self.tr("Ny kanal…"),
            self.tr("Ändra…"),
            self.tr("Ta bort"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def rows_op(self, area_id: str, ids: frozenset[str] | None) -> Op[list[ChannelView]]:
        return ops.list_channels(area_id, ids)

    def focus_gap(self, gap: str = "") -> None:
        """The first channel that needs testing, selected and in view."""
        import datetime as dt

        today = dt.date.today()
        reveal(self.table, self.model.rows(), lambda r: channel_untested(r.last_tested, today))

    def texts(self) -> RecordTexts:
        return RecordTexts(self.tr("Ny kanal"), self.tr("Ändra kanal"))

    def record_name(self, row: Any) -> str:
        return str(row.identifier)

    def form_values(self, row: Any) -> dict[str, Any]:
        return {name: getattr(row, name) for name in FIELDS}

    def specs(self) -> list[FieldSpec]:
        return [
            FieldSpec(
                "kind", self.tr("Typ"), "combo", choices(CHANNEL_KIND_LABELS, self.context.language)
            ),
            FieldSpec("identifier", self.tr("Kanal / nummer / adress"), required=True),
            FieldSpec("works_without_power", self.tr("Fungerar utan ström"), "check"),
            FieldSpec("last_tested", self.tr("Senast testad"), placeholder="ÅÅÅÅ-MM-DD"),
            FieldSpec("notes", self.tr("Anteckningar"), "text"),
        ]
