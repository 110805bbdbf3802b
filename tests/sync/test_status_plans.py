"""The sync views' refresh (status and review items) reads by key, never by walking a big table.

The window refreshes them on the one database worker after every edit batch and at start; a
statement that walks the change log (680,000 rows at 5,000 areas) or every role assignment
took 0.1-0.9 s there, and the user's next search waited behind it. A timing test would pass or
fail with the machine's load; the query plans do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from trygghetsapp.services import areas, contacts, roles
from trygghetsapp.services.database import Database
from trygghetsapp.sync import api

SMALL_TABLES = {
    "local_device",
    "device_knowledge",
    "sync_peer",
    "sync_setting",
    "sync_conflict_row",
    "sync_file",
    "sync_export_mark",
    "role",
}
"""Tables with a row per device, peer, setting, file or catalogue entry: a scan is fine."""


@contextmanager
def statements(database: Database) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    engine = database.store.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def scans_of_big_tables(database: Database, statement: str, parameters: Any) -> list[str]:
    aliases = {
        alias: table
        for table, alias in re.findall(
            r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!WHERE|JOIN|ON|GROUP|ORDER|LIMIT)(\w+))?",
            statement,
            flags=re.IGNORECASE,
        )
        for alias in (alias or table, table)
    }
    with database.store.engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
        partial = {  # an index WHERE deleted holds the few rows asked for: walking it is fine
            name
            for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'"
            )
        }
    out = []
    for row in plan:
        match = re.match(r"SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?", row[-1])
        if match is None or match.group(2) in partial:
            continue
        if aliases.get(match.group(1), match.group(1)) not in SMALL_TABLES:
            out.append(f"{row[-1]}  <-  {statement}")
    return out


def test_the_status_and_review_items_read_by_key(database: Database) -> None:
    area_id, _ = areas.create_area(database, {"name": "Åsen"})
    contact_id, _ = contacts.add_contact(database, {"area_id": area_id, "name": "Anna Berg"})
    role_id = next(iter(roles.list_roles(database))).id
    roles.assign_role(database, area_id, role_id, contact_id)
    with statements(database) as seen:
        api.sync_status(database)
        api.list_conflicts(database)
    assert seen, "the status was read"
    problems = [p for sql, params in seen for p in scans_of_big_tables(database, sql, params)]
    assert problems == []


def test_the_check_sees_a_walk_of_the_change_log(database: Database) -> None:
    """The check can fail: the old grouped join over the change log is reported."""
    old = (
        "SELECT c.device_id, count(*) FROM change c JOIN device_knowledge k "
        "ON k.device_id = c.device_id WHERE c.seq > k.contiguous_seq GROUP BY c.device_id"
    )
    assert scans_of_big_tables(database, old, ())
