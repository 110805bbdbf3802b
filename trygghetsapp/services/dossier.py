"""Everything about one area in one read: what the area tabs and the printed checklist show."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from trygghetsapp.domain.hlc import to_datetime
from trygghetsapp.services import (
    areas,
    channels,
    contacts,
    equipment,
    inspections,
    municipalities,
    roles,
    safety_points,
)
from trygghetsapp.services.readmodels import AreaDossier
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import (
    Area,
    Contact,
    EquipmentItem,
    InfoChannel,
    RoleAssignment,
    SafetyPoint,
)
from trygghetsapp.store.uow import UnitOfWork


def data_revision(database: Database, area_id: str) -> dt.datetime | None:
    """The time of the newest change to the area or anything in it."""
    with UnitOfWork(database) as uow:
        session = uow.session
        points = select(SafetyPoint.id).where(SafetyPoint.area_id == area_id)
        stamps = [
            session.scalar(select(Area.hlc).where(Area.id == area_id)),
            session.scalar(select(func.max(SafetyPoint.hlc)).where(SafetyPoint.area_id == area_id)),
            session.scalar(
                select(func.max(EquipmentItem.hlc)).where(EquipmentItem.safety_point_id.in_(points))
            ),
            session.scalar(select(func.max(Contact.hlc)).where(Contact.area_id == area_id)),
            session.scalar(
                select(func.max(RoleAssignment.hlc)).where(RoleAssignment.area_id == area_id)
            ),
            session.scalar(select(func.max(InfoChannel.hlc)).where(InfoChannel.area_id == area_id)),
        ]
    newest = max((s for s in stamps if s), default=None)
    return to_datetime(newest) if newest else None


def area_dossier(database: Database, area_id: str, today: dt.date | None = None) -> AreaDossier:
    area = areas.get_area(database, area_id)
    return AreaDossier(
        area=area,
        municipality=municipalities.get_municipality(database, area.municipality_id),
        safety_points=tuple(safety_points.list_safety_points(database, area_id)),
        equipment=tuple(equipment.list_equipment(database, area_id=area_id, today=today)),
        contacts=tuple(contacts.list_contacts(database, area_id)),
        staffing=tuple(roles.staffing(database, area_id)),
        channels=tuple(channels.list_channels(database, area_id)),
        inspections=tuple(inspections.list_inspections(database, area_id=area_id)),
        data_revision=data_revision(database, area_id),
    )
