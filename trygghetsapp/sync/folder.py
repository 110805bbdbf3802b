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
from trygghetsapp.security.files import QUARANTINE_FOLDER
from trygghetsapp.security.packages import SEALED_SUFFIX
from trygghetsapp.store import sql
from trygghetsapp.store.database import Database
from trygghetsapp.store.erasure import compact_after_erasure
from trygghetsapp.store.uow import UnitOfWork
from trygghetsapp.sync.exporter import ExportReport, export_package, read_marks, write_marks
from trygghetsapp.sync.importer import ImportReport, _RollBack, import_into, refuse
from trygghetsapp.sync.package import SUFFIX
from trygghetsapp.sync.reader import PackageError, file_sha256
from trygghetsapp.sync.setting import get_folder
from trygghetsapp.sync.signatures import NotForThisDevice
from trygghetsapp.sync.status import sync_status


@dataclass
class SyncReport:
    folder: Path
    dry_run: bool
    exported: ExportReport | None = None
    files: list[ImportReport] = field(default_factory=list)
    open_conflicts: int | None = None
    """After a real run: the conflicts still open (one met in a package may be settled by a
    later one in the same run, e.g. the office's decision); None for a preview."""
    missing: list[str] = field(default_factory=list)
    """After the run: changes other devices said exist and that have not reached us
    (`SyncStatus.missing_messages`), so a lost package is told at once, not only in status."""

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
            for r in sql.execute(
                connection, "SELECT sha256 FROM sync_file WHERE outcome != 'refused'"
            )
        }
        exported_by_us = sql.execute(connection, "SELECT id FROM local_device").scalar()
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
        _resend_what_the_office_lacks(database, folder)
        _resend_what_laptops_lack(database, report.imported)
        status = sync_status(database)
        # A laptop that still lacks changes after reading new packages says so at once (its
        # package's vector is what the office re-sends from), even with nothing new of its own.
        tell = status.role != "office" and bool(report.imported) and bool(status.missing_messages())
        report.exported = export_package(database, folder, only_if_new=not tell)
        hint = (
            " (enheten skickar dem igen vid sin nästa synk / the device re-sends them at its "
            "next sync)"
            if status.role == "office"
            else " (de kommer med kontorets nästa paket / they come with the office's next package)"
        )
        report.missing = [line + hint for line in status.missing_messages()]
        report.open_conflicts = status.open_conflicts
        with UnitOfWork(database) as uow:
            sql.execute(
                uow.session.connection(),
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
        own, role = sql.execute(connection, "SELECT id, role FROM local_device").one()
        if role == "office":
            return
        marks: dict[str, int] = dict(
            sql.execute(connection, "SELECT device_id, seq FROM sync_export_mark").all()
        )
        applied: dict[str, int] = dict(
            sql.execute(connection, "SELECT device_id, contiguous_seq FROM device_knowledge").all()
        )
        for item in imported:
            for device, (first, last) in sorted(item.ranges.items(), key=lambda r: r[1][0]):
                mark = int(marks.get(device, 0))
                if device == own or first > mark + 1:
                    continue  # a gap before this file's range must still be relayed
                marks[device] = max(mark, min(last, int(applied.get(device, 0))))
        for device, seq in marks.items():
            sql.execute(
                connection,
                "INSERT INTO sync_export_mark (device_id, seq) VALUES (?, ?) "
                "ON CONFLICT (device_id) DO UPDATE SET seq = max(seq, excluded.seq)",
                (device, seq),
            )


def _resend_what_the_office_lacks(database: Database, folder: Path) -> None:
    """A laptop re-sends its changes the office has not acknowledged when a package carrying
    them may be lost: lower our mark to the office's acknowledgement, so the next package
    carries them again. Lost means either

    - the folder no longer holds our packages covering them (a stick reformatted, a folder
      cleaned, a sync client that deleted them): seen at once, whatever the office wrote; or
    - an office package written after our last export still lacks them (the office read the
      folder, but the package did not reach it or was refused there).

    While our packages are still in the folder and the office has not synced since, nothing is
    re-sent: that would only duplicate files. An office never re-sends this way (its own rule
    is `_resend_what_laptops_lack`)."""
    with UnitOfWork(database) as uow:
        connection = uow.session.connection()
        own, role = sql.execute(connection, "SELECT id, role FROM local_device").one()
        if role == "office":
            return
        last_export = sql.execute(
            connection, "SELECT value FROM sync_setting WHERE key = 'last_export'"
        ).scalar()
        mark = sql.execute(
            connection, "SELECT seq FROM sync_export_mark WHERE device_id = ?", (own,)
        ).scalar()
        if not last_export or not mark:
            return
        offices = sql.execute(
            connection, "SELECT acknowledged, last_package_at FROM sync_peer WHERE role = 'office'"
        ).all()
        ack = max((int(json.loads(a or "{}").get(own, 0)) for a, _w in offices), default=0)
        if ack >= mark:
            return
        written_since = any(w > last_export for _a, w in offices)
        if written_since or not _folder_covers(folder, own, ack + 1, mark):
            sql.execute(
                connection, "UPDATE sync_export_mark SET seq = ? WHERE device_id = ?", (ack, own)
            )


def _folder_covers(folder: Path, device: str, first: int, last: int) -> bool:
    """Whether `device`'s package files in the folder (any subfolder, quarantine included: a
    quarantined package waits for the office, re-sending it would not help) carry its
    changes `first`..`last`, by their names (`<device>-<first>-<last>-<sha8>.tsync[.sealed]`)."""
    spans: list[tuple[int, int]] = []
    for path in folder.rglob(f"{device}-*{SUFFIX}*"):
        name = path.name.removesuffix(SEALED_SUFFIX).removesuffix(SUFFIX)
        parts = name[len(device) + 1 :].split("-")
        if len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit():
            spans.append((int(parts[0]), int(parts[1])))
    reached = first - 1
    for low, high in sorted(spans):
        if low > reached + 1:
            break
        reached = max(reached, high)
    return reached >= last


def _resend_what_laptops_lack(database: Database, imported: list[ImportReport]) -> None:
    """At the office: each laptop package read now says what that laptop holds (its version
    vector, written after it read the folder). Whatever it lacks of what our earlier packages
    carried (they were lost, or it read a folder they never reached) goes into our next
    package again: the marks are lowered to that laptop's acknowledgement. So a laptop that
    missed office packages gets their changes with the next office package after its own,
    without --full; laptops that stay away cost nothing (only packages read now count)."""
    with UnitOfWork(database) as uow:
        connection = uow.session.connection()
        own, role = sql.execute(connection, "SELECT id, role FROM local_device").one()
        senders = {item.sender for item in imported if item.sender and item.sender != own}
        if role != "office" or not senders:
            return
        marks = read_marks(connection)  # this installation's (exporter.py)
        lowered: dict[str, int] = {}
        for sender in sorted(senders):
            acknowledged = sql.execute(
                connection, "SELECT acknowledged FROM sync_peer WHERE device_id = ?", (sender,)
            ).scalar()
            holds = json.loads(acknowledged or "{}")
            for device, mark in marks.items():
                has = int(holds.get(device, 0))
                if has < mark:
                    lowered[device] = min(lowered.get(device, mark), has)
        write_marks(connection, lowered, lower=True)


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
