"""The conflict list and its resolution.

Conflicts are a derived view of the log (SYNC.md 2.6): registers with more than one distinct-valued
leaf, and rows where a delete had not seen an edit. They are the same on every replica holding the
same changes. Resolving writes an ordinary change through a unit of work; its `seen` covers every
applied leaf, so the conflict disappears here now and everywhere once the change has travelled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.hlc import to_datetime
from trygghetsapp.store import sql
from trygghetsapp.store.codec import data_fields, from_json_value
from trygghetsapp.store.database import Database
from trygghetsapp.store.uow import UnitOfWork
from trygghetsapp.sync.causal import applied_vector
from trygghetsapp.sync.materialise import (
    MODELS_BY_ENTITY,
    MaterialiseStats,
    SeenCache,
    load_changes,
    materialise,
    resolve_all,
)
from trygghetsapp.sync.merge import ChangeRecord, RowState

DELETED = "deleted"


@dataclass(frozen=True)
class Version:
    """One value of a register, with who wrote it, where and when."""

    value: Any
    device_id: str
    device_name: str
    seq: int
    hlc: int
    at: dt.datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "seq": self.seq,
            "at": self.at.isoformat(timespec="seconds"),
        }


@dataclass(frozen=True)
class Conflict:
    """An open conflict. `field == "deleted"` with kind "delete" is an edit-versus-delete race:
    `winner` is the delete, `losers` the edits it had not seen; resolve with keep_deleted()."""

    entity: str
    row_id: str
    label: str
    field: str
    kind: str
    """"value" (concurrent edits of one field), "delete" (edit versus delete) or "reference"
    (a live role assignment of a contact deleted concurrently: `winner.value` is the contact id)."""
    winner: Version
    losers: tuple[Version, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "row_id": self.row_id,
            "label": self.label,
            "field": self.field,
            "kind": self.kind,
            "winner": self.winner.as_json(),
            "losers": [v.as_json() for v in self.losers],
        }


def _names(connection: Connection) -> dict[str, str]:
    names = dict(sql.execute(connection, "SELECT device_id, name FROM device_knowledge").all())
    for device_id, name in sql.execute(connection, "SELECT id, name FROM local_device"):
        names[device_id] = name
    return names


def _version(change: ChangeRecord, field: str, names: dict[str, str]) -> Version:
    value = change.data.get(field) if field != "*" else dict(change.data)
    return Version(
        value,
        change.device,
        names.get(change.device, ""),
        change.seq,
        change.hlc,
        to_datetime(change.hlc),
    )


def row_states(
    connection: Connection, rows: list[tuple[str, str]]
) -> dict[tuple[str, str], RowState]:
    applied = applied_vector(connection)
    seen = SeenCache(connection)
    out: dict[tuple[str, str], RowState] = {}
    by_entity: dict[str, list[str]] = {}
    for entity, row_id in rows:
        by_entity.setdefault(entity, []).append(row_id)
    for entity, ids in by_entity.items():
        model = MODELS_BY_ENTITY.get(entity)
        if model is None:
            continue
        fields = [f for f in data_fields(model) if f != "id"]
        for start in range(0, len(ids), 500):
            changes = load_changes(connection, entity, ids[start : start + 500], applied, seen)
            for row_id, state in resolve_all(changes, fields).items():
                out[(entity, row_id)] = state
    return out


def list_conflicts(database: Database) -> list[Conflict]:
    """Every open conflict, sorted (entity, row id, field): identical on converged replicas."""
    with UnitOfWork(database) as uow:
        connection = uow.session.connection()
        rows = [
            (e, r)
            for e, r in sql.execute(
                connection, "SELECT entity, row_id FROM sync_conflict_row ORDER BY entity, row_id"
            )
        ]
        states = row_states(connection, rows)
        names = _names(connection)
        out: list[Conflict] = []
        for (entity, row_id), state in sorted(states.items()):
            label = str(state.values.get("name") or state.values.get("identifier") or row_id)
            if state.delete_conflict is not None:
                delete, edits = state.delete_conflict
                out.append(
                    Conflict(
                        entity,
                        row_id,
                        label,
                        DELETED,
                        "delete",
                        _version(delete, DELETED, names),
                        tuple(_version(e, "*", names) for e in edits),
                    )
                )
            for conflict in state.conflicts:
                out.append(
                    Conflict(
                        entity,
                        row_id,
                        label,
                        conflict.field,
                        "value",
                        _version(conflict.winner, conflict.field, names),
                        tuple(_version(c, conflict.field, names) for c in conflict.losers),
                    )
                )
        out.extend(_dangling_assignments(connection))
        return out


EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _dangling_assignments(connection: Connection) -> list[Conflict]:
    """Cross-record review items (SYNC.md 2.4): a role assignment made on one laptop while the
    contact was deleted on another merges into a live assignment of a deleted person. Neither edit
    is wrong alone, so nothing is rejected; the office decides: remove the assignment
    (`resolve(..., "role_assignment", id, "deleted", True)`) or restore the contact.
    Derived from the merged tables only, so the item is identical on converged replicas."""
    # Two steps, each on its index (ix_contact_deleted, ix_role_assignment_contact_id): as one
    # join, SQLite's planner walks every assignment instead (0.5-0.9 s at 5,000 areas).
    deleted = dict(sql.execute(connection, "SELECT id, name FROM contact WHERE deleted").fetchall())
    found: list[tuple[str, str]] = []
    ids = sorted(deleted)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found += sql.execute(
            connection,
            f"SELECT id, contact_id FROM role_assignment WHERE contact_id IN ({marks}) "
            "AND NOT deleted",
            tuple(chunk),
        ).fetchall()
    out = []
    for assignment_id, contact_id in sorted(found):
        contact_name = deleted[contact_id]
        version = Version(contact_id, "", "", 0, 0, EPOCH)
        out.append(
            Conflict(
                "role_assignment",
                assignment_id,
                str(contact_name),
                "contact_id",
                "reference",
                version,
                (),
            )
        )
    return out


def resolve(database: Database, entity: str, row_id: str, field: str, value: Any) -> None:
    """Settle a conflict on `field` with `value` (any value: one of the versions, or a new one).

    For an edit-versus-delete conflict use field "deleted": True keeps the record deleted,
    False restores it. The decision is a new change that has seen every version, so it wins
    everywhere, whatever the clocks.
    """
    model = MODELS_BY_ENTITY.get(entity)
    if model is None:
        raise DomainError("entity", f"okänd posttyp: {entity}", f"unknown record type: {entity}")
    table = model.__table__  # type: ignore[attr-defined]
    if field != DELETED and (field not in table.c or field in ("id", "hlc", "device_id")):
        raise DomainError(field, "okänt fält", "unknown field")
    with UnitOfWork(database) as uow:
        row = uow.session.get(model, row_id)
        if row is None:
            raise DomainError(entity, f"hittades inte: {row_id}", f"not found: {row_id}")
        column_value = bool(value) if field == DELETED else from_json_value(table, field, value)
        setattr(row, field, column_value)
        row.hlc = uow.log.stamp()
        row.device_id = uow.log.device_id
        # Recorded even when equal to the shown value: the point is the new stamp and `seen`.
        uow.pending.record(entity, row_id, {field: column_value})
        uow.changed_entities.add(entity)
    rematerialise(database, [(entity, row_id)])


def rematerialise(database: Database, rows: list[tuple[str, str]]) -> MaterialiseStats:
    """Re-derive rows from the log (after a resolution; also a repair tool)."""
    stats = MaterialiseStats()
    touched: dict[str, list[str]] = {}
    for entity, row_id in rows:
        touched.setdefault(entity, []).append(row_id)
    with UnitOfWork(database) as uow:
        applied = applied_vector(uow.session.connection())
        materialise(uow, touched, applied, stats)
    return stats
