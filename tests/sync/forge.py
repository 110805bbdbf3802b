"""Packages written by hand and signed with a replica's real key: what an enrolled insider (or a
buggy app) could send. The signature verifies; everything inside is whatever the test says.

`forge(signer, folder, changes, txs)` writes `<signer>-forged-<n>.tsync` with the header the real
exporter writes (the signer's id, name and role, its version vector), the tx and change lines
given, and a footer signed with the signer's key (whole-file hash and the line-checksum list).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from pathlib import Path
from typing import Any

from tests.dbtools import rows
from trygghetsapp import __version__
from trygghetsapp.security.packages import footer_signature
from trygghetsapp.services.database import Database
from trygghetsapp.store import migrate
from trygghetsapp.sync import package as p
from trygghetsapp.sync.signatures import Identity, device_keys

Change = tuple[str, int, int, int, str, str, str]
"""(device, seq, tx_seq, hlc, entity, row id, data text), as in the change table."""
Tx = tuple[str, int, int, int, str]
"""(device, tx_seq, last_seq, hlc, seen text), as in the change_tx table."""

_numbers = itertools.count(1)


def identity(db: Database) -> Identity:
    return Identity(*rows(db, "SELECT id, name, role FROM local_device")[0])


def vector(db: Database) -> dict[str, int]:
    """The replica's applied vector (what a change it writes now has seen)."""
    known = rows(db, "SELECT device_id, contiguous_seq FROM device_knowledge")
    return {d: s for d, s in known if s > 0}


def last_seq(db: Database) -> int:
    return int(rows(db, "SELECT last_seq FROM local_device")[0][0])


def forge(
    signer: Database,
    folder: Path,
    changes: list[Change],
    txs: list[Tx],
    header: dict[str, Any] | None = None,
) -> Path:
    """A package signed by `signer` carrying exactly `txs` and `changes`."""
    me = identity(signer)
    keys = device_keys(signer.path, me)
    head = {
        "t": "header",
        "format": p.FORMAT,
        "min_reader": p.READER_VERSION,
        "app": __version__,
        "schema": migrate.head_revision(),
        "device": {"id": me.id, "name": me.name, "role": me.role},
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "full": False,
        "ranges": {},
        "knowledge": vector(signer),
        "devices": {me.id: me.name},
        **(header or {}),
    }
    bodies = [p.dumps(head)]
    bodies += [p.tx_body(*tx) for tx in txs]
    bodies += [p.change_body(*change) for change in changes]
    lines = [p.encode_line(body) for body in bodies]
    whole = hashlib.sha256(b"".join(lines)).hexdigest()
    sums = p.line_sums_hasher()
    for line in lines:
        sums.update(line[-p.LINE_SUM_CHARS - 1 : -1])
    line_sums = sums.hexdigest()
    footer = {
        "t": "end",
        "count": len(lines) - 1,
        "sha256": whole,
        **footer_signature(keys, whole),
        "lines": line_sums,
        "lsig": footer_signature(keys, line_sums)["sig"],
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{me.id}-forged-{next(_numbers)}{p.SUFFIX}"
    path.write_bytes(b"".join(lines) + p.encode_line(p.dumps(footer)))
    return path


def edit(
    device: str,
    seq: int,
    entity: str,
    row_id: str,
    data: dict[str, Any] | str,
    seen: dict[str, int],
    hlc: int | None = None,
) -> tuple[Change, Tx]:
    """One change in a transaction of its own, labelled as `device` (whoever signs it)."""
    stamp = hlc if hlc is not None else (int(dt.datetime.now(dt.UTC).timestamp() * 1000) << 16)
    text = data if isinstance(data, str) else p.dumps(data)
    return (
        (device, seq, seq, stamp, entity, row_id, text),
        (device, seq, seq, stamp, json.dumps(seen, sort_keys=True)),
    )
