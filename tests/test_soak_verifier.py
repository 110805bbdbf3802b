"""The soak's verifier catches what the old soak missed: a half-applied import and a torn backup.

The cheap version of bench/mutate_soak.py: the states a planted bug leaves behind are made
directly (an import of the first sections only; a backup truncated at its final name), and the
plants themselves are checked to do what they claim on today's code.
"""

import importlib.util
import json
import sys
import types
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from tools.devtools import crash_verify, import_sequence
from tools.devtools.crash_verify import Promise
from trygghetsapp.services import areas, backups, equipment, transfer
from trygghetsapp.services.database import open_database
from trygghetsapp.services.safety_points import create_safety_point

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sequence(tmp_path_factory):
    return import_sequence.prepare(tmp_path_factory.mktemp("imports"), 3)


@pytest.fixture
def database(tmp_path):
    database = open_database(tmp_path / "trial.sqlite")
    yield database
    database.close()


def kinds(findings):
    return [finding.kind for finding in findings]


def content(database, promise, sequence, next_begun=False, deleting=None):
    database.store.engine.dispose()
    engine = crash_verify.open_read_only(database.path)
    try:
        return crash_verify.verify_content(
            engine, promise, sequence, "database", next_begun, deleting
        )
    finally:
        engine.dispose()


def import_sections(database, document: Path, keys, folder: Path) -> None:
    """What a per-section import leaves when killed after `keys` committed."""
    data = json.loads(document.read_text(encoding="utf-8"))
    part = folder / "part.json"
    part.write_text(json.dumps({key: data[key] for key in keys}), encoding="utf-8")
    transfer.import_file(database, part, backup_first=False)


def test_every_document_changes_records_in_several_sections(sequence):
    assert len(sequence.documents) == 3
    for new, changed, _left_out in sequence.summary:
        assert new >= 4 and changed >= 9
    before, after = sequence.state_after(1), sequence.state_after(2)
    changed_ids = {i for i in after if before.get(i) != after[i]}
    sections = {key for key, ids in sequence.ids_up_to(2).items() if ids & changed_ids}
    assert len(sections) >= 8, sections


def test_whole_imports_pass_and_a_half_applied_one_is_reported(sequence, database, tmp_path):
    assert content(database, Promise(imports=0), sequence) == []
    transfer.import_file(database, sequence.documents[0], backup_first=False)
    assert content(database, Promise(imports=1), sequence) == []
    # Killed after committing only the first sections of the next document.
    import_sections(database, sequence.documents[1], ["municipalities", "areas"], tmp_path)
    findings = content(database, Promise(imports=1), sequence, next_begun=True)
    assert kinds(findings) == [crash_verify.HALF_APPLIED]
    assert "(areas, municipalities)" in findings[0].text
    # The rest committed as well: whole, though unacknowledged, which is allowed.
    transfer.import_file(database, sequence.documents[1], backup_first=False)
    assert content(database, Promise(imports=1), sequence, next_begun=True) == []
    # Without a next import begun, a later state than acknowledged is not explained either.
    assert kinds(content(database, Promise(imports=1), sequence)) == [crash_verify.HALF_APPLIED]
    assert content(database, Promise(imports=2), sequence) == []


def test_a_deleted_imported_item_stays_deleted_until_a_document_revives_it(sequence, database):
    transfer.import_file(database, sequence.documents[0], backup_first=False)
    promise = Promise()
    promise.acknowledge("import", {"document": 0}, sequence)
    document = json.loads(sequence.documents[0].read_text(encoding="utf-8"))
    referenced = {f["equipment_id"] for f in document["inspection_findings"]}
    revived = next(
        i["id"] for i in document["equipment"] if i["id"] in sequence.in_document(1) - referenced
    )
    equipment.delete_equipment(database, revived)
    assert kinds(content(database, promise, sequence)) == [crash_verify.HALF_APPLIED]
    promise.acknowledge("equipment", {"deleted": revived})
    assert content(database, promise, sequence) == []
    another = next(i["id"] for i in document["equipment"] if i["id"] not in referenced | {revived})
    equipment.delete_equipment(database, another)
    # Killed after the deletion committed, before its acknowledgement: allowed, and only then.
    assert content(database, promise, sequence, deleting=another) == []
    assert kinds(content(database, promise, sequence)) == [crash_verify.HALF_APPLIED]
    equipment.restore_equipment(database, another)
    equipment.restore_equipment(database, revived)  # the acknowledged deletion did not hold
    assert kinds(content(database, promise, sequence)) == [crash_verify.LOST]
    equipment.delete_equipment(database, revived)
    transfer.import_file(database, sequence.documents[1], backup_first=False)
    assert content(database, promise, sequence, next_begun=True) == []  # revived, unacknowledged
    promise.acknowledge("import", {"document": 1}, sequence)
    assert content(database, promise, sequence) == []
    assert promise.deleted == set()


def test_a_lost_edit_is_reported(sequence, database):
    area_id, _ = areas.create_area(database, {"name": "Krasch"})
    promise = Promise(areas={area_id, "00000000-0000-4000-8000-000000000000"})
    promise.equipment["00000000-0000-4000-8000-000000000001"] = {"name": "Sak 1"}
    findings = content(database, promise, sequence)
    assert kinds(findings) == [crash_verify.LOST, crash_verify.LOST]


def acknowledged_edit(database):
    """A setup area with one equipment item, as the workload acknowledges them."""
    area_id, _ = areas.create_area(database, {"name": "Krasch"})
    point_id, _ = create_safety_point(database, {"area_id": area_id, "name": "P", "kind": "shop"})
    fields = {"name": "Sak 1", "quantity": 1.0}
    item_id, _ = equipment.add_equipment(database, {"safety_point_id": point_id, **fields})
    promise = Promise(areas={area_id})
    promise.acknowledge("equipment", {"id": item_id, "fields": fields})
    return promise


def test_a_whole_backup_passes_and_a_torn_one_is_reported(sequence, database, tmp_path):
    promise = acknowledged_edit(database)
    path = backups.backup(database)
    assert crash_verify.verify_backup(path, promise, sequence) == []
    torn = path.with_name("torn.sqlite")
    torn.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert kinds(crash_verify.verify_backup(torn, promise, sequence)) == [crash_verify.TORN_BACKUP]
    empty = path.with_name("empty.sqlite")
    empty.write_bytes(b"")
    assert kinds(crash_verify.verify_backup(empty, promise, sequence)) == [crash_verify.TORN_BACKUP]
    assert list(tmp_path.glob("trial-backups/*.sqlite-*")) == []  # read without a trace


def test_a_backup_missing_an_acknowledged_edit_is_reported(sequence, database):
    path = backups.backup(database)
    promise = acknowledged_edit(database)
    assert (
        kinds(crash_verify.verify_backup(path, promise, sequence))
        == [crash_verify.STALE_BACKUP] * 2
    )  # the area and the item


def test_a_pdf_cut_short_is_reported(tmp_path):
    (tmp_path / "whole.pdf").write_bytes(b"%PDF-1.4\n...\n%%EOF\n")
    (tmp_path / "cut.pdf").write_bytes(b"%PDF-1.4\n...")
    findings, count = crash_verify.verify_pdfs(tmp_path, Promise(pdfs=[tmp_path / "gone.pdf"]))
    assert count == 2
    assert kinds(findings) == [crash_verify.TORN_PDF, crash_verify.LOST]


# -- bench/mutate_soak.py: the plants find their functions and do what they say ------------------


@pytest.fixture(scope="module")
def mutate_soak():
    spec = importlib.util.spec_from_file_location("mutate_soak", REPO / "bench" / "mutate_soak.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutate_soak"] = module  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["mutate_soak"]
    return module


def planted_module(mutate_soak, plant) -> types.ModuleType:
    """The planted file loaded as a module of its own (the package keeps the original)."""
    source = (REPO / plant.module).read_text(encoding="utf-8")
    planted = mutate_soak.plant_source(source, plant.function, plant.code)
    module = types.ModuleType(f"planted_{plant.function}")
    exec(compile(planted, plant.module, "exec"), module.__dict__)
    return module


def test_a_plant_fails_loudly_when_its_function_is_gone(mutate_soak):
    with pytest.raises(mutate_soak.PlantError):
        mutate_soak.plant_source("def other():\n    pass\n", "import_file", "")


def test_the_import_plant_commits_one_section_at_a_time(mutate_soak, sequence, database):
    plant = next(p for p in mutate_soak.PLANTS if p.function == "import_file")
    module = planted_module(mutate_soak, plant)
    commits = []

    def count(_session):
        commits.append(1)

    event.listen(Session, "after_commit", count)
    try:
        module.import_file(database, sequence.documents[0], backup_first=False)
    finally:
        event.remove(Session, "after_commit", count)
    assert len(commits) >= 9
    assert content(database, Promise(imports=1), sequence) == []  # whole once all committed


def test_the_backup_plant_copies_plainly_to_the_final_name(mutate_soak, database, tmp_path):
    plant = next(p for p in mutate_soak.PLANTS if p.function == "copy_database")
    module = planted_module(mutate_soak, plant)
    database.store.engine.dispose()
    target = module.copy_database(database.path, tmp_path / "copy.sqlite")
    assert target.read_bytes() == database.path.read_bytes()
    assert not list(tmp_path.glob("copy.sqlite?*"))  # no temporary name, no check, no rename
