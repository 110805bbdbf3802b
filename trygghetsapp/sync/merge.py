"""The merge rule: per-field registers over the change log, a pure function of the set of changes.

Every change to a record is a write to each field it contains. A write X is *seen by* a write Y
iff Y is a later change of the same device, or the version vector of Y's transaction covers X.
The *leaves* of a register are the writes no other write to it has seen; the value is the leaf
with the largest (hlc, device, seq). Because nothing here depends on arrival order, every replica
holding the same changes computes the same rows and the same conflicts.

`MERGE_RULE` exists only so the convergence test can prove it would catch a broken rule
("last_arrival": the change that arrived last wins; "ignore_vv": clocks decide, causality is
ignored). Production code never changes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from trygghetsapp.store.codec import canonical_json
from trygghetsapp.store.erasure import ERASED_MARK

MERGE_RULE = "correct"
"""Test-only switch: "correct", "last_arrival" or "ignore_vv" (deliberately broken variants)."""


@dataclass(slots=True)
class ChangeRecord:
    """One applied change of one record, with the version vector of its transaction."""

    device: str
    seq: int
    hlc: int
    data: Mapping[str, Any]
    seen: Mapping[str, int]
    arrival: int = 0
    """Local insertion order (SQLite rowid); used only by the broken "last_arrival" rule."""

    @property
    def order(self) -> tuple[int, str, int]:
        return (self.hlc, self.device, self.seq)


def is_seen(x: ChangeRecord, y: ChangeRecord) -> bool:
    """True iff the author of y had x when making y (x happened before y)."""
    if MERGE_RULE == "ignore_vv":
        return False
    if y.device == x.device:
        return y.seq > x.seq
    return y.seen.get(x.device, 0) >= x.seq


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A register with more than one distinct-valued leaf: the winner and every other leaf."""

    field: str
    winner: ChangeRecord
    losers: tuple[ChangeRecord, ...]


@dataclass(slots=True)
class RowState:
    """The merged record: field values, tombstone, stamp of the newest winning write, conflicts."""

    values: dict[str, Any] = field(default_factory=dict)
    deleted: bool = False
    hlc: int = 0
    device_id: str = ""
    conflicts: list[FieldConflict] = field(default_factory=list)
    delete_conflict: tuple[ChangeRecord, tuple[ChangeRecord, ...]] | None = None
    """(a delete leaf, the edits it had not seen): the row stays visible until someone decides."""

    @property
    def has_conflict(self) -> bool:
        return bool(self.conflicts) or self.delete_conflict is not None


def leaves(writes: Sequence[ChangeRecord]) -> list[ChangeRecord]:
    if len(writes) == 1:
        return list(writes)
    return [w for w in writes if not any(o is not w and is_seen(w, o) for o in writes)]


def _winner(candidates: Sequence[ChangeRecord]) -> ChangeRecord:
    if MERGE_RULE == "last_arrival":
        return max(candidates, key=lambda c: c.arrival)
    return max(candidates, key=lambda c: c.order)


def resolve_row(changes: Sequence[ChangeRecord], fields: Sequence[str]) -> RowState:
    """Merge all applied changes of one record. `fields` are the data fields this app knows;
    fields of a newer app version stay in the log untouched and are simply not materialised."""
    state = RowState()
    if len(changes) == 1:
        # Fast path (a record created and not edited since): the one change is every winner.
        only = changes[0]
        state.values = dict(only.data)  # "deleted" stays in; writers read the fields they know
        state.deleted = bool(only.data.get("deleted", False))
        state.hlc, state.device_id = only.hlc, only.device
        return state
    by_field: dict[str, list[ChangeRecord]] = {}
    for change in changes:
        for name in change.data:
            by_field.setdefault(name, []).append(change)
    field_leaves: dict[str, list[ChangeRecord]] = {}
    newest: ChangeRecord | None = None
    for name in [*fields, "deleted"]:
        writes = by_field.get(name)
        if not writes:
            continue
        if len(writes) == 1:
            # Written once (usually by the creation): that write is the only leaf.
            winner = writes[0]
            field_leaves[name] = writes
        else:
            tops = leaves(writes) if MERGE_RULE != "last_arrival" else list(writes)
            field_leaves[name] = tops
            winner = _winner(tops)
            if len(tops) > 1:
                text = canonical_json(winner.data[name])
                losers = tuple(
                    sorted(
                        (
                            t
                            for t in tops
                            if t is not winner and canonical_json(t.data[name]) != text
                        ),
                        key=lambda c: c.order,
                    )
                )
                if losers:
                    state.conflicts.append(FieldConflict(name, winner, losers))
        value = winner.data[name]
        if name == "deleted":
            state.deleted = bool(value)
        else:
            state.values[name] = value
        # Usually one change wins most fields: compare stamps only when the winner differs.
        if winner is not newest and (newest is None or winner.order > newest.order):
            newest = winner
    if newest is not None:
        state.hlc, state.device_id = newest.hlc, newest.device
    _edit_versus_delete(state, field_leaves)
    if any(c.data.get(ERASED_MARK) is True for c in changes):
        # Erasure wins over every edit, seen or not (sync/erasure.py): the redacted edits carry
        # no personal value, and the record stays deleted without a delete-versus-edit review.
        state.deleted = True
        state.delete_conflict = None
    return state


def _edit_versus_delete(state: RowState, field_leaves: dict[str, list[ChangeRecord]]) -> None:
    """A delete leaf that had not seen an edit leaf of another field: keep the row visible and
    report it, so the edit is never silently buried (PouchDB #6666, #6810)."""
    if not state.deleted:
        return
    deletes = sorted(
        (c for c in field_leaves.get("deleted", ()) if c.data["deleted"]),
        key=lambda c: c.order,
        reverse=True,
    )
    for delete in deletes:
        unseen: dict[tuple[str, int], ChangeRecord] = {}
        for name, tops in field_leaves.items():
            if name == "deleted":
                continue
            for edit in tops:
                same = edit.device == delete.device and edit.seq == delete.seq
                if not same and not is_seen(edit, delete):
                    unseen[(edit.device, edit.seq)] = edit
        if unseen:
            state.deleted = False
            state.delete_conflict = (
                delete,
                tuple(sorted(unseen.values(), key=lambda c: c.order)),
            )
            return
