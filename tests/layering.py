"""The import graph of the package, every edge counted, and the rules it must keep.

An edge is any import of one of our modules by another: at module level, inside a function, under
`if TYPE_CHECKING:`, `from trygghetsapp import cli` (a module, not a name), and `importlib`
strings (a literal module name, or an f-string whose constant prefix joined with a string constant
of the same module names a module, as `sync/api.py`'s lazy facade does). Deferring an import into
a function hides a cycle from Python, not from this graph.

Rules (docs/architecture.md): each top-level unit may import only the units on its allow-list, and
no two modules may reach each other (no cycle of any length).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE_NAME = "trygghetsapp"

BOTTOM = frozenset({"__init__"})
"""What every unit may import: the package's own __init__ (its version number only)."""

ALLOWED: dict[str, frozenset[str]] = {
    "__init__": frozenset(),
    "domain": frozenset(),
    "resources": frozenset(),
    "files": frozenset({"domain"}),
    "store": frozenset({"domain", "files"}),
    "security": frozenset({"domain", "files"}),
    "services": frozenset({"domain", "files", "store", "resources"}),
    "sync": frozenset({"domain", "files", "store", "security"}),
    "reports": frozenset({"domain", "files", "services", "resources"}),
    "logs": frozenset({"files"}),
    "database_lock": frozenset({"domain", "files"}),
    "cli": frozenset(
        {
            "__init__",
            "domain",
            "files",
            "store",
            "services",
            "sync",
            "security",
            "reports",
            "logs",
            "database_lock",
            "app",
            "office_window",
        }
    ),
    "ui": frozenset(
        {
            "domain",
            "files",
            "services",
            "reports",
            "sync",
            "security",
            "logs",
            "database_lock",
            "resources",
        }
    ),
    "app": frozenset(
        {"domain", "files", "store", "services", "ui", "logs", "database_lock", "resources"}
    ),
    "office_window": frozenset(
        {"domain", "files", "store", "services", "ui", "logs", "database_lock", "app"}
    ),
    "__main__": frozenset({"cli"}),
}
"""Top-level unit -> the units it may import (besides itself)."""

FORBIDDEN_THIRD_PARTY: dict[str, tuple[str, ...]] = {
    "domain": ("PySide6", "sqlalchemy", "reportlab"),
    "files": ("PySide6", "sqlalchemy", "reportlab"),
    "store": ("PySide6", "reportlab"),
    "security": ("PySide6", "sqlalchemy", "reportlab"),
    "services": ("PySide6", "reportlab"),
    "sync": ("PySide6", "reportlab"),
    "reports": ("PySide6", "sqlalchemy"),
    "ui": ("sqlalchemy",),
}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int

    def __str__(self) -> str:
        return f"{self.source} -> {self.target} (line {self.line})"


def modules(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for the package at `root` (the folder named trygghetsapp)."""
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def unit(module: str) -> str:
    """The top-level unit a module belongs to: trygghetsapp.sync.api -> sync."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _resolve_from(
    node: ast.ImportFrom, current: str, is_package: bool, known: set[str]
) -> list[str]:
    base = node.module or ""
    if node.level:
        parts = current.split(".")
        if not is_package:
            parts = parts[:-1]
        parts = parts[: len(parts) - (node.level - 1)]
        base = ".".join([*parts, base] if base else parts)
    targets = []
    for alias in node.names:
        full = f"{base}.{alias.name}"
        targets.append(full if full in known else base)
    return targets


def _importlib_targets(tree: ast.AST, known: set[str]) -> Iterator[tuple[str, int]]:
    constants = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name not in ("import_module", "__import__"):
            continue
        argument = node.args[0]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            if argument.value in known:
                yield argument.value, node.lineno
        elif isinstance(argument, ast.JoinedStr) and argument.values:
            first = argument.values[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                for constant in constants:
                    if f"{first.value}{constant}" in known:
                        yield f"{first.value}{constant}", node.lineno


def edges(root: Path) -> tuple[list[Edge], dict[str, set[tuple[str, int]]]]:
    """Every edge between our modules, and each module's third-party imports (name, line)."""
    known = modules(root)
    names = set(known)
    found: list[Edge] = []
    third_party: dict[str, set[tuple[str, int]]] = {}
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                targets = _resolve_from(node, module, is_package, names)
            for target in targets:
                if target == PACKAGE_NAME or target.startswith(PACKAGE_NAME + "."):
                    while target not in names and "." in target:
                        target = target.rsplit(".", 1)[0]
                    if target != module:
                        found.append(Edge(module, target, node.lineno))
                elif target:
                    third_party.setdefault(module, set()).add((target, node.lineno))
        for target, line in _importlib_targets(tree, names):
            if target != module:
                found.append(Edge(module, target, line))
    return found, third_party


def upward(root: Path) -> list[str]:
    """Edges a unit's allow-list does not permit, and forbidden third-party imports."""
    found, third_party = edges(root)
    problems = []
    for edge in found:
        source, target = unit(edge.source), unit(edge.target)
        allowed = ALLOWED.get(source, frozenset()) | BOTTOM
        if source != target and target not in allowed:
            problems.append(f"{source} may not import {target}: {edge}")
    for module, imports in third_party.items():
        forbidden = FORBIDDEN_THIRD_PARTY.get(unit(module), ())
        for name, line in sorted(imports):
            if name.split(".")[0] in forbidden:
                problems.append(f"{unit(module)} may not import {name}: {module} (line {line})")
    return sorted(problems)


def cycles(root: Path) -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan), each sorted."""
    found, _ = edges(root)
    graph: dict[str, set[str]] = {name: set() for name in modules(root)}
    for edge in found:
        graph[edge.source].add(edge.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = [0]

    def visit(start: str) -> None:
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return sorted(groups)


DOOR = f"{PACKAGE_NAME}.ui.door"
"""The one GUI module that imports the services' functions: it names each op the widgets run."""

READ_MODELS = f"{PACKAGE_NAME}.services.readmodels"
"""Plain data the widgets show; a widget may import all of it."""


def _top_level_functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    }


def widget_service_calls(root: Path) -> list[str]:
    """Imports by which a GUI module other than the door could call a service itself.

    A widget module (`ui/`, except `ui/door.py`) may import from `services` only what is not a
    function: read models, data classes, constants (`from services.backups import BackupInfo`).
    A whole service module (`from trygghetsapp.services import areas`, `import ...areas`) or a
    function out of one (`from ...services.areas import update_area`) is refused, at module level,
    inside functions and under TYPE_CHECKING alike. `services.readmodels` holds no use case and
    may be imported whole.
    """
    known = modules(root)
    names = set(known)
    services = f"{PACKAGE_NAME}.services"
    problems: list[str] = []
    for module, path in known.items():
        if not module.startswith(f"{PACKAGE_NAME}.ui") or module == DOOR:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    target = alias.name
                    if target.startswith(services + ".") and target != READ_MODELS:
                        problems.append(f"{module} imports {target} (line {node.lineno})")
            elif isinstance(node, ast.ImportFrom) and node.module:
                base = node.module
                if not (base == services or base.startswith(services + ".")):
                    continue
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    if full in names:  # a module: from trygghetsapp.services import areas
                        if full != READ_MODELS:
                            problems.append(f"{module} imports {full} (line {node.lineno})")
                    elif base in known and alias.name in _top_level_functions(known[base]):
                        problems.append(
                            f"{module} imports the service function {full} (line {node.lineno})"
                        )
    return sorted(problems)
