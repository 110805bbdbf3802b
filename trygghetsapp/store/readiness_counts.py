"""Per-area readiness counts: the full recount (the reference) and the counts kept up to date.

`recount` counts the gaps of areas from their rows with a handful of grouped queries; the rules
are domain/readiness.py's (`role_gaps`, `due_state` as SQL, `channel_untested`), and this is the
only place they are turned into SQL. At 20,000 areas it takes seconds, so every write keeps an
`area_readiness` row per area (store/models.py `AreaReadiness`) by recounting only the areas it
touched, with that same function, at the end of its unit of work (`refresh`, called from
`UnitOfWork.__exit__`): a service's edit, an xlsx or json import, a restore and a sync package
(sync/materialise.py) all take that one path, as the derived columns do (store/derived.py).

Some gaps depend on the date: an item turns overdue the day after its due date, a channel
untested CHANNEL_TEST_INTERVAL_DAYS after its test. A kept row holds the counts as of
`counted_on` and, in `upcoming`, the days within the next HORIZON_DAYS on which one of them
changes by the date alone, so it answers for any day up to `valid_through` (counted_on +
HORIZON_DAYS - 1); the days since the last inspection are computed from the stored date. The
overview (`kept`) recounts in the same transaction only the areas whose row is missing, stale
for the day asked (about one in HORIZON_DAYS a day without edits) or made with another crisis
role catalogue, and writes them back.

Concurrency: on SQLite one transaction writes at a time (BEGIN IMMEDIATE). On PostgreSQL (READ
COMMITTED) several workstations write at once: each locks the kept rows of its areas (in id
order, after its own edits) before it counts, and each statement after the lock sees what the
others committed, so the last to write counted everything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from sqlalchemy import Table, and_, case, delete, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from trygghetsapp.domain.readiness import CHANNEL_TEST_INTERVAL_DAYS, AreaGaps, role_gaps
from trygghetsapp.store.models import (
    Area,
    AreaReadiness,
    Contact,
    CrisisRole,
    EquipmentItem,
    InfoChannel,
    Inspection,
    RoleAssignment,
    SafetyPoint,
)

CHUNK = 900
"""Ids per IN list (SQLite's bound-parameter limit is far above; PostgreSQL's too)."""

ALL = None
"""`refresh(..., ALL)`: every area (a crisis role changed, or a bulk write)."""

PARENTS = {"area_id": "area", "safety_point_id": "safety_point", "contact_id": "contact"}
"""Reference columns whose old value names a row whose area's counts a change also touches
(a safety point moved to another area leaves a gap behind)."""


def _count(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _chunks(ids: Collection[str]) -> Iterable[list[str]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def recount(
    session: Session, area_ids: Collection[str] | None, today: dt.date
) -> dict[str, AreaGaps]:
    """The gaps of every live area (or of `area_ids`) counted from the rows: the reference."""
    if area_ids is not None and len(area_ids) > CHUNK:
        result: dict[str, AreaGaps] = {}
        for part in _chunks(area_ids):
            result.update(recount(session, part, today))
        return result

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
    roles = session.execute(select(CrisisRole.id, CrisisRole.critical).where(~CrisisRole.deleted))
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
    result = {}
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


HORIZON_DAYS = 60
"""How long a kept row holds without an edit: its date-dependent changes within these days are
stored with it (`upcoming`), so the date alone makes few rows stale a day (about 1/60 of them,
not every area with an item due tomorrow: at 100 items an area that is one in five)."""


def _upcoming(
    session: Session, area_ids: Collection[str], today: dt.date
) -> dict[str, list[tuple[int, str]]]:
    """Per area, the days (after `today`, within HORIZON_DAYS) on which a count changes by the
    date alone, with what changes (domain.readiness.due_state and channel_untested): "n" an
    item never checked turns overdue, "o" another item turns overdue (the day after its due
    date), "c" a channel turns untested (CHANNEL_TEST_INTERVAL_DAYS + 1 days after its test)."""
    events: dict[str, list[tuple[int, str]]] = {}
    last_day = today + dt.timedelta(days=HORIZON_DAYS - 1)
    interval = dt.timedelta(days=CHANNEL_TEST_INTERVAL_DAYS + 1)
    for part in _chunks(area_ids):
        for area_id, due, never in session.execute(
            select(
                SafetyPoint.area_id, EquipmentItem.due_date, EquipmentItem.last_checked.is_(None)
            )
            .join(SafetyPoint, SafetyPoint.id == EquipmentItem.safety_point_id)
            .where(
                ~EquipmentItem.deleted,
                ~SafetyPoint.deleted,
                EquipmentItem.due_date >= today,
                EquipmentItem.due_date < last_day,
                SafetyPoint.area_id.in_(part),
            )
        ):
            assert due is not None  # (the WHERE above)
            day = (due - today).days + 1
            events.setdefault(area_id, []).append((day, "n" if never else "o"))
        for area_id, tested in session.execute(
            select(InfoChannel.area_id, InfoChannel.last_tested).where(
                ~InfoChannel.deleted,
                InfoChannel.last_tested >= today - interval + dt.timedelta(days=1),
                InfoChannel.last_tested <= last_day - interval,
                InfoChannel.area_id.in_(part),
            )
        ):
            assert tested is not None  # (the WHERE above)
            day = (tested + interval - today).days
            events.setdefault(area_id, []).append((day, "c"))
    return events


def _encode(events: list[tuple[int, str]]) -> str:
    return ",".join(f"{day}{kind}" for day, kind in sorted(events))


def roles_key(session: Session) -> str:
    """A digest of the live crisis roles and their critical flags: what the role counts of
    every area depend on besides its own rows. A change to the catalogue refreshes every area
    (`Touched`); a row made with another catalogue is stale all the same (a county's
    municipality login sees and refreshes only its own areas' rows)."""
    import hashlib

    live = session.execute(
        select(CrisisRole.id, CrisisRole.critical)
        .where(~CrisisRole.deleted)
        .order_by(CrisisRole.id)
    )
    text = ";".join(f"{role_id}:{int(bool(critical))}" for role_id, critical in live)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def _row(
    area_id: str,
    gaps: AreaGaps,
    today: dt.date,
    through: dt.date | None,
    key: str,
    upcoming: str = "",
) -> dict[str, Any]:
    days = gaps.days_since_inspection
    return {
        "area_id": area_id,
        "has_safety_point": gaps.has_safety_point,
        "roles_without_holder": gaps.roles_without_holder,
        "critical_roles_without_deputy": gaps.critical_roles_without_deputy,
        "equipment_defect": gaps.equipment_defect,
        "equipment_missing": gaps.equipment_missing,
        "equipment_overdue": gaps.equipment_overdue,
        "equipment_never_checked": gaps.equipment_never_checked,
        "channels_untested": gaps.channels_untested,
        "last_inspection": today - dt.timedelta(days=days) if days is not None else None,
        "counted_on": today,
        "valid_through": through,
        "roles_key": key,
        "upcoming": upcoming,
    }


def refresh(
    session: Session, area_ids: Collection[str] | None, today: dt.date | None = None
) -> dict[str, AreaGaps]:
    """Recount the areas (`ALL`: every one) and write their kept rows; a deleted or unknown
    area's row is removed. Returns the counts of the live ones."""
    today = today or dt.date.today()
    session.flush()
    wanted = set(session.scalars(select(Area.id))) if area_ids is None else set(area_ids)
    if not wanted:
        return {}
    table: Table = AreaReadiness.__table__  # type: ignore[assignment]
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql:
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        # A row for each first (another writer's insert of the same row makes us wait for its
        # commit), then the rows locked in id order: counting starts after every other writer
        # of these areas has committed (see the module's docstring).
        placeholder = _row("", AreaGaps(False, 0, 0, 0, 0, 0, None, 0), today, today, "")
        for part in _chunks(wanted):
            session.execute(
                pg_insert(table)
                .values([{**placeholder, "area_id": a, "valid_through": dt.date.min} for a in part])
                .on_conflict_do_nothing()
            )
            session.execute(
                select(AreaReadiness.area_id)
                .where(AreaReadiness.area_id.in_(part))
                .order_by(AreaReadiness.area_id)
                .with_for_update()
            )
    counted = recount(session, wanted, today)
    key = roles_key(session)
    upcoming = _upcoming(session, list(counted), today) if counted else {}
    through = today + dt.timedelta(days=HORIZON_DAYS - 1)
    gone = wanted - counted.keys()
    for part in _chunks(gone):
        session.execute(delete(table).where(table.c.area_id.in_(part)))
    rows = [
        _row(a, g, today, through, key, _encode(upcoming.get(a, []))) for a, g in counted.items()
    ]
    for start in range(0, len(rows), CHUNK):
        values = rows[start : start + CHUNK]
        if postgresql:
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            statement = pg_insert(table)
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            statement = sqlite_insert(table)  # type: ignore[assignment]
        statement = statement.values(values)
        names = [c.name for c in table.columns if c.name != "area_id"]
        session.execute(
            statement.on_conflict_do_update(
                index_elements=["area_id"], set_={n: statement.excluded[n] for n in names}
            )
        )
    return counted


def _gaps(row: Any, today: dt.date) -> AreaGaps:
    last = row.last_inspection
    overdue = row.equipment_overdue
    never = row.equipment_never_checked
    untested = row.channels_untested
    if row.upcoming and today > row.counted_on:
        elapsed = (today - row.counted_on).days
        for event in row.upcoming.split(","):
            if int(event[:-1]) > elapsed:
                break  # sorted by day
            kind = event[-1]
            if kind == "c":
                untested += 1
            else:
                overdue += 1
                if kind == "n":
                    never -= 1
    return AreaGaps(
        has_safety_point=bool(row.has_safety_point),
        roles_without_holder=row.roles_without_holder,
        critical_roles_without_deputy=row.critical_roles_without_deputy,
        equipment_defect=row.equipment_defect,
        equipment_missing=row.equipment_missing,
        equipment_overdue=overdue,
        equipment_never_checked=never,
        days_since_inspection=(today - last).days if last is not None else None,
        channels_untested=untested,
    )


def kept(
    session: Session,
    area_ids: Collection[str] | None,
    today: dt.date,
    write: bool,
) -> dict[str, AreaGaps]:
    """The gaps of every live area (or of `area_ids`) from the kept rows; the areas whose row
    is missing or does not hold for `today` are recounted (and their rows written, if `write`:
    a database opened read-only only recounts)."""
    query = (
        select(
            Area.id,
            AreaReadiness.has_safety_point,
            AreaReadiness.roles_without_holder,
            AreaReadiness.critical_roles_without_deputy,
            AreaReadiness.equipment_defect,
            AreaReadiness.equipment_missing,
            AreaReadiness.equipment_overdue,
            AreaReadiness.equipment_never_checked,
            AreaReadiness.channels_untested,
            AreaReadiness.last_inspection,
            AreaReadiness.counted_on,
            AreaReadiness.valid_through,
            AreaReadiness.roles_key,
            AreaReadiness.upcoming,
        )
        .outerjoin(AreaReadiness, AreaReadiness.area_id == Area.id)
        .where(~Area.deleted)
    )
    rows: list[Any] = []
    if area_ids is None:
        rows = list(session.execute(query))
    else:
        for part in _chunks(set(area_ids)):
            rows.extend(session.execute(query.where(Area.id.in_(part))))
    result: dict[str, AreaGaps] = {}
    stale: list[str] = []
    key = roles_key(session)
    for row in rows:
        if _stale(row, key, today):
            stale.append(row.id)
        else:
            result[row.id] = _gaps(row, today)
    if stale:
        result.update(_refresh_or_count(session, stale, today, write))
    return result


def _stale(row: Any, key: str, today: dt.date) -> bool:
    """The kept row is missing or does not hold for `today` (or for the role catalogue)."""
    return (
        row.counted_on is None
        or row.roles_key != key
        or row.counted_on > today
        or (row.valid_through is not None and row.valid_through < today)
    )


def refresh_some(session: Session, today: dt.date, most: int) -> int:
    """Refresh up to `most` missing or stale rows; returns how many it refreshed.

    Why: after the upgrade that added the kept rows, the first overview of a national database
    counts every area (24 s at 20,000), and on the window's one database worker every search
    and area open would wait behind it. In slices the window's reads get their turn between."""
    query = (
        select(
            Area.id,
            AreaReadiness.counted_on,
            AreaReadiness.valid_through,
            AreaReadiness.roles_key,
        )
        .outerjoin(AreaReadiness, AreaReadiness.area_id == Area.id)
        .where(~Area.deleted)
    )
    key = roles_key(session)
    stale = [row.id for row in session.execute(query) if _stale(row, key, today)][:most]
    if stale:
        _refresh_or_count(session, stale, today, write=True)
    return len(stale)


def _refresh_or_count(
    session: Session, area_ids: Collection[str], today: dt.date, write: bool
) -> dict[str, AreaGaps]:
    """`refresh` where this login may write the kept rows; else (a read-only file, a county's
    reading login on PostgreSQL: SELECT only) only `recount`."""
    if write:
        savepoint = session.begin_nested()
        try:
            counted = refresh(session, area_ids, today)
        except DBAPIError:
            savepoint.rollback()
        else:
            savepoint.commit()
            return counted
    return recount(session, area_ids, today)


class Touched:
    """The rows a unit of work wrote, by entity, whose areas' kept counts it must refresh at
    its end; past LIMIT rows, or once a crisis role changed, every area is refreshed."""

    LIMIT = 20_000

    def __init__(self) -> None:
        self.rows: dict[str, set[str]] = {}
        self.every_area = False
        self.count = 0

    def __bool__(self) -> bool:
        return self.every_area or self.count > 0

    def add(self, entity: str, row_ids: Iterable[str]) -> None:
        if self.every_area:
            return
        if entity == "crisis_role":
            self.all()
            return
        if entity not in AREA_OF:
            return
        rows = self.rows.setdefault(entity, set())
        before = len(rows)
        rows.update(row_ids)
        self.count += len(rows) - before
        if self.count > self.LIMIT:
            self.all()

    def parents(self, old: Mapping[str, Any]) -> None:
        """The old values of a row's changed references (`PARENTS`)."""
        for column, value in old.items():
            entity = PARENTS.get(column)
            if entity is not None and value is not None:
                self.add(entity, (str(value),))

    def all(self) -> None:
        self.every_area = True
        self.rows.clear()
        self.count = 0

    def areas(self, session: Session) -> set[str] | None:
        """The ids of the areas whose counts may have changed (None: all)."""
        if self.every_area:
            return ALL
        found: set[str] = set()
        for entity, ids in self.rows.items():
            if entity == "area":
                found.update(ids)
                continue
            lookup = AREA_OF[entity]
            for part in _chunks(ids):
                found.update(a for a in session.scalars(lookup(part)) if a is not None)
        return found


AREA_OF: dict[str, Any] = {
    "area": None,
    "safety_point": lambda ids: select(SafetyPoint.area_id).where(SafetyPoint.id.in_(ids)),
    "equipment_item": lambda ids: (
        select(SafetyPoint.area_id)
        .join(EquipmentItem, EquipmentItem.safety_point_id == SafetyPoint.id)
        .where(EquipmentItem.id.in_(ids))
    ),
    "inspection": lambda ids: (
        select(SafetyPoint.area_id)
        .join(Inspection, Inspection.safety_point_id == SafetyPoint.id)
        .where(Inspection.id.in_(ids))
    ),
    # A contact counts through its role assignments (a deleted contact leaves its roles open).
    "contact": lambda ids: select(RoleAssignment.area_id).where(RoleAssignment.contact_id.in_(ids)),
    "role_assignment": lambda ids: select(RoleAssignment.area_id).where(RoleAssignment.id.in_(ids)),
    "info_channel": lambda ids: select(InfoChannel.area_id).where(InfoChannel.id.in_(ids)),
}
"""Per entity whose rows feed the counts, the query of the areas of some of its rows (the
crisis roles feed every area's; municipalities and findings none)."""
