"""What counts as a gap in an area's readiness, and when equipment is due.

Pure rules over plain values, shared by the overview, the area tabs and the printed checklist, so
that "overdue" means the same thing on screen and on paper. This module is the one place for them:

- An item never checked is its own state (`DueState.NEVER_CHECKED`), not overdue: nobody knows
  its condition, which is a gap of its own, but it is not late for anything. An item checked
  today is not due (the window asks "checked now?" when it is registered, default yes).
- A deputy counts only when it is another person than the holder (`deputies_covering`): a
  deputy stands in when the holder cannot come, and the same person cannot stand in for
  themself (DOMAIN.md 2.8, "role, person, deputy person"; the FRG rule of calling in about three
  times as many people as needed). The services refuse such an assignment; two laptops can
  still merge into one (one sets the holder, the other the deputy), so the rule also flags it.
- Service intervals are stored in days (the due date is a date sum) and entered in months or
  years (`interval_days`, `interval_parts`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from trygghetsapp.domain.catalogues import EQUIPMENT_CATEGORIES
from trygghetsapp.domain.errors import DomainError

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
    """Overdue only when a date has passed (the check interval since the last check, or a set
    service or expiry date); an item without a check is never checked, not overdue."""
    if due_date is not None and due_date < today:
        return DueState.OVERDUE
    if last_checked is None:
        return DueState.NEVER_CHECKED
    if due_date is not None and due_date <= today + dt.timedelta(days=DUE_SOON_DAYS):
        return DueState.DUE_SOON
    return DueState.OK


# -- service intervals: entered in months or years, stored in days -------------------------------

DAYS_PER_MONTH = 30
DAYS_PER_YEAR = 365
MAX_INTERVAL_DAYS = 3650
"""Ten years: the longest interval the schema takes (`service_interval_days`)."""


class IntervalUnit(StrEnum):
    MONTHS = "months"
    YEARS = "years"
    DAYS = "days"
    """Only for a stored interval that is no whole number of months (an older import)."""


def interval_days(amount: object, unit: str, field: str = "service_interval_days") -> int | None:
    """Days for "6 months" or "2 years"; 12 months are a year (365 days), so a yearly check does
    not creep five days a year. Empty means none (the category's default applies)."""
    text = str(amount if amount is not None else "").strip()
    if not text:
        return None
    try:
        count = int(text)
    except ValueError:
        raise DomainError(field, "ange ett heltal", "enter a whole number") from None
    if count <= 0:
        raise DomainError(field, "måste vara större än 0", "must be more than 0")
    if unit == IntervalUnit.YEARS:
        days = count * DAYS_PER_YEAR
    elif unit == IntervalUnit.MONTHS:
        days = count // 12 * DAYS_PER_YEAR + count % 12 * DAYS_PER_MONTH
    else:
        days = count
    if days > MAX_INTERVAL_DAYS:
        raise DomainError(field, "högst 10 år", "at most 10 years")
    return days


def interval_parts(days: int | None) -> tuple[int | None, IntervalUnit]:
    """How a stored interval is shown: whole years, else whole months, else days."""
    if not days:
        return None, IntervalUnit.MONTHS
    if days % DAYS_PER_YEAR == 0:
        return days // DAYS_PER_YEAR, IntervalUnit.YEARS
    if days % DAYS_PER_YEAR % DAYS_PER_MONTH == 0:
        months = days // DAYS_PER_YEAR * 12 + days % DAYS_PER_YEAR // DAYS_PER_MONTH
        return months, IntervalUnit.MONTHS
    return days, IntervalUnit.DAYS


# -- crisis roles --------------------------------------------------------------------------------


def deputies_covering(holders: Collection[str], deputies: Iterable[str]) -> set[str]:
    """The deputies who really stand in: other people than the holder(s) of the role."""
    return {person for person in deputies if person not in holders}


def role_gaps(
    critical: Mapping[str, bool], slots: Mapping[str, Mapping[int, Collection[str]]]
) -> tuple[int, int]:
    """(roles without a holder, critical roles without a deputy who is another person) of one
    area. `critical`: every role of the catalogue; `slots`: role -> rank -> the people there."""
    without_holder = 0
    without_deputy = 0
    for role, is_critical in critical.items():
        ranks = slots.get(role, {})
        holders = set(ranks.get(0, ()))
        if not holders:
            without_holder += 1
        deputies = [p for rank, people in ranks.items() if rank > 0 for p in people]
        if is_critical and not deputies_covering(holders, deputies):
            without_deputy += 1
    return without_holder, without_deputy


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
    equipment_never_checked: int = 0
    """Items nobody has checked yet: a gap of their own, not counted as overdue."""

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
            or self.equipment_never_checked
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
            + self.equipment_never_checked
            + self.channels_untested
            + (1 if stale else 0)
        )
