"""A healthy database in a bad place is never called damaged (issue 11, item 3).

A full disk, a read-only folder, a read-only file and another program's lock each get their own
sentence, exit 1, never "skadad", never a restore offer, and the database's bytes stay as they
were. The commands run as child processes: the permission cases need an unprivileged user (root
may write anywhere), and the full disk needs a small tmpfs that only root can mount here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database
from trygghetsapp.store import diagnosis, health, sqlite_tools

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_database(path: Path, areas_count: int = 30) -> None:
    database = open_database(path)
    for number in range(areas_count):
        areas.create_area(database, {"name": f"Område {number}"})
    database.close()  # checkpointed: the file holds everything, no -wal or -shm left


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        HOME=str(home),
    )
    env.pop("TRYGGHETSAPP_DB", None)

    return subprocess.run(
        [sys.executable, "-m", "trygghetsapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _assert_said(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr  # one line, no traceback
    assert words in lines[0], lines[0]
    assert "skadad" not in result.stderr and "damaged" not in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    folder.chmod(0o777)
    return folder


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 512 KB tmpfs, left with less than 32 KB free (no room for SQLite's -shm)."""
    if not IS_ROOT or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root; the full-disk case is not run here")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path, leave: int) -> None:
    """Fill the disk until at most `leave` bytes are free."""
    filler = folder / "filler"
    with open(filler, "wb") as handle:
        while shutil.disk_usage(folder).free > leave:
            try:
                handle.write(b"\0" * 4096)
                handle.flush()
            except OSError:
                break


@pytest.mark.parametrize("command", [["check"], ["export-json"], ["import-json", "x.json"]])
def test_under_32_kb_free_is_a_full_disk(tmp_path, home, tiny_disk, command):
    made = tmp_path / "made.sqlite"
    _make_database(made)
    path = tiny_disk / "db.sqlite"
    shutil.copy(made, path)
    export = tmp_path / "x.json"
    export.write_text('{"areas": []}', encoding="utf-8")
    _fill(tiny_disk, 16 * 1024)
    assert shutil.disk_usage(tiny_disk).free < 32 * 1024
    before = _digest(path)
    args = [str(export) if a == "x.json" else a for a in command]
    result = _run(["--db", str(path), *args], home)
    _assert_said(result, "är full")
    assert _digest(path) == before


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A database in a folder that cannot be written (its file could be): chmod for a user,
    a read-only tmpfs for root (whom permissions do not stop)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if IS_ROOT:
        _mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder))
    path = folder / "db.sqlite"
    _make_database(path)
    try:
        if IS_ROOT:
            _mount("-o", "remount,ro", str(folder))
        else:
            folder.chmod(0o555)
        yield path
    finally:
        if IS_ROOT:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        else:
            folder.chmod(0o755)


@pytest.fixture
def read_only_file(tmp_path: Path) -> Iterator[Path]:
    """A database file that cannot be written, in a folder that can: chmod for a user, a
    read-only bind mount of the file for root."""
    path = tmp_path / "db.sqlite"
    _make_database(path)
    if IS_ROOT:
        _mount("--bind", str(path), str(path))
        _mount("-o", "remount,bind,ro", str(path))
    else:
        path.chmod(0o444)
    try:
        yield path
    finally:
        if IS_ROOT:
            subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and mounts")
def test_read_only_folder(tmp_path, home, read_only_folder):
    path = read_only_folder
    (tmp_path / "x.json").write_text('{"areas": []}', encoding="utf-8")
    before = _digest(path)
    for command in (["check"], ["import-json", str(tmp_path / "x.json")], ["backup"]):
        result = _run(["--db", str(path), *command], home)
        _assert_said(result, "är skrivskyddad")
        assert "mappen" in result.stderr
    assert _digest(path) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and mounts")
def test_read_only_file(tmp_path, home, read_only_file):
    path = read_only_file
    other = tmp_path / "other.sqlite"
    _make_database(other, areas_count=1)  # an area the read-only database does not have
    assert _run(["--db", str(other), "export-json", "-o", str(tmp_path / "x.json")], home)
    before = _digest(path)
    result = _run(["--db", str(path), "import-json", str(tmp_path / "x.json")], home)
    _assert_said(result, "databasfilen")
    assert "skrivskyddad" in result.stderr
    assert _digest(path) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")
def test_a_file_locked_by_another_program(tmp_path, home):
    path = tmp_path / "db.sqlite"
    _make_database(path)
    before = _digest(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('held', flush=True)\n"
            "sys.stdin.readline()\n",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = _run(["--db", str(path), "check"], home)
        _assert_said(result, "är låst av ett annat program")
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert _digest(path) == before


def test_only_corruption_is_damage():
    def error(code: int, text: str) -> sqlite3.Error:
        made = sqlite3.OperationalError(text)
        made.sqlite_errorcode = code  # type: ignore[attr-defined]
        return made

    assert diagnosis.is_damage(error(11, "database disk image is malformed"))
    assert diagnosis.is_damage(error(26, "file is not a database"))
    for code, text in (
        (10, "disk I/O error"),
        (8, "attempt to write a readonly database"),
        (5, "database is locked"),
        (13, "database or disk is full"),
        (14, "unable to open database file"),
    ):
        assert not diagnosis.is_damage(error(code, text)), text
        assert diagnosis.diagnose(error(code, text), Path("/tmp/x.sqlite")) is not None


def test_restore_on_a_full_disk_keeps_the_current_file(tmp_path, tiny_disk):
    """The restored copy is made and verified beside the file before anything is renamed."""
    big = tmp_path / "big.sqlite"
    _make_database(big, areas_count=600)  # larger than what is left on the tiny disk
    backup = tmp_path / "backup.sqlite"
    sqlite_tools.copy_database(big, backup)
    path = tiny_disk / "db.sqlite"
    path.write_bytes(b"\0" * 8192)  # "damaged": not an SQLite file
    _fill(tiny_disk, 64 * 1024)
    before = _digest(path)
    with pytest.raises(diagnosis.StorageError) as caught:
        health.recover_from_backup(path, backup)
    assert caught.value.kind == diagnosis.DISK_FULL
    assert _digest(path) == before
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["db.sqlite", "filler"]


def test_folder_names_with_url_characters(tmp_path, capsys):
    """A folder may be called anything: '#', '?' and '%' are characters, not URL syntax (once a
    '#' made every backup an empty database that passed its check)."""
    from trygghetsapp.cli import main

    folder = tmp_path / "Beredskap #2 100% klar? å"
    path = folder / "db.sqlite"
    _make_database(path, areas_count=3)
    copy = sqlite_tools.copy_database(path, tmp_path / "kopia.sqlite")
    database = open_database(copy)
    try:
        assert len(areas.list_areas(database)) == 3
    finally:
        database.close()
    assert main(["--db", str(path), "export-json", "-o", str(tmp_path / "x.json")]) == 0
    assert (tmp_path / "x.json").read_text(encoding="utf-8").count('"name"') >= 3
    made = {p.name for p in tmp_path.iterdir() if p.is_file()}
    assert made == {"kopia.sqlite", "kopia.sqlite.clean", "x.json"}  # nothing at a cut-off name


def test_no_room_even_for_the_lock_file_is_a_full_disk(tmp_path, home, tiny_disk):
    made = tmp_path / "made.sqlite"
    _make_database(made)
    path = tiny_disk / "db.sqlite"
    shutil.copy(made, path)
    _fill(tiny_disk, 0)
    before = _digest(path)
    result = _run(["--db", str(path), "device", "rename", "Ny"], home)
    _assert_said(result, "är full")
    assert _digest(path) == before
