"""Plain, frozen read models the services return: safe to hold in a widget or a PDF builder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from trygghetsapp.domain.readiness import AreaGaps, DueState

FICTION_MARK = "FIKTIV"


@dataclass(frozen=True)
class MunicipalityView:
    id: str
    name: str
    code: str
    duty_phone: str | None
    switchboard_phone: str | None
    notes: str


@dataclass(frozen=True)
class AreaView:
    id: str
    municipality_id: str | None
    name: str
    villages: tuple[str, ...]
    residents: int | None
    area_km2: float | None
    local_group: str
    notes: str


@dataclass(frozen=True)
class AreaListItem:
    """A row of the area list: enough to search, show and badge it, nothing more."""

    id: str
    name: str
    villages: str
    safety_points: str


@dataclass(frozen=True)
class AreaIndexEntry:
    """A row of the whole area list with its derived search text: what the window shown before the
    database is open needs to list and filter the last session's areas (`ui/start_snapshot.py`)."""

    id: str
    name: str
    search_text: str


@dataclass(frozen=True)
class SafetyPointView:
    id: str
    area_id: str
    name: str
    kind: str
    address: str
    latitude: float | None
    longitude: float | None
    level: int
    status: str
    services: tuple[str, ...]
    reserve_power: str
    reserve_power_notes: str
    heating: str
    water: str
    key_holder: str
    access_notes: str
    opening_routine: str
    capacity_day: int | None
    capacity_night: int | None
    notes: str


@dataclass(frozen=True)
class EquipmentView:
    id: str
    safety_point_id: str
    category: str
    name: str
    quantity: float
    unit: str
    location: str
    owner: str
    condition: str
    serial_number: str
    facts: dict[str, Any]
    last_checked: dt.date | None
    service_interval_days: int | None
    next_due: dt.date | None
    notes: str
    due_date: dt.date | None
    due_state: DueState = DueState.OK
    start_steps: tuple[str, ...] = ()
    switchover_steps: tuple[str, ...] = ()
    stop_steps: tuple[str, ...] = ()
    runtime_hours: float | None = None
    runtime_load_percent: int | None = None

    @property
    def is_reserve_power(self) -> bool:
        return self.category == "reserve_power"


@dataclass(frozen=True)
class ContactView:
    id: str
    area_id: str
    name: str
    phone: str | None
    phone_alt: str | None
    email: str
    organisation: str
    skills: tuple[str, ...]
    legal_basis: str
    review_date: dt.date | None
    notes: str
    phone_display: str = ""
    phone_alt_display: str = ""


@dataclass(frozen=True)
class RoleView:
    id: str
    code: str
    name: str
    name_en: str
    critical: bool
    first_actions: str
    sort_order: int


@dataclass(frozen=True)
class AssignmentView:
    id: str
    area_id: str
    role_id: str
    contact_id: str
    rank: int
    contact_name: str
    phone_display: str


@dataclass(frozen=True)
class RoleStaffing:
    """One role of an area: who holds it and who stands in, and what is missing."""

    role: RoleView
    holder: AssignmentView | None
    deputies: tuple[AssignmentView, ...]

    @property
    def missing_holder(self) -> bool:
        return self.holder is None

    @property
    def missing_deputy(self) -> bool:
        return self.role.critical and not self.deputies


@dataclass(frozen=True)
class ChannelView:
    id: str
    area_id: str
    kind: str
    identifier: str
    works_without_power: bool
    last_tested: dt.date | None
    notes: str


@dataclass(frozen=True)
class FindingView:
    id: str
    inspection_id: str
    equipment_id: str
    equipment_name: str
    condition: str
    note: str


@dataclass(frozen=True)
class InspectionView:
    id: str
    safety_point_id: str
    date: dt.date
    inspector: str
    notes: str
    finished: bool
    inspector_id: str | None = None
    findings: tuple[FindingView, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class OverviewRow:
    area_id: str
    area_name: str
    gaps: AreaGaps


@dataclass(frozen=True)
class AreaDossier:
    """Everything about one area, as the tabs and the printed checklist need it."""

    area: AreaView
    municipality: MunicipalityView | None
    safety_points: tuple[SafetyPointView, ...]
    equipment: tuple[EquipmentView, ...]
    contacts: tuple[ContactView, ...]
    staffing: tuple[RoleStaffing, ...]
    channels: tuple[ChannelView, ...]
    inspections: tuple[InspectionView, ...]
    data_revision: dt.datetime | None
    """When the area's data last changed (newest stamp), printed on checklists."""

    @property
    def fictional(self) -> bool:
        """Demo or exercise data: it marks itself FIKTIV (the demo set does, DOMAIN.md §5) in
        the area, its municipality or a safety point's name. Printed with FIKTIV on every page."""
        texts = [self.area.name, self.area.notes, self.area.local_group]
        texts += [p.name for p in self.safety_points]
        if self.municipality is not None:
            texts += [self.municipality.name, self.municipality.notes]
        return any(FICTION_MARK in text for text in texts)


@dataclass(frozen=True)
class Changes:
    """What a service call changed, so each view refreshes only what it shows."""

    entities: frozenset[str] = frozenset()
    ids: tuple[str, ...] = ()

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities))
