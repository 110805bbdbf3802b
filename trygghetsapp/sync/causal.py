"""Causal delivery: which received transactions may be applied, and this replica's version vector.

A transaction is applied once every transaction its author had seen is applied here (its `seen`
vector is covered by ours) and its own device's earlier transactions are too; until then its changes
sit in the log, exported onwards but not shown. This deviates from SYNC.md 2.10 ("gaps block
nothing") on purpose, for two reasons:

1. Local edits are written straight into the tables by the unit of work, with `seen` = our vector.
   That direct write equals the merge result only if every change the merge would consider is
   covered by that vector; with a held-back change in the merge, a local edit could show as
   winning here while losing everywhere else (e.g. against a clamped future clock).
2. A child row can never arrive before its parent: the parent's creation was seen by the child's
   author, so it is applied first. Foreign keys stay satisfied without a pending-row table.

Gaps are reported as missing ranges ("changes 120-180 from Fältdator 07 not yet received"), not
hidden (the ODK backlog lesson, SYNC.md 1.4).

One kind of gap is never filled: in a county database a municipality's workstation cannot read
another municipality's changes (row-level security), so its packages carry a device's changes
with holes where the other municipality's were. The package names those holes (header
`withheld`, sync/exporter.py `withheld_ranges`); from the office a laptop trusts (a relay) they
are recorded (`record_withheld`, sync_setting `withheld:<device>`) and count as present here:
a transaction whose missing changes are all withheld is complete. Its author's other changes
about this municipality's rows, and every later change that saw them, can then be applied.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass

from sqlalchemy import Connection

from trygghetsapp.store import sql


@dataclass(frozen=True, slots=True)
class HeldTx:
    device: str
    tx_seq: int
    last_seq: int
    seen: dict[str, int]


def applied_vector(connection: Connection) -> dict[str, int]:
    return {
        d: s
        for d, s in sql.execute(
            connection, "SELECT device_id, contiguous_seq FROM device_knowledge"
        )
    }


WITHHELD_KEY = "withheld:"
_MAX_WITHHELD_RANGES = 100_000


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def withheld(connection: Connection) -> dict[str, list[tuple[int, int]]]:
    """device -> the ranges of its changes the trusted office said it withholds (merged)."""
    return {
        key[len(WITHHELD_KEY) :]: [(int(a), int(b)) for a, b in json.loads(value)]
        for key, value in sql.execute(
            connection,
            "SELECT key, value FROM sync_setting WHERE key LIKE ?",
            (WITHHELD_KEY + "%",),
        )
    }


def record_withheld(connection: Connection, claim: object) -> None:
    """Remember the holes a relay package names (header `withheld`); malformed entries are
    skipped (a package of the trusted office, but never a reason to crash the import)."""
    if not isinstance(claim, dict):
        return
    known = withheld(connection)
    for device, ranges in list(claim.items())[:_MAX_WITHHELD_RANGES]:
        if not isinstance(device, str) or not isinstance(ranges, list):
            continue
        valid = [
            (r[0], r[1])
            for r in ranges[:_MAX_WITHHELD_RANGES]
            if isinstance(r, list)
            and len(r) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in r)
            and 1 <= r[0] <= r[1]
        ]
        if not valid:
            continue
        merged = _merge([*known.get(device, []), *valid])
        sql.execute(
            connection,
            "INSERT INTO sync_setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (WITHHELD_KEY + device, json.dumps([list(r) for r in merged])),
        )


def _complete(
    connection: Connection,
    tx: HeldTx,
    present: dict[tuple[str, int], int],
    holes: dict[str, list[tuple[int, int]]],
) -> bool:
    """Every change of `tx` is here, or withheld by the office for another municipality."""
    size = tx.last_seq - tx.tx_seq + 1
    if present.get((tx.device, tx.tx_seq), 0) == size:
        return True
    overlap = [
        (max(a, tx.tx_seq), min(b, tx.last_seq))
        for a, b in holes.get(tx.device, ())
        if a <= tx.last_seq and b >= tx.tx_seq
    ]
    if not overlap:
        return False
    seqs = {
        seq
        for (seq,) in sql.execute(
            connection,
            "SELECT seq FROM change WHERE device_id = ? AND seq BETWEEN ? AND ?",
            (tx.device, tx.tx_seq, tx.last_seq),
        )
    }
    for a, b in overlap:
        seqs.update(range(a, b + 1))
    return len(seqs) == size


def apply_ready(connection: Connection) -> tuple[dict[str, int], dict[str, int]]:
    """Advance the vector over every transaction that has become applicable.

    Returns (vector before, vector after); the caller materialises the rows touched by changes in
    (before[d], after[d]] and this function persists the new vector.
    """
    before = applied_vector(connection)
    held: dict[str, deque[HeldTx]] = {}
    for device, tx_seq, last_seq, seen in sql.execute(
        connection,
        "SELECT t.device_id, t.tx_seq, t.last_seq, t.seen FROM change_tx t "
        "LEFT JOIN device_knowledge k ON k.device_id = t.device_id "
        "WHERE t.tx_seq > coalesce(k.contiguous_seq, 0) ORDER BY t.device_id, t.tx_seq",
    ):
        held.setdefault(device, deque()).append(HeldTx(device, tx_seq, last_seq, json.loads(seen)))
    if not held:
        return before, dict(before)
    present: dict[tuple[str, int], int] = {
        (d, x): n
        for d, x, n in sql.execute(
            connection,
            "SELECT c.device_id, c.tx_seq, count(*) FROM change c "
            "LEFT JOIN device_knowledge k ON k.device_id = c.device_id "
            "WHERE c.seq > coalesce(k.contiguous_seq, 0) GROUP BY c.device_id, c.tx_seq",
        )
    }
    holes = withheld(connection)
    after = dict(before)
    progress = True
    while progress:
        progress = False
        for device, queue in held.items():
            while queue:
                tx = queue[0]
                ready = (
                    tx.tx_seq == after.get(device, 0) + 1
                    and _complete(connection, tx, present, holes)
                    and all(after.get(d, 0) >= s for d, s in tx.seen.items() if d != device)
                )
                if not ready:
                    break
                after[device] = tx.last_seq
                queue.popleft()
                progress = True
    for device, seq in after.items():
        if seq != before.get(device):
            sql.execute(
                connection,
                "INSERT INTO device_knowledge (device_id, contiguous_seq, name) VALUES (?, ?, '') "
                "ON CONFLICT (device_id) DO UPDATE SET contiguous_seq = excluded.contiguous_seq",
                (device, seq),
            )
    return before, after
