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
from trygghetsapp.store.location import backups_dir


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


def _zip_workbook(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")


def _export(path: Path) -> None:
    assert main(["--db", str(path.with_name("a.sqlite")), "export-json", "-o", str(path)]) == 0


NOT_SQLITE = {
    "export.json": _export,
    "notes.txt": lambda p: p.write_text("Nyckeln hänger i förrådet.\n" * 50, encoding="utf-8"),
    "lists.xlsx": _zip_workbook,
    "checklist.pdf": lambda p: p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"\0" * 4096),
    "photo.png": lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 4096),
}


@pytest.mark.parametrize("kind", sorted(NOT_SQLITE))
@pytest.mark.parametrize("command", [["check"], ["export-json"], ["demo"], ["restore", "B"]])
def test_a_file_that_is_not_sqlite_is_never_called_damaged_beside_backups(
    tmp_path, capsys, kind, command
):
    """A user test: `--db a.json check` beside the folder a-backups/ (a.sqlite's backups, the
    same stem) said "a.json är skadad ... återställ med 'trygghetsapp restore'", and the restore
    put a database in the JSON file's place. Whatever lies beside it, a file that is plainly
    something else (JSON, text, a workbook, a PDF, a picture) is not our database."""
    suffix = Path(kind).suffix
    backup = _with_backup(tmp_path / "a.sqlite")
    path = tmp_path / f"a{suffix}"
    assert backup.parent == backups_dir(path)  # the same folder: a.sqlite's backups
    NOT_SQLITE[kind](path)
    before = _digest(path)
    capsys.readouterr()
    args = [str(backup) if a == "B" else a for a in command]
    assert main(["--db", str(path), *args]) == 1
    err = capsys.readouterr().err
    assert "är ingen Trygghetsapp-databas" in err and "Välj rätt fil med --db" in err, err
    assert "skadad" not in err and "restore" not in err and "Traceback" not in err
    assert _digest(path) == before
    beside = [p.name for p in tmp_path.iterdir() if p.name.startswith("a.")]
    assert [name for name in beside if not name.startswith("a.sqlite")] == [path.name]


def test_our_database_with_a_destroyed_header_is_still_damaged(tmp_path, capsys):
    """The other side: a file of ours whose first page a failing disk zeroed is damaged, and
    its newest good backup is offered (the restore sets the damaged file aside)."""
    path = tmp_path / "db.sqlite"
    backup = _with_backup(path)
    with open(path, "r+b") as handle:
        handle.write(b"\0" * 4096)
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert "skadad" in err and backup.name in err
    assert main(["--db", str(path), "restore", str(backup)]) == 0
    assert list(tmp_path.glob("db.damaged-*.sqlite"))
