"""Issue 17, item 3: the per-area readiness counts kept up to date equal a full recount.

A Hypothesis state machine edits a small register through the services (items, points,
contacts and role assignments, a deputy who is the holder, a role's critical flag, channels,
inspections, area deletes and restores), imports a json export and an xlsx workbook of another
replica, applies that replica's sync packages, and moves the date forward; after every step the
overview's kept counts (`overview.area_gaps`) equal the full recount (`overview.recount_gaps`),
the reference. Without the upkeep at the end of each unit of work the kept rows keep their old
counts and the machine fails within a few steps.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import event as note
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import event, func, select, update

from tests.conftest import BACKENDS, OpenDatabase
from tests.sync.trust import peers
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import (
    areas,
    channels,
    checks,
    contacts,
    equipment,
    inspections,
    overview,
    roles,
    safety_points,
    transfer,
)
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.services.workbook import exporter as workbook_out
from trygghetsapp.services.workbook import importer as workbook_in
from trygghetsapp.store.models import AreaReadiness, Contact, CrisisRole, RoleAssignment
from trygghetsapp.store.uow import UnitOfWork
from trygghetsapp.sync.exporter import export_package
from trygghetsapp.sync.importer import import_file

EXAMPLES = int(os.environ.get("KEPT_EXAMPLES", "20"))
TODAY = dt.date.today()
DAYS = st.integers(-400, 400) | st.integers(-3, 40) | st.integers(-185, -140)
"""Dates around today: checks, due dates and tests that pass while the machine moves on (many
within the next weeks, and channel tests near the end of their interval)."""


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


class KeptCountsMachine(RuleBasedStateMachine):
    make_main: Callable[[Path], Database] | None = None
    """The database under test on the test's backend (set by the test); the other replica is
    always a SQLite file (a field laptop)."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="kept-"))
        assert self.make_main is not None
        self.main = type(self).make_main(self.tmp)  # type: ignore[misc]
        self.other = open_database(
            self.tmp / "other.sqlite", device_name="Fält", anchor=self.tmp / "other" / "office"
        )
        peers(self.main, self.other)
        self.today = TODAY
        self.areas: list[str] = []
        self.points: list[str] = []
        self.items: list[str] = []
        self.contacts: list[str] = []
        self.channels: list[str] = []
        self.packages = 0

    def teardown(self) -> None:
        self.other.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    @staticmethod
    def _pick(ids: list[str], index: int) -> str | None:
        return ids[index % len(ids)] if ids else None

    def _roles(self, database: Database) -> list[str]:
        with UnitOfWork(database) as uow:
            return sorted(uow.session.scalars(select(CrisisRole.id)))

    @initialize()
    def seed(self) -> None:
        for name in ("Norr", "Söder"):
            area_id, _ = areas.create_area(self.main, {"name": name})
            self.areas.append(area_id)
            point, _ = safety_points.create_safety_point(
                self.main, {"area_id": area_id, "name": f"Skolan {name}"}
            )
            self.points.append(point)
            contact, _ = contacts.add_contact(self.main, {"area_id": area_id, "name": "Gunilla"})
            self.contacts.append(contact)
            # States that change within days: an item never checked due in 2 days, one
            # checked and due in 10, a channel whose test runs out in 6.
            for values in (
                {"next_due": day(2)},
                {"last_checked": day(-170), "service_interval_days": 180},
            ):
                item, _ = equipment.add_equipment(
                    self.main,
                    {"safety_point_id": point, "name": "Radio", "category": "other", **values},
                )
                self.items.append(item)
            channel, _ = channels.add_channel(
                self.main, {"area_id": area_id, "identifier": "Facebook", "last_tested": day(-175)}
            )
            self.channels.append(channel)
        self._to_other()

    # --- sync with the other replica -------------------------------------------------------------

    def _package(self, source: Database, target: Database) -> None:
        folder = self.tmp / f"p{self.packages}"
        self.packages += 1
        folder.mkdir()
        path = export_package(source, folder).path
        if path is not None:
            import_file(target, path)
            note("sync package applied")

    def _to_other(self) -> None:
        self._package(self.main, self.other)

    @rule(
        which=st.integers(0, 99),
        condition=st.sampled_from(["ok", "defect", "missing", "needs_service"]),
        checked=st.none() | DAYS,
        same_person=st.booleans(),
    )
    def package_from_the_other_replica(
        self, which: int, condition: str, checked: int | None, same_person: bool
    ) -> None:
        """The field laptop edits an item and a role slot (the holder also as deputy: two
        replicas can merge into that) and its package is applied here."""
        self._to_other()
        item = self._pick(self.items, which)
        if item is not None:
            with _quiet():  # deleted on the laptop's side: nothing to edit
                equipment.update_equipment(
                    self.other,
                    item,
                    {
                        "condition": condition,
                        "last_checked": None if checked is None else day(checked),
                    },
                )
        contact = self._pick(self.contacts, which)
        if contact is not None:
            with UnitOfWork(self.other) as uow:
                row = uow.session.get(Contact, contact)
                live = row is not None and not row.deleted
                area_id = row.area_id if row is not None else None
            if live:
                role = self._roles(self.other)[which % 3]
                with UnitOfWork(self.other) as uow:
                    uow.add(
                        RoleAssignment,
                        {
                            "area_id": area_id,
                            "role_id": role,
                            "contact_id": contact,
                            "rank": 1 if same_person else 0,
                        },
                    )
        self._package(self.other, self.main)

    @rule()
    def json_import_of_the_other_replica(self) -> None:
        """The other replica's export-json read back in (records updated by id)."""
        path = self.tmp / "export.json"
        transfer.export_to_file(self.other, path)
        with _quiet():  # refused as a whole (a record of an area deleted here): nothing written
            transfer.import_file(self.main, path, backup_first=False)
            note("json import applied")

    @rule()
    def xlsx_import_of_the_other_replica(self) -> None:
        path = self.tmp / "listor.xlsx"
        workbook_out.export_workbook(self.other, path, today=self.today)
        with _quiet():  # refused as a whole: nothing written
            workbook_in.import_workbook(self.main, path, backup_first=False)
            note("xlsx import applied")

    # --- service edits ----------------------------------------------------------------------------

    @rule(name=st.sampled_from(["Öst", "Väst"]))
    def add_area(self, name: str) -> None:
        area_id, _ = areas.create_area(self.main, {"name": name})
        self.areas.append(area_id)

    @rule(which=st.integers(0, 99), restore=st.booleans())
    def delete_or_restore_area(self, which: int, restore: bool) -> None:
        area_id = self._pick(self.areas, which)
        if area_id is not None:
            with _quiet():
                (areas.restore_area if restore else areas.delete_area)(self.main, area_id)

    @rule(which=st.integers(0, 99))
    def add_point(self, which: int) -> None:
        area_id = self._pick(self.areas, which)
        if area_id is not None:
            with _quiet():
                point, _ = safety_points.create_safety_point(
                    self.main, {"area_id": area_id, "name": "Kyrkan"}
                )
                self.points.append(point)

    @rule(which=st.integers(0, 99), restore=st.booleans())
    def delete_or_restore_point(self, which: int, restore: bool) -> None:
        point = self._pick(self.points, which)
        if point is not None:
            with _quiet():
                change = (
                    safety_points.restore_safety_point
                    if restore
                    else (safety_points.delete_safety_point)
                )
                change(self.main, point)

    @rule(
        which=st.integers(0, 99),
        condition=st.sampled_from(["ok", "defect", "missing", "needs_service"]),
        checked=st.none() | DAYS,
        interval=st.none() | st.sampled_from([30, 180, 365]),
        due=st.none() | DAYS,
    )
    def add_item(
        self, which: int, condition: str, checked: int | None, interval: int | None, due: int | None
    ) -> None:
        point = self._pick(self.points, which)
        if point is None:
            return
        with _quiet():
            item, _ = equipment.add_equipment(
                self.main,
                {
                    "safety_point_id": point,
                    "name": "Radio",
                    "category": "other",
                    "condition": condition,
                    "last_checked": None if checked is None else day(checked),
                    "service_interval_days": interval,
                    "next_due": None if due is None else day(due),
                },
            )
            self.items.append(item)

    @rule(
        which=st.integers(0, 99),
        field=st.sampled_from(["condition", "last_checked", "service_interval_days", "next_due"]),
        value=st.integers(-400, 400),
    )
    def edit_item(self, which: int, field: str, value: int) -> None:
        item = self._pick(self.items, which)
        if item is None:
            return
        new: Any
        if field == "condition":
            new = ["ok", "defect", "missing", "needs_service"][value % 4]
        elif field == "service_interval_days":
            new = [None, 30, 90, 365][value % 4]
        else:
            new = None if value % 5 == 0 else day(value)
        with _quiet():
            equipment.update_equipment(self.main, item, {field: new})

    @rule(which=st.integers(0, 99), restore=st.booleans())
    def delete_or_restore_item(self, which: int, restore: bool) -> None:
        item = self._pick(self.items, which)
        if item is not None:
            with _quiet():
                (equipment.restore_equipment if restore else equipment.delete_equipment)(
                    self.main, item
                )

    @rule(which=st.integers(0, 99))
    def add_contact(self, which: int) -> None:
        area_id = self._pick(self.areas, which)
        if area_id is not None:
            with _quiet():
                contact, _ = contacts.add_contact(self.main, {"area_id": area_id, "name": "Bo"})
                self.contacts.append(contact)

    @rule(which=st.integers(0, 99), restore=st.booleans())
    def delete_or_restore_contact(self, which: int, restore: bool) -> None:
        contact = self._pick(self.contacts, which)
        if contact is not None:
            with _quiet():
                (contacts.restore_contact if restore else contacts.delete_contact)(
                    self.main, contact
                )

    @rule(which=st.integers(0, 99), role=st.integers(0, 20), rank=st.integers(0, 2))
    def assign_role(self, which: int, role: int, rank: int) -> None:
        contact = self._pick(self.contacts, which)
        if contact is None:
            return
        with UnitOfWork(self.main) as uow:
            row = uow.session.get(Contact, contact)
            assert row is not None
            area_id = row.area_id
        role_ids = self._roles(self.main)
        with _quiet():
            roles.assign_role(self.main, area_id, role_ids[role % len(role_ids)], contact, rank)

    @rule(which=st.integers(0, 99), role=st.integers(0, 20), rank=st.integers(0, 2))
    def empty_a_slot(self, which: int, role: int, rank: int) -> None:
        area_id = self._pick(self.areas, which)
        if area_id is not None:
            role_ids = self._roles(self.main)
            with _quiet():
                roles.assign_role(self.main, area_id, role_ids[role % len(role_ids)], None, rank)

    @rule(role=st.integers(0, 20), critical=st.booleans())
    def change_a_roles_critical_flag(self, role: int, critical: bool) -> None:
        role_ids = self._roles(self.main)
        with _quiet():
            roles.update_role(self.main, role_ids[role % len(role_ids)], {"critical": critical})

    @rule(which=st.integers(0, 99), tested=st.none() | DAYS)
    def add_channel(self, which: int, tested: int | None) -> None:
        area_id = self._pick(self.areas, which)
        if area_id is not None:
            with _quiet():
                channel, _ = channels.add_channel(
                    self.main,
                    {
                        "area_id": area_id,
                        "identifier": "Facebook",
                        "last_tested": None if tested is None else day(tested),
                    },
                )
                self.channels.append(channel)

    @rule(which=st.integers(0, 99), tested=st.none() | DAYS, delete=st.booleans())
    def test_or_delete_channel(self, which: int, tested: int | None, delete: bool) -> None:
        channel = self._pick(self.channels, which)
        if channel is None:
            return
        with _quiet():
            if delete:
                channels.delete_channel(self.main, channel)
            else:
                channels.update_channel(
                    self.main, channel, {"last_tested": None if tested is None else day(tested)}
                )

    @rule(which=st.integers(0, 99), when=DAYS, condition=st.sampled_from(["", "ok", "defect"]))
    def inspection_finished(self, which: int, when: int, condition: str) -> None:
        point = self._pick(self.points, which)
        if point is None:
            return
        with _quiet():
            inspection, _ = inspections.start_inspection(self.main, point, day(when), "Anna")
            item = self._pick(self.items, which)
            if item is not None and condition:
                with _quiet():
                    inspections.record_finding(self.main, inspection, item, condition=condition)
            inspections.finish_inspection(self.main, inspection)

    @rule(days=st.sampled_from([1, 3, 7, 20, 45, 90, 200]))
    def days_pass(self, days: int) -> None:
        self.today += dt.timedelta(days=days)

    @invariant()
    def kept_counts_equal_a_full_recount(self) -> None:
        kept = overview.area_gaps(self.main, today=self.today)
        assert kept == overview.recount_gaps(self.main, today=self.today)


class _quiet:
    """A refused edit (a deleted parent, the same person twice in a role) changes nothing and
    is no failure here: the machine's picks are blind."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, error: Any, tb: Any) -> bool:
        return kind is not None and issubclass(kind, DomainError)


@pytest.mark.parametrize("backend", BACKENDS)
def test_kept_counts_equal_a_full_recount(backend: str, request: pytest.FixtureRequest) -> None:
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")

        def make(tmp: Path) -> Database:
            return open_database(
                server.new_database("kept"), device_name="Kontoret", anchor=tmp / "main" / "office"
            )
    else:

        def make(tmp: Path) -> Database:
            return open_database(tmp / "main.sqlite", device_name="Kontoret")

    machine = type("Machine", (KeptCountsMachine,), {"make_main": staticmethod(make)})
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=EXAMPLES if backend == "sqlite" else max(1, EXAMPLES // 3),
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        ),
    )


@pytest.fixture
def register(open_db: OpenDatabase) -> Iterator[tuple[Database, list[str]]]:
    database = open_db("test", device_name="Testdator")
    made = [areas.create_area(database, {"name": f"Område {n}"})[0] for n in range(5)]
    overview.area_gaps(database)  # every kept row written
    yield database, made


@contextmanager
def _kept_rows_written(database: Database) -> Iterator[list[int]]:
    """Counts the kept rows each statement writes (inserted, updated or deleted)."""
    written: list[int] = []

    def after(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if "area_readiness" in statement and not statement.lstrip().upper().startswith("SELECT"):
            written.append(max(cursor.rowcount, 0))

    engine = database.store.engine
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield written
    finally:
        event.remove(engine, "after_cursor_execute", after)


def test_a_single_edit_updates_one_kept_row(register: tuple[Database, list[str]]) -> None:
    database, made = register
    point, _ = safety_points.create_safety_point(database, {"area_id": made[2], "name": "Skolan"})
    item, _ = equipment.add_equipment(
        database, {"safety_point_id": point, "name": "Radio", "category": "other"}
    )
    with UnitOfWork(database) as uow:
        before = {r.area_id: r for r in uow.session.scalars(select(AreaReadiness))}
    with _kept_rows_written(database) as written:
        equipment.update_equipment(database, item, {"condition": "defect"})
    assert sum(written) == 1, written
    with UnitOfWork(database) as uow:
        after = {r.area_id: r for r in uow.session.scalars(select(AreaReadiness))}
    assert after[made[2]].equipment_defect == 1
    assert {a for a in made if before[a].equipment_defect != after[a].equipment_defect} == {made[2]}
    assert overview.area_gaps(database) == overview.recount_gaps(database)


def test_a_roles_critical_flag_touches_every_area(register: tuple[Database, list[str]]) -> None:
    database, made = register
    role = roles.list_roles(database)[0]
    before = overview.area_gaps(database)
    roles.update_role(database, role.id, {"critical": not role.critical})
    with UnitOfWork(database) as uow:
        kept = {
            r.area_id: r.critical_roles_without_deputy
            for r in uow.session.scalars(select(AreaReadiness))
        }
    step = -1 if role.critical else 1
    assert kept == {a: before[a].critical_roles_without_deputy + step for a in made}
    assert overview.area_gaps(database) == overview.recount_gaps(database)


def test_check_finds_kept_counts_out_of_step(register: tuple[Database, list[str]]) -> None:
    database, made = register
    assert checks.check_database(database) == []
    with UnitOfWork(database) as uow:
        uow.session.execute(
            update(AreaReadiness)
            .where(AreaReadiness.area_id == made[1])
            .values(roles_without_holder=AreaReadiness.roles_without_holder + 1)
        )
    assert checks.check_database(database) == [
        "1 area(s) whose kept readiness counts differ from a recount"
    ]


@pytest.mark.sqlite_only("a file made by the app before migration 0008")
def test_an_upgraded_database_gets_its_counts(backend: str, tmp_path: Path) -> None:
    """A database from before 0008 has no kept rows: the first overview counts every area and
    writes them, and from then on the kept rows answer."""
    from trygghetsapp.services.demo import load_demo

    path = tmp_path / "gammal.sqlite"
    database = open_database(path, device_name="Testdator")
    load_demo(database, seed=1)
    database.close()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE area_readiness")
    connection.execute("UPDATE alembic_version SET version_num = '0007'")
    connection.commit()
    connection.close()
    database = open_database(path)
    try:
        with UnitOfWork(database) as uow:
            assert uow.session.scalar(select(func.count()).select_from(AreaReadiness)) == 0
        later = dt.date.today() + dt.timedelta(days=40)
        for when in (dt.date.today(), later):
            assert overview.area_gaps(database, today=when) == overview.recount_gaps(
                database, today=when
            )
        with UnitOfWork(database) as uow:
            kept = uow.session.scalar(select(func.count()).select_from(AreaReadiness))
        assert kept == len(overview.recount_gaps(database)) > 0
    finally:
        database.close()


def test_a_catalogue_changed_behind_the_kept_rows_makes_them_stale(
    register: tuple[Database, list[str]],
) -> None:
    """A role's flag changed where this login refreshes only some areas (a county's municipality
    login sees only its own): every other area's row was made with the old catalogue."""
    database, _made = register
    role = roles.list_roles(database)[0]
    with UnitOfWork(database) as uow:  # no upkeep: as if every area were another's
        uow.session.execute(
            update(CrisisRole).where(CrisisRole.id == role.id).values(critical=not role.critical)
        )
    assert overview.area_gaps(database) == overview.recount_gaps(database)
