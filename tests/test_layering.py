"""The layering rule of DESIGN.md and docs/architecture.md, made mechanical (tests/layering.py).

Every import counts: at module level, inside functions, under TYPE_CHECKING, `from pkg import
module`, and importlib strings. Each unit may import only its allow-list, and no module may reach
itself through others (no cycle of any length). The checker is shown to fail on a planted upward
import and a planted cycle in a copy of the package.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests import layering

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / layering.PACKAGE_NAME


def test_no_unit_imports_outside_its_allow_list() -> None:
    assert layering.upward(PACKAGE) == []


def test_no_import_cycle_between_modules() -> None:
    assert layering.cycles(PACKAGE) == []


def test_every_unit_has_an_allow_list() -> None:
    units = {layering.unit(name) for name in layering.modules(PACKAGE)}
    assert units <= set(layering.ALLOWED), units - set(layering.ALLOWED)


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / layering.PACKAGE_NAME
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _append(path: Path, code: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n" + code + "\n", encoding="utf-8")


def test_the_checker_catches_a_planted_upward_import(package_copy: Path) -> None:
    # Inside a function and under TYPE_CHECKING: both hidden from Python at import time.
    _append(
        package_copy / "store" / "models.py",
        "def _planted() -> None:\n    from trygghetsapp.services import areas  # noqa\n",
    )
    _append(
        package_copy / "services" / "areas.py",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import trygghetsapp.sync.api\n",
    )
    _append(
        package_copy / "domain" / "values.py",
        "import importlib\n_ui = importlib.import_module('trygghetsapp.ui.labels')\n",
    )
    _append(package_copy / "reports" / "styles.py", "from trygghetsapp import store  # noqa\n")
    found = layering.upward(package_copy)
    assert any(p.startswith("store may not import services") for p in found), found
    assert any(p.startswith("services may not import sync") for p in found), found
    assert any(p.startswith("domain may not import ui") for p in found), found
    assert any(p.startswith("reports may not import store") for p in found), found


def test_the_checker_catches_a_planted_cycle(package_copy: Path) -> None:
    _append(
        package_copy / "services" / "records.py",
        "def _planted() -> None:\n    from trygghetsapp.services import areas  # noqa\n",
    )
    found = layering.cycles(package_copy)  # areas already imports records
    assert any(
        {"trygghetsapp.services.areas", "trygghetsapp.services.records"} <= set(group)
        for group in found
    ), found


def test_the_checker_follows_a_lazy_importlib_facade(package_copy: Path) -> None:
    _append(
        package_copy / "store" / "engine.py",
        "import importlib\n"
        "_HOME = {'x': 'api'}\n"
        "def _load(name):\n"
        "    return importlib.import_module(f'trygghetsapp.sync.{_HOME[name]}')\n",
    )
    assert any(p.startswith("store may not import sync") for p in layering.upward(package_copy))
