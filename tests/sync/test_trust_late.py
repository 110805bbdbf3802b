"""A laptop that syncs before it trusts its office catches up once it does (the refused package
is tried again rather than skipped for good)."""

from __future__ import annotations

from pathlib import Path

from tests.sync.trust import card, provision
from trygghetsapp.security import trust
from trygghetsapp.services import areas
from trygghetsapp.services.database import Database
from trygghetsapp.sync.api import sync_now


def test_a_package_refused_before_trust_is_read_after_trust(
    office_and_laptop: tuple[Database, Database, Path],
) -> None:
    office, laptop, folder = office_and_laptop
    trust.enrol_card(office.path, card(laptop))  # the office knows the laptop ...
    areas.create_area(office, {"name": "Valsjöbyn"})
    sync_now(office, folder)
    first = sync_now(laptop, folder)  # ... but the laptop does not trust the office yet
    assert [f.outcome for f in first.files] == ["refused"]
    assert "trust-office" in first.files[0].message
    assert areas.count_areas(laptop) == 0

    provision(office, laptop)  # `keys trust-office KORTFIL`, as the message says
    second = sync_now(laptop, folder)

    assert [f.outcome for f in second.files] == ["imported"]
    assert [a.name for a in areas.list_areas(laptop)] == ["Valsjöbyn"]
    areas.create_area(office, {"name": "Hotagen"})
    sync_now(office, folder)
    sync_now(laptop, folder)
    assert sorted(a.name for a in areas.list_areas(laptop)) == ["Hotagen", "Valsjöbyn"]
