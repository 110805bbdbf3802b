"""Readiness of every area at once: a handful of grouped queries, not one query per area.

At national scale (5,000 areas, 500,000 items) the overview must come back within a second, so each
gap is counted by one aggregate over an indexed column; the rules themselves live in
domain.readiness.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from trygghetsapp.domain.readiness import CHANNEL_TEST_INTERVAL_DAYS, AreaGaps, role_gaps
from trygghetsapp.services.readmodels import OverviewRow
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import (
    Area,
    Contact,
    CrisisRole,
    EquipmentItem,
    InfoChannel,
    Inspection,
    RoleAssignment,
    SafetyPoint,
)
from trygghetsapp.store.uow import UnitOfWork


def _count(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def area_gaps(
    database: Database,
    area_ids: Collection[str] | None = None,
    today: dt.date | None = None,
) -> dict[str, AreaGaps]:
    today = today or dt.date.today()
    with UnitOfWork(database) as uow:
        session = uow.session

        def scoped(query, column):  # type: ignore[no-untyped-def]
            return query if area_ids is None else query.where(column.in_(list(area_ids)))

        areas = session.scalars(scoped(select(Area.id).where(~Area.deleted), Area.id)).all()
        live_point = and_(SafetyPoint.id == EquipmentItem.safety_point_id, ~SafetyPoint.deleted)
        points = dict(
            session.execute(
                scoped(
                    select(SafetyPoint.area_id, func.count())
                    .where(~SafetyPoint.deleted)
                    .group_by(SafetyPoint.area_id),
                    SafetyPoint.area_id,
                )
            ).all()
        )
        roles = session.execute(
            select(CrisisRole.id, CrisisRole.critical).where(~CrisisRole.deleted)
        )
        role_critical = dict(roles.all())
        # Who sits in each slot, not only that it is filled: a deputy who is the holder
        # covers nothing (domain.readiness.role_gaps).
        filled: dict[str, dict[str, dict[int, set[str]]]] = {}
        slots = session.execute(
            scoped(
                select(
                    RoleAssignment.area_id,
                    RoleAssignment.role_id,
                    RoleAssignment.rank,
                    RoleAssignment.contact_id,
                )
                .join(Contact, Contact.id == RoleAssignment.contact_id)
                .where(~RoleAssignment.deleted, ~Contact.deleted),
                RoleAssignment.area_id,
            )
        )
        for area_id, role_id, rank, contact_id in slots:
            ranks = filled.setdefault(area_id, {}).setdefault(role_id, {})
            ranks.setdefault(rank, set()).add(contact_id)
        # domain.readiness.due_state as SQL: overdue when a date has passed; never checked
        # (its own gap, not overdue) when no check is recorded and no date has passed.
        overdue_now = EquipmentItem.due_date < today
        never_checked = and_(
            EquipmentItem.last_checked.is_(None),
            or_(EquipmentItem.due_date.is_(None), EquipmentItem.due_date >= today),
        )
        equipment = {
            area_id: (defect or 0, missing or 0, overdue or 0, never or 0)
            for area_id, defect, missing, overdue, never in session.execute(
                scoped(
                    select(
                        SafetyPoint.area_id,
                        _count(EquipmentItem.condition == "defect"),
                        _count(EquipmentItem.condition == "missing"),
                        _count(overdue_now),
                        _count(never_checked),
                    )
                    .join(SafetyPoint, live_point)
                    .where(~EquipmentItem.deleted)
                    .group_by(SafetyPoint.area_id),
                    SafetyPoint.area_id,
                )
            )
        }
        last_inspection = dict(
            session.execute(
                scoped(
                    select(SafetyPoint.area_id, func.max(Inspection.date))
                    .join(SafetyPoint, SafetyPoint.id == Inspection.safety_point_id)
                    .where(~Inspection.deleted, Inspection.finished)
                    .group_by(SafetyPoint.area_id),
                    SafetyPoint.area_id,
                )
            ).all()
        )
        stale_before = today - dt.timedelta(days=CHANNEL_TEST_INTERVAL_DAYS)
        untested: dict[str, int] = dict(
            session.execute(
                scoped(
                    select(
                        InfoChannel.area_id,
                        _count(
                            or_(
                                InfoChannel.last_tested.is_(None),
                                InfoChannel.last_tested < stale_before,
                            )
                        ),
                    )
                    .where(~InfoChannel.deleted)
                    .group_by(InfoChannel.area_id),
                    InfoChannel.area_id,
                )
            ).all()
        )
    result: dict[str, AreaGaps] = {}
    for area_id in areas:
        without_holder, without_deputy = role_gaps(role_critical, filled.get(area_id, {}))
        defect, missing, overdue, never = equipment.get(area_id, (0, 0, 0, 0))
        last = last_inspection.get(area_id)
        result[area_id] = AreaGaps(
            has_safety_point=bool(points.get(area_id)),
            roles_without_holder=without_holder,
            critical_roles_without_deputy=without_deputy,
            equipment_defect=int(defect),
            equipment_missing=int(missing),
            equipment_overdue=int(overdue),
            equipment_never_checked=int(never),
            days_since_inspection=(today - last).days if last is not None else None,
            channels_untested=int(untested.get(area_id, 0) or 0),
        )
    return result


def overview(database: Database, today: dt.date | None = None) -> list[OverviewRow]:
    """Every live area with its gaps, by name."""
    gaps = area_gaps(database, today=today)
    with UnitOfWork(database) as uow:
        names = uow.session.execute(
            select(Area.id, Area.name).where(~Area.deleted).order_by(Area.name, Area.id)
        )
        return [
            OverviewRow(area_id=area_id, area_name=name, gaps=gaps[area_id])
            for area_id, name in names
            if area_id in gaps
        ]
