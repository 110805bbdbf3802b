"""Fast multi-row inserts for demo data and imports.

SQLAlchemy's ORM bulk path spends most of its time grouping and processing parameters row by row;
for hundreds of thousands of rows that is several times the cost of SQLite itself. On SQLite we
convert the values once (dates to ISO text, JSON to text, as SQLAlchemy's own types store them) and
hand the driver one `executemany`. Other databases take SQLAlchemy's portable Core path.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Date, Table, insert


def _converter(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, JSON):
        return lambda value: None if value is None else json.dumps(value)
    if isinstance(column_type, Date):
        return lambda value: value.isoformat() if isinstance(value, dt.date) else value
    return None


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all carry every column of `table` (defaults already applied)."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    names = [column.name for column in table.columns]
    converters = [_converter(column.type) for column in table.columns]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        table.name, ", ".join(f'"{n}"' for n in names), ", ".join("?" * len(names))
    )
    plain = all(c is None for c in converters)
    if plain:
        params = [tuple(row[n] for n in names) for row in rows]
    else:
        pairs = list(zip(names, converters, strict=True))
        params = [tuple(row[n] if c is None else c(row[n]) for n, c in pairs) for row in rows]
    connection.exec_driver_sql(sql, params)
