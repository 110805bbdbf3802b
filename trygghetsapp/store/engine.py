"""Engine and session factory with the connection settings every connection must have.

WAL with synchronous=FULL: an edit the user saw committed survives a dead battery. Foreign keys on,
a busy timeout so a brief lock waits instead of failing. We also take transaction control away from
Python's sqlite3 module (isolation_level=None plus an explicit BEGIN) so that DDL in migrations and
SAVEPOINTs are really transactional.

Write transactions begin IMMEDIATE (the unit of work asks for it with the `sqlite_begin` execution
option): a transaction that reads first and writes later would, if another process wrote in
between, fail at once with "database is locked" without the busy timeout ever applying. Taking
the write lock at BEGIN makes a second writer wait its turn within the timeout instead.

A reading command opens the file read-only (`read_only=True`): such a connection can never
checkpoint or delete the WAL, so it is safe beside a window whose SQLite locks were dropped
(`trygghetsapp/database_lock.py`).

A server database (the county office: `postgresql://...`, issue 19) gets its own engine
(`make_server_engine`): psycopg 3, READ COMMITTED, no PRAGMAs and no BEGIN modes (PostgreSQL takes
row locks as it writes; the import serialises per sending device with an advisory lock). Its
`Store` has a `url` and, as `path`, this installation's local anchor: a file name in a folder of
its own under the user's data folder, which holds what stays on this computer (its keys). There
is no database file, so the file-only machinery (health marks, backups by the backup API, the
database lock, the start-view cache) is skipped for it; docs/office-postgresql.md says what
replaces each.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from trygghetsapp.store.location import SERVER_SCHEMES, is_server_url

__all__ = ["SERVER_SCHEMES", "is_server_url"]  # the names callers knew here

BUSY_TIMEOUT_MS = 5000

REQUIRED_PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


class StoreSettingsError(RuntimeError):
    """A connection did not get the settings crash safety depends on."""


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    actual = {
        "journal_mode": mode.lower(),
        "synchronous": cursor.execute("PRAGMA synchronous").fetchone()[0],
        "foreign_keys": cursor.execute("PRAGMA foreign_keys").fetchone()[0],
    }
    cursor.close()
    memory = actual["journal_mode"] == "memory"  # in-memory databases cannot use WAL
    if not memory and actual != REQUIRED_PRAGMAS:
        raise StoreSettingsError(f"SQLite connection settings not applied: {actual}")


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


BEGIN_OPTION = "sqlite_begin"
"""Execution option naming the BEGIN mode: "IMMEDIATE" for a write transaction."""
IMMEDIATE = {BEGIN_OPTION: "IMMEDIATE"}


def _on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "")
    connection.exec_driver_sql(f"BEGIN {mode}" if mode in ("IMMEDIATE", "EXCLUSIVE") else "BEGIN")


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine on the SQLite file at `path`.

    Connections are made by our own function, not from a URL: a folder named "a#b" or "x?y" (a
    user may call a folder anything) would otherwise be cut at the "#" or "?", and a read-only
    engine would silently read another, empty file.
    """
    from trygghetsapp.store.sqlite_tools import read_only_connection

    def connect() -> sqlite3.Connection:
        if read_only:
            return read_only_connection(path, check_same_thread=False)
        return sqlite3.connect(path, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def driver_url(url: str) -> str:
    """The SQLAlchemy URL with the psycopg 3 driver named."""
    for scheme in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme) :]
    raise ValueError(f"not a PostgreSQL URL: {url}")


def shown_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from sqlalchemy.engine import make_url

    return make_url(driver_url(url)).render_as_string(hide_password=True)


def server_label(url: str) -> str:
    """A server database's short name for a window's title: user@host[:port]/database (never a
    password; a unix socket's folder stands for the host)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(driver_url(url))
    host = parsed.host or str(parsed.query.get("host", "")) or "localhost"
    port = parsed.port or parsed.query.get("port")
    where = f"{host}:{port}" if port and str(port) != "5432" else host
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{user}{where}/{parsed.database or ''}"


def own_device_view(dbapi_connection: Any, device_id: str) -> None:
    """This installation's row of `local_device`, as the only row the connection sees.

    A server database holds one `local_device` row per office installation (workstation and
    user: its own id, counter and clock, so change numbering per device holds; the id is kept
    beside the installation's local anchor, store/device_file.py). Every connection of this
    installation gets a temporary view `local_device` over its own row: PostgreSQL searches the
    session's temporary schema first for relation names, so every statement of the app that
    reads or updates "the" device row (`SELECT id FROM local_device`, `UPDATE local_device SET
    last_hlc = ...`) reaches this installation's row and no other, with the same text as on
    SQLite. The view is a simple one (auto-updatable, WITH CHECK OPTION): an UPDATE or INSERT
    through it can only touch rows with this id. Before the first migration there is no table
    yet: no view (the caller reconnects after migrating)."""
    previous = dbapi_connection.autocommit
    dbapi_connection.autocommit = True  # outside any (possibly READ ONLY) transaction
    try:
        cursor = dbapi_connection.cursor()
        table = cursor.execute("SELECT to_regclass('local_device')::text").fetchone()[0]
        if table is not None and not table.startswith("pg_temp"):
            quoted = device_id.replace("'", "''")
            cursor.execute(
                f"CREATE OR REPLACE TEMP VIEW local_device AS SELECT * FROM {table} "
                f"WHERE id = '{quoted}' WITH CHECK OPTION"
            )
        cursor.close()
    finally:
        dbapi_connection.autocommit = previous


def make_server_engine(
    url: str,
    read_only: bool = False,
    device_id: str | None = None,
    municipality: str | None = None,
) -> Engine:
    """An engine on the PostgreSQL database at `url` (psycopg 3, READ COMMITTED).

    A read-only engine runs every transaction READ ONLY (the server refuses any write).
    `device_id`: this installation's identity; every connection then sees only its own
    `local_device` row (`own_device_view`). Without it (tools, the test template) the table
    is seen whole. `municipality`: the session's municipality in a county database, for a
    login holding several municipality roles (store/scoping.py: it selects, grants nothing)."""
    engine = create_engine(
        driver_url(url),
        poolclass=QueuePool,
        isolation_level="READ COMMITTED",
        pool_pre_ping=True,
    )
    if device_id is not None:
        event.listen(engine, "connect", lambda dbapi, _record: own_device_view(dbapi, device_id))
    if municipality:
        from trygghetsapp.store.scoping import set_municipality

        event.listen(
            engine, "connect", lambda dbapi, _record: set_municipality(dbapi, municipality)
        )
    if read_only:
        engine = engine.execution_options(postgresql_readonly=True)
    return engine


@dataclass
class Store:
    """An open database: the engine and the factory of sessions (one per unit of work).

    `path` is the SQLite file; for a server database (`url` set) it is this installation's local
    anchor (store/engine.py's docstring), never a database file."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    url: str | None = None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the data is, as a user reads it: the file's path or the URL (no password)."""
        return shown_url(self.url) if self.url is not None else str(self.path)

    def close(self) -> None:
        self.engine.dispose()


def open_engine(path: Path, read_only: bool = False) -> Store:
    engine = make_engine(path, read_only)
    return Store(
        path=path,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        read_only=read_only,
    )


def open_server_engine(
    url: str,
    anchor: Path,
    read_only: bool = False,
    device_id: str | None = None,
    municipality: str | None = None,
) -> Store:
    engine = make_server_engine(url, read_only, device_id, municipality)
    return Store(
        path=anchor,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        read_only=read_only,
        url=url,
    )
