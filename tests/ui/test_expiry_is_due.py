"""An expiry typed in the equipment dialog counts: the item is due by it.

A user test entered a defibrillator with Senast kontrollerad 2026-11-20 and Utgångsdatum
2026-12-20: the table said "Nästa service / utgång 2027-05-19" (the check interval), nothing
"snart", and the area's readiness counted it as in order. The category's expiry now fills the
item's next service / expiry date when that is empty or later.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.equipment import EquipmentTab

SOON = dt.date.today() + dt.timedelta(days=14)
LATER = dt.date.today() + dt.timedelta(days=200)


def _service_values(window: MainWindow, **given: Any) -> dict[str, Any]:
    tab = window.area_tabs["equipment"]
    assert isinstance(tab, EquipmentTab)
    base = {"category": "first_aid", "name": "Hjärtstartare", "next_due": ""}
    return tab.to_service({**base, **given})


@pytest.mark.parametrize("typed", [SOON.isoformat(), SOON])
def test_an_expiry_is_the_next_due_date(window: MainWindow, typed: Any) -> None:
    values = _service_values(window, **{"facts.expires_on": typed})
    assert values["next_due"] == SOON
    assert values["facts"]["expires_on"] == typed


def test_an_earlier_expiry_wins_over_a_later_service_date(window: MainWindow) -> None:
    values = _service_values(
        window, **{"facts.expires_on": SOON.isoformat(), "next_due": LATER.isoformat()}
    )
    assert values["next_due"] == SOON


def test_an_earlier_service_date_stays(window: MainWindow) -> None:
    early = dt.date.today() + dt.timedelta(days=3)
    values = _service_values(
        window, **{"facts.expires_on": LATER.isoformat(), "next_due": early.isoformat()}
    )
    assert values["next_due"] == early.isoformat()


def test_food_best_before_counts_and_a_typo_is_left_to_the_service(window: MainWindow) -> None:
    food = _service_values(window, category="food", **{"facts.best_before": SOON.isoformat()})
    assert food["next_due"] == SOON
    typo = _service_values(window, **{"facts.expires_on": "2026-13-45"})
    assert typo["next_due"] == "" and typo["facts"]["expires_on"] == "2026-13-45"
