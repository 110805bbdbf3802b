"""Equipment of a safety point, with due and overdue dates computed by the domain rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import select

from trygghetsapp.domain.readiness import due_state
from trygghetsapp.services import records
from trygghetsapp.services.readmodels import Changes, EquipmentView
from trygghetsapp.store.database import Database
from trygghetsapp.store.derived import derive_due_date
from trygghetsapp.store.models import EquipmentItem, SafetyPoint
from trygghetsapp.store.uow import UnitOfWork


def to_equipment_view(row: EquipmentItem, today: dt.date) -> EquipmentView:
    return records.to_view(
        EquipmentView,
        row,
        facts=dict(row.facts),
        due_state=due_state(row.due_date, row.last_checked, today),
    )


def add_equipment(database: Database, values: dict[str, Any]) -> tuple[str, Changes]:
    return records.create(database, EquipmentItem, values, derive=derive_due_date)


def update_equipment(database: Database, item_id: str, values: dict[str, Any]) -> Changes:
    return records.update(database, EquipmentItem, item_id, values, derive=derive_due_date)


def delete_equipment(database: Database, item_id: str) -> Changes:
    return records.delete(database, EquipmentItem, item_id)


def restore_equipment(database: Database, item_id: str) -> Changes:
    return records.restore(database, EquipmentItem, item_id)


def get_equipment(database: Database, item_id: str, today: dt.date | None = None) -> EquipmentView:
    with UnitOfWork(database) as uow:
        row = uow.get(EquipmentItem, item_id, "equipment")
        return to_equipment_view(row, today or dt.date.today())


def list_equipment(
    database: Database,
    area_id: str | None = None,
    safety_point_id: str | None = None,
    category: str | None = None,
    condition: str | None = None,
    today: dt.date | None = None,
    ids: Collection[str] | None = None,
) -> list[EquipmentView]:
    """Live equipment of an area or one point, by category then name; with `ids`, only those
    of them (a view refreshing the rows an edit changed)."""
    today = today or dt.date.today()
    with UnitOfWork(database) as uow:
        query = select(EquipmentItem).where(~EquipmentItem.deleted)
        if safety_point_id is not None:
            query = query.where(EquipmentItem.safety_point_id == safety_point_id)
        if area_id is not None:
            points = select(SafetyPoint.id).where(
                SafetyPoint.area_id == area_id, ~SafetyPoint.deleted
            )
            query = query.where(EquipmentItem.safety_point_id.in_(points))
        if category:
            query = query.where(EquipmentItem.category == category)
        if condition:
            query = query.where(EquipmentItem.condition == condition)
        if ids is not None:
            query = query.where(EquipmentItem.id.in_(list(ids)))
        query = query.order_by(EquipmentItem.category, EquipmentItem.name, EquipmentItem.id)
        return [to_equipment_view(row, today) for row in uow.session.scalars(query)]


def list_due(
    database: Database, within_days: int = 30, today: dt.date | None = None
) -> list[EquipmentView]:
    """Everything due within `within_days`, overdue and never-checked items included."""
    today = today or dt.date.today()
    limit = today + dt.timedelta(days=within_days)
    with UnitOfWork(database) as uow:
        query = (
            select(EquipmentItem)
            .where(~EquipmentItem.deleted)
            .where((EquipmentItem.due_date.is_(None)) | (EquipmentItem.due_date <= limit))
            .order_by(EquipmentItem.due_date, EquipmentItem.name)
        )
        return [to_equipment_view(row, today) for row in uow.session.scalars(query)]
