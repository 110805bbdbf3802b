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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple, overload

from trygghetsapp.store.file_stamp import file_stamp
from trygghetsapp.store.location import start_view_files

FORMAT = 4
SEPARATOR = "\n"
"""Between the values of a column: no text in the database may hold a control character
(`domain/values.py`), and a count that does not add up makes the file untrusted anyway."""


class StartRow(NamedTuple):
    """One area as the list showed it: enough to list, filter and badge it.

    Tuples, not dataclasses: 5,000 of them are made on the start's path (2 ms instead of 11)."""

    id: str
    name: str
    search_text: str
    """Case-folded name, villages and safety point names, as the database's search column."""
    badge: str = ""
    colour: str = ""


class StartRows(Sequence[StartRow]):
    """The saved list, column by column, as it was read: rows are made only when asked for.

    Why: at 20,000 areas, decoding a list of 20,000 five-string rows and making a tuple of each
    took 32-45 ms of a first window whose whole budget is about 100 ms over a bare one. A column
    joined into one string decodes in a few milliseconds and splits in one, and the search
    texts (half the file) are split only when the user first types a search.
    """

    def __init__(
        self,
        ids: list[str],
        names: list[str],
        search_texts: str | list[str],
        badges: list[int] | None = None,
        palette: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.ids = ids
        self.names = names
        self._search_texts = search_texts
        self._badges = badges
        self._palette = palette

    @classmethod
    def of(cls, rows: Sequence[StartRow]) -> StartRows:
        if isinstance(rows, StartRows):
            return rows
        palette = sorted({(row.badge, row.colour) for row in rows})
        index = {pair: number for number, pair in enumerate(palette)}
        return cls(
            [row.id for row in rows],
            [row.name for row in rows],
            [row.search_text for row in rows],
            [index[row.badge, row.colour] for row in rows],
            palette,
        )

    def search_texts(self) -> list[str]:
        texts = self._search_texts
        if isinstance(texts, str):
            texts = self._search_texts = _split(texts, len(self.ids))
        return texts

    def badge(self, index: int) -> tuple[str, str]:
        """(text, colour) of the area's readiness badge; ("", "") when not known."""
        return ("", "") if self._badges is None else self._palette[self._badges[index]]

    def without_badges(self) -> StartRows:
        return StartRows(self.ids, self.names, self._search_texts)

    def document(self) -> dict[str, Any]:
        if self._badges is None:
            badges, palette = [0] * len(self), [("", "")]
        else:
            badges, palette = self._badges, list(self._palette)
        return {
            "count": len(self),
            "ids": SEPARATOR.join(self.ids),
            "names": SEPARATOR.join(self.names),
            "search": SEPARATOR.join(self.search_texts()),
            "palette": [list(pair) for pair in palette],
            "badges": badges,
        }

    @classmethod
    def from_document(cls, document: Any) -> StartRows:
        """Raises ValueError, TypeError or KeyError on anything not written by `document`."""
        count = document["count"]
        palette = [tuple(pair) for pair in document["palette"]]
        badges = document["badges"]
        search = document["search"]
        if (
            type(count) is not int
            or not isinstance(search, str)
            or (count and search.count(SEPARATOR) != count - 1)
            or not all(len(pair) == 2 and {type(v) for v in pair} <= {str} for pair in palette)
            or len(badges) != count
            or {type(number) for number in badges} - {int}
            or (count and not 0 <= min(badges) <= max(badges) < len(palette))
        ):
            raise ValueError("not a saved start view")
        return cls(
            _split(document["ids"], count),
            _split(document["names"], count),
            search,
            badges,
            [(str(text), str(colour)) for text, colour in palette],
        )

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> StartRow: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[StartRow]: ...
    def __getitem__(self, index: int | slice) -> StartRow | Sequence[StartRow]:
        if isinstance(index, slice):
            return tuple(self[number] for number in range(len(self))[index])
        return StartRow(
            self.ids[index], self.names[index], self.search_texts()[index], *self.badge(index)
        )

    def __iter__(self) -> Iterator[StartRow]:
        return (self[index] for index in range(len(self)))

    def __eq__(self, other: object) -> bool:
        """Equal to the same rows as a tuple, a list or another `StartRows` (a saved view
        equals the view it was saved from)."""
        if not isinstance(other, StartRows | tuple | list):
            return NotImplemented
        return tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))


def _split(column: Any, count: int) -> list[str]:
    if not isinstance(column, str):
        raise TypeError("a column is one string")
    values = column.split(SEPARATOR) if count else []
    if len(values) != count:
        raise ValueError("a column's count does not add up")
    return values


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
    rows: Sequence[StartRow]
    """Saved from any sequence; loaded as `StartRows`."""
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
            "rows": StartRows.of(view.rows).document(),
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
        view_rows = StartRows.from_document(document["rows"])
        same_day = document["date"] == (today or dt.date.today()).isoformat()
        if not same_day:
            view_rows = view_rows.without_badges()
        area_id = document["area_id"]
        area_id = area_id if isinstance(area_id, str) else None
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
