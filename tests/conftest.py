"""Shared fixtures: a fresh database per test, and headless Qt for the whole session.

QT_QPA_PLATFORM is set before anything imports Qt so GUI tests run on a machine with no screen;
HOME-like folders point into a temporary directory so no test touches the user's real data.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="trygghetsapp-tests-"))
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ.pop("TRYGGHETSAPP_DB", None)

from trygghetsapp.services.database import Database, open_database  # noqa: E402

if TYPE_CHECKING:
    from tests.pg import PgServer

TODAY = dt.date(2026, 11, 26)

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
"""The `backend` parametrisation: the services and sync suites run on both (issue 19)."""


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throw-away PostgreSQL server for the session (tests/pg.py), started on first use."""
    from tests import pg

    reason = pg.missing_reason()
    if reason is not None:
        pytest.skip(reason)
    server = pg.start_server()
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


OpenDatabase = Callable[..., Database]


@pytest.fixture
def open_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[OpenDatabase]:
    """Opens databases on the test's backend: `open_db(name, device_name=...)`. SQLite: a file
    `<name>.sqlite` in tmp_path; PostgreSQL: a fresh database from the migrated template, with
    this installation's local anchor (its keys) in tmp_path/<name>. Closed (and dropped) after
    the test; `sqlite=True` opens a SQLite file whatever the backend (a field laptop)."""
    server: PgServer | None = None
    made: list[tuple[Database, str | None]] = []

    def make(name: str, device_name: str | None = None, sqlite: bool = False) -> Database:
        nonlocal server
        if backend == "sqlite" or sqlite:
            database = open_database(tmp_path / f"{name}.sqlite", device_name=device_name)
            made.append((database, None))
            return database
        if server is None:
            server = request.getfixturevalue("pg_server")
        url = server.new_database()
        database = open_database(url, device_name=device_name, anchor=tmp_path / name / "office")
        made.append((database, url))
        return database

    yield make
    for database, url in made:
        database.close()
        if url is not None and server is not None:
            server.drop(url)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, device_name="Testdator")
    yield database
    database.close()


@pytest.fixture
def demo_database(database: Database) -> Database:
    from trygghetsapp.services.demo import load_demo

    load_demo(database, seed=1, today=TODAY)
    return database


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`@pytest.mark.sqlite_only(reason)`: the test's PostgreSQL run is skipped with the reason
    (it is about the SQLite file itself: its lock, WAL, backups, a SIGKILL mid-write)."""
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        callspec = getattr(item, "callspec", None)
        if marker and callspec is not None and callspec.params.get("backend") == "postgresql":
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {marker.args[0]}"))
