"""One notion of a person (issue 16): the extract lists every place a person is named or
referred to, and erasure leaves none of it in the database file, its WAL, export-json, later
packages, or (when asked) older backups."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from trygghetsapp.services import (
    areas,
    contacts,
    equipment,
    inspections,
    privacy,
    roles,
    safety_points,
    transfer,
)
from trygghetsapp.services.database import Database
from trygghetsapp.store import erasure, sqlite_tools
from trygghetsapp.store.codec import data_fields
from trygghetsapp.store.models import SYNCED_MODELS

NAME = "Märta Ödlund"
SECRETS = (
    "Ödlund",
    "ödlund",
    "dlund",
    "+46701740677",
    "0701740677",
    "070-174 06 77",
    "174 06 77",
    "701740677",
    "+46702223344",
    "070-222 33 44",
    "marta.odlund",
)


def traces_in(blob: bytes) -> list[str]:
    return [s for s in SECRETS if s.encode("utf-8") in blob]


def db_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            raw += side.read_bytes()
    return raw


def _world(database: Database) -> dict[str, str]:
    """Märta as contact, role holder, inspector (typed and by reference), key holder, in notes,
    and a bystander (Olle) who must come through untouched."""
    area_id, _ = areas.create_area(
        database, {"name": "Valsjöbyn", "notes": "Märta Ödlund har nyckel till skolan"}
    )
    contact_id, _ = contacts.add_contact(
        database,
        {
            "area_id": area_id,
            "name": NAME,
            "phone": "070-174 06 77",
            "phone_alt": "070-222 33 44",
            "email": "marta.odlund@example.se",
            "legal_basis": "consent",
            "notes": "Storgatan 12",
        },
    )
    olle_id, _ = contacts.add_contact(
        database,
        {
            "area_id": area_id,
            "name": "Olle Berg",
            "phone": "070-174 06 99",
            "legal_basis": "agreement",
            "notes": "Ersätter Märta Ödlund på helger, ring henne på 0701740677",
        },
    )
    role = roles.list_roles(database)[0]
    roles.assign_role(database, area_id, role.id, contact_id, 0)
    point_id, _ = safety_points.create_safety_point(
        database,
        {
            "area_id": area_id,
            "name": "Valsjöbyns bygdegård",
            "key_holder": "Märta Ödlund, 070-174 06 77",
            "access_notes": "Nyckelskåp vid dörren; kod hos marta.odlund@example.se",
            "notes": "Märta Ödlund öppnar. " + "Lång text om lokalen. " * 5 + "Olle har kod.",
        },
    )
    item_id, _ = equipment.add_equipment(
        database,
        {
            "safety_point_id": point_id,
            "name": "Elverk",
            "category": "reserve_power",
            "facts": {"ansvarig": "Märta Ödlund"},  # a JSON column (stored with \u escapes)
        },
    )
    old_radio, _ = equipment.add_equipment(
        database,
        {
            "safety_point_id": point_id,
            "name": "Gammal radio",
            "category": "communications",
            "notes": "lånad av Märta Ödlund",
        },
    )
    equipment.delete_equipment(database, old_radio)  # a tombstone still holds the text
    typed_id, _ = inspections.start_inspection(database, point_id, TODAY, NAME)
    linked_id, _ = inspections.start_inspection(
        database, point_id, TODAY - dt.timedelta(days=30), "M. Ö.", inspector_id=contact_id
    )
    inspections.record_finding(
        database, typed_id, item_id, "ok", "kontrollerad av +46 70 174 06 77"
    )
    inspections.finish_inspection(database, typed_id, "Märta ÖDLUND skrev under")
    return {
        "area": area_id,
        "contact": contact_id,
        "olle": olle_id,
        "point": point_id,
        "typed": typed_id,
        "linked": linked_id,
    }


EXPECTED_PLACES = {
    ("area", "notes"),
    ("contact", "notes"),  # Olle's note
    ("safety_point", "key_holder"),
    ("safety_point", "access_notes"),
    ("safety_point", "notes"),
    ("inspection", "inspector"),  # typed
    ("inspection", "inspector_id"),  # by reference
    ("inspection", "notes"),
    ("inspection_finding", "note"),
    ("equipment_item", "notes"),  # of a deleted item
    ("equipment_item", "facts"),
}


def _places(extract: dict) -> set[tuple[str, str]]:
    labels = {label: field for field, label in privacy.FIELD_LABELS.items()}
    return {(o["record"].split("/")[0], labels[o["field"]]) for o in extract["occurrences"]}


def test_the_extract_lists_every_occurrence_in_json_and_pdf(database, tmp_path):
    from trygghetsapp.reports import register_extract

    ids = _world(database)
    extract = privacy.register_extract(database, ids["contact"])
    assert _places(extract) == EXPECTED_PLACES
    assert {o["kind"] for o in extract["occurrences"]} == {"text", "reference"}
    assert extract["roles"] and extract["information"]["authority"].startswith("Du kan klaga hos")
    pdf, json_path = register_extract.save(extract, tmp_path / "utdrag.pdf", printed=TODAY)
    assert (
        json.loads(json_path.read_text(encoding="utf-8"))["occurrences"] == extract["occurrences"]
    )
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = "".join(text.split())
    for occurrence in extract["occurrences"]:
        assert "".join(occurrence["where"].split()) in flat, occurrence
    for heading in ("Ändamål", "Mottagare", "Integritetsskyddsmyndigheten", "Varifrån"):
        assert heading in text
    assert "Olle" not in extract["person"]["name"]
    # An excerpt around the mention, not the whole text (it may name others).
    (long_note,) = [
        o
        for o in extract["occurrences"]
        if o["record"].startswith("safety_point") and o["field"] == "anteckningar"
    ]
    assert "Märta Ödlund öppnar" in long_note["excerpt"] and "Olle" not in long_note["excerpt"]


def test_erasure_leaves_nothing_of_her_anywhere_afterwards(database, db_path, tmp_path):
    """On PostgreSQL the file checks (the database's bytes, the backups) have nothing to read:
    what the server keeps on disk after VACUUM is not checked (docs/office-postgresql.md);
    export-json, a later package and every record are."""
    from trygghetsapp.sync.api import export_package

    files = not database.is_server
    ids = _world(database)
    if files:
        older = sqlite_tools.make_backup(db_path, "manual")
        assert traces_in(older.read_bytes())

    result = privacy.erase(database, ids["contact"])

    assert result.traces_blanked == len(EXPECTED_PLACES)
    if files:
        assert traces_in(db_bytes(db_path)) == []
    export = transfer.export_text(database)
    assert traces_in(export.encode("utf-8")) == []
    package = export_package(database, tmp_path / "senare", full=True).path
    assert package is not None and traces_in(package.read_bytes()) == []
    if files:
        newer = sqlite_tools.make_backup(db_path, "manual")
        assert traces_in(newer.read_bytes()) == []
        # The older backup is reported, not silently left: it still holds her.
        assert [b.path for b in result.backups_left] == [older]
    else:
        assert result.backups_left == ()
    # Olle, his phone and the rest of the records come through.
    data = json.loads(export)
    olle = next(c for c in data["contacts"] if c["id"] == ids["olle"])
    assert olle["name"] == "Olle Berg" and olle["phone"] == "+46701740699"
    assert olle["notes"] == (
        f"Ersätter {erasure.ERASED_NAME} på helger, ring henne på {erasure.ERASED_NAME}"
    )
    linked = next(i for i in data["inspections"] if i["id"] == ids["linked"])
    assert linked["inspector_id"] is None and linked["inspector"] == erasure.ERASED_NAME
    point = next(p for p in data["safety_points"] if p["id"] == ids["point"])
    assert point["key_holder"] == f"{erasure.ERASED_NAME}, {erasure.ERASED_NAME}"
    assert point["name"] == "Valsjöbyns bygdegård"
    # The erased text is an ordinary edit: export-json imports back cleanly (valid values).
    path = tmp_path / "export.json"
    path.write_text(export, encoding="utf-8")
    assert transfer.import_file(database, path)["updated"] == 0


@pytest.mark.sqlite_only("purges SQLite backup files; a server is backed up with pg_dump")
def test_erasure_purges_older_backups_when_asked(database, db_path):
    ids = _world(database)
    older = sqlite_tools.make_backup(db_path, "daily")
    result = privacy.erase(database, ids["contact"], purge_backups=True)
    assert result.backups_purged == (older,) and result.backups_left == ()
    assert traces_in(db_bytes(older)) == []
    assert sqlite_tools.integrity_problems(older) == []
    assert privacy.backups_holding(database, ids["contact"]) == []


def test_the_plan_shown_before_erasure_names_every_place_and_the_backups(database, db_path):
    ids = _world(database)
    if not database.is_server:  # a server has no backup files of the app's
        sqlite_tools.make_backup(db_path, "manual")
    plan = privacy.erasure_plan(database, ids["contact"])
    assert plan.roles == 1 and len(plan.backups) == (0 if database.is_server else 1)
    assert {(t.entity, t.field) for t in plan.traces} == EXPECTED_PLACES
    assert all(
        "Märta" in t.excerpt
        or "0701740677" in t.excerpt
        or t.kind == "reference"
        or "070" in t.excerpt
        or "+46" in t.excerpt
        or "marta" in t.excerpt
        for t in plan.traces
    )


def test_every_text_column_is_searched_or_deliberately_left_out():
    """A new free-text column (a migration on another branch) must be added to the search."""
    coded = {"kind", "status", "reserve_power", "category", "condition", "unit", "legal_basis"}
    for model in SYNCED_MODELS:
        entity = model.__tablename__
        listed = {
            *erasure.TEXT_FIELDS.get(entity, ()),
            *erasure.PHONE_FIELDS.get(entity, ()),
            *erasure.REFERENCE_FIELDS.get(entity, ()),
            *erasure.NOT_TEXT.get(entity, ()),
        }
        table = model.__table__
        for name in data_fields(model):
            column = table.c[name]
            if name == "id" or column.foreign_keys or name in coded:
                continue
            if column.type.python_type in (str, list, dict):
                assert name in listed, f"{entity}.{name} is neither searched nor exempted"


@pytest.mark.parametrize("person", ["Märta Ödlund", "  märta   ödlund "])
def test_a_person_is_found_by_name_or_id(database, person):
    ids = _world(database)
    assert [c.id for c in privacy.find_contact(database, person)] == [ids["contact"]]
    assert [c.id for c in privacy.find_contact(database, ids["contact"])] == [ids["contact"]]


@pytest.mark.sqlite_only("restores a SQLite backup file; a server is restored with pg_restore")
def test_restoring_an_older_backup_does_not_bring_her_back(database, db_path):
    from trygghetsapp.services import backups

    ids = _world(database)
    older = sqlite_tools.make_backup(db_path, "manual")
    privacy.erase(database, ids["contact"])
    backups.restore(database, older)
    export = transfer.export_text(database)
    assert traces_in(export.encode("utf-8")) == []
    data = json.loads(export)
    assert ids["contact"] not in {c["id"] for c in data["contacts"]}
    assert "Olle Berg" in {c["name"] for c in data["contacts"]}


def test_the_history_names_devices_not_ids(database):
    from sqlalchemy import select

    from trygghetsapp.store.models import LocalDevice

    ids = _world(database)
    with database.store.sessions() as session:
        name = session.execute(select(LocalDevice.name)).scalar_one()
    assert name
    history = privacy.register_extract(database, ids["contact"])["history"]
    assert history and {entry["device"] for entry in history} == {name}


def test_a_namesake_keeps_her_own_name_and_phone(database):
    """Another contact's own name and phone are that person's, even when the same."""
    ids = _world(database)
    twin, _ = contacts.add_contact(
        database,
        {"area_id": ids["area"], "name": NAME, "phone": "070-174 06 77", "legal_basis": "consent"},
    )
    privacy.erase(database, ids["contact"])
    kept = contacts.get_contact(database, twin)
    assert (kept.name, kept.phone) == (NAME, "+46701740677")


@pytest.mark.sqlite_only("the second folder holds SQLite backup files; a server has none")
def test_backups_in_the_second_folder_are_reported_and_purged(database, db_path, tmp_path):
    from trygghetsapp.services import backups

    ids = _world(database)
    (tmp_path / "usb").mkdir()
    backups.set_second_folder(database, tmp_path / "usb")
    made = backups.make_daily_backup(database)
    assert database.second_copy is not None and database.second_copy.path is not None
    plan = privacy.erasure_plan(database, ids["contact"])
    assert {b.path for b in plan.backups} == {made, database.second_copy.path}
    result = privacy.erase(database, ids["contact"], purge_backups=True)
    assert set(result.backups_purged) == {made, database.second_copy.path}
    assert traces_in(db_bytes(database.second_copy.path)) == []
