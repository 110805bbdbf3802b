"""Crisis roles (an editable catalogue) and who holds them in an area.

A role slot is (area, role, rank): rank 0 is the ordinary holder, 1.. the deputies. Assignments are
link rows: putting someone in a slot tombstones the previous assignment and adds a new one, so two
laptops editing the same slot merge as add/remove sets rather than overwriting each other silently.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from trygghetsapp.domain import schemas
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.values import format_phone
from trygghetsapp.services import records
from trygghetsapp.services.readmodels import AssignmentView, Changes, RoleStaffing, RoleView
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import Contact, CrisisRole, RoleAssignment
from trygghetsapp.store.uow import UnitOfWork


def list_roles(database: Database) -> list[RoleView]:
    with UnitOfWork(database) as uow:
        rows = uow.session.scalars(
            select(CrisisRole)
            .where(~CrisisRole.deleted)
            .order_by(CrisisRole.sort_order, CrisisRole.name, CrisisRole.id)
        )
        return [records.to_view(RoleView, row) for row in rows]


def add_role(database: Database, values: dict[str, Any]) -> tuple[str, Changes]:
    return records.create(database, CrisisRole, values)


def update_role(database: Database, role_id: str, values: dict[str, Any]) -> Changes:
    return records.update(database, CrisisRole, role_id, values)


def delete_role(database: Database, role_id: str) -> Changes:
    return records.delete(database, CrisisRole, role_id)


def _live_assignments(uow: UnitOfWork, area_id: str) -> list[tuple[RoleAssignment, Contact]]:
    rows = uow.session.execute(
        select(RoleAssignment, Contact)
        .join(Contact, Contact.id == RoleAssignment.contact_id)
        .where(
            RoleAssignment.area_id == area_id,
            ~RoleAssignment.deleted,
            ~Contact.deleted,
        )
        .order_by(RoleAssignment.rank, Contact.name, RoleAssignment.id)
    )
    return [(a, c) for a, c in rows]


def _refuse_same_person(
    uow: UnitOfWork, area_id: str, role_id: str, contact_id: str, rank: int
) -> None:
    """A deputy must be another person than the holder, and one person stands in once: the
    same name in two slots of one role covers nothing (domain.readiness.deputies_covering)."""
    others = uow.session.scalars(
        select(RoleAssignment.rank).where(
            RoleAssignment.area_id == area_id,
            RoleAssignment.role_id == role_id,
            RoleAssignment.contact_id == contact_id,
            RoleAssignment.rank != rank,
            ~RoleAssignment.deleted,
        )
    ).all()
    if not others:
        return
    if rank == 0:
        raise DomainError(
            "contact_id",
            "personen är redan ersättare i rollen: välj först en annan ersättare",
            "the person is already a deputy in this role: choose another deputy first",
        )
    if 0 in others:
        raise DomainError(
            "contact_id",
            "ersättaren måste vara en annan person än den ordinarie",
            "the deputy must be another person than the holder",
        )
    raise DomainError(
        "contact_id",
        "personen är redan ersättare i rollen",
        "the person is already a deputy in this role",
    )


def assign_role(
    database: Database, area_id: str, role_id: str, contact_id: str | None, rank: int = 0
) -> Changes:
    """Put a contact in the slot (area, role, rank), or empty the slot with contact_id=None."""
    given: dict[str, Any] = {"area_id": area_id, "role_id": role_id, "rank": rank}
    if contact_id is not None:  # an empty slot has no contact to check
        given["contact_id"] = contact_id
    cleaned = schemas.clean("role_assignment", given, partial=True)
    with UnitOfWork(database) as uow:
        uow.get(CrisisRole, role_id, "role")
        if contact_id is not None:
            contact = uow.get(Contact, contact_id, "contact")
            if contact.area_id != area_id:
                raise DomainError(
                    "contact_id",
                    "personen hör till ett annat område",
                    "the person belongs to another area",
                )
            _refuse_same_person(uow, area_id, role_id, contact_id, cleaned["rank"])
        existing = uow.session.scalars(
            select(RoleAssignment).where(
                RoleAssignment.area_id == area_id,
                RoleAssignment.role_id == role_id,
                RoleAssignment.rank == cleaned["rank"],
                ~RoleAssignment.deleted,
            )
        ).all()
        for row in existing:
            if row.contact_id == contact_id:
                return Changes(frozenset({"role_assignment"}))  # nothing to do
            uow.remove(row)
        if contact_id is not None:
            records.check_references(uow, cleaned)
            uow.add(RoleAssignment, cleaned)
    return Changes.of_rows(uow.pending.rows, {"role_assignment"})


def staffing(database: Database, area_id: str) -> list[RoleStaffing]:
    """Every role of the catalogue with its holder and deputies in this area."""
    roles = list_roles(database)
    with UnitOfWork(database) as uow:
        by_role: dict[str, list[AssignmentView]] = {}
        for assignment, contact in _live_assignments(uow, area_id):
            by_role.setdefault(assignment.role_id, []).append(
                AssignmentView(
                    id=assignment.id,
                    area_id=assignment.area_id,
                    role_id=assignment.role_id,
                    contact_id=assignment.contact_id,
                    rank=assignment.rank,
                    contact_name=contact.name,
                    phone_display=format_phone(contact.phone),
                )
            )
    result = []
    for role in roles:
        assigned = by_role.get(role.id, [])
        holder = next((a for a in assigned if a.rank == 0), None)
        deputies = tuple(a for a in assigned if a.rank > 0)
        result.append(RoleStaffing(role=role, holder=holder, deputies=deputies))
    return result
