"""Hostile sync packages for `sync import` (issue 6, item 4), beside hostile.py's JSON files.

An office database with one enrolled laptop receives, case after case: byte-mutated real
packages, truncations, huge lines, wrong encodings, mutated sealed files, and, from an *insider*
holding the laptop's genuine key, validly signed packages whose records are edited or pure
garbage (so the parser, the merge and the materialiser are fuzzed behind the signature check).
A case passes when the import is refused with one DomainError line and nothing changed, or is
accepted; an accepted case is rolled back to the snapshot by the caller.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.devtools.hostile import mutate, random_value
from trygghetsapp.security import policy, trust
from trygghetsapp.security.keys import DeviceKeys, write_card
from trygghetsapp.security.packages import footer_signature
from trygghetsapp.services import transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.services.demo import load_demo
from trygghetsapp.store import sqlite_tools
from trygghetsapp.sync.api import export_package, get_device, set_role
from trygghetsapp.sync.package import change_body, dumps, encode_line
from trygghetsapp.sync.signatures import Identity, device_keys

ENTITIES = ("area", "contact", "safety_point", "equipment_item", "role_assignment", "bogus")
KINDS = (
    "mutate",
    "truncate",
    "huge_line",
    "encoding",
    "sealed",
    "signed_edit",
    "signed_garbage",
    "unsigned_garbage",
)


@dataclass
class SyncTarget:
    """The office under attack, a valid signed package, its sealed twin and the insider's key."""

    database: Database
    folder: Path
    plain: bytes
    sealed: bytes
    keys: DeviceKeys
    snapshot: Path
    baseline: str

    def state(self) -> str:
        """export-json plus the change log's size: a partial write to either is caught."""
        with self.database.store.engine.connect() as connection:
            count, top = connection.exec_driver_sql("SELECT count(*), max(rowid) FROM change").one()
        return f"{transfer.export_text(self.database)}\n{count} {top}"

    def restore(self) -> None:
        self.database.store.engine.dispose()
        sqlite_tools.restore_into(self.snapshot, self.database.path)

    def clear_quarantine(self) -> None:
        shutil.rmtree(self.folder / policy.QUARANTINE_FOLDER, ignore_errors=True)


def prepare(folder: Path, seed: int = 5) -> SyncTarget:
    """A fresh office with one enrolled laptop (demo data), as users set it up."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    office = open_database(folder / "office" / "db.sqlite", device_name="Kontoret")
    set_role(office, "office")
    laptop = open_database(folder / "laptop" / "db.sqlite", device_name="Fältdator")
    try:
        load_demo(laptop, seed=seed)
        laptop_keys = _keys(laptop)
        office_keys = _keys(office)
        write_card(laptop_keys.card, folder / "laptop.card.json")
        write_card(office_keys.card, folder / "office.card.json")
        trust.enrol(office.path, folder / "laptop.card.json")
        trust.trust_office(laptop.path, folder / "office.card.json")
        plain = export_package(laptop, folder / "out" / "plain.tsync", full=True).path
        policy.set_always_encrypt(laptop.path, True)
        sealed = export_package(laptop, folder / "out" / "sealed.tsync", full=True).path
        assert plain is not None and sealed is not None
    finally:
        laptop.close()
    office.store.engine.dispose()
    snapshot = folder / "office-snapshot.sqlite"
    sqlite_tools.copy_database(office.path, snapshot)
    target = SyncTarget(
        office, folder / "cases", plain.read_bytes(), sealed.read_bytes(), laptop_keys, snapshot, ""
    )
    target.folder.mkdir()
    target.baseline = target.state()
    return target


def _keys(database: Database) -> DeviceKeys:
    device = get_device(database)
    return device_keys(database.path, Identity(device.id, device.name, device.role))


def _signed(keys: DeviceKeys, bodies: list[str], header: bytes | None = None) -> bytes:
    """Lines with valid checksums and a footer the insider really signed."""
    lines = [header] if header is not None else []
    lines += [encode_line(body) for body in bodies]
    digest = hashlib.sha256(b"".join(lines)).hexdigest()
    footer = {"t": "end", "count": len(lines) - 1, "sha256": digest}
    footer.update(footer_signature(keys, digest))
    return b"".join(lines) + encode_line(dumps(footer))


def _garbage_record(rng: random.Random, device: str) -> str:
    roll = rng.random()
    number = rng.choice([0, 1, 2, -1, 2**62, 2**70, 10**30, 7])
    if roll < 0.45:
        value = random_value(rng)
        data = json.dumps(value if isinstance(value, dict) else {"name": value}, allow_nan=True)
        return change_body(
            device if rng.random() < 0.8 else "x",
            number,
            rng.choice([1, number]),
            rng.choice([1, number, 1 << 40]),
            rng.choice(ENTITIES),
            rng.choice(["01a2", "", "r" * 40]),
            data,
        )
    if roll < 0.7:
        record: dict[str, Any] = {
            "t": "tx",
            "d": device,
            "x": number,
            "l": rng.choice([number, 1]),
            "h": number,
            "seen": rng.choice(["{}", "[]", "nope", json.dumps({device: number})]),
        }
        return json.dumps(record, allow_nan=True)
    if roll < 0.85:
        return json.dumps(
            {rng.choice(["t", "d", "s", "v", "e"]): random_value(rng) for _ in range(4)},
            allow_nan=True,
        )
    return json.dumps(random_value(rng), allow_nan=True)


def case(target: SyncTarget, rng: random.Random, kind: str | None = None) -> tuple[str, bytes]:
    """(kind, file content) of one hostile package."""
    kind = kind or rng.choice(KINDS)
    plain = target.plain
    lines = plain.splitlines(keepends=True)
    if kind == "mutate":
        return kind, mutate(plain, rng)
    if kind == "truncate":
        return kind, plain[: rng.randrange(len(plain))]
    if kind == "huge_line":
        at = rng.randrange(len(lines))
        size = rng.choice([1 << 16, 1 << 20, 10 << 20])
        filler = b"x" * size if rng.random() < 0.5 else b'{"t":"c","v":"' + b"a" * size + b'"}'
        end = b"\n" if rng.random() < 0.5 else b""
        return kind, b"".join(lines[:at]) + filler + end + b"".join(lines[at:])
    if kind == "encoding":
        text = plain.decode("utf-8")
        codec = rng.choice(["utf-16", "utf-16-le", "latin-1", "cp1252", "utf-8-sig"])
        return kind, text.encode(codec, errors="replace")
    if kind == "sealed":
        sealed = target.sealed
        if rng.random() < 0.3:
            return kind, sealed[: rng.randrange(len(sealed))]
        return kind, mutate(sealed, rng)
    device = target.keys.device_id
    if kind == "signed_edit":
        bodies = [line.rsplit(b"\t", 1)[0].decode("utf-8") for line in lines[1:-1]]
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(bodies))
            try:
                record = json.loads(bodies[at])
            except ValueError:
                continue
            if isinstance(record, dict) and record:
                key = rng.choice(sorted(record))
                record[key] = random_value(rng)
                bodies[at] = json.dumps(record, allow_nan=True)
        return kind, _signed(target.keys, bodies, lines[0])
    if kind == "signed_garbage":
        bodies = [_garbage_record(rng, device) for _ in range(rng.randint(0, 12))]
        header = lines[0] if rng.random() < 0.8 else None
        if header is None:
            bodies.insert(0, _garbage_record(rng, device))
        return kind, _signed(target.keys, bodies, header)
    # unsigned garbage: random lines with valid line checksums, no signature
    bodies = [_garbage_record(rng, device) for _ in range(rng.randint(0, 6))]
    return kind, lines[0] + b"".join(encode_line(b) for b in bodies)
