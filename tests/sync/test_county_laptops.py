"""A county database with two municipalities, end to end with laptops (issue 19, item 4).

Krokom's workstation logs in as a member of Krokom's role only, Strömsund's as Strömsund's
(row-level security installed by `office scope-municipalities`, tests/store/test_office_scoping.py
sets it up). Each municipality's laptop trusts its own workstation. The laptops receive only
their municipality's areas, their changes come back to the county database, nothing of
Strömsund reaches Krokom's laptop (nor the reverse), each laptop's export-json equals its
workstation's, and `check` is clean on all four.

Two faults this found (both planted back, the test fails): a device's changes reach a
municipality's laptop with holes where another municipality's were withheld by row security,
and causal delivery held everything after the first hole forever (Strömsund's laptop applied
nothing of Strömsund: the county administrator's device had numbered Krokom's rows first); and
the export marks were shared by the workstations of one database, so Krokom's export counted
Strömsund's new area as exported and Strömsund's next package lacked it. Fixed by the header's
`withheld` ranges (sync/causal.py) and per-installation marks (sync/exporter.py `read_marks`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg import PgServer
from tests.store.test_office_scoping import County
from tests.sync.trust import provision
from trygghetsapp.services import areas, checks, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.store import scoping
from trygghetsapp.sync.api import export_package, import_file, set_role

pytestmark = pytest.mark.postgresql


@pytest.fixture
def county(pg_server: PgServer, tmp_path: Path) -> Iterator[County]:
    made = County(pg_server, tmp_path)
    yield made
    made.close()
    pg_server.admin(f"DROP ROLE IF EXISTS {_second_login(made)}")


def _second_login(county: County) -> str:
    return county.anna.replace("anna_", "bo_")


def _workstation(county: County, login: str, municipality: str, tmp: Path) -> Database:
    with county.owner() as owner:
        owner.execute(f"GRANT {scoping.role_name(municipality)} TO {login}")
    url = county.url.replace("postgres@", f"{login}@")
    database = open_database(url, anchor=tmp / login / "office")
    set_role(database, "office")
    return database


def _export(database: Database, folder: Path, full: bool = False) -> Path:
    path = export_package(database, folder, full=full).path
    assert path is not None
    return path


def test_two_municipalities_laptops_exchange_through_one_county_database(
    county: County, tmp_path: Path
) -> None:
    bo = _second_login(county)
    county.server.admin(f"CREATE ROLE {bo} LOGIN")
    with county.owner() as owner:
        owner.execute(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {bo}"
        )
    opened: list[Database] = []
    try:
        ws_a = _workstation(county, county.anna, county.a["municipality"], tmp_path)
        opened.append(ws_a)
        ws_b = _workstation(county, bo, county.b["municipality"], tmp_path)
        opened.append(ws_b)
        laptop_a = open_database(tmp_path / "falt-a.sqlite", device_name="Fältdator Krokom")
        opened.append(laptop_a)
        laptop_b = open_database(tmp_path / "falt-b.sqlite", device_name="Fältdator Strömsund")
        opened.append(laptop_b)
        provision(ws_a, laptop_a)
        provision(ws_b, laptop_b)

        import_file(laptop_a, _export(ws_a, tmp_path / "ut-a", full=True))
        import_file(laptop_b, _export(ws_b, tmp_path / "ut-b", full=True))
        assert [a.name for a in areas.list_areas(laptop_a)] == ["Område i Krokom"]
        assert [a.name for a in areas.list_areas(laptop_b)] == ["Område i Strömsund"]

        areas.update_area(laptop_a, county.a["area"], {"notes": "från Krokoms fältdator"})
        areas.create_area(
            laptop_a, {"name": "Nytt i Krokom", "municipality_id": county.a["municipality"]}
        )
        areas.update_area(laptop_b, county.b["area"], {"notes": "från Strömsunds fältdator"})
        import_file(ws_a, _export(laptop_a, tmp_path / "in-a"))
        import_file(ws_b, _export(laptop_b, tmp_path / "in-b"))
        with county.owner() as owner:
            notes = dict(owner.execute("SELECT name, notes FROM area").fetchall())
        assert notes["Område i Krokom"] == "från Krokoms fältdator"
        assert notes["Område i Strömsund"] == "från Strömsunds fältdator"
        assert "Nytt i Krokom" in notes

        # Back to the laptops: each gets its own municipality's state, nothing of the other.
        import_file(laptop_a, _export(ws_a, tmp_path / "ut-a2"))
        import_file(laptop_b, _export(ws_b, tmp_path / "ut-b2"))
        text_a, text_b = transfer.export_text(laptop_a), transfer.export_text(laptop_b)
        for key in ("municipality", "area", "point", "contact"):
            assert county.b[key] not in text_a, f"Krokom's laptop holds Strömsund's {key}"
            assert county.a[key] not in text_b, f"Strömsund's laptop holds Krokom's {key}"
        assert "Strömsund" not in text_a and "Krokom" not in text_b
        assert transfer.export_text(ws_a) == text_a
        assert transfer.export_text(ws_b) == text_b

        # The county administration adds an area to each municipality; Krokom's workstation
        # exports first. Its package cannot carry Strömsund's new area, so it must not count
        # as exported for Strömsund's workstation (whose incremental package must carry it).
        for municipality in (county.a, county.b):
            areas.create_area(
                county.database,
                {"name": f"Länets nya i {municipality['name']}",
                 "municipality_id": municipality["municipality"]},
            )  # fmt: skip
        import_file(laptop_a, _export(ws_a, tmp_path / "ut-a3"))
        import_file(laptop_b, _export(ws_b, tmp_path / "ut-b3"))
        assert "Länets nya i Strömsund" in [a.name for a in areas.list_areas(laptop_b)]
        assert "Länets nya i Krokom" in [a.name for a in areas.list_areas(laptop_a)]
        assert transfer.export_text(ws_a) == transfer.export_text(laptop_a)
        assert transfer.export_text(ws_b) == transfer.export_text(laptop_b)
        assert "Strömsund" not in transfer.export_text(laptop_a)
        for database in opened:
            assert checks.check_database(database) == []
    finally:
        for database in opened:
            database.close()
