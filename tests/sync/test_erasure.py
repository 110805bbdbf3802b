"""Erasure propagates (issue 6, item 8): no trace of the person on the laptop or, after sync, the
office, in export-json, the database bytes after compaction, backups made after the erasure, or
any later package; a concurrent edit on a third laptop does not bring the data back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import OpenDatabase
from tests.dbtools import rows
from tests.sync.trust import provision
from trygghetsapp.services import areas, contacts, privacy, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.store import sqlite_tools
from trygghetsapp.sync.api import export_package, import_file, list_conflicts, set_role, sync_now

SECRETS = (
    "Märta",
    "M\\u00e4rta",  # in case any layer escaped it
    "dlund",  # Ödlund, escaped or not
    "+46701740677",
    "0701740677",
    "070-174 06 77",
    "070-1740677",
    "701740677",
    "174 06 77",
    "Berg",  # the third laptop's concurrent edit
)


def traces(blob: bytes) -> list[str]:
    return [s for s in SECRETS if s.encode("utf-8") in blob]


def db_bytes(database: Database) -> bytes:
    """The file's and its journal's bytes; on a server, every change and contact row as text
    (what SQL can read: the server's files are the server's, docs/office-postgresql.md)."""
    if database.is_server:
        texts = rows(database, "SELECT data FROM change") + rows(
            database, "SELECT name, phone, notes FROM contact"
        )
        return repr(texts).encode("utf-8")
    raw = database.path.read_bytes()
    for suffix in ("-wal", "-journal"):
        side = Path(f"{database.path}{suffix}")
        if side.exists():
            raw += side.read_bytes()
    return raw


@pytest.fixture
def trio(
    tmp_path: Path, open_db: OpenDatabase
) -> Iterator[tuple[Database, Database, Database, Path]]:
    """The office on the test's backend, two laptops (SQLite files)."""
    office = open_db("kontor/db", device_name="Kontoret")
    set_role(office, "office")
    laptop = open_database(tmp_path / "falt1" / "db.sqlite", device_name="Fältdator Gunilla")
    third = open_database(tmp_path / "falt2" / "db.sqlite", device_name="Fältdator 2")
    provision(office, laptop, third)
    folder = tmp_path / "delad"
    folder.mkdir()
    yield office, laptop, third, folder
    for database in (laptop, third):
        database.close()


def test_erasure_reaches_the_office_and_wins_over_a_concurrent_edit(
    trio: tuple[Database, Database, Database, Path], tmp_path: Path
) -> None:
    office, laptop, third, folder = trio
    area_id, _ = areas.create_area(laptop, {"name": "Valsjöbyn"})
    contact_id, _ = contacts.add_contact(
        laptop, {"area_id": area_id, "name": "Märta Ödlund", "phone": "+46701740677"}
    )
    contacts.update_contact(laptop, contact_id, {"notes": "ring 070-174 06 77 efter 18"})
    sync_now(laptop, folder)
    sync_now(office, folder)
    sync_now(third, folder)
    assert [c.name for c in contacts.list_contacts(third, area_id)] == ["Märta Ödlund"]
    # Before the erasure arrives, the third laptop edits the person (a concurrent edit).
    contacts.update_contact(third, contact_id, {"name": "Märta Ödlund-Berg", "notes": "Berg"})

    privacy.erase_person(laptop, contact_id)
    assert traces(db_bytes(laptop)) == []
    sync_now(laptop, folder)
    report = sync_now(office, folder)
    assert sum(f.erased for f in report.files) == 1
    sync_now(third, folder)  # sends its edit, receives the erasure
    sync_now(office, folder)  # the edit arrives after the erasure: redacted on arrival
    sync_now(laptop, folder)
    sync_now(third, folder)

    texts = [transfer.export_text(db) for db in (office, laptop, third)]
    assert texts[0] == texts[1] == texts[2]
    for database, text in zip((office, laptop, third), texts, strict=True):
        assert traces(text.encode("utf-8")) == [], database.path
        assert contacts.list_contacts(database, area_id) == []
        assert list_conflicts(database) == []
        if not database.is_server:
            database.store.engine.dispose()
            sqlite_tools.compact(database.path)  # the app's own compaction
        assert traces(db_bytes(database)) == [], database.path

    # The office's backup (a laptop's when the office is on PostgreSQL: pg_dump's own).
    backup = sqlite_tools.make_backup((laptop if office.is_server else office).path, "manual")
    assert traces(backup.read_bytes()) == []
    for database in (office, laptop, third):
        full = export_package(database, tmp_path / "senare", full=True).path
        assert full is not None and traces(full.read_bytes()) == [], database.path
    for package in folder.rglob("*.tsync"):
        # Packages written after each replica learnt of the erasure carry no trace either.
        if package.stat().st_mtime >= backup.stat().st_mtime:
            assert traces(package.read_bytes()) == [], package.name


def test_redacted_full_package_meets_the_original_changes(
    trio: tuple[Database, Database, Database, Path], tmp_path: Path
) -> None:
    """Same device and seq, one side redacted: not a clone; the redacted text is kept."""
    office, laptop, third, folder = trio
    area_id, _ = areas.create_area(laptop, {"name": "Valsjöbyn"})
    contact_id, _ = contacts.add_contact(
        laptop, {"area_id": area_id, "name": "Märta Ödlund", "phone": "+46701740677"}
    )
    sync_now(laptop, folder)
    sync_now(office, folder)
    sync_now(third, folder)  # the third laptop holds the original changes
    original = export_package(laptop, tmp_path / "orig", full=True).path
    assert original is not None
    privacy.erase_person(laptop, contact_id)
    sync_now(laptop, folder)
    sync_now(office, folder)
    full = export_package(office, tmp_path / "full", full=True).path
    assert full is not None and traces(full.read_bytes()) == []
    report = import_file(third, full)
    assert report.outcome == "imported" and report.erased == 1
    assert traces(transfer.export_text(third).encode()) == []
    assert traces(db_bytes(third)) == []
    # And the other way round: an old package with the original values (delivered late) is no
    # clone either, and brings nothing back.
    before = transfer.export_text(office)
    assert import_file(office, original).erased == 1
    assert transfer.export_text(office) == before
    assert traces(db_bytes(office)) == []


def test_mentions_in_other_records_are_scrubbed_on_every_replica(
    trio: tuple[Database, Database, Database, Path], tmp_path: Path
) -> None:
    """Issue 16: a key holder and an inspector named in free text. The erasing laptop blanks
    them as edits and scrubs its log; the others scrub their own logs when the erasure arrives;
    full packages between a scrubbed and an unscrubbed replica are no clones."""
    from trygghetsapp.services import inspections, safety_points

    office, laptop, third, folder = trio
    area_id, _ = areas.create_area(laptop, {"name": "Valsjöbyn"})
    contact_id, _ = contacts.add_contact(
        laptop, {"area_id": area_id, "name": "Märta Ödlund", "phone": "+46701740677"}
    )
    point_id, _ = safety_points.create_safety_point(
        laptop,
        {"area_id": area_id, "name": "Skolan", "key_holder": "Märta Ödlund 070-174 06 77"},
    )
    inspections.start_inspection(laptop, point_id, "2026-11-02", "Märta Ödlund")
    sync_now(laptop, folder)
    sync_now(office, folder)
    sync_now(third, folder)
    assert "Ödlund" in transfer.export_text(third)
    original = export_package(third, tmp_path / "orig", full=True).path  # unscrubbed
    assert original is not None  # (sealed to the office key: its text is not readable here)

    privacy.erase_person(laptop, contact_id)
    sync_now(laptop, folder)
    sync_now(office, folder)
    sync_now(third, folder)
    for database in (office, laptop, third):
        assert traces(transfer.export_text(database).encode("utf-8")) == [], database.path
        database.store.engine.dispose()
        sqlite_tools.compact(database.path)
        assert traces(db_bytes(database)) == [], database.path
    # The old full package (original texts, same device and seq) arrives late: no clone
    # refusal, and nothing comes back.
    before = transfer.export_text(office)
    assert import_file(office, original).outcome == "imported"
    assert transfer.export_text(office) == before
    office.store.engine.dispose()
    sqlite_tools.compact(office.path)
    assert traces(db_bytes(office)) == []
    full = export_package(office, tmp_path / "full", full=True).path
    assert full is not None and traces(full.read_bytes()) == []
