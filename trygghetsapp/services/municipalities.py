"""The municipality: its name and duty number (printed on every checklist)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from trygghetsapp.services import records
from trygghetsapp.services.readmodels import Changes, MunicipalityView
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import Municipality
from trygghetsapp.store.uow import UnitOfWork


def add_municipality(database: Database, values: dict[str, Any]) -> tuple[str, Changes]:
    return records.create(database, Municipality, values)


def update_municipality(database: Database, row_id: str, values: dict[str, Any]) -> Changes:
    return records.update(database, Municipality, row_id, values)


def list_municipalities(database: Database) -> list[MunicipalityView]:
    with UnitOfWork(database) as uow:
        rows = uow.session.scalars(
            select(Municipality).where(~Municipality.deleted).order_by(Municipality.name)
        )
        return [records.to_view(MunicipalityView, row) for row in rows]


def get_municipality(database: Database, row_id: str | None) -> MunicipalityView | None:
    if row_id is None:
        return None
    with UnitOfWork(database) as uow:
        row = uow.session.get(Municipality, row_id)
        if row is None or row.deleted:
            return None
        return records.to_view(MunicipalityView, row)
