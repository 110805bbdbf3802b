"""The municipality: its name, numbers, VMA frequency and checklist authors (printed on every
checklist), and which one new areas belong to (the default, set on the window's Kommun page).

A municipality is a synced record like any other: each edit is one unit of work with its change
rows, so it travels in sync packages and export-json. Marking one the default unmarks the others in
the same transaction; two laptops that each marked a different one leave two marked after a sync,
and `default_municipality` then takes the first by name, the same on every replica.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from trygghetsapp.services import records
from trygghetsapp.services.readmodels import Changes, MunicipalityView
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import Area, Municipality
from trygghetsapp.store.uow import UnitOfWork


def _one_default(uow: UnitOfWork, row: Municipality) -> None:
    """After a write: when this one is the default, no other is."""
    if not row.is_default:
        return
    others = uow.session.scalars(
        select(Municipality).where(
            Municipality.is_default, Municipality.id != row.id, ~Municipality.deleted
        )
    ).all()
    for other in others:
        uow.set(other, {"is_default": False})


def add_municipality(database: Database, values: dict[str, Any]) -> tuple[str, Changes]:
    return records.create(database, Municipality, values, after=_one_default)


def update_municipality(database: Database, row_id: str, values: dict[str, Any]) -> Changes:
    return records.update(database, Municipality, row_id, values, after=_one_default)


def delete_municipality(database: Database, row_id: str) -> Changes:
    return records.delete(database, Municipality, row_id)


def restore_municipality(database: Database, row_id: str) -> Changes:
    return records.restore(database, Municipality, row_id)


def list_municipalities(database: Database) -> list[MunicipalityView]:
    with UnitOfWork(database) as uow:
        rows = uow.session.scalars(
            select(Municipality)
            .where(~Municipality.deleted)
            .order_by(Municipality.name, Municipality.id)
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


def default_id(uow: UnitOfWork) -> str | None:
    """The municipality new areas get: the one marked default (the first by name if a sync
    left two marked), else the only one there is; None when there is no clear choice."""
    live = select(Municipality.id).where(~Municipality.deleted)
    marked = uow.session.scalar(
        live.where(Municipality.is_default).order_by(Municipality.name, Municipality.id).limit(1)
    )
    if marked is not None:
        return str(marked)
    only = uow.session.scalars(live.limit(2)).all()
    return str(only[0]) if len(only) == 1 else None


def default_municipality(database: Database) -> MunicipalityView | None:
    with UnitOfWork(database) as uow:
        found = default_id(uow)
    return get_municipality(database, found)


@dataclass(frozen=True)
class MunicipalityPage:
    """What the Kommun page shows: every municipality, and how many areas have none."""

    municipalities: list[MunicipalityView]
    areas_without: int


def municipality_page(database: Database) -> MunicipalityPage:
    with UnitOfWork(database) as uow:
        without = uow.session.scalar(
            select(func.count())
            .select_from(Area)
            .where(~Area.deleted, Area.municipality_id.is_(None))
        )
    return MunicipalityPage(list_municipalities(database), int(without or 0))


def assign_areas_without(database: Database, municipality_id: str) -> tuple[list[str], Changes]:
    """Give every area without a municipality this one, in one transaction (one change row per
    area, so it syncs); returns the areas it gave it to (undo takes them back)."""
    with UnitOfWork(database) as uow:
        uow.get(Municipality, municipality_id, "municipality")
        areas = uow.session.scalars(
            select(Area).where(~Area.deleted, Area.municipality_id.is_(None)).order_by(Area.id)
        ).all()
        for area in areas:
            uow.set(area, {"municipality_id": municipality_id})
        ids = [area.id for area in areas]
    return ids, Changes.of_rows(uow.pending.rows, {"area"})


def unassign_areas(database: Database, area_ids: list[str]) -> Changes:
    """Undo of `assign_areas_without`: these areas have no municipality again."""
    with UnitOfWork(database) as uow:
        for area_id in area_ids:
            area = uow.session.get(Area, area_id)
            if area is not None and not area.deleted:
                uow.set(area, {"municipality_id": None})
    return Changes.of_rows(uow.pending.rows, {"area"})
