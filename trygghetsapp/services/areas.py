"""Areas (villages and districts) and the area list with type-to-filter search."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, or_, select

from trygghetsapp.domain.errors import DomainError, NotFoundError, quoted_en, quoted_sv
from trygghetsapp.domain.search import matches_every_word, search_key, search_words
from trygghetsapp.services import municipalities, records
from trygghetsapp.services.readmodels import AreaIndexEntry, AreaListItem, AreaView, Changes
from trygghetsapp.store.database import Database
from trygghetsapp.store.derived import refresh_search_text
from trygghetsapp.store.models import Area, SafetyPoint
from trygghetsapp.store.uow import UnitOfWork


def _refresh(uow: UnitOfWork, area: Area) -> None:
    refresh_search_text(uow, area.id)


def create_area(database: Database, values: dict[str, Any]) -> tuple[str, Changes]:
    """A new area belongs to the default municipality unless it names one (the Kommun page sets
    the default), so its checklist prints the duty officer's number from the start."""
    if "municipality_id" not in values:
        with UnitOfWork(database) as uow:
            values = {**values, "municipality_id": municipalities.default_id(uow)}
    return records.create(database, Area, values, after=_refresh)


def update_area(database: Database, area_id: str, values: dict[str, Any]) -> Changes:
    return records.update(database, Area, area_id, values, after=_refresh)


def delete_area(database: Database, area_id: str) -> Changes:
    return records.delete(database, Area, area_id)


def restore_area(database: Database, area_id: str) -> Changes:
    return records.restore(database, Area, area_id)


def get_area(database: Database, area_id: str) -> AreaView:
    with UnitOfWork(database) as uow:
        return records.to_view(AreaView, uow.get(Area, area_id, "area"))


def _filtered(search: str) -> Any:
    query = select(Area).where(~Area.deleted)
    for word in search_words(search):
        query = query.where(Area.search_text.contains(word, autoescape=True))
    return query


def count_areas(database: Database, search: str = "") -> int:
    with UnitOfWork(database) as uow:
        subquery = _filtered(search).subquery()
        return int(uow.session.scalar(select(func.count()).select_from(subquery)) or 0)


def list_areas(
    database: Database, search: str = "", limit: int | None = None, offset: int = 0
) -> list[AreaListItem]:
    """Areas matching every word of `search` in name, villages or safety point names, by name."""
    with UnitOfWork(database) as uow:
        # Columns, not ORM objects: a search keystroke, or the pages down to an area deep in a
        # national list, should not build and track thousands of full Area objects.
        query = (
            _filtered(search)
            .with_only_columns(Area.id, Area.name, Area.villages)
            .order_by(Area.name, Area.id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        areas = uow.session.execute(query).all()
        ids = [a.id for a in areas]
        points: dict[str, list[str]] = {}
        if ids:
            rows = uow.session.execute(
                select(SafetyPoint.area_id, SafetyPoint.name)
                .where(SafetyPoint.area_id.in_(ids), ~SafetyPoint.deleted)
                .order_by(SafetyPoint.name)
            )
            for area_id, name in rows:
                points.setdefault(area_id, []).append(name)
        return [
            AreaListItem(
                id=a.id,
                name=a.name,
                villages=", ".join(a.villages or []),
                safety_points=", ".join(points.get(a.id, [])),
            )
            for a in areas
        ]


def position_of(database: Database, search: str, area_id: str) -> int | None:
    """The row `area_id` has in `list_areas(search)` (0-based), or None when the search hides it
    or it does not exist: one indexed count, so the list can load the pages down to an area deep
    in a national list in one query instead of page by page."""
    with UnitOfWork(database) as uow:
        area = uow.session.get(Area, area_id)
        if area is None or area.deleted or not matches_every_word(area.search_text, search):
            return None
        matching = _filtered(search).subquery()
        before = or_(
            matching.c.name < area.name, and_(matching.c.name == area.name, matching.c.id < area.id)
        )
        return int(
            uow.session.scalar(select(func.count()).select_from(matching).where(before)) or 0
        )


def list_area_index(database: Database) -> list[AreaIndexEntry]:
    """Every area in list order with its search text (which already holds the villages and
    safety point names): one plain query, no ORM objects, for the 5,000 areas of a national
    database at window close."""
    with UnitOfWork(database) as uow:
        rows = uow.session.execute(
            select(Area.id, Area.name, Area.search_text)
            .where(~Area.deleted)
            .order_by(Area.name, Area.id)
        )
        return [AreaIndexEntry(*row) for row in rows]


class AmbiguousNameError(DomainError):
    """A name that several live areas share (import-json and the workbook accept that): the
    caller must say which by id; never one picked by guess, never "not found"."""

    def __init__(self, name: str, ids: list[str]):
        self.name = name
        self.ids = ids
        listed = ", ".join(ids)
        super().__init__(
            "area",
            f"{quoted_sv(name)} matchar {len(ids)} områden; ange områdets id i stället: {listed}",
            f"{quoted_en(name)} matches {len(ids)} areas; give the area's id instead: {listed}",
        )


def find_area(database: Database, name_or_id: str) -> AreaView:
    """By id, or by exact name (case-insensitive); used by the CLI's --area. A name no live
    area has is NotFoundError, one that several share AmbiguousNameError (with their ids)."""
    with UnitOfWork(database) as uow:
        row = uow.session.get(Area, name_or_id)
        if row is None or row.deleted:
            key = search_key(name_or_id.strip())
            candidates = uow.session.scalars(
                select(Area).where(~Area.deleted).order_by(Area.id)
            ).all()
            matches = [a for a in candidates if search_key(a.name) == key]
            if not matches:
                raise NotFoundError("area", name_or_id)
            if len(matches) > 1:
                raise AmbiguousNameError(name_or_id, [a.id for a in matches])
            row = matches[0]
        return records.to_view(AreaView, row)
