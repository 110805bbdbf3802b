"""Erasing a person everywhere (GDPR): the one redaction every replica applies to its change log.

`services.privacy.erase_person` writes the erasure as an ordinary change of the contact (the
personal fields blanked, `deleted` true) plus the marker `"erased": true`, then redacts every
earlier change of that contact in its own log and compacts the file. A replica importing that
change does the same (`redact_erased` during import, `compact` after commit), and keeps the
contact's id in `sync_setting` (`erased:<id>`) so that any change of it that arrives later (a
concurrent edit on a third laptop, a relay of the old values) is redacted on arrival.

Erasure wins over edits: every change of an erased contact, whoever made it and whatever its
clock, has its personal fields replaced by the same blank values and `deleted` forced true, so
no merge outcome can bring a name or phone back (identical values are no conflict, so the
conflict list holds no old value either). Non-personal fields (area, legal basis, review date)
merge as usual.

Redaction is a pure function of the change's data, so two replicas that redacted the same change
hold byte-identical text, and the clone check (same device and seq, different content) accepts a
change whose one version is the redaction of the other (`is_redaction_of`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from trygghetsapp.store import sql, sqlite_tools
from trygghetsapp.store.codec import canonical_json
from trygghetsapp.store.database import Database

ENTITY = "contact"
ERASED_NAME = "[raderad person]"
ERASED_MARK = "erased"
"""The field an erasure's change carries (`"erased": true`); the merge lets it win."""
BLANK: dict[str, Any] = {
    "name": ERASED_NAME,
    "phone": None,
    "phone_alt": None,
    "email": "",
    "organisation": "",
    "skills": [],
    "notes": "",
    "deleted": True,
}
"""The values an erased contact's personal fields get in every change (JSON values)."""
PERSONAL_FIELDS = tuple(k for k in BLANK if k != "deleted")
SETTING_PREFIX = "erased:"
MARK_TEXT = '"erased":true'
"""How the marker appears in canonical change text (a cheap test on the import hot path)."""


def redact(data: dict[str, Any]) -> dict[str, Any]:
    """The change data with every personal field it carries blanked (others untouched)."""
    return {key: BLANK.get(key, value) for key, value in data.items()}


def redact_text(text: str) -> str:
    return canonical_json(redact(json.loads(text)))


def is_erasure(entity: str, text: str) -> bool:
    return entity == ENTITY and MARK_TEXT in text


def is_redaction_of(redacted: str, original: str) -> bool:
    """True if `redacted` is `original` with an erasure's redaction applied."""
    try:
        return redact_text(original) == redacted
    except (ValueError, TypeError, AttributeError):
        return False


def erased_rows(connection: Connection) -> set[str]:
    """Contacts erased here (locally or by an imported erasure)."""
    return {
        key[len(SETTING_PREFIX) :]
        for (key,) in sql.execute(
            connection, "SELECT key FROM sync_setting WHERE key LIKE 'erased:%'"
        )
    }


COMPACT_PENDING = "compact_pending"
"""Set in the transaction that redacts, cleared once VACUUM has run: if the process dies in
between (or VACUUM fails), the next open compacts, so old values never stay in free pages."""


def mark_compact_pending(connection: Connection) -> None:
    sql.execute(
        connection,
        "INSERT OR REPLACE INTO sync_setting (key, value) VALUES (?, '1')",
        (COMPACT_PENDING,),
    )


def compact_pending(connection: Connection) -> bool:
    return (
        sql.execute(
            connection, "SELECT 1 FROM sync_setting WHERE key = ?", (COMPACT_PENDING,)
        ).scalar()
        is not None
    )


def remember(connection: Connection, row_ids: Iterable[str], when: str) -> None:
    rows = [(SETTING_PREFIX + row_id, when) for row_id in sorted(set(row_ids))]
    if rows:
        sql.execute(
            connection, "INSERT OR IGNORE INTO sync_setting (key, value) VALUES (?, ?)", rows
        )
        mark_compact_pending(connection)


def redact_rows(connection: Connection, row_ids: Iterable[str]) -> int:
    """Redact every change of these contacts in this replica's log; returns changes rewritten."""
    rewritten = 0
    for row_id in sorted(set(row_ids)):
        rows = sql.execute(
            connection,
            "SELECT device_id, seq, data FROM change WHERE row_id = ? AND entity = ?",
            (row_id, ENTITY),
        ).all()
        updates = []
        for device, seq, data in rows:
            redacted = redact_text(data)
            if redacted != data:
                updates.append((redacted, device, seq))
        if updates:
            sql.execute(
                connection, "UPDATE change SET data = ? WHERE device_id = ? AND seq = ?", updates
            )
            rewritten += len(updates)
    if rewritten:
        mark_compact_pending(connection)
    return rewritten


def compact_after_erasure(database: Database) -> None:
    """VACUUM after a redaction, so the old values leave the file's free pages and the WAL.

    On PostgreSQL a plain VACUUM of the change log and the contacts (outside a transaction):
    the redacted rows' old versions become free space the server reuses; their bytes may stay
    on disk until overwritten, as in any PostgreSQL table (docs/office-postgresql.md)."""
    if database.is_server:
        with database.store.engine.connect() as connection:
            auto = connection.execution_options(isolation_level="AUTOCOMMIT")
            auto.exec_driver_sql(f"VACUUM change, {ENTITY}")
    else:
        database.store.engine.dispose()
        sqlite_tools.compact(database.path)
    with database.store.engine.begin() as connection:
        sql.execute(connection, "DELETE FROM sync_setting WHERE key = ?", (COMPACT_PENDING,))
