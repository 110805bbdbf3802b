"""A real SIGKILL in the middle of an import: the database is as before, and re-import converges."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sync.trust import provision
from trygghetsapp.security.keys import keys_dir
from trygghetsapp.services import transfer
from trygghetsapp.services.checks import check_database
from trygghetsapp.services.database import open_database
from trygghetsapp.services.demo import load_demo
from trygghetsapp.sync.api import export_package, import_file

CHILD = """
import sys, pathlib
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync.importer import import_file
db = open_database(pathlib.Path(sys.argv[1]))
print("ready", flush=True)
import_file(db, pathlib.Path(sys.argv[2]))
print("done", flush=True)
"""


def _copy_db(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{source}{suffix}")
        if src.exists():
            shutil.copyfile(src, Path(f"{target}{suffix}"))
    keys = keys_dir(source)
    if keys.exists():  # the trust register travels with the copy (a test-only clone)
        shutil.copytree(keys, keys_dir(target), dirs_exist_ok=True)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_mid_import_leaves_database_unchanged(tmp_path: Path) -> None:
    source = open_database(tmp_path / "source.sqlite", device_name="Kontoret")
    load_demo(source, seed=3, scale=60)
    package = export_package(source, tmp_path / "out").path
    assert package is not None
    expected = transfer.export_text(source)
    source.close()

    pristine = tmp_path / "pristine.sqlite"
    open_database(pristine, device_name="Fältdator").close()
    provision(tmp_path / "source.sqlite", pristine)
    before = open_database(pristine)
    before_text = transfer.export_text(before)
    before.close()

    timing = tmp_path / "timing.sqlite"
    _copy_db(pristine, timing)
    database = open_database(timing)
    started = time.perf_counter()
    import_file(database, package)
    duration = time.perf_counter() - started
    database.close()

    unchanged = 0
    for trial, fraction in enumerate((0.1, 0.3, 0.5, 0.7)):
        target = tmp_path / f"trial-{trial}.sqlite"
        _copy_db(pristine, target)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(target), str(package)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(duration * fraction)
        child.send_signal(signal.SIGKILL)
        child.wait()
        database = open_database(target)
        try:
            assert check_database(database) == []
            text = transfer.export_text(database)
            assert text in (before_text, expected), "a killed import left a partial state"
            unchanged += text == before_text
            import_file(database, package)
            assert transfer.export_text(database) == expected
            assert check_database(database) == []
        finally:
            database.close()
    assert unchanged >= 1, "no kill landed inside the import; the test proved nothing"
