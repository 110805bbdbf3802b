"""The start view (services/start_view.py): trusted only while the database file is the one the
last session closed, and filtered by the same rule as the area list's database query."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from trygghetsapp.domain.search import matches_every_word
from trygghetsapp.services import areas, start_view
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.services.safety_points import create_safety_point
from trygghetsapp.services.start_view import StartRow, StartView


def _view_of(database: Database, language: str = "sv") -> StartView:
    rows = tuple(
        StartRow(entry.id, entry.name, entry.search_text, "✔ Redo", "#1b5e20")
        for entry in areas.list_area_index(database)
    )
    return StartView(language, rows[0].id if rows else None, "Titel", rows)


def _closed_with_view(db_path: Path, names: list[str]) -> StartView:
    database = open_database(db_path)
    for name in names:
        areas.create_area(database, {"name": name})
    view = _view_of(database)
    database.close()
    start_view.save(db_path, view)
    return view


def test_the_view_comes_back_while_the_file_is_unchanged(db_path: Path) -> None:
    saved = _closed_with_view(db_path, ["Åsen", "Bräcke"])
    assert start_view.load(db_path, "sv") == saved
    assert [row.name for row in saved.rows] == ["Bräcke", "Åsen"]  # the list's order


def test_any_write_after_the_close_makes_the_view_stale(db_path: Path) -> None:
    _closed_with_view(db_path, ["Åsen"])
    database = open_database(db_path)  # e.g. the CLI importing a sync package
    areas.create_area(database, {"name": "Nytt område"})
    database.close()
    assert start_view.load(db_path, "sv") is None


def test_another_language_or_a_damaged_file_gives_no_view(db_path: Path) -> None:
    _closed_with_view(db_path, ["Åsen"])
    assert start_view.load(db_path, "en") is None
    path = start_view.start_view_path(db_path)
    document = json.loads(path.read_bytes())
    for broken in (
        b"{not json",
        b"[]",
        json.dumps({**document, "rows": [[1, 2, 3, 4, 5]]}).encode(),
        json.dumps({**document, "rows": {**document["rows"], "names": "one\ntoo many"}}).encode(),
        json.dumps({**document, "rows": {**document["rows"], "badges": [7]}}).encode(),
        json.dumps({**document, "rows": {**document["rows"], "badges": [True]}}).encode(),
        json.dumps({**document, "rows": {**document["rows"], "search": 5}}).encode(),
        json.dumps({**document, "rows": {**document["rows"], "search": "one\nextra"}}).encode(),
        json.dumps({**document, "rows": [["only", "three", "fields"]]}).encode(),
        json.dumps({**document, "format": 99}).encode(),
    ):
        path.write_bytes(broken)
        assert start_view.load(db_path, "sv") is None
    path.unlink()
    assert start_view.load(db_path, "sv") is None


def test_a_read_only_folder_only_costs_the_view(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _closed_with_view(db_path, ["Åsen"])
    start_view.discard(db_path)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "read-only")

    monkeypatch.setattr("trygghetsapp.files.atomic.temporary_beside", refuse)
    start_view.save(db_path, view)  # no exception
    assert not start_view.start_view_path(db_path).exists()


@pytest.mark.parametrize(
    ("search", "names"),
    [
        ("", ["Bräcke", "Hallen", "Mörsil", "Åsen"]),
        ("ås", ["Bräcke", "Mörsil", "Åsen"]),
        ("ÅS", ["Bräcke", "Mörsil", "Åsen"]),
        ("bräcke by", ["Bräcke"]),
        ("punkt", ["Hallen"]),
        ("hall åsen", []),
        ("  ", ["Bräcke", "Hallen", "Mörsil", "Åsen"]),
        ("%", []),
    ],
)
def test_in_memory_search_finds_what_the_database_query_finds(
    database: Database, search: str, names: list[str]
) -> None:
    for name, villages in (
        ("Åsen", ["Rödön"]),
        ("Bräcke", ["Bräcke by", "Ås"]),
        ("Hallen", []),
        ("Mörsil", ["Ås"]),
    ):
        area_id, _ = areas.create_area(database, {"name": name, "villages": villages})
        if name == "Hallen":
            create_safety_point(
                database,
                {"area_id": area_id, "name": "Hallens bygdegård punkt", "kind": "village_hall"},
            )
    index = areas.list_area_index(database)
    queried = areas.list_areas(database, search)
    assert [item.name for item in queried] == names
    in_memory = [entry.id for entry in index if matches_every_word(entry.search_text, search)]
    assert in_memory == [item.id for item in queried]


def test_a_view_from_another_day_comes_back_without_its_badges(db_path: Path) -> None:
    """Readiness depends on the date: yesterday's 'Redo' may be overdue today."""
    view = _closed_with_view(db_path, ["Åsen"])
    start_view.save(db_path, view, today=dt.date(2026, 11, 26))
    same_day = start_view.load(db_path, "sv", today=dt.date(2026, 11, 26))
    assert same_day is not None and same_day.rows[0].badge == "✔ Redo"
    next_day = start_view.load(db_path, "sv", today=dt.date(2026, 11, 27))
    assert next_day is not None
    assert [(row.name, row.badge, row.colour) for row in next_day.rows] == [("Åsen", "", "")]


def test_saving_never_raises(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = _closed_with_view(db_path, ["Åsen"])

    def stale_handle(_path: Path) -> None:
        raise OSError(116, "Stale file handle")

    monkeypatch.setattr(start_view, "file_stamp", stale_handle)
    start_view.save(db_path, view)  # no exception: the next start waits for the database


def test_position_of_is_the_row_in_the_searched_list(database: Database) -> None:
    for name in ("Bräcke", "Åsen", "Mörsil", "Hallen", "Ås"):
        areas.create_area(database, {"name": name})
    for search in ("", "s", "ås", "zz"):
        listed = areas.list_areas(database, search)
        for row, item in enumerate(listed):
            assert areas.position_of(database, search, item.id) == row
    hidden = next(item for item in areas.list_areas(database) if item.name == "Bräcke")
    assert areas.position_of(database, "ås", hidden.id) is None
    assert areas.position_of(database, "", "no-such-id") is None


def _with_picture(view: StartView, png: bytes = b"\x89PNG picture") -> StartView:
    assert view.area_id is not None
    picture = start_view.TabPicture(
        tab=1, area_id=view.area_id, width=600, height=400, ratio=1.0, png=png
    )
    return view._replace(picture=picture)


def test_the_tab_picture_comes_back_with_its_list(db_path: Path) -> None:
    view = _with_picture(_closed_with_view(db_path, ["Åsen", "Bräcke"]))
    start_view.save(db_path, view)
    assert start_view.load(db_path, "sv") == view
    assert start_view.picture_path(db_path).read_bytes() == b"\x89PNG picture"


def test_a_picture_not_saved_with_this_list_is_not_shown(db_path: Path) -> None:
    """The list and the picture are two files: a picture left by another save (an older
    session, a copy) must not appear beside this list."""
    view = _closed_with_view(db_path, ["Åsen"])
    start_view.save(db_path, _with_picture(view))
    start_view.picture_path(db_path).write_bytes(b"\x89PNG another session's screen")
    loaded = start_view.load(db_path, "sv")
    assert loaded is not None and loaded.rows == view.rows and loaded.picture is None
    start_view.save(db_path, view)  # saved without a picture: the old one goes
    assert not start_view.picture_path(db_path).exists()


def test_a_picture_from_another_day_or_of_another_area_is_not_shown(db_path: Path) -> None:
    view = _with_picture(_closed_with_view(db_path, ["Åsen", "Bräcke"]))
    start_view.save(db_path, view, today=dt.date(2026, 11, 26))
    next_day = start_view.load(db_path, "sv", today=dt.date(2026, 11, 27))
    assert next_day is not None and next_day.picture is None  # due dates moved overnight
    assert view.picture is not None
    other = view._replace(picture=view.picture._replace(area_id=view.rows[1].id))
    start_view.save(db_path, other)
    loaded = start_view.load(db_path, "sv")
    assert loaded is not None and loaded.picture is None


def test_an_erasure_removes_the_list_and_the_picture(db_path: Path) -> None:
    """The picture may show the contacts tab: a person erased must not stay in it."""
    from trygghetsapp.services import contacts, privacy

    database = open_database(db_path)
    area_id, _ = areas.create_area(database, {"name": "Åsen"})
    contact_id, _ = contacts.add_contact(
        database, {"area_id": area_id, "name": "Greta Persson", "phone": "070-123 45 67"}
    )
    view = _with_picture(_view_of(database), b"\x89PNG Greta Persson 070-123 45 67")
    database.close()
    start_view.save(db_path, view)
    database = open_database(db_path)
    privacy.erase_person(database, contact_id)
    database.close()
    assert not start_view.start_view_path(db_path).exists()
    assert not start_view.picture_path(db_path).exists()


def test_a_loaded_list_equals_the_same_rows_and_nothing_else() -> None:
    """Rows read back as columns compare (and hash) as the tuple of rows they hold; an empty
    list is not equal to an empty string, which is a sequence too."""
    from trygghetsapp.services.start_view import StartRows

    rows = (StartRow("a", "Åsen", "åsen", "✔ Redo", "#1b5e20"), StartRow("b", "Bräcke", "bräcke"))
    loaded = StartRows.from_document(StartRows.of(rows).document())
    assert loaded == rows and loaded == list(rows) and hash(loaded) == hash(rows)
    assert loaded[1] == rows[1] and loaded[-1:] == rows[-1:]
    empty = StartRows.of(())
    assert empty == () and empty != "" and len(empty) == 0
