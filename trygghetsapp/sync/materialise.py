"""Writing merged rows into the entity tables from the change log.

For each record touched by newly applied changes we load *all* its applied changes (one indexed
query per chunk of rows), resolve its registers (`merge.resolve_row`) and write the row with one
`executemany` per chunk: INSERT for new records, UPDATE for known ones. Derived columns
(equipment due date, area search text) are recomputed here because they never travel.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Table

from trygghetsapp.store import sql
from trygghetsapp.store.codec import data_fields
from trygghetsapp.store.derived import derive_due_date, refresh_search_text
from trygghetsapp.store.models import SYNCED_MODELS, Area, EquipmentItem, SafetyPoint, SyncedRow
from trygghetsapp.store.readiness_counts import PARENTS, Touched
from trygghetsapp.store.uow import UnitOfWork, column_defaults
from trygghetsapp.sync.merge import ChangeRecord, RowState, resolve_row
from trygghetsapp.sync.package import fast_loads

CHUNK = 900
DUE_FIELDS = ("category", "last_checked", "service_interval_days", "next_due")
MODELS_BY_ENTITY: dict[str, type[SyncedRow]] = {
    m.__table__.name: m  # type: ignore[attr-defined]
    for m in SYNCED_MODELS
}


@dataclass
class MaterialiseStats:
    new: int = 0
    changed: int = 0
    conflicts: int = 0
    held: list[str] = field(default_factory=list)
    """Rows not written because a parent they reference is missing (should not happen)."""


class SeenCache:
    """Parsed version vectors of transactions, loaded on demand and shared across chunks."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self.cache: dict[tuple[str, int], dict[str, int]] = {}

    def load(self, keys: Iterable[tuple[str, int]]) -> None:
        missing = list({k for k in keys if k not in self.cache})
        if len(self.cache) > 200_000:
            self.cache.clear()
        for start in range(0, len(missing), CHUNK):
            part = missing[start : start + CHUNK]
            values = ",".join("(?,?)" for _ in part)
            params = [x for key in part for x in key]
            result = sql.execute(
                self.connection,
                f"SELECT device_id, tx_seq, seen FROM change_tx WHERE (device_id, tx_seq) IN "
                f"(VALUES {values})",
                tuple(params),
            )
            for device, tx_seq, seen in result:
                self.cache[(device, tx_seq)] = json.loads(seen)

    def get(self, device: str, tx_seq: int) -> Mapping[str, int]:
        return self.cache.get((device, tx_seq), {})


def raw(connection: Connection) -> Any:
    """The driver connection, for the hot loops: plain tuples, no SQLAlchemy row processing.
    It is the same connection and transaction as the session's (store/sql.py runs SQL on it for
    either backend)."""
    return sql.driver(connection)


Check = Callable[[int, str, str, Any], None]
"""(change rowid, entity, row id, parsed data) -> raise to refuse: an import's check of the
values of the changes it brought (`sync/validate.NewChanges.values`), run where each change's
data is parsed anyway."""


def load_changes(
    connection: Connection,
    entity: str,
    row_ids: Sequence[str],
    applied: Mapping[str, int],
    seen: SeenCache,
    check: Check | None = None,
) -> dict[str, list[ChangeRecord] | RowState]:
    """All applied changes of the given rows (changes held back by causal order are left out)."""
    marks = ",".join("?" * len(row_ids))
    result = sql.driver_rows(
        connection,
        f"SELECT rowid, row_id, device_id, seq, tx_seq, hlc, data FROM change "
        f"WHERE row_id IN ({marks}) AND entity = ?",
        (*row_ids, entity),
    )
    rows = [r for r in result if r[3] <= applied.get(r[2], 0)]
    counts: dict[str, int] = {}
    devices: dict[str, str] = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
        # The row's one device, or "" once a second device changed it.
        if devices.setdefault(r[1], r[2]) != r[2]:
            devices[r[1]] = ""
    # Version vectors only where the merge reads them: `is_seen` orders the changes of one
    # device by seq, so a row edited on one device only needs none.
    seen.load((r[2], r[4]) for r in rows if counts[r[1]] > 1 and not devices[r[1]])
    out: dict[str, list[ChangeRecord] | RowState] = {}
    for rowid, row_id, device, seq, tx_seq, hlc, data in rows:
        values = fast_loads(data)
        if check is not None:
            check(rowid, entity, row_id, values)
        if counts[row_id] == 1:
            # Fast path (a record created and not edited since): its one change is every winner.
            out[row_id] = RowState(values, bool(values.get("deleted", False)), hlc, device)
            continue
        changes = out.setdefault(row_id, [])
        assert isinstance(changes, list)
        changes.append(ChangeRecord(device, seq, hlc, values, seen.get(device, tx_seq), rowid))
    return out


def resolve_all(
    loaded: Mapping[str, list[ChangeRecord] | RowState], fields: Sequence[str]
) -> dict[str, RowState]:
    return {
        row_id: item if isinstance(item, RowState) else resolve_row(item, fields)
        for row_id, item in loaded.items()
    }


def _json_column(value: Any) -> str | None:
    """`json.dumps` as the ORM stores a JSON column; the common empty value without the encoder."""
    if value is None:
        return None
    if not value and type(value) in (dict, list):
        return "{}" if type(value) is dict else "[]"
    return json.dumps(value)


def _converter(table: Table, name: str, flag: type) -> Any:
    """How a value is bound for its column; `flag`: what a boolean is bound as (int on SQLite,
    as it always was; bool on PostgreSQL, whose boolean columns take no integers)."""
    column_type = table.c[name].type
    if isinstance(column_type, JSON):
        return _json_column
    if isinstance(column_type, Boolean):
        return lambda v: None if v is None else flag(bool(v))
    return None


class RowWriter:
    """Writes resolved rows of one model: inserts new ids, updates existing ones."""

    def __init__(self, connection: Connection, model: type[SyncedRow]):
        self.connection = connection
        self.model = model
        self.table: Table = model.__table__  # type: ignore[attr-defined]
        self.fields = [n for n in data_fields(model) if n != "id"]
        self.defaults = {k: _plain(v) for k, v in column_defaults(model).items()}
        self.flag: type = bool if sql.is_postgresql(connection) else int
        self.converters = {n: _converter(self.table, n, self.flag) for n in self.fields}
        self.plan = [(n, self.converters[n]) for n in self.fields]
        self._values = self._compile()
        self.derived = ["due_date"] if model is EquipmentItem else []
        self.columns = [*self.fields, *self.derived, "deleted", "hlc", "device_id"]
        self.parents = {fk.parent.name: fk.column.table.name for fk in self.table.foreign_keys}
        self.references = [c for c in PARENTS if c in self.table.c]
        self.touched: Touched | None = None
        """The unit of work's rows written (their areas' kept readiness counts are refreshed
        at its end, store/readiness_counts.py), with the old references of updated rows."""
        quoted = ", ".join(f'"{c}"' for c in self.columns)
        # search_text is refreshed per area after all rows are written; start new areas empty.
        extra = ', "search_text"' if model is Area else ""
        extra_value = ", ''" if model is Area else ""
        self.insert_sql = (
            f'INSERT INTO "{self.table.name}" ("id", {quoted}{extra}) '
            f"VALUES (?, {', '.join('?' * len(self.columns))}{extra_value})"
        )
        sets = ", ".join(f'"{c}" = ?' for c in self.columns)
        self.update_sql = f'UPDATE "{self.table.name}" SET {sets} WHERE "id" = ?'

    def _compile(self) -> Any:
        """Straight-line code for the hot per-row conversion (about twice as fast as a loop).

        Two functions: `values(v)`, the data columns, and `fresh(i, v, h, dv)`, a brand-new
        row's whole INSERT (`insert_fresh`): id, data columns, derived due date, tombstone, hlc
        and device, as `values()` of its RowState gives them after the id."""
        fast: list[str] = []
        slow: list[str] = []
        for index, (name, convert) in enumerate(self.plan):
            for out, fetch in ((fast, f"v[{name!r}]"), (slow, f"v.get({name!r}, d[{name!r}])")):
                out.append(fetch if convert is None else f"c[{index}]({fetch})")
        # Records usually carry every field (creation writes all): index directly, and fall back
        # to defaults only for records written by an older app that lacked a field.
        source = (
            f"def values(v):\n    try:\n        return [{', '.join(fast)}]\n"
            f"    except KeyError:\n        return [{', '.join(slow)}]\n"
            f"def fresh(i, v, h, dv):\n    try:\n        out = [i, {', '.join(fast)}]\n"
            f"    except KeyError:\n        out = [i, {', '.join(slow)}]\n"
            f"    out += ({'due(v), ' if self.model is EquipmentItem else ''}"
            f"{self.flag.__name__}(bool(v.get('deleted', False))), h, dv)\n    return out\n"
        )
        namespace: dict[str, Any] = {
            "d": self.defaults,
            "c": [convert for _name, convert in self.plan],
            "due": self._due,
        }
        exec(compile(source, f"<row writer {self.table.name}>", "exec"), namespace)
        self._fresh = namespace["fresh"]
        return namespace["values"]

    def _due(self, values: Mapping[str, Any]) -> str | None:
        """The derived due date of an equipment record (ISO text), from its merged values."""
        get = values.get
        defaults = self.defaults
        if (
            get("last_checked", defaults["last_checked"]) is None
            and get("next_due", defaults["next_due"]) is None
        ):
            # Never checked and no date given: no due date (domain.readiness), the usual case
            # for a new item; skips the date parsing below.
            return None
        parsed = {n: get(n, defaults[n]) for n in DUE_FIELDS}
        for name in ("last_checked", "next_due"):
            if isinstance(parsed[name], str):
                parsed[name] = dt.date.fromisoformat(parsed[name])
        due = derive_due_date(parsed)["due_date"]
        return due.isoformat() if due is not None else None

    def values(self, state: RowState) -> list[Any]:
        """Column values in `self.columns` order (hot path: one call per materialised row)."""
        out: list[Any] = self._values(state.values)
        if self.derived:
            out.append(self._due(state.values))
        out += (self.flag(state.deleted), state.hlc, state.device_id)
        return out

    def missing_parents(self, states: Mapping[str, RowState]) -> set[str]:
        """Ids of rows whose references point at no row (never written: FKs are enforced)."""
        return self._missing([(row_id, s.values) for row_id, s in states.items()])

    def _missing(self, rows: Sequence[tuple[str, Mapping[str, Any]]]) -> set[str]:
        """`missing_parents` of (row id, values) pairs."""
        bad: set[str] = set()
        for column, target in self.parents.items():
            wanted = {v.get(column) for _r, v in rows}
            wanted.discard(None)
            if not wanted:
                continue
            found: set[str] = set()
            refs = list(wanted)
            for start in range(0, len(refs), CHUNK):
                part = refs[start : start + CHUNK]
                found.update(
                    r[0]
                    for r in sql.execute(
                        self.connection,
                        f'SELECT id FROM "{target}" WHERE id IN ({",".join("?" * len(part))})',
                        tuple(part),
                    )
                )
            if wanted <= found:  # the usual case: every parent exists
                continue
            bad.update(
                row_id for row_id, v in rows if v.get(column) is not None and v[column] not in found
            )
        return bad

    def insert_fresh(
        self,
        rows: Sequence[tuple[str, dict[str, Any], int]],
        device: str,
        stats: MaterialiseStats,
    ) -> tuple[set[str], set[str]]:
        """Insert brand-new rows, each (row id, data of its only change, its hlc) from `device`.

        The merge's fast path without its per-row objects: a row with one change takes that
        change's values, tombstone and stamp (`merge.resolve_row`), and does not exist yet.
        Rows whose parent is missing are not written; returns (area ids whose search text must
        be refreshed, ids of the rows not written)."""
        held = self._missing([(row_id, values) for row_id, values, _hlc in rows])
        areas: set[str] = set()
        fresh = self._fresh
        if held:
            inserts = [fresh(r, v, h, device) for r, v, h in rows if r not in held]
        else:
            inserts = [fresh(r, v, h, device) for r, v, h in rows]
        if self.model is Area:
            areas.update(row_id for row_id, _v, _h in rows if row_id not in held)
        elif self.model is SafetyPoint:
            areas.update(
                str(v["area_id"])
                for row_id, v, _h in rows
                if row_id not in held and v.get("area_id")
            )
        if inserts:
            sql.driver_executemany(self.connection, self.insert_sql, inserts)
            if self.touched is not None:
                self.touched.add(self.table.name, (row[0] for row in inserts))
        stats.new += len(inserts)
        return areas, held

    def write(
        self,
        states: Mapping[str, RowState],
        stats: MaterialiseStats,
        new: frozenset[str] = frozenset(),
    ) -> set[str]:
        """Write the rows; returns the area ids whose search text must be refreshed.

        `new`: ids known not to exist yet (no existence lookup needed for them)."""
        ids = [row_id for row_id in states if row_id not in new]
        # With each existing row its references before this write (for SafetyPoint the first
        # is its area: its old area's search text, and counts, change too).
        existing: dict[str, tuple[Any, ...]] = {}
        area_column = "area_id" if self.model is SafetyPoint else None
        select_cols = ", ".join(["id", *self.references])
        if ids:
            marks = ",".join("?" * len(ids))
            for row in sql.driver_rows(
                self.connection,
                f'SELECT {select_cols} FROM "{self.table.name}" WHERE id IN ({marks})',
                tuple(ids),
            ):
                existing[row[0]] = tuple(row[1:])
        held = self.missing_parents(states)
        stats.held.extend(f"{self.table.name} {row_id}" for row_id in sorted(held))
        inserts = []
        updates = []
        areas: set[str] = set()
        for row_id, state in states.items():
            if row_id in held:
                continue
            if row_id in existing:
                updates.append((*self.values(state), row_id))
                stats.changed += 1
                old = existing[row_id]
                if area_column and old[0]:
                    areas.add(str(old[0]))
                if self.touched is not None:
                    self.touched.parents(dict(zip(self.references, old, strict=True)))
            else:
                inserts.append((row_id, *self.values(state)))
                stats.new += 1
            if self.model is Area:
                areas.add(row_id)
            elif area_column and state.values.get("area_id"):
                areas.add(str(state.values["area_id"]))
        if inserts:
            sql.driver_executemany(self.connection, self.insert_sql, inserts)
        if updates:
            sql.driver_executemany(self.connection, self.update_sql, updates)
        if self.touched is not None:
            self.touched.add(self.table.name, (r for r in states if r not in held))
        return areas


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def materialise(
    uow: UnitOfWork,
    touched: Mapping[str, Iterable[str]] | None,
    applied: Mapping[str, int],
    stats: MaterialiseStats,
    touched_table: str | None = None,
    applied_before: Mapping[str, int] | None = None,
    check: Check | None = None,
) -> None:
    """Re-derive every touched row, parents' entities first, then refresh derived area text.

    `touched` maps entity -> row ids; alternatively `touched_table` names a temp table
    (entity, row_id) that is read in keyset-paginated chunks so memory stays bounded.
    `applied_before` (an import, with `touched_table`): the vector before this import; the
    changes in (applied_before, applied] are the newly applied ones. Brand-new rows among them are
    written straight from a sequential scan of those changes (`_write_new_rows`); every other
    row they touch goes into `touched_table` for the general merge. `check` sees the data of
    every change parsed here (an import refuses invalid values through it).
    """
    uow.session.flush()
    uow.session.expire_all()  # rows are written with SQL below; no stale ORM copies may survive
    connection = uow.session.connection()
    seen = SeenCache(connection)
    areas: set[str] = set()
    writers = {entity: RowWriter(connection, model) for entity, model in MODELS_BY_ENTITY.items()}
    for writer in writers.values():
        writer.touched = uow.touched
    if applied_before is not None:
        assert touched_table is not None
        areas |= _write_new_rows(
            connection, writers, applied_before, applied, stats, touched_table, check
        )
    for entity in MODELS_BY_ENTITY:
        writer = writers[entity]
        fields = writer.fields
        for chunk in _chunks(connection, entity, touched, touched_table):
            changes = load_changes(connection, entity, chunk, applied, seen, check)
            states = resolve_all(changes, fields)
            if not states:
                continue
            # During an import every touched row has a newly applied change, so a row whose only
            # applied change is that one (the fast path) was never materialised: it is new.
            new = (
                frozenset(r for r, item in changes.items() if isinstance(item, RowState))
                if touched_table is not None
                else frozenset()
            )
            areas |= writer.write(states, stats, new)
            conflicted = [(entity, r) for r, s in states.items() if s.has_conflict]
            clear = [(entity, r) for r, s in states.items() if not s.has_conflict]
            stats.conflicts += len(conflicted)
            if conflicted:
                sql.execute(
                    connection,
                    "INSERT OR IGNORE INTO sync_conflict_row (entity, row_id) VALUES (?, ?)",
                    conflicted,
                )
            if clear:
                # Only rows that were candidates need a delete (usually none: skip the work).
                marks = ",".join("?" * len(clear))
                listed = sql.driver_rows(
                    connection,
                    f"SELECT row_id FROM sync_conflict_row WHERE entity = ? AND row_id IN "
                    f"({marks})",
                    (entity, *(r for _e, r in clear)),
                )
                if listed:
                    sql.driver_executemany(
                        connection,
                        "DELETE FROM sync_conflict_row WHERE entity = ? AND row_id = ?",
                        [(entity, r) for (r,) in listed],
                    )
    for area_id in sorted(areas):
        refresh_search_text(uow, area_id)
    uow.session.flush()


SCAN = 5000


def _write_new_rows(
    connection: Connection,
    writers: Mapping[str, RowWriter],
    before: Mapping[str, int],
    after: Mapping[str, int],
    stats: MaterialiseStats,
    touched_table: str,
    check: Check | None,
) -> set[str]:
    """Insert the brand-new rows among the newly applied changes; queue the rest for the merge.

    The common case of a big import (an office or a new laptop receiving records it has never
    seen): a row whose change is the only change of that row id in the whole log is created by
    it, and that change wins every register, so the row is its data (the merge's fast path),
    and it cannot exist yet (rows are only ever written from the log, and nothing deletes from
    the log). Such rows are written from a scan of the new changes in (device, seq) order, in
    chunks of SCAN changes (memory stays bounded), without the temp table and the read-back by
    row id. A row with more than one change in the log (an edit, or a record we already hold),
    of an entity this version does not know, or whose parent row is not written yet (it comes
    from another device's changes, or takes the general merge) goes to `touched_table` and is
    merged by the general path afterwards, parents' entities first, exactly as before."""
    areas: set[str] = set()
    for device, seq_after in after.items():
        last = before.get(device, 0)
        while last < seq_after:
            # With each change, how many changes of its row id the whole log holds (an
            # index-only count on ix_change_row_id).
            chunk = sql.driver_rows(
                connection,
                "SELECT c.seq, c.hlc, c.entity, c.row_id, c.data, c.rowid, "
                "(SELECT count(*) FROM change o WHERE o.row_id = c.row_id) FROM change c "
                "WHERE c.device_id = ? AND c.seq > ? AND c.seq <= ? ORDER BY c.seq LIMIT ?",
                (device, last, seq_after, SCAN),
            )
            if not chunk:
                break
            last = chunk[-1][0]
            areas |= _write_new_chunk(
                connection, writers, device, chunk, stats, touched_table, check
            )
    return areas


def _write_new_chunk(
    connection: Connection,
    writers: Mapping[str, RowWriter],
    device: str,
    chunk: Sequence[tuple[int, int, str, str, str, int, int]],
    stats: MaterialiseStats,
    touched_table: str,
    check: Check | None,
) -> set[str]:
    fresh: dict[str, list[tuple[str, dict[str, Any], int]]] = {}
    rest: list[tuple[str, str]] = []
    loads = fast_loads
    for _seq, hlc, entity, row_id, data, rowid, count in chunk:
        if count == 1 and entity in writers:
            values = loads(data)
            if check is not None:
                check(rowid, entity, row_id, values)
            rows = fresh.get(entity)
            if rows is None:
                rows = fresh[entity] = []
            rows.append((row_id, values, hlc))
        else:
            if check is not None and entity not in writers:
                # A newer app's entity: never materialised here, so checked here.
                check(rowid, entity, row_id, loads(data))
            rest.append((entity, row_id))
    areas: set[str] = set()
    for entity, writer in writers.items():  # parents' entities first
        rows = fresh.get(entity)
        if not rows:
            continue
        written_areas, held = writer.insert_fresh(rows, device, stats)
        areas |= written_areas
        rest.extend((entity, row_id) for row_id in held)
    if rest:
        sql.driver_executemany(
            connection,
            f"INSERT OR IGNORE INTO {touched_table} (entity, row_id) VALUES (?, ?)",
            rest,
        )
    return areas


def _chunks(
    connection: Connection,
    entity: str,
    touched: Mapping[str, Iterable[str]] | None,
    touched_table: str | None,
) -> Iterable[list[str]]:
    if touched is not None:
        ids = sorted(set(touched.get(entity, ())))
        for start in range(0, len(ids), CHUNK):
            yield ids[start : start + CHUNK]
        return
    assert touched_table is not None
    last = ""
    while True:
        part = [
            r[0]
            for r in sql.execute(
                connection,
                f"SELECT row_id FROM {touched_table} WHERE entity = ? AND row_id > ? "
                f"ORDER BY row_id LIMIT {CHUNK}",
                (entity, last),
            )
        ]
        if not part:
            return
        yield part
        last = part[-1]
