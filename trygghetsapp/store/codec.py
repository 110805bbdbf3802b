"""One mapping between column values and JSON, shared by the change log and export-json.

Dates travel as "YYYY-MM-DD", lists and objects as JSON, everything else as itself; so a value read
back from a package or an export file is the value that was written.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Date, Table

from trygghetsapp.store.models import DERIVED_COLUMNS, SYNC_COLUMNS


def to_json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_json_value(table: Table, field: str, value: Any) -> Any:
    if value is not None and isinstance(table.c[field].type, Date) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def canonical_json(data: Any) -> str:
    """Stable text for the same data: sorted keys, no whitespace, UTF-8 kept readable."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def data_fields(model: type[Any]) -> list[str]:
    """The record's own fields, as exported: everything but the sync bookkeeping."""
    table = model.__table__
    assert isinstance(table, Table)
    return [
        c.name
        for c in table.columns
        if c.name not in SYNC_COLUMNS and c.name not in DERIVED_COLUMNS
    ]
