"""The store on PostgreSQL (issue 19): the migrations reach the models' schema, and every rule
of store/sql.py (SQLite's statement text, rewritten for PostgreSQL) does on both backends what
it does on SQLite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection

from tests.conftest import OpenDatabase
from tests.pg import PgServer
from trygghetsapp.store import migrate, sql
from trygghetsapp.store.engine import make_server_engine
from trygghetsapp.store.models import Base


@pytest.mark.postgresql
def test_migrations_reach_the_models_schema_on_postgresql(pg_server: PgServer) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    url = pg_server.new_database("schema")
    engine = make_server_engine(url)
    try:
        assert migrate.current_revision(engine) == migrate.HEAD_REVISION  # the template's
        with engine.connect() as connection:
            differences = compare_metadata(
                MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
            )
        # The one column the models do not have: `change.rowid`, PostgreSQL's arrival order.
        extra = [d for d in differences if d[0] == "remove_column" and d[3].name == "rowid"]
        extra += [
            d for d in differences if d[0] == "remove_index" and d[1].name == "ix_change_rowid"
        ]
        assert [d for d in differences if d not in extra] == []
        assert len(extra) == 2
    finally:
        engine.dispose()
        pg_server.drop(url)


@pytest.mark.postgresql
def test_an_empty_server_database_is_migrated_at_first_open(pg_server: PgServer) -> None:
    from trygghetsapp.services.database import open_database

    url = pg_server.url("empty_first_open")
    pg_server.admin("CREATE DATABASE empty_first_open")
    try:
        database = open_database(url, anchor=pg_server.folder / "anchor" / "office")
        try:
            assert database.is_server and "postgres@" in database.location
            assert migrate.current_revision(database.store.engine) == migrate.HEAD_REVISION
        finally:
            database.close()
    finally:
        pg_server.drop(url)


def test_the_rules_rewrite_only_what_they_name() -> None:
    to = sql.to_postgresql
    assert to("INSERT OR IGNORE INTO t (a) VALUES (?)") == (
        "INSERT INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING"
    )
    assert to("SELECT max(seq) FROM change WHERE x = '?%'") == (
        "SELECT max(seq) FROM change WHERE x = '?%%'"
    )
    assert to("UPDATE local_device SET last_hlc = max(last_hlc, ?)") == (
        "UPDATE local_device SET last_hlc = greatest(last_hlc, %s)"
    )
    assert to("SELECT max(count(x), 1)") == "SELECT greatest(count(x), 1)"
    assert to("DELETE FROM temp.sync_touched") == "DELETE FROM pg_temp.sync_touched"
    assert to(
        "INSERT INTO sync_export_mark (device_id, seq) VALUES (?, ?) "
        "ON CONFLICT (device_id) DO UPDATE SET seq = max(seq, excluded.seq)"
    ).endswith("DO UPDATE SET seq = greatest(sync_export_mark.seq, excluded.seq)")
    assert to("INSERT OR REPLACE INTO sync_setting (key, value) VALUES (?, '1')") == (
        "INSERT INTO sync_setting (key, value) VALUES (%s, '1') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )


@pytest.fixture
def connection(open_db: OpenDatabase) -> Iterator[Connection]:
    """A connection in a transaction on a fresh database of the test's backend."""
    database = open_db("rules")
    with database.store.engine.begin() as connection:
        yield connection


def _settings(connection: Connection) -> dict[str, str]:
    return dict(sql.execute(connection, "SELECT key, value FROM sync_setting").all())


def test_each_rule_does_on_both_what_sqlite_does(connection: Connection) -> None:
    ignore = "INSERT OR IGNORE INTO sync_setting (key, value) VALUES (?, ?)"
    assert sql.driver_executemany(connection, ignore, [("a", "1"), ("b", "2")]) == 2
    assert sql.driver_executemany(connection, ignore, [("a", "9"), ("c", "3")]) == 1
    assert _settings(connection) == {"a": "1", "b": "2", "c": "3"}
    sql.execute(
        connection, "INSERT OR REPLACE INTO sync_setting (key, value) VALUES (?, ?)", ("a", "7")
    )
    assert _settings(connection)["a"] == "7"
    mark = (
        "INSERT INTO sync_export_mark (device_id, seq) VALUES (?, ?) "
        "ON CONFLICT (device_id) DO UPDATE SET seq = max(seq, excluded.seq)"
    )
    for seq in (5, 3, 8, 6):
        sql.execute(connection, mark, ("d", seq))
    assert sql.execute(connection, "SELECT seq FROM sync_export_mark").scalar() == 8
    sql.execute(
        connection,
        "CREATE TEMP TABLE IF NOT EXISTS sync_touched "
        "(entity TEXT, row_id TEXT, PRIMARY KEY (entity, row_id))",
    )
    touched = "INSERT OR IGNORE INTO temp.sync_touched (entity, row_id) VALUES (?, ?)"
    sql.driver_executemany(connection, touched, [("area", "x"), ("area", "x"), ("area", "y")])
    assert sql.driver_rows(connection, "SELECT row_id FROM temp.sync_touched ORDER BY 1") == [
        ("x",),
        ("y",),
    ]
    sql.execute(connection, "PRAGMA cache_size = -65536")  # SQLite's alone: skipped elsewhere
    assert (
        sql.execute(connection, "SELECT count(*) FROM sync_setting WHERE key LIKE 'a%'").scalar()
        == 1
    )
