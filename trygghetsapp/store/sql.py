"""SQL text that runs on both backends: SQLite's as written, PostgreSQL's derived from it.

The sync engine's hot paths use hand-written SQL through the driver (no SQLAlchemy statement
compilation per batch: see docs/PERFORMANCE.md). That SQL is written for SQLite and runs there
byte for byte as written (`portable` returns it unchanged: the embedded default neither changes
nor slows down). For PostgreSQL it is rewritten once per statement text (memoised) by a small,
closed set of rules, each covered by the sync and services suites running on both backends
(tests/conftest.py `backend`):

- `?` placeholders become `%s` (psycopg's), a literal `%` becomes `%%`;
- `INSERT OR IGNORE INTO ...` becomes `INSERT INTO ... ON CONFLICT DO NOTHING`;
- `INSERT OR REPLACE INTO t ...` becomes `INSERT INTO t ... ON CONFLICT (<t's primary key>) DO
  UPDATE SET` every other column `= excluded.<column>` (SQLite's REPLACE deletes and inserts the
  whole row; no table here has a trigger, a cascade or a default that could tell the two apart);
- the two-argument scalar `max(a, b)` becomes `greatest(a, b)` (the aggregate `max(x)` stays);
- `temp.<table>` (SQLite's temporary schema) becomes `pg_temp.<table>`;
- in an upsert's `DO UPDATE SET`, a bare column of the target table read on the right-hand side
  (`seq = max(seq, excluded.seq)`) is qualified with the table's name: SQLite reads it as the
  existing row's, PostgreSQL calls it ambiguous;
- `PRAGMA ...` statements are SQLite's alone: `execute` skips them on PostgreSQL.

`ON CONFLICT (...) DO UPDATE SET c = excluded.c` upserts are already the same in both.
Booleans are written `TRUE`/`FALSE` (SQLite stores them as 1/0, as before) and bound as Python
bools. The `change` table on PostgreSQL has a `rowid` identity column (migration 0001), so
`rowid` (arrival order) reads the same on both.

A statement outside these rules must be written for both explicitly (`per_dialect`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import exc as sa_exc

POSTGRESQL = "postgresql"

_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\s", re.IGNORECASE)
_OR_REPLACE = re.compile(
    r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\s+([A-Za-z_][A-Za-z_0-9.]*)\s*\(([^)]*)\)", re.IGNORECASE
)
_TEMP = re.compile(r"\btemp\.", re.IGNORECASE)
_MAX = re.compile(r"\bmax\(", re.IGNORECASE)


def is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == POSTGRESQL


def _top_level_comma(text: str, start: int) -> tuple[bool, int]:
    """From just after an opening parenthesis: (has a comma at depth 0, index of its closer)."""
    depth = 0
    comma = False
    quote = False
    for index in range(start, len(text)):
        char = text[index]
        if char == "'":
            quote = not quote
        elif quote:
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return comma, index
            depth -= 1
        elif char == "," and depth == 0:
            comma = True
    return comma, len(text)


def _greatest(sql: str) -> str:
    out: list[str] = []
    position = 0
    for match in _MAX.finditer(sql):
        comma, _end = _top_level_comma(sql, match.end())
        if comma:
            out.append(sql[position : match.start()])
            out.append("greatest(")
            position = match.end()
    out.append(sql[position:])
    return "".join(out)


def _primary_key(table: str) -> list[str]:
    from trygghetsapp.store.models import Base

    found = Base.metadata.tables.get(table)
    if found is None:
        raise ValueError(f"INSERT OR REPLACE into an unknown table: {table}")
    return [c.name for c in found.primary_key.columns]


@lru_cache(maxsize=1024)
def to_postgresql(sql: str, bound: bool = True) -> str:
    """SQLite's statement text as PostgreSQL's (the rules in this module's docstring).
    `bound`: run with parameters (psycopg then reads `%` as a placeholder's start)."""
    text = sql.replace("%", "%%") if bound else sql
    if _OR_IGNORE.match(text):
        text = _OR_IGNORE.sub("INSERT INTO ", text, count=1) + " ON CONFLICT DO NOTHING"
    replace = _OR_REPLACE.match(text)
    if replace:
        table, columns = replace.group(1), [c.strip() for c in replace.group(2).split(",")]
        key = _primary_key(table)
        sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
        text = (
            f"INSERT INTO {table} ({replace.group(2)})"
            + text[replace.end() :]
            + f" ON CONFLICT ({', '.join(key)}) DO "
            + (f"UPDATE SET {sets}" if sets else "NOTHING")
        )
    text = _TEMP.sub("pg_temp.", text)
    text = _greatest(text)
    text = _qualify_update(text)
    return _placeholders(text)


_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z_0-9]*)", re.IGNORECASE)
_DO_UPDATE = re.compile(r"\bDO\s+UPDATE\s+SET\b", re.IGNORECASE)


def _qualify_update(text: str) -> str:
    target = _INSERT_INTO.match(text)
    update = _DO_UPDATE.search(text)
    if target is None or update is None:
        return text
    from trygghetsapp.store.models import Base

    table = Base.metadata.tables.get(target.group(1))
    if table is None:
        return text
    names = "|".join(re.escape(c.name) for c in table.columns)
    # A bare column name, not after a "." (excluded.x, t.x) and not an assignment's target.
    bare = re.compile(rf"(?<![.\w])({names})\b(?!\s*=(?!=))")
    tail = bare.sub(lambda m: f"{table.name}.{m.group(1)}", text[update.end() :])
    return text[: update.end()] + tail


def _placeholders(text: str) -> str:
    out: list[str] = []
    quote = False
    for char in text:
        if char == "'":
            quote = not quote
        if char == "?" and not quote:
            out.append("%s")
        else:
            out.append(char)
    return "".join(out)


def portable(connection: Connection, sql: str) -> str:
    """`sql` for this connection's backend (unchanged on SQLite)."""
    return to_postgresql(sql) if connection.dialect.name == POSTGRESQL else sql


def per_dialect(connection: Connection, sqlite: str, postgresql: str) -> str:
    """One of two statements written for each backend (where no rule above covers it)."""
    return postgresql if connection.dialect.name == POSTGRESQL else sqlite


def execute(
    connection: Connection, sql: str, parameters: Sequence[Any] | list[Any] | None = None
) -> Any:
    """`exec_driver_sql` of the portable statement (a list of tuples runs executemany); its
    CursorResult."""
    if connection.dialect.name == POSTGRESQL:
        if sql.lstrip().upper().startswith("PRAGMA"):
            return connection.exec_driver_sql("SELECT 1 WHERE false")
        # Always with `%` doubled: SQLAlchemy hands psycopg parameters (maybe empty) either way.
        sql = to_postgresql(sql)
    if parameters is None:
        return connection.exec_driver_sql(sql)
    return connection.exec_driver_sql(sql, parameters)


@contextmanager
def _wrapped(statement: str, parameters: Any) -> Iterator[None]:
    """psycopg's errors as SQLAlchemy's (IntegrityError, DataError...), as `exec_driver_sql`
    raises them: callers catch one family whatever path the SQL took."""
    import psycopg

    try:
        yield
    except psycopg.Error as error:
        raise sa_exc.DBAPIError.instance(statement, parameters, error, psycopg.Error) from error


def driver(connection: Connection) -> Any:
    """The driver connection, for hot loops: plain tuples, no SQLAlchemy row processing. The same
    connection and transaction as the session's."""
    return connection.connection.driver_connection


def driver_rows(
    connection: Connection, sql: str, parameters: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """All rows of a query run straight on the driver."""
    raw = driver(connection)
    if connection.dialect.name == POSTGRESQL:
        statement = to_postgresql(sql)
        with raw.cursor() as cursor, _wrapped(statement, parameters):
            cursor.execute(statement, parameters)
            return list(cursor.fetchall())
    return raw.execute(sql, parameters).fetchall()


def driver_executemany(connection: Connection, sql: str, rows: Iterable[Sequence[Any]]) -> int:
    """executemany straight on the driver; returns the rows it changed (inserted, updated)."""
    raw = driver(connection)
    if connection.dialect.name == POSTGRESQL:
        statement = to_postgresql(sql)
        with raw.cursor() as cursor, _wrapped(statement, ()):
            cursor.executemany(statement, rows)
            return int(cursor.rowcount)
    cursor = raw.executemany(sql, rows)
    return int(cursor.rowcount)
