"""Whose changes a package may carry (issue 15, item 1; docs/security.md).

The attack of the issue: laptop 2, enrolled, signs with its real key a package whose changes are
labelled as laptop 1 (the number laptop 1 will use next) and as the office. Before this rule the
office applied them: it then refused laptop 1's genuine next package as a "cloned device", and
took the ones labelled as itself as its own (its counter moved), relaying a forged phone number
under its own signature. Now every replica applies from a package only the changes labelled with
its signer, except from the office a laptop trusts: the forged changes are left out, nothing
changes, and laptop 1 and the office go on as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.forge import edit, forge, identity, last_seq, vector
from tests.sync.trust import card, provision
from trygghetsapp.security import trust
from trygghetsapp.services import areas, checks, contacts, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync.api import (
    NotForThisDevice,
    import_file,
    set_role,
    sync_now,
    sync_status,
)

FORGED_PHONE = "+46701112233"


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Database, Database, Database, Path]]:
    office = open_database(tmp_path / "kontor" / "db.sqlite", device_name="Kontoret")
    set_role(office, "office")
    one = open_database(tmp_path / "falt1" / "db.sqlite", device_name="Fältdator 1")
    two = open_database(tmp_path / "falt2" / "db.sqlite", device_name="Fältdator 2")
    provision(office, one, two)
    folder = tmp_path / "delad"
    folder.mkdir()
    yield office, one, two, folder
    for database in (office, one, two):
        database.close()


def _forged(office: Database, one: Database, two: Database, contact_id: str, out: Path) -> Path:
    """Laptop 2's real key; changes labelled as laptop 1 and as the office, each with the
    number its device will use next, setting the contact's phone. They say they had seen all
    the office holds (its packages tell every laptop), so nothing holds them back."""
    seen = vector(office)
    as_one = edit(
        identity(one).id, last_seq(one) + 1, "contact", contact_id, {"phone": FORGED_PHONE}, seen
    )
    as_office = edit(
        identity(office).id,
        last_seq(office) + 1,
        "contact",
        contact_id,
        {"phone": FORGED_PHONE},
        seen,
    )
    return forge(two, out, [as_one[0], as_office[0]], [as_one[1], as_office[1]])


def test_changes_labelled_as_another_device_are_left_out_and_lock_nobody_out(
    trio: tuple[Database, Database, Database, Path], tmp_path: Path
) -> None:
    office, one, two, folder = trio
    area_id, _ = areas.create_area(one, {"name": "Valsjöbyn"})
    contact_id, _ = contacts.add_contact(
        one, {"area_id": area_id, "name": "Gunilla", "phone": "070-174 06 77"}
    )
    for database in (one, office, two, office):
        sync_now(database, folder)
    assert contacts.get_contact(two, contact_id).name == "Gunilla"  # relayed by the office
    forged = _forged(office, one, two, contact_id, tmp_path / "sticka")

    # At the office.
    before, counter = transfer.export_text(office), last_seq(office)
    report = import_file(office, forged)
    assert (report.outcome, report.new_changes, report.not_own) == ("imported", 0, 2)
    assert transfer.export_text(office) == before
    assert last_seq(office) == counter  # it did not take them as its own
    assert sync_status(office).refused_files == ()
    assert checks.check_database(office) == []

    # Laptop 1's genuine next package is applied (no "cloned device"), with the number the
    # forged change claimed; the office's own next edit too, and it relays both.
    contacts.update_contact(one, contact_id, {"notes": "äkta"})
    assert sync_now(one, folder).exported is not None
    report_office = sync_now(office, folder)
    assert report_office.refused == []
    assert any(f.source == "Fältdator 1" for f in report_office.imported)
    areas.update_area(office, area_id, {"notes": "från kontoret"})
    sync_now(office, folder)
    for database in (one, two):
        assert sync_now(database, folder).refused == []
    for database in (office, one, two):
        contact = contacts.get_contact(database, contact_id)
        assert (contact.notes, contact.phone) == ("äkta", "+46701740677"), database.path
        assert areas.get_area(database, area_id).notes == "från kontoret"
    texts = {transfer.export_text(d) for d in (office, one, two)}
    assert len(texts) == 1
    assert FORGED_PHONE not in texts.pop()


def test_a_laptop_takes_no_change_in_another_devices_name_either(
    trio: tuple[Database, Database, Database, Path], tmp_path: Path
) -> None:
    office, one, two, folder = trio
    area_id, _ = areas.create_area(one, {"name": "Valsjöbyn"})
    contact_id, _ = contacts.add_contact(one, {"area_id": area_id, "name": "Gunilla"})
    for database in (one, office, two, office, one):
        sync_now(database, folder)
    forged = _forged(office, one, two, contact_id, tmp_path / "sticka")
    before, counter = transfer.export_text(one), last_seq(one)
    # By default a laptop leaves another laptop's package for the office ...
    with pytest.raises(NotForThisDevice):
        import_file(one, forged)
    # ... and if it enrolled laptop 2 itself, it takes only laptop 2's own changes: none here.
    trust.enrol_card(one.path, card(two))
    report = import_file(one, forged)
    assert (report.new_changes, report.not_own) == (0, 2)
    assert transfer.export_text(one) == before
    assert last_seq(one) == counter  # not "my own changes came back"
    contacts.update_contact(one, contact_id, {"notes": "äkta"})
    sync_now(one, folder)
    assert sync_now(office, folder).refused == []
    assert contacts.get_contact(office, contact_id).notes == "äkta"
