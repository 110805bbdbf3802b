"""A date that records something done (checked, tested, inspected) is never after today.

A user test saved "Senast kontrollerad 2030-01-01" from the equipment dialog and from
import-json: a mistyped year makes an overdue item look checked and hides it from every gap
count. Every door that cleans values (the services, the window's fields, import-json and the
workbook) refuses it beside its field. Sync does not: a package is another laptop's stored
data, and its clock is not this one's to judge (sync/validate.py calls the field rules only).
"""

from __future__ import annotations

import datetime as dt

import pytest

from trygghetsapp.domain import schemas
from trygghetsapp.domain.errors import DomainError

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)
RECORDED = [
    ("equipment_item", "last_checked"),
    ("info_channel", "last_tested"),
    ("inspection", "date"),
]


def _refusal(entity: str, values: dict, partial: bool) -> DomainError | None:
    found = [e for e in schemas.problems(entity, values, partial) if e.field in values]
    return found[0] if found else None


@pytest.mark.parametrize(("entity", "field"), RECORDED)
@pytest.mark.parametrize("given", [TOMORROW, TOMORROW.isoformat(), "2030-01-01"])
def test_a_recorded_date_after_today_is_refused_beside_its_field(entity, field, given):
    refusal = _refusal(entity, {field: given}, partial=True)
    assert refusal is not None, f"{entity}.{field} = {given} accepted"
    assert refusal.field == field
    assert "framtiden" in refusal.message("sv") and "future" in refusal.message("en")
    assert TODAY.isoformat() in refusal.message("sv")  # says what today is, by this clock
    with pytest.raises(DomainError):
        schemas.clean(entity, {field: given}, partial=True)


@pytest.mark.parametrize(("entity", "field"), RECORDED)
@pytest.mark.parametrize("given", [TODAY, TODAY.isoformat(), "2020-02-29"])
def test_today_and_the_past_are_taken(entity, field, given):
    assert _refusal(entity, {field: given}, partial=True) is None
    assert schemas.clean(entity, {field: given}, partial=True)[field] <= TODAY


def test_dates_ahead_by_nature_stay_allowed():
    cleaned = schemas.clean("equipment_item", {"next_due": "2030-01-01"}, partial=True)
    assert cleaned["next_due"] == dt.date(2030, 1, 1)
    assert schemas.clean("contact", {"review_date": "2030-01-01"}, partial=True)["review_date"]


@pytest.mark.parametrize(("entity", "field"), RECORDED)
def test_the_field_rule_that_sync_applies_takes_another_clock_s_date(entity, field):
    assert schemas.FIELDS[entity][field](field, TOMORROW) == TOMORROW
