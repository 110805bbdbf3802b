"""Which gap the overview jumps to, and how a tab puts the eye on its row (issue 13 item 6).

A double-click on an overview cell names the area, the tab and the kind of gap (`Gap`); the tab
then selects the first row with that gap, scrolls it into view and gives the table the focus, so
"⚠ 1" under *Trasigt* lands on the broken item itself, not on a tab to search through.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QTableView

from trygghetsapp.domain.readiness import INSPECTION_INTERVAL_DAYS, AreaGaps


class Gap(StrEnum):
    NO_POINT = "no_point"
    WITHOUT_HOLDER = "without_holder"
    WITHOUT_DEPUTY = "without_deputy"
    DEFECT = "defect"
    MISSING = "missing"
    OVERDUE = "overdue"
    INSPECTION = "inspection"
    UNTESTED = "untested"


def first_gap(gaps: AreaGaps) -> Gap | None:
    """The gap a double-click on the area's name or readiness opens: the worst first, in the
    order of the overview's columns."""
    stale = gaps.days_since_inspection is None or (
        gaps.days_since_inspection > INSPECTION_INTERVAL_DAYS
    )
    found = [
        (not gaps.has_safety_point, Gap.NO_POINT),
        (gaps.roles_without_holder > 0, Gap.WITHOUT_HOLDER),
        (gaps.equipment_defect > 0, Gap.DEFECT),
        (gaps.equipment_missing > 0, Gap.MISSING),
        (gaps.critical_roles_without_deputy > 0, Gap.WITHOUT_DEPUTY),
        (gaps.equipment_overdue > 0, Gap.OVERDUE),
        (gaps.channels_untested > 0, Gap.UNTESTED),
        (stale, Gap.INSPECTION),
    ]
    return next((gap for present, gap in found if present), None)


def reveal(view: QTableView, rows: list[Any], wanted: Callable[[Any], bool]) -> bool:
    """Select the first of `rows` (the model's rows, in the order shown) that is `wanted`,
    scroll it to the middle of `view` and focus the view. False when none is."""
    number = next((n for n, row in enumerate(rows) if wanted(row)), None)
    if number is None:
        return False
    index = view.model().index(number, 0)
    view.setCurrentIndex(index)
    view.selectRow(number)
    view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    view.setFocus()
    return True
