"""Holes a package names (header `withheld`, issue 19) count only from the office a laptop
trusts: any other sender's claim is ignored, so no laptop or foreign office can make a laptop
step over changes it would otherwise wait for (sync/causal.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dbtools import rows
from tests.sync.trust import card, provision
from trygghetsapp.security import trust
from trygghetsapp.services import areas
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync import exporter
from trygghetsapp.sync.api import export_package, import_file, set_role


@pytest.fixture
def three(tmp_path: Path) -> Iterator[tuple[Database, Database, Database]]:
    office = open_database(tmp_path / "kontor.sqlite", device_name="Kontoret")
    other = open_database(tmp_path / "annat.sqlite", device_name="Annat kontor")
    laptop = open_database(tmp_path / "falt.sqlite", device_name="Fältdator")
    for database in (office, other):
        set_role(database, "office")
    provision(office, laptop)
    trust.enrol_card(laptop.path, card(other))  # enrolled as a device, not its office
    yield office, other, laptop
    for database in (office, other, laptop):
        database.close()


def holes(database: Database) -> list[tuple[str, str]]:
    return rows(database, "SELECT key, value FROM sync_setting WHERE key LIKE 'withheld:%'")


def test_only_the_trusted_office_names_holes(
    three: tuple[Database, Database, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, other, laptop = three
    claim = {"01a24722-0000-7000-8000-000000000001": [[3, 5]]}
    monkeypatch.setattr(exporter, "withheld_ranges", lambda connection, marks: claim)
    areas.create_area(other, {"name": "Från det andra kontoret"})
    path = export_package(other, tmp_path / "annat").path
    assert path is not None
    import_file(laptop, path)
    assert holes(laptop) == []
    path = export_package(office, tmp_path / "kontor").path
    assert path is not None
    import_file(laptop, path)
    assert holes(laptop) == [("withheld:01a24722-0000-7000-8000-000000000001", "[[3, 5]]")]
