"""Importing a workbook: a preview of every change and every error, then one transaction or none.

The flow a wizard (or `import-xlsx`) follows:

1. `preview_import(database, path, overrides)` reads the whole file once and writes nothing. It
   says how each sheet and column was understood (`ImportPreview.mappings`, with the headers it
   did not know), which rows are new, which change (old -> new per field), how many are
   unchanged, and every error of the file at once as "Kontakter rad 14, kolumn Telefon: ...".
   `Overrides` maps a sheet to an entity and a header to a column key when the names were not
   recognised; a wizard calls `preview_import` again with them.
2. `apply_import(database, preview)` writes exactly what the preview showed, as normal edits in
   one transaction (they sync, a backup is made first, `ImportResult.undo` reverses them as one
   step), or refuses: if the file or the data changed since the preview, nothing is written.
3. `undo_import` / `redo_import` take back and put back an applied import, each one transaction.

`import_workbook` does 1 and 2 in one pass for the command line.

Rows are matched to records by the hidden id column the export writes; rows without an id by
their natural key (an area's name within its municipality, a point's name within its area, an
item's name (and serial number) at its point, a person's name within the area, a channel's kind
and identifier, a role's slot), in the order they stand, so a second import of the same list
updates instead of duplicating. An import never deletes: a record missing from the file stays.

A row's reference to another record (a contact's area, an assignment's person) is likewise the
hidden id beside the name when that id is a live record within the row's scope, whatever name is
shown (the record may be renamed on its own sheet); the name is read only when the id cell is
empty or holds no such record, and then a name that names no one, or several, is an error.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from trygghetsapp.domain import schemas, typed
from trygghetsapp.domain.catalogues import DATE_FACTS, FACT_LABELS, NUMERIC_FACTS
from trygghetsapp.domain.coords import sweref99tm_exact, wgs84_from_sweref99tm
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.services.workbook import columns as spec
from trygghetsapp.services.workbook.directory import KINDS, Directory
from trygghetsapp.services.workbook.reader import Formula, Workbook, check_container
from trygghetsapp.store import sqlite_tools
from trygghetsapp.store.codec import to_json_value
from trygghetsapp.store.database import Database
from trygghetsapp.store.derived import derive_due_date, refresh_search_text
from trygghetsapp.store.ids import new_id
from trygghetsapp.store.models import Area, EquipmentItem, SafetyPoint, SyncedRow
from trygghetsapp.store.uow import UnitOfWork, column_defaults

CHUNK = 500
HEADER_SEARCH_ROWS = 30
MAX_ERRORS = 10_000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
COORDINATE_TOLERANCE_M = 5.0

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"


@dataclass(frozen=True)
class Overrides:
    """What a person told the wizard: sheet title -> sheet key (None: do not read it), and per
    sheet title, header as written -> column key (`spec.Sheet.columns`; None: do not read)."""

    sheets: Mapping[str, str | None] = field(default_factory=dict)
    columns: Mapping[str, Mapping[str, str | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class ColumnMapping:
    position: int
    """0 for column A."""
    header: str
    """As written in the file."""
    key: str | None
    """The column it is read as (`spec.Column.key`), or None: not read."""


@dataclass(frozen=True)
class SheetMapping:
    title: str
    sheet_key: str | None
    """The sheet it is read as (`spec.Sheet.key`), None when it is not read."""
    how: str
    """"name" (its title), "headers" (its headers), "override", "ignored" (an export's reading
    sheet), "unknown" (not read: neither title nor headers known)."""
    header_row: int = 0
    columns: tuple[ColumnMapping, ...] = ()

    @property
    def unknown_headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns if c.key is None)


@dataclass(frozen=True, slots=True)
class CellError:
    sheet: str
    row: int
    column: str
    message_sv: str
    message_en: str

    def text(self, language: str = "sv") -> str:
        english = language.startswith("en")
        message = self.message_en if english else self.message_sv
        where = self.sheet
        if self.row:
            where += f" {'row' if english else 'rad'} {self.row}"
        if self.column:
            where += f", {'column' if english else 'kolumn'} {self.column}"
        return f"{where}: {message}"


@dataclass(frozen=True, slots=True)
class FieldChange:
    column: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class RowChange:
    sheet: str
    row: int
    label: str
    record_id: str
    changes: tuple[FieldChange, ...] = ()

    def text(self) -> str:
        head = f"{self.sheet} rad {self.row} ({self.label})"
        if not self.changes:
            return head
        parts = "; ".join(f"{c.column}: {c.old!r} -> {c.new!r}" for c in self.changes)
        return f"{head}: {parts}"


@dataclass(frozen=True)
class SheetCounts:
    sheet: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    sha256: str
    overrides: Overrides
    mappings: tuple[SheetMapping, ...]
    counts: tuple[SheetCounts, ...]
    new: tuple[RowChange, ...]
    changed: tuple[RowChange, ...]
    unchanged: int
    errors: tuple[CellError, ...]
    more_errors: int
    """Errors past MAX_ERRORS (counted, not kept)."""
    digest: str
    """What would be written, row by row: `apply_import` writes only when it finds the same."""

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self, language: str = "sv") -> str:
        if language.startswith("en"):
            return (
                f"{len(self.new)} new, {len(self.changed)} changed, {self.unchanged} unchanged, "
                f"{len(self.errors) + self.more_errors} errors"
            )
        return (
            f"{len(self.new)} nya, {len(self.changed)} ändrade, {self.unchanged} oförändrade, "
            f"{len(self.errors) + self.more_errors} fel"
        )


@dataclass(frozen=True)
class ImportUndo:
    """What an applied import did, to take it back (`undo_import`) and put it back."""

    created: tuple[tuple[str, str], ...]
    """(entity, id) of every record it added."""
    changed: tuple[tuple[str, str, dict[str, Any], dict[str, Any]], ...]
    """(entity, id, old values, new values) of the fields it changed, `deleted` included."""


@dataclass(frozen=True)
class ImportResult:
    preview: ImportPreview
    added: int
    updated: int
    unchanged: int
    changes: Changes
    undo: ImportUndo
    backup: Path | None


class ImportRefused(DomainError):
    """The file has errors (all of them in `preview.errors`); nothing was written."""

    def __init__(self, preview: ImportPreview):
        self.preview = preview
        count = len(preview.errors) + preview.more_errors
        super().__init__(
            "file",
            f"filen har {count} fel; inget har skrivits",
            f"the file has {count} errors; nothing was written",
        )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


Progress = Callable[[int], None]
"""Called with the percent read so far (0-100, an estimate from the sheets' declared sizes),
between chunks of rows. An exception it raises (the window's Avbryt) ends the import and rolls
its transaction back: nothing is written."""


def preview_import(
    database: Database,
    path: Path,
    overrides: Overrides | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read the file and say what an import would do; writes nothing (a read-only database
    will do)."""
    overrides = overrides or Overrides()
    with _without_cycle_collection(), Workbook(path) as workbook, UnitOfWork(database) as uow:
        run = _Run(uow, workbook, overrides, write=False, progress=progress)
        run.execute()
        return run.preview(path, file_sha256(path))


def apply_import(
    database: Database,
    preview: ImportPreview,
    backup_first: bool = True,
    progress: Progress | None = None,
) -> ImportResult:
    """Write what `preview` showed, in one transaction; refuse if the file or the data changed
    since (then nothing is written: preview again). `progress` may stop it before the commit."""
    if preview.errors:
        raise ImportRefused(preview)
    try:
        sha = file_sha256(preview.path)
    except OSError as error:  # moved, deleted or locked since the preview
        raise DomainError(
            "file",
            f"filen kan inte läsas längre ({error.strerror or error}); inget har skrivits",
            f"the file can no longer be read ({error.strerror or error}); nothing was written",
        ) from None
    if sha != preview.sha256:
        raise DomainError(
            "file",
            "filen har ändrats sedan förhandsgranskningen; granska den igen",
            "the file changed since the preview; preview it again",
        )
    return _write(
        database, preview.path, preview.overrides, backup_first, expected=preview, progress=progress
    )


def import_workbook(
    database: Database,
    path: Path,
    overrides: Overrides | None = None,
    backup_first: bool = True,
) -> ImportResult:
    """Preview and apply in one pass (the command line); refuses with every error at once."""
    return _write(database, path, overrides or Overrides(), backup_first, expected=None)


def _write(
    database: Database,
    path: Path,
    overrides: Overrides,
    backup_first: bool,
    expected: ImportPreview | None,
    progress: Progress | None = None,
) -> ImportResult:
    check_container(path)  # a missing or unreadable file refused in words, before it is hashed
    sha = file_sha256(path)
    with _without_cycle_collection(), Workbook(path) as workbook, UnitOfWork(database) as uow:
        run = _Run(uow, workbook, overrides, write=True, progress=progress)
        run.execute()
        preview = run.preview(path, sha)
        if preview.errors:
            raise ImportRefused(preview)
        if expected is not None and preview.digest != expected.digest:
            raise DomainError(
                "file",
                "data i databasen har ändrats sedan förhandsgranskningen; granska filen igen",
                "the data changed since the preview; preview the file again",
            )
        run.finish()
        backup = None
        # A server database has no backup file to make (its backups are pg_dump's).
        if backup_first and not database.is_server and (run.undo_created or run.undo_changed):
            backup = sqlite_tools.make_backup(database.path, "before-import")
    return ImportResult(
        preview=preview,
        added=len(preview.new),
        updated=len(preview.changed),
        unchanged=preview.unchanged,
        changes=Changes(frozenset(uow.changed_entities)),
        undo=ImportUndo(tuple(run.undo_created), tuple(run.undo_changed)),
        backup=backup,
    )


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """No automatic cycle collection while a workbook is read, where it is on (as
    sync/importer.py does): the rows make millions of short-lived containers and no cycles, so
    the collector only rescans what is alive (about a tenth of a large import's time). Left as
    it is where it is already off (the GUI collects on its own)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def undo_import(database: Database, undo: ImportUndo, progress: Progress | None = None) -> Changes:
    """Take an applied import back as one transaction of edits: what it added is deleted, what
    it changed gets its old values."""
    return _replay(database, undo, forward=False, progress=progress)


def redo_import(database: Database, undo: ImportUndo, progress: Progress | None = None) -> Changes:
    """Put an undone import back (the window's redo)."""
    return _replay(database, undo, forward=True, progress=progress)


def _replay(
    database: Database, undo: ImportUndo, forward: bool, progress: Progress | None = None
) -> Changes:
    with UnitOfWork(database) as uow:
        session = uow.session
        touched: set[str] = set()
        # The records are loaded CHUNK at a time and held here (the identity map keeps only
        # weak references), and nothing is flushed until the end: one get() a record, each
        # flushing the edit before it, took 66 s for a 50,000-row import instead of seconds.
        wanted: dict[type[SyncedRow], list[str]] = {}
        for entity, row_id in undo.created:
            wanted.setdefault(KINDS[entity].model, []).append(row_id)
        for entity, row_id, _, _ in undo.changed:
            wanted.setdefault(KINDS[entity].model, []).append(row_id)
        total = sum(len(ids) for ids in wanted.values()) * 2 or 1
        done = 0
        loaded: dict[tuple[type[SyncedRow], str], Any] = {}
        with session.no_autoflush:
            for model, ids in wanted.items():
                for start in range(0, len(ids), CHUNK):
                    chunk = ids[start : start + CHUNK]
                    for record in session.scalars(select(model).where(model.id.in_(chunk))):
                        loaded[(model, record.id)] = record
                    done += len(chunk)
                    if progress is not None:
                        progress(100 * done // total)
            steps = [(entity, row_id, None, None) for entity, row_id in undo.created]
            for number, (entity, row_id, old, new) in enumerate([*steps, *undo.changed]):
                row = loaded.get((KINDS[entity].model, row_id))
                if row is None:
                    continue
                if old is None or new is None:  # a record the import added
                    uow.set(row, {"deleted": not forward})
                    _note_area(row, touched)
                else:
                    _note_area(row, touched)
                    uow.set(row, new if forward else old)
                    _note_area(row, touched)
                    if isinstance(row, EquipmentItem):
                        row.due_date = derive_due_date(vars(row))["due_date"]
                if progress is not None and number % CHUNK == CHUNK - 1:
                    progress(min(99, 100 * (done + number) // total))
        session.flush()
        for area_id in touched:
            refresh_search_text(uow, area_id)
        if progress is not None:
            progress(100)
        return Changes(frozenset(uow.changed_entities))


def _note_area(row: Any, touched: set[str]) -> None:
    if isinstance(row, Area):
        touched.add(row.id)
    elif isinstance(row, SafetyPoint):
        touched.add(row.area_id)


# --- The run: one pass over the file, in the sheets' dependency order ---------------------


@dataclass
class _Draft:
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    names: dict[str, str | None] = field(default_factory=dict)
    ref_ids: dict[str, str | None] = field(default_factory=dict)
    bad_ref_ids: dict[str, str] = field(default_factory=dict)
    """A hidden id cell (by its field) holding text that is no id: the text."""
    resolved: dict[str, str | None] = field(default_factory=dict)
    failed_refs: set[str] = field(default_factory=set)
    """Fields of references that could not be resolved (their error is already listed)."""
    facts: dict[str, Any] | None = None
    other_facts: dict[str, Any] | None = None
    row_id: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    errors: list[tuple[str, DomainError]] = field(default_factory=list)
    sweref: dict[str, float | None] = field(default_factory=dict)
    unit_from_quantity: str = ""


class _Run:
    def __init__(
        self,
        uow: UnitOfWork,
        workbook: Workbook,
        overrides: Overrides,
        write: bool,
        progress: Progress | None = None,
    ):
        self.uow = uow
        self.progress = progress
        self.rows_planned = 0
        self.rows_read = 0
        self.session = uow.session
        self.workbook = workbook
        self.overrides = overrides
        self.write = write
        self.directory = Directory(self.session)
        self.errors: list[CellError] = []
        self.more_errors = 0
        self.new: list[RowChange] = []
        self.changed: list[RowChange] = []
        self.unchanged = 0
        self.counts: dict[str, list[int]] = {}
        self.digest = hashlib.sha256()
        self.mappings: list[SheetMapping] = []
        self.matched: dict[str, tuple[str, int]] = {}
        self.pending: dict[type[SyncedRow], list[dict[str, Any]]] = {}
        self.touched_areas: set[str] = set()
        self.undo_created: list[tuple[str, str]] = []
        self.undo_changed: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
        self.current_title = ""

    # -- results --

    def preview(self, path: Path, sha: str) -> ImportPreview:
        return ImportPreview(
            path=path,
            sha256=sha,
            overrides=self.overrides,
            mappings=tuple(self.mappings),
            counts=tuple(SheetCounts(title, *numbers) for title, numbers in self.counts.items()),
            new=tuple(self.new),
            changed=tuple(self.changed),
            unchanged=self.unchanged,
            errors=tuple(self.errors),
            more_errors=self.more_errors,
            digest=self.digest.hexdigest(),
        )

    def error(self, sheet: str, row: int, column: str, error: DomainError) -> None:
        if len(self.errors) >= MAX_ERRORS:
            self.more_errors += 1
            return
        self.errors.append(CellError(sheet, row, column, error.message_sv, error.message_en))

    @property
    def writing(self) -> bool:
        """Writes stop at the first error (the transaction is rolled back anyway); reading
        goes on, so every error of the file is reported."""
        return self.write and not self.errors and not self.more_errors

    # -- sheets --

    def execute(self) -> None:
        plan: dict[str, list[tuple[str, list[ColumnMapping], int]]] = {}
        for title in self.workbook.sheet_names:
            mapping = self._map_sheet(title)
            self.mappings.append(mapping)
            if mapping.sheet_key is not None:
                plan.setdefault(mapping.sheet_key, []).append(
                    (title, list(mapping.columns), mapping.header_row)
                )
        if not plan:
            self.error(
                "Arbetsboken",
                0,
                "",
                DomainError(
                    "file",
                    "inget blad känns igen (bladnamn som Trygghetspunkter, Utrustning, "
                    "Kontakter, eller rubriker som Namn, Adress, Telefon)",
                    "no sheet is recognised (sheet names such as Safety points, Equipment, "
                    "Contacts, or headers such as Name, Address, Phone)",
                ),
            )
        titles = [title for sheet_plan in plan.values() for title, _, _ in sheet_plan]
        # A sheet without a <dimension> counts as one chunk: the estimate moves at least.
        self.rows_planned = sum(self.workbook.declared_rows.get(t, CHUNK) for t in titles)
        self._report()
        for sheet in spec.SHEETS:
            for title, columns, header_row in plan.get(sheet.key, []):
                self._read_sheet(sheet, title, columns, header_row)
        self._report(done=True)

    def _report(self, done: bool = False) -> None:
        if self.progress is None:
            return
        if done:
            self.progress(100)
            return
        self.progress(min(99, 100 * self.rows_read // max(self.rows_planned, 1)))

    def _head(self, title: str) -> list[tuple[int, list[Any]]]:
        head = []
        for number, values in self.workbook.rows(title):
            head.append((number, values))
            if number >= HEADER_SEARCH_ROWS:
                break
        return head

    def _map_sheet(self, title: str) -> SheetMapping:
        how = "name"
        if title in self.overrides.sheets:
            key = self.overrides.sheets[title]
            if key is None:
                return SheetMapping(title, None, "override")
            if key not in spec.SHEET_BY_KEY:
                raise DomainError("sheet", f"okänt blad {key!r}", f"unknown sheet key {key!r}")
            sheet: spec.Sheet | None = spec.SHEET_BY_KEY[key]
            how = "override"
        else:
            sheet = spec.match_sheet(title)
            if sheet is None and spec.is_ignored_sheet(title):
                return SheetMapping(title, None, "ignored")
        head = self._head(title)
        named = self.overrides.columns.get(title, {})
        candidates = [sheet] if sheet is not None else list(spec.SHEETS)
        best: tuple[int, int, spec.Sheet, int] | None = None
        for candidate in candidates:
            index = spec.header_index(candidate)
            for number, values in head:
                score = sum(
                    1
                    for value in values
                    if isinstance(value, str)
                    and (
                        (value.strip() in named and named[value.strip()] is not None)
                        or typed.normalise(value) in index
                    )
                )
                if score >= 2 and (best is None or score > best[0]):
                    best = (score, -number, candidate, number)
        if best is None:
            # Not read; the first row holding text is shown as its headers, so a wizard can
            # offer them for mapping (`Overrides`).
            guessed = self._guessed_headers(head)
            if sheet is None:
                return SheetMapping(title, None, "unknown", *guessed)
            self.error(
                title,
                0,
                "",
                DomainError(
                    "header",
                    "hittar ingen rubrikrad (minst två kända kolumnrubriker bland de "
                    f"{HEADER_SEARCH_ROWS} första raderna)",
                    f"no header row found (at least two known column headers in the first "
                    f"{HEADER_SEARCH_ROWS} rows)",
                ),
            )
            return SheetMapping(title, None, how, *guessed)
        _, _, chosen, header_row = best
        if sheet is None:
            how = "headers"
        index = spec.header_index(chosen)
        valid_keys = {c.key for c in chosen.columns}
        header_values = next(values for number, values in head if number == header_row)
        mapped: list[ColumnMapping] = []
        seen: dict[str, str] = {}
        for position, value in enumerate(header_values):
            header = "" if isinstance(value, Formula) else typed.text(value) or ""
            if not header:
                continue
            if header in named:
                key = named[header]
                if key is not None and key not in valid_keys:
                    raise DomainError(
                        "column", f"okänd kolumn {key!r}", f"unknown column key {key!r}"
                    )
            else:
                key = index.get(typed.normalise(header))
            if key is not None and key in seen:
                self.error(
                    title,
                    header_row,
                    header,
                    DomainError(
                        "header",
                        f"samma uppgift som kolumnen {seen[key]!r}; ta bort den ena",
                        f"the same column as {seen[key]!r}; remove one of them",
                    ),
                )
                key = None
            if key is not None:
                seen[key] = header
            mapped.append(ColumnMapping(position, header, key))
        return SheetMapping(title, chosen.key, how, header_row, tuple(mapped))

    @staticmethod
    def _guessed_headers(
        head: list[tuple[int, list[Any]]],
    ) -> tuple[int, tuple[ColumnMapping, ...]]:
        """The first row with text in at least two cells (else one), as unread columns."""
        rows = [
            (number, [(i, typed.text(v) or "") for i, v in enumerate(values) if isinstance(v, str)])
            for number, values in head
        ]
        rows = [(number, [(i, t) for i, t in cells if t]) for number, cells in rows]
        chosen = next((r for r in rows if len(r[1]) >= 2), None) or next(
            (r for r in rows if r[1]), None
        )
        if chosen is None:
            return 0, ()
        number, cells = chosen
        return number, tuple(ColumnMapping(i, t, None) for i, t in cells)

    def _read_sheet(
        self, sheet: spec.Sheet, title: str, mapping: list[ColumnMapping], header_row: int
    ) -> None:
        self.counts.setdefault(title, [0, 0, 0])
        self.current_title = title
        columns = [
            (m.position, sheet.column(m.key), m.header) for m in mapping if m.key is not None
        ]
        chunk: list[_Draft] = []
        number_before = self.rows_read
        width = max((position for position, _, _ in columns), default=0) + 1
        for number, values in self._data_rows(title, header_row, width):
            chunk.append(self._draft(sheet, columns, number, values))
            if len(chunk) >= CHUNK:
                self._chunk(sheet, title, chunk)
                self.rows_read = max(self.rows_read, number_before + number)
                self._report()
                chunk = []
        self._chunk(sheet, title, chunk)
        self.rows_read = number_before + self.workbook.declared_rows.get(title, CHUNK)
        self._report()

    def _data_rows(
        self, title: str, header_row: int, width: int
    ) -> Iterator[tuple[int, list[Any]]]:
        for number, values in self.workbook.rows(title, width):
            if number <= header_row:
                continue
            if all(value is None for value in values):
                continue
            yield number, values

    # -- one row: cells to values --

    def _draft(
        self,
        sheet: spec.Sheet,
        columns: list[tuple[int, spec.Column, str]],
        number: int,
        values: list[Any],
    ) -> _Draft:
        draft = _Draft(number)
        for position, column, header in columns:
            raw = values[position] if position < len(values) else None
            name = column.key
            draft.headers[name] = header
            if isinstance(raw, Formula):
                draft.errors.append(
                    (
                        header,
                        DomainError(
                            name,
                            "innehåller en formel; formler läses inte in (kopiera cellen och "
                            "klistra in den som värde)",
                            "holds a formula; formulas are not imported (copy the cell and "
                            "paste it as a value)",
                        ),
                    )
                )
                continue
            try:
                self._cell(draft, column, raw)
            except DomainError as error:
                draft.errors.append((header, error))
        self._coordinates(draft, sheet)
        if draft.unit_from_quantity and not draft.values.get("unit"):
            draft.values["unit"] = draft.unit_from_quantity
        return draft

    def _cell(self, draft: _Draft, column: spec.Column, raw: Any) -> None:
        kind, key = column.kind, column.key
        if kind == spec.ID:
            text = (typed.text(raw) or "").lower()
            if text and not _UUID.match(text):
                raise DomainError(
                    key,
                    f"är inget giltigt id: {text[:40]!r} (lämna tomt för en ny post)",
                    f"is not a valid id: {text[:40]!r} (leave it empty for a new record)",
                )
            draft.row_id = text or None
        elif kind == spec.TEXT:
            draft.values[key] = typed.text(raw) or ""
        elif kind == spec.DATE:
            draft.values[key] = typed.date(key, raw)
        elif kind in (spec.INT, spec.FLOAT):
            draft.values[key] = typed.plain_number(key, raw)
        elif kind == spec.QUANTITY:
            number, unit = typed.number(key, raw)
            draft.values[key] = number
            draft.unit_from_quantity = unit[:20]
        elif kind == spec.FLAG:
            draft.values[key] = typed.flag(key, raw)
        elif kind == spec.PHONE:
            draft.values[key] = typed.phone(raw)
        elif kind == spec.CHOICE:
            assert column.vocabulary is not None
            vocabulary = spec.VOCABULARIES[column.vocabulary]
            draft.values[key] = None if typed.is_blank(raw) else vocabulary.code(key, raw)
        elif kind == spec.CHOICES:
            assert column.vocabulary is not None
            draft.values[key] = spec.VOCABULARIES[column.vocabulary].codes_of(key, raw)
        elif kind == spec.LIST:
            draft.values[key] = typed.text_list(raw)
        elif kind == spec.STEPS:
            written = raw if isinstance(raw, str) else typed.text(raw) or ""
            draft.values[key] = [line.strip() for line in written.splitlines() if line.strip()]
        elif kind == spec.REF:
            draft.names[key] = typed.text(raw)
        elif kind == spec.REF_ID:
            text = (typed.text(raw) or "").lower()
            draft.ref_ids[key] = text if _UUID.match(text) else None
            if text and not _UUID.match(text):
                draft.bad_ref_ids[key] = (typed.text(raw) or "")[:40]
        elif kind == spec.FACT:
            fact = key.removeprefix("fact:")
            draft.facts = draft.facts if draft.facts is not None else {}
            draft.facts[fact] = _fact_value(fact, raw)
        elif kind == spec.OTHER_FACTS:
            draft.other_facts = _other_facts(key, raw)
        elif kind in (spec.SWEREF_N, spec.SWEREF_E):
            draft.sweref[kind] = typed.plain_number(key, raw)

    def _coordinates(self, draft: _Draft, sheet: spec.Sheet) -> None:
        """N/E (SWEREF 99 TM) stand for latitude/longitude when those are empty, and must
        agree with them (within a few metres) when both are given."""
        north, east = draft.sweref.get(spec.SWEREF_N), draft.sweref.get(spec.SWEREF_E)
        if north is None and east is None:
            return
        header = draft.headers.get("sweref_n") or draft.headers.get("sweref_e") or "N/E"
        if north is None or east is None:
            draft.errors.append(
                (header, DomainError("sweref", "ange både N och E", "give both N and E"))
            )
            return
        if not (6_000_000 <= north <= 7_800_000 and 200_000 <= east <= 1_000_000):
            draft.errors.append(
                (
                    header,
                    DomainError(
                        "sweref",
                        f"N {north:.0f}, E {east:.0f} ligger utanför Sverige i SWEREF 99 TM",
                        f"N {north:.0f}, E {east:.0f} is outside Sweden in SWEREF 99 TM",
                    ),
                )
            )
            return
        latitude, longitude = wgs84_from_sweref99tm(north, east)
        given_lat, given_lon = draft.values.get("latitude"), draft.values.get("longitude")
        if given_lat is None and given_lon is None:
            draft.values["latitude"], draft.values["longitude"] = (
                round(latitude, 6),
                round(longitude, 6),
            )
            draft.headers.setdefault("latitude", header)
            draft.headers.setdefault("longitude", header)
            return
        if isinstance(given_lat, float) and isinstance(given_lon, float):
            there = sweref99tm_exact(given_lat, given_lon)
            distance = ((there[0] - north) ** 2 + (there[1] - east) ** 2) ** 0.5
            if distance > COORDINATE_TOLERANCE_M:
                draft.errors.append(
                    (
                        header,
                        DomainError(
                            "sweref",
                            f"N/E och latitud/longitud anger platser {distance:.0f} m isär; "
                            "töm den ena",
                            f"N/E and latitude/longitude are {distance:.0f} m apart; "
                            "clear one of them",
                        ),
                    )
                )

    # -- a chunk of rows: references, matching, validation, writes --

    def _chunk(self, sheet: spec.Sheet, title: str, drafts: list[_Draft]) -> None:
        if not drafts:
            return
        kind = KINDS[sheet.entity]
        model = kind.model
        for draft in drafts:
            self._resolve(sheet, draft)
        ids = [d.row_id for d in drafts if d.row_id]
        existing: dict[str, Any] = {}
        for start in range(0, len(ids), CHUNK):
            existing.update(
                (row.id, row)
                for row in self.session.scalars(
                    select(model).where(model.id.in_(ids[start : start + CHUNK]))
                )
            )
        for draft in drafts:
            self._finish_row(sheet, title, draft, existing)
        if self.writing:
            self._flush_pending()

    def _resolve(self, sheet: spec.Sheet, draft: _Draft) -> None:
        """Each reference of the row to a record id. A hidden id that names a live record (within
        the row's scope) decides, whatever name stands beside it: the name may be the record's
        old one, renamed on its own sheet. The name is read only when there is no such id (a
        row typed by hand). A reference without an id column of its own (an item row's area)
        takes the record that a valid id within it implies (its point's area)."""
        implied = self._implied_scopes(sheet, draft)
        for ref in sheet.refs:
            name = draft.names.get(ref.key)
            given_id = draft.ref_ids.get(ref.field) if ref.field else implied.get(ref.key)
            scope = draft.resolved.get(ref.scope) if ref.scope else None
            try:
                draft.resolved[ref.key] = self._find(sheet, ref, name, given_id, scope, draft)
            except DomainError as error:
                draft.resolved[ref.key] = None
                if ref.field is not None:
                    draft.failed_refs.add(ref.field)
                column = ref.field if error.field == ref.field else ref.key
                draft.errors.append((self._column_header(sheet, draft, column), error))
                continue
            if ref.field is not None and draft.resolved.get(ref.key) is not None:
                draft.values[ref.field] = draft.resolved[ref.key]
            elif ref.field is not None and (ref.key in draft.headers or ref.field in draft.headers):
                draft.values.setdefault(ref.field, None)

    def _implied_scopes(self, sheet: spec.Sheet, draft: _Draft) -> dict[str, str]:
        """Reference key -> the id a valid hidden id further along the row implies for it (an
        inspection finding's item id gives its point, the point its area), for the references
        that have no id column of their own."""
        implied: dict[str, str] = {}
        for ref in reversed(sheet.refs):
            own = draft.ref_ids.get(ref.field) if ref.field else implied.get(ref.key)
            if not own or ref.scope is None:
                continue
            self.directory.load_ids(ref.target, [own])
            entry = self.directory.entry(ref.target, own)
            if entry is not None and entry.scope is not None:
                implied.setdefault(ref.scope, entry.scope)
        return {
            ref.key: implied[ref.key]
            for ref in sheet.refs
            if ref.field is None and ref.key in implied
        }

    def _column_header(self, sheet: spec.Sheet, draft: _Draft, key: str) -> str:
        """The header of a column as the file writes it (or as the export would)."""
        if key in draft.headers:
            return draft.headers[key]
        column = next((c for c in sheet.columns if c.key == key), None)
        return column.sv if column is not None else key

    def _find(
        self,
        sheet: spec.Sheet,
        ref: spec.Ref,
        name: str | None,
        given_id: str | None,
        scope: str | None,
        draft: _Draft,
    ) -> str | None:
        target = ref.target
        what = _WHAT[target]
        name_header = self._column_header(sheet, draft, ref.key)
        elsewhere: Any = None
        if given_id:
            entry_scope = scope if not KINDS[target].whole else None
            self.directory.load_ids(target, [given_id])
            entry = self.directory.entry(target, given_id, entry_scope)
            if entry is not None:
                if scope is None or KINDS[target].scope is None or entry.scope == scope:
                    return given_id
                elsewhere = entry
        if name is None:
            if ref.field is None:
                return None
            if elsewhere is not None:
                other_sv, other_en = _ANOTHER_SCOPE[target]
                raise DomainError(
                    ref.field,
                    f"{what[0]} {elsewhere.display!r} hör till {other_sv} än radens; "
                    f"fyll i {name_header}",
                    f"the {what[1]} {elsewhere.display!r} belongs to {other_en} than the "
                    f"row's; fill in {name_header}",
                )
            if given_id:
                raise DomainError(
                    ref.field,
                    f"{_NO_ONE[target]} har id:t {given_id!r} "
                    f"(varken i databasen eller i filen); fyll i {name_header}",
                    f"no {what[1]} has the id {given_id!r} (neither in the database nor in "
                    f"the file); fill in {name_header}",
                )
            if ref.field in draft.bad_ref_ids:
                bad = draft.bad_ref_ids[ref.field]
                raise DomainError(
                    ref.field,
                    f"är inget giltigt id: {bad!r}; fyll i {name_header}",
                    f"is not a valid id: {bad!r}; fill in {name_header}",
                )
            return None
        key = typed.normalise(name)
        if target == "inspection":
            date = typed.date("date", name)
            key = date.isoformat() if date else ""
        if not KINDS[target].whole and scope is None:
            raise DomainError(
                ref.key,
                f"{name!r} går inte att slå upp utan {_SCOPE_WORD[target][0]}",
                f"{name!r} cannot be looked up without its {_SCOPE_WORD[target][1]}",
            )
        found = self.directory.lookup(target, scope, key)
        if len(found) == 1:
            return found[0]
        if not found and ref.create_missing:
            row_id = new_id()
            values = schemas.clean(target, {"name": name})
            self.directory.put(target, row_id, values, created=True)
            self._new_record(
                KINDS[target].model, target, row_id, values, self.current_title, draft.row
            )
            if self.writing:  # rows of this chunk may refer to it before the chunk ends
                self._flush_pending()
            return row_id
        if not found:
            raise DomainError(
                ref.key,
                f"{what[0]} {name!r} finns inte (varken i databasen eller i filen)",
                f"no {what[1]} {name!r} (neither in the database nor in the file)",
            )
        if ref.field is not None:
            id_header = self._column_header(sheet, draft, ref.field)
            raise DomainError(
                ref.key,
                f"{len(found)} {what[2]} heter {name!r}; fyll i {id_header} eller byt namn på dem",
                f"{len(found)} {what[3]} are called {name!r}; fill in {id_header} or rename them",
            )
        raise DomainError(
            ref.key,
            f"{len(found)} {what[2]} heter {name!r}; byt namn på dem",
            f"{len(found)} {what[3]} are called {name!r}; rename them",
        )

    def _natural_match(self, sheet: spec.Sheet, draft: _Draft, existing: dict[str, Any]) -> Any:
        """The database record a row without a known id updates, or None (a new record)."""
        entity = sheet.entity
        kind = KINDS[entity]
        values = draft.values
        scope = values.get(kind.scope) if kind.scope else None
        if kind.scope and scope is None:
            return None
        if entity == "crisis_role":
            key = typed.normalise(values.get("code") or values.get("name") or "")
        elif entity == "info_channel":
            key = f"{values.get('kind')}|{typed.normalise(values.get('identifier') or '')}"
        elif entity == "role_assignment":
            rank = values.get("rank")
            key = f"{values.get('role_id')}|{int(rank) if rank not in (None, '') else 0}"
        elif entity == "inspection":
            date = values.get("date")
            key = date.isoformat() if date is not None else ""
        elif entity == "inspection_finding":
            key = values.get("equipment_id") or ""
        else:
            key = typed.normalise(values.get("name") or "")
        if not key.strip("|"):
            return None
        candidates = [
            row_id
            for row_id in self.directory.lookup(entity, scope, key, database_only=True)
            if row_id not in self.matched
        ]
        if not candidates:
            return None
        rows = {
            row.id: row
            for row in self.session.scalars(
                select(kind.model).where(kind.model.id.in_(candidates[:200]))
            )
        }
        ordered: list[Any] = [rows[i] for i in candidates[:200] if i in rows]
        if entity == "equipment_item" and values.get("serial_number"):
            ordered = [r for r in ordered if r.serial_number == values["serial_number"]] or [
                r for r in ordered if not r.serial_number
            ]
        if entity == "inspection" and values.get("inspector"):
            wanted = typed.normalise(values["inspector"])
            ordered = [r for r in ordered if typed.normalise(r.inspector) == wanted]
        if entity == "role_assignment":
            same = [r for r in ordered if r.contact_id == values.get("contact_id")]
            ordered = same or ordered
        return ordered[0] if ordered else None

    def _finish_row(
        self, sheet: spec.Sheet, title: str, draft: _Draft, existing: dict[str, Any]
    ) -> None:
        entity = sheet.entity
        model = KINDS[entity].model
        row = existing.get(draft.row_id) if draft.row_id else None
        if row is None and not draft.errors:
            row = self._natural_match(sheet, draft, existing)
        again = row.id if row is not None else draft.row_id
        if again is not None and again in self.matched:
            other_sheet, other_row = self.matched[again]
            draft.errors.append(
                (
                    "Id" if draft.row_id else "",
                    DomainError(
                        "id",
                        f"samma post som {other_sheet} rad {other_row}",
                        f"the same record as {other_sheet} row {other_row}",
                    ),
                )
            )
        values = dict(draft.values)
        if entity == "equipment_item" and (
            draft.facts is not None or draft.other_facts is not None
        ):
            values["facts"] = _merged_facts(row.facts if row is not None else {}, draft)
        cleaned: dict[str, Any] | None = None
        failed = {header for header, _ in draft.errors}
        for name, value in values.items():  # every field, so a row's mistakes come at once
            rule = schemas.FIELDS[entity].get(name)
            if rule is None or name in ("latitude", "longitude"):
                continue
            if name in draft.failed_refs or self._header(sheet, draft, name) in failed:
                continue
            try:
                rule(name, value)
            except DomainError as error:
                draft.errors.append((self._header(sheet, draft, error.field), error))
        if not draft.errors:
            try:
                full = row is None or entity == "role_assignment"
                if full and row is not None:
                    values = {**_current(row, entity), **values}
                cleaned = schemas.clean(entity, values, partial=not full)
            except DomainError as error:
                draft.errors.append((self._header(sheet, draft, error.field), error))
        for header, problem in draft.errors:
            self.error(title, draft.row, header, problem)
        if draft.errors or cleaned is None:
            self._stand_in(entity, row, draft, values)
            return
        if row is not None:
            self.matched[row.id] = (title, draft.row)
            self._update(sheet, title, draft, row, cleaned)
        else:
            row_id = draft.row_id or new_id()
            self.matched[row_id] = (title, draft.row)
            self.directory.put(entity, row_id, cleaned, created=True)
            self._new_record(model, entity, row_id, cleaned, title, draft.row, draft.row_id)

    def _stand_in(self, entity: str, row: Any, draft: _Draft, values: dict[str, Any]) -> None:
        """A row with errors still names its record, so rows that refer to it are not reported
        as errors too: the file's mistakes are listed once, where they are."""
        kind = KINDS[entity]
        known = {**(_current(row, entity) if row is not None else {}), **values}
        if any(known.get(name) in (None, "") for name in kind.columns):
            return
        if kind.scope and known.get(kind.scope) is None:
            return
        row_id = row.id if row is not None else draft.row_id or new_id()
        self.directory.put(entity, row_id, known, created=row is None)

    def _header(self, sheet: spec.Sheet, draft: _Draft, name: str) -> str:
        if name.startswith("facts."):
            fact = name.removeprefix("facts.")
            return draft.headers.get(f"fact:{fact}") or draft.headers.get("facts") or name
        for ref in sheet.refs:  # a reference is the visible column people fill in
            if ref.field == name:
                return (
                    draft.headers.get(ref.key)
                    or draft.headers.get(name)
                    or sheet.column(ref.key).sv
                )
        if name in draft.headers:
            return draft.headers[name]
        for column in sheet.columns:
            if column.key == name:
                return column.sv
        return name

    def _new_record(
        self,
        model: type[SyncedRow],
        entity: str,
        row_id: str,
        cleaned: dict[str, Any],
        title: str,
        number: int,
        given_id: str | None = None,
    ) -> None:
        label = _label(entity, cleaned, self.directory)
        self.new.append(RowChange(title, number, label, row_id))
        self.counts.setdefault(title, [0, 0, 0])[0] += 1
        self.digest.update(f"{title}|{number}|{NEW}|{given_id or ''}\n".encode())
        if entity == "role_assignment":
            self._vacate_slot(cleaned, row_id)
        record = {**column_defaults(model), **cleaned, "id": row_id}
        if model is EquipmentItem:
            record["due_date"] = derive_due_date(record)["due_date"]
        if model is Area:
            record["search_text"] = ""
            self.touched_areas.add(row_id)
        if model is SafetyPoint:
            self.touched_areas.add(cleaned["area_id"])
        self.undo_created.append((entity, row_id))
        if self.writing:
            self.pending.setdefault(model, []).append(record)

    def _vacate_slot(self, cleaned: dict[str, Any], new_row_id: str) -> None:
        """A new holder of a role slot replaces the one there (as `roles.assign_role` does)."""
        key = f"{cleaned['role_id']}|{cleaned['rank']}"
        for row_id in self.directory.lookup(
            "role_assignment", cleaned["area_id"], key, database_only=True
        ):
            if row_id in self.matched or row_id == new_row_id:
                continue
            self.directory.forget("role_assignment", row_id)
            occupant = self.session.get(KINDS["role_assignment"].model, row_id)
            if occupant is not None and not occupant.deleted:
                self.undo_changed.append(
                    ("role_assignment", row_id, {"deleted": False}, {"deleted": True})
                )
                if self.writing:
                    self.uow.remove(occupant)

    def _update(
        self, sheet: spec.Sheet, title: str, draft: _Draft, row: Any, cleaned: dict[str, Any]
    ) -> None:
        entity = sheet.entity
        differ = {
            name: value
            for name, value in cleaned.items()
            if to_json_value(getattr(row, name)) != to_json_value(value)
        }
        if row.deleted:
            differ["deleted"] = False
        if not differ:
            self.unchanged += 1
            self.counts.setdefault(title, [0, 0, 0])[2] += 1
            self.digest.update(f"{title}|{draft.row}|{UNCHANGED}|{row.id}\n".encode())
            if entity not in ("role_assignment",):
                self.directory.put(entity, row.id, {**_current(row, entity), **cleaned}, False)
            return
        changes = tuple(
            FieldChange(
                self._header(sheet, draft, name),
                _display(entity, name, getattr(row, name), self.directory),
                _display(entity, name, value, self.directory),
            )
            for name, value in differ.items()
        )
        label = _label(entity, {**_current(row, entity), **cleaned}, self.directory)
        self.changed.append(RowChange(title, draft.row, label, row.id, changes))
        self.counts.setdefault(title, [0, 0, 0])[1] += 1
        self.digest.update(
            f"{title}|{draft.row}|{CHANGED}|{row.id}|{','.join(sorted(differ))}\n".encode()
        )
        if entity == "role_assignment":
            # A link row: the old one is deleted and a new one added (roles.assign_role).
            replacement = new_id()
            self.undo_changed.append((entity, row.id, {"deleted": row.deleted}, {"deleted": True}))
            self.directory.forget(entity, row.id)
            self.directory.put(entity, replacement, cleaned, created=True)
            self.undo_created.append((entity, replacement))
            if self.writing:
                self.uow.remove(row)
                self.pending.setdefault(type(row), []).append(
                    {**column_defaults(type(row)), **cleaned, "id": replacement}
                )
            return
        old = {name: getattr(row, name) for name in differ}
        if isinstance(row, Area):
            self.touched_areas.add(row.id)
        if isinstance(row, SafetyPoint):
            self.touched_areas.update({row.area_id, cleaned.get("area_id", row.area_id)})
        self.undo_changed.append((entity, row.id, old, dict(differ)))
        self.directory.put(entity, row.id, {**_current(row, entity), **cleaned}, False)
        if self.writing:
            self.uow.set(row, differ)
            if isinstance(row, EquipmentItem):
                row.due_date = derive_due_date(_current(row, entity))["due_date"]

    def _flush_pending(self) -> None:
        for model in [m for m in KINDS_ORDER if m in self.pending]:
            rows = self.pending.pop(model)
            self.uow.bulk_add(model, rows)

    def finish(self) -> None:
        """After a clean run in write mode: the last rows, and the areas' search texts."""
        self._flush_pending()
        self.session.flush()
        for area_id in sorted(self.touched_areas):
            refresh_search_text(self.uow, area_id)


KINDS_ORDER = [KINDS[s.entity].model for s in spec.SHEETS]
KINDS_ORDER.insert(0, KINDS_ORDER.pop(KINDS_ORDER.index(KINDS["municipality"].model)))

_WHAT = {
    "municipality": ("kommunen", "municipality", "kommuner", "municipalities"),
    "area": ("området", "area", "områden", "areas"),
    "safety_point": ("trygghetspunkten", "safety point", "trygghetspunkter", "safety points"),
    "crisis_role": ("rollen", "role", "roller", "roles"),
    "contact": ("personen", "person", "personer", "people"),
    "inspection": ("inventeringen", "inspection", "inventeringar", "inspections"),
    "equipment_item": ("utrustningen", "item", "utrustningar", "items"),
}
_NO_ONE = {
    "municipality": "ingen kommun",
    "area": "inget område",
    "safety_point": "ingen trygghetspunkt",
    "crisis_role": "ingen roll",
    "contact": "ingen person",
    "inspection": "ingen inventering",
    "equipment_item": "ingen utrustning",
}
_ANOTHER_SCOPE = {
    "safety_point": ("ett annat område", "another area"),
    "contact": ("ett annat område", "another area"),
    "equipment_item": ("en annan trygghetspunkt", "another safety point"),
    "inspection": ("en annan trygghetspunkt", "another safety point"),
}
_SCOPE_WORD = {
    "contact": ("område", "area"),
    "equipment_item": ("trygghetspunkt", "safety point"),
    "inspection": ("trygghetspunkt", "safety point"),
}


def _fact_value(fact: str, raw: Any) -> Any:
    if typed.is_blank(raw):
        return None
    if fact in NUMERIC_FACTS:
        return typed.plain_number(f"facts.{fact}", raw)
    if fact in DATE_FACTS:
        date = typed.date(f"facts.{fact}", raw)
        return date.isoformat() if date else None
    if isinstance(raw, bool):
        return raw
    return typed.text(raw)


def _other_facts(key: str, raw: Any) -> dict[str, Any]:
    """ "nyckel=värde; nyckel2=värde2" (the export's form of facts without a column)."""
    result: dict[str, Any] = {}
    for part in re.split(r"[;\n]+", typed.text(raw) or ""):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        if not sep or not name.strip():
            raise DomainError(
                key,
                f"skriv uppgifterna som namn=värde; namn2=värde2 (inte {part.strip()!r})",
                f"write the facts as name=value; name2=value2 (not {part.strip()!r})",
            )
        text = value.strip()
        result[name.strip()] = {"true": True, "false": False}.get(text, text)
    return result


def _merged_facts(old: dict[str, Any], draft: _Draft) -> dict[str, Any]:
    """The item's facts after the row: the fact columns present replace their keys, "Övriga
    uppgifter" (when present) replaces every key without a column of its own."""
    merged = dict(old or {})
    if draft.other_facts is not None:
        merged = {k: v for k, v in merged.items() if k in FACT_LABELS}
        merged.update(draft.other_facts)
    for fact, value in (draft.facts or {}).items():
        if value is None:
            merged.pop(fact, None)
        else:
            merged[fact] = value
    return merged


def _current(row: Any, entity: str) -> dict[str, Any]:
    return {name: getattr(row, name) for name in schemas.FIELDS[entity]}


def _label(entity: str, values: dict[str, Any], directory: Directory) -> str:
    if entity == "role_assignment":
        role = directory.display("crisis_role", values.get("role_id"))
        person = directory.display("contact", values.get("contact_id"))
        return f"{role}: {person}"
    if entity == "info_channel":
        return str(values.get("identifier") or "")
    if entity == "inspection":
        return f"{values.get('date')} {values.get('inspector') or ''}".strip()
    if entity == "inspection_finding":
        return directory.display("equipment_item", values.get("equipment_id"))
    return str(values.get("name") or "")


_REF_TARGETS = {
    "municipality_id": "municipality",
    "area_id": "area",
    "safety_point_id": "safety_point",
    "role_id": "crisis_role",
    "contact_id": "contact",
    "inspection_id": "inspection",
    "equipment_id": "equipment_item",
}


def _display(entity: str, name: str, value: Any, directory: Directory) -> str:
    """A value as the preview shows it: labels for codes, names for references."""
    if name in _REF_TARGETS:
        return directory.display(_REF_TARGETS[name], value)
    if name == "deleted":
        return "borttagen" if value else "återställd"
    for sheet in spec.SHEETS:
        if sheet.entity != entity:
            continue
        column = next((c for c in sheet.columns if c.key == name), None)
        if column is not None and column.vocabulary:
            vocabulary = spec.VOCABULARIES[column.vocabulary]
            if isinstance(value, list):
                return "; ".join(vocabulary.display.get(str(v), str(v)) for v in value)
            return vocabulary.display.get(str(value), "" if value is None else str(value))
    if isinstance(value, list):
        return typed.join_list(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in sorted(value.items()))
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    return "" if value is None else (typed.text(value) or "")
