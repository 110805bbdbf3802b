"""Every value checked on import (issue 15, item 2; docs/sync.md, "Every value checked").

A laptop enrolled at the office (its real key, a valid signature) sends packages holding the
invalid values the issue found applied and relayed: `Infinity`, `1e999`, a quantity of "tre",
NUL and control characters, an over-long and a 10 MB notes field, and the same values in a
field or an entity this version does not know. Each package is refused whole: the office's log,
database and export-json stay as they were (also a valid change in the same package is not
applied), the export re-imports, and the laptop's genuine next package is applied as usual.

`test_without_the_check_the_values_get_in` plants the bug (the check switched off) and shows
what the first test would then see: the value applied and an export-json that no longer
imports.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import OpenDatabase
from tests.dbtools import rows
from tests.sync.forge import edit, forge, identity, last_seq, vector
from tests.sync.trust import provision
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import areas, equipment, safety_points, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync import importer, validate
from trygghetsapp.sync.api import PackageError, import_file, set_role, sync_now, sync_status

NEW_ID = "01a2464a-0000-7000-8000-0000000000aa"


@pytest.fixture
def pair(
    tmp_path: Path, open_db: OpenDatabase
) -> Iterator[tuple[Database, Database, dict[str, str], Path]]:
    """The office on the test's backend, the laptop a SQLite file."""
    office = open_db("kontor/db", device_name="Kontoret")
    set_role(office, "office")
    laptop = open_database(tmp_path / "falt" / "db.sqlite", device_name="Fältdator 1")
    provision(office, laptop)
    area_id, _ = areas.create_area(laptop, {"name": "Valsjöbyn"})
    point_id, _ = safety_points.create_safety_point(
        laptop, {"area_id": area_id, "name": "Skolan", "kind": "school"}
    )
    item_id, _ = equipment.add_equipment(
        laptop, {"safety_point_id": point_id, "category": "other", "name": "Lampa"}
    )
    folder = tmp_path / "delad"
    folder.mkdir()
    for database in (laptop, office):
        sync_now(database, folder)
    ids = {"area": area_id, "safety_point": point_id, "equipment_item": item_id}
    yield office, laptop, ids, folder
    laptop.close()


CASES: dict[str, tuple[str, str, str]] = {
    # name: (entity, field, the data text as it travels; {id} is filled in)
    "infinity": ("equipment_item", "quantity", '{"quantity":Infinity}'),
    "1e999": ("equipment_item", "quantity", '{"quantity":1e999}'),
    "nan": ("equipment_item", "quantity", '{"quantity":NaN}'),
    "negative": ("equipment_item", "quantity", '{"quantity":-1}'),
    "tre": ("equipment_item", "quantity", '{"quantity":"tre"}'),
    "nul": ("area", "name", '{"name":"Vals\\u0000jöbyn"}'),
    "bell": ("area", "name", '{"name":"Vals\\u0007jöbyn"}'),
    "escape in notes": ("area", "notes", '{"notes":"a\\u001b[2Jb"}'),
    "lone surrogate": ("area", "notes", '{"notes":"a\\ud800b"}'),
    "unstripped": ("area", "name", '{"name":" Valsjöbyn"}'),
    "over-long notes": ("area", "notes", '{"notes":"' + "x" * 20_000 + '"}'),
    "10 MB notes": ("area", "notes", '{"notes":"' + "x" * 10_000_000 + '"}'),
    "empty name": ("area", "name", '{"name":""}'),
    "kind not in catalogue": ("safety_point", "kind", '{"kind":"church"}'),
    "reference not an id": ("safety_point", "area_id", '{"area_id":"nowhere"}'),
    "deleted not a flag": ("area", "deleted", '{"deleted":"yes"}'),
    "data not an object": ("area", "data", "[1,2]"),
    "newer app's field": ("area", "flood_depth", '{"flood_depth":Infinity}'),
    "newer app's entity": ("drone", "range_km", '{"range_km":-Infinity}'),
}


def _log(database: Database) -> list[tuple[Any, ...]]:
    return rows(
        database,
        "SELECT device_id, seq, tx_seq, hlc, entity, row_id, data FROM change "
        "ORDER BY device_id, seq",
    )


def _reimports(database: Database, tmp_path: Path) -> None:
    """export-json's output imports into a fresh database (raises if not)."""
    out = tmp_path / "export.json"
    transfer.export_to_file(database, out)
    fresh = open_database(tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}.sqlite")
    try:
        transfer.import_file(fresh, out, backup_first=False)
    finally:
        fresh.close()


def _package(office: Database, laptop: Database, ids: dict[str, str], case: str, out: Path) -> Path:
    entity, _field, data = CASES[case]
    row = ids.get(entity, NEW_ID)
    me, seq, seen = identity(laptop).id, last_seq(laptop) + 1, vector(office)
    valid = edit(me, seq, "area", ids["area"], {"notes": "giltig"}, seen)
    invalid = edit(me, seq + 1, entity, row, data, seen)
    # Both in one transaction: a valid change first, then the invalid one.
    tx = (me, seq, seq + 1, invalid[1][3], invalid[1][4])
    changes = [valid[0], (*invalid[0][:2], seq, *invalid[0][3:])]
    return forge(laptop, out, changes, [tx])


@pytest.mark.parametrize("case", list(CASES))
def test_an_invalid_value_refuses_the_package_whole(
    pair: tuple[Database, Database, dict[str, str], Path], tmp_path: Path, case: str
) -> None:
    office, laptop, ids, folder = pair
    package = _package(office, laptop, ids, case, tmp_path / "sticka")
    log, text = _log(office), transfer.export_text(office)
    with pytest.raises(PackageError) as refused:
        import_file(office, package)
    message = refused.value.message("en")
    assert any(w in message for w in ("invalid value", "longer than", "invalid JSON")), message
    assert _log(office) == log
    assert transfer.export_text(office) == text
    _reimports(office, tmp_path)
    # The laptop's genuine next package (the same numbers the forged one claimed) is applied.
    areas.update_area(laptop, ids["area"], {"notes": "äkta"})
    sync_now(laptop, folder)
    assert sync_now(office, folder).refused == []
    assert areas.get_area(office, ids["area"]).notes == "äkta"
    _reimports(office, tmp_path)


@pytest.mark.parametrize("hlc", [0, None])
def test_an_invalid_value_held_back_by_causal_order_is_refused_too(
    pair: tuple[Database, Database, dict[str, str], Path], tmp_path: Path, hlc: int | None
) -> None:
    """A change that says it had seen a change nobody holds is held back, not materialised;
    its value is checked all the same (also with a zero clock), so it cannot wait in the log
    for its turn and be applied unchecked later."""
    office, laptop, ids, _folder = pair
    seen = {**vector(office), "01a2464a-0000-7000-8000-00000000beef": 3}
    change, tx = edit(
        identity(laptop).id,
        last_seq(laptop) + 1,
        "equipment_item",
        ids["equipment_item"],
        '{"quantity":Infinity}',
        seen,
        hlc=hlc,
    )
    package = forge(laptop, tmp_path / "sticka", [change], [tx])
    log = _log(office)
    with pytest.raises(PackageError, match="invalid value"):
        import_file(office, package)
    assert _log(office) == log


def test_device_names_outside_the_rules_are_not_recorded(
    pair: tuple[Database, Database, dict[str, str], Path], tmp_path: Path
) -> None:
    """Names travel in the header (every package names its devices); one with a control
    character or over 80 characters is not recorded: status shows the last good name."""
    office, laptop, _ids, _folder = pair
    me = identity(laptop)
    for bad in ("Ond\u0007dator", "x" * 81, " Fältdator 1", 7):
        header = {"device": {"id": me.id, "name": bad, "role": "field"}, "devices": {me.id: bad}}
        import_file(office, forge(laptop, tmp_path / "sticka", [], [], header=header))
        names = {d.name for d in sync_status(office).devices}
        assert "Fältdator 1" in names and bad not in names, names


def test_without_the_check_the_values_get_in(
    pair: tuple[Database, Database, dict[str, str], Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The planted bug: with the check switched off, the test above fails: the infinite
    quantity is applied, and the export it makes can no longer be imported."""

    class NoCheck(validate.NewChanges):
        def values(self, rowid: int, entity: str, row_id: str, data: Any) -> None:
            return None

        def text(self, rowid: int, entity: str, row_id: str, data: str) -> None:
            return None

    monkeypatch.setattr(importer, "NewChanges", NoCheck)
    office, laptop, ids, _folder = pair
    log = _log(office)
    import_file(office, _package(office, laptop, ids, "infinity", tmp_path / "sticka"))
    assert _log(office) != log
    assert "Infinity" in transfer.export_text(office)
    with pytest.raises((DomainError, ValueError)):
        _reimports(office, tmp_path)
