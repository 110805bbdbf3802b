"""The point tab on a narrow screen: every field wide enough to read what it holds.

At 1024 px (an old laptop, or 1366 px at 125 % scaling) the area's form beside the safety
point's left the area's fields about 100 px wide: "samling (FIKTIV)" was all a user saw of
"Aspås församling (FIKTIV)". Where both columns do not fit, the area's form now stands above
the point's; where they do (1280 px and up), they stay side by side.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import area_named, open_area_tab, settle
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.safety_point import SafetyPointTab

READABLE_CHARS = 22
"""A field narrower than this many digits shows too little of a name or an address."""


def _point_tab_at(qtbot: Any, window: MainWindow, width: int, height: int) -> SafetyPointTab:
    window.resize(width, height)
    tab = open_area_tab(qtbot, window, area_named(window, "Aspås"), "point")
    assert isinstance(tab, SafetyPointTab)
    qtbot.waitUntil(lambda: tab.area_form.isVisible() and tab.point_form.isVisible())
    settle(qtbot, window)
    return tab


def _narrowest_field(tab: SafetyPointTab) -> tuple[str, int, int]:
    """The narrowest shown line edit of either form: (its key, its width, the readable width)."""
    fields = [
        (key, widget)
        for form in (tab.area_form, tab.point_form)
        for key, widget in form.widgets.items()
        if isinstance(widget, QLineEdit) and widget.isVisible()
    ]
    key, widget = min(fields, key=lambda kw: kw[1].width())
    return key, widget.width(), widget.fontMetrics().horizontalAdvance("0" * READABLE_CHARS)


@pytest.mark.parametrize("size", [(1024, 700), (900, 650)])
def test_a_narrow_window_keeps_every_field_readable(qtbot: Any, window: MainWindow, size) -> None:
    tab = _point_tab_at(qtbot, window, *size)
    key, width, readable = _narrowest_field(tab)
    assert width >= readable, f"at {size} the field {key!r} is {width} px wide (< {readable})"


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_a_wide_window_keeps_the_two_forms_side_by_side(
    qtbot: Any, window: MainWindow, size
) -> None:
    _point_tab_at(qtbot, window, 900, 650)  # narrow first: widening puts them side by side again
    tab = _point_tab_at(qtbot, window, *size)
    area, point = tab.area_form, tab.point_form
    assert (
        area.mapTo(tab, area.rect().topRight()).x() < point.mapTo(tab, point.rect().topLeft()).x()
    )
    key, width, readable = _narrowest_field(tab)
    assert width >= readable, f"the field {key!r} is {width} px wide (< {readable})"
