"""A `pg_dump` taken during imports restores into a fresh server that passes `check` and equals
the source (issue 19's acceptance).

The office imports three laptop packages one after the other. In the middle of the second
import (its changes inserted, its merge about to run, its transaction open) `pg_dump -Fc` runs
to completion against the database. A second, fresh PostgreSQL server (initdb'd for the test)
gets the dump through `pg_restore`; the office installation opens it with its own anchor (its
device identity and keys stay on the computer): `check` is clean, and its export-json, conflict
list and change log equal the source's as they were committed when the dump began (the first
import in, the second not). Importing the remaining packages there then gives the source's
final state: a restored office carries on.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.dbtools import rows
from tests.pg import PgServer, start_server
from tests.sync.trust import card
from trygghetsapp.security import trust
from trygghetsapp.services import areas, checks, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync import importer
from trygghetsapp.sync.api import export_package, set_role
from trygghetsapp.sync.conflicts import list_conflicts

pytestmark = [
    pytest.mark.postgresql,
    pytest.mark.skipif(
        shutil.which("pg_dump") is None or shutil.which("pg_restore") is None,
        reason="pg_dump/pg_restore not on PATH",
    ),
]


@pytest.fixture
def fresh_server() -> Iterator[PgServer]:
    server = start_server()
    yield server
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)


def _state(database: Database) -> tuple[str, list[Any], list[tuple[Any, ...]]]:
    log = rows(
        database,
        "SELECT device_id, seq, tx_seq, hlc, entity, row_id, data FROM change "
        "ORDER BY device_id, seq",
    )
    return (
        transfer.export_text(database),
        [c.as_json() for c in list_conflicts(database)],
        log,
    )


def _client(server: PgServer, tool: str, *arguments: str) -> None:
    result = subprocess.run(
        [tool, "-h", str(server.socket_dir), "-p", str(server.port), "-U", "postgres",
         *arguments],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, f"{tool}: {result.stderr}"


def test_a_dump_taken_during_an_import_restores_into_a_fresh_server(
    pg_server: PgServer, fresh_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trygghetsapp.services.demo import load_demo

    laptop = open_database(tmp_path / "falt.sqlite", device_name="Fältdator")
    load_demo(laptop, seed=1)
    packages = [export_package(laptop, tmp_path / "p1").path]
    names = [a.id for a in areas.list_areas(laptop)][:6]
    for number, area_id in enumerate(names):
        areas.update_area(laptop, area_id, {"notes": f"ändring {number}"})
        if number in (2, 5):
            packages.append(export_package(laptop, tmp_path / f"p{number}").path)
    assert None not in packages and len(packages) == 3

    url = pg_server.new_database("dumped")
    anchor = tmp_path / "kontor" / "office"
    office = open_database(url, device_name="Kontoret", anchor=anchor)
    set_role(office, "office")
    trust.enrol_card(office.path, card(laptop))
    dump = tmp_path / "office.dump"
    dbname = url.split("/")[3].split("?")[0]
    original = importer.lock_merge
    dumped: list[bool] = []

    def lock_merge(connection: Any) -> None:
        if len(dumped) == 0 and calls[0] == 2:  # the second import: inserted, not merged
            _client(pg_server, "pg_dump", "-Fc", "-f", str(dump), dbname)
            dumped.append(True)
        original(connection)

    calls = [0]
    monkeypatch.setattr(importer, "lock_merge", lock_merge)
    try:
        states = []
        for package in packages:
            calls[0] += 1
            assert package is not None
            report = importer.import_file(office, package)
            assert report.applied_changes > 0
            states.append(_state(office))
        assert dumped == [True]
        assert checks.check_database(office) == []
    finally:
        office.close()

    fresh_server.admin("CREATE DATABASE restored TEMPLATE template0 ENCODING 'UTF8'")
    _client(fresh_server, "pg_restore", "--exit-on-error", "-d", "restored", str(dump))
    restored = open_database(fresh_server.url("restored"), anchor=anchor)
    try:
        assert checks.check_database(restored) == []
        text, conflicts, log = _state(restored)
        assert log == states[0][2], "the restored change log is not the source's at the dump"
        assert text == states[0][0], "the restored export-json is not the source's at the dump"
        assert conflicts == states[0][1]
        assert text != states[1][0]  # the import in progress when the dump began is not in it
        for package in packages[1:]:
            assert package is not None
            importer.import_file(restored, package)
        assert _state(restored) == states[2], "the restored office does not carry on"
        assert checks.check_database(restored) == []
    finally:
        restored.close()
        laptop.close()
        pg_server.drop(url)
