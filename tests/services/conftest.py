"""The services suite runs on both backends (tests/conftest.py `backend`, issue 19)."""

from __future__ import annotations

import pytest

from tests.conftest import OpenDatabase
from trygghetsapp.services.database import Database


@pytest.fixture
def database(open_db: OpenDatabase) -> Database:
    return open_db("test", device_name="Testdator")
