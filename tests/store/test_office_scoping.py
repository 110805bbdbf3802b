"""Municipalities in one county database (issue 19, item 4): row-level security in PostgreSQL.

The test connects as database roles, by plain SQL (psycopg, no app code between), and tries:
municipality A's login cannot see B's rows (areas, points, equipment, contacts, the change log),
cannot change them, cannot move its own rows to B nor insert rows for B, and cannot widen its
view by setting the session's municipality to B. The county's login reads every row and writes
none, even with INSERT/UPDATE granted on the tables (the policies refuse, not only the grants).
Then through the app: A's installation lists and exports only A's areas, and its packages
carry none of B's records.

Planted variants: without the policies (`scoping.install` not run), and with the session
setting alone deciding the municipality (not bound to a role), the same test fails.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.pg import PgServer
from trygghetsapp.cli import main
from trygghetsapp.services import areas, contacts, municipalities, safety_points, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.store import scoping
from trygghetsapp.sync.api import export_package, set_role

pytestmark = pytest.mark.postgresql


def _municipality(database: Database, name: str) -> dict[str, str]:
    municipality_id, _ = municipalities.add_municipality(database, {"name": name})
    area_id, _ = areas.create_area(
        database, {"name": f"Område i {name}", "municipality_id": municipality_id}
    )
    point_id, _ = safety_points.create_safety_point(
        database,
        {
            "area_id": area_id,
            "name": f"Bystugan i {name}",
            "kind": "village_hall",
            "level": 1,
            "latitude": 63.2,
            "longitude": 14.6,
        },
    )
    contact_id, _ = contacts.add_contact(
        database, {"area_id": area_id, "name": f"Kontakt i {name}", "legal_basis": "consent"}
    )
    return {"municipality": municipality_id, "area": area_id, "point": point_id,
            "contact": contact_id, "name": name}  # fmt: skip


class County:
    def __init__(self, server: PgServer, tmp: Path, install: bool = True):
        self.server = server
        self.tmp = tmp
        self.url = server.new_database("county")
        self.database = open_database(self.url, anchor=tmp / "admin" / "office")
        self.a = _municipality(self.database, "Krokom")
        self.b = _municipality(self.database, "Strömsund")
        self.dbname = self.url.split("/")[3].split("?")[0]
        suffix = self.dbname.replace("county_", "")
        self.anna = f"anna_{suffix}"
        self.reader = f"lan_{suffix}"
        statements = [
            f"CREATE ROLE {scoping.role_name(self.a['municipality'])}",
            f"CREATE ROLE {scoping.role_name(self.b['municipality'])}",
            f"CREATE ROLE {self.anna} LOGIN IN ROLE {scoping.role_name(self.a['municipality'])}",
            f"CREATE ROLE {self.reader} LOGIN",
            f"DO $$ BEGIN CREATE ROLE {scoping.COUNTY_ROLE}; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
            f"GRANT {scoping.COUNTY_ROLE} TO {self.reader}",
        ]
        for statement in statements:
            server.admin(statement)
        if install:  # as the owner: the command docs/office-postgresql.md names
            assert main(["--db", self.url, "office", "scope-municipalities"]) == 0
        with self.owner() as connection:
            connection.execute(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                f"TO {self.anna}, {self.reader}"  # the county: the policies must refuse
            )  # type: ignore[arg-type]

    def owner(self) -> psycopg.Connection[Any]:
        return self.connect("postgres")

    def connect(self, user: str) -> psycopg.Connection[Any]:
        return psycopg.connect(
            dbname=self.dbname, user=user, host=str(self.server.socket_dir),
            port=self.server.port, autocommit=True,
        )  # fmt: skip

    def close(self) -> None:
        self.database.close()
        self.server.drop(self.url)
        for role in (self.anna, self.reader):
            self.server.admin(f"DROP ROLE IF EXISTS {role}")
        for m in (self.a, self.b):
            self.server.admin(f"DROP ROLE IF EXISTS {scoping.role_name(m['municipality'])}")


@pytest.fixture
def county(pg_server: PgServer, tmp_path: Path) -> Iterator[County]:
    made = County(pg_server, tmp_path)
    yield made
    made.close()


def _ids(connection: psycopg.Connection[Any], statement: str) -> set[str]:
    return {row[0] for row in connection.execute(statement)}  # type: ignore[arg-type]


def _refused(connection: psycopg.Connection[Any], statement: str, *args: Any) -> str:
    """The server's refusal of a statement (it must be refused)."""
    try:
        connection.execute(statement, args)  # type: ignore[arg-type]
    except psycopg.Error as error:
        return str(error)
    raise AssertionError(f"the server accepted: {statement}")


def _municipality_a_cannot_reach_b(county: County) -> None:
    a, b = county.a, county.b
    with county.connect(county.anna) as anna:
        assert _ids(anna, "SELECT id FROM municipality") == {a["municipality"]}
        assert _ids(anna, "SELECT id FROM area") == {a["area"]}
        assert _ids(anna, "SELECT id FROM safety_point") == {a["point"]}
        assert _ids(anna, "SELECT id FROM contact") == {a["contact"]}
        log = " ".join(_ids(anna, "SELECT data FROM change"))
        assert a["name"] in log and b["name"] not in log, "the change log shows B's values"
        assert not _ids(anna, f"SELECT row_id FROM change WHERE row_id = '{b['area']}'")
        # The kept readiness counts of B's areas (their numbers say how B stands) are B's.
        with county.owner() as owner:
            kept = _ids(owner, "SELECT area_id FROM area_readiness")
        assert b["area"] in kept, "the fixture's writes keep B's counts"
        assert b["area"] not in _ids(anna, "SELECT area_id FROM area_readiness")
        kept_b = "UPDATE area_readiness SET equipment_defect = 0 WHERE area_id = %s"
        assert anna.execute(kept_b, (b["area"],)).rowcount == 0, "A changed B's kept counts"
        # Change B's rows: nothing to change (they are invisible).
        for table, key in (("area", "area"), ("safety_point", "point"), ("contact", "contact")):
            result = anna.execute(f"UPDATE {table} SET deleted = TRUE WHERE id = %s", (b[key],))
            assert result.rowcount == 0, f"A changed B's {table}"
        assert anna.execute("DELETE FROM change WHERE row_id = %s", (b["area"],)).rowcount == 0
        # Move an own row to B, or make one for B: refused by the policy's check.
        assert "row-level security" in _refused(
            anna, "UPDATE area SET municipality_id = %s WHERE id = %s", b["municipality"],
            a["area"],
        )  # fmt: skip
        assert "row-level security" in _refused(
            anna,
            "INSERT INTO safety_point (id, area_id, name, kind, level, latitude, longitude, "
            "deleted, hlc, device_id) SELECT 'x-1', %s, n, kind, level, latitude, longitude, "
            "FALSE, hlc, device_id FROM safety_point, (VALUES ('ny')) v(n) LIMIT 1",
            b["area"],
        )
        # The session setting selects among granted roles; it grants nothing.
        anna.execute("SELECT set_config('trygghetsapp.municipality', %s, false)",
                     (b["municipality"],))  # fmt: skip
        assert _ids(anna, "SELECT id FROM area") == set(), "the setting opened B's rows"
    with county.owner() as owner:  # nothing of B's moved
        assert owner.execute("SELECT deleted FROM area WHERE id = %s", (b["area"],)).fetchone() == (
            False,
        )


def test_municipality_a_cannot_read_or_change_b_by_sql(county: County) -> None:
    _municipality_a_cannot_reach_b(county)


def test_the_county_reads_all_and_writes_none(county: County) -> None:
    a, b = county.a, county.b
    with county.connect(county.reader) as reader:
        assert _ids(reader, "SELECT id FROM area") == {a["area"], b["area"]}
        assert _ids(reader, "SELECT id FROM safety_point") == {a["point"], b["point"]}
        assert len(_ids(reader, "SELECT data FROM change")) > 6
        for table, key in (("area", "area"), ("safety_point", "point"), ("contact", "contact")):
            for m in (a, b):
                result = reader.execute(f"UPDATE {table} SET deleted = TRUE WHERE id = %s",
                                        (m[key],))  # fmt: skip
                assert result.rowcount == 0, f"the county changed a {table}"
        assert reader.execute("DELETE FROM change").rowcount == 0
        assert "row-level security" in _refused(
            reader,
            "INSERT INTO municipality (id, name, deleted, hlc, device_id) "
            "VALUES ('x-2', 'Ny', FALSE, 1, 'x')",
        )


def test_a_municipality_installation_lists_and_exports_only_its_own(
    county: County, tmp_path: Path
) -> None:
    url = county.url.replace("postgres@", f"{county.anna}@")
    with county.owner() as owner:  # its own device row, counters: the bookkeeping tables
        owner.execute(f"GRANT {scoping.role_name(county.a['municipality'])} TO {county.anna}")
    anna = open_database(url, anchor=tmp_path / "anna" / "office")
    set_role(anna, "office")  # its packages relay every device's changes it holds
    try:
        assert [x.name for x in areas.list_areas(anna)] == [f"Område i {county.a['name']}"]
        exported = transfer.export_text(anna)
        assert county.a["name"] in exported and county.b["name"] not in exported
        package = export_package(anna, tmp_path / "out", full=True).path
        assert package is not None
        text = package.read_text(encoding="utf-8")
        assert county.a["area"] in text
        for key in ("municipality", "area", "point", "contact"):
            assert county.b[key] not in text, f"the package carries B's {key}"
        areas.update_area(anna, county.a["area"], {"notes": "ändrad av Krokom"})
    finally:
        anna.close()
    with county.owner() as owner:
        notes = owner.execute("SELECT notes FROM area WHERE id = %s", (county.a["area"],))
        assert notes.fetchone() == ("ändrad av Krokom",)
    json.loads(exported)


def test_a_login_of_two_municipalities_works_in_the_one_it_chooses(
    county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anna holds A's and B's roles: without a choice she sees neither (one at a time); with
    TRYGGHETSAPP_MUNICIPALITY the app's session works in the chosen one only."""
    with county.owner() as owner:
        owner.execute(f"GRANT {scoping.role_name(county.b['municipality'])} TO {county.anna}")
    url = county.url.replace("postgres@", f"{county.anna}@")
    with county.connect(county.anna) as anna:
        assert _ids(anna, "SELECT id FROM area") == set()
    for chosen in (county.b, county.a):
        monkeypatch.setenv("TRYGGHETSAPP_MUNICIPALITY", chosen["municipality"])
        database = open_database(url, anchor=tmp_path / "anna" / "office")
        try:
            assert [x.name for x in areas.list_areas(database)] == [f"Område i {chosen['name']}"]
        finally:
            database.close()


def test_the_gis_role_reads_the_public_view_only(
    county: County, capsys: pytest.CaptureFixture[str]
) -> None:
    gis = county.reader.replace("lan_", "gis_")
    county.server.admin(f"CREATE ROLE {gis} LOGIN")
    try:
        assert main(["--db", county.url, "office", "gis-view", gis]) == 0
        assert scoping.GIS_VIEW in capsys.readouterr().out
        with county.connect(gis) as connection:
            rows = connection.execute(
                f"SELECT id, municipality, area, name, latitude, longitude FROM {scoping.GIS_VIEW}"
            ).fetchall()
            assert {r[0] for r in rows} == {county.a["point"], county.b["point"]}
            assert {r[1] for r in rows} == {"Krokom", "Strömsund"}
            columns = [c.name for c in connection.execute(
                f"SELECT * FROM {scoping.GIS_VIEW} LIMIT 0").description or []]  # fmt: skip
            assert "key_holder" not in columns and "notes" not in columns
            assert "permission denied" in _refused(connection, "SELECT * FROM safety_point")
            _refused(connection, f"DELETE FROM {scoping.GIS_VIEW}")
            _refused(connection, f"UPDATE {scoping.GIS_VIEW} SET name = 'x'")
    finally:
        with county.owner() as owner:
            owner.execute(f"DROP OWNED BY {gis}")  # type: ignore[arg-type]
        county.server.admin(f"DROP ROLE {gis}")


@pytest.mark.parametrize("plant", ["no_policies", "setting_alone"])
def test_without_role_bound_policies_a_reaches_b(
    plant: str, pg_server: PgServer, tmp_path: Path
) -> None:
    county = County(pg_server, tmp_path, install=plant != "no_policies")
    try:
        if plant == "setting_alone":  # the municipality taken from the setting, unchecked
            with county.owner() as owner:
                owner.execute(
                    "CREATE OR REPLACE FUNCTION trygghetsapp_municipality() RETURNS text "
                    "LANGUAGE sql STABLE AS $$ SELECT coalesce(nullif(current_setting("
                    f"'trygghetsapp.municipality', true), ''), '{county.a['municipality']}') $$"
                )
        with pytest.raises(AssertionError) as caught:
            _municipality_a_cannot_reach_b(county)
        print(f"{plant}: {str(caught.value).splitlines()[0]}")
    finally:
        county.close()
