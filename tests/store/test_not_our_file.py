"""A file at the database's place that is not the user's database (issue 11, item 4).

An empty file or a vanished one while its backups remain is never set up as a new, empty database:
a command refuses (naming the newest good backup), the window asks. Another program's SQLite file is
refused and never migrated. In every case the file is left byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from trygghetsapp.cli import main
from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database
from trygghetsapp.store import health, sqlite_tools


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _with_backup(path: Path) -> Path:
    database = open_database(path)
    areas.create_area(database, {"name": "Åsen"})
    database.close()
    return sqlite_tools.make_backup(path, "daily")


def _other_programs_file(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recept (namn TEXT, tid INTEGER)")
    connection.execute("INSERT INTO recept VALUES ('kanelbullar', 45)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("command", [["check"], ["export-json"], ["import-json", "x"], ["demo"]])
def test_an_empty_file_with_backups_is_refused_untouched(tmp_path, capsys, command):
    path = tmp_path / "db.sqlite"
    backup = _with_backup(path)
    path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    capsys.readouterr()
    assert main(["--db", str(path), *command]) == 1
    err = capsys.readouterr().err
    assert "är tom (0 byte)" in err and backup.name in err and "Traceback" not in err
    assert path.read_bytes() == b""


def test_an_empty_file_is_refused_even_without_backups(tmp_path, capsys):
    path = tmp_path / "db.sqlite"
    path.write_bytes(b"")
    assert main(["--db", str(path), "demo"]) == 1
    assert "är tom (0 byte)" in capsys.readouterr().err
    assert path.read_bytes() == b""


def test_a_vanished_database_with_backups_is_not_replaced_by_an_empty_one(tmp_path, capsys):
    path = tmp_path / "db.sqlite"
    backup = _with_backup(path)
    for suffix in ("", "-wal", "-shm", ".clean"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    capsys.readouterr()
    assert main(["--db", str(path), "backup"]) == 1
    err = capsys.readouterr().err
    assert "finns inte" in err and backup.name in err
    assert not path.exists()
    assert main(["--db", str(path), "restore", str(backup)]) == 0  # the way back
    database = open_database(path)
    try:
        assert [a.name for a in areas.list_areas(database)] == ["Åsen"]
    finally:
        database.close()


@pytest.mark.parametrize("command", [["check"], ["export-json"], ["demo"], ["restore", "B"]])
def test_another_programs_sqlite_file_is_refused_and_never_migrated(tmp_path, capsys, command):
    path = tmp_path / "recept.sqlite"
    _other_programs_file(path)
    backup = _with_backup(tmp_path / "ours.sqlite")
    before = _digest(path)
    capsys.readouterr()
    args = [str(backup) if a == "B" else a for a in command]
    assert main(["--db", str(path), *args]) == 1
    err = capsys.readouterr().err
    assert "ett annat program" in err and "recept" in err and "Traceback" not in err
    assert _digest(path) == before
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("recept",)]


def test_our_databases_carry_the_application_id(db_path):
    open_database(db_path).close()
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == health.APPLICATION_ID
