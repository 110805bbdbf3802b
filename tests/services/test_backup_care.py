"""Backups that keep what matters (issue 11, item 5).

Retention per reason, no backup for an import that changes nothing, what a killed backup or
restore leaves is gone after the next start, a full target is one line, `check` writes nothing,
and the day's copy also goes to a second folder (a USB stick) when one is set.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from trygghetsapp.cli import main
from trygghetsapp.files import unfinished
from trygghetsapp.services import backups, transfer
from trygghetsapp.services.database import open_database
from trygghetsapp.store import sqlite_tools
from trygghetsapp.store.location import backups_dir

ROOT = Path(__file__).resolve().parents[2]


def _reasons(db: Path) -> list[str]:
    return [
        sqlite_tools.backup_reason(p) or "?" for p in sqlite_tools.list_backups(backups_dir(db))
    ]


def test_twenty_imports_keep_the_daily_backups(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    folder = backups_dir(db)
    folder.mkdir(exist_ok=True)
    for day in range(1, 15):  # two weeks of daily backups, as a laptop in use would have
        made = sqlite_tools.copy_database(
            db, folder / f"db_2026-11-{day:02d}_080000_000000_daily.sqlite"
        )
        assert made.exists()
    export = tmp_path / "x.json"
    assert main(["--db", str(db), "export-json", "-o", str(export)]) == 0
    base = json.loads(export.read_text(encoding="utf-8"))
    dailies = sorted(p for p in sqlite_tools.list_backups(folder) if "_daily" in p.name)
    for number in range(20):
        base["areas"][0]["notes"] = f"ändrad {number}"
        export.write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
        assert main(["--db", str(db), "import-json", str(export)]) == 0
    kept = sorted(p for p in sqlite_tools.list_backups(folder) if "_daily" in p.name)
    assert kept[-14:] == dailies[-14:]  # no daily one pushed out by the imports
    assert _reasons(db).count("before-import") == sqlite_tools.KEEP_PER_REASON["before-import"]


@pytest.mark.sqlite_only("counts the SQLite backup files")
def test_an_import_that_changes_nothing_makes_no_backup(demo_database, tmp_path):
    export = tmp_path / "x.json"
    transfer.export_to_file(demo_database, export)
    before = sqlite_tools.list_backups(backups_dir(demo_database.path))
    counts = transfer.import_file(demo_database, export)
    assert counts["added"] == counts["updated"] == 0
    assert sqlite_tools.list_backups(backups_dir(demo_database.path)) == before


@pytest.mark.sqlite_only("a SQLite backup file; a server database is backed up with pg_dump")
def test_the_backup_before_an_import_holds_the_state_before_it(demo_database, tmp_path):
    export = tmp_path / "x.json"
    transfer.export_to_file(demo_database, export)
    before_text = transfer.export_text(demo_database)
    data = json.loads(export.read_text(encoding="utf-8"))
    data["areas"][0]["name"] = "Nytt namn efter importen"
    export.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    transfer.import_file(demo_database, export)
    made = [
        p
        for p in sqlite_tools.list_backups(backups_dir(demo_database.path))
        if p.name.endswith("_before-import.sqlite")
    ]
    assert len(made) == 1
    copy = open_database(made[0])
    try:
        assert transfer.export_text(copy) == before_text
    finally:
        copy.close()


KILLED_WHILE = """
import sys
from pathlib import Path
from trygghetsapp.services import backups, restore
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.store import sqlite_tools

def stop_here(*_args, **_kwargs):
    print("INSIDE", flush=True)
    sys.stdin.readline()  # killed while waiting here

db, what, target = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
database = open_database(db)
if what == "backup":
    real = sqlite_tools.integrity_problems
    def checked(path, quick=False):
        if path.name.endswith(".partial"):
            stop_here()
        return real(path, quick)
    sqlite_tools.integrity_problems = checked
    backups.backup(database, target)
else:
    restore.apply_snapshot = stop_here
    backups.restore(database, target)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("what", ["backup", "restore"])
def test_what_a_killed_backup_or_restore_leaves_is_gone_after_the_next_start(
    tmp_path, capsys, what
):
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "kopia.sqlite" if what == "backup" else tmp_path / "backup.sqlite"
    if what == "restore":
        sqlite_tools.copy_database(db, target)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WHILE, str(db), what, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "INSIDE"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    def left_overs() -> list[str]:
        names = [p.name for folder in (stick, backups_dir(db)) for p in folder.glob("*")]
        return [n for n in names if ".partial" in n or ".restore-" in n]

    assert left_overs(), "the kill came while the temporary existed"
    assert list(unfinished.notes_dir().glob("*.json"))
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == 0  # the next start
    assert left_overs() == []
    assert not target.exists() or what == "restore"


def test_notes_of_a_running_process_are_left_alone(tmp_path):
    temporary = tmp_path / ".kopia.sqlite.x.partial"
    temporary.write_bytes(b"half")
    with unfinished.noted(temporary):
        assert unfinished.clean_left_overs() == []  # this process is alive
        assert temporary.exists()
    assert temporary.exists()  # the note is gone; the owner cleans its own file


def test_a_damaged_note_never_removes_a_user_file(tmp_path):
    precious = tmp_path / "rapport.xlsx"
    precious.write_bytes(b"data")
    unfinished.notes_dir().mkdir(parents=True, exist_ok=True)
    note = unfinished.notes_dir() / "999999-x.json"
    note.write_text(json.dumps({"pid": 999999, "paths": [str(precious)]}), encoding="utf-8")
    unfinished.clean_left_overs()
    assert precious.exists() and not note.exists()


def test_check_writes_nothing(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    for backup in sqlite_tools.list_backups(backups_dir(db)):
        backup.unlink()  # the day's backup is due again
    kept = (db.name, f"{db.name}.clean")  # the file and the clean-close marker

    def state() -> dict[str, bytes]:
        return {name: (tmp_path / name).read_bytes() for name in kept}

    before = state()
    assert main(["--db", str(db), "check"]) == 0
    assert sqlite_tools.list_backups(backups_dir(db)) == []
    assert state() == before
    # A reading connection may leave SQLite's empty companions, nothing else.
    assert {p.name for p in tmp_path.iterdir()} <= {*kept, f"{db.name}-wal", f"{db.name}-shm"}
    assert Path(f"{db}-wal").stat().st_size == 0


def test_a_backup_to_a_full_or_read_only_place_is_one_line(tmp_path, capsys, monkeypatch):
    import errno

    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    real_replace = os.replace

    for code, words in ((errno.ENOSPC, "är full"), (errno.EROFS, "skrivskyddad")):

        def failing(source, target, _code=code):
            if str(target).endswith("kopia.sqlite"):
                raise OSError(_code, os.strerror(_code), str(target))
            return real_replace(source, target)

        monkeypatch.setattr(os, "replace", failing)
        capsys.readouterr()
        assert (
            main(["--db", str(db), "backup", "-o", str(tmp_path / "stick" / "kopia.sqlite")]) == 1
        )
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and words in err and "Errno" not in err, err
        monkeypatch.setattr(os, "replace", real_replace)
        assert list((tmp_path / "stick").iterdir()) == []  # no .partial left


def test_the_days_backup_also_goes_to_a_second_folder(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    stick = tmp_path / "USB"
    stick.mkdir()
    assert main(["--db", str(db), "backup-folder", "set", str(stick)]) == 0
    assert main(["--db", str(db), "backup-folder"]) == 0
    assert str(stick) in capsys.readouterr().out
    database = open_database(db)
    try:
        made = backups.make_daily_backup(database)
        assert database.second_copy is not None and database.second_copy.problem is None
        copied = stick / backups.second_folder_name(database) / made.name
        assert copied.exists() and sqlite_tools.integrity_problems(copied) == []
        stick.rename(tmp_path / "utdraget")  # the stick is out: the day's backup is still made
        made = backups.make_daily_backup(database)
        assert made.exists()
        assert database.second_copy is not None and database.second_copy.problem
        backups.set_second_folder(database, None)
        assert backups.second_folder(database) is None
    finally:
        database.close()
