"""`pip install .` gives users what they run and nothing else.

The wheel is built here, offline (no build isolation: setuptools comes with the test extras), and
looked into: the shipped resources are inside it and found by `resources_dir()` when the package
runs from the unpacked wheel rather than from the checkout; developer tools are not.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source")  # setuptools writes build/ beside its input
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("trygghetsapp", "resources", "tools", "tests", "bench"):
        shutil.copytree(ROOT / folder, source / folder, ignore=IGNORED)
    pip = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    subprocess.run(
        [*pip, "-w", str(out), str(source)],
        check=True,
        cwd=source,
        env={"PATH": "/usr/bin:/bin", "PIP_NO_INDEX": "1", "HOME": str(source)},
    )
    (found,) = out.glob("trygghetsapp-*.whl")
    return found


def test_the_wheel_holds_no_developer_tools(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "trygghetsapp/store/migrations/versions/0001_initial_schema.py" in names
    leaked = [
        n
        for n in names
        if any(part in n for part in ("devtools", "screenshots", "i18n_build", "bench/"))
        or n.split("/")[0] in ("tools", "tests", "bench")
    ]
    assert leaked == []


def test_the_wheel_carries_the_resources_and_finds_them(wheel: Path, tmp_path: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    )
    assert shipped
    missing = [p for p in shipped if f"trygghetsapp/shipped/{p}" not in names]
    assert missing == []
    zipfile.ZipFile(wheel).extractall(tmp_path)
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from trygghetsapp.resources import resources_dir; print(resources_dir())",
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(found) == tmp_path / "trygghetsapp" / "shipped"
    assert (Path(found) / "demo" / "krokom.json").is_file()
