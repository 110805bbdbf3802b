"""Issue 19's acceptance: two laptops (SQLite) and two office workstations on one PostgreSQL
database exchange packages in any order, with duplicates, concurrently at the office; at the end
every laptop's export-json equals the office's, the conflicts are the same everywhere and `check`
is clean on all.

A seeded random schedule per seed (SEEDS): edits (new areas, field edits, deletes and restores)
on all four installations, packages exported incrementally or in full, delivered to a random
replica (old ones again: duplicates and late deliveries), and office rounds in which the two
workstations, in two processes, import overlapping shuffled batches at the same moment while
this process edits as one of them. Then a final exchange, and the properties.

Trust as an office of two workstations is set up today (docs/office-postgresql.md): the
laptops trust workstation 1 as *the* office (its packages relay everyone's changes) and enrol
workstation 2 as a device (its packages carry its own changes); both workstations enrol both
laptops; the laptops enrol each other.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.dbtools import rows
from tests.pg import PgServer
from tests.sync import office_worker
from tests.sync.trust import _trust_office, card, peers
from trygghetsapp.security import trust
from trygghetsapp.services import areas, checks, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync.api import export_package, import_file, set_role
from trygghetsapp.sync.conflicts import list_conflicts
from trygghetsapp.sync.device import get_device

pytestmark = pytest.mark.postgresql
SEEDS = [1, 2, 3]
STEPS = 60


@pytest.fixture(scope="module")
def workers() -> Iterator[concurrent.futures.ProcessPoolExecutor]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=2, mp_context=context, initializer=office_worker.init, initargs=(barrier,)
    ) as pool:
        yield pool


class Schedule:
    def __init__(self, server: PgServer, tmp: Path, seed: int, workers: Any):
        self.rng = random.Random(seed)
        self.tmp = tmp
        self.workers = workers
        self.pool = tmp / "pool"
        self.pool.mkdir()
        self.url = server.new_database("acceptance")
        self.anchors = [tmp / f"ws{n}" / "office" for n in (1, 2)]
        self.laptops = [
            open_database(tmp / f"falt{n}.sqlite", device_name=f"Fältdator {n}") for n in (1, 2)
        ]
        self.offices = [
            open_database(self.url, device_name=f"Kontor {n}", anchor=anchor)
            for n, anchor in zip((1, 2), self.anchors, strict=True)
        ]
        for office in self.offices:
            set_role(office, "office")
            for laptop in self.laptops:
                trust.enrol_card(office.path, card(laptop))
        assert get_device(self.offices[0]).id != get_device(self.offices[1]).id
        office_card = card(self.offices[0])
        for laptop in self.laptops:
            _trust_office(laptop.path, office_card)
            trust.enrol_card(laptop.path, card(self.offices[1]))
        peers(*self.laptops)
        self.packages: list[tuple[int, Path]] = []
        """(source index: 0, 1 laptops, 2, 3 workstations; path)"""
        self.values = 0
        self.rounds = 0

    @property
    def everyone(self) -> list[Database]:
        return [*self.laptops, *self.offices]

    def close(self, server: PgServer) -> None:
        for database in self.everyone:
            database.close()
        server.drop(self.url)

    # --- the actions -------------------------------------------------------------------------

    def edit(self, who: int) -> None:
        database = self.everyone[who]
        known = dict(rows(database, "SELECT id, deleted FROM area ORDER BY id"))
        self.values += 1
        value = f"v{self.values} från {who}"
        roll = self.rng.random()
        if not known or roll < 0.2:
            areas.create_area(database, {"name": f"Område {self.values}"})
            return
        area_id = self.rng.choice(sorted(known))
        deleted = bool(known[area_id])
        if roll < 0.3:
            if deleted:
                areas.restore_area(database, area_id)
            else:
                areas.delete_area(database, area_id)
        elif not deleted:
            field = self.rng.choice(["notes", "local_group", "name"])
            areas.update_area(database, area_id, {field: value})

    def export(self, who: int) -> None:
        full = self.rng.random() < 0.3
        path = export_package(self.everyone[who], self.pool, full=full).path
        if path is not None:
            self.packages.append((who, path))

    def deliver(self) -> None:
        if not self.packages:
            return
        source, path = self.rng.choice(self.packages)
        targets = [t for t in range(4) if t != source and not (source >= 2 and t >= 2)]
        import_file(self.everyone[self.rng.choice(targets)], path)

    def office_round(self) -> None:
        """Both workstations import overlapping shuffled batches of the laptops' packages at
        the same moment (two processes), while this process edits as one of them."""
        from_laptops = [p for s, p in self.packages if s < 2]
        if not from_laptops:
            return
        self.rounds += 1
        batches = []
        for first in range(2):
            batch = self.rng.sample(from_laptops, min(len(from_laptops), 4))
            batch += self.rng.sample(batch, min(len(batch), 1))  # a duplicate in one batch
            # Each workstation starts with another laptop's package (when it has one): their
            # first imports never wait on one sender's lock, and meet at the merge.
            own = [p for s, p in self.packages if s == first]
            if own:
                batch.insert(0, self.rng.choice(own))
            batches.append([str(p) for p in batch])
        meet = all(any(s == first for s, _p in self.packages) for first in range(2))
        futures = [
            self.workers.submit(office_worker.import_all, self.url, str(anchor), batch, meet)
            for anchor, batch in zip(self.anchors, batches, strict=True)
        ]
        self.edit(self.rng.choice([2, 3]))
        for future in futures:
            future.result(timeout=300)

    def run(self) -> None:
        for who in range(4):
            self.edit(who)
        for _ in range(STEPS):
            roll = self.rng.random()
            if roll < 0.35:
                self.edit(self.rng.randrange(4))
            elif roll < 0.55:
                self.export(self.rng.randrange(4))
            elif roll < 0.85:
                self.deliver()
            else:
                self.office_round()

    def final_exchange(self) -> None:
        fulls = []
        for laptop in self.laptops:
            path = export_package(laptop, self.pool, full=True).path
            assert path is not None
            fulls.append(str(path))
        batches = [fulls, fulls[::-1]]
        futures = [
            self.workers.submit(office_worker.import_all, self.url, str(anchor), batch)
            for anchor, batch in zip(self.anchors, batches, strict=True)
        ]
        for future in futures:
            future.result(timeout=300)
        office_fulls = []
        for office in self.offices:
            path = export_package(office, self.pool, full=True).path
            assert path is not None
            office_fulls.append(path)
        for laptop in self.laptops:
            for path in self.rng.sample(office_fulls, 2):
                import_file(laptop, path)


def _conflicts(database: Database) -> list[dict[str, Any]]:
    return [c.as_json() for c in list_conflicts(database)]


@pytest.mark.parametrize("seed", SEEDS)
def test_two_laptops_and_two_workstations_converge(
    pg_server: PgServer,
    workers: concurrent.futures.ProcessPoolExecutor,
    tmp_path: Path,
    seed: int,
) -> None:
    schedule = Schedule(pg_server, tmp_path, seed, workers)
    try:
        schedule.run()
        schedule.final_exchange()
        names = ["fältdator 1", "fältdator 2", "kontor 1", "kontor 2"]
        texts = [transfer.export_text(d) for d in schedule.everyone]
        conflicts = [_conflicts(d) for d in schedule.everyone]
        problems = {
            n: checks.check_database(d) for n, d in zip(names, schedule.everyone, strict=True)
        }
        print(
            f"seed {seed}: {len(schedule.packages)} packages, {schedule.rounds} office rounds, "
            f"{texts[2].count('Område')} areas, {len(conflicts[2])} conflicts"
        )
        assert texts[2].count("Område") >= 3, "the schedule made too few areas to compare"
        for name, text in zip(names[:2], texts[:2], strict=True):
            assert text == texts[2], f"seed {seed}: {name}'s export-json differs from the office's"
        assert texts[3] == texts[2]
        for name, found in zip(names, conflicts, strict=True):
            assert found == conflicts[2], f"seed {seed}: {name}'s conflicts differ"
        assert problems == {n: [] for n in names}, f"seed {seed}: check found problems"
    finally:
        schedule.close(pg_server)
