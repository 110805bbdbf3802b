"""A laptop that syncs before it trusts its office catches up once it does (the refused package
is tried again rather than skipped for good)."""

from __future__ import annotations

from pathlib import Path

from tests.sync.trust import card, provision
from trygghetsapp.security import trust
from trygghetsapp.services import areas
from trygghetsapp.services.database import Database
from trygghetsapp.sync.api import set_role, sync_now


def test_a_package_refused_before_trust_is_read_after_trust(tmp_path: Path) -> None:
    office = Database.open(tmp_path / "kontor" / "db.sqlite", device_name="Kontoret")
    set_role(office, "office")
    laptop = Database.open(tmp_path / "falt" / "db.sqlite", device_name="Fältdator Gunilla")
    folder = tmp_path / "delad"
    folder.mkdir()
    try:
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
    finally:
        office.close()
        laptop.close()
