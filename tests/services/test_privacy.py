"""Personal data: review list, register extract, and erasure that leaves no trace."""

import datetime as dt
import json

import pytest

from tests.conftest import TODAY
from trygghetsapp.services import areas, contacts, privacy, roles, transfer


def _person(database):
    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn"})
    contact_id, _ = contacts.add_contact(
        database,
        {
            "area_id": area_id,
            "name": "Märta Ödlund-Zetterqvist",
            "phone": "070-174 06 77",
            "email": "marta.odlund@example.se",
            "review_date": TODAY - dt.timedelta(days=10),
            "legal_basis": "consent",
        },
    )
    contacts.update_contact(database, contact_id, {"phone": "070-174 06 78"})
    role = roles.list_roles(database)[0]
    roles.assign_role(database, area_id, role.id, contact_id, 0)
    return area_id, contact_id


def test_contacts_past_review_are_listed(database):
    _, contact_id = _person(database)
    due = privacy.contacts_past_review(database, today=TODAY)
    assert [d.contact.id for d in due] == [contact_id]
    assert due[0].days_overdue == 10


def test_review_list_order_and_what_it_leaves_out(database, monkeypatch):
    """Without a date first, then the longest overdue, then by name; not yet due, deleted
    contacts and contacts of deleted areas left out. Numbers are never formatted: at national
    scale formatting every listed number was most of a 2.3 s job on the window's worker."""
    import phonenumbers

    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn"})
    gone_area, _ = areas.create_area(database, {"name": "Nedlagd"})

    def add(name, days_ago, basis="consent", area=area_id):
        values = {"area_id": area, "name": name, "phone": "070-174 06 77", "legal_basis": basis}
        contact_id, _ = contacts.add_contact(database, values)
        review = None if days_ago is None else TODAY - dt.timedelta(days=days_ago)
        contacts.update_contact(database, contact_id, {"review_date": review})
        return contact_id

    add("Bo Ingetdatum", None)
    add("Ada Ingetdatum", None)
    add("Cilla Nyss", 2)
    add("Dan Länge", 400)
    add("Eva Länge", 400)
    add("Frida Framtid", -30)
    add("Gun Ovald", -30, basis="")
    deleted = add("Hans Raderad", 50)
    contacts.delete_contact(database, deleted)
    add("Ivar Iannatområde", 50, area=gone_area)
    areas.delete_area(database, gone_area)

    def no_formatting(*_args, **_kwargs):
        raise AssertionError("the review list formatted a phone number")

    monkeypatch.setattr(phonenumbers, "format_number", no_formatting)
    due = privacy.contacts_past_review(database, today=TODAY)
    assert [d.contact.name for d in due] == [
        "Ada Ingetdatum",
        "Bo Ingetdatum",
        "Dan Länge",
        "Eva Länge",
        "Cilla Nyss",
        "Gun Ovald",
    ]
    assert [d.days_overdue for d in due] == [-1, -1, 400, 400, 2, -30]
    assert [d.basis_chosen for d in due] == [True] * 5 + [False]
    assert {d.area_name for d in due} == {"Valsjöbyn"}
    assert {d.contact.area_id for d in due} == {area_id}


def test_register_extract_has_record_roles_and_history(database):
    _, contact_id = _person(database)
    extract = privacy.register_extract(database, contact_id)
    assert extract["person"]["name"] == "Märta Ödlund-Zetterqvist"
    assert extract["phone_display"] == "070-174 06 78"
    assert extract["roles"][0]["rank"] == 0
    assert len(extract["history"]) == 2
    json.dumps(extract, ensure_ascii=False)  # serialisable as the JSON register extract


@pytest.mark.sqlite_only("reads the database file's and WAL's bytes")
def test_erasure_leaves_no_trace(database, db_path):
    _, contact_id = _person(database)
    privacy.erase_person(database, contact_id)
    export = transfer.export_text(database)
    raw = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    for secret in ("Ödlund", "Zetterqvist", "marta.odlund", "+46701740677", "+46701740678"):
        assert secret not in export
        assert secret.encode("utf-8") not in raw, secret
    area_id = areas.list_areas(database)[0].id
    assert contacts.list_contacts(database, area_id) == []


CHILD = """
import sys, time
from pathlib import Path

import pytest
from trygghetsapp.services import privacy
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.store import erasure
erasure.compact_after_erasure = lambda _database: (print("ERASED", flush=True), time.sleep(60))
database = open_database(Path(sys.argv[1]))
privacy.erase_person(database, sys.argv[2])
"""


def test_an_erasure_killed_before_its_compaction_is_compacted_at_the_next_open(db_path):
    """SIGKILL between the redaction's commit and VACUUM: the next open finishes the job."""
    import subprocess
    import sys

    from trygghetsapp.services.database import open_database
    from trygghetsapp.store import erasure

    database = open_database(db_path)
    _, contact_id = _person(database)
    database.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), contact_id], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ERASED"
    child.kill()
    child.wait()

    def raw():
        data = db_path.read_bytes()
        wal = db_path.with_name(db_path.name + "-wal")
        return data + (wal.read_bytes() if wal.exists() else b"")

    assert b"Zetterqvist" in raw()  # the old frames are still on disk: the gap to close
    reopened = open_database(db_path)
    try:
        for secret in ("Ödlund", "Zetterqvist", "+46701740677", "+46701740678"):
            assert secret.encode("utf-8") not in raw(), secret
        with reopened.store.engine.connect() as connection:
            assert not erasure.compact_pending(connection)
    finally:
        reopened.close()


def _import_contact_without_basis(database, tmp_path):
    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn"})
    contact_id = "00000000-0000-4000-8000-0000000000c1"
    data = {
        "contacts": [
            {"id": contact_id, "area_id": area_id, "name": "Utan Grund", "phone": "0701740677"}
        ]
    }
    path = tmp_path / "import.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    transfer.import_file(database, path)
    return contact_id


def _basis_was_not_invented(database, contact_id):
    exported = json.loads(transfer.export_text(database))
    (record,) = [c for c in exported["contacts"] if c["id"] == contact_id]
    assert record["legal_basis"] == ""  # "not yet chosen", not a guess
    due = {d.contact.id: d for d in privacy.contacts_past_review(database, today=TODAY)}
    assert contact_id in due and not due[contact_id].basis_chosen
    assert [d.contact.id for d in privacy.contacts_without_basis(database)] == [contact_id]
    assert privacy.register_extract(database, contact_id)["legal_basis_text"] == "Inte vald än"


def test_import_of_a_contact_without_legal_basis_does_not_get_one(database, tmp_path):
    _basis_was_not_invented(database, _import_contact_without_basis(database, tmp_path))


def test_the_import_check_fails_when_a_default_basis_is_planted(database, tmp_path, monkeypatch):
    """The bug planted (the old default): the test above must be able to fail."""
    from trygghetsapp.domain import schemas

    monkeypatch.setitem(schemas.DEFAULTS, "contact", {"legal_basis": "agreement"})
    contact_id = _import_contact_without_basis(database, tmp_path)
    with pytest.raises(AssertionError):
        _basis_was_not_invented(database, contact_id)


def test_a_chosen_basis_sets_a_review_date_from_it(database):
    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn"})
    today = dt.date(2026, 2, 28)
    consent, _ = contacts.add_contact(
        database, {"area_id": area_id, "name": "A", "legal_basis": "consent"}, today=today
    )
    staff, _ = contacts.add_contact(
        database, {"area_id": area_id, "name": "B", "legal_basis": "public_task"}, today=today
    )
    given, _ = contacts.add_contact(
        database,
        {"area_id": area_id, "name": "C", "legal_basis": "consent", "review_date": "2026-06-01"},
        today=today,
    )
    unchosen, _ = contacts.add_contact(database, {"area_id": area_id, "name": "D"}, today=today)
    law, _ = contacts.add_contact(
        database, {"area_id": area_id, "name": "E", "legal_basis": "legal_obligation"}, today=today
    )
    assert contacts.get_contact(database, law).review_date == dt.date(2028, 2, 28)
    assert contacts.get_contact(database, consent).review_date == dt.date(2027, 2, 28)
    assert contacts.get_contact(database, staff).review_date == dt.date(2028, 2, 28)
    assert contacts.get_contact(database, given).review_date == dt.date(2026, 6, 1)
    assert contacts.get_contact(database, unchosen).review_date is None
    contacts.update_contact(database, unchosen, {"legal_basis": "agreement"}, today=today)
    assert contacts.get_contact(database, unchosen).review_date == dt.date(2027, 2, 28)
