"""Where a record lives, in words a user knows: its area and a short name for the record itself.

The conflict list and sync reports name records by entity and id; a user needs "Laxsjö/Ede,
Elverk". Deleted rows are located too (a conflict may concern a deleted contact), and a record
whose parent is missing is still named, just without an area.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from trygghetsapp.store.database import Database
from trygghetsapp.store.models import (
    Area,
    Contact,
    CrisisRole,
    EquipmentItem,
    InfoChannel,
    Inspection,
    InspectionFinding,
    Municipality,
    RoleAssignment,
    SafetyPoint,
)
from trygghetsapp.store.uow import UnitOfWork

MODELS: dict[str, Any] = {
    "municipality": Municipality,
    "area": Area,
    "safety_point": SafetyPoint,
    "equipment_item": EquipmentItem,
    "contact": Contact,
    "crisis_role": CrisisRole,
    "role_assignment": RoleAssignment,
    "info_channel": InfoChannel,
    "inspection": Inspection,
    "inspection_finding": InspectionFinding,
}


@dataclass(frozen=True)
class RecordPlace:
    """`area_id` is None for records outside any area (municipality, role catalogue) or when
    the record is unknown here."""

    entity: str
    row_id: str
    area_id: str | None
    area_name: str
    name: str
    """The record's own name ("Elverk", "Anna Berg – Ordförande", "Inventering 2026-11-02")."""
    deleted: bool


def _area_of(uow: UnitOfWork, entity: str, row: Any) -> str | None:
    session = uow.session
    if entity == "area":
        return str(row.id)
    if entity in ("safety_point", "contact", "role_assignment", "info_channel"):
        return str(row.area_id)
    if entity in ("equipment_item", "inspection"):
        point = session.get(SafetyPoint, row.safety_point_id)
        return str(point.area_id) if point is not None else None
    if entity == "inspection_finding":
        inspection = session.get(Inspection, row.inspection_id)
        if inspection is None:
            return None
        return _area_of(uow, "inspection", inspection)
    return None


def _name(uow: UnitOfWork, entity: str, row: Any) -> str:
    session = uow.session
    if entity == "role_assignment":
        contact = session.get(Contact, row.contact_id)
        role = session.get(CrisisRole, row.role_id)
        return " – ".join(x.name for x in (contact, role) if x is not None)
    if entity == "info_channel":
        return str(row.identifier)
    if entity == "inspection":
        return f"{row.date.isoformat()} {row.inspector}".strip()
    if entity == "inspection_finding":
        item = session.get(EquipmentItem, row.equipment_id)
        return str(item.name) if item is not None else ""
    return str(getattr(row, "name", "") or "")


def locate(
    database: Database, records: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], RecordPlace]:
    """One read transaction for all records; unknown entities or ids are left out."""
    out: dict[tuple[str, str], RecordPlace] = {}
    with UnitOfWork(database) as uow:
        for entity, row_id in records:
            model = MODELS.get(entity)
            row = uow.session.get(model, row_id) if model is not None else None
            if row is None:
                continue
            area_id = _area_of(uow, entity, row)
            area = uow.session.get(Area, area_id) if area_id else None
            out[(entity, row_id)] = RecordPlace(
                entity,
                row_id,
                area_id if area is not None else None,
                str(area.name) if area is not None else "",
                _name(uow, entity, row),
                bool(row.deleted),
            )
    return out
