"""Honest sync status: per device what we hold, what is missing, what the office acknowledged.

Everything here is read from the log and the bookkeeping tables; nothing is guessed. Missing
ranges are computed from gaps in the log and from what other devices said they hold, so a lost
package shows up as "changes 120-180 from Fältdator 07 not yet received".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from trygghetsapp.security.files import QUARANTINE_FOLDER
from trygghetsapp.store import sql
from trygghetsapp.store.database import Database
from trygghetsapp.store.location import is_network_location, synced_folder_marker
from trygghetsapp.store.uow import UnitOfWork


@dataclass(frozen=True)
class DeviceStatus:
    device_id: str
    name: str
    role: str
    is_self: bool
    applied_seq: int
    """Contiguous prefix of this device's changes applied here."""
    held: int
    """Changes received but waiting for earlier ones (causal order)."""
    missing: tuple[tuple[int, int], ...]
    clock_suspicious: bool
    last_package_at: str


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    device_name: str
    role: str
    last_seq: int
    exported_seq: int
    """Our own changes carried by our exports so far."""
    office_acknowledged: int | None
    """Highest own seq an office package said it holds (None: no office package seen yet)."""
    pending_export: int
    last_export: str
    last_import: str
    last_sync: str
    """Last completed Synka nu (ISO time, UTC), or ""."""
    open_conflicts: int
    refused_files: tuple[str, ...]
    devices: tuple[DeviceStatus, ...]
    warnings: tuple[str, ...] = field(default=())
    quarantined_files: tuple[str, ...] = field(default=())
    """Refused files moved to `karantän/` (unknown signer, bad signature, seal that does not
    open): never applied; the office looks at them, enrols the device if genuine, re-imports."""

    waiting_rows: tuple[tuple[str, str, str], ...] = field(default=())
    """Rows held because a record they reference never came: (record, since, from whom)."""

    def waiting_messages(self) -> list[str]:
        """One line per row waiting for a parent that never came, with what to do."""
        return [
            f"{record} väntar sedan {since[:10]} på en överordnad post som aldrig kommit "
            f"(från {source or '?'}): be avsändaren skicka ett fullt paket (sync export --full); "
            f"saknas posten där också, ta bort {record} där / {record} has been waiting since "
            f"{since[:10]} for a parent record that never came (from {source or '?'}): ask the "
            f"sender for a full package (sync export --full); if the sender lacks it too, "
            f"delete {record} there"
            for record, since, source in self.waiting_rows
        ]

    lacking: tuple[tuple[str, str, int, int], ...] = field(default=())
    """At the office: (laptop, origin device, first, last) of changes we hold that the laptop's
    latest package did not (its vector); our next package carries them again."""

    def lacking_messages(self) -> list[str]:
        return [
            f"{laptop} saknade vid sitt senaste paket ändringar {lo}–{hi} från {origin} / "
            f"{laptop} lacked changes {lo}-{hi} from {origin} at its latest package"
            for laptop, origin, lo, hi in self.lacking
        ]

    def missing_messages(self) -> list[str]:
        return [
            f"ändringar {lo}–{hi} från {d.name or d.device_id} har inte kommit än / changes "
            f"{lo}-{hi} from {d.name or d.device_id} not yet received"
            for d in self.devices
            for lo, hi in d.missing
        ]


def _missing(
    connection: Connection, device: str, applied: int, expected: int
) -> tuple[tuple[int, int], ...]:
    gaps: list[tuple[int, int]] = []
    nxt = applied + 1
    for (seq,) in sql.execute(
        connection,
        "SELECT seq FROM change WHERE device_id = ? AND seq > ? ORDER BY seq",
        (device, applied),
    ):
        if seq > nxt:
            gaps.append((nxt, seq - 1))
        nxt = seq + 1
    if expected >= nxt:
        gaps.append((nxt, expected))
    return tuple(gaps)


def location_warnings(database: Database) -> list[str]:
    path = database.path
    out: list[str] = []
    marker = synced_folder_marker(path)
    if marker:
        out.append(
            f"databasen ligger i en synkad mapp ({marker}); flytta den till lokal disk och synka "
            f"med paket / the database is in a synced folder ({marker}): move it to a local disk"
        )
    if is_network_location(path):
        out.append("databasen ligger på en nätverksenhet / the database is on a network drive")
    return out


def sync_status(database: Database) -> SyncStatus:
    with UnitOfWork(database) as uow:
        c = uow.session.connection()
        me = sql.execute(c, "SELECT id, name, role, last_seq FROM local_device").one()
        applied: dict[str, int] = dict(
            sql.execute(c, "SELECT device_id, contiguous_seq FROM device_knowledge").all()
        )
        names: dict[str, str] = dict(
            sql.execute(c, "SELECT device_id, name FROM device_knowledge").all()
        )
        peers = {
            r[0]: r
            for r in sql.execute(
                c,
                "SELECT device_id, name, role, acknowledged, last_package_at, clock_suspicious "
                "FROM sync_peer",
            )
        }
        expected: dict[str, int] = {}
        for peer in peers.values():
            for device, seq in json.loads(peer[3] or "{}").items():
                # What a device says it holds counts for itself; only the office (the one relay,
                # docs/security.md) speaks for others.
                if peer[2] == "office" or device == peer[0]:
                    expected[device] = max(expected.get(device, 0), int(seq))
        # Per device a range on the change log's key (device_id, seq): a join grouped over the
        # whole log walked every change (0.1-0.16 s at 680,000), on every status refresh.
        held: dict[str, int] = {
            device: count
            for device, count in sql.execute(
                c,
                "SELECT k.device_id, (SELECT count(*) FROM change c WHERE c.device_id = "
                "k.device_id AND c.seq > k.contiguous_seq) FROM device_knowledge k",
            ).all()
            if count
        }
        devices = []
        for device in sorted(set(applied) | set(peers)):
            info: Any = peers.get(device)
            done = int(applied.get(device, 0))
            devices.append(
                DeviceStatus(
                    device_id=device,
                    name=(names.get(device) or (info[1] if info else "")),
                    role=me.role if device == me.id else (info[2] if info else ""),
                    is_self=device == me.id,
                    applied_seq=done,
                    held=int(held.get(device, 0)),
                    missing=_missing(c, device, done, expected.get(device, 0)),
                    clock_suspicious=bool(info[5]) if info else False,
                    last_package_at=info[4] if info else "",
                )
            )
        acks = [
            int(json.loads(p[3] or "{}").get(me.id, 0)) for p in peers.values() if p[2] == "office"
        ]
        exported = (
            sql.execute(
                c, "SELECT seq FROM sync_export_mark WHERE device_id = ?", (me.id,)
            ).scalar()
            or 0
        )
        settings: dict[str, str] = dict(sql.execute(c, "SELECT key, value FROM sync_setting").all())
        conflicts = sql.execute(c, "SELECT count(*) FROM sync_conflict_row").scalar() or 0
        refused = tuple(
            f"{name}: {message}"
            for name, message in sql.execute(
                c, "SELECT name, message FROM sync_file WHERE outcome = 'refused' ORDER BY seen_at"
            )
        )
        lacking: list[tuple[str, str, int, int]] = []
        if me.role == "office":
            for peer in sorted(peers.values(), key=lambda p: (p[1], p[0])):
                if peer[2] != "field" or not peer[4]:
                    continue  # never heard from (only a clock flag)
                holds = json.loads(peer[3] or "{}")
                for device, done in sorted(applied.items()):
                    has = int(holds.get(device, 0))
                    if has < done:
                        origin = names.get(device) or device
                        lacking.append((peer[1] or peer[0], origin, has + 1, int(done)))
        waiting: list[tuple[str, str, str]] = []
        for key, value in sorted(settings.items()):
            if key.startswith("waiting:"):
                since, _, source = value.partition(" ")
                waiting.append((key.removeprefix("waiting:"), since, source))
        return SyncStatus(
            device_id=me.id,
            device_name=me.name,
            role=me.role,
            last_seq=me.last_seq,
            exported_seq=int(exported),
            office_acknowledged=max(acks) if acks else None,
            pending_export=max(0, me.last_seq - int(exported)),
            last_export=settings.get("last_export", ""),
            last_import=settings.get("last_import", ""),
            last_sync=settings.get("last_sync", ""),
            open_conflicts=int(conflicts),
            refused_files=refused,
            quarantined_files=tuple(r for r in refused if QUARANTINE_FOLDER in r),
            devices=tuple(devices),
            warnings=tuple(location_warnings(database)),
            waiting_rows=tuple(waiting),
            lacking=tuple(lacking),
        )
