"""Informationskanaler tab: how people hear the news when power and network are gone."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trygghetsapp.domain.catalogues import CHANNEL_KIND_LABELS
from trygghetsapp.domain.readiness import channel_untested
from trygghetsapp.services import channels
from trygghetsapp.services.readmodels import ChannelView
from trygghetsapp.ui import commands
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import RecordDialog
from trygghetsapp.ui.form import FieldSpec, choices, display_text
from trygghetsapp.ui.labels import format_date, label
from trygghetsapp.ui.record_model import Column, RecordTableModel
from trygghetsapp.ui.tabs.base import (
    AreaTab,
    current_id,
    select_id,
)

FIELDS = ("kind", "identifier", "works_without_power", "last_tested", "notes")
RED = QColor("#b00020")


class ChannelsTab(AreaTab):
    entities = frozenset({"info_channel"})

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

        columns: list[Column[ChannelView]] = [
            Column(lambda: self.tr("Typ"), lambda r: label(CHANNEL_KIND_LABELS, r.kind, lang)),
            Column(lambda: self.tr("Kanal / nummer"), lambda r: r.identifier),
            Column(
                lambda: self.tr("Fungerar utan ström"),
                lambda r: self.tr("ja") if r.works_without_power else self.tr("nej"),
            ),
            Column(
                lambda: self.tr("Senast testad"),
                tested,
                sort_key=lambda r: r.last_tested,
                foreground=lambda r: RED if channel_untested(r.last_tested, today) else None,
            ),
            Column(lambda: self.tr("Anteckningar"), lambda r: r.notes.replace("\n", " ")),
        ]
        self.model: RecordTableModel[ChannelView] = RecordTableModel(columns, self)
        buttons = self.setup_record_table(
            self.model,
            self.tr("Informationskanaler"),
            {0: 170, 1: 200, 2: 140, 3: 230},
            self.tr("Ny kanal…"),
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
            else channels.list_channels(self.context.database, self.area_id)
        )
        self.model.set_rows(rows)

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

    def new_record(self) -> None:
        area_id = self.area_id
        if area_id is None:
            return
        db = self.context.database

        def submit(values: dict[str, Any]) -> None:
            new_id = commands.push_create(
                self.context,
                self.tr("Ny kanal"),
                lambda: channels.add_channel(db, {"area_id": area_id, **values}),
                lambda i: channels.delete_channel(db, i),
                lambda i: channels.restore_channel(db, i),
            )
            select_id(self.table, new_id)

        RecordDialog(
            self.tr("Ny kanal"), self.specs(), submit, self.context.language, parent=self
        ).exec()

    def edit_current(self) -> None:
        channel_id = current_id(self.table)
        if channel_id is None:
            return
        row = self.model.row(self.model.row_of(channel_id))
        old = {name: getattr(row, name) for name in FIELDS}
        db = self.context.database

        def submit(values: dict[str, Any]) -> None:
            changed = {
                k: v for k, v in values.items() if display_text(old.get(k)) != display_text(v)
            }
            commands.push_update(
                self.context,
                self.tr("Ändra %1").replace("%1", row.identifier),
                lambda v: channels.update_channel(db, channel_id, v),
                {k: old[k] for k in changed},
                changed,
                "info_channel",
            )

        RecordDialog(
            self.tr("Ändra kanal"), self.specs(), submit, self.context.language, old, self
        ).exec()

    def delete_current(self) -> None:
        db = self.context.database
        self.delete_selected(
            self.model,
            lambda row: row.identifier,
            self.tr("Ta bort %1"),
            lambda i: channels.delete_channel(db, i),
            lambda i: channels.restore_channel(db, i),
            "info_channel",
        )
