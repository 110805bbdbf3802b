"""The database's lock, as commands meet it (issue 11, items 1 and 2).

Two writing commands at once: the second waits its turn and both succeed; beside the window a
writer is refused with one line and changes nothing; a window started while a command writes is
refused naming that command. Commands run as real child processes, started together.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trygghetsapp.cli import main
from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database
from trygghetsapp.ui.single_instance import acquire

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("TRYGGHETSAPP_DB", None)
    return env


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "trygghetsapp", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _export_with_names(source: dict[str, list[dict[str, object]]], suffix: str, path: Path) -> None:
    """The export with every area renamed: an import of it changes every area."""
    changed = json.loads(json.dumps(source))
    for area in changed["areas"]:
        area["name"] = f"{area['name']} {suffix}"
    path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")


@pytest.mark.slow
def test_two_imports_at_once_both_land_one_after_the_other(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "export-json", "-o", str(tmp_path / "base.json")]) == 0
    base = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    env = _env(tmp_path)
    capsys.readouterr()
    for attempt in range(20):
        first, second = tmp_path / f"a{attempt}.json", tmp_path / f"b{attempt}.json"
        _export_with_names(base, f"A{attempt}", first)
        _export_with_names(base, f"B{attempt}", second)
        runs = [
            _start(["--db", str(db), "import-json", str(path)], env) for path in (first, second)
        ]
        results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
        for code, out, err in results:
            assert "Traceback" not in err and "OperationalError" not in err, err
            assert code == 0, err  # the second waited its turn, it did not fail
            assert "Import klar" in out
        # Both were applied whole, one after the other: every area carries one suffix.
        database = open_database(db)
        try:
            names = [area.name for area in areas.list_areas(database)]
        finally:
            database.close()
        suffixes = {name.rsplit(" ", 1)[1] for name in names}
        assert len(suffixes) == 1 and suffixes <= {f"A{attempt}", f"B{attempt}"}, suffixes
    assert main(["--db", str(db), "check"]) == 0


def test_a_writer_beside_the_window_is_refused_and_changes_nothing(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    export = tmp_path / "x.json"
    assert main(["--db", str(db), "export-json", "-o", str(export)]) == 0
    before = db.read_bytes()
    window = acquire(db)  # what the window holds while it is open
    assert window is not None
    try:
        capsys.readouterr()
        for command in (
            ["import-json", str(export)],
            ["demo"],
            ["restore", str(export)],
            ["sync", "now", "--folder", str(tmp_path / "synk")],
            ["device", "rename", "Ny"],
            ["backup-folder", "set", str(tmp_path)],
        ):
            assert main(["--db", str(db), *command]) == 1, command
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "Trygghetsapp-fönstret" in err, err
        # Readers run beside it: a scheduled backup keeps working.
        assert main(["--db", str(db), "backup"]) == 0
        assert main(["--db", str(db), "check"]) == 0
        assert main(["--db", str(db), "sync", "status"]) == 0
    finally:
        window.release()
    assert db.read_bytes() == before


def test_the_window_is_refused_while_a_command_writes(tmp_path):
    from trygghetsapp.database_lock import COMMAND, DatabaseLock

    db = tmp_path / "db.sqlite"
    open_database(db).close()
    command = DatabaseLock(db)
    assert command.take(COMMAND, "import-json")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "trygghetsapp", "--db", str(db), "--language", "sv"],
            capture_output=True,
            text=True,
            env=_env(tmp_path),
            timeout=120,
        )
    finally:
        command.release()
    assert result.returncode == 1
    assert "Kommandot 'import-json'" in result.stderr and "Traceback" not in result.stderr


def test_a_writer_waits_for_another_command_then_runs(tmp_path):
    from trygghetsapp.database_lock import COMMAND, DatabaseLock

    db = tmp_path / "db.sqlite"
    open_database(db).close()
    holder = DatabaseLock(db)
    assert holder.take(COMMAND, "import-json")
    run = _start(["--db", str(db), "device", "rename", "Fältdator Gunilla"], _env(tmp_path))
    try:
        assert run.stderr is not None
        waiting = run.stderr.readline()  # the event: it says it waits
        assert "Väntar på att kommandot 'import-json'" in waiting, waiting
    finally:
        holder.release()
    out, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert "Fältdator Gunilla" in out
