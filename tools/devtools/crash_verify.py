"""Verify by content what a killed workload's acknowledgements promised.

Why by content: counting acknowledgements proves nothing. An import committed one section per
transaction acknowledges as often as a whole one, and a backup copied straight to its final name
acknowledges just the same; only reading the database and the backup files back shows the first
left half an import behind and the second a torn file. Everything here reads files read-only
(backups with `immutable=1`, so a check never creates a -wal or -shm beside them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from trygghetsapp.services.transfer import EXPORT_KEYS
from trygghetsapp.store.codec import data_fields, to_json_value

if TYPE_CHECKING:
    from tools.devtools.import_sequence import ImportSequence

RecordStates = dict[str, dict[str, Any]]
"""Record id -> its exported fields, as export-json would write them."""

LOST = "lost"
FAILED_CHECK = "failed check"
HALF_APPLIED = "half-applied import"
TORN_BACKUP = "torn backup"
STALE_BACKUP = "stale backup"
LOST_BACKUP = "lost backup"
TORN_PDF = "torn pdf"
WORKLOAD = "workload failure"
"""The kinds of finding; the soak's report line for each starts with its kind."""


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str


@dataclass
class Promise:
    """What the acknowledgements received so far promise is stored."""

    areas: set[str] = field(default_factory=set)
    equipment: RecordStates = field(default_factory=dict)
    contacts: RecordStates = field(default_factory=dict)
    imports: int = 0
    """Documents imported and acknowledged (always the first ones, in order)."""
    deleted: set[str] = field(default_factory=set)
    """Imported records deleted since (acknowledged); an import of a file holding one revives it."""
    pdfs: list[Path] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)

    def acknowledge(
        self, kind: str, payload: Mapping[str, Any], sequence: ImportSequence | None = None
    ) -> None:
        if kind in ("setup", "sync"):
            self.areas.add(str(payload["area"]))
        elif kind == "equipment" and "deleted" in payload:
            self.deleted.add(str(payload["deleted"]))
        elif kind == "equipment":
            self.equipment[str(payload["id"])] = dict(payload["fields"])
        elif kind == "contact":
            self.contacts[str(payload["id"])] = dict(payload["fields"])
        elif kind == "import":
            assert int(payload["document"]) == self.imports, "imports are acknowledged in order"
            assert sequence is not None
            self.deleted -= sequence.in_document(self.imports)
            self.imports += 1
        elif kind == "pdf":
            self.pdfs.append(Path(payload["path"]))
        elif kind == "backup":
            self.backups.append(Path(payload["path"]))

    def copy(self) -> Promise:
        return Promise(
            set(self.areas),
            dict(self.equipment),
            dict(self.contacts),
            self.imports,
            set(self.deleted),
            list(self.pdfs),
            list(self.backups),
        )


def open_read_only(path: Path, immutable: bool = False) -> Engine:
    """An engine that can only read `path`; `immutable` also skips locks, -wal and -shm."""
    uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    return create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool
    )


def read_records(engine: Engine, wanted: Mapping[str, Iterable[str]]) -> RecordStates:
    """The live (not deleted) records among `wanted` (export section -> ids), export-json style."""
    states: RecordStates = {}
    with engine.connect() as connection:
        for key, ids in wanted.items():
            model = EXPORT_KEYS[key]
            table = model.__table__  # type: ignore[attr-defined]
            names = data_fields(model)
            id_list = sorted(ids)
            for start in range(0, len(id_list), 500):
                query = select(*(table.c[name] for name in names)).where(
                    table.c.id.in_(id_list[start : start + 500]), ~table.c.deleted
                )
                for row in connection.execute(query):
                    values = dict(zip(names, row, strict=True))
                    states[str(values["id"])] = {k: to_json_value(v) for k, v in values.items()}
    return states


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's integrity and foreign-key checks; an unreadable file is one problem."""
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            rows = [r[0] for r in raw.execute("PRAGMA integrity_check").fetchall()]
            problems = [r for r in rows if r != "ok"]
            problems += [f"foreign key: {r}" for r in raw.execute("PRAGMA foreign_key_check")]
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    except (sqlite3.DatabaseError, DBAPIError) as error:
        return [str(error).splitlines()[0]]
    missing = sorted(m.__table__.name for m in EXPORT_KEYS.values())  # type: ignore[attr-defined]
    missing = [name for name in missing if name not in tables]
    return problems + ([f"tables missing: {', '.join(missing)}"] if missing else [])


def _lost_edits(engine: Engine, promise: Promise, kind: str, where: str) -> list[Finding]:
    """Every acknowledged single edit (area, equipment, contact) present with its values."""
    found = read_records(
        engine,
        {
            "areas": promise.areas,
            "equipment": promise.equipment.keys(),
            "contacts": promise.contacts.keys(),
        },
    )
    findings = []
    for row_id in sorted(promise.areas - found.keys()):
        findings.append(Finding(kind, f"{where}: acknowledged area {row_id} is missing"))
    for label, edits in (("equipment", promise.equipment), ("contact", promise.contacts)):
        for row_id, expected in edits.items():
            actual = found.get(row_id)
            if actual is None:
                findings.append(Finding(kind, f"{where}: acknowledged {label} {row_id} is missing"))
                continue
            wrong = {k: actual.get(k) for k, v in expected.items() if actual.get(k) != v}
            if wrong:
                findings.append(
                    Finding(
                        kind, f"{where}: {label} {row_id} reads {wrong}, acknowledged {expected}"
                    )
                )
    return findings


def _without(states: RecordStates, ids: set[str]) -> RecordStates:
    return {row_id: state for row_id, state in states.items() if row_id not in ids}


def _import_state(
    engine: Engine,
    sequence: ImportSequence,
    promise: Promise,
    next_begun: bool,
    deleting: str | None = None,
) -> tuple[str, str] | None:
    """None when the imported records read exactly as after the last acknowledged import (less
    the deletions acknowledged since), or (with `next_begun`) as after the next one applied whole:
    an import that committed but was killed before its acknowledgement. Otherwise (headline,
    detail) of the mix found. Deleted records the next document does not revive are left to
    `_undone_deletions`. `deleting`: an item an unacknowledged step was deleting; gone is fine."""
    acknowledged = promise.imports
    count = (
        acknowledged + 1 if next_begun and acknowledged < len(sequence.documents) else acknowledged
    )
    revived = sequence.in_document(acknowledged) if count > acknowledged else set()
    staying = promise.deleted - revived
    ids = {key: key_ids - staying for key, key_ids in sequence.ids_up_to(count).items()}
    actual = read_records(engine, ids)
    gone = {deleting} - actual.keys() if deleting else set()
    before = _without(sequence.state_after(acknowledged), promise.deleted | gone)
    if actual == before:
        return None
    after = _without(sequence.state_after(count), staying | gone)
    if count > acknowledged and actual == after:
        return None
    as_before: set[str] = set()
    as_after: set[str] = set()
    neither: set[str] = set()
    section = {row_id: key for key, key_ids in ids.items() for row_id in key_ids}
    for row_id in section:
        value, old, new = actual.get(row_id), before.get(row_id), after.get(row_id)
        if old == new:
            if value != old:
                neither.add(row_id)
        elif value == old:
            as_before.add(row_id)
        elif value == new:
            as_after.add(row_id)
        else:
            neither.add(row_id)

    def sections(row_ids: set[str]) -> str:
        return ", ".join(sorted({section[row_id] for row_id in row_ids})) or "-"

    detail = (
        f"{len(as_after)} records as after document {count - 1} ({sections(as_after)}), "
        f"{len(as_before)} as after document {acknowledged - 1} ({sections(as_before)}), "
        f"{len(neither)} as neither ({sections(neither)})"
    )
    return f"import of document {acknowledged} applied in part", detail


def _undone_deletions(
    engine: Engine, sequence: ImportSequence, promise: Promise, next_begun: bool, kind: str
) -> list[Finding]:
    """An acknowledged deletion of an imported record must hold, unless the import begun after
    it holds the record (it may have revived it)."""
    revived = sequence.in_document(promise.imports) if next_begun else set()
    staying = promise.deleted - revived
    live = read_records(engine, {"equipment": staying})
    return [Finding(kind, f"acknowledged deletion of equipment {row_id} undone") for row_id in live]


def verify_content(
    engine: Engine,
    promise: Promise,
    sequence: ImportSequence,
    where: str,
    next_import_begun: bool = False,
    deleting: str | None = None,
    as_backup: bool = False,
) -> list[Finding]:
    """The acknowledged edits and the import state, in the database or in one backup of it.

    `next_import_begun`: the killed step was the next import; `deleting`: it was deleting that
    imported item. Either may have committed before the kill took its acknowledgement."""
    lost_kind, import_kind = (STALE_BACKUP, STALE_BACKUP) if as_backup else (LOST, HALF_APPLIED)
    findings = _lost_edits(engine, promise, lost_kind, where)
    findings += _undone_deletions(engine, sequence, promise, next_import_begun, lost_kind)
    mix = _import_state(engine, sequence, promise, next_import_begun, deleting)
    if mix is not None:
        findings.append(Finding(import_kind, f"{where}: {mix[0]}: {mix[1]}"))
    return findings


def verify_backup(path: Path, promise: Promise, sequence: ImportSequence) -> list[Finding]:
    """A backup at its final name: whole (integrity_check), holding what was acknowledged
    before it was started."""
    engine = open_read_only(path, immutable=True)
    try:
        problems = integrity_problems(engine)
        if problems:
            return [Finding(TORN_BACKUP, f"{path.name}: {problems[0]}")]
        try:
            return verify_content(engine, promise, sequence, path.name, as_backup=True)
        except (sqlite3.DatabaseError, DBAPIError) as error:
            return [Finding(TORN_BACKUP, f"{path.name}: {str(error).splitlines()[0]}")]
    finally:
        engine.dispose()


def complete_pdf(path: Path) -> bool:
    """A whole PDF: the header at the start and the end-of-file marker at the end."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def verify_pdfs(folder: Path, promise: Promise) -> tuple[list[Finding], int]:
    """Every PDF at a final name whole, acknowledged or not; every acknowledged one there."""
    findings = [
        Finding(TORN_PDF, f"{path.name} is not a whole PDF")
        for path in sorted(folder.glob("*.pdf"))
        if not complete_pdf(path)
    ]
    findings += [
        Finding(LOST, f"acknowledged PDF {path.name} is missing")
        for path in sorted(set(promise.pdfs))
        if not path.exists()
    ]
    return findings, len(list(folder.glob("*.pdf")))
