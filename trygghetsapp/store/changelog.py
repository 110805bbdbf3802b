"""Turns the edits of one unit of work into immutable change records.

Each record touched in a transaction gets one `Change` holding every field the transaction set on
it (one register write per field, all with the transaction's stamp), and the transaction gets one
`ChangeTransaction` with the version vector its author had seen. Sequence numbers are contiguous per
device and are persisted in the same database transaction as the edit, so a crash can neither lose
a change record nor leave one without its edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from trygghetsapp.domain.hlc import HybridClock
from trygghetsapp.store.bulk import bulk_insert
from trygghetsapp.store.codec import canonical_json, to_json_value
from trygghetsapp.store.locks import MERGE_LOCK
from trygghetsapp.store.models import (
    DERIVED_COLUMNS,
    Change,
    ChangeTransaction,
    DeviceKnowledge,
    LocalDevice,
)


@dataclass
class PendingChanges:
    """Edits collected during one unit of work, keyed by (entity, row id), in first-touch order."""

    rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def record(self, entity: str, row_id: str, values: dict[str, Any]) -> None:
        data = self.rows.setdefault((entity, row_id), {})
        for key, value in values.items():
            if key not in DERIVED_COLUMNS:
                data[key] = to_json_value(value)

    def __len__(self) -> int:
        return len(self.rows)


def version_vector(session: Session) -> dict[str, int]:
    rows = session.execute(select(DeviceKnowledge.device_id, DeviceKnowledge.contiguous_seq))
    return {device: seq for device, seq in rows if seq > 0}


CHANGE_TABLE: Table = Change.__table__  # type: ignore[assignment]


class ChangeLog:
    """Writes the pending changes of a transaction; call `stamp()` first to get its HLC."""

    def __init__(self, session: Session, clock: HybridClock):
        self.session = session
        self.clock = clock
        connection = session.connection()
        if connection.dialect.name == "postgresql":
            # A local edit on a server database waits for an import's merge in progress (and an
            # import's merge for it): the merge writes rows from the log it read, and would
            # otherwise overwrite this edit's fields with a state without them. Shared: the
            # edits of several workstations do not wait for each other (their rows' own locks
            # order two edits of one record). Taken before the first read of this transaction
            # (no autoflush through the driver call). Key: sync/importer.py MERGE_LOCK.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({MERGE_LOCK})")
        query = select(LocalDevice.id, LocalDevice.last_seq, LocalDevice.last_hlc)
        if connection.dialect.name == "postgresql":
            # Two processes of one installation (a window and a command) number from one
            # counter: the second waits for the first's commit (SQLite: BEGIN IMMEDIATE).
            query = query.with_for_update()
        device = session.execute(query).one()
        self.device_id: str = device.id
        self.last_seq: int = device.last_seq
        self.last_hlc: int = device.last_hlc
        self._hlc: int | None = None
        self._first_seq: int | None = None

    def stamp(self) -> int:
        """The transaction's HLC; every row it touches carries it."""
        if self._hlc is None:
            self.clock.last = max(self.clock.last, self.last_hlc)
            self._hlc = self.clock.now()
        return self._hlc

    def append(self, items: Iterable[tuple[str, str, dict[str, Any]]]) -> int:
        """Persist change records (entity, row id, {field: json value}); returns the count."""
        hlc = self.stamp()
        if self._first_seq is None:
            self._first_seq = self.last_seq + 1
        seq = self.last_seq
        batch: list[dict[str, Any]] = []
        count = 0
        for entity, row_id, data in items:
            seq += 1
            batch.append(
                {
                    "device_id": self.device_id,
                    "seq": seq,
                    "tx_seq": self._first_seq,
                    "hlc": hlc,
                    "entity": entity,
                    "row_id": row_id,
                    "data": canonical_json(data),
                }
            )
            if len(batch) >= 20_000:
                bulk_insert(self.session.connection(), CHANGE_TABLE, batch)
                count += len(batch)
                batch = []
        if batch:
            bulk_insert(self.session.connection(), CHANGE_TABLE, batch)
            count += len(batch)
        self.last_seq = seq
        return count

    def append_pending(self, pending: PendingChanges) -> int:
        return self.append((e, r, d) for (e, r), d in pending.rows.items())

    def finish(self) -> None:
        """Close the transaction: its version vector, and this device's counters."""
        if self._first_seq is None or self.last_seq < self._first_seq:
            return
        assert self._hlc is not None
        seen = version_vector(self.session)
        self.session.execute(
            insert(ChangeTransaction).values(
                device_id=self.device_id,
                tx_seq=self._first_seq,
                last_seq=self.last_seq,
                hlc=self._hlc,
                seen=json.dumps(seen, sort_keys=True),
            )
        )
        self.session.execute(
            update(LocalDevice)
            .where(LocalDevice.id == self.device_id)
            .values(last_seq=self.last_seq, last_hlc=self._hlc)
        )
        self.session.execute(
            update(DeviceKnowledge)
            .where(DeviceKnowledge.device_id == self.device_id)
            .values(contiguous_seq=self.last_seq)
        )
        self.last_hlc = self._hlc
