"""Everything the sync views show, read in one go on the database worker.

`sync_status` and `list_conflicts` read the log; at scale that is not free, so the window asks
for a `SyncSnapshot` on the worker after a sync or an edit (debounced) and the panels, the
conflict badge and the status bar summary all draw from the same snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trygghetsapp.services.database import Database
from trygghetsapp.services.locate import RecordPlace, locate
from trygghetsapp.sync import api


@dataclass(frozen=True)
class SyncSnapshot:
    status: api.SyncStatus
    conflicts: tuple[api.Conflict, ...]
    places: dict[tuple[str, str], RecordPlace]
    folder: Path | None


def load_snapshot(database: Database) -> SyncSnapshot:
    conflicts = tuple(api.list_conflicts(database))
    records = {(c.entity, c.row_id) for c in conflicts}
    # A "reference" conflict is about a deleted contact: name its area and person too.
    records |= {("contact", str(c.winner.value)) for c in conflicts if c.kind == "reference"}
    return SyncSnapshot(
        status=api.sync_status(database),
        conflicts=conflicts,
        places=locate(database, sorted(records)),
        folder=api.get_folder(database),
    )
