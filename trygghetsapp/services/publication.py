"""What the app publishes: the safety points in a public or an internal profile.

Every file meant for someone outside the crisis organisation (the residents' web page, the
notice-board poster, the GIS files, the county's report) is built from a `Publication`, and the
profile is decided here, once, by what is read from the database: a public publication is made
from columns that hold no personal or security data, so no writer downstream can leak what it was
never given.

Public (the default for anything meant for residents or GIS, docs/privacy.md): each point's name,
kind, address, coordinates, level, status, what it offers, its kind of reserve power, heating,
water, opening routine and capacity; each area's name, villages, residents, size and local
group; the municipality's name and switchboard; the channels residents listen to (P4, the web,
social media, notice boards, SMS). Never: contacts or role holders, key holders, access notes
(key-box codes), reserve-power and fuel details, Rakel identities, two-way radio, satellite or
private phone numbers, the duty officer's number, notes, inspections.

Internal adds what the office works with: key holder, access notes, reserve-power notes, notes,
the generators' rating and fuel in stock, the local coordinator and their phone, the duty number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from trygghetsapp.domain.catalogues import ChannelKind
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.power import generator_kva
from trygghetsapp.domain.values import format_phone
from trygghetsapp.store.database import Database
from trygghetsapp.store.ids import catalogue_role_id
from trygghetsapp.store.models import (
    Area,
    Contact,
    EquipmentItem,
    InfoChannel,
    Municipality,
    RoleAssignment,
    SafetyPoint,
)
from trygghetsapp.store.uow import UnitOfWork

PUBLIC = "public"
INTERNAL = "internal"
PROFILES = (PUBLIC, INTERNAL)
PROFILE_NAMES = {PUBLIC: ("publik", "public"), INTERNAL: ("intern", "internal")}

PUBLIC_CHANNEL_KINDS = frozenset(
    {
        ChannelKind.RADIO_P4,
        ChannelKind.WEBSITE,
        ChannelKind.SOCIAL_MEDIA,
        ChannelKind.NOTICE_BOARD,
        ChannelKind.SMS,
    }
)
"""Channels a resident uses; Rakel, two-way radio, satellite and phone numbers stay internal."""


@dataclass(frozen=True)
class PublishedChannel:
    kind: str
    identifier: str
    works_without_power: bool


@dataclass(frozen=True)
class InternalDetails:
    """Only in the internal profile."""

    key_holder: str
    access_notes: str
    reserve_power_notes: str
    notes: str
    generator_kva: float | None
    fuel_litres: float | None
    coordinator: str
    coordinator_phone: str


@dataclass(frozen=True)
class PublishedPoint:
    id: str
    area_id: str
    area_name: str
    name: str
    kind: str
    address: str
    latitude: float | None
    longitude: float | None
    level: int
    status: str
    services: tuple[str, ...]
    reserve_power: str
    heating: str
    water: str
    opening_routine: str
    capacity_day: int | None
    capacity_night: int | None
    internal: InternalDetails | None = None


@dataclass(frozen=True)
class PublishedArea:
    id: str
    name: str
    villages: tuple[str, ...]
    residents: int | None
    area_km2: float | None
    local_group: str
    centroid: tuple[float, float] | None
    """Mean latitude and longitude of its located points (areas have no coordinates)."""
    channels: tuple[PublishedChannel, ...]
    notes: str | None = None
    """Internal only."""


@dataclass(frozen=True)
class Publication:
    profile: str
    made: dt.date
    municipality: str
    switchboard_phone: str
    duty_phone: str | None
    """Internal only (the duty officer's number is not for the public)."""
    areas: tuple[PublishedArea, ...]
    points: tuple[PublishedPoint, ...] = field(default=())

    @property
    def profile_sv(self) -> str:
        return PROFILE_NAMES[self.profile][0]

    def points_of(self, area_id: str) -> list[PublishedPoint]:
        return [p for p in self.points if p.area_id == area_id]


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise DomainError(
            "profile",
            f"okänd profil {profile!r} (public eller internal)",
            f"unknown profile {profile!r} (public or internal)",
        )
    return profile


def publication(
    database: Database,
    profile: str = PUBLIC,
    include_planned: bool = True,
    area_ids: Iterable[str] | None = None,
    today: dt.date | None = None,
) -> Publication:
    """The points (and their areas) for a file, in `profile`; planned points can be left out."""
    check_profile(profile)
    internal = profile == INTERNAL
    wanted = set(area_ids) if area_ids is not None else None
    with UnitOfWork(database) as uow:
        session = uow.session
        municipality = session.execute(
            select(Municipality.name, Municipality.switchboard_phone, Municipality.duty_phone)
            .where(~Municipality.deleted)
            .order_by(Municipality.name)
        ).first()
        area_rows = session.execute(
            select(
                Area.id,
                Area.name,
                Area.villages,
                Area.residents,
                Area.area_km2,
                Area.local_group,
                Area.notes,
            )
            .where(~Area.deleted)
            .order_by(Area.name, Area.id)
        ).all()
        point_columns = [
            SafetyPoint.id,
            SafetyPoint.area_id,
            SafetyPoint.name,
            SafetyPoint.kind,
            SafetyPoint.address,
            SafetyPoint.latitude,
            SafetyPoint.longitude,
            SafetyPoint.level,
            SafetyPoint.status,
            SafetyPoint.services,
            SafetyPoint.reserve_power,
            SafetyPoint.heating,
            SafetyPoint.water,
            SafetyPoint.opening_routine,
            SafetyPoint.capacity_day,
            SafetyPoint.capacity_night,
        ]
        if internal:
            point_columns += [
                SafetyPoint.key_holder,
                SafetyPoint.access_notes,
                SafetyPoint.reserve_power_notes,
                SafetyPoint.notes,
            ]
        query = select(*point_columns).where(~SafetyPoint.deleted)
        if not include_planned:
            query = query.where(SafetyPoint.status != "planned")
        point_rows = session.execute(query.order_by(SafetyPoint.name, SafetyPoint.id)).all()
        channel_query = select(
            InfoChannel.area_id,
            InfoChannel.kind,
            InfoChannel.identifier,
            InfoChannel.works_without_power,
        ).where(~InfoChannel.deleted)
        if not internal:
            channel_query = channel_query.where(InfoChannel.kind.in_(sorted(PUBLIC_CHANNEL_KINDS)))
        channels: dict[str, list[PublishedChannel]] = {}
        for area_id, kind, identifier, without_power in session.execute(
            channel_query.order_by(InfoChannel.kind, InfoChannel.identifier)
        ):
            channels.setdefault(area_id, []).append(
                PublishedChannel(kind, identifier, without_power)
            )
        details = _internal_details(uow) if internal else _Details()
    names = {row.id: row.name for row in area_rows}
    points = tuple(
        PublishedPoint(
            id=row.id,
            area_id=row.area_id,
            area_name=names.get(row.area_id, ""),
            name=row.name,
            kind=row.kind,
            address=row.address,
            latitude=row.latitude,
            longitude=row.longitude,
            level=row.level,
            status=row.status,
            services=tuple(row.services or ()),
            reserve_power=row.reserve_power,
            heating=row.heating,
            water=row.water,
            opening_routine=row.opening_routine,
            capacity_day=row.capacity_day,
            capacity_night=row.capacity_night,
            internal=_point_details(row, details) if internal else None,
        )
        for row in point_rows
        if row.area_id in names and (wanted is None or row.area_id in wanted)
    )
    located: dict[str, list[tuple[float, float]]] = {}
    for point in points:
        if point.latitude is not None and point.longitude is not None:
            located.setdefault(point.area_id, []).append((point.latitude, point.longitude))
    areas = tuple(
        PublishedArea(
            id=row.id,
            name=row.name,
            villages=tuple(row.villages or ()),
            residents=row.residents,
            area_km2=row.area_km2,
            local_group=row.local_group,
            centroid=_mean(located.get(row.id, [])),
            channels=tuple(channels.get(row.id, [])),
            notes=row.notes if internal else None,
        )
        for row in area_rows
        if wanted is None or row.id in wanted
    )
    return Publication(
        profile=profile,
        made=today or dt.date.today(),
        municipality=municipality.name if municipality else "",
        switchboard_phone=format_phone(municipality.switchboard_phone) if municipality else "",
        duty_phone=format_phone(municipality.duty_phone) if municipality and internal else None,
        areas=areas,
        points=points,
    )


def _mean(coordinates: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not coordinates:
        return None
    return (
        round(sum(c[0] for c in coordinates) / len(coordinates), 6),
        round(sum(c[1] for c in coordinates) / len(coordinates), 6),
    )


@dataclass
class _Details:
    kva: dict[str, float] = field(default_factory=dict)
    fuel: dict[str, float] = field(default_factory=dict)
    coordinator: dict[str, tuple[str, str]] = field(default_factory=dict)


def _internal_details(uow: UnitOfWork) -> _Details:
    details = _Details()
    for point_id, category, facts, quantity in uow.session.execute(
        select(
            EquipmentItem.safety_point_id,
            EquipmentItem.category,
            EquipmentItem.facts,
            EquipmentItem.quantity,
        ).where(
            ~EquipmentItem.deleted,
            EquipmentItem.category.in_(["reserve_power", "fuel"]),
            EquipmentItem.condition != "missing",
        )
    ):
        facts = facts or {}
        kva = generator_kva(facts) if category == "reserve_power" else None  # or from kW
        if kva is not None:
            details.kva[point_id] = details.kva.get(point_id, 0.0) + kva * (quantity or 1)
        if category == "fuel" and isinstance(facts.get("litres"), int | float):
            details.fuel[point_id] = details.fuel.get(point_id, 0.0) + facts["litres"]
    coordinator_role = catalogue_role_id("coordinator")
    for area_id, name, phone in uow.session.execute(
        select(RoleAssignment.area_id, Contact.name, Contact.phone)
        .join(Contact, Contact.id == RoleAssignment.contact_id)
        .where(
            ~RoleAssignment.deleted,
            ~Contact.deleted,
            RoleAssignment.role_id == coordinator_role,
            RoleAssignment.rank == 0,
        )
    ):
        details.coordinator.setdefault(area_id, (name, format_phone(phone)))
    return details


def _point_details(row: Any, details: _Details) -> InternalDetails:
    point_id = row.id
    coordinator = details.coordinator.get(row.area_id, ("", ""))
    return InternalDetails(
        key_holder=row.key_holder,
        access_notes=row.access_notes,
        reserve_power_notes=row.reserve_power_notes,
        notes=row.notes,
        generator_kva=details.kva.get(point_id),
        fuel_litres=details.fuel.get(point_id),
        coordinator=coordinator[0],
        coordinator_phone=coordinator[1],
    )
