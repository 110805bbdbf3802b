"""Temporary files a process is writing (a backup's `.partial`, a restore's work folder), noted
down while they exist, so that what a killed process leaves behind is removed at the next start.

A backup is written under a temporary name and renamed into place only once it is whole and
verified; killed half-way, the process cannot clean up, and a 24 MB `.partial` (and its
`-journal`) would sit on the user's USB stick for ever. So before such a file is created its path
is written into a note in the user's data folder (one note per process and use, named by the
process id); the note goes when the work ends, whichever way. At the next start every note whose
process is gone (not running, or a different process with a reused id: the start time is part of
the note) is carried out: its paths are removed, and then the note.

Only names we make are ever removed (`.partial`, `.restore-`, `.restored-`), whatever a note
says, so a damaged note cannot delete a user's file.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

from trygghetsapp.files.places import data_dir

OUR_TEMPORARY_MARKERS = (".partial", ".restore-", ".restored-")
SQLITE_COMPANIONS = ("-journal", "-wal", "-shm")


def notes_dir() -> Path:
    return data_dir() / "unfinished"


def _process_started(pid: int) -> float | None:
    """When process `pid` started, or None when there is no such process."""
    import psutil  # only when a note is written or read

    try:
        return float(psutil.Process(pid).create_time())
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess, ValueError):
        return None


def _is_ours(path: Path) -> bool:
    return any(marker in path.name for marker in OUR_TEMPORARY_MARKERS)


@contextlib.contextmanager
def noted(*paths: Path) -> Iterator[None]:
    """Note `paths` down for the duration of the block (see the module docstring)."""
    folder = notes_dir()
    note = folder / f"{os.getpid()}-{uuid.uuid4().hex}.json"
    written = False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        note.write_text(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "started": _process_started(os.getpid()),
                    "paths": [str(path) for path in paths],
                }
            ),
            encoding="utf-8",
        )
        written = True
    except Exception:  # no room for the note: the work itself decides whether it can go on
        written = False
    try:
        yield
    finally:
        if written:
            with contextlib.suppress(OSError):
                note.unlink()


def remove_temporary(path: Path) -> None:
    """Remove one of our temporaries (file or folder) and SQLite's companions of it."""
    if not _is_ours(path):
        return
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    for suffix in SQLITE_COMPANIONS:
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _still_running(note: Path, content: dict[str, object]) -> bool:
    try:
        pid = int(str(content.get("pid", note.name.split("-", 1)[0])))
    except ValueError:
        return False
    if pid == os.getpid():
        return True
    started = _process_started(pid)
    if started is None:
        return False
    recorded = content.get("started")
    return not isinstance(recorded, int | float) or abs(started - float(recorded)) < 1.0


def clean_left_overs() -> list[Path]:
    """Remove what killed processes left; returns the paths removed. Never raises: a start is
    never stopped by its housekeeping."""
    try:
        return _clean_left_overs()
    except Exception:
        return []


def _clean_left_overs() -> list[Path]:
    removed: list[Path] = []
    try:
        notes = sorted(notes_dir().glob("*.json"))
    except OSError:
        return removed
    for note in notes:
        try:
            content = json.loads(note.read_text(encoding="utf-8"))
            if not isinstance(content, dict):
                content = {}
        except (OSError, ValueError):
            content = {}
        if _still_running(note, content):
            continue
        paths = content.get("paths", [])
        for name in paths if isinstance(paths, list) else []:
            path = Path(str(name))
            if _is_ours(path) and (
                path.exists() or any(Path(f"{path}{s}").exists() for s in SQLITE_COMPANIONS)
            ):
                remove_temporary(path)
                removed.append(path)
        with contextlib.suppress(OSError):
            note.unlink()
    return removed
