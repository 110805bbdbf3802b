"""Two office processes import the same packages at the same moment (issue 19's acceptance):
each change is applied exactly once and the office ends as a replica that imported them one
after the other. 20 rounds, each on a fresh office database on the PostgreSQL server.

Each workstation is an installation of its own (its own anchor, keys and device identity, kept
beside the anchor: store/device_file.py), so no shared `local_device` row orders the two merges
any more: the explicit merge lock (`importer.lock_merge`) does. Planted away, every round goes
wrong (measured: 20 of 20, the office differs from the one-after-the-other replica: a merge
overwrote the area with a state missing the other laptop's edit);
`test_without_the_merge_lock_a_round_goes_wrong` keeps that proof in the suite.

The rounds: two laptops edit different fields of one area the office already holds (concurrent
edits, no conflict: both values must survive). Process 1 imports [laptop 1's package, laptop
2's], process 2 the reverse; both insert their first package's change and then meet at a
barrier just before the merge (tests/sync/office_worker.py), so the two merges always overlap.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg import PgServer
from tests.sync import office_worker
from tests.sync.trust import card, peers
from trygghetsapp.security import trust
from trygghetsapp.services import areas, checks, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync.api import export_package, import_file, set_role
from trygghetsapp.sync.device import get_device

pytestmark = pytest.mark.postgresql
ROUNDS = 20


@pytest.fixture(scope="module")
def workers() -> Iterator[concurrent.futures.ProcessPoolExecutor]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=2, mp_context=context, initializer=office_worker.init, initargs=(barrier,)
    ) as pool:
        yield pool


def _laptops(tmp_path: Path) -> tuple[Database, Database, Path, list[Path]]:
    """Two laptops that both hold area "Norr" (from the base package `base`) and then edit
    different fields of it; returns them, the base package and their two packages."""
    one = open_database(tmp_path / "falt1.sqlite", device_name="Fältdator 1")
    two = open_database(tmp_path / "falt2.sqlite", device_name="Fältdator 2")
    peers(one, two)
    area_id, _ = areas.create_area(one, {"name": "Norr"})
    base = export_package(one, tmp_path / "base", full=True).path
    assert base is not None
    import_file(two, base)
    areas.update_area(one, area_id, {"notes": "från fältdator 1"})
    areas.update_area(two, area_id, {"local_group": "från fältdator 2"})
    packages = []
    for laptop, name in ((one, "p1"), (two, "p2")):
        package = export_package(laptop, tmp_path / name).path
        assert package is not None
        packages.append(package)
    return one, two, base, packages


def _office(
    location: Path | str,
    anchor: Path,
    laptops: tuple[Database, Database],
    base: Path | None,
    name: str = "Kontoret",
) -> Database:
    """An office installation (its own device identity and keys beside `anchor`); `base` is
    imported when given (the first workstation: the area both laptops edit)."""
    office = open_database(location, device_name=name, anchor=anchor)
    set_role(office, "office")
    for laptop in laptops:  # the office enrols the laptops (they import nothing here)
        trust.enrol_card(office.path, card(laptop))
    if base is not None:
        import_file(office, base)
    return office


def _rounds(
    server: PgServer,
    workers: concurrent.futures.ProcessPoolExecutor,
    tmp_path: Path,
    planted: bool = False,
) -> list[str]:
    """Runs the rounds; returns what went wrong in each round that went wrong."""
    one, two, base, packages = _laptops(tmp_path)
    reference = _office(tmp_path / "reference.sqlite", tmp_path / "ref", (one, two), base)
    reports = [import_file(reference, package) for package in packages]
    total = sum(r.applied_changes for r in reports)
    assert total == sum(r.new_changes for r in reports) > 0
    expected = transfer.export_text(reference)
    assert '"från fältdator 1"' in expected and '"från fältdator 2"' in expected
    reference.close()
    failures = []
    orders = [[str(p) for p in packages], [str(p) for p in reversed(packages)]]
    for number in range(ROUNDS):
        url = server.new_database("office")
        # Two workstations: two installations, each its own device identity, clock and keys.
        anchors = [tmp_path / f"round-{number}" / f"ws{n}" / "office" for n in (1, 2)]
        first = _office(url, anchors[0], (one, two), base, "Kontor 1")
        second = _office(url, anchors[1], (one, two), None, "Kontor 2")
        devices = {get_device(first).id, get_device(second).id}
        first.close()
        second.close()
        assert len(devices) == 2, "the two workstations share one device identity"
        futures = [
            workers.submit(office_worker.run, url, str(anchor), order, planted)
            for anchor, order in zip(anchors, orders, strict=True)
        ]
        results = [f.result(timeout=120) for f in futures]
        office = open_database(url, anchor=anchors[0])
        try:
            applied = sum(a for result in results for _new, a in result)
            inserted = sum(n for result in results for n, _a in result)
            text = transfer.export_text(office)
            problems = checks.check_database(office)
        finally:
            office.close()
            server.drop(url)
        wrong = []
        if applied != total or inserted != total:
            wrong.append(f"applied {applied} and inserted {inserted} changes of {total}")
        if text != expected:
            wrong.append("the office differs from a replica that imported one after the other")
        if problems:
            wrong.append(f"check: {problems}")
        if wrong:
            failures.append(f"round {number}: " + "; ".join(wrong))
    one.close()
    two.close()
    return failures


def test_two_office_processes_apply_each_change_once(
    pg_server: PgServer, workers: concurrent.futures.ProcessPoolExecutor, tmp_path: Path
) -> None:
    assert _rounds(pg_server, workers, tmp_path, planted=False) == []


def test_without_the_merge_lock_a_round_goes_wrong(
    pg_server: PgServer, workers: concurrent.futures.ProcessPoolExecutor, tmp_path: Path
) -> None:
    """The planted bug: `importer.lock_merge` left out. Each workstation is its own device, so
    no shared row serialises the two merges any more; each merges without the other's
    uncommitted changes and the later commit overwrites the area with a state missing the
    earlier one's edit (or applies a change twice, or none)."""
    failures = _rounds(pg_server, workers, tmp_path, planted=True)
    print(f"{len(failures)} of {ROUNDS} rounds went wrong without the merge lock:", *failures[:3])
    assert failures, "the rounds passed without the merge lock: the test cannot catch the bug"
