"""Whole-process guarantees: a killed app loses no edit; a second instance is refused."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import child_env
from trygghetsapp.database_lock import WINDOW
from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database
from trygghetsapp.ui.activation import channel_name
from trygghetsapp.ui.single_instance import acquire, lock_path, who_holds

CHILD = Path(__file__).with_name("_edit_then_wait.py")
FIRST_WINDOW = Path(__file__).with_name("_window_that_comes_forward.py")
ROOT = Path(__file__).resolve().parents[2]


def _env(db_path: Path) -> dict[str, str]:
    """Settings of this test's own: a child sharing the session's settings would open the area
    another test's window remembered (not in this database) and edit a gone area."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(db_path.parent / "config"),
        XDG_DATA_HOME=str(db_path.parent / "data"),
    )
    env.pop("TRYGGHETSAPP_DB", None)
    return env


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_the_app_right_after_an_edit_loses_nothing(db_path: Path) -> None:
    database = open_database(db_path)
    area_id, _ = areas.create_area(database, {"name": "Före"})
    database.close()
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), "Efter kraschen"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(db_path),
    )
    watchdog = threading.Timer(90, child.kill)  # a hung child fails the test, never CI
    watchdog.start()
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the edit returned (or the child died)
        assert line.strip() == "EDITED", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
    finally:
        watchdog.cancel()
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    database = open_database(db_path)
    try:
        assert areas.get_area(database, area_id).name == "Efter kraschen"
    finally:
        database.close()
    # The dead process's lock is stale: the next start takes it over.
    lock = acquire(db_path)
    assert lock is not None
    lock.release()


def test_a_second_instance_on_the_same_database_is_refused(db_path: Path) -> None:
    lock = acquire(db_path)
    assert lock is not None and lock_path(db_path).exists()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "trygghetsapp", "--db", str(db_path), "--language", "sv"],
            capture_output=True,
            text=True,
            env=_env(db_path),
            timeout=120,
        )
    finally:
        lock.release()
    assert result.returncode == 1
    assert "redan öppet" in result.stderr
    assert "Traceback" not in result.stderr
    assert not db_path.exists(), "the refused instance must not touch the database"


@pytest.mark.skipif(sys.platform == "win32", reason="the child is ended by SIGKILL")
def test_a_second_start_brings_the_first_window_forward(tmp_path: Path) -> None:
    """Issue 13 item 8: the second start asks the window that holds the database to come forward
    and ends quietly (exit 0); it touches nothing of the database."""
    db_path = tmp_path / "db.sqlite"
    env = child_env(tmp_path)
    first = subprocess.Popen(
        [sys.executable, str(FIRST_WINDOW), str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    watchdog = threading.Timer(120, first.kill)  # a hung child fails the test, never CI
    watchdog.start()
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "LISTENING"
        # Named after its first window showed (`DatabaseLock.describe`), before it listens.
        holder = who_holds(db_path)
        assert holder is not None and holder.kind == WINDOW and holder.pid == first.pid
        second = subprocess.run(
            [sys.executable, "-m", "trygghetsapp", "--db", str(db_path), "--language", "sv"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert second.returncode == 0, second.stderr
        assert "redan öppet" not in second.stderr
        assert first.stdout.readline().strip() == "FORWARD minimised=False"
    finally:
        watchdog.cancel()
        first.kill()
        first.wait(timeout=30)


def test_each_database_and_user_has_its_own_channel(tmp_path: Path) -> None:
    one, other = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert channel_name(one) == channel_name(tmp_path / "." / "a.sqlite")
    assert channel_name(one) != channel_name(other)
