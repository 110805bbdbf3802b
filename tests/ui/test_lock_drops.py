"""Nothing lost when the window's process drops its SQLite locks (issue 11, item 1).

On POSIX, closing any descriptor of the database drops every fcntl lock the process holds on it;
Qt's file dialog does so just by showing the database's folder. Before the database lock, a
`trygghetsapp backup` run beside such a window believed it was alone, checkpointed and deleted the
WAL the window was writing to, and the window's next edit was lost at the next kill. Now every
command honours the database's lock: readers read through read-only connections (which can never
delete the WAL), writers are refused beside the window.

Each trial: the real window starts, drops its locks (a real dialog, or `open(db).close()`); the
commands of the documented policy run beside it; the window adds an area and acknowledges it; the
window is killed with SIGKILL; the area must be there and the database whole. The test waits for
the child's lines (events), never for a time window.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import child_env
from trygghetsapp.cli import main
from trygghetsapp.services import areas, checks
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.store import sqlite_tools
from trygghetsapp.store.location import backups_dir

CHILD = Path(__file__).with_name("_window_drops_its_locks.py")
TRIALS_PER_VARIANT = 25

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="POSIX locks and /proc/locks (Linux)"
)


def _with_an_area(db: Path) -> None:
    """The window's child waits for an open area before it acts: give it one."""
    seed = open_database(db)
    areas.create_area(seed, {"name": "Före"})
    seed.close()


def _trial(tmp_path: Path, variant: str, number: int, capsys: pytest.CaptureFixture[str]) -> bool:
    """One trial; True when the acknowledged edit survived (and the database is whole)."""
    folder = tmp_path / f"{variant}-{number}"
    folder.mkdir()
    db = folder / "db.sqlite"
    _with_an_area(db)
    export = folder / "in.json"
    assert main(["--db", str(db), "export-json", "-o", str(export)]) == 0
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), variant],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(folder),
    )
    watchdog = threading.Timer(120, child.kill)  # a hung child fails the test, never CI
    watchdog.start()
    try:
        assert child.stdout is not None and child.stdin is not None
        ready = child.stdout.readline().split()
        assert ready[:1] == ["READY"], child.stderr.read() if child.stderr else ""
        before, after = int(ready[1]), int(ready[2])
        assert before > 0 and after < before, f"the {variant} did not drop the locks: {ready}"
        capsys.readouterr()
        # The documented policy beside the window: readers run, writers are refused.
        assert main(["--db", str(db), "backup"]) == 0
        assert main(["--db", str(db), "export-json", "-o", str(folder / "out.json")]) == 0
        assert main(["--db", str(db), "import-json", str(export)]) == 1
        refused = capsys.readouterr().err
        assert "Trygghetsapp-fönstret" in refused and "Inget har ändrats" in refused, refused
        child.stdin.write("EDIT\n")
        child.stdin.flush()
        acknowledged = child.stdout.readline().split()
        assert acknowledged[:1] == ["ACK"], child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
    finally:
        watchdog.cancel()
        child.kill()
        child.wait(timeout=30)
    assert sqlite_tools.integrity_problems(db) == []
    database = open_database(db, force_check=True)
    try:
        names = {area.name for area in areas.list_areas(database)}
        assert checks.check_database(database) == []
    finally:
        database.close()
    assert sqlite_tools.list_backups(backups_dir(db)), "the backup beside the window was made"
    return "Efter dialogen" in names


@pytest.mark.slow
@pytest.mark.parametrize("variant", ["dialog", "open_close"])
def test_dropped_locks_lose_no_acknowledged_edit(tmp_path, capsys, variant):
    lost = [n for n in range(TRIALS_PER_VARIANT) if not _trial(tmp_path, variant, n, capsys)]
    assert lost == [], f"acknowledged edits lost in trials {lost}"


def test_the_apps_own_dialog_keeps_sqlites_locks(tmp_path):
    """ui/file_dialogs.py: the dialog lists the database's folder without opening a file, so
    SQLite's own locks stay (against programs that do not know our lock)."""
    db = tmp_path / "db.sqlite"
    _with_an_area(db)
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), "our_dialog"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(tmp_path),
    )
    try:
        assert child.stdout is not None
        ready = child.stdout.readline().split()
        assert ready[:1] == ["READY"], child.stderr.read() if child.stderr else ""
        assert int(ready[1]) > 0 and int(ready[2]) == int(ready[1]), ready
    finally:
        child.kill()
        child.wait(timeout=30)


def _collect_acks(child: subprocess.Popen[str], into: list[str]) -> None:
    for line in child.stdout or []:
        if line.startswith("ACK"):
            into.append(line.split()[1])


@pytest.mark.slow
def test_readers_beside_a_busy_window_whose_locks_were_dropped(tmp_path, capsys):
    """Readers while the window writes: a reader that found the -shm's startup lock free used
    to truncate the -shm the window had mapped, and the window died of a bus error. Readers now
    never write the -shm (`sqlite_tools.read_only_connection`)."""
    for trial in range(3):
        folder = tmp_path / f"busy-{trial}"
        folder.mkdir()
        db = folder / "db.sqlite"
        _with_an_area(db)
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(db), "busy"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(folder),
        )
        acknowledged: list[str] = []
        try:
            assert child.stdout is not None
            ready = child.stdout.readline().split()
            assert ready[:1] == ["READY"], child.stderr.read() if child.stderr else ""
            listener = threading.Thread(
                target=_collect_acks, args=(child, acknowledged), daemon=True
            )
            listener.start()
            for number in range(20):
                out = folder / f"out{number}.json"
                assert main(["--db", str(db), "export-json", "-o", str(out)]) == 0
                assert main(["--db", str(db), "backup"]) == 0
            assert child.poll() is None, f"the window died: {child.returncode}"
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
            listener.join(timeout=30)
        finally:
            child.kill()
            child.wait(timeout=30)
        assert acknowledged, "the window never wrote while the readers read"
        database = open_database(db, force_check=True)
        try:
            present = {area.id for area in areas.list_areas(database)}
        finally:
            database.close()
        assert set(acknowledged) <= present
        capsys.readouterr()


def test_the_trial_catches_a_reader_that_deletes_the_wal(tmp_path, capsys, monkeypatch):
    """The bug this file exists for, planted: a reading command that opens the database for
    writing (as every command did before the database lock). Its close then checkpoints and
    deletes the WAL of the window whose locks were dropped, and the trial sees the loss."""

    def open_for_writing(path: Path) -> Database:
        return open_database(path)

    monkeypatch.setattr("trygghetsapp.services.database.open_read_only", open_for_writing)
    assert not _trial(tmp_path, "open_close", 0, capsys)
