"""The people to call in an area; phones stored E.164, shown in Swedish grouping."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import select

from trygghetsapp.domain.catalogues import default_review_date
from trygghetsapp.domain.values import format_phone
from trygghetsapp.services import records
from trygghetsapp.services.readmodels import Changes, ContactView
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import Contact, RoleAssignment
from trygghetsapp.store.uow import UnitOfWork


def to_contact_view(row: Contact) -> ContactView:
    return records.to_view(
        ContactView,
        row,
        phone_display=format_phone(row.phone),
        phone_alt_display=format_phone(row.phone_alt),
    )


def with_review_date(values: dict[str, Any], today: dt.date | None = None) -> dict[str, Any]:
    """The values with a review date from the legal basis when none is given (a year for
    consent and agreement, two for a public task): a contact never lacks one by oversight."""
    basis = values.get("legal_basis")
    if not basis or values.get("review_date") not in (None, ""):
        return values
    due = default_review_date(str(basis), today or dt.date.today())
    return values if due is None else {**values, "review_date": due}


def add_contact(
    database: Database, values: dict[str, Any], today: dt.date | None = None
) -> tuple[str, Changes]:
    """A new contact; without a legal basis it is "not yet chosen" (listed in the overview)."""
    return records.create(database, Contact, with_review_date(values, today))


def update_contact(
    database: Database, contact_id: str, values: dict[str, Any], today: dt.date | None = None
) -> Changes:
    if values.get("legal_basis") and "review_date" not in values:
        current = get_contact(database, contact_id)
        if current.review_date is None:
            values = with_review_date(values, today)
    return records.update(database, Contact, contact_id, values)


def _drop_assignments(uow: UnitOfWork, contact: Contact) -> None:
    """A deleted person holds no role: their assignments go in the same transaction."""
    for assignment in uow.session.scalars(
        select(RoleAssignment).where(
            RoleAssignment.contact_id == contact.id, ~RoleAssignment.deleted
        )
    ):
        uow.remove(assignment)


def delete_contact(database: Database, contact_id: str) -> Changes:
    changes = records.delete(database, Contact, contact_id, after=_drop_assignments)
    # The roles tab reads people too: say so even when the person held no role.
    return Changes(changes.entities | {"role_assignment"}, changes.ids, changes.rows)


def restore_contact(database: Database, contact_id: str) -> Changes:
    return records.restore(database, Contact, contact_id)


def get_contact(database: Database, contact_id: str) -> ContactView:
    with UnitOfWork(database) as uow:
        return to_contact_view(uow.get(Contact, contact_id, "contact"))


def list_contacts(
    database: Database, area_id: str, ids: Collection[str] | None = None
) -> list[ContactView]:
    """The area's people by name; with `ids`, only those of them."""
    with UnitOfWork(database) as uow:
        query = select(Contact).where(Contact.area_id == area_id, ~Contact.deleted)
        if ids is not None:
            query = query.where(Contact.id.in_(list(ids)))
        rows = uow.session.scalars(query.order_by(Contact.name, Contact.id))
        return [to_contact_view(row) for row in rows]
