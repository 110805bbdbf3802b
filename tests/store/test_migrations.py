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
