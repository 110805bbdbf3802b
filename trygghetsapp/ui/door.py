"""The window's one door to the database: every read and write of the widgets goes through here.

As Anki's `CollectionOp` and `QueryOp` (qt/aqt/operations): a widget hands the door an *op*, a
function of the open `Database` built by one of the functions below, and a callback. The door runs
the op on the one database worker (`tasks.DatabaseWorker`, a single-thread pool: SQLite has one
writer) and calls back on the GUI thread. So no widget opens a session, and no query ever runs in
a paint event, a key press or a slot on the GUI thread (tests/ui/conftest.py checks it while the
workflow tests run).

- `query(op, done)`: a read; `done(result)` on the GUI thread.
- `change(op, done)`: a write. Its op returns the service's `Changes` (alone, or in a tuple with
  the new id); after `done` the door broadcasts them on `changed`, marked with the area the edit
  was made in, and each view refreshes what they name (only the changed rows where it can). A
  write that returns no `Changes` (a setting: the sync folder, this computer's name) changes
  nothing a view shows and is not broadcast.
- `long(...)`: long work (import, demo data, sync, backups) behind a progress dialog, cancellable.

A failure goes to the caller's `failed`, or, when it gave none, out on `failed` for the window to
show. A result for a widget that is gone (a language change rebuilds the widgets) is dropped.

The ops are named here, one function each: this is the only GUI module that imports the services
(`tests/ui/test_door.py` checks it); the other widgets see read models only. The sync room and
the PDF dialogs build their ops on `sync.api` and `reports` and run them through this door too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from trygghetsapp.domain.readiness import AreaGaps
from trygghetsapp.services import (
    areas,
    channels,
    contacts,
    demo,
    equipment,
    inspections,
    municipalities,
    overview,
    privacy,
    roles,
    safety_points,
    server_errors,
    transfer,
)
from trygghetsapp.services.database import Database
from trygghetsapp.services.readmodels import (
    AreaListItem,
    AreaView,
    Changes,
    ChannelView,
    ContactView,
    Entity,
    EquipmentView,
    InspectionView,
    OverviewRow,
    RoleStaffing,
    SafetyPointView,
)
from trygghetsapp.ui.tasks import DatabaseWorker, Progress, run_with_progress

if TYPE_CHECKING:
    from trygghetsapp.services.backups import BackupInfo
    from trygghetsapp.services.privacy import ErasurePlan, ReviewDue
    from trygghetsapp.services.workbook.importer import (
        ImportPreview,
        ImportResult,
        ImportUndo,
        Overrides,
    )
    from trygghetsapp.ui.sync.state import SyncSnapshot

T = TypeVar("T")
Op = Callable[[Database], T]
"""A piece of database work: runs on the worker with the open database."""
LongOp = Callable[[Database, Progress], T]
"""Long work that reports its progress (0-100) and stops when cancelled."""
Failed = Callable[[BaseException], None]


def _told(op: Op[T], database: Database) -> T:
    """Run `op`; a server database's lost connection, refused login or refused write becomes
    its one sentence (services/server_errors.py), on the worker thread, where the refusal's
    reason can still be asked of the server. A file's errors pass unchanged."""
    try:
        return op(database)
    except Exception as error:
        if not database.is_server:
            raise
        told = server_errors.explained(error, database)
        if told is None:
            raise
        raise told from error


def changes_in(result: Any) -> Changes | None:
    """The `Changes` a write returned: the value itself, or the one in its tuple. None for a
    write of something no view shows (a setting such as the sync folder)."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        return next((part for part in result if isinstance(part, Changes)), None)
    return None


class Door(QObject):
    """Runs the widgets' ops on the database worker; results and `changed` on the GUI thread."""

    changed = Signal(object)
    """A `Changes`, after every committed write (edits, undo, redo, imports)."""

    failed = Signal(object)
    """An error no caller took care of; the window shows it."""

    idle = Signal()
    """Every op handed in so far has come back (and its callbacks have run)."""

    def __init__(
        self,
        database: Database,
        worker: DatabaseWorker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._worker = worker
        self._pending = 0
        self._started = False

    @property
    def database(self) -> Database:
        """The handle, for its path and for tests; widgets never call a service with it."""
        return self._database

    @property
    def worker(self) -> DatabaseWorker:
        if self._worker is None:
            self._worker = DatabaseWorker(self)
        return self._worker

    def adopt(self, worker: DatabaseWorker) -> None:
        """Use the app's worker (before the first op): one worker thread for the database."""
        if worker is self._worker:
            return
        if self._started:
            raise RuntimeError("the door has already handed work to another worker")
        self._worker = worker

    def is_idle(self) -> bool:
        return self._pending == 0

    def wait(self, msecs: int = -1) -> bool:
        """For shutdown: let the running op end (its result is not delivered)."""
        return self.worker.wait(msecs)

    # -- the three ways in ------------------------------------------------------------------
    def query(
        self,
        op: Op[T],
        done: Callable[[T], None],
        failed: Failed | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Read on the worker; `done(result)` on the GUI thread (dropped if `owner` is gone)."""
        self._submit(op, done, failed, owner, writes=False, area=None)

    def change(
        self,
        op: Op[T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
        owner: QObject | None = None,
        area: str | None = None,
    ) -> None:
        """Write on the worker; `done(result)`, then `changed` with its `Changes` in `area`.

        `changed` goes out even when `owner` is gone: the data did change."""
        self._submit(op, done, failed, owner, writes=True, area=area)

    def long(
        self,
        parent: QWidget,
        title: str,
        op: LongOp[T],
        done: Callable[[T], None],
        failed: Failed,
        cancellable: bool = True,
    ) -> QProgressDialog:
        """Long work behind a window-modal progress dialog (the GUI repaints meanwhile).

        The callbacks say what changed (usually everything: `AppContext.data_replaced`)."""
        self._started = True
        self._pending += 1
        database = self._database

        def finished(result: T) -> None:
            self._pending -= 1
            try:
                done(result)
            finally:
                self._maybe_idle()

        def went_wrong(error: BaseException) -> None:
            self._pending -= 1
            try:
                failed(error)
            finally:
                self._maybe_idle()

        return run_with_progress(
            self.worker,
            parent,
            title,
            lambda progress: _told(lambda db: op(db, progress), database),
            finished,
            went_wrong,
            cancellable,
        )

    def call_now(self, op: Op[T]) -> T:
        """Run `op` on the calling thread. Only for the shutdown (`app.py`'s `finish`), after the
        event loop and the worker have ended: there is no thread left to hand it to."""
        return op(self._database)

    # -- plumbing -----------------------------------------------------------------------------
    def _submit(
        self,
        op: Op[Any],
        done: Callable[[Any], None] | None,
        failed: Failed | None,
        owner: QObject | None,
        writes: bool,
        area: str | None,
    ) -> None:
        database = self._database
        self._started = True
        self._pending += 1

        def arrived(result: Any) -> None:
            self._pending -= 1
            try:
                if owner is not None and not shiboken6.isValid(owner):
                    return
                if done is not None:
                    done(result)
            finally:
                changes = changes_in(result) if writes else None
                if changes is not None:
                    self.changed.emit(changes.in_areas(area))
                self._maybe_idle()

        def went_wrong(error: BaseException) -> None:
            self._pending -= 1
            try:
                if owner is not None and not shiboken6.isValid(owner):
                    return
                if failed is not None:
                    failed(error)
                else:
                    self.failed.emit(error)
            finally:
                self._maybe_idle()

        self.worker.submit(lambda _progress: _told(op, database), arrived, went_wrong)

    def _maybe_idle(self) -> None:
        if self._pending == 0:
            self.idle.emit()


# =============================================================================================
# The ops. Each returns a function of the database; nothing runs until the door runs it.
# =============================================================================================


# -- records: one new / get / change / delete / restore for every kind a tab edits ------------
@dataclass(frozen=True)
class RecordOps:
    add: Callable[[Database, dict[str, Any]], tuple[str, Changes]]
    update: Callable[[Database, str, dict[str, Any]], Changes]
    delete: Callable[[Database, str], Changes]
    restore: Callable[[Database, str], Changes]


RECORDS: dict[Entity, RecordOps] = {
    Entity.AREA: RecordOps(
        areas.create_area, areas.update_area, areas.delete_area, areas.restore_area
    ),
    Entity.SAFETY_POINT: RecordOps(
        safety_points.create_safety_point,
        safety_points.update_safety_point,
        safety_points.delete_safety_point,
        safety_points.restore_safety_point,
    ),
    Entity.EQUIPMENT: RecordOps(
        equipment.add_equipment,
        equipment.update_equipment,
        equipment.delete_equipment,
        equipment.restore_equipment,
    ),
    Entity.CONTACT: RecordOps(
        contacts.add_contact,
        contacts.update_contact,
        contacts.delete_contact,
        contacts.restore_contact,
    ),
    Entity.CHANNEL: RecordOps(
        channels.add_channel,
        channels.update_channel,
        channels.delete_channel,
        channels.restore_channel,
    ),
    Entity.MUNICIPALITY: RecordOps(
        municipalities.add_municipality,
        municipalities.update_municipality,
        municipalities.delete_municipality,
        municipalities.restore_municipality,
    ),
}


def add(entity: Entity, values: dict[str, Any]) -> Op[tuple[str, Changes]]:
    record = RECORDS[entity]
    frozen = dict(values)
    return lambda db: record.add(db, frozen)


def update(entity: Entity, row_id: str, values: dict[str, Any]) -> Op[Changes]:
    frozen = dict(values)
    return lambda db: RECORDS[entity].update(db, row_id, frozen)


def delete(entity: Entity, row_id: str) -> Op[Changes]:
    return lambda db: RECORDS[entity].delete(db, row_id)


def restore(entity: Entity, row_id: str) -> Op[Changes]:
    return lambda db: RECORDS[entity].restore(db, row_id)


# -- the municipality (the Kommun page) -------------------------------------------------------
def municipality_page() -> Op[municipalities.MunicipalityPage]:
    return municipalities.municipality_page


def assign_areas_without(municipality_id: str) -> Op[tuple[list[str], Changes]]:
    return lambda db: municipalities.assign_areas_without(db, municipality_id)


def unassign_areas(area_ids: Sequence[str]) -> Op[Changes]:
    frozen = list(area_ids)
    return lambda db: municipalities.unassign_areas(db, frozen)


# -- the area list and the area's header ------------------------------------------------------
def list_areas(
    search: str = "", limit: int | None = None, offset: int = 0
) -> Op[list[AreaListItem]]:
    return lambda db: areas.list_areas(db, search, limit=limit, offset=offset)


@dataclass(frozen=True)
class AreaSlice:
    """Part of the area list of a search, read in one op: how many areas match (None when not
    counted), the row `around` has in it (None when not asked, or the search hides it), and
    pages of rows by their first row."""

    total: int | None
    position: int | None
    pages: dict[int, list[AreaListItem]]


def area_slice(
    search: str,
    starts: Collection[int] = (),
    page: int = 100,
    around: str | None = None,
    count: bool = False,
    or_first: bool = False,
) -> Op[AreaSlice]:
    """The pages of the list of `search` starting at `starts`, and a page around `around`
    (found by one indexed count of the names before it; the page has it in its middle, so the
    rows a view shows around it are read with it): an area deep in a national list is shown by
    reading its page, not every page above it. With `or_first` the first page is read when
    `around` is not in the list. With `count`, the number of matches (one COUNT), so the list
    can give every row its place before its page is read."""
    wanted = sorted(set(starts))

    def op(db: Database) -> AreaSlice:
        total = areas.count_areas(db, search) if count else None
        position = areas.position_of(db, search, around) if around is not None else None
        firsts = set(wanted)
        if position is not None:
            first = max(0, position - page // 2)
            firsts.add(first if total is None else max(0, min(first, total - page)))
        elif or_first:
            firsts.add(0)
        pages = {
            first: areas.list_areas(db, search, limit=page, offset=first)
            for first in sorted(firsts)
            if first >= 0 and (total is None or first < total)
        }
        return AreaSlice(total, position, pages)

    return op


def area_rows(
    search: str, area_ids: Collection[str]
) -> Op[tuple[int, dict[str, tuple[int, AreaListItem]]]]:
    """How many areas the list of `search` now holds, and where each area now sits in it and
    what its row shows; an area the search hides (or that is gone) is left out."""
    wanted = sorted(set(area_ids))

    def op(db: Database) -> tuple[int, dict[str, tuple[int, AreaListItem]]]:
        found: dict[str, tuple[int, AreaListItem]] = {}
        for area_id in wanted:
            position = areas.position_of(db, search, area_id)
            if position is None:
                continue
            page = areas.list_areas(db, search, limit=1, offset=position)
            if page and page[0].id == area_id:
                found[area_id] = (position, page[0])
        return areas.count_areas(db, search), found

    return op


def area_gaps(area_ids: Collection[str]) -> Op[dict[str, AreaGaps]]:
    wanted = list(area_ids)
    return lambda db: overview.area_gaps(db, wanted)


def get_area(area_id: str) -> Op[AreaView]:
    return lambda db: areas.get_area(db, area_id)


def area_index() -> Op[list[Any]]:
    """Every area in list order with its search text (the next start's list)."""
    return areas.list_area_index


# -- the overview -----------------------------------------------------------------------------
def national_overview() -> Op[list[OverviewRow]]:
    return overview.overview


def refresh_stale_counts() -> Op[bool]:
    """One slice of kept counts brought up to date (`overview.refresh_stale`); whether more
    may be stale."""

    def op(db: Database) -> bool:
        return overview.refresh_stale(db) >= overview.STALE_SLICE

    return op


def overview_row(area_id: str) -> Op[OverviewRow | None]:
    """One area's row again after an edit (None when the area is gone)."""

    def op(db: Database) -> OverviewRow | None:
        gaps = overview.area_gaps(db, [area_id]).get(area_id)
        if gaps is None:
            return None
        return OverviewRow(area_id=area_id, area_name=areas.get_area(db, area_id).name, gaps=gaps)

    return op


def contacts_past_review() -> Op[list[ReviewDue]]:
    return privacy.contacts_past_review


# -- the tabs' pages ----------------------------------------------------------------------------
@dataclass(frozen=True)
class PointPage:
    area: AreaView
    points: list[SafetyPointView]


def point_page(area_id: str) -> Op[PointPage]:
    return lambda db: PointPage(
        areas.get_area(db, area_id), safety_points.list_safety_points(db, area_id)
    )


def list_safety_points(area_id: str) -> Op[list[SafetyPointView]]:
    return lambda db: safety_points.list_safety_points(db, area_id)


def list_equipment(
    area_id: str,
    category: str | None = None,
    condition: str | None = None,
    ids: Collection[str] | None = None,
) -> Op[list[EquipmentView]]:
    return lambda db: equipment.list_equipment(
        db, area_id=area_id, category=category, condition=condition, ids=ids
    )


def list_contacts(area_id: str, ids: Collection[str] | None = None) -> Op[list[ContactView]]:
    return lambda db: contacts.list_contacts(db, area_id, ids=ids)


def list_channels(area_id: str, ids: Collection[str] | None = None) -> Op[list[ChannelView]]:
    return lambda db: channels.list_channels(db, area_id, ids=ids)


@dataclass(frozen=True)
class RolesPage:
    people: list[ContactView]
    staffing: list[RoleStaffing]


def roles_page(area_id: str) -> Op[RolesPage]:
    return lambda db: RolesPage(contacts.list_contacts(db, area_id), roles.staffing(db, area_id))


def assign_role(area_id: str, role_id: str, contact_id: str | None, rank: int) -> Op[Changes]:
    return lambda db: roles.assign_role(db, area_id, role_id, contact_id, rank)


Slots = tuple[tuple[str, int], ...]


def delete_contact(area_id: str, contact_id: str) -> Op[tuple[Slots, Changes]]:
    """Delete a person, returning the role slots they held (the service empties them in the
    same transaction; undo puts the person back *and* into the same slots)."""

    def op(db: Database) -> tuple[Slots, Changes]:
        slots = tuple(
            (staff.role.id, assignment.rank)
            for staff in roles.staffing(db, area_id)
            for assignment in (staff.holder, *staff.deputies)
            if assignment is not None and assignment.contact_id == contact_id
        )
        return slots, contacts.delete_contact(db, contact_id)

    return op


def restore_contact(area_id: str, contact_id: str, slots: Slots) -> Op[Changes]:
    def op(db: Database) -> Changes:
        changes = contacts.restore_contact(db, contact_id)
        for role_id, rank in slots:
            changes = changes | roles.assign_role(db, area_id, role_id, contact_id, rank)
        return changes

    return op


def erasure_plan(contact_id: str) -> LongOp[ErasurePlan]:
    """What erasing the person would remove (every record is searched: seconds when large)."""
    return lambda db, _progress: privacy.erasure_plan(db, contact_id)


def erase_person(contact_id: str, purge_backups: bool = False) -> LongOp[Changes]:
    """Erase the person; with `purge_backups` also out of the older backups on this computer."""
    return lambda db, _progress: privacy.erase_person(db, contact_id, purge_backups)


def save_register_extract(
    area_id: str | None, contact_id: str, path: Path
) -> Op[tuple[Path, Path]]:
    """Everything about one person as PDF and JSON side by side (reportlab, on the worker)."""

    def op(db: Database) -> tuple[Path, Path]:
        from trygghetsapp.reports import register_extract  # reportlab: loaded on first use

        author = "Kommunen"
        if area_id is not None:
            found = municipalities.get_municipality(db, areas.get_area(db, area_id).municipality_id)
            if found is not None:
                author = found.name
        extract = privacy.register_extract(db, contact_id)
        return register_extract.save(extract, path, author=author)

    return op


@dataclass(frozen=True)
class InspectionPage:
    points: list[SafetyPointView]
    past: list[InspectionView]
    point_id: str | None
    items: list[EquipmentView]


def inspection_page(area_id: str, wanted_point: str | None) -> Op[InspectionPage]:
    """The points, the inspections, and the items of the point to walk: the one with a running
    inspection (the walk resumes where it stopped), else the wanted one, else the first."""

    def op(db: Database) -> InspectionPage:
        points = safety_points.list_safety_points(db, area_id)
        past = inspections.list_inspections(db, area_id=area_id)
        running = next((i for i in past if not i.finished), None)
        ids = [p.id for p in points]
        point_id = wanted_point
        if running is not None and running.safety_point_id in ids:
            point_id = running.safety_point_id
        elif point_id not in ids:
            point_id = ids[0] if ids else None
        items = [] if point_id is None else equipment.list_equipment(db, safety_point_id=point_id)
        return InspectionPage(points, past, point_id, items)

    return op


def start_inspection(point_id: str, date: dt.date, inspector: str) -> Op[tuple[str, Changes]]:
    return lambda db: inspections.start_inspection(db, point_id, date, inspector)


def put_mark(inspection_id: str, item_id: str, mark: tuple[str, str] | None) -> Op[Changes]:
    """Set an item's mark in the walk, or take it away (None)."""
    if mark is None:
        return lambda db: inspections.remove_finding(db, inspection_id, item_id)
    condition, note = mark
    return lambda db: inspections.record_finding(db, inspection_id, item_id, condition, note)


ItemStates = dict[str, dict[str, Any]]


def finish_inspection(inspection_id: str) -> Op[tuple[ItemStates, Changes]]:
    """Finish, returning what finishing overwrote on each item (so it can be undone)."""

    def op(db: Database) -> tuple[ItemStates, Changes]:
        before = inspections.states_before_finish(db, inspection_id)
        return before, inspections.finish_inspection(db, inspection_id)

    return op


def refinish_inspection(inspection_id: str) -> Op[Changes]:
    return lambda db: inspections.finish_inspection(db, inspection_id)


def reopen_inspection(inspection_id: str, before: ItemStates) -> Op[Changes]:
    return lambda db: inspections.reopen_inspection(db, inspection_id, before)


# -- sync ---------------------------------------------------------------------------------------
def load_snapshot(database: Database) -> SyncSnapshot:
    """Status, conflicts, the records they are about, and the folder: what the sync views show."""
    from trygghetsapp.services.locate import locate
    from trygghetsapp.sync import api
    from trygghetsapp.ui.sync.state import SyncSnapshot

    conflicts = tuple(api.list_conflicts(database))
    records = {(c.entity, c.row_id) for c in conflicts}
    # A "reference" conflict is about a deleted contact: name its area and person too.
    records |= {(Entity.CONTACT, str(c.winner.value)) for c in conflicts if c.kind == "reference"}
    return SyncSnapshot(
        status=api.sync_status(database),
        conflicts=conflicts,
        places=locate(database, sorted(records)),
        folder=api.get_folder(database),
    )


# -- long work of the window --------------------------------------------------------------------
def load_demo(scale: int = 0) -> LongOp[Any]:
    def op(db: Database, progress: Progress) -> Any:
        total = max(scale, 1)
        return demo.load_demo(db, scale=scale, progress=lambda n: progress(100 * n // total))

    return op


def import_json(path: Path) -> LongOp[dict[str, int]]:
    return lambda db, _progress: transfer.import_file(db, path)


# -- backups ------------------------------------------------------------------------------------
def describe_backups() -> Op[list[BackupInfo]]:
    def op(db: Database) -> list[BackupInfo]:
        from trygghetsapp.services import backups

        return backups.describe_backups(db)

    return op


def second_folder() -> Op[Path | None]:
    def op(db: Database) -> Path | None:
        from trygghetsapp.services import backups

        return backups.second_folder(db)

    return op


def set_second_folder(folder: Path | None) -> Op[Path | None]:
    def op(db: Database) -> Path | None:
        from trygghetsapp.services import backups

        backups.set_second_folder(db, folder)
        return folder

    return op


def backup_now() -> LongOp[Path]:
    def op(db: Database, _progress: Progress) -> Path:
        from trygghetsapp.services import backups

        return backups.backup(db)

    return op


def restore_backup(source: Path) -> LongOp[Path]:
    def op(db: Database, _progress: Progress) -> Path:
        from trygghetsapp.services import backups

        return backups.restore(db, source)

    return op


# -- documents (reports) ------------------------------------------------------------------------
def area_pdf(area_id: str, kind: str) -> Op[bytes]:
    def op(db: Database) -> bytes:
        from trygghetsapp.reports import batch

        return batch.area_pdf(db, area_id, kind)

    return op


@dataclass(frozen=True)
class ExportResult:
    written: list[Path]
    total: int
    cancelled: bool


def export_pdfs(area_ids: Sequence[str], kind: str, target: Path) -> LongOp[ExportResult]:
    """`batch.export_pdfs`, reporting percent and stopping when Avbryt is pressed.

    Progress is reported without raising (`export_pdfs` polls `cancelled` itself, between areas
    and inside a combined build), so files already finished are returned, not lost in an
    exception.
    """
    ids = list(area_ids)

    def op(db: Database, progress: Progress) -> ExportResult:
        from trygghetsapp.reports import batch

        def report(done: int, total: int) -> None:
            if not progress.cancelled:
                progress(100 * done // max(total, 1))

        written = batch.export_pdfs(
            db, ids, kind, target, progress=report, cancelled=lambda: progress.cancelled
        )
        return ExportResult(written, len(ids), progress.cancelled)

    return op


# -- files in and out of the office (issue 18) -------------------------------------------------
# The workbook modules load openpyxl: imported inside the ops, so the window's start loads none.


def preview_import(path: Path, overrides: Overrides) -> LongOp[ImportPreview]:
    """Read a workbook and say what importing it would do (writes nothing)."""

    def op(db: Database, progress: Progress) -> ImportPreview:
        from trygghetsapp.services.workbook import importer

        return importer.preview_import(db, path, overrides, progress)

    return op


def apply_import(preview: ImportPreview) -> LongOp[ImportResult]:
    """Write what the preview showed, in one transaction (Avbryt rolls it back)."""

    def op(db: Database, progress: Progress) -> ImportResult:
        from trygghetsapp.services.workbook import importer

        return importer.apply_import(db, preview, progress=progress)

    return op


def undo_import(undo: ImportUndo) -> LongOp[Changes]:
    """Take an applied import back as one transaction (the window's undo)."""

    def op(db: Database, progress: Progress) -> Changes:
        from trygghetsapp.services.workbook import importer

        return importer.undo_import(db, undo, progress)

    return op


def redo_import(undo: ImportUndo) -> LongOp[Changes]:
    """Put an undone import back (the window's redo)."""

    def op(db: Database, progress: Progress) -> Changes:
        from trygghetsapp.services.workbook import importer

        return importer.redo_import(db, undo, progress)

    return op


@dataclass(frozen=True)
class ExportChoice:
    """What File > Exportera writes: the kind, and the profile and options the dialog offers."""

    kind: str
    profile: str = "public"
    include_planned: bool = True
    gis_format: str = "gpkg"
    paper: str = "A4"


@dataclass(frozen=True)
class ExportDone:
    path: Path
    points: int
    """Safety points (or records, for the data workbook) in the file."""
    profile: str


def export_file(choice: ExportChoice, target: Path) -> LongOp[ExportDone]:
    """The workbook, the blank template, the county's report, a GIS file, the residents' page or
    the posters. `progress` raises `Cancelled` after Avbryt only before the writing starts: once
    a writer runs, the file is finished and reported (never half a file)."""

    def op(db: Database, progress: Progress) -> ExportDone:
        progress(5)
        if choice.kind in ("xlsx", "template"):
            from trygghetsapp.services.workbook.exporter import export_workbook

            counts = export_workbook(db, target, template=choice.kind == "template")
            return ExportDone(target, counts.total(), "internal")
        if choice.kind == "county":
            from trygghetsapp.services.workbook.county import export_county_report

            count = export_county_report(db, target)
            return ExportDone(target, count, "internal")
        from trygghetsapp.services.publication import publication

        published = publication(db, choice.profile, include_planned=choice.include_planned)
        progress(40)
        if choice.kind == "gis":
            from trygghetsapp.reports.gis import export_gis

            export_gis(published, choice.gis_format, target)
        elif choice.kind == "web":
            from trygghetsapp.reports.web import export_web

            export_web(published, target)
        else:
            from trygghetsapp.reports.poster import export_posters

            export_posters(published, target, choice.paper)
        return ExportDone(target, len(published.points), choice.profile)

    return op
