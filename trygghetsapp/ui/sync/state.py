"""Everything the sync views show, read in one go on the database worker.

`sync_status` and `list_conflicts` read the log; at scale that is not free, so the window asks
for a `SyncSnapshot` through the door (`door.load_snapshot`, on the worker) after a sync or an
edit (debounced) and the panels, the conflict badge and the status bar summary all draw from the
same snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trygghetsapp.services.locate import RecordPlace
from trygghetsapp.sync import api


@dataclass(frozen=True)
class SyncSnapshot:
    status: api.SyncStatus
    conflicts: tuple[api.Conflict, ...]
    places: dict[tuple[str, str], RecordPlace]
    folder: Path | None
