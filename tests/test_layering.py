"""The layering rule of DESIGN.md, made mechanical: arrows point down only."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "trygghetsapp"

FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "trygghetsapp.store",
        "trygghetsapp.services",
        "trygghetsapp.ui",
        "trygghetsapp.sync",
        "trygghetsapp.reports",
    ),
    "store": ("PySide6", "trygghetsapp.services", "trygghetsapp.ui", "trygghetsapp.reports"),
    "services": ("PySide6", "trygghetsapp.ui"),
    "sync": ("PySide6", "trygghetsapp.ui"),
    "reports": ("PySide6", "trygghetsapp.ui", "trygghetsapp.store", "sqlalchemy"),
    "ui": ("trygghetsapp.store", "sqlalchemy"),
    "security": ("PySide6", "sqlalchemy", "trygghetsapp.store", "trygghetsapp.ui"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_layer_imports_upwards():
    violations = []
    for layer, forbidden in FORBIDDEN.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imported_modules(path):
                if name.startswith(forbidden):
                    violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert violations == []
