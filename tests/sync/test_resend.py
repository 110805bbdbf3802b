"""Honest status per peer (issue 15, item 4): nothing a lost package carried stays lost.

- The office learns from each laptop's package what that laptop holds. A laptop that missed
  two office packages (the folder was cleaned before it synced) is told at its next *Synka nu*
  which changes it lacks, and its package says so; the office's next package carries them
  again, and the laptop has everything at the *Synka nu* after that. No `--full` anywhere.
- A laptop whose package is gone from the folder re-sends it at its next *Synka nu*, whether or
  not the office has written anything since.

Each rule is also shown to matter: with it switched off (planted), the laptop or the office
stays without the changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import OpenDatabase
from tests.sync.forge import identity
from tests.sync.trust import provision
from trygghetsapp.services import areas, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync import folder as folder_module
from trygghetsapp.sync.api import SyncReport, set_role, sync_now, sync_status


@pytest.fixture
def trio(
    tmp_path: Path, open_db: OpenDatabase
) -> Iterator[tuple[Database, Database, Database, Path]]:
    """The office on the test's backend, two laptops (SQLite files)."""
    office = open_db("kontor/db", device_name="Kontoret")
    set_role(office, "office")
    one = open_database(tmp_path / "falt1" / "db.sqlite", device_name="Fältdator 1")
    two = open_database(tmp_path / "falt2" / "db.sqlite", device_name="Fältdator 2")
    provision(office, one, two)
    folder = tmp_path / "delad"
    folder.mkdir()
    yield office, one, two, folder
    for database in (one, two):
        database.close()


def _wrote(report: SyncReport) -> bool:
    return report.exported is not None and report.exported.path is not None


def _missed_two_office_packages(
    office: Database, one: Database, two: Database, folder: Path
) -> str:
    """Laptop 1 misses the office's packages 1 and 2 (laptop 2 read them; then the folder was
    cleaned); the office writes package 3. Returns the area laptop 2 created meanwhile."""
    area_id, _ = areas.create_area(one, {"name": "Valsjöbyn"})
    for database in (one, office, two, one):
        sync_now(database, folder)
    relayed, _ = areas.create_area(two, {"name": "Från fältdator 2"})
    sync_now(two, folder)
    areas.update_area(office, area_id, {"notes": "kontorspaket 1"})
    sync_now(office, folder)  # package 1: laptop 2's area and the office's edit
    areas.create_area(office, {"name": "Kontorspaket 2"})
    sync_now(office, folder)  # package 2
    sync_now(two, folder)
    office_id = identity(office).id
    lost = sorted(folder.glob(f"{office_id}-*"))
    assert len(lost) >= 2
    for path in lost:
        path.unlink()
    areas.create_area(office, {"name": "Kontorspaket 3"})
    assert _wrote(sync_now(office, folder))  # package 3
    return relayed


def test_a_laptop_that_missed_two_office_packages_is_told_and_then_given_them(
    trio: tuple[Database, Database, Database, Path],
) -> None:
    office, one, two, folder = trio
    relayed = _missed_two_office_packages(office, one, two, folder)

    told = sync_now(one, folder)
    assert told.refused == [] and told.imported
    assert any("Kontoret" in line for line in told.missing), told.missing
    assert _wrote(told)  # it says what it holds, with nothing new of its own

    sync_now(office, folder)  # reads laptop 1's vector: its next package carries the gap
    # The office's status says which laptop lacked which range (as of its latest package).
    lacking = {(laptop, origin) for laptop, origin, _lo, _hi in sync_status(office).lacking}
    assert ("Fältdator 1", "Kontoret") in lacking
    given = sync_now(one, folder)
    assert given.missing == []
    assert sync_status(one).missing_messages() == []
    assert areas.get_area(one, relayed).name == "Från fältdator 2"  # relayed, from package 1
    assert transfer.export_text(one) == transfer.export_text(office)
    sync_now(two, folder)
    assert transfer.export_text(two) == transfer.export_text(office)


def test_without_the_office_rule_the_laptop_stays_without_them(
    trio: tuple[Database, Database, Database, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The planted bug: the office's marks are not lowered for the laptop that lacks."""
    monkeypatch.setattr(folder_module, "_resend_what_laptops_lack", lambda *_args: None)
    office, one, two, folder = trio
    _missed_two_office_packages(office, one, two, folder)
    for database in (one, office, one):
        sync_now(database, folder)
    assert sync_status(one).missing_messages() != []
    assert transfer.export_text(one) != transfer.export_text(office)


def _lost_laptop_package(office: Database, one: Database, folder: Path) -> str:
    area_id, _ = areas.create_area(one, {"name": "Norr"})
    for database in (one, office, one):
        sync_now(database, folder)
    areas.update_area(one, area_id, {"notes": "efter kontorets senaste"})
    first = sync_now(one, folder)
    assert first.exported is not None and first.exported.path is not None
    first.exported.path.unlink()  # lost: the stick was reformatted; the office never saw it
    return area_id


def test_a_laptop_re_sends_a_lost_package_whatever_the_office_wrote(
    trio: tuple[Database, Database, Database, Path],
) -> None:
    office, one, _two, folder = trio
    area_id = _lost_laptop_package(office, one, folder)
    again = sync_now(one, folder)  # the office has written nothing since
    assert _wrote(again) and again.exported is not None and again.exported.changes > 0
    assert not _wrote(sync_now(one, folder))  # still in the folder: no duplicate
    sync_now(office, folder)
    assert areas.get_area(office, area_id).notes == "efter kontorets senaste"
    sync_now(one, folder)
    status = sync_status(one)
    assert status.office_acknowledged == status.last_seq


def test_without_the_folder_check_the_lost_package_is_not_re_sent(
    trio: tuple[Database, Database, Database, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The planted bug: the laptop believes its package is still in the folder."""
    monkeypatch.setattr(folder_module, "_folder_covers", lambda *_args: True)
    office, one, _two, folder = trio
    area_id = _lost_laptop_package(office, one, folder)
    assert not _wrote(sync_now(one, folder))
    sync_now(office, folder)
    assert areas.get_area(office, area_id).notes != "efter kontorets senaste"
