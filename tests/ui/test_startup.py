"""Start-up honesty: a damaged database offers its newest good backup; a stale lock is reported;
`--demo` never writes before the single-instance lock is held."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from trygghetsapp.app import _offer_backup, run_gui
from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database
from trygghetsapp.store import health, sqlite_tools
from trygghetsapp.store.location import backups_dir
from trygghetsapp.ui.damaged_database import backup_label
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.single_instance import acquire, take

from .conftest import child_env, drive_dialog, when_main_window_shows

REPORT_STATUS = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
def report():  # once the main window has taken over from the start window
    windows = [
        w for w in app.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()
    ]
    if not windows:
        QTimer.singleShot(10, report)
        return
    print("STATUS:" + windows[0].statusBar().currentMessage(), flush=True)
    app.quit()
QTimer.singleShot(0, report)
from trygghetsapp.app import run_gui
sys.exit(run_gui(Path(sys.argv[1]), "sv"))
"""

DIE_HOLDING_THE_LOCK = """
import os, sys
from pathlib import Path
from trygghetsapp.ui.single_instance import acquire
lock = acquire(Path(sys.argv[1]))
assert lock is not None
os._exit(0)  # no unlock: what a crash or a dead battery leaves behind
"""


def _damaged_with_backup(path: Path) -> tuple[Path, health.DamagedDatabaseError]:
    database = open_database(path)
    for number in range(300):
        areas.create_area(database, {"name": f"Område {number}", "notes": "x" * 300})
    database.close()
    backup = sqlite_tools.make_backup(path, "daily")
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for offset in range(4096, size, 4096 * 3):
            handle.seek(offset + 100)
            handle.write(os.urandom(200))
    with pytest.raises(health.DamagedDatabaseError) as caught:
        open_database(path)
    return backup, caught.value


def _click(role: QMessageBox.ButtonRole, seen: list[str]) -> Any:
    def action(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text() + " " + dialog.informativeText())
        seen.extend(button.text() for button in dialog.buttons())
        for button in dialog.buttons():
            if dialog.buttonRole(button) == role:
                button.click()
                return

    return action


def test_damaged_database_restores_the_newest_good_backup(qtbot, tmp_path):
    path = tmp_path / "db.sqlite"
    backup, damaged = _damaged_with_backup(path)
    assert damaged.backup == backup
    seen: list[str] = []
    drive_dialog(qtbot, _click(QMessageBox.ButtonRole.AcceptRole, seen))
    sentence = _offer_backup(damaged)
    assert "skadad" in seen[0] and backup_label(backup) in seen[0]
    assert seen[1:] == ["Återställ", "Avsluta"]
    assert sentence is not None and backup.name in sentence
    aside = list(tmp_path.glob("db.damaged-*.sqlite"))
    assert len(aside) == 1 and aside[0].name in sentence  # kept for the office
    database = open_database(path)
    try:
        assert areas.count_areas(database) == 300
    finally:
        database.close()


def test_the_start_window_waits_through_the_restore_dialog(qtbot, tmp_path, monkeypatch):
    """The whole start, in this process: the database opens on the loader thread, is found
    damaged, the dialog restores the backup (the start window stays up behind it), and the main
    window then takes over."""
    path = tmp_path / "db.sqlite"
    _damaged_with_backup(path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    seen: list[str] = []
    statuses: list[str] = []
    behind: list[str] = []
    restore = _click(QMessageBox.ButtonRole.AcceptRole, seen)

    def note_what_is_behind_then_restore(dialog: QDialog) -> None:
        behind.extend(w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible())
        restore(dialog)

    drive_dialog(qtbot, note_what_is_behind_then_restore)

    def close(window: MainWindow) -> None:
        statuses.append(window.statusBar().currentMessage())
        window.close()

    when_main_window_shows(close)
    assert run_gui(path, "sv") == 0
    assert "skadad" in seen[0]
    assert "startWindow" in behind
    assert "återställdes" in statuses[0]
    database = open_database(path)
    try:
        assert areas.count_areas(database) == 300
    finally:
        database.close()


def test_quitting_leaves_the_damaged_database_untouched(qtbot, tmp_path):
    path = tmp_path / "db.sqlite"
    _backup, damaged = _damaged_with_backup(path)
    before = path.read_bytes()
    seen: list[str] = []
    drive_dialog(qtbot, _click(QMessageBox.ButtonRole.RejectRole, seen))
    assert _offer_backup(damaged) is None
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("db.damaged-*"))


def test_without_a_good_backup_only_quit_is_offered(qtbot, tmp_path):
    path = tmp_path / "db.sqlite"
    backup, damaged = _damaged_with_backup(path)
    damaged.backup = None
    backup.unlink()
    seen: list[str] = []
    drive_dialog(qtbot, _click(QMessageBox.ButtonRole.AcceptRole, seen))
    assert _offer_backup(damaged) is None
    assert seen[1:] == ["Avsluta"]
    assert "Ingen hel säkerhetskopia" in seen[0]


def test_stale_lock_is_reported_after_the_full_check(tmp_path):
    path = tmp_path / "db.sqlite"
    open_database(path).close()
    env = child_env(tmp_path)
    subprocess.run([sys.executable, "-c", DIE_HOLDING_THE_LOCK, str(path)], env=env, check=True)
    lock, stale = take(path)
    assert lock is not None and stale
    lock.release()
    subprocess.run([sys.executable, "-c", DIE_HOLDING_THE_LOCK, str(path)], env=env, check=True)

    def start() -> str:
        result = subprocess.run(
            [sys.executable, "-c", REPORT_STATUS, str(path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return next(line for line in result.stdout.splitlines() if line.startswith("STATUS:"))

    first = start()
    assert "stängdes inte ordentligt" in first and "kontrollerats och är hel" in first
    assert "stängdes inte ordentligt" not in start()  # that session closed cleanly
    # The day's first backup was made on its own thread, after the window showed.
    daily = [b for b in sqlite_tools.list_backups(backups_dir(path)) if "_daily" in b.name]
    assert len(daily) == 1


def test_demo_is_not_loaded_without_the_lock(tmp_path):
    path = tmp_path / "db.sqlite"
    lock = acquire(path)
    assert lock is not None
    try:
        result = subprocess.run(
            [sys.executable, "-m", "trygghetsapp", "--db", str(path), "--demo", "--language", "sv"],
            capture_output=True,
            text=True,
            env=child_env(tmp_path),
            timeout=120,
        )
    finally:
        lock.release()
    assert result.returncode == 1
    assert "redan öppet" in result.stderr
    assert not path.exists(), "a refused second instance must not write demo data"


def test_the_window_asks_about_an_empty_file_and_restores(qtbot, tmp_path, monkeypatch):
    """A database file emptied to 0 bytes (a copy that failed): the whole start asks, and
    Återställ brings the newest good backup back; the window then opens on it."""
    path = tmp_path / "db.sqlite"
    database = open_database(path)
    areas.create_area(database, {"name": "Åsen"})
    database.close()
    backup = sqlite_tools.make_backup(path, "daily")
    path.write_bytes(b"")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[str] = []
    names: list[str] = []
    drive_dialog(qtbot, _click(QMessageBox.ButtonRole.AcceptRole, seen))

    def close(window: MainWindow) -> None:
        names.extend(a.name for a in areas.list_areas(window.context.database))
        window.close()

    when_main_window_shows(close)
    assert run_gui(path, "sv") == 0
    assert "tom (0 byte)" in seen[0] and backup_label(backup) in seen[0]
    assert sorted(seen[1:]) == ["Avsluta", "Börja med en tom databas", "Återställ"]
    assert names == ["Åsen"]


@pytest.mark.parametrize("emptied", [True, False])
def test_the_window_can_start_over_keeping_the_old_backups(qtbot, tmp_path, emptied):
    path = tmp_path / "db.sqlite"
    database = open_database(path)
    areas.create_area(database, {"name": "Åsen"})
    database.close()
    backup = sqlite_tools.make_backup(path, "daily")
    if emptied:
        path.write_bytes(b"")
    else:
        for suffix in ("", "-wal", "-shm", ".clean"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(health.UnexpectedFileError) as caught:
        open_database(path)
    seen: list[str] = []
    drive_dialog(qtbot, _click(QMessageBox.ButtonRole.DestructiveRole, seen))
    sentence = _offer_backup(caught.value)
    assert sentence is not None and "tom databas" in sentence
    kept = list(tmp_path.glob("db-backups-till-*"))
    assert len(kept) == 1 and (kept[0] / backup.name).exists() and kept[0].name in sentence
    database = open_database(path)  # a new, empty database now
    try:
        assert areas.count_areas(database) == 0
    finally:
        database.close()


def test_quitting_leaves_the_empty_file_as_it_was(qtbot, tmp_path):
    path = tmp_path / "db.sqlite"
    path.write_bytes(b"")
    with pytest.raises(health.UnexpectedFileError) as caught:
        open_database(path)
    seen: list[str] = []
    drive_dialog(qtbot, _click(QMessageBox.ButtonRole.RejectRole, seen))
    assert _offer_backup(caught.value) is None
    assert sorted(seen[1:]) == ["Avsluta", "Börja med en tom databas"]
    assert path.read_bytes() == b""
