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
