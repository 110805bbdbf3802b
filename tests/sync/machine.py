"""A Hypothesis state machine of three or more replicas exchanging package files.

Used by test_convergence.py (correct merge rule, must pass) and by the mutant tests (deliberately
broken rules, must fail). Edits go through UnitOfWork exactly as the services do; packages are
delivered in random order, duplicated, truncated and bit-flipped; damaged ones must be refused and
change nothing. At teardown every replica receives every change, and we assert byte-identical
export-json, identical conflict lists, no lost change, no lost edit, and causality.
"""

from __future__ import annotations

import contextlib
import json
import random
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from tests.dbtools import rows
from tests.sync.trust import peers
from trygghetsapp.domain.hlc import HybridClock, wall_clock_ms
from trygghetsapp.services import transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.store.codec import canonical_json
from trygghetsapp.store.derived import derive_due_date
from trygghetsapp.store.models import (
    Area,
    Contact,
    CrisisRole,
    EquipmentItem,
    RoleAssignment,
    SafetyPoint,
    SyncedRow,
)
from trygghetsapp.store.uow import UnitOfWork
from trygghetsapp.sync.conflicts import list_conflicts

if TYPE_CHECKING:
    from tests.pg import PgServer
from trygghetsapp.sync.exporter import export_package
from trygghetsapp.sync.importer import import_file
from trygghetsapp.sync.reader import PackageError

DAY_MS = 24 * 3600 * 1000
SKEWS = (0, 3 * DAY_MS, -DAY_MS, 2 * 3600 * 1000)
"""Replica clock offsets: +3 days is beyond the 24 h clamp, so it is flagged, not followed."""

EDITABLE: dict[type[SyncedRow], tuple[str, ...]] = {
    Area: ("notes", "local_group"),
    SafetyPoint: ("notes", "address"),
    EquipmentItem: ("notes", "location", "quantity"),
    Contact: ("notes", "email"),
    RoleAssignment: ("rank",),
}
VALUES: dict[str, Any] = {
    "quantity": st.sampled_from([1.0, 2.0, 5.0]),
    "rank": st.integers(0, 2),
    "email": st.sampled_from(["", "anna@example.se", "bo@example.se"]),
}
"""Values in the form the app stores them (edits here go straight through the unit of work, and
the import checks every value a package carries)."""
TEXT = st.sampled_from(["", "a", "b", "Åsa ö"])
INVALID = {
    "infinity": '{"area_km2":Infinity}',
    "nan": '{"area_km2":NaN}',
    "text_for_number": '{"area_km2":"tre"}',
    "nul": '{"notes":"a\\u0000b"}',
    "control": '{"name":"No\\u0007rr"}',
    "too_long": '{"notes":"' + "x" * 10_001 + '"}',
    "newer_field_infinite": '{"flood_depth":1e999}',
}
"""Values no door of the app stores, as a change's data text (the area's fields)."""


def skewed(offset: int) -> Any:
    return lambda: wall_clock_ms() + offset


class SyncMachine(RuleBasedStateMachine):
    replicas_count = 3
    server: PgServer | None = None
    """Set (tests/sync/test_convergence.py): replica 0 is a database on this PostgreSQL server
    (an office on PostgreSQL exchanging with SQLite replicas), the others SQLite files."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        self.pool = self.tmp / "pool"
        self.pool.mkdir()
        self.dbs: list[Database] = []
        self.urls: list[str] = []
        for index in range(self.replicas_count):
            location: Path | str = self.tmp / f"r{index}.sqlite"
            if index == 0 and self.server is not None:
                location = self.server.new_database("machine")
                self.urls.append(location)
            database = open_database(
                location, device_name=f"Dator {index}", anchor=self.tmp / f"r{index}" / "office"
            )
            database.clock = HybridClock(last=database.clock.last, wall=skewed(SKEWS[index]))
            self.dbs.append(database)
        peers(*self.dbs)  # each replica enrolled every other one's card
        self.ids: dict[type[SyncedRow], list[str]] = {m: [] for m in EDITABLE}
        self.packages: list[Path] = []
        self.counter = 0
        self.hostile = 0
        """Hostile packages delivered (issue 15's rules)."""
        self.rng = random.Random(0)

    # --- helpers -------------------------------------------------------------------------------

    def _db(self, index: int) -> Database:
        return self.dbs[index % len(self.dbs)]

    def _pick(self, model: type[SyncedRow], index: int) -> str | None:
        ids = self.ids[model]
        return ids[index % len(ids)] if ids else None

    def _live(self, database: Database, model: type[SyncedRow], row_id: str | None) -> bool:
        if row_id is None:
            return False
        with UnitOfWork(database) as uow:
            row = uow.session.get(model, row_id)
            return row is not None and not row.deleted

    def _add(self, database: Database, model: type[SyncedRow], values: dict[str, Any]) -> None:
        with UnitOfWork(database) as uow:
            row = uow.add(model, values)
            if model is EquipmentItem:
                row.due_date = derive_due_date(values)["due_date"]
            self.ids[model].append(row.id)
            if model in (Area, SafetyPoint):
                self._refresh(uow, row)

    def _refresh(self, uow: UnitOfWork, row: Any) -> None:
        from trygghetsapp.store.derived import refresh_search_text

        uow.session.flush()
        refresh_search_text(uow, row.id if isinstance(row, Area) else row.area_id)

    # --- rules ---------------------------------------------------------------------------------

    @initialize()
    def seed(self) -> None:
        """Replica 0 makes a small register, then everyone gets it (the office provisioning)."""
        first = self.dbs[0]
        self._add(first, Area, {"name": "Norr", "villages": ["By"]})
        self._add(
            first, SafetyPoint, {"area_id": self.ids[Area][0], "name": "Skolan", "kind": "school"}
        )
        self._add(
            first,
            EquipmentItem,
            {"safety_point_id": self.ids[SafetyPoint][0], "category": "other", "name": "Radio"},
        )
        self._add(first, Contact, {"area_id": self.ids[Area][0], "name": "Gunilla"})
        self._assign(first, 0, 0, 0)
        package = export_package(first, self.pool, full=True).path
        assert package is not None
        for other in self.dbs[1:]:
            import_file(other, package)

    def _assign(self, database: Database, area: int, contact: int, role: int) -> None:
        area_id = self._pick(Area, area)
        contact_id = self._pick(Contact, contact)
        if not (self._live(database, Area, area_id) and self._live(database, Contact, contact_id)):
            return
        with UnitOfWork(database) as uow:
            roles = sorted(
                uow.session.scalars(
                    CrisisRole.__table__.select().with_only_columns(CrisisRole.__table__.c.id)
                )
            )
        self._add(
            database,
            RoleAssignment,
            {
                "area_id": area_id,
                "contact_id": contact_id,
                "role_id": roles[role % len(roles)],
                "rank": 0,
            },
        )

    @rule(r=st.integers(0, 9), name=st.sampled_from(["Syd", "Öst"]))
    def create_area(self, r: int, name: str) -> None:
        self._add(self._db(r), Area, {"name": name})

    @rule(r=st.integers(0, 9), parent=st.integers(0, 99))
    def create_point(self, r: int, parent: int) -> None:
        area = self._pick(Area, parent)
        if self._live(self._db(r), Area, area):
            self._add(
                self._db(r), SafetyPoint, {"area_id": area, "name": "Kyrkan", "kind": "church_hall"}
            )

    @rule(r=st.integers(0, 9), parent=st.integers(0, 99))
    def create_equipment(self, r: int, parent: int) -> None:
        point = self._pick(SafetyPoint, parent)
        if self._live(self._db(r), SafetyPoint, point):
            self._add(
                self._db(r),
                EquipmentItem,
                {"safety_point_id": point, "category": "other", "name": "Lampa"},
            )

    @rule(
        r=st.integers(0, 9),
        area=st.integers(0, 99),
        contact=st.integers(0, 99),
        role=st.integers(0, 20),
    )
    def assign_role(self, r: int, area: int, contact: int, role: int) -> None:
        self._assign(self._db(r), area, contact, role)

    @rule(
        data=st.data(),
        r=st.integers(0, 9),
        model=st.sampled_from(sorted(EDITABLE, key=str)),
        index=st.integers(0, 99),
    )
    def edit(self, data: st.DataObject, r: int, model: type[SyncedRow], index: int) -> None:
        field = data.draw(st.sampled_from(EDITABLE[model]))
        value = data.draw(VALUES.get(field, TEXT))
        row_id = self._pick(model, index)
        database = self._db(r)
        if not self._live(database, model, row_id):
            return
        with UnitOfWork(database) as uow:
            row = uow.session.get(model, row_id)
            assert row is not None
            uow.set(row, {field: value})

    @rule(
        r=st.integers(0, 9),
        model=st.sampled_from(sorted(EDITABLE, key=str)),
        index=st.integers(0, 99),
        deleted=st.booleans(),
    )
    def delete_or_restore(self, r: int, model: type[SyncedRow], index: int, deleted: bool) -> None:
        row_id = self._pick(model, index)
        if row_id is None:
            return
        with UnitOfWork(self._db(r)) as uow:
            row = uow.session.get(model, row_id)
            if row is None:
                return
            uow.set(row, {"deleted": deleted})
            if model in (Area, SafetyPoint):
                self._refresh(uow, row)

    @rule(r1=st.integers(0, 9), r2=st.integers(0, 9), index=st.integers(0, 99), note=TEXT)
    def delete_parent_while_child_edited(self, r1: int, r2: int, index: int, note: str) -> None:
        """One replica deletes a safety point while another edits its equipment."""
        item_id = self._pick(EquipmentItem, index)
        if item_id is None or r1 % len(self.dbs) == r2 % len(self.dbs):
            return
        with UnitOfWork(self._db(r1)) as uow:
            item = uow.session.get(EquipmentItem, item_id)
            point = uow.session.get(SafetyPoint, item.safety_point_id) if item else None
            if point is not None and not point.deleted:
                uow.set(point, {"deleted": True})
                self._refresh(uow, point)
        self.edit_row(self._db(r2), EquipmentItem, item_id, "notes", note)

    def edit_row(
        self, database: Database, model: type[SyncedRow], row_id: str, field: str, value: Any
    ) -> None:
        with UnitOfWork(database) as uow:
            row = uow.session.get(model, row_id)
            if row is not None and not row.deleted:
                uow.set(row, {field: value})

    @rule(r=st.integers(0, 9), full=st.booleans())
    def export(self, r: int, full: bool) -> None:
        path = export_package(self._db(r), self.pool, full=full).path
        if path is not None:
            self.packages.append(path)

    @precondition(lambda self: self.packages)
    @rule(r=st.integers(0, 9), index=st.integers(0, 999), twice=st.booleans())
    def deliver(self, r: int, index: int, twice: bool) -> None:
        database = self._db(r)
        path = self.packages[index % len(self.packages)]
        import_file(database, path)
        if twice:
            before = transfer.export_text(database)
            conflicts = _conflicts(database)
            report = import_file(database, path)
            assert report.new_changes == 0
            assert transfer.export_text(database) == before, "re-import changed the data"
            assert _conflicts(database) == conflicts

    @precondition(lambda self: self.packages)
    @rule(
        r=st.integers(0, 9),
        index=st.integers(0, 999),
        cut=st.floats(0.0, 0.999),
        flip=st.one_of(st.none(), st.floats(0.0, 0.999)),
        salvage=st.booleans(),
    )
    def deliver_damaged(
        self, r: int, index: int, cut: float, flip: float | None, salvage: bool
    ) -> None:
        database = self._db(r)
        source = self.packages[index % len(self.packages)]
        raw = bytearray(source.read_bytes())
        if flip is not None:
            raw[int(flip * len(raw))] ^= 0x24
        else:
            raw = raw[: int(cut * len(raw))]
        self.counter += 1
        damaged = self.tmp / f"damaged-{self.counter}.tsync"
        damaged.write_bytes(bytes(raw))
        before = transfer.export_text(database)
        conflicts = _conflicts(database)
        if salvage:
            # Salvage may apply the lines the signed list of line checksums vouches for; an
            # unreadable header, a truncation or a damaged checksum is refused even then.
            with contextlib.suppress(PackageError):
                import_file(database, damaged, salvage=True)
            return
        try:
            import_file(database, damaged)
        except PackageError:
            pass
        else:
            raise AssertionError(f"damaged package was accepted (cut={cut}, flip={flip})")
        assert transfer.export_text(database) == before, "a refused package changed the data"
        assert _conflicts(database) == conflicts

    @precondition(lambda self: self.ids[Area])
    @rule(
        signer=st.integers(0, 9),
        victim=st.integers(0, 9),
        at=st.integers(0, 9),
        index=st.integers(0, 99),
    )
    def deliver_forged_origin(self, signer: int, victim: int, at: int, index: int) -> None:
        """An enrolled replica signs, with its real key, an edit labelled as another replica
        with that replica's next number (issue 15): the target leaves it out."""
        others = [d for d in self.dbs if d is not self._db(signer)]
        self.hostile += 1
        self._hostile(signer, others[victim % len(others)], at, index, '{"notes":"förfalskad"}')

    @precondition(lambda self: self.ids[Area])
    @rule(
        signer=st.integers(0, 9),
        at=st.integers(0, 9),
        index=st.integers(0, 99),
        invalid=st.sampled_from(sorted(INVALID)),
    )
    def deliver_invalid_value(self, signer: int, at: int, index: int, invalid: str) -> None:
        """An enrolled replica signs, with its real key, its own next change holding a value no
        door of the app stores (issue 15): the target refuses the package whole."""
        self.hostile += 1
        self._hostile(signer, self._db(signer), at, index, INVALID[invalid])

    def _hostile(self, signer: int, labelled: Database, at: int, index: int, data: str) -> None:
        """Forge and deliver; the target's log, data and conflicts must stay as they were (and
        at teardown the labelled replica's genuine change with the same number is still taken
        everywhere: the logs are compared)."""
        from tests.sync.forge import edit, forge, vector

        author, database = self._db(signer), self._db(at)
        area_id = self._pick(Area, index)
        assert area_id is not None
        device, last = rows(labelled, "SELECT id, last_seq FROM local_device")[0]
        change, tx = edit(device, last + 1, "area", area_id, data, vector(database))
        self.counter += 1
        package = forge(author, self.tmp / f"hostile-{self.counter}", [change], [tx])
        forged_origin = labelled is not author
        before = (_log(database), transfer.export_text(database), _conflicts(database))
        try:
            import_file(database, package)
        except PackageError:
            assert not forged_origin, "a package was refused for another device's change"
        else:
            assert forged_origin, f"an invalid value was accepted ({data[:40]})"
        after = (_log(database), transfer.export_text(database), _conflicts(database))
        assert after == before, "a hostile package changed the replica"

    @rule(r=st.integers(0, 9), pick=st.integers(0, 99), loser=st.booleans())
    def resolve_conflict(self, r: int, pick: int, loser: bool) -> None:
        from trygghetsapp.sync.conflicts import resolve

        database = self._db(r)
        conflicts = list_conflicts(database)
        if not conflicts:
            return
        conflict = conflicts[pick % len(conflicts)]
        if conflict.kind == "delete":
            resolve(database, conflict.entity, conflict.row_id, "deleted", loser)
        elif conflict.kind == "reference":  # remove the assignment of the deleted contact
            resolve(database, conflict.entity, conflict.row_id, "deleted", True)
        else:
            value = conflict.losers[0].value if loser else conflict.winner.value
            resolve(database, conflict.entity, conflict.row_id, conflict.field, value)
        after = [
            c
            for c in list_conflicts(database)
            if (c.entity, c.row_id, c.field) == (conflict.entity, conflict.row_id, conflict.field)
        ]
        assert after == [], "a resolved conflict is still open on the replica that resolved it"

    # --- teardown: full exchange and the properties ---------------------------------------------

    def teardown(self) -> None:
        try:
            self._final_checks()
        finally:
            for database in self.dbs:
                database.close()
            if self.server is not None:
                for url in self.urls:
                    self.server.drop(url)
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _final_checks(self) -> None:
        fulls = []
        for database in self.dbs:
            path = export_package(database, self.pool, full=True).path
            assert path is not None
            fulls.append(path)
        for index, database in enumerate(self.dbs):
            others = [p for i, p in enumerate(fulls) if i != index]
            self.rng.shuffle(others)
            for path in others:
                import_file(database, path)
        texts = [transfer.export_text(d) for d in self.dbs]
        lists = [_conflicts(d) for d in self.dbs]
        for database, text, conflicts in zip(self.dbs, texts, lists, strict=True):
            _check_registers(database, json.loads(text), conflicts)
        for index, text in enumerate(texts[1:], 1):
            assert text == texts[0], f"replicas diverged: export-json of 0 and {index} differ"
        for index, conflicts in enumerate(lists[1:], 1):
            assert conflicts == lists[0], f"replicas diverged: conflicts of 0 and {index} differ"
        logs = [_log(d) for d in self.dbs]
        for index, log in enumerate(logs[1:], 1):
            assert log == logs[0], f"change lost: logs of 0 and {index} differ"


def _conflicts(database: Database) -> list[dict[str, Any]]:
    return [c.as_json() for c in list_conflicts(database)]


def _log(database: Database) -> list[tuple[Any, ...]]:
    return rows(
        database,
        "SELECT device_id, seq, tx_seq, hlc, entity, row_id, data FROM change "
        "ORDER BY device_id, seq",
    )


def _check_registers(database: Database, export: dict[str, Any], conflicts: list[Any]) -> None:
    """Independent oracle over the raw log: the shown value of every field of every live record
    is a leaf (no edit lost to one it had seen), and every other distinct leaf value is listed
    as a losing value of a conflict (no edit lost silently)."""
    seen = {
        (d, x): json.loads(s)
        for d, x, s in rows(database, "SELECT device_id, tx_seq, seen FROM change_tx")
    }
    writes: dict[tuple[str, str, str], list[tuple[str, int, Any, dict[str, int]]]] = {}
    for device, seq, tx_seq, entity, row_id, data in rows(
        database, "SELECT device_id, seq, tx_seq, entity, row_id, data FROM change"
    ):
        for name, value in json.loads(data).items():
            writes.setdefault((entity, row_id, name), []).append(
                (device, seq, value, seen[(device, tx_seq)])
            )
    listed: dict[tuple[str, str, str], set[str]] = {}
    for conflict in conflicts:
        key = (conflict["entity"], conflict["row_id"], conflict["field"])
        for loser in conflict["losers"]:
            if conflict["kind"] == "value":
                listed.setdefault(key, set()).add(canonical_json(loser["value"]))
    entity_of = {k: transfer.EXPORT_KEYS[k].__table__.name for k in transfer.EXPORT_KEYS}  # type: ignore[attr-defined]
    for key, records in export.items():
        entity = entity_of[key]
        for record in records:
            for name, value in record.items():
                if name == "id":
                    continue
                register = writes.get((entity, record["id"], name), [])
                leaves = [
                    w
                    for w in register
                    if not any(
                        (o[0] == w[0] and o[1] > w[1])
                        or (o[0] != w[0] and o[3].get(w[0], 0) >= w[1])
                        for o in register
                    )
                ]
                shown = canonical_json(value)
                leaf_values = {canonical_json(w[2]) for w in leaves}
                assert shown in leaf_values, (
                    f"an edit lost to one it had seen: {entity} {record['id']} {name} shows "
                    f"{shown}, leaves are {sorted(leaf_values)}"
                )
                missing = leaf_values - {shown} - listed.get((entity, record["id"], name), set())
                assert not missing, (
                    f"edit lost silently: {entity} {record['id']} {name} values {missing} are "
                    f"neither shown nor listed as conflicts"
                )
