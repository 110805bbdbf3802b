"""Personal data duties (GDPR): review dates, a register extract, and erasing a person.

Contacts are volunteers and staff whose phone numbers we keep for a crisis. Each has a legal basis
and a review date; the office needs the list of people past review, a person may ask for everything
held about them (registerutdrag), and a person who leaves must be erasable everywhere, including
from the change log, so that the old values cannot be read out of the database file.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from trygghetsapp.domain.catalogues import LEGAL_BASIS_LABELS
from trygghetsapp.domain.values import format_phone
from trygghetsapp.services.readmodels import Changes, ContactView
from trygghetsapp.store import erasure
from trygghetsapp.store.codec import canonical_json, to_json_value
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import Area, Change, Contact, CrisisRole, RoleAssignment
from trygghetsapp.store.uow import UnitOfWork

ERASED_NAME = erasure.ERASED_NAME
PERSONAL_FIELDS = erasure.PERSONAL_FIELDS


@dataclass(frozen=True)
class ReviewDue:
    contact: ContactView
    area_name: str
    days_overdue: int


def contacts_past_review(database: Database, today: dt.date | None = None) -> list[ReviewDue]:
    """Live contacts whose review date has passed (or was never set), oldest first."""
    from trygghetsapp.services.contacts import to_contact_view

    today = today or dt.date.today()
    with UnitOfWork(database) as uow:
        rows = uow.session.execute(
            select(Contact, Area.name)
            .join(Area, Area.id == Contact.area_id)
            .where(~Contact.deleted, ~Area.deleted)
            .where((Contact.review_date.is_(None)) | (Contact.review_date < today))
            .order_by(Contact.review_date, Contact.name)
        ).all()
        return [
            ReviewDue(
                contact=to_contact_view(contact),
                area_name=area_name,
                days_overdue=(today - contact.review_date).days if contact.review_date else -1,
            )
            for contact, area_name in rows
        ]


def register_extract(database: Database, contact_id: str) -> dict[str, Any]:
    """Everything held about one person: the record, their roles, and the history of changes."""
    with UnitOfWork(database) as uow:
        contact = uow.get(Contact, contact_id, "contact")
        area = uow.session.get(Area, contact.area_id)
        roles = uow.session.execute(
            select(RoleAssignment, CrisisRole.name)
            .join(CrisisRole, CrisisRole.id == RoleAssignment.role_id)
            .where(RoleAssignment.contact_id == contact_id, ~RoleAssignment.deleted)
            .order_by(CrisisRole.sort_order, RoleAssignment.rank)
        ).all()
        history = uow.session.execute(
            select(Change.hlc, Change.device_id, Change.data)
            .where(Change.row_id == contact_id)
            .order_by(Change.hlc, Change.device_id, Change.seq)
        ).all()
        from trygghetsapp.domain.hlc import to_datetime

        return {
            "person": {
                name: to_json_value(getattr(contact, name))
                for name in ("id", *PERSONAL_FIELDS, "legal_basis", "review_date")
            },
            "phone_display": format_phone(contact.phone),
            "legal_basis_text": LEGAL_BASIS_LABELS[contact.legal_basis].sv
            if contact.legal_basis in LEGAL_BASIS_LABELS
            else contact.legal_basis,
            "area": area.name if area else None,
            "roles": [
                {"role": role_name, "rank": assignment.rank} for assignment, role_name in roles
            ],
            "history": [
                {
                    "changed": to_datetime(hlc).strftime("%Y-%m-%d %H:%M"),
                    "device": device,
                    "values": data,
                }
                for hlc, device, data in history
            ],
        }


def erase_person(database: Database, contact_id: str) -> Changes:
    """Erase a person here and, through sync, everywhere (trygghetsapp/sync/erasure.py).

    The erasure itself is recorded as a change (the personal fields blanked, the record deleted
    and the marker `"erased": true`), so it travels to other replicas like any edit; every
    replica that imports it redacts its own log the same way and compacts. Here every earlier
    change of this record has its personal values overwritten and the file is compacted, so no
    old value survives in the database bytes, in later packages or in backups made after this.
    """
    with UnitOfWork(database) as uow:
        contact = uow.get(Contact, contact_id, "contact")
        for assignment in uow.session.scalars(
            select(RoleAssignment).where(RoleAssignment.contact_id == contact_id)
        ):
            if not assignment.deleted:
                uow.remove(assignment)
        blank: dict[str, Any] = {
            **{key: value for key, value in erasure.BLANK.items() if key != "skills"},
            "skills": [],
        }
        uow.set(contact, blank)
        # The marker that makes every replica treat this change as an erasure (not a column).
        uow.pending.record(erasure.ENTITY, contact_id, {**erasure.BLANK, erasure.ERASED_MARK: True})
        uow.session.flush()
        for change in uow.session.scalars(select(Change).where(Change.row_id == contact_id)):
            redacted = erasure.redact(json.loads(change.data))
            if canonical_json(redacted) != change.data:
                change.data = canonical_json(redacted)
        erasure.remember(
            uow.session.connection(), [contact_id], dt.datetime.now(dt.UTC).isoformat()
        )
    erasure.compact_after_erasure(database)
    return Changes.of_rows(uow.pending.rows, {"contact", "role_assignment"}, (contact_id,))
