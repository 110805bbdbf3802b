"""export-json and import-json: every live record as canonical JSON, and back.

The export is stable byte for byte for the same data (entities and keys sorted, records sorted by
id, one record per line) and carries no sync metadata. The import validates the whole file first
(every field of every record, every reference) and writes it in one transaction, so a file with one
bad record changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from trygghetsapp.domain import schemas
from trygghetsapp.domain.errors import DomainError, RecordErrors
from trygghetsapp.domain.values import RECORD_ID
from trygghetsapp.files.atomic import atomic_text_output
from trygghetsapp.services.export_reader import ExportFile
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.services.records import REFERENCES
from trygghetsapp.store import sqlite_tools
from trygghetsapp.store.codec import canonical_json, data_fields, from_json_value, to_json_value
from trygghetsapp.store.database import Database
from trygghetsapp.store.derived import derive_due_date, refresh_search_text
from trygghetsapp.store.models import (
    Area,
    Contact,
    CrisisRole,
    EquipmentItem,
    InfoChannel,
    Inspection,
    InspectionFinding,
    Municipality,
    RoleAssignment,
    SafetyPoint,
    SyncedRow,
)
from trygghetsapp.store.uow import UnitOfWork, entity_name

EXPORT_KEYS: dict[str, type[SyncedRow]] = {
    "municipalities": Municipality,
    "areas": Area,
    "safety_points": SafetyPoint,
    "equipment": EquipmentItem,
    "contacts": Contact,
    "roles": CrisisRole,
    "role_assignments": RoleAssignment,
    "channels": InfoChannel,
    "inspections": Inspection,
    "inspection_findings": InspectionFinding,
}
"""Export key -> model, in dependency order (parents first), which is also the import order."""


def _record_json(model: type[SyncedRow], row: Any) -> str:
    return canonical_json({name: to_json_value(getattr(row, name)) for name in data_fields(model)})


def write_export(database: Database, out: IO[str]) -> None:
    """Stream the export: one record per line, so 500,000 items never sit in memory at once."""
    with UnitOfWork(database) as uow:
        keys = sorted(EXPORT_KEYS)
        out.write("{\n")
        for key_index, key in enumerate(keys):
            model = EXPORT_KEYS[key]
            out.write(f'"{key}": [')
            query = select(model).where(~model.deleted).order_by(model.id)
            first = True
            for row in uow.session.scalars(query.execution_options(yield_per=5000)):
                out.write("\n" if first else ",\n")
                out.write(_record_json(model, row))
                first = False
            out.write("\n]" if not first else "]")
            out.write(",\n" if key_index < len(keys) - 1 else "\n")
        out.write("}\n")


def export_to_file(database: Database, path: Path) -> None:
    """Atomic (files/atomic.py): a full or read-only stick leaves the earlier file untouched."""
    with atomic_text_output(path) as handle:
        write_export(database, handle)


def export_text(database: Database) -> str:
    import io

    buffer = io.StringIO()
    write_export(database, buffer)
    return buffer.getvalue()


def _clean_record(model: type[SyncedRow], label: str, record: Any) -> tuple[str, dict[str, Any]]:
    """(id, cleaned values) of one record of the file, or a DomainError naming it."""
    if not isinstance(record, dict):
        raise DomainError("record", "måste vara ett objekt", "must be an object", label)
    row_id = record.get("id")
    if not isinstance(row_id, str) or RECORD_ID.fullmatch(row_id) is None:
        raise DomainError("id", "saknas eller är inget UUID", "missing or not a UUID", label)
    label = f"{label} (id {row_id})"
    table = model.__table__  # type: ignore[attr-defined]
    values = {k: val for k, val in record.items() if k != "id"}
    try:
        parsed = {
            k: from_json_value(table, k, val) if k in table.c else val for k, val in values.items()
        }
    except (ValueError, TypeError):
        parsed = values
    try:
        return row_id, schemas.clean(entity_name(model), parsed)
    except DomainError as error:
        raise error.with_record(label) from None


class _Refusals:
    """The refused records of an import file, told together (up to SHOWN, then counted)."""

    SHOWN = 10

    def __init__(self) -> None:
        self.found: list[DomainError] = []
        self.more = 0

    def add(self, error: DomainError) -> None:
        if len(self.found) < self.SHOWN:
            self.found.append(error)
        else:
            self.more += 1

    def raise_any(self) -> None:
        if len(self.found) == 1 and not self.more:
            raise self.found[0]
        if self.found:
            raise RecordErrors(self.found, self.more)


def _validate(source: ExportFile, database: Database) -> None:
    """First pass: every record valid, no id twice, every reference resolvable. Writes nothing.
    Every refused record is told at once; a broken file (not JSON, unknown sections) at once."""
    file_ids: set[str] = set()
    unresolved: dict[str, tuple[type[SyncedRow], str, str]] = {}
    refusals = _Refusals()
    for key, index, record in source.scan():
        model = EXPORT_KEYS[key]
        label = f"{key}[{index}]"
        try:
            row_id, cleaned = _clean_record(model, label, record)
        except DomainError as error:
            refusals.add(error)
            continue
        if row_id in file_ids:
            refusals.add(
                DomainError(
                    "id", "förekommer två gånger", "appears twice", f"{label} (id {row_id})"
                )
            )
            continue
        file_ids.add(row_id)
        unresolved.pop(row_id, None)
        for name, target in REFERENCES.items():
            ref = cleaned.get(name)
            if ref is not None and ref not in file_ids and ref not in unresolved:
                unresolved[ref] = (target, name, f"{label} (id {row_id})")
    refusals.raise_any()  # references are checked among valid records only
    missing = {ref: info for ref, info in unresolved.items() if ref not in file_ids}
    if not missing:
        return
    with UnitOfWork(database) as uow:
        by_model: dict[type[SyncedRow], list[str]] = {}
        for ref, (target, _, _) in missing.items():
            by_model.setdefault(target, []).append(ref)
        for target, refs in by_model.items():
            live: set[str] = set()
            for start in range(0, len(refs), 500):
                live.update(
                    uow.session.scalars(
                        select(target.id).where(
                            target.id.in_(refs[start : start + 500]), ~target.deleted
                        )
                    )
                )
            for ref in refs:
                if ref not in live:
                    _, name, label = missing[ref]
                    refusals.add(
                        DomainError(
                            name,
                            f"hänvisar till en post som saknas: {ref}",
                            f"refers to a missing record: {ref}",
                            label,
                        )
                    )
    refusals.raise_any()


def import_file(database: Database, path: Path, backup_first: bool = True) -> dict[str, int]:
    """Import a whole export file or nothing; returns how many records were added and updated.

    The file is validated completely before anything is written (first pass); then it is applied
    in one transaction, section by section in dependency order (second pass), 5,000 records at a
    time. Before that transaction commits, and only if it changes something, a backup of the
    state before the import is made (an import can change thousands of records at once): the
    backup API reads through its own connection, to which this transaction's writes are not yet
    visible (WAL). A no-op import makes no backup, so repeated imports never crowd out others.
    """
    source = ExportFile(path, set(EXPORT_KEYS))
    _validate(source, database)
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    with UnitOfWork(database) as uow:
        touched_areas: set[str] = set()
        for key, model in EXPORT_KEYS.items():
            batch: list[tuple[str, dict[str, Any]]] = []
            for index, record in source.records(key):
                batch.append(_clean_record(model, f"{key}[{index}]", record))
                if len(batch) >= 5000:
                    _apply(uow, model, batch, counts, touched_areas)
                    batch = []
            _apply(uow, model, batch, counts, touched_areas)
        uow.session.flush()
        for area_id in touched_areas:
            refresh_search_text(uow, area_id)
        if backup_first and not database.is_server and (counts["added"] or counts["updated"]):
            # (A server database is backed up by its operators with pg_dump.)
            sqlite_tools.make_backup(database.path, "before-import")
    return counts


def _apply(
    uow: UnitOfWork,
    model: type[SyncedRow],
    batch: list[tuple[str, dict[str, Any]]],
    counts: dict[str, int],
    touched_areas: set[str],
) -> None:
    if not batch:
        return
    session = uow.session
    existing = {
        row.id: row
        for start in range(0, len(batch), 500)
        for row in session.scalars(
            select(model).where(model.id.in_([rid for rid, _ in batch[start : start + 500]]))
        )
    }
    new_rows = []
    for row_id, cleaned in batch:
        row = existing.get(row_id)
        if model is EquipmentItem:
            cleaned = {**cleaned, **derive_due_date(cleaned)}
        if row is None:
            new_rows.append({"id": row_id, **cleaned})
            continue
        derived = {k: cleaned.pop(k) for k in ("due_date",) if k in cleaned}
        changed = uow.set(row, {**cleaned, "deleted": False})
        for name, value in derived.items():
            setattr(row, name, value)
        counts["updated" if changed else "unchanged"] += 1
    if model is Area:
        for new_row in new_rows:
            new_row["search_text"] = ""
        touched_areas.update(row_id for row_id, _ in batch)
    if model is SafetyPoint:
        touched_areas.update(cleaned["area_id"] for _, cleaned in batch)
    counts["added"] += uow.bulk_add(model, new_rows)


def import_changes(counts: dict[str, int]) -> Changes:
    return Changes(frozenset(entity_name(m) for m in EXPORT_KEYS.values()))
