"""Plain, frozen read models the services return: safe to hold in a widget or a PDF builder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from trygghetsapp.domain.readiness import AreaGaps, DueState, deputies_covering

FICTION_MARK = "FIKTIV"


@dataclass(frozen=True)
class MunicipalityView:
    id: str
    name: str
    code: str
    duty_phone: str | None
    switchboard_phone: str | None
    notes: str
    vma_frequency: str = ""
    checklist_authors: str = ""
    is_default: bool = False


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
    def covering_deputies(self) -> tuple[AssignmentView, ...]:
        """The deputies who are another person than the holder (domain.readiness)."""
        holders = {self.holder.contact_id} if self.holder is not None else set()
        covering = deputies_covering(holders, [d.contact_id for d in self.deputies])
        return tuple(d for d in self.deputies if d.contact_id in covering)

    @property
    def deputy_is_holder(self) -> bool:
        """The holder is also down as a deputy: that covers nothing."""
        return self.holder is not None and any(
            d.contact_id == self.holder.contact_id for d in self.deputies
        )

    @property
    def missing_deputy(self) -> bool:
        return self.role.critical and not self.covering_deputies


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


class Entity(StrEnum):
    """The kinds of record (their table names), as `Changes` and the sync log name them.

    A `StrEnum`, so `Entity.CONTACT == "contact"`: the services' plain strings and these names
    are interchangeable, and the GUI writes the name once instead of repeating the literal.
    """

    MUNICIPALITY = "municipality"
    AREA = "area"
    SAFETY_POINT = "safety_point"
    EQUIPMENT = "equipment_item"
    CONTACT = "contact"
    CRISIS_ROLE = "crisis_role"
    ROLE_ASSIGNMENT = "role_assignment"
    CHANNEL = "info_channel"
    INSPECTION = "inspection"
    FINDING = "inspection_finding"


@dataclass(frozen=True)
class Changes:
    """What a service call changed, so each view refreshes only what it shows.

    `entities` are the kinds of record touched; no entities at all means "anything may have
    changed" (an import, a sync, a restore): views reload. `rows` names each changed record as
    (entity, id), set by the services from their unit of work; an entity in `entities` without
    rows of its own means "some of these changed, which is not known": views reload that kind.
    `areas` are the areas whose content changed, when known (the GUI adds the area an edit was
    made in). `ids` is the older flat list of the main record's id, kept for its readers.
    """

    entities: frozenset[str] = frozenset()
    ids: tuple[str, ...] = ()
    rows: frozenset[tuple[str, str]] = frozenset()
    areas: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # Every changed row's kind is a touched entity, whoever built the value.
        kinds = {entity for entity, _row_id in self.rows}
        if not kinds <= self.entities:
            object.__setattr__(self, "entities", self.entities | kinds)

    @classmethod
    def of_rows(
        cls, rows: Iterable[tuple[str, str]], also: Iterable[str] = (), ids: tuple[str, ...] = ()
    ) -> Changes:
        """From the (entity, id) keys a unit of work touched (`uow.pending.rows`)."""
        return cls(frozenset(also), ids, frozenset(rows))

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities))

    @property
    def everything(self) -> bool:
        """Nothing specific is known: every view reloads."""
        return not self.entities

    def ids_of(self, entity: str) -> frozenset[str] | None:
        """The changed records of one kind: empty when untouched, None when touched but which
        rows is not known (reload that kind), and None for `everything`."""
        if self.everything:
            return None
        if entity not in self.entities:
            return frozenset()
        found = frozenset(row_id for kind, row_id in self.rows if kind == entity)
        return found or None

    def in_areas(self, *area_ids: str | None) -> Changes:
        """The same changes, said to lie in these areas."""
        extra = frozenset(a for a in area_ids if a)
        return replace(self, areas=self.areas | extra) if extra - self.areas else self

    def __or__(self, other: Changes) -> Changes:
        if self.everything or other.everything:
            return Changes()
        # A kind either side changed in unknown rows stays unknown: its rows are dropped.
        unknown = self._unknown() | other._unknown()
        return Changes(
            self.entities | other.entities,
            self.ids + tuple(i for i in other.ids if i not in self.ids),
            frozenset(row for row in self.rows | other.rows if row[0] not in unknown),
            self.areas | other.areas,
        )

    def _unknown(self) -> frozenset[str]:
        return self.entities - {entity for entity, _row_id in self.rows}
