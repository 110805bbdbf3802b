"""Importing one package: verify, insert unknown changes, apply in causal order, materialise.

One file = one SQLite transaction (a SIGKILL anywhere leaves the database as it was). Changes are
keyed by (device, seq): `INSERT OR IGNORE` makes duplicates and re-delivery no-ops, and a key we
already hold with *different* content means two installations share a device id (a cloned disk
image, or a restored backup that went on editing): the whole file is refused.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import exc as sa_exc

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.hlc import MAX_DRIFT_MS, pack
from trygghetsapp.domain.values import RECORD_ID
from trygghetsapp.security.sealing import is_sealed
from trygghetsapp.store import sql
from trygghetsapp.store.database import Database
from trygghetsapp.store.erasure import ENTITY as ERASURE_ENTITY
from trygghetsapp.store.erasure import (
    MARK_TEXT,
    compact_after_erasure,
    erased_rows,
    is_redaction_of,
    is_scrub_of,
    mark_compact_pending,
    redact_rows,
    remember,
)
from trygghetsapp.store.locks import MERGE_LOCK
from trygghetsapp.store.uow import UnitOfWork
from trygghetsapp.sync.causal import apply_ready, record_withheld
from trygghetsapp.sync.device import valid_device_name
from trygghetsapp.sync.materialise import MaterialiseStats, materialise, raw
from trygghetsapp.sync.package import ChangeRow
from trygghetsapp.sync.reader import (
    PackageError,
    ReadStats,
    check_file_size,
    file_sha256,
    read_package,
)
from trygghetsapp.sync.signatures import (
    Identity,
    NotForThisDevice,
    SignatureRefused,
    check_sender,
    identity,
    lines_verifier,
    may_relay,
    move_to_quarantine,
    opened,
    sealed_for_the_office,
    verifier,
)
from trygghetsapp.sync.validate import InvalidChange, NewChanges, check_head, check_tx

BATCH = 5000
MALFORMED: tuple[type[BaseException], ...] = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    OverflowError,
    RecursionError,
    IndexError,
    sqlite3.IntegrityError,
    sqlite3.InterfaceError,
    sqlite3.ProgrammingError,
    sqlite3.DataError,
    sa_exc.IntegrityError,
    sa_exc.InterfaceError,
    sa_exc.ProgrammingError,
    sa_exc.DataError,
)
"""What malformed content can raise while applied (not disk full or locked: those are real)."""
TOUCHED = "temp.sync_touched"


@dataclass
class ImportReport:
    """What one file did (or, in a dry run, would do)."""

    path: Path
    outcome: str = "imported"
    """imported, salvaged, duplicate, refused, or ignored (another laptop's package, sealed or
    not, left for the office)"""
    message: str = ""
    source: str = ""
    sender: str = ""
    """The signer's device id (the header's device)."""
    new_changes: int = 0
    applied_changes: int = 0
    new_records: int = 0
    changed_records: int = 0
    conflicts: int = 0
    skipped: list[str] = field(default_factory=list)
    held_rows: list[str] = field(default_factory=list)
    clock_warnings: list[str] = field(default_factory=list)
    not_own: int = 0
    """Changes labelled with another device than the signer's, left out: only their own
    device's package (or the office's, at a laptop) can bring them (docs/security.md)."""
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Sequence ranges per origin device the file said it carries."""
    erased: int = 0
    """Erased contacts whose changes this file touched (redacted here; the file is compacted)."""


@dataclass
class _Erasures:
    """Erased contacts known here, and those this import touched (to redact and compact)."""

    known: set[str]
    hits: set[str] = field(default_factory=set)


class _RollBack(Exception):
    """Raised inside a dry run to discard everything after the report is built."""


def import_file(
    database: Database, path: Path, salvage: bool = False, dry_run: bool = False
) -> ImportReport:
    """Import one package in its own transaction. A refused file raises PackageError."""
    report = ImportReport(path=path)
    try:
        with UnitOfWork(database) as uow:
            import_into(uow, database, path, report, salvage)
            if dry_run:
                raise _RollBack
    except _RollBack:
        pass
    except PackageError as error:
        if dry_run or isinstance(error, NotForThisDevice):
            raise
        refused = refuse(database, path, error)
        if refused is not error:
            raise refused from None
        raise
    if report.erased and not dry_run:
        compact_after_erasure(database)
    return report


def refuse(database: Database, path: Path, error: PackageError) -> PackageError:
    """Record a refused file (for `sync status` and the GUI); at the office, quarantine it if its
    signer or seal was refused. Returns the error to report (saying where the file went).

    A laptop records the refusal but leaves the file where it is: in a shared folder it may be
    a package the office and other laptops can use (a stale office key on this laptop must not
    take the office's package away from everybody); it is not read again (docs/security.md)."""
    message = error.message("sv") + " / " + error.message("en")
    if not isinstance(error, SignatureRefused) or not _is_office(database):
        record_refusal(database, path, message)
        return error
    where, moved = move_to_quarantine(path, error)
    record_refusal(database, where, message + moved)
    if not moved:
        return error
    return SignatureRefused(path, error.message("sv") + moved, error.message("en") + moved)


def record_refusal(database: Database, path: Path, message: str) -> None:
    """Remember a refused file by its content (for `sync status` and the GUI's report)."""
    try:
        sha = file_sha256(path)
    except OSError:
        return
    with UnitOfWork(database) as uow:
        sql.execute(
            uow.session.connection(),
            "INSERT INTO sync_setting (key, value) VALUES ('last_refusal', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (path.name,),
        )
        sql.execute(
            uow.session.connection(),
            "INSERT OR REPLACE INTO sync_file (sha256, name, seen_at, outcome, new_changes, "
            "message) VALUES (?, ?, ?, 'refused', 0, ?)",
            (sha, path.name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), message),
        )


def _is_office(database: Database) -> bool:
    with UnitOfWork(database) as uow:
        role = sql.execute(uow.session.connection(), "SELECT role FROM local_device").scalar()
    return bool(role == "office")


def import_into(
    uow: UnitOfWork, database: Database, path: Path, report: ImportReport, salvage: bool
) -> None:
    """The import proper, inside a caller's transaction (folder dry runs share one).

    A sealed package is opened into a private temporary folder first; the signer is checked
    against the trust register from the header (before the body is read) and the signature
    from the footer (signatures.py). Both refusals raise SignatureRefused; the caller
    quarantines the file."""
    connection = uow.session.connection()
    me = identity(connection)
    outer_sha = ""
    check_file_size(path)
    if sealed_for_the_office(database.path, me, path):
        raise NotForThisDevice(
            path,
            "är krypterat till kontoret och lämnas kvar åt det",
            "is sealed to the office and is left for it",
        )
    if is_sealed(path):  # the sealed file's own hash, so Synka nu does not open it again
        try:
            outer_sha = file_sha256(path)
        except OSError as error:
            raise PackageError(
                path, f"kan inte läsas: {error.strerror}", f"cannot be read: {error.strerror}"
            ) from None
    with opened(database.path, path) as plain, _without_cycle_collection():
        try:
            _import_plain(uow, database, path, plain, report, salvage, me)
        except InvalidChange as error:
            # Signed by an enrolled device, but holding a value none of our doors would store
            # (a bug or tampering on the sender's side): the whole package is refused, so the
            # database is as before (docs/sync.md, "Every value checked").
            where = f"{error.record}, {error.field}"
            raise PackageError(
                path,
                f"innehåller en ändring med ett ogiltigt värde och lästes inte in ({where}: "
                f"{error.message_sv}). Avsändarens app har skrivit något som appen aldrig tar "
                f"emot: kontrollera den datorn",
                f"holds a change with an invalid value and was not imported ({where}: "
                f"{error.message_en}). The sender's app wrote something the app never accepts: "
                f"check that computer",
            ) from None
        except DomainError:
            raise
        except MALFORMED as error:
            # Behind a valid signature (an insider, or a bug in another version): records the
            # merge or the tables cannot take. The transaction rolls back; one line, no traceback.
            what = (
                f"{type(error).__name__}: {str(error).splitlines()[0][:120] if str(error) else ''}"
            )
            raise PackageError(
                path,
                f"innehåller en felaktig post och lästes inte in ({what})",
                f"contains a malformed record and was not imported ({what})",
            ) from None
        if outer_sha:
            _record_file(connection, outer_sha, path.name, report.outcome, report.new_changes, "")


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """No automatic cycle collection during an import, where it is enabled (CLI, bench, tests).

    An import allocates millions of short-lived containers (parsed records, rows), and the
    collector keeps scanning the chunks alive at the time and every long-lived object: 10-15 %
    of a large import's time, for no garbage (the import makes no reference cycles; everything
    it drops is freed by reference counting). Where automatic collection is already off (the
    GUI collects on its own thread, ui/qt_workarounds.py) this changes nothing; it is only
    switched back on if it was on."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _import_plain(
    uow: UnitOfWork,
    database: Database,
    path: Path,
    plain: Path,
    report: ImportReport,
    salvage: bool,
    me: Identity,
) -> None:
    connection = uow.session.connection()
    # A bigger page cache for this connection (64 MB): index maintenance of a large import stays in
    # memory. It is a per-connection setting and harmless for later users of the connection.
    # (SQLite's alone: `sql.execute` skips a PRAGMA on PostgreSQL, whose buffers the server sizes.)
    sql.execute(connection, "PRAGMA cache_size = -65536")
    try:
        sha = file_sha256(plain)
    except OSError as error:
        raise PackageError(
            path, f"kan inte läsas: {error.strerror}", f"cannot be read: {error.strerror}"
        ) from None
    known = sql.execute(
        connection, "SELECT outcome FROM sync_file WHERE sha256 = ?", (sha,)
    ).scalar()
    if known == "imported":
        report.outcome = "duplicate"
        report.message = "redan inläst / already imported"
        return
    own = sql.execute(connection, "SELECT id, last_seq FROM local_device").one()
    fresh = NewChanges(int(sql.execute(connection, "SELECT max(rowid) FROM change").scalar() or 0))
    stats = ReadStats()
    records = read_package(
        plain,
        salvage=salvage,
        stats=stats,
        verify=verifier(database.path, me, path),
        verify_lines=lines_verifier(database.path, me, path) if salvage else None,
    )
    header = next(records)
    assert isinstance(header, dict)  # read_package checked it is the header
    check_sender(database.path, me, path, header)
    sender = _sender_id(header)
    lock_sender(connection, sender)
    relay = may_relay(database.path, me, sender, header)
    report.sender = sender
    source = header.get("device", {}) if isinstance(header.get("device"), dict) else {}
    report.source = str(source.get("name") or source.get("id") or "")
    ranges = header.get("ranges") if isinstance(header.get("ranges"), dict) else {}
    assert isinstance(ranges, dict)
    report.ranges = {
        str(d): (int(r[0]), int(r[1])) for d, r in ranges.items() if isinstance(r, list)
    }
    limit = pack(database.clock.wall() + MAX_DRIFT_MS, 0xFFFF)
    clocks: dict[str, tuple[int, int]] = {}
    erasures = _Erasures(known=erased_rows(connection))
    try:
        report.new_changes, report.not_own = _insert_all(
            connection, path, records, limit, clocks, erasures, None if relay else sender
        )
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, PackageError | InvalidChange):
            raise
        raise PackageError(
            path, f"innehåller en felaktig rad ({error})", f"contains a malformed line ({error})"
        ) from None
    if not stats.footer_ok and not stats.lines_ok:
        # Salvage under signing: only the lines the signature over the line checksums vouches
        # for are applied; without it (truncated, no "lines" in the footer) nothing is.
        raise PackageError(
            path,
            "är skadat och kan inte räddas: signaturen går inte att kontrollera; be avsändaren "
            "om ett nytt paket (sync export --full). Inget lästes in",
            "is damaged and cannot be salvaged: its signature cannot be checked; ask the sender "
            "for a new package (sync export --full). Nothing was imported",
        )
    report.skipped = stats.skipped
    lock_merge(connection)
    if erasures.hits:
        # Before anything is applied: the erased person's values never reach a table here.
        remember(connection, erasures.hits - erasures.known, dt.datetime.now(dt.UTC).isoformat())
        redact_rows(connection, erasures.hits)
        report.erased = len(erasures.hits)
    _observe_clocks(connection, database, clocks, report)
    _record_peers(connection, header, relay)
    if relay:
        record_withheld(connection, header.get("withheld"))
    own_max = sql.execute(
        connection, "SELECT max(seq) FROM change WHERE device_id = ?", (own.id,)
    ).scalar()
    if own_max and own_max > own.last_seq:
        # Our own older changes came back (the database was restored from a backup): take them
        # and continue numbering after them.
        sql.execute(
            connection, "UPDATE local_device SET last_seq = ? WHERE id = ?", (own_max, own.id)
        )
    before, after = apply_ready(connection)
    _check_held_back(connection, fresh, clocks, after)
    report.applied_changes = sum(after[d] - before.get(d, 0) for d in after)
    if report.applied_changes:
        sql.execute(
            connection,
            "CREATE TEMP TABLE IF NOT EXISTS sync_touched "
            "(entity TEXT, row_id TEXT, PRIMARY KEY (entity, row_id))",
        )
        sql.execute(connection, f"DELETE FROM {TOUCHED}")
        waiting = _retry_waiting(connection)
        mstats = MaterialiseStats()
        # Brand-new rows are written from the new changes directly; materialise fills TOUCHED
        # with every other row they touch and merges those.
        materialise(
            uow,
            None,
            after,
            mstats,
            touched_table=TOUCHED,
            applied_before=before,
            check=fresh.values,
        )
        report.new_records, report.changed_records = mstats.new, mstats.changed
        report.conflicts = mstats.conflicts
        report.held_rows = mstats.held
        _remember_waiting(connection, waiting, mstats.held, report.source)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    report.outcome = "imported" if stats.footer_ok else "salvaged"
    _record_file(
        connection, sha, path.name, report.outcome, report.new_changes, "; ".join(stats.skipped)
    )
    sql.execute(
        connection,
        "INSERT INTO sync_setting (key, value) VALUES ('last_import', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (now,),
    )


IMPORT_LOCK_SPACE = "trygghetsapp-import:"


def lock_sender(connection: Connection, sender: str) -> None:
    """On a server database, one import per sending device at a time (docs/office-postgresql.md):
    a second office process importing a package of the same device waits here until the first
    commits, then finds its changes held (re-import stays a no-op through the (device, seq)
    key). SQLite needs none: the write transaction (BEGIN IMMEDIATE) already serialises."""
    if sql.is_postgresql(connection):
        sql.execute(
            connection,
            "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
            (IMPORT_LOCK_SPACE + sender,),
        )


def lock_merge(connection: Connection) -> None:
    """On a server database, one merge at a time, held until the import commits.

    Everything after the insert of the package's changes reads shared state and writes from it:
    the clocks and peers (local_device, sync_peer), the applied vector, and every touched row,
    materialised from the whole log of that row. Under READ COMMITTED two imports of different
    devices' packages would each merge without the other's uncommitted changes, and the later
    commit would overwrite a row with a state missing the earlier one's: each office
    workstation is a device of its own (store/device_file.py), so nothing else orders two
    merges (tests/sync/test_office_concurrency.py plants this lock away). Local edits take it
    shared (store/changelog.py): a merge and an edit never interleave either. Taken after the
    changes are inserted, so two packages' inserts still overlap; the lock order (sender, then
    merge) is the same in every import, so two imports never wait on each other in a cycle."""
    if sql.is_postgresql(connection):
        sql.execute(connection, f"SELECT pg_advisory_xact_lock({MERGE_LOCK})")


WAITING = "waiting:"
"""`sync_setting` key prefix of a row waiting for a parent that never came: `waiting:<table>
<row id>`, value `<since (ISO time)> <sender's name>`. `sync status` lists them with what to do."""


def _retry_waiting(connection: Connection) -> set[str]:
    """Rows left waiting by earlier imports are merged again (their parent may have come)."""
    keys = {
        k
        for (k,) in sql.execute(
            connection, "SELECT key FROM sync_setting WHERE key LIKE 'waiting:%'"
        )
    }
    rows = [r for r in (tuple(k[len(WAITING) :].split(" ", 1)) for k in keys) if len(r) == 2]
    if rows:
        sql.execute(
            connection, f"INSERT OR IGNORE INTO {TOUCHED} (entity, row_id) VALUES (?, ?)", rows
        )
    return keys


def _remember_waiting(
    connection: Connection, before: set[str], held: list[str], source: str
) -> None:
    """Persist the rows this import could not write (a parent missing), forget those written."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    still = {WAITING + row for row in held}
    gone = before - still
    if gone:
        sql.execute(
            connection, "DELETE FROM sync_setting WHERE key = ?", [(k,) for k in sorted(gone)]
        )
    if still - before:
        sql.execute(
            connection,
            "INSERT OR IGNORE INTO sync_setting (key, value) VALUES (?, ?)",
            [(k, f"{now} {source}") for k in sorted(still - before)],
        )


def _check_held_back(
    connection: Connection,
    fresh: NewChanges,
    devices: dict[str, tuple[int, int]],
    applied: dict[str, int],
) -> None:
    """Check the new changes that causal order holds back (not materialised now): beyond each
    device's applied prefix, new in this import (an index range per device, usually empty).
    `devices`: every device the package carried changes of (`_insert_all` lists each one in
    `clocks`, whatever its stamps)."""
    for device in devices:
        for rowid, entity, row_id, data in sql.execute(
            connection,
            "SELECT rowid, entity, row_id, data FROM change WHERE device_id = ? AND seq > ? "
            "AND rowid > ?",
            (device, applied.get(device, 0), fresh.after_rowid),
        ):
            fresh.text(rowid, entity, row_id, data)


def _record_file(
    connection: Connection, sha: str, name: str, outcome: str, new_changes: int, message: str
) -> None:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    sql.execute(
        connection,
        "INSERT INTO sync_file (sha256, name, seen_at, outcome, new_changes, message) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET "
        "seen_at = excluded.seen_at, outcome = excluded.outcome, "
        "new_changes = excluded.new_changes, message = excluded.message",
        (sha, name, now, outcome, new_changes, message[:2000]),
    )


def _insert_all(
    connection: Connection,
    path: Path,
    records: Iterator[dict[str, Any] | ChangeRow],
    limit: int,
    clocks: dict[str, tuple[int, int]],
    erasures: _Erasures,
    origin: str | None,
) -> tuple[int, int]:
    """Insert every change and tx line we do not hold; returns (changes that were new,
    changes left out because `origin` is set and they are labelled with another device).

    Notes every change of an erased contact (an erasure, or any change of a contact erased
    here before) in `erasures.hits`; the caller redacts them before anything is applied."""
    known, hits = erasures.known, erasures.hits
    changes: list[ChangeRow] = []
    txs: list[tuple[str, int, int, int, str]] = []
    new = 0
    not_own = 0
    for record in records:
        if isinstance(record, tuple):
            # The reader's hot path: already the row, typed (`package.change_row`).
            change: ChangeRow = record
            device, hlc = record[0], record[3]
        elif record["t"] == "c":
            # Another writer's layout: the clocks see the values as given (as before the fast
            # path), the log their str/int form.
            device, hlc = record["d"], record["h"]
            change = (
                str(record["d"]),
                int(record["s"]),
                int(record["x"]),
                int(record["h"]),
                str(record["e"]),
                str(record["r"]),
                str(record["v"]),
            )
            check_head(*change[:6])
        elif record["t"] == "tx":
            tx = (
                str(record["d"]),
                int(record["x"]),
                int(record["l"]),
                int(record["h"]),
                str(record["seen"]),
            )
            if origin is not None and tx[0] != origin:
                continue
            check_tx(*tx)
            txs.append(tx)
            if len(txs) >= BATCH:
                _insert_txs(connection, path, txs)
                txs = []
            continue
        else:
            continue  # Unknown line types (a newer format) are ignored rather than refused.
        if origin is not None and device != origin:
            not_own += 1  # another device's change: only its own package may bring it
            continue
        changes.append(change)
        if change[4] == ERASURE_ENTITY and (change[5] in known or MARK_TEXT in change[6]):
            hits.add(change[5])
        ok, bad = clocks.setdefault(device, (0, 0))  # every device of the package is listed
        if hlc > limit:
            clocks[device] = (ok, max(bad, hlc))
        elif hlc > ok:
            clocks[device] = (hlc, bad)
        if len(changes) >= BATCH:
            new += _insert_changes(connection, path, changes, erasures)
            changes = []
    new += _insert_changes(connection, path, changes, erasures)
    _insert_txs(connection, path, txs)
    return new, not_own


def _total_changes(connection: Connection) -> int:
    raw: Any = connection.connection.driver_connection
    return int(raw.total_changes)


def _insert_changes(
    connection: Connection,
    path: Path,
    batch: list[tuple[str, int, int, int, str, str, str]],
    erasures: _Erasures,
) -> int:
    if not batch:
        return 0
    statement = (
        "INSERT OR IGNORE INTO change (device_id, seq, tx_seq, hlc, entity, row_id, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"
    )
    if sql.is_postgresql(connection):
        inserted = sql.driver_executemany(connection, statement, batch)
    else:
        before = _total_changes(connection)
        raw(connection).executemany(statement, batch)
        inserted = _total_changes(connection) - before
    if inserted < len(batch):
        _check_same(connection, path, batch, erasures)
    return inserted


def _check_same(
    connection: Connection,
    path: Path,
    batch: list[tuple[str, int, int, int, str, str, str]],
    erasures: _Erasures,
) -> None:
    """Keys we already held must carry the same content, or a device id is shared.

    Except an erasure's redaction: one side holding the redacted text of the other's change is
    the same change (the erasure reached one replica first); the redacted text is kept."""
    by_device: dict[str, dict[int, tuple[Any, ...]]] = {}
    for change in batch:
        by_device.setdefault(change[0], {})[change[1]] = change
    for device, wanted in by_device.items():
        for row in sql.execute(
            connection,
            "SELECT device_id, seq, tx_seq, hlc, entity, row_id, data FROM change "
            "WHERE device_id = ? AND seq BETWEEN ? AND ?",
            (device, min(wanted), max(wanted)),
        ):
            theirs = wanted.get(row[1])
            if theirs is None or tuple(row) == theirs:
                continue
            redaction = (
                tuple(row)[:6] == theirs[:6]
                and theirs[4] == ERASURE_ENTITY
                and (is_redaction_of(row[6], theirs[6]) or is_redaction_of(theirs[6], row[6]))
            )
            if redaction:
                erasures.hits.add(theirs[5])  # the redaction pass settles on the blank text
                continue
            if tuple(row)[:6] == theirs[:6] and is_scrub_of(row[6], theirs[6]):
                continue  # an erasure scrubbed a mention of the person here: ours is kept
            if tuple(row)[:6] == theirs[:6] and is_scrub_of(theirs[6], row[6]):
                # An erasure scrubbed it there first: keep the scrubbed text here too.
                sql.execute(
                    connection,
                    "UPDATE change SET data = ? WHERE device_id = ? AND seq = ?",
                    (theirs[6], row[0], row[1]),
                )
                mark_compact_pending(connection)
                continue
            raise _clone_error(path, device, row[1])


def _insert_txs(
    connection: Connection, path: Path, batch: list[tuple[str, int, int, int, str]]
) -> None:
    if not batch:
        return
    statement = (
        "INSERT OR IGNORE INTO change_tx (device_id, tx_seq, last_seq, hlc, seen) "
        "VALUES (?, ?, ?, ?, ?)"
    )
    if sql.is_postgresql(connection):
        if sql.driver_executemany(connection, statement, batch) == len(batch):
            return
    else:
        before = _total_changes(connection)
        sql.execute(connection, statement, batch)
        if _total_changes(connection) - before == len(batch):
            return
    for tx in batch:
        row = sql.execute(
            connection,
            "SELECT device_id, tx_seq, last_seq, hlc, seen FROM change_tx "
            "WHERE device_id = ? AND tx_seq = ?",
            (tx[0], tx[1]),
        ).one()
        if tuple(row) != tx:
            raise _clone_error(path, tx[0], tx[1])


def _clone_error(path: Path, device: str, seq: int) -> PackageError:
    return PackageError(
        path,
        f"ändring {seq} från enhet {device} finns redan med annat innehåll: två installationer "
        f"använder samma enhets-id (kopierad disk eller återställd säkerhetskopia). Paketet lästes "
        f"inte in; ge den ena installationen ett nytt enhets-id",
        f"change {seq} from device {device} is already held with different content: two "
        f"installations share one device id (cloned disk or restored backup). The package was "
        f"not imported; give one installation a new device id",
    )


def _observe_clocks(
    connection: Connection,
    database: Database,
    clocks: dict[str, tuple[int, int]],
    report: ImportReport,
) -> None:
    """Follow remote clocks within 24 h of ours; flag (never follow) a device that is far ahead."""
    for device, (ok, bad) in clocks.items():
        if ok:
            database.clock.observe(ok)
        if bad and not database.clock.observe(bad):
            report.clock_warnings.append(device)
            sql.execute(
                connection,
                "INSERT INTO sync_peer (device_id, name, role, acknowledged, last_package_at, "
                "clock_suspicious, max_hlc) VALUES (?, '', 'field', '{}', '', TRUE, ?) "
                "ON CONFLICT (device_id) DO UPDATE SET clock_suspicious = TRUE, "
                "max_hlc = max(max_hlc, excluded.max_hlc)",
                (device, bad),
            )
    sql.execute(
        connection, "UPDATE local_device SET last_hlc = max(last_hlc, ?)", (database.clock.last,)
    )


def _sender_id(header: dict[str, Any]) -> str:
    device = header.get("device")
    return str(device.get("id", "")) if isinstance(device, dict) else ""


def _record_peers(connection: Connection, header: dict[str, Any], relay: bool) -> None:
    """Names of origin devices and what the writer had received (the office's acknowledgement).

    A writer names only itself, unless it is the office this laptop trusts (`relay`): a laptop
    cannot rename another device here, nor pass for the office (its role is recorded as the
    trust register says, not as its header claims)."""
    device = header.get("device")
    names = header.get("devices") if isinstance(header.get("devices"), dict) else {}
    assert isinstance(names, dict)
    own = sql.execute(connection, "SELECT id FROM local_device").scalar()
    sender = _sender_id(header)
    for device_id, name in names.items():
        if device_id == own or (not relay and device_id != sender):
            continue
        if valid_device_name(name) is None or RECORD_ID.fullmatch(str(device_id)) is None:
            continue  # not what any app stores: the device is shown by its id
        sql.execute(
            connection,
            "INSERT INTO device_knowledge (device_id, contiguous_seq, name) VALUES (?, 0, ?) "
            "ON CONFLICT (device_id) DO UPDATE SET name = excluded.name",
            (str(device_id), str(name)),
        )
    if not isinstance(device, dict) or device.get("id") == own:
        return
    knowledge = header.get("knowledge") if isinstance(header.get("knowledge"), dict) else {}
    sql.execute(
        connection,
        "INSERT INTO sync_peer (device_id, name, role, acknowledged, last_package_at, "
        "clock_suspicious, max_hlc) VALUES (?, ?, ?, ?, ?, FALSE, 0) "
        "ON CONFLICT (device_id) DO UPDATE SET name = excluded.name, role = excluded.role, "
        "acknowledged = CASE WHEN excluded.last_package_at >= last_package_at "
        "THEN excluded.acknowledged ELSE acknowledged END, "
        "last_package_at = max(last_package_at, excluded.last_package_at)",
        (
            str(device.get("id")),
            valid_device_name(device.get("name")) or "",
            "office" if relay else "field",
            json.dumps(knowledge, sort_keys=True),
            str(header.get("created", "")),
        ),
    )
