"""Refresh the translation sources and compile them: `python -m tools.i18n_build`.

Runs `pyside6-lupdate` over the GUI sources (keeping existing translations) and `pyside6-lrelease`
to the .qm files that ship in resources/i18n. Both tools come with PySide6-Essentials, so this
needs nothing beyond the app's own install. New strings then need their English in the _en.ts
(Qt Linguist, `pyside6-linguist`, or by hand); the Swedish file mirrors the Swedish sources.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from trygghetsapp.resources import resources_dir

PACKAGE = Path(__file__).resolve().parent.parent / "trygghetsapp"
TARGETS = {"sv": "sv_SE", "en": "en_GB"}


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (venv/bin or venv\\Scripts)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def sources() -> list[str]:
    ui = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))
    return [*ui, str(PACKAGE / "app.py"), str(PACKAGE / "office_window.py")]


def update(ts: Path, language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",  # stable diffs: line numbers would change with every edit
            "-source-language",
            "sv_SE",
            "-target-language",
            TARGETS[language],
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def release(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main() -> int:
    folder = resources_dir() / "i18n"
    for language in TARGETS:
        ts = folder / f"trygghetsapp_{language}.ts"
        update(ts, language)
        release(ts)
        print(ts)
    for ts in sorted(folder.glob("qt_standard_*.ts")):  # Qt's own texts, kept by hand
        release(ts)
        print(ts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
