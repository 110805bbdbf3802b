"""Editing at once on one office database (issue 19, item 3): two windows on one record.

Each round, two edits of one area start at the same moment (two threads, each its own
connection, meeting at a barrier as the change log opens, i.e. after each has read the row and
before either writes its change records):

- two installations (two workstations), different fields: both values stay, each workstation's
  changes are numbered from its own counter with no gap, `check` is clean;
- one installation in two processes (its window and a command), each editing another area:
  both edits commit, numbered one after the other from the one counter.

Planted: without the device row's lock (`FOR UPDATE` in store/changelog.py), the second case
numbers both edits from the same counter value and one edit fails (a duplicate change key).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.dbtools import rows
from tests.pg import PgServer
from trygghetsapp.services import areas, checks
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.store import changelog
from trygghetsapp.sync.device import get_device

pytestmark = pytest.mark.postgresql
ROUNDS = 10


def _meeting(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Barrier, threading.local]:
    """A barrier the edits of this test meet at when their change log opens."""
    barrier = threading.Barrier(2, timeout=30)
    mine = threading.local()
    original = changelog.ChangeLog.__init__

    def init(self: Any, *args: Any) -> None:
        if getattr(mine, "meet", False):
            mine.meet = False
            barrier.wait()
        original(self, *args)

    monkeypatch.setattr(changelog.ChangeLog, "__init__", init)
    return barrier, mine


def _at_once(mine: threading.local, *edits: Callable[[], Any]) -> list[BaseException | None]:
    def run(edit: Callable[[], Any]) -> BaseException | None:
        mine.meet = True
        try:
            edit()
        except Exception as error:  # the outcome is what the test looks at
            return error
        return None

    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(run, edits))


def _numbering(database: Database) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for device, seq in rows(database, "SELECT device_id, seq FROM change ORDER BY 1, 2"):
        found.setdefault(device, []).append(seq)
    return found


def _contiguous(numbering: dict[str, list[int]]) -> bool:
    return all(seqs == list(range(1, len(seqs) + 1)) for seqs in numbering.values())


@pytest.fixture
def url(pg_server: PgServer) -> Any:
    location = pg_server.new_database("editing")
    yield location
    pg_server.drop(location)


def test_two_workstations_edit_one_area_at_once(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = open_database(url, device_name="Kontor 1", anchor=tmp_path / "ws1" / "office")
    two = open_database(url, device_name="Kontor 2", anchor=tmp_path / "ws2" / "office")
    try:
        assert get_device(one).id != get_device(two).id
        area_id, _ = areas.create_area(one, {"name": "Norr"})
        _barrier, mine = _meeting(monkeypatch)
        for number in range(ROUNDS):
            outcome = _at_once(
                mine,
                lambda n=number: areas.update_area(one, area_id, {"notes": f"kontor 1 {n}"}),
                lambda n=number: areas.update_area(two, area_id, {"local_group": f"k2 {n}"}),
            )
            assert outcome == [None, None]
            area = areas.get_area(one, area_id)
            assert (area.notes, area.local_group) == (f"kontor 1 {number}", f"k2 {number}")
        numbering = _numbering(one)
        assert _contiguous(numbering), numbering
        assert len(numbering[get_device(two).id]) == ROUNDS  # its own counter, from 1
        assert checks.check_database(one) == [] and checks.check_database(two) == []
    finally:
        one.close()
        two.close()


def test_one_installation_in_two_processes_numbers_from_one_counter(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anchor = tmp_path / "ws" / "office"
    window = open_database(url, device_name="Kontor", anchor=anchor)
    command = open_database(url, anchor=anchor)
    try:
        assert get_device(window).id == get_device(command).id
        # Two areas: nothing but the device row orders the two edits (one record's own row
        # lock would order them too).
        area_id, _ = areas.create_area(window, {"name": "Norr"})
        other_id, _ = areas.create_area(window, {"name": "Söder"})
        before = len(_numbering(window)[get_device(window).id])
        _barrier, mine = _meeting(monkeypatch)
        failures = []
        for number in range(ROUNDS):
            outcome = _at_once(
                mine,
                lambda n=number: areas.update_area(window, area_id, {"notes": f"fönster {n}"}),
                lambda n=number: areas.update_area(command, other_id, {"notes": f"kommando {n}"}),
            )
            failures += [repr(e)[:120] for e in outcome if e is not None]
        assert failures == [], f"{len(failures)} of {2 * ROUNDS} edits failed: {failures[:2]}"
        numbering = _numbering(window)
        assert (
            _contiguous(numbering) and len(numbering[get_device(window).id]) == before + 2 * ROUNDS
        )
        assert checks.check_database(window) == []
    finally:
        window.close()
        command.close()
