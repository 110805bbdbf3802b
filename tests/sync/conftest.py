"""Replicas for sync tests: separate files, each its own device, optionally with a skewed clock.

Every replica enrols the cards of the replicas made before it and they enrol its card
(`tests/sync/trust.peers`), so packages between them are signed and accepted as in the field
after enrolment; tests of refusals set up their own trust."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import OpenDatabase
from tests.sync.trust import card, peers
from trygghetsapp.domain.hlc import HybridClock, wall_clock_ms
from trygghetsapp.services.database import Database, open_database

DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def replica(open_db: OpenDatabase) -> Iterator[Callable[..., Database]]:
    """Replicas on the test's backend (tests/conftest.py `backend`): every replica a SQLite
    file, or every replica a database on the PostgreSQL server (`sqlite=True`: a field laptop's
    file whatever the backend)."""
    opened: list[Database] = []

    def make(name: str, skew_ms: int = 0, sqlite: bool = False) -> Database:
        database = open_db(name, device_name=name, sqlite=sqlite)
        database.clock = HybridClock(
            last=database.clock.last, wall=lambda: wall_clock_ms() + skew_ms
        )
        card(database)  # its keys exist from the start, as after the app's first export
        for other in opened:
            peers(other, database)
        opened.append(database)
        return database

    yield make


@pytest.fixture
def office_and_laptop(
    open_db: OpenDatabase, tmp_path: Path
) -> Iterator[tuple[Database, Database, Path]]:
    """The office (on the test's backend), one field laptop (always SQLite; trust not set up:
    tests provision it, or not), a folder."""
    from trygghetsapp.sync.api import set_role

    office = open_db("kontor/db", device_name="Kontoret")
    set_role(office, "office")
    laptop = open_database(tmp_path / "falt" / "db.sqlite", device_name="Fältdator Gunilla")
    folder = tmp_path / "delad"
    folder.mkdir()
    yield office, laptop, folder
    laptop.close()
