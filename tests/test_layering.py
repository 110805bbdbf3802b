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


def test_no_widget_module_imports_a_service_function() -> None:
    """Only ui/door.py names the services' use cases; the widgets hand its ops to the door."""
    assert layering.widget_service_calls(PACKAGE) == []


def test_the_checker_catches_a_widget_calling_a_service(package_copy: Path) -> None:
    _append(
        package_copy / "ui" / "overview.py",
        "def _planted() -> None:\n    from trygghetsapp.services.areas import update_area\n",
    )
    _append(package_copy / "ui" / "tabs" / "roles.py", "from trygghetsapp.services import roles\n")
    _append(package_copy / "ui" / "form.py", "import trygghetsapp.services.contacts\n")
    _append(
        package_copy / "ui" / "dialogs.py", "from trygghetsapp.services.readmodels import Changes\n"
    )
    found = layering.widget_service_calls(package_copy)
    assert any(
        "ui.overview imports the service function" in p and "update_area" in p for p in found
    )
    assert any("ui.tabs.roles imports trygghetsapp.services.roles" in p for p in found), found
    assert any("ui.form imports trygghetsapp.services.contacts" in p for p in found), found
    assert not any("ui.dialogs" in p for p in found), found


def test_the_gui_names_record_kinds_by_the_entity_enum() -> None:
    """Issue 12 item 7: no entity-name string ("contact", "equipment_item") in ui/: the GUI
    writes `Entity.CONTACT`. An enum's own member values (the tab keys) are names, not uses."""
    import ast

    from trygghetsapp.services.readmodels import Entity

    names = {entity.value for entity in Entity}
    found = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        members = {
            id(node.value)
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef)
            for node in cls.body
            if isinstance(node, ast.Assign)
        }
        found += [
            f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and node.value in names and id(node) not in members
        ]
    assert found == []


def test_the_architecture_doc_draws_the_allow_list() -> None:
    """docs/architecture.md's table of layers is the allow-list, unit by unit."""
    import re

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text[text.index("| unit | may import |") :].split("\n\n", 1)[0]
    drawn: dict[str, frozenset[str]] = {}
    for line in table.splitlines()[2:]:
        units, allowed = (cell.strip() for cell in line.strip("|").split("|"))
        targets = frozenset(re.findall(r"`(\w+)`", allowed))
        for name in re.findall(r"`(\w+)`", units):
            drawn[name] = targets
    assert drawn == {k: v for k, v in layering.ALLOWED.items() if k != "__init__"}
    assert frozenset({"__init__"}) == layering.BOTTOM  # "may also import the package's __init__"


def test_the_windows_and_the_sync_room_do_not_import_each_other() -> None:
    found, _ = layering.edges(PACKAGE)
    start, main = "trygghetsapp.ui.start_window", "trygghetsapp.ui.main_window"
    assert [str(e) for e in found if {e.source, e.target} == {start, main}] == []
    assert [
        str(e)
        for e in found
        if e.source.startswith("trygghetsapp.ui.sync") and e.target in (start, main)
    ] == []


def test_every_test_the_architecture_doc_names_exists() -> None:
    """docs/architecture.md says which test checks each statement: those tests exist."""
    import re

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    files = set(re.findall(r"`(tests/[\w/]+\.py)", text))
    named = set(re.findall(r"\b(test_\w+)\b", re.sub(r"tests/[\w/]+\.py", "", text)))
    defined = {
        match
        for path in (ROOT / "tests").rglob("*.py")
        for match in re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M)
    }
    assert named and named <= defined, sorted(named - defined)
    assert [f for f in files if not (ROOT / f).exists()] == []
