"""Plain SQL on a test's database, whichever backend it is on (SQLite file or PostgreSQL).

Tests read the change log and bookkeeping tables directly; through the database's own engine
(store/sql.py makes SQLite's statement text run on PostgreSQL too) rather than `sqlite3.connect`
on a file a server database does not have."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trygghetsapp.services.database import Database
from trygghetsapp.store import sql


def rows(
    database: Database, statement: str, parameters: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """Every row of a query, as plain tuples."""
    with database.store.engine.connect() as connection:
        result = sql.execute(connection, statement, tuple(parameters) if parameters else None)
        return [tuple(r) for r in result]


def run(database: Database, statement: str, parameters: Sequence[Any] | list[Any] = ()) -> None:
    """One writing statement (a list of tuples: executemany), committed."""
    with database.store.engine.begin() as connection:
        sql.execute(connection, statement, parameters if parameters else None)
