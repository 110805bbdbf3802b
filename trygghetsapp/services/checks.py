"""`check`: SQLite's integrity check plus the app's own consistency rules.

The app's rules catch what SQLite cannot: a live record pointing at a deleted parent, a change log
with a gap in this device's sequence numbers, a derived column out of step with its fields.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from trygghetsapp.store import readiness_counts, sqlite_tools
from trygghetsapp.store.database import Database
from trygghetsapp.store.derived import derive_due_date
from trygghetsapp.store.models import (
    Change,
    Contact,
    EquipmentItem,
    LocalDevice,
    RoleAssignment,
)
from trygghetsapp.store.uow import UnitOfWork


def check_database(database: Database) -> list[str]:
    """Every problem found, in words; empty means clean.

    On a SQLite file first the file's own integrity (quick_check, foreign keys); a server
    database's pages are the server's to guard (its checksums, `pg_amcheck`): only the
    checks of our data below run, and the foreign keys, which PostgreSQL enforces always."""
    if database.is_server:
        problems: list[str] = []
    else:
        database.store.engine.dispose()
        problems = [f"sqlite: {p}" for p in sqlite_tools.integrity_problems(database.path)]
    if problems:
        return problems
    with UnitOfWork(database) as uow:
        session = uow.session
        device = session.execute(select(LocalDevice)).scalar_one()
        own = session.execute(
            select(func.count(), func.max(Change.seq)).where(Change.device_id == device.id)
        ).one()
        if (own[1] or 0) != device.last_seq or own[0] != device.last_seq:
            problems.append(
                f"change log: {own[0]} changes up to seq {own[1]} but device counter is "
                f"{device.last_seq}"
            )
        dangling = session.scalar(
            select(func.count())
            .select_from(RoleAssignment)
            .join(Contact, Contact.id == RoleAssignment.contact_id)
            .where(~RoleAssignment.deleted, Contact.deleted)
        )
        if dangling:
            problems.append(f"{dangling} live role assignment(s) point at a deleted contact")
        stale = 0
        for item in session.scalars(
            select(EquipmentItem).where(~EquipmentItem.deleted).execution_options(yield_per=5000)
        ):
            expected = derive_due_date(
                {
                    "category": item.category,
                    "last_checked": item.last_checked,
                    "service_interval_days": item.service_interval_days,
                    "next_due": item.next_due,
                }
            )["due_date"]
            if expected != item.due_date:
                stale += 1
        if stale:
            problems.append(f"{stale} equipment item(s) with a stale due date")
        # The kept readiness counts (derived, never synced) against a full recount: the rows
        # that hold for today must say what counting says (a missing or outdated row is no
        # problem: the overview counts it).
        today = dt.date.today()
        kept = readiness_counts.kept(session, None, today, write=False)
        counted = readiness_counts.recount(session, None, today)
        wrong = sum(1 for area_id, gaps in counted.items() if kept.get(area_id) != gaps)
        if wrong:
            problems.append(f"{wrong} area(s) whose kept readiness counts differ from a recount")
    return problems
