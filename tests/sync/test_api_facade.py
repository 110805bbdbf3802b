"""The sync facade loads its parts on first use, and every exported name still resolves."""

from __future__ import annotations

import importlib
import subprocess
import sys

from trygghetsapp.sync import api


def test_every_exported_name_is_its_home_modules_object() -> None:
    assert sorted(api._HOME) == sorted(api.__all__)
    for name, home in api._HOME.items():
        module = importlib.import_module(f"trygghetsapp.sync.{home}")
        assert getattr(api, name) is getattr(module, name)


def test_importing_the_facade_loads_no_exporter_and_no_cryptography() -> None:
    probe = (
        "import sys\n"
        "from trygghetsapp.sync import api\n"
        "parts = ('trygghetsapp.sync.', 'cryptography')\n"
        "print(sorted(m for m in sys.modules if m.startswith(parts)))\n"
        "api.sync_status\n"
        "print('trygghetsapp.sync.status' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    loaded, status_loaded = result.stdout.splitlines()
    assert loaded == "['trygghetsapp.sync.api']"
    assert status_loaded == "True"
