"""`sync import` against hostile packages (issue 6, item 4): a clear one-line refusal, never a
traceback, never a partial write. CI runs a few hundred cases; bench/soak.py runs >= 10,000."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.devtools import hostile, hostile_sync
from trygghetsapp.services.checks import check_database
from trygghetsapp.sync.api import import_file

CASES = 320


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[hostile_sync.SyncTarget]:
    target = hostile_sync.prepare(tmp_path_factory.mktemp("hostile-sync"))
    yield target
    target.database.close()


def run(target: hostile_sync.SyncTarget, seed: int, cases: int) -> hostile.HostileReport:
    rng = random.Random(seed)
    report = hostile.HostileReport()
    path = target.folder / "case.tsync"

    salvage = [False]

    def apply(file: Path) -> object:
        return import_file(target.database, file, salvage=salvage[0])

    for number in range(cases):
        salvage[0] = number % 16 >= 8  # every kind both strict and with --salvage
        kind, content = hostile_sync.case(target, rng, hostile_sync.KINDS[number % 8])
        accepted = hostile.run_case(path, content, apply, target.state, target.baseline, report)
        if accepted and target.state() != target.baseline:
            assert check_database(target.database) == [], kind
            target.restore()
        target.clear_quarantine()
    return report


def test_hostile_packages_are_refused_cleanly(target: hostile_sync.SyncTarget) -> None:
    report = run(target, seed=11, cases=CASES)
    assert report.crashes == 0, report.problems[:3]
    assert report.partial_writes == 0, report.problems[:3]
    assert report.problems == []
    assert report.cases == CASES and report.refused > CASES // 2
    assert report.slowest_seconds < 10


def test_the_valid_packages_are_accepted(target: hostile_sync.SyncTarget) -> None:
    """The generator starts from packages that do import (else every refusal proves nothing)."""
    for content in (target.plain, target.sealed):
        path = target.folder / "valid.tsync"
        path.write_bytes(content)
        report = import_file(target.database, path)
        assert report.new_changes > 0
        target.restore()
