"""Merge rules, one scenario each: what wins, what is a conflict, what is kept."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sync.conftest import DAY_MS
from tests.sync.trust import provision
from trygghetsapp.security.keys import keys_dir
from trygghetsapp.services import areas, contacts, roles, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync import merge
from trygghetsapp.sync.api import (
    export_package,
    import_file,
    list_conflicts,
    resolve,
    set_role,
    sync_status,
)
from trygghetsapp.sync.reader import PackageError

Make = Callable[..., Database]
DRONE = "01a2464a-0000-7000-8000-00000000d201"


def send(source: Database, target: Database, folder: Path) -> None:
    path = export_package(source, folder, full=True).path
    assert path is not None
    import_file(target, path)


def exchange(a: Database, b: Database, folder: Path) -> None:
    pa = export_package(a, folder, full=True).path
    pb = export_package(b, folder, full=True).path
    assert pa and pb
    import_file(b, pa)
    import_file(a, pb)


def test_edit_that_saw_another_wins_whatever_the_clocks(replica: Make, tmp_path: Path) -> None:
    ahead = replica("ahead", 3 * DAY_MS)
    normal = replica("normal")
    area_id, _ = areas.create_area(ahead, {"name": "Norr"})
    areas.update_area(ahead, area_id, {"notes": "old, from a clock three days ahead"})
    send(ahead, normal, tmp_path)
    areas.update_area(normal, area_id, {"notes": "new"})
    send(normal, ahead, tmp_path)
    for database in (ahead, normal):
        assert areas.get_area(database, area_id).notes == "new"
        assert list_conflicts(database) == []


def test_broken_rule_ignoring_version_vectors_loses_the_newer_edit(
    replica: Make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scenario above under the "ignore_vv" mutant: the clock decides and the edit is lost."""
    monkeypatch.setattr(merge, "MERGE_RULE", "ignore_vv")
    ahead = replica("ahead", 3 * DAY_MS)
    normal = replica("normal")
    area_id, _ = areas.create_area(ahead, {"name": "Norr"})
    areas.update_area(ahead, area_id, {"notes": "old"})
    send(ahead, normal, tmp_path)
    areas.update_area(normal, area_id, {"notes": "new"})
    send(normal, ahead, tmp_path)
    assert areas.get_area(ahead, area_id).notes == "old"


def test_concurrent_edits_conflict_and_identical_values_do_not(
    replica: Make, tmp_path: Path
) -> None:
    a, b = replica("a"), replica("b")
    area_id, _ = areas.create_area(a, {"name": "Norr"})
    send(a, b, tmp_path)
    areas.update_area(a, area_id, {"notes": "A", "local_group": "same"})
    areas.update_area(b, area_id, {"notes": "B", "local_group": "same"})
    exchange(a, b, tmp_path)
    assert transfer.export_text(a) == transfer.export_text(b)
    conflicts = list_conflicts(a)
    assert [c.as_json() for c in conflicts] == [c.as_json() for c in list_conflicts(b)]
    assert [(c.field, c.kind) for c in conflicts] == [("notes", "value")]
    values = {conflicts[0].winner.value, conflicts[0].losers[0].value}
    assert values == {"A", "B"}
    assert conflicts[0].winner.device_name in ("a", "b")
    # Resolving is a change that syncs; the conflict disappears on both.
    resolve(b, "area", area_id, "notes", "A och B")
    exchange(a, b, tmp_path)
    assert list_conflicts(a) == list_conflicts(b) == []
    assert areas.get_area(a, area_id).notes == "A och B"


def test_edits_of_different_fields_merge_without_conflict(replica: Make, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    area_id, _ = areas.create_area(a, {"name": "Norr"})
    send(a, b, tmp_path)
    areas.update_area(a, area_id, {"notes": "A"})
    areas.update_area(b, area_id, {"local_group": "B"})
    exchange(a, b, tmp_path)
    view = areas.get_area(a, area_id)
    assert (view.notes, view.local_group) == ("A", "B")
    assert list_conflicts(a) == []


def test_delete_concurrent_with_edit_is_a_conflict_the_user_resolves(
    replica: Make, tmp_path: Path
) -> None:
    a, b = replica("a"), replica("b")
    area_id, _ = areas.create_area(a, {"name": "Norr"})
    send(a, b, tmp_path)
    areas.delete_area(a, area_id)
    areas.update_area(b, area_id, {"notes": "still needed"})
    exchange(a, b, tmp_path)
    for database in (a, b):
        assert areas.get_area(database, area_id).notes == "still needed"  # kept visible
        [conflict] = list_conflicts(database)
        assert (conflict.kind, conflict.field, conflict.winner.value) == ("delete", "deleted", True)
        assert conflict.losers[0].value == {"notes": "still needed"}
    resolve(a, "area", area_id, "deleted", True)  # keep deleted
    exchange(a, b, tmp_path)
    for database in (a, b):
        assert list_conflicts(database) == []
        assert areas.count_areas(database) == 0


def test_restore_resolves_delete_conflict(replica: Make, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    area_id, _ = areas.create_area(a, {"name": "Norr"})
    send(a, b, tmp_path)
    areas.delete_area(a, area_id)
    areas.update_area(b, area_id, {"notes": "x"})
    exchange(a, b, tmp_path)
    resolve(b, "area", area_id, "deleted", False)
    exchange(a, b, tmp_path)
    for database in (a, b):
        assert list_conflicts(database) == []
        assert areas.get_area(database, area_id).notes == "x"


def test_role_assignments_merge_as_add_remove_sets(replica: Make, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    area_id, _ = areas.create_area(a, {"name": "Norr"})
    c1, _ = contacts.add_contact(a, {"area_id": area_id, "name": "Anna"})
    c2, _ = contacts.add_contact(a, {"area_id": area_id, "name": "Bo"})
    role_id = roles.list_roles(a)[0].id
    send(a, b, tmp_path)
    roles.assign_role(a, area_id, role_id, c1)
    roles.assign_role(b, area_id, role_id, c2)
    exchange(a, b, tmp_path)
    assert transfer.export_text(a) == transfer.export_text(b)
    data = json.loads(transfer.export_text(a))
    assert {r["contact_id"] for r in data["role_assignments"]} == {c1, c2}


def test_far_future_clock_is_flagged_and_not_followed(replica: Make, tmp_path: Path) -> None:
    future = replica("future", 400 * DAY_MS)
    office = replica("office")
    areas.create_area(future, {"name": "Norr"})
    before = office.clock.last
    path = export_package(future, tmp_path).path
    assert path is not None
    report = import_file(office, path)
    assert report.clock_warnings
    assert office.clock.last >> 16 < (before >> 16) + DAY_MS
    [peer] = [d for d in sync_status(office).devices if d.name == "future"]
    assert peer.clock_suspicious


def test_cloned_device_is_refused(replica: Make, tmp_path: Path) -> None:
    """A disk image copied whole (database and keys folder): the signature verifies, and sync's
    same-seq/different-content check refuses the clone's package. The laptop and its clone are
    files (copied whole); the office is on the test's backend."""
    a = replica("a", sqlite=True)
    areas.create_area(a, {"name": "Norr"})
    a.close()
    clone_path = tmp_path / "clone.sqlite"
    clone_path.write_bytes((tmp_path / "a.sqlite").read_bytes())
    shutil.copytree(keys_dir(tmp_path / "a.sqlite"), keys_dir(clone_path))
    a = open_database(tmp_path / "a.sqlite")
    clone = open_database(clone_path)
    office = replica("office")
    areas.create_area(a, {"name": "Syd"})
    areas.create_area(clone, {"name": "Väst"})
    first = export_package(a, tmp_path / "a").path
    second = export_package(clone, tmp_path / "b").path
    assert first and second
    import_file(office, first)
    before = transfer.export_text(office)
    with pytest.raises(PackageError, match="samma enhets-id"):
        import_file(office, second)
    assert transfer.export_text(office) == before
    a.close()
    clone.close()


def test_clone_with_fresh_keys_is_refused_by_its_signature(replica: Make, tmp_path: Path) -> None:
    """Only the database copied: the copy makes its own keys, which the office never enrolled."""
    a = replica("a", sqlite=True)
    office = replica("office")
    set_role(office, "office")
    a.close()
    clone_path = tmp_path / "clone.sqlite"
    clone_path.write_bytes((tmp_path / "a.sqlite").read_bytes())
    clone = open_database(clone_path)
    areas.create_area(clone, {"name": "Väst"})
    package = export_package(clone, tmp_path / "b").path
    assert package
    before = transfer.export_text(office)
    with pytest.raises(PackageError, match="signaturen stämmer inte"):
        import_file(office, package)
    assert transfer.export_text(office) == before
    assert (tmp_path / "b" / "karantän" / package.name).exists()
    clone.close()


def test_changes_from_a_newer_app_are_kept_and_re_exported(replica: Make, tmp_path: Path) -> None:
    """Unknown entities and fields stay in the log verbatim and travel on; never dropped.
    `old` is the office: the one relay of other devices' changes (docs/security.md)."""
    newer, old = replica("newer", sqlite=True), replica("old")
    third = replica("third", sqlite=True)
    set_role(old, "office")
    provision(old, newer, third)
    area_id, _ = areas.create_area(newer, {"name": "Norr"})
    newer.close()
    conn = sqlite3.connect(tmp_path / "newer.sqlite")
    device, last = conn.execute("SELECT id, last_seq FROM local_device").fetchone()
    seq = last + 1
    rows = [
        (device, seq, seq, 1 << 40, "drone", DRONE, '{"deleted":false,"model":"X"}'),
        (device, seq + 1, seq, 1 << 40, "area", area_id, '{"flood_zone":"B","notes":"ny"}'),
    ]
    conn.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    seen = dict(conn.execute("SELECT device_id, contiguous_seq FROM device_knowledge"))
    seen = {d: s for d, s in seen.items() if s}
    conn.execute(
        "INSERT INTO change_tx VALUES (?, ?, ?, ?, ?)",
        (device, seq, seq + 1, 1 << 40, json.dumps(seen, sort_keys=True)),
    )
    conn.execute("UPDATE local_device SET last_seq = ?", (seq + 1,))
    conn.execute(
        "UPDATE device_knowledge SET contiguous_seq = ? WHERE device_id = ?", (seq + 1, device)
    )
    conn.commit()
    conn.close()
    newer = open_database(tmp_path / "newer.sqlite")
    send(newer, old, tmp_path / "1")
    assert areas.get_area(old, area_id).notes == "ny"
    send(old, third, tmp_path / "2")
    conn = sqlite3.connect(tmp_path / "third.sqlite")
    kept = conn.execute("SELECT data FROM change WHERE entity = 'drone'").fetchall()
    field = conn.execute("SELECT data FROM change WHERE data LIKE '%flood_zone%'").fetchall()
    conn.close()
    assert kept == [('{"deleted":false,"model":"X"}',)]
    assert field == [('{"flood_zone":"B","notes":"ny"}',)]
    newer.close()


def test_out_of_order_packages_wait_for_their_parents(replica: Make, tmp_path: Path) -> None:
    """A child's package before its parent's: held (reported missing), applied when it comes."""
    a, b = replica("a"), replica("b")
    area_id, _ = areas.create_area(a, {"name": "Norr"})
    first = export_package(a, tmp_path).path
    contacts.add_contact(a, {"area_id": area_id, "name": "Anna"})
    second = export_package(a, tmp_path).path
    assert first and second
    report = import_file(b, second)
    assert report.new_changes == 1 and report.applied_changes == 0
    messages = sync_status(b).missing_messages()
    assert any("not yet received" in m and "from a" in m for m in messages), messages
    import_file(b, first)
    assert transfer.export_text(a) == transfer.export_text(b)
    assert sync_status(b).missing_messages() == []


def test_own_changes_come_back_after_restore_from_backup(replica: Make, tmp_path: Path) -> None:
    """A laptop's database copied back from an old file: its office returns its later changes
    (only the office may carry a laptop's own changes back to it), numbering continues."""
    a, office = replica("a", sqlite=True), replica("office")
    set_role(office, "office")
    provision(office, a)
    areas.create_area(a, {"name": "Norr"})
    a.close()
    backup = (tmp_path / "a.sqlite").read_bytes()
    a = open_database(tmp_path / "a.sqlite")
    areas.create_area(a, {"name": "Syd"})
    send(a, office, tmp_path / "out")
    a.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp_path / 'a.sqlite'}{suffix}").unlink(missing_ok=True)
    (tmp_path / "a.sqlite").write_bytes(backup)
    a = open_database(tmp_path / "a.sqlite")
    send(office, a, tmp_path / "back")
    assert areas.count_areas(a) == 2
    areas.create_area(a, {"name": "Väst"})  # numbering continues after the returned changes
    send(a, office, tmp_path / "again")
    assert transfer.export_text(a) == transfer.export_text(office)
    a.close()


def test_assignment_to_a_concurrently_deleted_contact_is_a_review_item(
    replica: Make, tmp_path: Path
) -> None:
    a, b = replica("a"), replica("b")
    area_id, _ = areas.create_area(a, {"name": "Norr"})
    contact_id, _ = contacts.add_contact(a, {"area_id": area_id, "name": "Anna"})
    role_id = roles.list_roles(a)[0].id
    send(a, b, tmp_path)
    contacts.delete_contact(a, contact_id)
    roles.assign_role(b, area_id, role_id, contact_id)
    exchange(a, b, tmp_path)
    items = [c for c in list_conflicts(a) if c.kind == "reference"]
    assert [c.as_json() for c in items] == [
        c.as_json() for c in list_conflicts(b) if c.kind == "reference"
    ]
    [item] = items
    assert (item.label, item.winner.value) == ("Anna", contact_id)
    resolve(a, "role_assignment", item.row_id, "deleted", True)
    exchange(a, b, tmp_path)
    assert list_conflicts(a) == list_conflicts(b) == []
