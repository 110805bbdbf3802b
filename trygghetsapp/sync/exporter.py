"""Writing a package: the changes a recipient may lack, streamed, written atomically.

Incremental exports carry, for every origin device (ours and relayed ones), the changes after the
mark of our previous export; `full` carries everything this replica holds. The header carries our
version vector, so the office's packages tell each laptop which of its changes are safe there.
The file is written under a temporary name in the target folder, fsynced and renamed to a name
made from its content hash, so a half-copied file is never mistaken for a package and two
packages never overwrite each other. The footer is signed with this device's Ed25519 key; a
laptop set to always encrypt seals the package to the office (`<name>.tsync.sealed`), writing the
plaintext only to a private local temporary folder (docs/security.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy import Connection

from trygghetsapp import __version__
from trygghetsapp.files.atomic import commit, temporary_beside
from trygghetsapp.security.keys import DeviceKeys
from trygghetsapp.security.office import OfficeKeys
from trygghetsapp.security.packages import SEALED_SUFFIX, must_encrypt, seal_for_office
from trygghetsapp.store import migrate, sql
from trygghetsapp.store.database import Database
from trygghetsapp.store.uow import UnitOfWork
from trygghetsapp.sync.causal import applied_vector
from trygghetsapp.sync.package import (
    FORMAT,
    LINE_SUM_CHARS,
    READER_VERSION,
    SUFFIX,
    change_body,
    dumps,
    encode_line,
    line_sums_hasher,
    package_name,
    tx_body,
)
from trygghetsapp.sync.signatures import (
    Identity,
    device_keys,
    footer_fields,
    identity,
    office_keys,
)

FETCH = 5000


@dataclass
class ExportReport:
    path: Path | None
    changes: int = 0
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)


MARKS_KEY = "export_marks:"
"""On a server database: `sync_setting` key `export_marks:<installation's device id>`."""


def _own_marks_key(connection: Connection) -> str | None:
    """Where this installation's export marks live on a server database; None on a SQLite file.

    A SQLite file is one installation: its marks are the table `sync_export_mark`. A server
    database is shared by several installations (issue 19), and their packages need not carry
    the same changes: in a county database each municipality's workstation carries only its
    municipality's (row-level security). Shared marks would let Krokom's export count
    Strömsund's new changes as exported, and Strömsund's next package would lack them. So on a
    server database each installation keeps its own marks (a JSON object in `sync_setting`)."""
    if not sql.is_postgresql(connection):
        return None
    own = sql.execute(connection, "SELECT id FROM local_device").scalar()
    return MARKS_KEY + str(own)


def read_marks(connection: Connection) -> dict[str, int]:
    """origin device -> the last seq this installation's packages already carried."""
    key = _own_marks_key(connection)
    if key is None:
        return {
            d: s for d, s in sql.execute(connection, "SELECT device_id, seq FROM sync_export_mark")
        }
    value = sql.execute(connection, "SELECT value FROM sync_setting WHERE key = ?", (key,)).scalar()
    return {str(d): int(s) for d, s in json.loads(value).items()} if value else {}


def write_marks(connection: Connection, marks: dict[str, int], lower: bool = False) -> None:
    """Raise the marks to `marks` (after an export), or with `lower` set them to it (the
    office re-sends what a laptop lacks, folder.py)."""
    key = _own_marks_key(connection)
    if key is not None:
        current = read_marks(connection)
        for d, s in marks.items():
            current[d] = s if lower else max(current.get(d, 0), s)
        sql.execute(
            connection,
            "INSERT INTO sync_setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(current, sort_keys=True)),
        )
        if lower:
            return
    for d, s in marks.items():
        if lower:
            sql.execute(
                connection, "UPDATE sync_export_mark SET seq = ? WHERE device_id = ?", (s, d)
            )
        else:
            sql.execute(
                connection,
                "INSERT INTO sync_export_mark (device_id, seq) VALUES (?, ?) "
                "ON CONFLICT (device_id) DO UPDATE SET seq = max(seq, excluded.seq)",
                (d, s),
            )


def _marks(connection: Connection, full: bool) -> dict[str, int]:
    return {} if full else read_marks(connection)


def withheld_ranges(connection: Connection, marks: dict[str, int]) -> dict[str, list[list[int]]]:
    """origin device -> [[first, last], ...]: changes this office holds as applied (its vector
    passes them) that its login cannot read, i.e. withheld by row-level security because they
    belong to another municipality (docs/office-postgresql.md, 4). A laptop of this
    municipality will never receive them; the package names them so its causal delivery steps
    over them instead of holding everything after them forever (causal.py). Only on a server
    database (a SQLite file has no row security: nothing is ever withheld), and only for the
    transactions this export is about (beyond `marks`: empty for a full export)."""
    if not sql.is_postgresql(connection):
        return {}
    txs = sql.execute(
        connection,
        "SELECT t.device_id, t.tx_seq, t.last_seq FROM change_tx t "
        "JOIN device_knowledge k ON k.device_id = t.device_id "
        "WHERE t.last_seq <= k.contiguous_seq "
        "AND t.last_seq > coalesce((CAST(? AS jsonb) ->> t.device_id)::bigint, 0) "
        "AND (SELECT count(*) FROM change c WHERE c.device_id = t.device_id "
        "AND c.seq BETWEEN t.tx_seq AND t.last_seq) < t.last_seq - t.tx_seq + 1 "
        "ORDER BY t.device_id, t.tx_seq",
        (json.dumps(marks),),
    ).all()
    out: dict[str, list[list[int]]] = {}
    for device, first, last in txs:
        visible = {
            seq
            for (seq,) in sql.execute(
                connection,
                "SELECT seq FROM change WHERE device_id = ? AND seq BETWEEN ? AND ?",
                (device, first, last),
            )
        }
        ranges = out.setdefault(str(device), [])
        for seq in range(int(first), int(last) + 1):
            if seq in visible:
                continue
            if ranges and ranges[-1][1] == seq - 1:
                ranges[-1][1] = seq
            else:
                ranges.append([seq, seq])
    return out


def origins(me: Identity) -> set[str] | None:
    """Whose changes our packages carry: the office relays everyone's; a laptop carries only its
    own, since nobody applies another device's changes from a laptop (docs/security.md)."""
    return None if me.role == "office" else {me.id}


def pending_ranges(
    connection: Connection, full: bool, only: set[str] | None = None
) -> dict[str, tuple[int, int, int]]:
    """origin device -> (first seq, last seq, count) of the changes an export would carry."""
    if not full and sql.is_postgresql(connection):  # this installation's marks (`read_marks`)
        found = sql.execute(
            connection,
            "SELECT c.device_id, min(c.seq), max(c.seq), count(*) FROM change c "
            "WHERE c.seq > coalesce((CAST(? AS jsonb) ->> c.device_id)::bigint, 0) "
            "GROUP BY c.device_id ORDER BY c.device_id",
            (json.dumps(read_marks(connection)),),
        )
    else:
        join = "" if full else "LEFT JOIN sync_export_mark m ON m.device_id = c.device_id "
        where = "" if full else "WHERE c.seq > coalesce(m.seq, 0) "
        found = sql.execute(
            connection,
            f"SELECT c.device_id, min(c.seq), max(c.seq), count(*) FROM change c {join}{where}"
            f"GROUP BY c.device_id ORDER BY c.device_id",
        )
    return {d: (lo, hi, n) for d, lo, hi, n in found if only is None or d in only}


def export_package(
    database: Database, target: Path, full: bool = False, only_if_new: bool = False
) -> ExportReport:
    """Write a package into folder `target` (or to file `target` if it ends in .tsync)."""
    with UnitOfWork(database) as uow:
        connection = uow.session.connection()
        me = identity(connection)
        keys = device_keys(database.path, me)
        office = office_keys(database.path, me)
        carried = origins(me)
        ranges = pending_ranges(connection, full, carried)
        vector = {d: s for d, s in applied_vector(connection).items() if s > 0}
        knowledge_text = json.dumps(vector, sort_keys=True)
        if only_if_new and not ranges:
            last = sql.execute(
                connection, "SELECT value FROM sync_setting WHERE key = 'exported_knowledge'"
            ).scalar()
            if last == knowledge_text:
                return ExportReport(path=None)
        names = {
            d: n
            for d, n in sql.execute(
                connection, "SELECT device_id, name FROM device_knowledge WHERE name != ''"
            )
        }
        names[me.id] = me.name
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        header = {
            "t": "header",
            "format": FORMAT,
            "min_reader": READER_VERSION,
            "app": __version__,
            "schema": migrate.head_revision(),
            "device": {
                "id": me.id,
                "name": me.name,
                "role": me.role,
                # a workstation holding the office key writes as the office (security/office.py)
                **({"office_key": office.key_id} if office is not None else {}),
            },
            "created": now,
            "full": full,
            "ranges": {d: [lo, hi] for d, (lo, hi, _n) in ranges.items()},
            "knowledge": vector,
            "devices": names,
        }
        marks = _marks(connection, full)
        if me.role == "office" and (withheld := withheld_ranges(connection, marks)):
            header["withheld"] = withheld
        folder = target.parent if target.suffix == SUFFIX else target
        folder.mkdir(parents=True, exist_ok=True)
        sealed = must_encrypt(database.path)
        # A sealed package's plaintext is written to a private temporary folder on the local
        # disk, never to the stick; only the sealed file (written atomically) reaches `folder`.
        workdir = Path(tempfile.mkdtemp(prefix="trygghetsapp-seal-")) if sealed else folder
        named = target if target.suffix == SUFFIX else folder / f"paket{SUFFIX}"
        try:
            # The package's name carries its digest, known only once it is written: the bytes
            # go to a temporary beside it (files/atomic.py), which is then renamed or sealed.
            with temporary_beside(workdir / named.name, private=sealed) as temporary:
                with open(temporary, "wb") as handle:
                    digest, count = _write(connection, handle, header, marks, keys, carried, office)
                own = ranges.get(me.id, (0, 0, 0))
                final = (
                    target
                    if target.suffix == SUFFIX
                    else folder / package_name(me.id, own[0], own[1], digest)
                )
                if sealed:
                    final = seal_for_office(
                        database.path, temporary, final.with_name(final.name + SEALED_SUFFIX)
                    )
                else:
                    commit(temporary, final)
        finally:
            if sealed:
                shutil.rmtree(workdir, ignore_errors=True)
        write_marks(connection, vector)
        for key, value in (("last_export", now), ("exported_knowledge", knowledge_text)):
            sql.execute(
                connection,
                "INSERT INTO sync_setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        return ExportReport(
            path=final, changes=count, ranges={d: (lo, hi) for d, (lo, hi, _n) in ranges.items()}
        )


def _write(
    connection: Connection,
    handle: IO[bytes],
    header: dict[str, object],
    marks: dict[str, int],
    keys: DeviceKeys,
    carried: set[str] | None,
    office: OfficeKeys | None = None,
) -> tuple[str, int]:
    """Stream header, tx lines, change lines and the signed footer; returns (whole-file sha256,
    changes). The footer's signature covers the same digest, so the bytes are hashed once."""
    digest = hashlib.sha256()
    sums = line_sums_hasher()

    def emit(body: str) -> None:
        line = encode_line(body)
        digest.update(line)
        sums.update(line[-LINE_SUM_CHARS - 1 : -1])
        handle.write(line)

    emit(dumps(header))
    lines = 0
    raw = sql.driver(connection)
    assert raw is not None
    # On PostgreSQL a server-side cursor (the rows stream in FETCH-sized parts, as SQLite's do).
    cursor = raw.cursor(name="export") if sql.is_postgresql(connection) else raw.cursor()
    q = functools.partial(sql.portable, connection)
    # Marks are per device: emit each device's slice with its own lower bound.
    devices = [d for (d,) in cursor.execute("SELECT DISTINCT device_id FROM change_tx ORDER BY 1")]
    for device in (d for d in devices if carried is None or d in carried):
        base = marks.get(device, 0)
        cursor.execute(
            q(
                "SELECT tx_seq, last_seq, hlc, seen FROM change_tx "
                "WHERE device_id = ? AND last_seq > ? ORDER BY tx_seq"
            ),
            (device, base),
        )
        while rows := cursor.fetchmany(FETCH):
            for tx_seq, last_seq, hlc, seen in rows:
                emit(tx_body(device, tx_seq, last_seq, hlc, seen))
                lines += 1
    count = 0
    devices = [d for (d,) in cursor.execute("SELECT DISTINCT device_id FROM change ORDER BY 1")]
    for device in (d for d in devices if carried is None or d in carried):
        base = marks.get(device, 0)
        cursor.execute(
            q(
                "SELECT seq, tx_seq, hlc, entity, row_id, data FROM change "
                "WHERE device_id = ? AND seq > ? ORDER BY seq"
            ),
            (device, base),
        )
        while rows := cursor.fetchmany(FETCH):
            for seq, tx_seq, hlc, entity, row_id, data in rows:
                emit(change_body(device, seq, tx_seq, hlc, entity, row_id, data))
            count += len(rows)
    cursor.close()
    whole = digest.hexdigest()
    line_sums = sums.hexdigest()
    footer = encode_line(
        dumps(
            {
                "t": "end",
                "count": lines + count,
                "sha256": whole,
                **footer_fields(keys, whole, office),
                "lines": line_sums,
                **{
                    "l" + name: value
                    for name, value in footer_fields(keys, line_sums, office).items()
                    if name != "signer"
                },
            }
        )
    )
    handle.write(footer)
    return whole, count
