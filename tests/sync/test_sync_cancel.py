"""Synka nu stopped halfway (the window's Avbryt): packages already read stay, none is half
applied, and the next Synka nu reads the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.trust import provision
from trygghetsapp.services import areas, checks
from trygghetsapp.services.database import Database
from trygghetsapp.sync.api import sync_now


class Stop(Exception):
    pass


def test_stopping_between_packages_keeps_what_was_read(
    office_and_laptop: tuple[Database, Database, Path],
) -> None:
    office, laptop, folder = office_and_laptop
    provision(office, laptop)
    for name in ("Valsjöbyn", "Hotagen", "Laxsjö"):
        areas.create_area(office, {"name": name})
        sync_now(office, folder)  # one package each
    calls: list[int] = []

    def stop_at_the_second(percent: int) -> None:
        calls.append(percent)
        if len(calls) == 2:
            raise Stop

    with pytest.raises(Stop):
        sync_now(laptop, folder, progress=stop_at_the_second)
    assert [a.name for a in areas.list_areas(laptop)] == ["Valsjöbyn"]
    assert checks.check_database(laptop) == []

    report = sync_now(laptop, folder)
    assert len(report.imported) == 2
    assert sorted(a.name for a in areas.list_areas(laptop)) == [
        "Hotagen",
        "Laxsjö",
        "Valsjöbyn",
    ]
