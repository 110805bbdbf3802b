"""A sequence of export-json documents for the kill trials, each a mutation of the one before.

Why: importing the same file twice is a no-op, so a kill test that re-imports one file can never
see an import applied halfway. Each document here changes records in every section (all but the
catalogue roles), adds new records and leaves some out, and brings back some left out earlier.
import-json adds and updates but never deletes: a record left out of a file keeps whatever the
last import that held it gave it, and the expected states below account for that.

The state each import leaves behind is measured, not modelled: the documents are imported in order
into a scratch database and the records read back after each one. The verifier compares a killed
database with those states, so it checks what the real import code writes.
"""

from __future__ import annotations

import copy
import json
import random
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.devtools.crash_verify import RecordStates, open_read_only, read_records
from trygghetsapp.services import transfer
from trygghetsapp.services.database import open_database
from trygghetsapp.services.demo import load_demo
from trygghetsapp.services.records import REFERENCES
from trygghetsapp.store.codec import canonical_json

Document = dict[str, list[dict[str, Any]]]

UNTOUCHED = frozenset({"roles"})
"""Catalogue records: the same ids on every device (seeded, and carried by every sync package)."""

CHANGED_FIELD = {"inspection_findings": "note", "role_assignments": "rank"}
"""The field a change edits in each section; `notes` where not listed."""

NAME_FIELD = {
    "areas": "name",
    "safety_points": "name",
    "equipment": "name",
    "contacts": "name",
    "channels": "identifier",
}
"""Sections that get new records (clones of an existing one under a new id and name)."""

CHANGED_SHARE = 0.15


@dataclass
class ImportSequence:
    """The documents in import order and, for each, the records' state once it is imported."""

    documents: list[Path]
    ids: list[dict[str, set[str]]]
    """ids[k]: every record id (by section) in documents 0..k: the records imports 0..k touched."""
    states: list[RecordStates]
    """states[k]: those records as they read after importing documents 0..k in order."""
    summary: list[tuple[int, int, int]] = field(default_factory=list)
    """Per document after the first: (new, changed, left out) compared with the state before."""
    documents_ids: list[set[str]] = field(default_factory=list)
    """The record ids in each document alone."""

    def in_document(self, number: int) -> set[str]:
        """The ids of document `number` (none past the last one)."""
        return self.documents_ids[number] if number < len(self.documents_ids) else set()

    def ids_up_to(self, count: int) -> dict[str, set[str]]:
        """The record ids the first `count` imports cover (none for zero)."""
        return self.ids[count - 1] if count else {}

    def state_after(self, count: int) -> RecordStates:
        """The records of the first `count` documents after importing them (empty for zero)."""
        return self.states[count - 1] if count else {}


def source_document(folder: Path, seed: int) -> Document:
    """The demo data (ten Krokom areas) as export-json, parsed."""
    source = folder / "import-source.sqlite"
    _remove_database(source)
    database = open_database(source)
    try:
        load_demo(database, seed=seed)
        document: Document = json.loads(transfer.export_text(database))
    finally:
        database.close()
    _remove_database(source)
    return document


def _remove_database(path: Path) -> None:
    for old in path.parent.glob(path.name + "*"):
        old.unlink()


def write_document(document: Document, path: Path) -> None:
    """In export-json's own layout (one record per line), so the line reader is what imports it."""
    lines = ["{"]
    keys = sorted(document)
    for position, key in enumerate(keys):
        records = sorted(document[key], key=lambda record: str(record["id"]))
        body = ",\n".join(canonical_json(record) for record in records)
        lines.append(f'"{key}": [\n{body}\n]' if records else f'"{key}": []')
        if position < len(keys) - 1:
            lines[-1] += ","
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class Mutator:
    """Makes the next document from the last one: changes, new records, records left out."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.left_out: dict[str, list[dict[str, Any]]] = {}

    def next(self, document: Document, number: int) -> Document:
        result = copy.deepcopy(document)
        self._bring_back(result, number)
        for key, records in result.items():
            if key in UNTOUCHED or not records:
                continue
            share = max(1, round(len(records) * CHANGED_SHARE))
            for record in self.rng.sample(records, share):
                self._change(key, record, number)
        for key in NAME_FIELD:
            self._add(result, key, number)
        self._leave_out(result)
        return result

    def _change(self, key: str, record: dict[str, Any], number: int) -> None:
        name = CHANGED_FIELD.get(key, "notes")
        if name == "rank":
            record[name] = (int(record[name]) + 1) % 3
        else:
            base = str(record.get(name) or "").split(" [v", 1)[0]
            record[name] = f"{base} [v{number}]".strip()
        if key == "equipment":
            record["quantity"] = float(self.rng.randint(1, 99))

    def _add(self, document: Document, key: str, number: int) -> None:
        records = document.get(key) or []
        if not records:
            return
        clone = copy.deepcopy(self.rng.choice(records))
        clone["id"] = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        clone[NAME_FIELD[key]] = f"{clone[NAME_FIELD[key]]} (ny i v{number})"
        records.append(clone)

    def _leave_out(self, document: Document) -> None:
        """Leave out one or two records nothing in the document refers to."""
        referenced = {
            record.get(name)
            for records in document.values()
            for record in records
            for name in REFERENCES
        }
        for key in ("equipment", "contacts", "channels"):
            leaves = [r for r in document.get(key, []) if r["id"] not in referenced]
            for record in self.rng.sample(leaves, min(len(leaves), self.rng.randint(0, 2))):
                document[key].remove(record)
                self.left_out.setdefault(key, []).append(record)

    def _bring_back(self, document: Document, number: int) -> None:
        for key, records in self.left_out.items():
            for record in list(records):
                if self.rng.random() < 0.5:
                    records.remove(record)
                    self._change(key, record, number)
                    document.setdefault(key, []).append(record)


def _ids(document: Document) -> dict[str, set[str]]:
    return {key: {str(record["id"]) for record in records} for key, records in document.items()}


def _merge(into: Mapping[str, set[str]], more: Mapping[str, set[str]]) -> dict[str, set[str]]:
    keys: Iterable[str] = set(into) | set(more)
    return {key: set(into.get(key, set())) | more.get(key, set()) for key in keys}


def _difference(
    before: RecordStates, after: RecordStates, in_file: set[str]
) -> tuple[int, int, int]:
    new = sum(1 for row_id in after if row_id not in before)
    changed = sum(
        1 for row_id, state in after.items() if row_id in before and before[row_id] != state
    )
    left_out = sum(1 for row_id in before if row_id not in in_file)
    return new, changed, left_out


def prepare(folder: Path, count: int, seed: int = 11) -> ImportSequence:
    """`count` documents in `folder` and the state each import leaves, measured in a scratch
    database; refuses a document that changes nothing (its import would prove nothing)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"import-sequence-{seed}")  # not `seed`: the demo's ids come from that
    mutator = Mutator(rng)
    document = source_document(folder, seed)
    scratch_path = folder / "import-scratch.sqlite"
    _remove_database(scratch_path)
    scratch = open_database(scratch_path)
    sequence = ImportSequence(documents=[], ids=[], states=[])
    covered: dict[str, set[str]] = {}
    try:
        for number in range(count):
            if number:
                document = mutator.next(document, number)
            path = folder / f"import-{number:02d}.json"
            write_document(document, path)
            transfer.import_file(scratch, path, backup_first=False)
            scratch.store.engine.dispose()
            covered = _merge(covered, _ids(document))
            engine = open_read_only(scratch_path)
            try:
                state = read_records(engine, covered)
            finally:
                engine.dispose()
            if number:
                before = sequence.states[-1]
                difference = _difference(before, state, set().union(*_ids(document).values()))
                if difference[0] + difference[1] == 0:
                    raise RuntimeError(f"import document {number} changes nothing")
                sequence.summary.append(difference)
            sequence.documents.append(path)
            sequence.documents_ids.append(set().union(*_ids(document).values()))
            sequence.ids.append(covered)
            sequence.states.append(state)
    finally:
        scratch.close()
        _remove_database(scratch_path)
    return sequence
