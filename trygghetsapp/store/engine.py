"""Engine and session factory with the connection settings every connection must have.

WAL with synchronous=FULL: an edit the user saw committed survives a dead battery. Foreign keys on,
a busy timeout so a brief lock waits instead of failing. We also take transaction control away from
Python's sqlite3 module (isolation_level=None plus an explicit BEGIN) so that DDL in migrations and
SAVEPOINTs are really transactional.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

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


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
    return engine


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass
class Store:
    """An open database: the engine and the factory of sessions (one per unit of work)."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def open_engine(path: Path) -> Store:
    engine = make_engine(sqlite_url(path))
    return Store(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
