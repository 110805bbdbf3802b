"""Damaged databases, network and synced folders, daily and rotating backups."""

import datetime as dt
import os
from pathlib import Path

import pytest

from trygghetsapp.cli import main
from trygghetsapp.services import areas, backups
from trygghetsapp.services.database import open_database
from trygghetsapp.store import health, sqlite_tools
from trygghetsapp.store.location import backups_dir, is_network_location


def _corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would (cf. SQLite corruptC)."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for offset in range(4096, size, 4096 * 3):
            handle.seek(offset + 100)
            handle.write(os.urandom(200))


def _make_database_with_data(path: Path) -> None:
    database = open_database(path)
    for number in range(300):
        areas.create_area(database, {"name": f"Område {number}", "notes": "x" * 300})
    database.close()


def test_damaged_database_is_refused_and_never_written(tmp_path, capsys):
    path = tmp_path / "db.sqlite"
    _make_database_with_data(path)
    backup = sqlite_tools.make_backup(path, "daily")
    _corrupt(path)
    wal = Path(f"{path}-wal")

    def state() -> tuple[bytes, bytes]:
        return path.read_bytes(), wal.read_bytes() if wal.exists() else b""

    before = state()
    with pytest.raises(health.DamagedDatabaseError) as caught:
        open_database(path)
    assert caught.value.backup == backup
    assert state() == before
    code = main(["--db", str(path), "export-json"])
    assert code == 1
    assert "skadad" in capsys.readouterr().err
    assert state() == before
    # Restoring the offered backup sets the damaged file aside for the office.
    assert main(["--db", str(path), "restore", str(backup)]) == 0
    assert list(tmp_path.glob("db.damaged-*.sqlite"))
    assert main(["--db", str(path), "check"]) == 0


def test_network_paths_are_refused(tmp_path):
    assert is_network_location(Path("\\\\server\\share\\trygghet.sqlite"))
    assert not is_network_location(tmp_path / "local.sqlite")
    with pytest.raises(health.NetworkLocationError):
        health.location_warnings(Path("//server/share/trygghet.sqlite"))


def test_synced_folder_is_warned_about(tmp_path, capsys):
    folder = tmp_path / "OneDrive - Krokoms kommun"
    path = folder / "db.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    assert "synkroniserad mapp" in capsys.readouterr().err
    assert main(["--db", str(path), "check"]) == 0  # a reading command warns too
    assert "synkroniserad mapp" in capsys.readouterr().err


def test_daily_backup_once_per_day_and_rotation(tmp_path):
    path = tmp_path / "db.sqlite"
    _make_database_with_data(path)
    open_database(path, daily_backup=True).close()
    open_database(path, daily_backup=True).close()
    daily = [b for b in sqlite_tools.list_backups(backups_dir(path)) if "_daily" in b.name]
    assert len(daily) == 1
    assert not health.daily_backup_due(path)
    assert health.daily_backup_due(path, dt.date.today() + dt.timedelta(days=1))
    for _ in range(25):
        sqlite_tools.make_backup(path, "before-import")
    kept = sqlite_tools.list_backups(backups_dir(path))
    # Retention is per reason: 25 imports keep their newest 10 and never push out the daily one.
    assert len([b for b in kept if b.name.endswith("_before-import.sqlite")]) == 10
    assert [b for b in kept if "_daily" in b.name] == daily


def test_damaged_backup_is_not_restored(tmp_path, capsys):
    path = tmp_path / "db.sqlite"
    _make_database_with_data(path)
    copy = tmp_path / "copy.sqlite"
    sqlite_tools.copy_database(path, copy)
    _corrupt(copy)
    assert main(["--db", str(path), "restore", str(copy)]) == 1
    assert "skadad" in capsys.readouterr().err


def test_full_check_is_skipped_only_after_a_clean_close_of_the_same_file(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite"
    _make_database_with_data(path)
    checks: list[Path] = []
    real = sqlite_tools.integrity_problems

    def counting(candidate: Path, quick: bool = False) -> list[str]:
        checks.append(candidate)
        return real(candidate, quick=quick)

    monkeypatch.setattr(sqlite_tools, "integrity_problems", counting)

    def opened_with_full_check(**options: bool) -> bool:
        checks.clear()
        database = open_database(path, **options)
        database.close()
        assert database.fully_checked == (path in checks)
        return database.fully_checked

    assert health.clean_marker_path(path).exists()
    assert not opened_with_full_check()  # clean close, untouched: no full check
    assert opened_with_full_check(force_check=True)  # a stale lock forces it
    # An unclean shutdown: the session that opened the file never closed it.
    open_database(path)
    assert not health.clean_marker_path(path).exists()
    assert opened_with_full_check()
    # Anything that changes the file after our clean close forces the check.
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    assert opened_with_full_check()
    # The first start of the day (daily backup due) runs it too.
    assert opened_with_full_check(daily_backup=True)
    assert not opened_with_full_check(daily_backup=True)


def test_damage_after_a_clean_close_is_still_refused(tmp_path):
    path = tmp_path / "db.sqlite"
    _make_database_with_data(path)
    assert health.clean_marker_path(path).exists()
    _corrupt(path)
    before = path.read_bytes()
    with pytest.raises(health.DamagedDatabaseError):
        open_database(path)
    assert path.read_bytes() == before


def test_deferred_daily_backup_is_made_once_by_the_caller(tmp_path):
    """The GUI opens without copying (seconds at national scale) and backs up on a thread."""
    path = tmp_path / "db.sqlite"
    _make_database_with_data(path)

    def daily() -> list[Path]:
        return [b for b in sqlite_tools.list_backups(backups_dir(path)) if "_daily" in b.name]

    database = open_database(path, daily_backup=True, defer_backup=True)
    try:
        assert database.fully_checked  # the first start of the day still runs the full check
        assert daily() == []
        made = backups.daily_backup_if_due(database)
        assert made is not None and daily() == [made]
        assert sqlite_tools.integrity_problems(made) == []
        assert backups.daily_backup_if_due(database) is None
    finally:
        database.close()
    fresh = open_database(tmp_path / "new.sqlite", daily_backup=True, defer_backup=True)
    try:
        assert backups.daily_backup_if_due(fresh) is None  # nothing to back up in a new database
    finally:
        fresh.close()
