""" "Synka nu": one action against a sync folder (USB stick, network share, Syncthing/OneDrive).

Writes this device's package into the folder (only when there is something new to say), then
imports every package file found there that this replica has not met before, each in its own
transaction. Files written by sync clients mid-copy (temporary names) are skipped; a damaged file
is refused, recorded and reported, and the rest still import; at the office a package whose signer
or seal is refused is moved to `karantän/` (docs/security.md). Sealed packages (`.tsync.sealed`) are
read too. `dry_run` imports everything inside one transaction that is rolled back, so the user sees
what would change before anything does.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security.packages import SEALED_SUFFIX
from trygghetsapp.security.policy import QUARANTINE_FOLDER
from trygghetsapp.store.database import Database
from trygghetsapp.store.erasure import compact_after_erasure
from trygghetsapp.store.uow import UnitOfWork
from trygghetsapp.sync.exporter import ExportReport, export_package
from trygghetsapp.sync.importer import ImportReport, _RollBack, import_into, refuse
from trygghetsapp.sync.package import SUFFIX
from trygghetsapp.sync.reader import PackageError, file_sha256
from trygghetsapp.sync.signatures import NotForThisDevice

FOLDER_KEY = "folder"


@dataclass
class SyncReport:
    folder: Path
    dry_run: bool
    exported: ExportReport | None = None
    files: list[ImportReport] = field(default_factory=list)

    @property
    def new_records(self) -> int:
        return sum(f.new_records for f in self.files)

    @property
    def changed_records(self) -> int:
        return sum(f.changed_records for f in self.files)

    @property
    def conflicts(self) -> int:
        return sum(f.conflicts for f in self.files)

    @property
    def refused(self) -> list[ImportReport]:
        return [f for f in self.files if f.outcome == "refused"]

    @property
    def ignored(self) -> list[ImportReport]:
        """Other laptops' packages a laptop leaves in a shared folder for the office."""
        return [f for f in self.files if f.outcome == "ignored"]

    @property
    def imported(self) -> list[ImportReport]:
        return [f for f in self.files if f.outcome in ("imported", "salvaged")]


def get_folder(database: Database) -> Path | None:
    with UnitOfWork(database) as uow:
        value = (
            uow.session.connection()
            .exec_driver_sql("SELECT value FROM sync_setting WHERE key = ?", (FOLDER_KEY,))
            .scalar()
        )
    return Path(value) if value else None


def set_folder(database: Database, folder: Path) -> None:
    with UnitOfWork(database) as uow:
        uow.session.connection().exec_driver_sql(
            "INSERT INTO sync_setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (FOLDER_KEY, str(folder)),
        )


def candidate_files(database: Database, folder: Path) -> list[Path]:
    """Package files in the folder (and its subfolders) not yet imported or refused here."""
    if not folder.is_dir():
        raise DomainError(
            "folder",
            f"synkmappen finns inte: {folder}",
            f"the sync folder does not exist: {folder}",
        )
    files = sorted(
        p
        for pattern in (f"*{SUFFIX}", f"*{SUFFIX}{SEALED_SUFFIX}")
        for p in folder.rglob(pattern)
        if p.is_file()
        and not p.name.startswith(".")
        and QUARANTINE_FOLDER not in p.relative_to(folder).parts
    )
    with UnitOfWork(database) as uow:
        connection = uow.session.connection()
        # A refused file is tried again: the refusal may have been lifted since (the laptop now
        # trusts its office, a device was enrolled), and the office's export marks are not per
        # recipient, so skipping it for good would leave a gap that never closes.
        met = {
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT sha256 FROM sync_file WHERE outcome != 'refused'"
            )
        }
        exported_by_us = connection.exec_driver_sql("SELECT id FROM local_device").scalar()
    out = []
    for path in files:
        if path.name.startswith(f"{exported_by_us}-"):
            continue
        try:
            if file_sha256(path) in met:
                continue
        except OSError:
            continue
        out.append(path)
    return out


def sync_now(
    database: Database,
    folder: Path | None = None,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> SyncReport:
    """Import every new package in the folder, then write this device's own package there.

    `progress(percent)` is called before each package and may raise to stop (the window's
    Avbryt): each package is its own transaction, so what was read stays, the rest is read next
    time and nothing is half applied; a dry run rolls back whole.
    """
    step = progress or (lambda _percent: None)
    folder = folder or get_folder(database)
    if folder is None:
        raise DomainError("folder", "ingen synkmapp vald", "no sync folder configured")
    report = SyncReport(folder=folder, dry_run=dry_run)
    files = candidate_files(database, folder)
    if dry_run:
        try:
            with UnitOfWork(database) as uow:
                for number, path in enumerate(files):
                    step(100 * number // max(len(files), 1))
                    report.files.append(_one(uow, database, path, savepoint=True)[0])
                raise _RollBack
        except _RollBack:
            pass
        return report
    try:
        for number, path in enumerate(files):
            step(100 * number // (len(files) + 1))
            with UnitOfWork(database) as uow:
                item, error = _one(uow, database, path, savepoint=True)
            if error is not None and item.outcome == "refused":
                final = refuse(database, path, error)
                item.message = final.message("sv") + " / " + final.message("en")
            report.files.append(item)
        step(100 * len(files) // (len(files) + 1))
        # Import first, then export: our package then acknowledges what we just received (so
        # the office's package tells each laptop what is safe), and need not carry back into the
        # folder the changes that came from it.
        _skip_what_the_folder_has(database, report.imported)
        _resend_what_the_office_lacks(database)
        report.exported = export_package(database, folder, only_if_new=True)
        with UnitOfWork(database) as uow:
            uow.session.connection().exec_driver_sql(
                "INSERT INTO sync_setting (key, value) VALUES ('last_sync', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),),
            )
    finally:
        # Also when stopped halfway: an erasure that came in is compacted out of the file now.
        if any(f.erased for f in report.files):
            compact_after_erasure(database)
    return report


def _skip_what_the_folder_has(database: Database, imported: list[ImportReport]) -> None:
    """A laptop need not carry back what it just read from the folder. The office must: laptops
    apply only office-signed packages (docs/security.md), so it relays every laptop's changes."""
    with UnitOfWork(database) as uow:
        connection = uow.session.connection()
        own, role = connection.exec_driver_sql("SELECT id, role FROM local_device").one()
        if role == "office":
            return
        marks: dict[str, int] = dict(
            connection.exec_driver_sql("SELECT device_id, seq FROM sync_export_mark").all()
        )
        applied: dict[str, int] = dict(
            connection.exec_driver_sql(
                "SELECT device_id, contiguous_seq FROM device_knowledge"
            ).all()
        )
        for item in imported:
            for device, (first, last) in sorted(item.ranges.items(), key=lambda r: r[1][0]):
                mark = int(marks.get(device, 0))
                if device == own or first > mark + 1:
                    continue  # a gap before this file's range must still be relayed
                marks[device] = max(mark, min(last, int(applied.get(device, 0))))
        for device, seq in marks.items():
            connection.exec_driver_sql(
                "INSERT INTO sync_export_mark (device_id, seq) VALUES (?, ?) "
                "ON CONFLICT (device_id) DO UPDATE SET seq = max(seq, excluded.seq)",
                (device, seq),
            )


def _resend_what_the_office_lacks(database: Database) -> None:
    """An office package written after our last export that still lacks some of our exported
    changes means a package got lost on the way: lower our mark so the next package re-sends them.
    (Before the office has synced again we do not re-send: that would only duplicate files.)"""
    with UnitOfWork(database) as uow:
        connection = uow.session.connection()
        own = connection.exec_driver_sql("SELECT id FROM local_device").scalar()
        last_export = connection.exec_driver_sql(
            "SELECT value FROM sync_setting WHERE key = 'last_export'"
        ).scalar()
        mark = connection.exec_driver_sql(
            "SELECT seq FROM sync_export_mark WHERE device_id = ?", (own,)
        ).scalar()
        if not last_export or not mark:
            return
        for acknowledged, written in connection.exec_driver_sql(
            "SELECT acknowledged, last_package_at FROM sync_peer WHERE role = 'office'"
        ):
            ack = int(json.loads(acknowledged or "{}").get(own, 0))
            if written > last_export and ack < mark:
                connection.exec_driver_sql(
                    "UPDATE sync_export_mark SET seq = ? WHERE device_id = ?", (ack, own)
                )
                mark = ack


def _one(
    uow: UnitOfWork, database: Database, path: Path, savepoint: bool
) -> tuple[ImportReport, PackageError | None]:
    """Import one file inside a savepoint: a refused file rolls back alone and is reported.

    A laptop's package met by another laptop is "ignored": left in the folder for the office,
    neither applied nor quarantined (docs/security.md)."""
    item = ImportReport(path=path)
    nested = uow.session.begin_nested() if savepoint else None
    try:
        import_into(uow, database, path, item, salvage=False)
    except PackageError as error:
        if nested is not None:
            nested.rollback()
        item.outcome = "ignored" if isinstance(error, NotForThisDevice) else "refused"
        item.message = error.message("sv") + " / " + error.message("en")
        return item, error
    if nested is not None:
        nested.commit()
    return item, None
