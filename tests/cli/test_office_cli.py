"""The command line on an office database on PostgreSQL (issue 19): `--db postgresql://...` and
TRYGGHETSAPP_DB open it; the commands about the SQLite file say plainly that a server has none."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg import PgServer
from trygghetsapp.cli import main

pytestmark = pytest.mark.postgresql


@pytest.fixture
def url(pg_server: PgServer) -> Iterator[str]:
    location = pg_server.new_database("cli")
    yield location
    pg_server.drop(location)


def test_demo_export_and_check_on_a_server_database(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", url, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "export-json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["areas"]
    assert main(["--db", url, "check"]) == 0
    assert "postgresql://postgres@/" in url


def test_the_environment_names_the_server_too(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRYGGHETSAPP_DB", url)
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["sync", "status"]) == 0
    assert capsys.readouterr().out


@pytest.mark.parametrize(
    "command", [["backup"], ["restore", "x.sqlite"]], ids=["backup", "restore"]
)
def test_file_commands_say_a_server_has_no_file(
    url: str, command: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--db", url, *command]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
