"""export-json and import-json: every live record as canonical JSON, and back.

The export is stable byte for byte for the same data (entities and keys sorted, records sorted by
id, one record per line) and carries no sync metadata. The import validates the whole file first
(every field of every record, every reference) and writes it in one transaction, so a file with one
bad record changes nothing.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import schemas
from trygghetsapp.services.areas import refresh_search_text
from trygghetsapp.services.database import Database
from trygghetsapp.services.equipment import derive_due_date
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.services.records import REFERENCES
from trygghetsapp.services.uow import UnitOfWork, entity_name
from trygghetsapp.store import sqlite_tools
from trygghetsapp.store.codec import canonical_json, data_fields, from_json_value, to_json_value
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

MAX_IMPORT_BYTES = 2 * 1024**3
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


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
    """Atomic: written under a temporary name in the target folder, fsynced, then renamed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".partial", dir=path.parent
        )
    except OSError as error:
        raise write_error(path, error) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            write_export(database, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise write_error(path, error) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_error(path: Path, error: OSError) -> DomainError:
    """A full or read-only stick, said plainly; the earlier file at `path` is left untouched."""
    import errno

    if error.errno == errno.ENOSPC:
        sv, en = "det får inte plats (disken eller minnet är fullt)", "no space left on the device"
    elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        sv, en = "platsen är skrivskyddad", "the location is read-only"
    else:
        sv, en = f"kunde inte skriva ({error.strerror})", f"could not write ({error.strerror})"
    return DomainError("file", f"{path}: {sv}", f"{path}: {en}")


def export_text(database: Database) -> str:
    import io

    buffer = io.StringIO()
    write_export(database, buffer)
    return buffer.getvalue()


def _load(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DomainError(
            "file", f"kan inte läsa filen: {error}", f"cannot read file: {error}"
        ) from None
    if size > MAX_IMPORT_BYTES:
        raise DomainError("file", "filen är för stor", "the file is too large")
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except UnicodeDecodeError:
        raise DomainError("file", "filen är inte UTF-8", "the file is not UTF-8") from None
    except (json.JSONDecodeError, RecursionError) as error:
        raise DomainError("file", f"ogiltig JSON: {error}", f"invalid JSON: {error}") from None
    except OSError as error:
        raise DomainError(
            "file", f"kan inte läsa filen: {error}", f"cannot read file: {error}"
        ) from None
    if not isinstance(data, dict):
        raise DomainError("file", "måste vara ett JSON-objekt", "must be a JSON object")
    return data


def _validated(data: dict[str, Any]) -> Iterator[tuple[type[SyncedRow], str, dict[str, Any]]]:
    unknown = sorted(set(data) - set(EXPORT_KEYS))
    if unknown:
        raise DomainError(unknown[0], "okänd posttyp i filen", "unknown record type in the file")
    seen_ids: set[str] = set()
    for key, model in EXPORT_KEYS.items():
        records = data.get(key, [])
        if not isinstance(records, list):
            raise DomainError(key, "måste vara en lista", "must be a list")
        entity = entity_name(model)
        table = model.__table__  # type: ignore[attr-defined]
        for index, record in enumerate(records):
            label = f"{key}[{index}]"
            if not isinstance(record, dict):
                raise DomainError("record", "måste vara ett objekt", "must be an object", label)
            row_id = record.get("id")
            if not isinstance(row_id, str) or not _UUID.match(row_id):
                raise DomainError(
                    "id", "saknas eller är inget UUID", "missing or not a UUID", label
                )
            label = f"{key}[{index}] (id {row_id})"
            if row_id in seen_ids:
                raise DomainError("id", "förekommer två gånger", "appears twice", label)
            seen_ids.add(row_id)
            values = {k: val for k, val in record.items() if k != "id"}
            try:
                parsed = {
                    k: from_json_value(table, k, val) if k in table.c else val
                    for k, val in values.items()
                }
            except (ValueError, TypeError):
                parsed = values
            try:
                cleaned = schemas.clean(entity, parsed)
            except DomainError as error:
                raise error.with_record(label) from None
            yield model, row_id, cleaned


def import_file(database: Database, path: Path, backup_first: bool = True) -> dict[str, int]:
    """Import a whole export file or nothing; returns how many records were added and updated.

    The file is validated completely before anything is written; then a backup is made (an import
    is the one action that can change thousands of records at once) and it is applied in one
    transaction.
    """
    records = list(_validated(_load(path)))
    if backup_first:
        database.store.engine.dispose()
        sqlite_tools.make_backup(database.path, "before-import")
    file_ids = {row_id for _, row_id, _ in records}
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    with UnitOfWork(database) as uow:
        session = uow.session
        live_ids: dict[type[SyncedRow], set[str]] = {}

        def exists(model: type[SyncedRow], ref: str) -> bool:
            if ref in file_ids:
                return True
            if model not in live_ids:
                live_ids[model] = set(session.scalars(select(model.id).where(~model.deleted)))
            return ref in live_ids[model]

        for model, row_id, cleaned in records:
            for name, target in REFERENCES.items():
                ref = cleaned.get(name)
                if ref is not None and not exists(target, ref):
                    key = next(k for k, m in EXPORT_KEYS.items() if m is model)
                    raise DomainError(
                        name,
                        f"hänvisar till en post som saknas: {ref}",
                        f"refers to a missing record: {ref}",
                        f"{key} (id {row_id})",
                    )
        touched_areas: set[str] = set()
        for model in EXPORT_KEYS.values():
            batch = [(row_id, cleaned) for m, row_id, cleaned in records if m is model]
            if not batch:
                continue
            existing = {
                row.id: row
                for chunk_start in range(0, len(batch), 500)
                for row in session.scalars(
                    select(model).where(
                        model.id.in_([rid for rid, _ in batch[chunk_start : chunk_start + 500]])
                    )
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
        session.flush()
        for area_id in touched_areas:
            refresh_search_text(uow, area_id)
    return counts


def import_changes(counts: dict[str, int]) -> Changes:
    return Changes(frozenset(entity_name(m) for m in EXPORT_KEYS.values()))
