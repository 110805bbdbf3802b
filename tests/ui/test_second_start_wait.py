"""A second start of the window while the first has not yet named itself (ui/single_instance.py).

The window takes the database's lock before its first window and names itself as a window only
once that window shows (`DatabaseLock.describe`, after the first window's cost). A second start
in between finds an unnamed holder, which may be a reading command about to let go, and waits a
little; it must stop waiting as soon as the holder says it is a window, not sit out the whole
grace period (3 s: the impatient double-click on a slow laptop)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from trygghetsapp import database_lock
from trygghetsapp.database_lock import WINDOW, DatabaseLock, Holder
from trygghetsapp.ui import single_instance


def test_a_second_start_stops_waiting_once_the_first_window_names_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "db.sqlite"
    first = DatabaseLock(db_path)
    assert first.take(WINDOW, describe=False)
    # A grace period far longer than the test's patience: only naming can end the wait.
    monkeypatch.setattr(single_instance, "COMMAND_GRACE_MS", 600_000)
    asked = threading.Event()
    real_holder = database_lock.DatabaseLock.holder

    def holder(self: DatabaseLock) -> Holder | None:
        found = real_holder(self)
        asked.set()  # the second start has looked and found the holder unnamed
        return found

    monkeypatch.setattr(database_lock.DatabaseLock, "holder", holder)
    result: list[tuple[DatabaseLock | None, bool]] = []
    second = threading.Thread(target=lambda: result.append(single_instance.take(db_path)))
    second.start()
    try:
        assert asked.wait(timeout=60)
        first.describe()  # the first window has shown
        second.join(timeout=60)
        assert not second.is_alive(), "the second start sat out the grace period"
        assert result == [(None, False)]
    finally:
        first.release()
        second.join(timeout=700)
