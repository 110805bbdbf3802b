"""Shared fixtures: a fresh database per test, and headless Qt for the whole session.

QT_QPA_PLATFORM is set before anything imports Qt so GUI tests run on a machine with no screen;
HOME-like folders point into a temporary directory so no test touches the user's real data.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="trygghetsapp-tests-"))
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ.pop("TRYGGHETSAPP_DB", None)

from trygghetsapp.services.database import Database, open_database  # noqa: E402

TODAY = dt.date(2026, 11, 26)


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
