"""The last session's area list, kept beside the database for the next start's first window.

Why: importing the database layer (SQLAlchemy and our ORM) takes several times as long as Python
and Qt together on an old laptop. The window shown before that import finishes lists the areas
from this file, so the user sees, scrolls and searches their areas at once; editing starts when
the database is open a moment later (`ui/start_window.py`, `app.py`).

Beside the list it keeps a picture of the open area's tab as the last session left it (a PNG
next to it, `TabPicture`): the start window shows it in that tab, so the first screen is
readable in full (the list and the area the user was working on) before the database layer has
even loaded. It is a picture, not a second set of widgets: what the user reads is exactly what
the main window showed, and it goes when the main window takes over a moment later.

Trust: the files are used only when the database file is byte-for-byte the one the last session
closed cleanly (same size, modification time and inode as recorded after the close, as the
clean-close marker in `store/health.py`), and in the same language. Anything else (a crash, a
CLI import or edit, a restored backup, another program) makes them stale, and the window waits
for the database instead. The list holds area names, their search text (villages, safety point
names) and readiness badges; the picture may show people (the contacts tab), so an erasure
removes both files (`store/erasure.py`), and a picture from another day is not shown (due dates).

This module must stay light: the start reads it before SQLAlchemy is imported (a test checks).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import Any, NamedTuple

from trygghetsapp.store.file_stamp import file_stamp
from trygghetsapp.store.location import start_view_files

FORMAT = 3


class StartRow(NamedTuple):
    """One area as the list showed it: enough to list, filter and badge it.

    Tuples, not dataclasses: 5,000 of them are made on the start's path (2 ms instead of 11)."""

    id: str
    name: str
    search_text: str
    """Case-folded name, villages and safety point names, as the database's search column."""
    badge: str = ""
    colour: str = ""


class TabPicture(NamedTuple):
    """The open area's tab as the main window last drew it."""

    tab: int
    """Its index among the area's tabs."""
    area_id: str
    width: int
    height: int
    """In device-independent pixels: shown only where the tab has exactly this size again."""
    ratio: float
    """Device pixels per pixel when it was taken (a HiDPI screen draws it sharp)."""
    png: bytes


class StartView(NamedTuple):
    language: str
    area_id: str | None
    area_title: str
    rows: tuple[StartRow, ...]
    picture: TabPicture | None = None


def start_view_path(db_path: Path) -> Path:
    return start_view_files(db_path)[0]


def picture_path(db_path: Path) -> Path:
    return start_view_files(db_path)[1]


def save(db_path: Path, view: StartView, today: dt.date | None = None) -> None:
    """Call after the database is closed: records the file's stamp as the close left it.

    A full, read-only or vanished disk only means the next start waits for the database: never
    an error.
    """
    from trygghetsapp.files.atomic import atomic_output  # not on the start's path

    with contextlib.suppress(Exception):
        document: dict[str, Any] = {
            "format": FORMAT,
            "stamp": file_stamp(db_path),
            "language": view.language,
            "date": (today or dt.date.today()).isoformat(),
            "area_id": view.area_id,
            "area_title": view.area_title,
            "rows": [list(row) for row in view.rows],
            "picture": None,
        }
        picture = view.picture
        if picture is not None and picture.area_id == view.area_id:
            with atomic_output(picture_path(db_path)) as handle:
                handle.write(picture.png)
            fields = picture._asdict()
            del fields["png"]
            # Which file goes with this list: a picture from another save is never shown.
            document["picture"] = {**fields, "stamp": file_stamp(picture_path(db_path))["db"]}
        else:
            picture_path(db_path).unlink(missing_ok=True)
        with atomic_output(start_view_path(db_path)) as handle:
            handle.write(json.dumps(document, ensure_ascii=False).encode("utf-8"))


def load(db_path: Path, language: str, today: dt.date | None = None) -> StartView | None:
    """The saved view if it is still true of the database file, else None.

    Readiness depends on the date (a service falls due overnight), so a view from another day
    comes back without its badges rather than with yesterday's.
    """
    try:
        document: Any = json.loads(start_view_path(db_path).read_bytes())
        if (
            document["format"] != FORMAT
            or document["language"] != language
            or document["stamp"] != file_stamp(db_path)
        ):
            return None
        rows = document["rows"]
        fields = len(StartRow._fields)
        if not all(len(row) == fields for row in rows) or {
            type(value) for row in rows for value in row
        } - {str}:
            return None
        view_rows = tuple(map(StartRow._make, rows))
        if document["date"] != (today or dt.date.today()).isoformat():
            view_rows = tuple(row._replace(badge="", colour="") for row in view_rows)
        area_id = document["area_id"]
        area_id = area_id if isinstance(area_id, str) else None
        same_day = document["date"] == (today or dt.date.today()).isoformat()
        return StartView(
            language=language,
            area_id=area_id,
            area_title=str(document["area_title"]),
            rows=view_rows,
            picture=_picture(db_path, document["picture"], area_id) if same_day else None,
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None  # missing, half-written by an older version, or edited by hand: not trusted


def _picture(db_path: Path, saved: Any, area_id: str | None) -> TabPicture | None:
    """The saved picture if it is the file saved with this list, of the open area."""
    if not isinstance(saved, dict) or saved.get("area_id") != area_id or area_id is None:
        return None
    path = picture_path(db_path)
    try:
        if file_stamp(path)["db"] != saved["stamp"]:
            return None
        return TabPicture(
            tab=int(saved["tab"]),
            area_id=area_id,
            width=int(saved["width"]),
            height=int(saved["height"]),
            ratio=float(saved["ratio"]),
            png=path.read_bytes(),
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None


def discard(db_path: Path) -> None:
    """Forget the view (e.g. when the database is replaced by a backup)."""
    for path in start_view_files(db_path):
        with contextlib.suppress(OSError):
            path.unlink()
