"""Issue 17 item 4: deep starts. The area list reads the pages it shows, not every page above.

A start with the remembered area far down the list, a jump to an area far down (the overview's
double-click), and the scrollbar thumb dragged to the middle each read the page holding the
target and the pages in view: the rows the list reads from the database are counted (not
timed) with pages of 10 rows and 300 areas, so reading down to the target (row 290) reads about
290 rows and reading its page and the rows in view reads a few dozen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView

from tests.ui.conftest import settle
from trygghetsapp.services import areas
from trygghetsapp.services.database import Database
from trygghetsapp.ui import area_list
from trygghetsapp.ui import settings as keys
from trygghetsapp.ui.main_window import MainWindow

PAGE = 10
AREAS = 300


@pytest.fixture
def names(database: Database, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """300 areas 'Område 0000'..'Område 0299' (that is their list order), pages of 10."""
    monkeypatch.setattr(area_list, "PAGE", PAGE)
    for number in range(AREAS):
        areas.create_area(database, {"name": f"Område {number:04d}"})
    return {item.name: item.id for item in areas.list_areas(database)}


@pytest.fixture
def rows_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of rows of each list read the window makes from now on (on the worker)."""
    counts: list[int] = []
    real = areas.list_areas

    def counted(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        counts.append(len(found))
        return found

    monkeypatch.setattr(areas, "list_areas", counted)
    return counts


def _rows_in_view(view: QTableView) -> int:
    return view.viewport().height() // max(1, view.rowHeight(0)) + 1


def _budget(view: QTableView) -> int:
    """The target's page, and the pages the rows in view lie on (a page more at each end)."""
    return PAGE + _rows_in_view(view) + 2 * PAGE


def _names_in_view(window: MainWindow) -> bool:
    view, model = window.area_panel.view, window.area_panel.model
    last = view.rowAt(view.viewport().height() - 1)
    rows = range(max(view.rowAt(0), 0), (last if last >= 0 else model.rowCount() - 1) + 1)
    return all(str(model.index(r, 0).data()).startswith("Område") for r in rows)


def _list_settled(qtbot: Any, window: MainWindow) -> None:
    """The door idle and every row in view read (the pages in view are asked for one turn of
    the event loop after the view settles)."""
    qtbot.waitUntil(lambda: window.door.is_idle() and _names_in_view(window))


def test_a_deep_remembered_area_reads_its_page_not_the_rows_above(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    settings: QSettings,
    names: dict[str, str],
    rows_read: list[int],
) -> None:
    deep = names["Område 0290"]
    settings.setValue(keys.LAST_AREA, deep)
    window = make_window(database)  # waits until the window is ready
    panel = window.area_panel
    assert window.area_id == deep
    assert panel.current_area_id() == deep  # opens highlighted
    _list_settled(qtbot, window)
    first_page = PAGE
    assert sum(rows_read) <= first_page + _budget(panel.view), (
        f"a start at row 290 read {sum(rows_read)} rows of the list: every page down to it"
    )


def test_a_jump_to_an_area_far_down_reads_its_page_only(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    names: dict[str, str],
    rows_read: list[int],
) -> None:
    window = make_window(database)
    _list_settled(qtbot, window)
    rows_read.clear()
    deep = names["Område 0270"]
    window.open_gap(deep, "contacts")  # as the overview's double-click does
    qtbot.waitUntil(lambda: window.area_id == deep)
    _list_settled(qtbot, window)
    panel = window.area_panel
    assert panel.current_area_id() == deep
    assert window.tabs.currentWidget() is window.area_tabs["contacts"]
    assert sum(rows_read) <= _budget(panel.view), (
        f"the jump to row 270 read {sum(rows_read)} rows of the list: every page down to it"
    )


def test_the_scrollbar_thumb_in_the_middle_reads_only_the_pages_in_view(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    names: dict[str, str],
    rows_read: list[int],
) -> None:
    window = make_window(database)
    _list_settled(qtbot, window)
    view, model = window.area_panel.view, window.area_panel.model
    rows_read.clear()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # where a dragged thumb is let go

    _list_settled(qtbot, window)
    top = view.rowAt(0)
    assert AREAS // 2 - _rows_in_view(view) <= top <= AREAS // 2, (
        f"the thumb in the middle shows row {top} of {AREAS}: the scrollbar spans only the rows"
        " read, so the middle of the list is reached by reading every page above it"
    )
    assert model.index(top, 0).data() == f"Område {top:04d}"
    assert sum(rows_read) <= _rows_in_view(view) + 2 * PAGE, (
        f"scrolling to the middle read {sum(rows_read)} rows"
    )


def test_a_row_not_read_yet_is_never_picked_as_an_area(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    names: dict[str, str],
) -> None:
    """Ctrl+End lands on the last row before its page is read: nothing opens until it is, then
    the last area does (never a placeholder, never the row that was last before)."""
    window = make_window(database)
    settle(qtbot, window)
    panel = window.area_panel
    picked: list[str] = []
    panel.area_selected.connect(picked.append)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert "" not in picked, "a row whose page is not read yet was picked as an area"
    last = names[f"Område {AREAS - 1:04d}"]
    qtbot.waitUntil(lambda: window.area_id == last)
    settle(qtbot, window)
    assert picked == [last]
    assert panel.current_area_id() == last


def test_a_deep_area_renamed_to_the_top_moves_there_highlighted(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    names: dict[str, str],
) -> None:
    """An edit moves the row it names, also between pages read apart (row 280 to row 0)."""
    window = make_window(database)
    deep = names["Område 0280"]
    opened: list[bool] = []
    window.show_area(deep, load_through=True, then=lambda: opened.append(True))
    qtbot.waitUntil(lambda: opened == [True])
    settle(qtbot, window)
    model = window.area_panel.model
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    window.door.change(
        lambda db: areas.update_area(db, deep, {"name": "Aaa först"}), lambda _result: None
    )
    settle(qtbot, window)
    assert resets == []
    assert model.row_of(deep) == 0 and model.index(0, 0).data() == "Aaa först"
    assert model.rowCount() == AREAS
    assert window.area_panel.current_area_id() == deep
    assert model.index(280, 0).data() in {area_list.PLACEHOLDER, "Område 0279"}


def test_a_sync_or_import_reads_the_list_again_keeping_highlight_and_place(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    names: dict[str, str],
    rows_read: list[int],
) -> None:
    """Anything may have changed: the count, the pages in view and the open area's page are
    read again; the open area stays highlighted where the list was."""
    window = make_window(database)
    panel = window.area_panel
    deep = names["Område 0250"]
    opened: list[bool] = []
    window.show_area(deep, load_through=True, then=lambda: opened.append(True))
    qtbot.waitUntil(lambda: opened == [True])
    _list_settled(qtbot, window)
    scrolled = panel.view.verticalScrollBar().value()
    assert scrolled > 0
    rows_read.clear()
    window.context.data_replaced()  # as after a sync, an import or a restore
    _list_settled(qtbot, window)
    assert panel.current_area_id() == deep, "the reload lost the highlight"
    assert panel.view.verticalScrollBar().value() == scrolled
    assert window.area_id == deep
    assert sum(rows_read) <= _budget(panel.view)


def test_a_search_keeps_the_open_area_highlighted_wherever_it_matches(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    names: dict[str, str],
) -> None:
    window = make_window(database)
    panel = window.area_panel
    deep = names["Område 0250"]
    opened: list[bool] = []
    window.show_area(deep, load_through=True, then=lambda: opened.append(True))
    qtbot.waitUntil(lambda: opened == [True])
    settle(qtbot, window)
    done: list[bool] = []
    panel.search.setText("område 02")  # 0200-0299 and 0020-0029 ...: it is the 61st match
    panel.apply_search(then=lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True])
    settle(qtbot, window)
    assert panel.current_area_id() == deep, "the open area's match lies beyond the first page"
    assert panel.model.row_of(deep) > 2 * PAGE
    assert panel.model.rowCount() == areas.count_areas(database, "område 02")
    done.clear()
    panel.search.setText("område 01")  # hides it: the top of the matches shows
    panel.apply_search(then=lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True])
    settle(qtbot, window)
    assert panel.current_area_id() is None and panel.view.rowAt(0) == 0
    assert window.area_id == deep  # still open: a search is not a pick
    done.clear()
    panel.search.setText("")
    panel.apply_search(then=lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True])
    settle(qtbot, window)
    assert panel.current_area_id() == deep


def test_an_area_picked_while_the_list_is_read_again_opens(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    names: dict[str, str],
) -> None:
    """A pick made while a reload is under way: the reload's return puts the highlight on the
    picked area quietly, and the pick must still open it (the office window's test found the
    window left on the previous area)."""
    window = make_window(database)
    first, second = names["Område 0003"], names["Område 0007"]
    opened: list[bool] = []
    window.show_area(first, then=lambda: opened.append(True))
    qtbot.waitUntil(lambda: opened == [True])
    window.context.data_replaced()  # a sync: the list is read again
    found: list[bool] = []
    window.area_panel.select_area(second, then=found.append)
    qtbot.waitUntil(lambda: found == [True])
    qtbot.waitUntil(lambda: window.area_id == second)
    assert window.area_panel.current_area_id() == second


def test_clearing_a_search_brings_the_open_area_back_into_view(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    database: Database,
    names: dict[str, str],
) -> None:
    """User test at 20,000 areas: after clearing a search the open area was highlighted but
    out of view (the view scrolled with the short list's range, before laying out the long
    one)."""
    window = make_window(database)
    panel = window.area_panel
    qtbot.keyClicks(panel.search, "Område 02")
    qtbot.waitUntil(lambda: panel.model.settled and panel.model.search_text == "Område 02")
    window.show_area(names["Område 0295"])
    settle(qtbot, window)
    assert panel.model.rowCount() < 150  # the open area's row in the full list is beyond it
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.settled and panel.model.search_text == "")
    settle(qtbot, window)
    view = panel.view
    row = view.currentIndex().row()
    assert panel.current_area_id() == window.area_id == names["Område 0295"]
    assert view.rowAt(0) <= row <= view.rowAt(view.viewport().height() - 1), (
        row,
        view.rowAt(0),
    )
