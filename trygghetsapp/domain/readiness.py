"""What counts as a gap in an area's readiness, and when equipment is due.

Pure rules over plain values, shared by the overview, the area tabs and the printed checklist, so
that "overdue" means the same thing on screen and on paper.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from trygghetsapp.domain.catalogues import EQUIPMENT_CATEGORIES

DUE_SOON_DAYS = 30
CHANNEL_TEST_INTERVAL_DAYS = 180
INSPECTION_INTERVAL_DAYS = 365


class DueState(StrEnum):
    NEVER_CHECKED = "never_checked"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"


def service_interval(category: str, interval_days: int | None) -> int:
    if interval_days:
        return interval_days
    known = EQUIPMENT_CATEGORIES.get(category)
    return known.service_interval_days if known else 365


def effective_due_date(
    category: str,
    last_checked: dt.date | None,
    interval_days: int | None,
    next_due: dt.date | None,
) -> dt.date | None:
    """The earlier of the explicit next service/expiry date and last check + interval.

    None means "never checked and no date given": such an item is due now.
    """
    candidates = []
    if next_due is not None:
        candidates.append(next_due)
    if last_checked is not None:
        candidates.append(
            last_checked + dt.timedelta(days=service_interval(category, interval_days))
        )
    return min(candidates) if candidates else None


def due_state(due_date: dt.date | None, last_checked: dt.date | None, today: dt.date) -> DueState:
    if due_date is None:
        return DueState.NEVER_CHECKED
    if due_date < today:
        return DueState.OVERDUE
    if last_checked is None and due_date == today:
        return DueState.NEVER_CHECKED
    if due_date <= today + dt.timedelta(days=DUE_SOON_DAYS):
        return DueState.DUE_SOON
    return DueState.OK


def channel_untested(last_tested: dt.date | None, today: dt.date) -> bool:
    return last_tested is None or (today - last_tested).days > CHANNEL_TEST_INTERVAL_DAYS


class Readiness(StrEnum):
    READY = "ready"
    GAPS = "gaps"
    CRITICAL = "critical"


@dataclass(frozen=True)
class AreaGaps:
    """The gaps of one area, counted; `readiness` summarises them."""

    has_safety_point: bool
    roles_without_holder: int
    critical_roles_without_deputy: int
    equipment_defect: int
    equipment_missing: int
    equipment_overdue: int
    days_since_inspection: int | None
    channels_untested: int

    @property
    def readiness(self) -> Readiness:
        if (
            not self.has_safety_point
            or self.roles_without_holder
            or self.equipment_defect
            or self.equipment_missing
        ):
            return Readiness.CRITICAL
        if (
            self.critical_roles_without_deputy
            or self.equipment_overdue
            or self.channels_untested
            or self.days_since_inspection is None
            or self.days_since_inspection > INSPECTION_INTERVAL_DAYS
        ):
            return Readiness.GAPS
        return Readiness.READY

    @property
    def gap_count(self) -> int:
        stale = self.days_since_inspection is None or (
            self.days_since_inspection > INSPECTION_INTERVAL_DAYS
        )
        return (
            (0 if self.has_safety_point else 1)
            + self.roles_without_holder
            + self.critical_roles_without_deputy
            + self.equipment_defect
            + self.equipment_missing
            + self.equipment_overdue
            + self.channels_untested
            + (1 if stale else 0)
        )
