"""Create, change and delete any record with the same validation, reference checks and logging.

The entity modules (areas, equipment, ...) are thin typed wrappers over these three calls; keeping
the mechanics here means every door validates, checks references and writes the change log alike.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from trygghetsapp.domain import schemas
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import (
    Area,
    Contact,
    CrisisRole,
    EquipmentItem,
    Inspection,
    Municipality,
    SafetyPoint,
    SyncedRow,
)
from trygghetsapp.store.uow import UnitOfWork, entity_name

REFERENCES: dict[str, type[SyncedRow]] = {
    "municipality_id": Municipality,
    "area_id": Area,
    "safety_point_id": SafetyPoint,
    "role_id": CrisisRole,
    "contact_id": Contact,
    "inspector_id": Contact,
    "inspection_id": Inspection,
    "equipment_id": EquipmentItem,
}

View = TypeVar("View")


def check_references(uow: UnitOfWork, values: dict[str, Any]) -> None:
    for name, model in REFERENCES.items():
        ref = values.get(name)
        if ref is None:
            continue
        row = uow.session.get(model, ref)
        if row is None or row.deleted:
            raise DomainError(name, f"hänvisar till en post som saknas: {ref}", f"unknown {ref}")


def to_view(view: type[View], row: Any, **extra: Any) -> View:
    names = [f.name for f in dataclasses.fields(view)]  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for name in names:
        if name in extra:
            values[name] = extra[name]
        elif hasattr(row, name):
            value = getattr(row, name)
            values[name] = tuple(value) if isinstance(value, list) else value
    return view(**values)


Derive = Callable[[dict[str, Any]], dict[str, Any]]
"""Computes derived columns (not synced) from the record's full, cleaned values."""
After = Callable[[UnitOfWork, Any], None]
"""Runs inside the same transaction after the write (e.g. refresh an area's search text)."""


def create(
    database: Database,
    model: type[SyncedRow],
    values: dict[str, Any],
    derive: Derive | None = None,
    after: After | None = None,
) -> tuple[str, Changes]:
    entity = entity_name(model)
    cleaned = schemas.clean(entity, values)
    with UnitOfWork(database) as uow:
        check_references(uow, cleaned)
        row = uow.add(model, cleaned)
        if derive is not None:
            for name, value in derive(cleaned).items():
                setattr(row, name, value)
        if after is not None:
            uow.session.flush()
            after(uow, row)
        row_id = row.id
    return row_id, Changes.of_rows([*uow.pending.rows, (entity, row_id)], ids=(row_id,))


def update(
    database: Database,
    model: type[SyncedRow],
    row_id: str,
    values: dict[str, Any],
    derive: Derive | None = None,
    after: After | None = None,
) -> Changes:
    entity = entity_name(model)
    cleaned = schemas.clean(entity, values, partial=True)
    with UnitOfWork(database) as uow:
        row = uow.get(model, row_id)
        check_references(uow, cleaned)
        uow.set(row, cleaned)
        if derive is not None:
            current = {name: getattr(row, name) for name in schemas.FIELDS[entity]}
            for name, value in derive(current).items():
                setattr(row, name, value)
        if after is not None:
            uow.session.flush()
            after(uow, row)
    return Changes.of_rows([*uow.pending.rows, (entity, row_id)], ids=(row_id,))


def set_deleted(
    database: Database,
    model: type[SyncedRow],
    row_id: str,
    deleted: bool,
    after: After | None = None,
) -> Changes:
    """Delete (tombstone) or restore; restoring is how a delete is undone."""
    entity = entity_name(model)
    with UnitOfWork(database) as uow:
        row = uow.get(model, row_id) if deleted else uow.session.get(model, row_id)
        if row is None:
            raise DomainError(entity, f"hittades inte: {row_id}", f"not found: {row_id}")
        uow.set(row, {"deleted": deleted})
        if after is not None:
            uow.session.flush()
            after(uow, row)
    return Changes.of_rows([*uow.pending.rows, (entity, row_id)], ids=(row_id,))


def delete(
    database: Database, model: type[SyncedRow], row_id: str, after: After | None = None
) -> Changes:
    return set_deleted(database, model, row_id, True, after)


def restore(
    database: Database, model: type[SyncedRow], row_id: str, after: After | None = None
) -> Changes:
    return set_deleted(database, model, row_id, False, after)
