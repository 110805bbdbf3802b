"""The data model (SQLAlchemy 2 typed ORM).

Every synced table carries the same four sync columns (`SyncedRow`): a UUID made on this device, a
tombstone flag (rows are never removed, so a delete can travel to other replicas), and the stamp of
the last change (hybrid logical clock plus device). The full history lives in `change` (see
docs/sync-model.md): each committed edit appends one row per record touched, holding the fields it
set, so per-field registers can be rebuilt from it without changing these tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LEN = 36


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[str]: JSON,
        int: Integer,
        float: Float,
        str: Text,
        dt.date: Date,
        bool: Boolean,
    }


class SyncedRow:
    """Columns every replicated record has; none of them appears in export-json."""

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    deleted: Mapped[bool] = mapped_column(default=False, index=False)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    device_id: Mapped[str] = mapped_column(String(UUID_LEN), default="")


SYNC_COLUMNS = frozenset({"deleted", "hlc", "device_id"})
DERIVED_COLUMNS = frozenset({"due_date", "search_text"})
"""Columns computed from other fields on this replica: neither exported nor synced."""


def fk(target: str, nullable: bool = False) -> Any:
    return mapped_column(String(UUID_LEN), ForeignKey(target), nullable=nullable)


class Municipality(SyncedRow, Base):
    __tablename__ = "municipality"
    name: Mapped[str]
    code: Mapped[str] = mapped_column(default="")
    duty_phone: Mapped[str | None]
    switchboard_phone: Mapped[str | None]
    notes: Mapped[str] = mapped_column(default="")
    vma_frequency: Mapped[str] = mapped_column(default="")
    """The local P4 frequency for VMA ("100,0 MHz"), printed when an area registers none."""
    checklist_authors: Mapped[str] = mapped_column(default="")
    """Who drew up the checklists (printed on them and as the PDF's author)."""
    is_default: Mapped[bool] = mapped_column(default=False)
    """New areas get this municipality (the Kommun page sets it)."""


class Area(SyncedRow, Base):
    __tablename__ = "area"
    municipality_id: Mapped[str | None] = fk("municipality.id", nullable=True)
    name: Mapped[str] = mapped_column(index=True)
    villages: Mapped[list[str]] = mapped_column(default=list)
    residents: Mapped[int | None]
    area_km2: Mapped[float | None]
    local_group: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    search_text: Mapped[str] = mapped_column(default="")
    """Derived: case-folded name, villages and safety point names, for type-to-filter search."""


class SafetyPoint(SyncedRow, Base):
    __tablename__ = "safety_point"
    area_id: Mapped[str] = fk("area.id")
    name: Mapped[str]
    kind: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(default="")
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    level: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    services: Mapped[list[str]] = mapped_column(default=list)
    reserve_power: Mapped[str] = mapped_column(String(20), default="unknown")
    reserve_power_notes: Mapped[str] = mapped_column(default="")
    heating: Mapped[str] = mapped_column(default="")
    water: Mapped[str] = mapped_column(default="")
    key_holder: Mapped[str] = mapped_column(default="")
    access_notes: Mapped[str] = mapped_column(default="")
    opening_routine: Mapped[str] = mapped_column(default="")
    capacity_day: Mapped[int | None]
    capacity_night: Mapped[int | None]
    notes: Mapped[str] = mapped_column(default="")

    __table_args__ = (Index("ix_safety_point_area_id", "area_id"),)


class EquipmentItem(SyncedRow, Base):
    __tablename__ = "equipment_item"
    safety_point_id: Mapped[str] = fk("safety_point.id")
    category: Mapped[str] = mapped_column(String(30))
    name: Mapped[str]
    quantity: Mapped[float] = mapped_column(default=1.0)
    unit: Mapped[str] = mapped_column(default="st")
    location: Mapped[str] = mapped_column(default="")
    owner: Mapped[str] = mapped_column(default="")
    condition: Mapped[str] = mapped_column(String(20), default="ok")
    serial_number: Mapped[str] = mapped_column(default="")
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    last_checked: Mapped[dt.date | None]
    service_interval_days: Mapped[int | None]
    next_due: Mapped[dt.date | None]
    """Explicit next service or expiry date; when empty, last_checked + interval applies."""
    notes: Mapped[str] = mapped_column(default="")
    due_date: Mapped[dt.date | None]
    """Derived: the effective due date (domain.readiness); due lists become one indexed query."""
    # Reserve power (category "reserve_power"): printed as the generator block of the checklist
    # and of the reserve-power role card. Fuel type and tank size are facts (`fuel_type`,
    # `tank_litres`); where it stands is `location`. Other categories leave these empty.
    start_steps: Mapped[list[str]] = mapped_column(default=list)
    """How to start it (or, for an inlet, bring and connect the mobile unit): one step each."""
    switchover_steps: Mapped[list[str]] = mapped_column(default=list)
    """How to switch the building over to it (and what to switch on first)."""
    stop_steps: Mapped[list[str]] = mapped_column(default=list)
    """How to switch back to the grid and stop it."""
    runtime_hours: Mapped[float | None]
    """Hours on a full tank at `runtime_load_percent` load."""
    runtime_load_percent: Mapped[int | None]

    __table_args__ = (
        Index("ix_equipment_item_safety_point_id", "safety_point_id"),
        Index("ix_equipment_item_due_date", "due_date"),
    )


class Contact(SyncedRow, Base):
    __tablename__ = "contact"
    area_id: Mapped[str] = fk("area.id")
    name: Mapped[str]
    phone: Mapped[str | None]
    phone_alt: Mapped[str | None]
    email: Mapped[str] = mapped_column(default="")
    organisation: Mapped[str] = mapped_column(default="")
    skills: Mapped[list[str]] = mapped_column(default=list)
    legal_basis: Mapped[str] = mapped_column(String(20), default="")
    """A LegalBasis value, or "" while nobody has chosen one (shown in the overview)."""
    review_date: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(default="")

    __table_args__ = (
        Index("ix_contact_area_id", "area_id"),
        # The few deleted contacts, for the review of assignments left pointing at them.
        Index(
            "ix_contact_deleted",
            "id",
            sqlite_where=text("deleted"),
            postgresql_where=text("deleted"),
        ),
    )


class CrisisRole(SyncedRow, Base):
    __tablename__ = "crisis_role"
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str]
    name_en: Mapped[str] = mapped_column(default="")
    critical: Mapped[bool] = mapped_column(default=False)
    first_actions: Mapped[str] = mapped_column(default="")
    sort_order: Mapped[int] = mapped_column(default=100)


class RoleAssignment(SyncedRow, Base):
    __tablename__ = "role_assignment"
    area_id: Mapped[str] = fk("area.id")
    role_id: Mapped[str] = fk("crisis_role.id")
    contact_id: Mapped[str] = fk("contact.id")
    rank: Mapped[int] = mapped_column(default=0)
    """0 is the ordinary holder, 1 the first deputy, 2 the second, ..."""

    __table_args__ = (
        Index("ix_role_assignment_area_id", "area_id"),
        Index("ix_role_assignment_contact_id", "contact_id"),
    )


class InfoChannel(SyncedRow, Base):
    __tablename__ = "info_channel"
    area_id: Mapped[str] = fk("area.id")
    kind: Mapped[str] = mapped_column(String(30))
    identifier: Mapped[str]
    works_without_power: Mapped[bool] = mapped_column(default=False)
    last_tested: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(default="")

    __table_args__ = (Index("ix_info_channel_area_id", "area_id"),)


class Inspection(SyncedRow, Base):
    __tablename__ = "inspection"
    safety_point_id: Mapped[str] = fk("safety_point.id")
    date: Mapped[dt.date]
    inspector: Mapped[str]
    inspector_id: Mapped[str | None] = fk("contact.id", nullable=True)
    """The inspector as a contact, when they are one (the name is kept as typed beside it)."""
    notes: Mapped[str] = mapped_column(default="")
    finished: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_inspection_safety_point_id", "safety_point_id"),)


class InspectionFinding(SyncedRow, Base):
    __tablename__ = "inspection_finding"
    inspection_id: Mapped[str] = fk("inspection.id")
    equipment_id: Mapped[str] = fk("equipment_item.id")
    condition: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(default="")

    __table_args__ = (Index("ix_inspection_finding_inspection_id", "inspection_id"),)


# --- Local bookkeeping: never exported as records, never synced as rows. ---


class LocalDevice(Base):
    """This installation: its identity and the state of its clock and change counter."""

    __tablename__ = "local_device"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    name: Mapped[str]
    role: Mapped[str] = mapped_column(String(10), default="field")
    last_hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Change(Base):
    """One committed edit of one record: the fields it set, stamped. Immutable once written."""

    __tablename__ = "change"
    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    tx_seq: Mapped[int] = mapped_column(BigInteger)
    """First seq of the transaction this change belongs to (see ChangeTransaction)."""
    hlc: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(UUID_LEN))
    data: Mapped[str] = mapped_column(Text)
    """Canonical JSON object {field: value}; `deleted` is a field like any other."""

    __table_args__ = (Index("ix_change_row_id", "row_id"),)


class ChangeTransaction(Base):
    """One user action: the changes device_id made with seqs tx_seq..last_seq.

    `seen` is the version vector {device: highest contiguous seq} its author had applied before
    it; a change X is causally before this transaction iff seen[X.device] >= X.seq.
    """

    __tablename__ = "change_tx"
    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    tx_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[int] = mapped_column(BigInteger)
    seen: Mapped[str] = mapped_column(Text, default="{}")


class DeviceKnowledge(Base):
    """For each device whose changes we hold: the highest seq below which we hold them all."""

    __tablename__ = "device_knowledge"
    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    contiguous_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    name: Mapped[str] = mapped_column(default="")


SYNCED_MODELS: tuple[type[SyncedRow], ...] = (
    Municipality,
    Area,
    SafetyPoint,
    EquipmentItem,
    Contact,
    CrisisRole,
    RoleAssignment,
    InfoChannel,
    Inspection,
    InspectionFinding,
)
"""In dependency order: parents before children (import and demo insert in this order)."""


# --- Sync bookkeeping (trygghetsapp/sync): local to this replica, never exported or synced. ---


class SyncPeer(Base):
    """What we know about another device from the packages it wrote (see docs/sync.md).

    `acknowledged` is the version vector the device said it held when it wrote its newest package:
    for the office, that is what it has safely received from us. `clock_suspicious` is set when one
    of its changes carried a clock more than 24 h ahead of ours (accepted, but not followed).
    """

    __tablename__ = "sync_peer"
    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    name: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(String(10), default="field")
    acknowledged: Mapped[str] = mapped_column(Text, default="{}")
    last_package_at: Mapped[str] = mapped_column(default="")
    clock_suspicious: Mapped[bool] = mapped_column(default=False)
    max_hlc: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncFile(Base):
    """A package file met by import: imported, duplicate or refused (keyed by its SHA-256)."""

    __tablename__ = "sync_file"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(default="")
    seen_at: Mapped[str] = mapped_column(default="")
    outcome: Mapped[str] = mapped_column(String(20), default="imported")
    new_changes: Mapped[int] = mapped_column(default=0)
    message: Mapped[str] = mapped_column(default="")


class SyncExportMark(Base):
    """Per origin device: the seq up to which our incremental exports already carried changes."""

    __tablename__ = "sync_export_mark"
    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncConflictCandidate(Base):
    """Rows whose registers had a conflict when last materialised; re-derived when listed.

    A local edit can only resolve a conflict, never create one (it has seen every applied change),
    so this set is a superset of the open conflicts and the conflict list stays cheap to compute.
    """

    __tablename__ = "sync_conflict_row"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)


class SyncSetting(Base):
    """Small key/value settings of the sync subsystem (sync folder, last export and sync times)."""

    __tablename__ = "sync_setting"
    # Text on PostgreSQL: keys such as "erased:<uuid>" are longer than 40 (migration 0002).
    key: Mapped[str] = mapped_column(
        String(40).with_variant(Text(), "postgresql"), primary_key=True
    )
    value: Mapped[str] = mapped_column(Text, default="")


class AreaReadiness(Base):
    """Derived: an area's readiness counts kept up to date (store/readiness_counts.py), so the
    overview reads one row per area instead of counting every item. Computed on this replica
    from its own rows, by whoever writes them (a service, an import, a sync package); neither
    exported nor synced. The date-dependent counts hold from `counted_on` through
    `valid_through` (None: until the data changes); a row stale for a day is recounted."""

    __tablename__ = "area_readiness"
    area_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    has_safety_point: Mapped[bool]
    roles_without_holder: Mapped[int]
    critical_roles_without_deputy: Mapped[int]
    equipment_defect: Mapped[int]
    equipment_missing: Mapped[int]
    equipment_overdue: Mapped[int]
    equipment_never_checked: Mapped[int]
    channels_untested: Mapped[int]
    last_inspection: Mapped[dt.date | None]
    counted_on: Mapped[dt.date]
    valid_through: Mapped[dt.date | None]
    upcoming: Mapped[str] = mapped_column(Text, default="")
    """The days after `counted_on` on which a count changes by the date alone, and what changes
    ("12o,40c": store/readiness_counts.py `_upcoming`)."""
    roles_key: Mapped[str] = mapped_column(String(16))
    """The crisis-role catalogue the role counts were made with (a digest of the live roles and
    their critical flags): a row made with another catalogue is stale."""


class LocalSetting(Base):
    """Settings of this installation that never travel (the second backup folder, a USB stick's
    path on this computer): a small key/value table, not synced, not exported."""

    __tablename__ = "local_setting"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
