"""Restore a backup as new edits, so that sync stays whole.

Copying a backup over the live file would roll back this device's change counter: the next
edit would reuse a sequence number the office may already hold with other content, which sync
must treat as a cloned laptop (quarantine), and changes received from others since the backup
would be forgotten while their senders believe they were delivered. So a restore keeps the live
database, its change log and its sync knowledge, and writes the difference between now and the
backup as ordinary edits: fields set back, records created since the backup deleted, records
deleted since then brought back. Those edits sync like any other (the office sees the restore),
and a restore is itself restorable from the backup taken first.

People erased since the backup stay erased: their rows (and role assignments pointing at them)
are never brought back from an older backup, and every other record is read from the backup with
their mentions scrubbed as the erasure scrubbed them (store/erasure.py), so a key holder or an
inspector typed by name does not come back either.

The two databases are compared table by table as two id-ordered streams, so memory holds only
the rows that differ, not the national data set.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select

from trygghetsapp.domain.identity import PersonKeys
from trygghetsapp.store.codec import data_fields, to_json_value
from trygghetsapp.store.database import Database
from trygghetsapp.store.derived import refresh_search_text
from trygghetsapp.store.erasure import erased_rows, keys_from_log, scrub_data
from trygghetsapp.store.models import (
    DERIVED_COLUMNS,
    SYNCED_MODELS,
    Area,
    RoleAssignment,
    SafetyPoint,
    SyncedRow,
)
from trygghetsapp.store.uow import UnitOfWork


@dataclass
class RestoreCounts:
    """What the restore wrote, per entity: fields set back, deleted, brought back."""

    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    added: dict[str, int] = field(default_factory=dict)

    def total(self) -> int:
        return sum(self.changed.values()) + sum(self.deleted.values()) + sum(self.added.values())


def _table(model: type[SyncedRow]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def _rows(
    connection: Connection, table: Table, columns: Sequence[str]
) -> Iterator[tuple[Any, ...]]:
    query = select(*(table.c[name] for name in columns)).order_by(table.c.id)
    yield from connection.execute(query)


def _scrubbed(
    rows: Iterator[tuple[Any, ...]],
    entity: str,
    columns: Sequence[str],
    people: Sequence[tuple[str, PersonKeys]],
) -> Iterator[tuple[Any, ...]]:
    """The backup's rows with every erased person's mentions scrubbed (as their erasure did)."""
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        for contact_id, keys in people:
            values = scrub_data(entity, values, keys, contact_id)
        yield tuple(values[name] for name in columns)


def _comparable(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(to_json_value(value) for value in row)


def _differences(
    now: Iterator[tuple[Any, ...]], then: Iterator[tuple[Any, ...]], width: int
) -> Iterator[tuple[str, tuple[Any, ...] | None, bool]]:
    """Merge-join two id-ordered streams of (id, fields..., deleted, derived...).

    Yields (id, backup row or None, live now) for every record whose data differs; `width` is
    how many leading columns are data (id, fields, deleted) rather than derived.
    """
    a, b = next(now, None), next(then, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a[0] < b[0]):
            assert a is not None
            if not a[width - 1]:  # created since the backup and still there: delete it
                yield a[0], None, True
            a = next(now, None)
        elif a is None or b[0] < a[0]:
            yield b[0], b, False  # gone from this file (never happens with tombstones): add
            b = next(then, None)
        else:
            if _comparable(a[:width]) != _comparable(b[:width]):
                yield a[0], b, True
            a, b = next(now, None), next(then, None)


def apply_snapshot(database: Database, snapshot: Database) -> RestoreCounts:
    """Make `database` hold what `snapshot` holds, as edits in one transaction."""
    counts = RestoreCounts()
    with UnitOfWork(database) as uow, snapshot.store.engine.connect() as then_connection:
        session = uow.session
        connection = session.connection()
        erased = erased_rows(connection)
        people = [
            (contact_id, keys_from_log(then_connection, contact_id))
            for contact_id in sorted(erased)
        ]
        searched: set[str] = set()
        """Areas whose search text (name, villages, safety point names) must be rebuilt."""
        # Parents before children, so a record brought back finds its parent already back.
        for model in SYNCED_MODELS:
            table = _table(model)
            fields = [name for name in data_fields(model) if name != "id"]
            derived = [c.name for c in table.columns if c.name in DERIVED_COLUMNS]
            columns = ["id", *fields, "deleted", *derived]
            width = 2 + len(fields)
            pending = list(
                _differences(
                    _rows(connection, table, columns),
                    _scrubbed(_rows(then_connection, table, columns), table.name, columns, people),
                    width,
                )
            )
            entity = table.name
            for row_id, then, exists in pending:
                if row_id in erased:
                    continue
                if then is not None and model is RoleAssignment:
                    contact_id = then[columns.index("contact_id")]
                    if contact_id in erased:
                        continue
                if then is None:
                    row = session.get(model, row_id)
                    assert row is not None
                    searched.update(_search_areas(row))
                    uow.remove(row)
                    counts.deleted[entity] = counts.deleted.get(entity, 0) + 1
                    continue
                values = dict(zip(columns[1:width], then[1:width], strict=True))
                if exists:
                    row = session.get(model, row_id)
                    assert row is not None
                    searched.update(_search_areas(row))
                    uow.set(row, values)
                    counts.changed[entity] = counts.changed.get(entity, 0) + 1
                else:
                    deleted = values.pop("deleted")
                    row = uow.add(model, values, row_id=row_id)
                    if deleted:
                        uow.remove(row)
                    counts.added[entity] = counts.added.get(entity, 0) + 1
                searched.update(_search_areas(row))
                # A due date follows the item's own fields, so the backup's is right; an area's
                # search text also depends on its safety points and is rebuilt below.
                for name, value in zip(derived, then[width:], strict=True):
                    if name != "search_text":
                        setattr(row, name, value)
        session.flush()
        for area_id in sorted(searched):
            refresh_search_text(uow, area_id)
    return counts


def _search_areas(row: SyncedRow) -> set[str]:
    """The areas whose search text this row feeds."""
    if isinstance(row, Area):
        return {row.id}
    if isinstance(row, SafetyPoint):
        return {row.area_id}
    return set()
