"""Migrations: an empty database, and a database made at each earlier revision, reach head."""

import sqlite3

import pytest

from trygghetsapp.services.database import open_database
from trygghetsapp.store import migrate, sqlite_tools
from trygghetsapp.store.engine import open_engine
from trygghetsapp.store.location import backups_dir


def test_empty_database_upgrades_to_head(db_path):
    database = open_database(db_path)
    try:
        assert migrate.current_revision(database.store.engine) == migrate.head_revision()
        assert sqlite_tools.integrity_problems(db_path) == []
    finally:
        database.close()
    assert not backups_dir(db_path).exists()  # nothing to back up in a new database


@pytest.mark.parametrize("revision", migrate.all_revisions())
def test_database_made_at_each_revision_upgrades_with_backup(tmp_path, revision):
    path = tmp_path / f"at-{revision}.sqlite"
    store = open_engine(path)
    migrate.upgrade(store.engine, revision)
    store.close()
    # Put a row of Swedish text into the old schema so the upgrade has data to keep.
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO municipality (id, deleted, hlc, device_id, name, code, notes) "
        "VALUES ('m1', 0, 0, '', 'Krokoms kommun – Åre, Östersund', '2309', '')"
    )
    conn.commit()
    conn.close()
    database = open_database(path)
    try:
        assert migrate.current_revision(database.store.engine) == migrate.head_revision()
    finally:
        database.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM municipality WHERE id='m1'").fetchone() == (
        "Krokoms kommun – Åre, Östersund",
    )
    if revision != migrate.head_revision():
        assert sqlite_tools.list_backups(backups_dir(path))


def test_connection_settings_are_asserted(database):
    with database.store.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = connection.exec_driver_sql("PRAGMA synchronous").scalar()
        fks = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    assert (mode, sync, fks) == ("wal", 2, 1)


def test_database_from_newer_app_is_refused(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(migrate.MigrationError, match="newer"):
        open_database(db_path)


def test_head_constant_matches_alembic_head():
    """migrate() compares with HEAD_REVISION to avoid importing Alembic; keep it in sync."""
    assert migrate.head_revision() == migrate.HEAD_REVISION
    assert migrate.all_revisions()[-1] == migrate.HEAD_REVISION


def test_start_without_pending_migration_does_not_import_alembic(db_path):
    import subprocess
    import sys

    open_database(db_path).close()
    code = (
        "import sys; from pathlib import Path; "
        "from trygghetsapp.services.database import open_database; "
        f"open_database(Path({str(db_path)!r})).close(); "
        "print(any(name == 'alembic' or name.startswith('alembic.') for name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def _one_row_in_every_table(path) -> dict[str, dict[str, object]]:
    """Put one row into every table of the schema as it is at this revision, children pointing
    at their parents' rows: a table copy in a migration (SQLite's way to change a table) must then
    keep rows that other tables refer to. Returns each table's row by its primary key."""
    import datetime

    from sqlalchemy import Boolean, Date, DateTime, Float, Integer, MetaData, Numeric, insert

    engine = open_engine(path).engine
    metadata = MetaData()
    metadata.reflect(engine)
    made: dict[tuple[str, str], object] = {}
    keys: dict[str, dict[str, object]] = {}
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            row: dict[str, object] = {}
            for column in table.columns:
                parents = list(column.foreign_keys)
                if parents:
                    key = (parents[0].column.table.name, parents[0].column.name)
                    row[column.name] = made[key]
                elif isinstance(column.type, DateTime):
                    row[column.name] = datetime.datetime(2026, 1, 2, 3, 4, 5)
                elif isinstance(column.type, Date):
                    row[column.name] = datetime.date(2026, 1, 2)
                elif isinstance(column.type, Boolean | Integer | Float | Numeric):
                    row[column.name] = 1
                elif "JSON" in str(column.type).upper():
                    row[column.name] = "[]"
                else:
                    row[column.name] = f"{table.name}-1"
                made[(table.name, column.name)] = row[column.name]
            connection.execute(insert(table).values(row))
            keys[table.name] = {column.name: row[column.name] for column in table.primary_key}
    engine.dispose()
    return keys


@pytest.mark.parametrize("revision", migrate.all_revisions()[:-1])
def test_rows_other_tables_refer_to_survive_every_upgrade(tmp_path, revision):
    """A database from an earlier release that holds inspections (findings refer to equipment
    items) upgrades: the table copy SQLite needs for a changed table must not trip over the
    references to it (foreign keys are checked after the migration, not during it)."""
    path = tmp_path / f"full-{revision}.sqlite"
    store = open_engine(path)
    migrate.upgrade(store.engine, revision)
    store.close()
    before = _one_row_in_every_table(path)
    database = open_database(path)
    try:
        assert migrate.current_revision(database.store.engine) == migrate.head_revision()
    finally:
        database.close()
    conn = sqlite3.connect(path)
    try:
        for table, key in before.items():
            where = " AND ".join(f'"{name}" = ?' for name in key)
            found = conn.execute(f'SELECT 1 FROM "{table}" WHERE {where}', list(key.values()))
            assert found.fetchone() == (1,), table
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_a_migration_that_breaks_a_reference_is_rolled_back(tmp_path, monkeypatch):
    """With foreign keys off during a migration, the check before commit is what stands between
    a faulty migration and rows pointing at nothing: plant one that deletes a referenced row."""
    from alembic import command

    path = tmp_path / "planted.sqlite"
    store = open_engine(path)
    migrate.upgrade(store.engine, migrate.all_revisions()[-2])
    store.close()
    before = _one_row_in_every_table(path)
    real_upgrade = command.upgrade

    def faulty(config, target):
        real_upgrade(config, target)
        config.attributes["connection"].exec_driver_sql("DELETE FROM area")

    monkeypatch.setattr(command, "upgrade", faulty)
    with pytest.raises(migrate.MigrationError, match="references broken"):
        open_database(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT id FROM area").fetchall() == [(before["area"]["id"],)]
        assert migrate.current_revision(open_engine(path).engine) == migrate.all_revisions()[-2]
    finally:
        conn.close()
