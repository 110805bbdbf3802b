"""One office process of tests/sync/test_office_concurrency.py (run in a spawned process).

It opens the office database on the PostgreSQL server, imports the packages in the order given
and reports what each import applied. Its first import waits at a barrier shared with the other
process just before the merge lock (`importer.lock_merge`): both processes have inserted their
package's changes and merge at the same moment, so the test decides the interleaving rather
than the scheduler. `planted`: the merge lock is left out (the bug the lock prevents)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

BARRIER: Any = None


def init(barrier: Any) -> None:
    global BARRIER
    BARRIER = barrier


def run(url: str, anchor: str, packages: list[str], planted: bool) -> list[tuple[int, int]]:
    from trygghetsapp.services.database import open_database
    from trygghetsapp.sync import importer

    original = importer.lock_merge
    waited = False

    def lock_merge(connection: Any) -> None:
        nonlocal waited
        if not waited:
            waited = True
            BARRIER.wait(timeout=60)
        if not planted:
            original(connection)

    importer.lock_merge = lock_merge  # type: ignore[assignment]
    database = open_database(url, anchor=Path(anchor))
    try:
        reports = [importer.import_file(database, Path(p)) for p in packages]
        return [(r.new_changes, r.applied_changes) for r in reports]
    finally:
        database.close()
        importer.lock_merge = original  # type: ignore[assignment]


def import_all(
    url: str, anchor: str, packages: list[str], meet_first: bool = True
) -> list[tuple[int, int]]:
    """Import the packages in this order as the office installation at `anchor`:
    tests/sync/test_office_acceptance.py runs two of these at once, one per workstation. The
    first import meets the other process at the barrier (when `init` gave one) just before its
    merge, or at its end when it has nothing to merge (a duplicate): when both processes bring
    new changes, their merges overlap for certain, whatever the scheduler does. Both processes
    pass `meet_first` alike, and only when their first packages come from different senders
    (one sender's imports wait on each other's lock: they could never meet)."""
    from trygghetsapp.services.database import open_database
    from trygghetsapp.sync import importer

    original = importer.lock_merge
    met = BARRIER is None or not meet_first

    def meet() -> None:
        nonlocal met
        if not met:
            met = True
            BARRIER.wait(timeout=60)

    def lock_merge(connection: Any) -> None:
        meet()
        original(connection)

    importer.lock_merge = lock_merge  # type: ignore[assignment]
    database = open_database(url, anchor=Path(anchor))
    try:
        reports = []
        for package in packages:
            reports.append(importer.import_file(database, Path(package)))
            meet()
        meet()
        return [(r.new_changes, r.applied_changes) for r in reports]
    finally:
        database.close()
        importer.lock_merge = original  # type: ignore[assignment]
