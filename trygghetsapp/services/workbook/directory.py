"""Names and ids of the records a workbook's rows may mean: the database's and the file's own.

A row names its area, its safety point, its role or its person by what people call them; the
directory answers "which record is that" within a scope (a point's name within its area, a
person's within the area). It also matches a row without an id to the record it updates, by the
record's natural key (an area's name within its municipality, an item's name at its point ...).
Small catalogues are loaded whole at first use, large ones (people, items) one scope at a time,
so a national database is never read whole for an import of one municipality.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from trygghetsapp.domain import typed
from trygghetsapp.store.models import (
    Area,
    Contact,
    CrisisRole,
    EquipmentItem,
    InfoChannel,
    Inspection,
    InspectionFinding,
    Municipality,
    RoleAssignment,
    SafetyPoint,
    SyncedRow,
)

Keys = Callable[[Any], tuple[str, ...]]


def _name(row: Any) -> tuple[str, ...]:
    return (typed.normalise(row.name),)


def _role_keys(row: Any) -> tuple[str, ...]:
    return tuple(typed.normalise(k) for k in (row.name, row.name_en, row.code) if k)


def _date_key(row: Any) -> tuple[str, ...]:
    return (row.date.isoformat() if hasattr(row.date, "isoformat") else str(row.date),)


def _channel_key(row: Any) -> tuple[str, ...]:
    return (f"{row.kind}|{typed.normalise(row.identifier)}",)


def _slot_key(row: Any) -> tuple[str, ...]:
    return (f"{row.role_id}|{row.rank}",)


def _finding_key(row: Any) -> tuple[str, ...]:
    return (row.equipment_id,)


@dataclass(frozen=True)
class Kind:
    model: type[SyncedRow]
    scope: str | None
    """The field that scopes names (a point's area_id), or None."""
    keys: Keys
    columns: tuple[str, ...]
    """The columns `keys` reads (besides id and the scope)."""
    display: str
    whole: bool
    """Loaded whole at first use (small catalogues) or one scope at a time."""


KINDS: dict[str, Kind] = {
    "municipality": Kind(Municipality, None, _name, ("name",), "name", True),
    "area": Kind(Area, "municipality_id", _name, ("name",), "name", True),
    "crisis_role": Kind(CrisisRole, None, _role_keys, ("name", "name_en", "code"), "name", True),
    "safety_point": Kind(SafetyPoint, "area_id", _name, ("name",), "name", True),
    "equipment_item": Kind(EquipmentItem, "safety_point_id", _name, ("name",), "name", False),
    "contact": Kind(Contact, "area_id", _name, ("name",), "name", False),
    "role_assignment": Kind(
        RoleAssignment, "area_id", _slot_key, ("role_id", "rank"), "role_id", False
    ),
    "info_channel": Kind(
        InfoChannel, "area_id", _channel_key, ("kind", "identifier"), "identifier", False
    ),
    "inspection": Kind(Inspection, "safety_point_id", _date_key, ("date",), "date", False),
    "inspection_finding": Kind(
        InspectionFinding, "inspection_id", _finding_key, ("equipment_id",), "equipment_id", False
    ),
}


class _Row:
    """The few columns `Kind.keys` reads, from a query row or a dict of values."""

    def __init__(self, values: dict[str, Any]):
        self.__dict__.update(values)


@dataclass
class Entry:
    scope: str | None
    keys: tuple[str, ...]
    display: str
    from_database: bool


class Directory:
    def __init__(self, session: Session):
        self.session = session
        self.entries: dict[str, dict[str, Entry]] = {name: {} for name in KINDS}
        self.index: dict[str, dict[tuple[str | None, str], set[str]]] = {n: {} for n in KINDS}
        """(scope, key) -> ids: a lookup within a scope touches only that scope's records."""
        self.any_scope: dict[str, dict[str, set[str]]] = {name: {} for name in KINDS}
        self.loaded_whole: set[str] = set()
        self.loaded_scopes: dict[str, set[str | None]] = {name: set() for name in KINDS}
        self.created: set[str] = set()
        """Ids this import adds: once written they are in the database, but never a match for
        a row's natural key (three new fire extinguishers of one name are three items)."""

    def _load(self, entity: str, scope: str | None) -> None:
        kind = KINDS[entity]
        if kind.whole:
            if entity in self.loaded_whole:
                return
            self.loaded_whole.add(entity)
            condition = None
        else:
            if scope is None or scope in self.loaded_scopes[entity]:
                return
            self.loaded_scopes[entity].add(scope)
            condition = getattr(kind.model, kind.scope or "id") == scope
        model = kind.model
        columns = ["id", *((kind.scope,) if kind.scope else ()), *kind.columns]
        query = select(*(getattr(model, c) for c in columns)).where(~model.deleted)
        if condition is not None:
            query = query.where(condition)
        for values in self.session.execute(query):
            row: Any = _Row(dict(zip(columns, values, strict=True)))
            if row.id in self.entries[entity]:
                continue  # the file already put it (a rename, or a record it created)
            self._put(
                entity,
                row.id,
                getattr(row, kind.scope) if kind.scope else None,
                kind.keys(row),
                str(getattr(row, kind.display)),
                row.id not in self.created,
            )

    def _put(
        self,
        entity: str,
        row_id: str,
        scope: str | None,
        keys: tuple[str, ...],
        display: str,
        from_database: bool,
    ) -> None:
        self.forget(entity, row_id)
        self.entries[entity][row_id] = Entry(scope, keys, display, from_database)
        for key in keys:
            self.index[entity].setdefault((scope, key), set()).add(row_id)
            self.any_scope[entity].setdefault(key, set()).add(row_id)

    def forget(self, entity: str, row_id: str) -> None:
        old = self.entries[entity].pop(row_id, None)
        if old is not None:
            for key in old.keys:
                self.index[entity].get((old.scope, key), set()).discard(row_id)
                self.any_scope[entity].get(key, set()).discard(row_id)

    def put(self, entity: str, row_id: str, values: dict[str, Any], created: bool) -> None:
        """A record of the file (new, renamed or moved), by its full values."""
        kind = KINDS[entity]
        scope = values.get(kind.scope) if kind.scope else None
        self._load(entity, scope)
        known = self.entries[entity].get(row_id)
        if created:
            self.created.add(row_id)
        row = _Row(values)
        self._put(
            entity,
            row_id,
            scope,
            kind.keys(row),
            str(values.get(kind.display, "")),
            known.from_database if known else not created,
        )

    def lookup(
        self, entity: str, scope: str | None, key: str, database_only: bool = False
    ) -> list[str]:
        """Live ids with this key, within `scope` (any scope when None, for whole catalogues)."""
        self._load(entity, scope)
        if scope is not None and KINDS[entity].scope:
            ids = self.index[entity].get((scope, key), set())
        else:
            ids = self.any_scope[entity].get(key, set())
        if not ids:
            return []
        return sorted(
            row_id
            for row_id in ids
            if not database_only or self.entries[entity][row_id].from_database
        )

    def entry(self, entity: str, row_id: str, scope: str | None = None) -> Entry | None:
        self._load(entity, scope)
        return self.entries[entity].get(row_id)

    def display(self, entity: str, row_id: str | None) -> str:
        if row_id is None:
            return ""
        entry = self.entries[entity].get(row_id)
        return entry.display if entry else row_id

    def load_ids(self, entity: str, ids: Iterable[str]) -> None:
        """Make sure the records with these ids are known (large catalogues: by their scope)."""
        kind = KINDS[entity]
        if kind.whole:
            self._load(entity, None)
            return
        missing = [i for i in ids if i not in self.entries[entity]]
        scope_column = getattr(kind.model, kind.scope or "id")
        for start in range(0, len(missing), 500):
            scopes = self.session.scalars(
                select(scope_column)
                .where(kind.model.id.in_(missing[start : start + 500]), ~kind.model.deleted)
                .distinct()
            )
            for scope in list(scopes):
                self._load(entity, scope)
