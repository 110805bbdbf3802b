"""The safety point (trygghetspunkt) of an area: its details form."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from trygghetsapp.services import records
from trygghetsapp.services.readmodels import Changes, SafetyPointView
from trygghetsapp.store.database import Database
from trygghetsapp.store.derived import refresh_search_text
from trygghetsapp.store.models import SafetyPoint
from trygghetsapp.store.uow import UnitOfWork


def _refresh_area(uow: UnitOfWork, point: SafetyPoint) -> None:
    refresh_search_text(uow, point.area_id)


def create_safety_point(database: Database, values: dict[str, Any]) -> tuple[str, Changes]:
    return records.create(database, SafetyPoint, values, after=_refresh_area)


def update_safety_point(database: Database, point_id: str, values: dict[str, Any]) -> Changes:
    return records.update(database, SafetyPoint, point_id, values, after=_refresh_area)


def delete_safety_point(database: Database, point_id: str) -> Changes:
    return records.delete(database, SafetyPoint, point_id, after=_refresh_area)


def restore_safety_point(database: Database, point_id: str) -> Changes:
    return records.restore(database, SafetyPoint, point_id, after=_refresh_area)


def get_safety_point(database: Database, point_id: str) -> SafetyPointView:
    with UnitOfWork(database) as uow:
        return records.to_view(SafetyPointView, uow.get(SafetyPoint, point_id, "safety_point"))


def list_safety_points(database: Database, area_id: str) -> list[SafetyPointView]:
    with UnitOfWork(database) as uow:
        rows = uow.session.scalars(
            select(SafetyPoint)
            .where(SafetyPoint.area_id == area_id, ~SafetyPoint.deleted)
            .order_by(SafetyPoint.name, SafetyPoint.id)
        )
        return [records.to_view(SafetyPointView, row) for row in rows]
