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
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from trygghetsapp.domain.identity import ERASED_TEXT, PersonKeys
from trygghetsapp.store import sql, sqlite_tools
from trygghetsapp.store.codec import canonical_json
from trygghetsapp.store.database import Database
from trygghetsapp.store.location import start_view_files

ENTITY = "contact"
ERASED_NAME = ERASED_TEXT
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
    """Redact every change of these contacts in this replica's log; returns changes rewritten.

    Also every other change that names them (an inspector, a key holder, a note): the person's
    names, phones and e-mails are read from the contact's changes before they are blanked, and
    each mention in any change's text is replaced by ERASED_NAME (`scrub_log`); references to
    them (`inspector_id`) become empty. So an imported erasure cleans this replica's log as the
    erasing replica cleaned its own."""
    rewritten = 0
    for row_id in sorted(set(row_ids)):
        rewritten += scrub_log(connection, keys_from_log(connection, row_id), row_id)
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


TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "municipality": ("name", "code", "notes", "checklist_authors"),
    "area": ("name", "local_group", "notes", "villages"),
    "safety_point": (
        "name",
        "address",
        "reserve_power_notes",
        "heating",
        "water",
        "key_holder",
        "access_notes",
        "opening_routine",
        "notes",
    ),
    "equipment_item": ("name", "location", "owner", "serial_number", "facts", "notes"),
    "contact": ("organisation", "skills", "notes"),
    "crisis_role": ("name", "name_en", "first_actions"),
    "info_channel": ("identifier", "notes"),
    "inspection": ("inspector", "notes"),
    "inspection_finding": ("note",),
}
"""Every field a person could be named in by free text, per table (lists and objects: their
text values). tests/services/test_person_traces.py fails when a text column is added and not
listed here or in NOT_TEXT."""
PHONE_FIELDS: dict[str, tuple[str, ...]] = {"municipality": ("duty_phone", "switchboard_phone")}
"""Phone columns (E.164): one that is the person's number is a trace of them."""
NOT_TEXT: dict[str, tuple[str, ...]] = {
    "contact": ("name", "phone", "phone_alt", "email", "legal_basis", "area_id"),
    "crisis_role": ("code",),  # a catalogue code
    "municipality": ("vma_frequency",),  # a radio frequency ("100,0 MHz"), never a name
    # Another contact's own name, phones and e-mail are that person's, even when the same
    # as the erased person's (a namesake, a shared shop phone): never scrubbed.
}
"""Text columns deliberately not searched (besides ids, references and coded values)."""
REFERENCE_FIELDS: dict[str, tuple[str, ...]] = {"inspection": ("inspector_id",)}
"""Columns that refer to a contact as a person named in the record (not role assignments,
which erasure deletes)."""


def scrub_value(value: Any, keys: PersonKeys) -> Any:
    """A JSON value with every mention of the person replaced (strings, lists, objects)."""
    if isinstance(value, str):
        return keys.scrub(value)
    if isinstance(value, list):
        return [scrub_value(item, keys) for item in value]
    if isinstance(value, dict):
        return {key: scrub_value(item, keys) for key, item in value.items()}
    return value


def scrub_data(
    entity: str, data: dict[str, Any], keys: PersonKeys, contact_id: str
) -> dict[str, Any]:
    """A record's values (a change's data, or a row) with every mention of the person in its
    searched fields scrubbed, their phone number and references to them blanked."""
    text, phones = TEXT_FIELDS.get(entity, ()), PHONE_FIELDS.get(entity, ())
    references = REFERENCE_FIELDS.get(entity, ())
    result: dict[str, Any] = {}
    for key, value in data.items():
        if (key in references and value == contact_id) or (key in phones and value in keys.phones):
            result[key] = None
        elif key in text:
            result[key] = scrub_value(value, keys)
        else:
            result[key] = value
    if entity == "inspection" and data.get("inspector_id") == contact_id and "inspector" in data:
        result["inspector"] = ERASED_NAME  # the link says it was them, whatever was typed
    return result


def keys_from_log(connection: Connection, contact_id: str) -> PersonKeys:
    """The person's names, phones and e-mails as every change of the contact here holds them,
    and as the contact row holds them now (before any redaction)."""
    names: list[str] = []
    phones: list[str] = []
    emails: list[str] = []
    rows = [
        json.loads(text)
        for (text,) in sql.execute(
            connection,
            "SELECT data FROM change WHERE row_id = ? AND entity = ?",
            (contact_id, ENTITY),
        )
    ]
    current = sql.execute(
        connection,
        "SELECT name, phone, phone_alt, email FROM contact WHERE id = ?",
        (contact_id,),
    ).first()
    if current is not None:
        rows.append(dict(zip(("name", "phone", "phone_alt", "email"), current, strict=True)))
    for data in rows:
        if isinstance(data.get("name"), str):
            names.append(data["name"])
        for field in ("phone", "phone_alt"):
            if isinstance(data.get(field), str):
                phones.append(data[field])
        if isinstance(data.get("email"), str):
            emails.append(data["email"])
    return PersonKeys.of(names, phones, emails)


def might_name(keys: PersonKeys, contact_id: str) -> Callable[[str | None], bool]:
    """A cheap test, run inside SQLite (on PostgreSQL in Python over the rows the native test
    lets by, `_hits`) over a row's text before anything is parsed: could this
    text mention the person at all (every word of a name, an e-mail, the last six digits of a
    phone with separators dropped, or the contact's id)? `PersonKeys.mentions` then decides."""
    names = [[word.casefold() for word in name.split()] for name in keys.names]
    emails = list(keys.emails)
    tails = [re.sub(r"\D", "", phone)[-6:] for phone in keys.phones]

    def test(text: str | None) -> bool:
        if not text:
            return False
        if "\\u" in text:  # JSON with escaped letters (a list column): unescape them
            text = _ESCAPED.sub(lambda match: chr(int(match.group(1), 16)), text)
        if contact_id and contact_id in text:
            return True
        folded = text.casefold()
        if any(all(word in folded for word in words) for words in names):
            return True
        if any(email in folded for email in emails):
            return True
        if tails:
            digits = re.sub(r"\D", "", text)
            return any(tail in digits for tail in tails)
        return False

    return test


_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")
HIT_FUNCTION = "person_might_be_named"


def native_test(
    keys: PersonKeys, contact_id: str, expression: str, postgresql: bool = False
) -> tuple[str, list[Any]]:
    """A looser test in plain SQL (fast, in C) that every text `might_name` accepts passes:
    the longest word of each name in four spellings (and as JSON escapes them), the e-mails
    (LIKE ignores ASCII case), a phone's last four digits as "0677", "06 77" or "06-77", or the
    contact id. `might_name` then runs on the few rows it lets by.

    `postgresql`: the same test in PostgreSQL's words (strpos for instr, ILIKE for SQLite's
    case-blind LIKE, no NUL byte in a parameter)."""
    find = "strpos" if postgresql else "instr"
    like = "ILIKE" if postgresql else "LIKE"
    if postgresql:
        tests: list[str] = [f"{find}({expression}, ?) > 0"] if contact_id else ["1 = 0"]
        parameters: list[Any] = [contact_id] if contact_id else []
    else:
        tests = [f"instr({expression}, ?)"]
        parameters = [contact_id or "\x00"]
    found = f"{find}({expression}, ?)" + (" > 0" if postgresql else "")
    for name in keys.names:
        word = max(name.split(), key=lambda w: sum(ch.isalpha() for ch in w))
        word = "".join(ch for ch in word if ch.isalpha()) or word
        spellings = (word, word.lower(), word.upper(), word.capitalize())
        json_forms = (json.dumps(w)[1:-1] for w in spellings)  # as a JSON column stores it
        for spelling in dict.fromkeys((*spellings, *json_forms)):
            tests.append(found)
            parameters.append(spelling)
    for email in keys.emails:
        tests.append(f"{expression} {like} ? ESCAPE '!'")
        pattern = email.replace("!", "!!").replace("%", "!%").replace("_", "!_")
        parameters.append(f"%{pattern}%")
    for phone in keys.phones:
        digits = re.sub(r"\D", "", phone)[-4:]
        for spelling in (digits, f"{digits[:2]} {digits[2:]}", f"{digits[:2]}-{digits[2:]}"):
            tests.append(found)
            parameters.append(spelling)
    return "(" + " OR ".join(tests) + ")", parameters


def register_test(connection: Connection, keys: PersonKeys, contact_id: str) -> None:
    """Make `might_name` callable in SQL on this connection as person_might_be_named(text).

    SQLite's alone (a Python function registered in the driver): on PostgreSQL nothing is
    registered and `candidate_ids` and `scrub_log` run `might_name` in Python over the rows the
    native test lets by (the same rows, the same answer)."""
    if sql.is_postgresql(connection):
        return
    driver = connection.connection.driver_connection
    assert driver is not None
    test = might_name(keys, contact_id)
    driver.create_function(HIT_FUNCTION, 1, lambda text: int(test(text)), deterministic=True)


def candidate_ids(
    connection: Connection, table: str, keys: PersonKeys, contact_id: str
) -> list[str]:
    """Ids of the rows of `table` that might name or refer to the person (`register_test` must
    have run on this connection): the free-text prefilter, phone columns equal to one of theirs,
    references to them. Columns a backup of an older schema lacks are skipped.

    On PostgreSQL the query returns, with each row the native test or a phone or reference lets
    by, its joined text and whether the phone or reference matched; `might_name` then decides in
    Python for the rows only the text let by."""
    postgresql = sql.is_postgresql(connection)
    present = _columns(connection, table)
    text = [f for f in TEXT_FIELDS.get(table, ()) if f in present]
    phones = [f for f in PHONE_FIELDS.get(table, ()) if f in present]
    references = [f for f in REFERENCE_FIELDS.get(table, ()) if f in present]
    direct: list[str] = []
    direct_parameters: list[Any] = []
    for field in phones:
        if keys.phones:
            direct.append(f"{field} IN ({', '.join('?' for _ in keys.phones)})")
            direct_parameters.extend(keys.phones)
    for field in references:
        direct.append(f"{field} = ?")
        direct_parameters.append(contact_id)
    natives: list[str] = []
    native_parameters: list[Any] = []
    # List columns are JSON on PostgreSQL: read as their text, as SQLite stores them.
    columns = [f"CAST({f} AS TEXT)" if postgresql else f for f in text]
    for column in columns:  # per column: cheaper than testing the joined text (no copies)
        native, parameters = native_test(keys, contact_id, column, postgresql)
        natives.append(native)
        native_parameters.extend(parameters)
    separator = " || chr(31) || " if postgresql else " || char(31) || "
    joined = separator.join(f"coalesce({c}, '')" for c in columns)
    if not postgresql:
        tests = [f"(({' OR '.join(natives)}) AND {HIT_FUNCTION}({joined}))"] if text else []
        tests += direct
        if not tests:
            return []
        query = f"SELECT id FROM {table} WHERE {' OR '.join(tests)} ORDER BY id"
        query_parameters = (*native_parameters, *direct_parameters)
        return [row[0] for row in sql.execute(connection, query, query_parameters)]
    if not text and not direct:
        return []
    text_column = joined if text else "''"
    direct_column = f"({' OR '.join(direct)})" if direct else "FALSE"
    where = " OR ".join([*natives, *direct])
    query = f"SELECT id, {text_column}, {direct_column} FROM {table} WHERE {where} ORDER BY id"
    query_parameters = (*direct_parameters, *native_parameters, *direct_parameters)
    test = might_name(keys, contact_id)
    return [
        row_id
        for row_id, row_text, matched in sql.execute(connection, query, query_parameters)
        if matched or (text and test(row_text))
    ]


def scrub_log(connection: Connection, keys: PersonKeys, contact_id: str) -> int:
    """Rewrite every change (other than the contact's own) that mentions the person."""
    if not keys and not contact_id:
        return 0
    postgresql = sql.is_postgresql(connection)
    register_test(connection, keys, contact_id)
    updates = []
    native, parameters = native_test(keys, contact_id, "data", postgresql)
    # On PostgreSQL `might_name` runs here in Python over the rows the native test lets by.
    test = might_name(keys, contact_id) if postgresql else None
    for device, seq, entity, row_id, text in sql.execute(
        connection,
        "SELECT device_id, seq, entity, row_id, data FROM change "
        f"WHERE {native}" + ("" if postgresql else f" AND {HIT_FUNCTION}(data)"),
        tuple(parameters),
    ).all():
        if test is not None and not test(text):
            continue
        if entity == ENTITY and row_id == contact_id:
            continue  # the contact's own changes: `redact` blanks them whole
        scrubbed = canonical_json(scrub_data(entity, json.loads(text), keys, contact_id))
        if scrubbed != text:
            updates.append((scrubbed, device, seq))
    if updates:
        sql.execute(
            connection, "UPDATE change SET data = ? WHERE device_id = ? AND seq = ?", updates
        )
        mark_compact_pending(connection)
    return len(updates)


def is_scrub_of(scrubbed: str, original: str) -> bool:
    """True if `scrubbed` is `original` with some spans replaced by ERASED_NAME and some
    references emptied: the same change after an erasure reached one replica first."""
    if scrubbed == original or (ERASED_NAME not in scrubbed and "null" not in scrubbed):
        return False
    try:
        mine, theirs = json.loads(scrubbed), json.loads(original)
    except ValueError:
        return False
    if not isinstance(mine, dict) or not isinstance(theirs, dict) or set(mine) != set(theirs):
        return False
    return all(_value_scrub_of(mine[key], theirs[key]) for key in mine)


def _value_scrub_of(mine: Any, theirs: Any) -> bool:
    if mine == theirs or (mine in (None, "") and isinstance(theirs, str)):
        return True
    if isinstance(mine, str) and isinstance(theirs, str) and ERASED_NAME in mine:
        pattern = ".+?".join(re.escape(part) for part in mine.split(ERASED_NAME))
        return re.fullmatch(pattern, theirs, re.DOTALL) is not None
    if isinstance(mine, list) and isinstance(theirs, list) and len(mine) == len(theirs):
        return all(_value_scrub_of(a, b) for a, b in zip(mine, theirs, strict=True))
    if isinstance(mine, dict) and isinstance(theirs, dict) and set(mine) == set(theirs):
        return all(_value_scrub_of(mine[k], theirs[k]) for k in mine)
    return False


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
        for kept in start_view_files(database.path):  # a picture of a tab may show the person
            kept.unlink(missing_ok=True)
    with database.store.engine.begin() as connection:
        sql.execute(connection, "DELETE FROM sync_setting WHERE key = ?", (COMPACT_PENDING,))


def _columns(connection: Connection, table: str) -> set[str]:
    if sql.is_postgresql(connection):
        return {
            name
            for (name,) in sql.execute(
                connection,
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ?",
                (table,),
            )
        }
    return {row[1] for row in sql.execute(connection, f"PRAGMA table_info({table})")}


def scrub_tables(connection: Connection, keys: PersonKeys, contact_id: str) -> int:
    """Scrub the person out of every table's text, without writing changes (a backup file, not
    a live replica: its change log is redacted by `redact_rows`). Returns rows rewritten."""
    rewritten = 0
    tables = set(TEXT_FIELDS) | set(PHONE_FIELDS) | set(REFERENCE_FIELDS)
    for table in sorted(tables):
        present = _columns(connection, table)
        fields = [
            f
            for f in (
                *TEXT_FIELDS.get(table, ()),
                *PHONE_FIELDS.get(table, ()),
                *REFERENCE_FIELDS.get(table, ()),
            )
            if f in present
        ]
        if not fields:
            continue
        listed = ", ".join(fields)
        register_test(connection, keys, contact_id)
        wanted = candidate_ids(connection, table, keys, contact_id)
        rows = [
            row
            for start in range(0, len(wanted), 500)
            for row in sql.execute(
                connection,
                f"SELECT id, {listed} FROM {table} WHERE id IN "
                f"({', '.join('?' for _ in wanted[start : start + 500])})",
                tuple(wanted[start : start + 500]),
            ).all()
        ]
        for row in rows:
            if table == ENTITY and row[0] == contact_id:
                continue
            data = {}
            for name, value in zip(fields, row[1:], strict=True):
                is_json = isinstance(value, str) and value[:1] in ("[", "{")
                data[name] = json.loads(value) if is_json else value
            scrubbed = scrub_data(table, data, keys, contact_id)
            if scrubbed == data:
                continue
            assignments = ", ".join(f"{name} = ?" for name in fields)
            values = [
                json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                for v in scrubbed.values()
            ]
            sql.execute(
                connection, f"UPDATE {table} SET {assignments} WHERE id = ?", (*values, row[0])
            )
            rewritten += 1
    return rewritten


def purge_file(path: Path, contact_id: str, extra: PersonKeys) -> bool:
    """Erase one person from a backup file in place (a verified copy replaces it atomically):
    the contact blanked, their role assignments deleted, every mention scrubbed from tables and
    change log, the file compacted. Returns False if the file did not hold them."""
    import os
    import uuid

    from sqlalchemy import create_engine

    work = path.with_name(f".purge-{uuid.uuid4().hex[:12]}-{path.name}")
    sqlite_tools.copy_database(path, work)
    try:
        engine = create_engine(f"sqlite:///{work}")
        try:
            with engine.begin() as connection:
                found = sql.execute(
                    connection, "SELECT 1 FROM contact WHERE id = ?", (contact_id,)
                ).first()
                if found is None:
                    return False
                keys = keys_from_log(connection, contact_id)
                keys = PersonKeys.of(
                    (*keys.names, *extra.names),
                    (*keys.phones, *extra.phones),
                    (*keys.emails, *extra.emails),
                )
                scrub_tables(connection, keys, contact_id)
                scrub_log(connection, keys, contact_id)
                redact_rows(connection, [contact_id])
                blank = {k: v for k, v in BLANK.items() if k != "skills"}
                assignments = ", ".join(f"{name} = ?" for name in blank)
                sql.execute(
                    connection,
                    f"UPDATE contact SET {assignments}, skills = '[]' WHERE id = ?",
                    (*blank.values(), contact_id),
                )
                sql.execute(
                    connection,
                    "UPDATE role_assignment SET deleted = TRUE WHERE contact_id = ?",
                    (contact_id,),
                )
                if sql.execute(
                    connection,
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'area_readiness'",
                ).first():
                    # Their areas' kept readiness counts (derived) are counted again when read.
                    sql.execute(
                        connection,
                        "DELETE FROM area_readiness WHERE area_id IN "
                        "(SELECT area_id FROM role_assignment WHERE contact_id = ?)",
                        (contact_id,),
                    )
                sql.execute(
                    connection,
                    "INSERT OR IGNORE INTO sync_setting (key, value) VALUES (?, 'purged')",
                    (SETTING_PREFIX + contact_id,),
                )
                sql.execute(
                    connection, "DELETE FROM sync_setting WHERE key = ?", (COMPACT_PENDING,)
                )
        finally:
            engine.dispose()
        sqlite_tools.compact(work)
        os.replace(work, path)
        return True
    finally:
        work.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            work.with_name(work.name + suffix).unlink(missing_ok=True)
