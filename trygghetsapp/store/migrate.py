"""Bring a database to the current schema, safely.

The procedure (PRINT-AND-RELIABILITY.md B5): a verified backup through the backup API before
touching an existing database, the upgrade in one transaction (our engine makes SQLite DDL
transactional), then integrity and foreign-key checks; on any failure the backup is put back.
A brand-new database gets the same migrations from base, so there is one path to every schema.

Alembic (about 0.3 s of imports) is loaded only when a migration is actually pending: the current
revision is read from `alembic_version` with a plain query and compared with `HEAD_REVISION`, a
constant that tests/store/test_migrations.py keeps equal to Alembic's head.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from trygghetsapp.store import sqlite_tools

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions; a test asserts it equals Alembic's head.
HEAD_REVISION = "0008"


class MigrationError(RuntimeError):
    pass


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Alembic's head, read from the migration scripts (imports Alembic; see HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in `alembic_version`, with a plain query (no Alembic import)."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            exists = connection.exec_driver_sql(
                "SELECT to_regclass('alembic_version') IS NOT NULL"
            ).scalar()
            exists = [1] if exists else []
        else:
            exists = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchall()
        if not exists:
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def file_needs_upgrade(db_path: Path) -> bool:
    """Whether the SQLite file at `db_path` holds an older schema than this app's, read with a
    read-only plain connection. The window's start asks it to say why the open takes long: the
    upgrade backs the whole file up first and checks it after (minutes at national scale)."""
    try:
        connection = sqlite_tools.read_only_connection(db_path)
    except Exception:
        return False  # missing or unreadable: the open itself says what is wrong
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:
        return False
    finally:
        connection.close()
    return row is not None and str(row[0]) != HEAD_REVISION


def has_user_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(
            connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "LIMIT 1"
            ).fetchall()
        )


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to `target` in one transaction.

    On SQLite, changing a table means copying it (create new, copy rows, drop old, rename), and
    dropping a table other rows refer to (equipment items from inspection findings) fails while
    foreign keys are enforced. So they are off during the migration, as SQLite's own procedure
    for altering tables says, and the references are checked in the same transaction before it
    commits: a migration that broke one is rolled back, not committed."""
    from alembic import command

    from trygghetsapp.store.engine import IMMEDIATE

    with engine.execution_options(**IMMEDIATE).connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection if sqlite else None
        if raw is not None:  # a PRAGMA inside a transaction would be ignored: before BEGIN
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), target)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(f"references broken by the migration: {broken[:3]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def migrate(engine: Engine, db_path: Path) -> Path | None:
    """Upgrade to head; returns the backup made first, if the database already held data."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return None
    known = all_revisions()
    if current is not None and current not in known:
        raise MigrationError(
            f"the database was made by a newer Trygghetsapp (schema {current}); update the app"
        )
    backup = None
    if current is not None or has_user_tables(engine):
        engine.dispose()
        backup = sqlite_tools.make_backup(db_path, "before-migration")
    try:
        upgrade(engine)
        engine.dispose()
        problems = sqlite_tools.integrity_problems(db_path)
        if problems:
            raise MigrationError(f"database check failed after migration: {problems[:3]}")
    except Exception as error:
        engine.dispose()
        if backup is not None:
            sqlite_tools.restore_into(backup, db_path)
        if isinstance(error, MigrationError):
            raise
        raise MigrationError(f"migration failed and was rolled back: {error}") from error
    return backup


MIGRATION_LOCK = 0x54727967_0000_0001
"""PostgreSQL advisory lock key held while a server database is migrated (two workstations
opening an old database at once: the second waits, then finds it at head)."""


def migrate_server(engine: Engine) -> None:
    """Upgrade a PostgreSQL database to head in one transaction (its DDL is transactional).

    No backup is made here: a server is backed up with `pg_dump` by its operators before an
    upgrade (docs/office-postgresql.md); a failed upgrade rolls back whole."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return
    if current is not None and current not in all_revisions():
        raise MigrationError(
            f"the database was made by a newer Trygghetsapp (schema {current}); update the app"
        )
    from alembic import command

    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            command.upgrade(alembic_config(connection), "head")
    except Exception as error:
        raise MigrationError(f"migration failed and was rolled back: {error}") from error
