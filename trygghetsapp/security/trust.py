"""Who this installation trusts: the office's register of enrolled devices, a laptop's office key.

Enrolment is deliberate and human: the office imports a laptop's card (from a USB stick or an
e-mail) and compares the fingerprint it shows with the one the laptop shows, over the phone or
face to face. Only then do that laptop's packages get applied. A laptop is provisioned the other
way round with the office's card (`trust_office`), so it can check packages from the office and
encrypt its own to the office.

The register is `trust.json` in the keys folder (see keys.py), written atomically. Revoked devices
stay in it, marked, so a stolen laptop's key can never be enrolled again by sending its card.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from trygghetsapp.domain.errors import DomainError, NotFoundError
from trygghetsapp.files.atomic import write_json_atomic
from trygghetsapp.security.files import read_json_object
from trygghetsapp.security.keys import (
    DeviceCard,
    Role,
    fingerprint,
    key_id,
    keys_dir,
    load_card,
)
from trygghetsapp.security.signing import verify

TRUST_FILE = "trust.json"
TRUST_FORMAT = "trygghetsapp-trust/1"


@dataclass(frozen=True)
class EnrolledDevice:
    """One device in the register; `revoked` is the time of revocation or None while trusted."""

    device_id: str
    device_name: str
    role: Role
    ed25519_public: bytes
    x25519_public: bytes
    fingerprint: str
    enrolled: str
    revoked: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked is None


@dataclass(frozen=True)
class TrustStore:
    """The whole file: enrolled devices (office) and the trusted office card (laptop)."""

    devices: tuple[EnrolledDevice, ...] = ()
    office: DeviceCard | None = None


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def trust_path(db_path: Path) -> Path:
    return keys_dir(db_path) / TRUST_FILE


def load_trust(db_path: Path) -> TrustStore:
    """The register, empty before anything was enrolled; a damaged file is refused, not ignored.

    Ignoring a damaged register would silently trust nobody (or, worse, be "repaired" into
    trusting anybody); the user is told instead and can restore the keys folder from a backup.
    """
    path = trust_path(db_path)
    if not path.exists():
        return TrustStore()
    value = read_json_object(path, "förtroenderegistret", "the trust register")
    if value.get("format") != TRUST_FORMAT:
        raise DomainError(
            str(path),
            "förtroenderegistret har okänt format",
            "the trust register has an unknown format",
        )
    try:
        devices = tuple(_device_from_json(item) for item in value.get("devices", []))
        office_value = value.get("office")
        office = DeviceCard.from_json(office_value, str(path)) if office_value else None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        if isinstance(error, DomainError):
            raise
        raise DomainError(
            str(path), "förtroenderegistret är skadat", "the trust register is damaged"
        ) from None
    return TrustStore(devices=devices, office=office)


def _device_from_json(item: dict[str, Any]) -> EnrolledDevice:
    return EnrolledDevice(
        device_id=str(item["device_id"]),
        device_name=str(item["device_name"]),
        role="office" if item.get("role") == "office" else "field",
        ed25519_public=base64.b64decode(item["ed25519_public"], validate=True),
        x25519_public=base64.b64decode(item["x25519_public"], validate=True),
        fingerprint=str(item["fingerprint"]),
        enrolled=str(item["enrolled"]),
        revoked=None if item.get("revoked") is None else str(item["revoked"]),
    )


def _save(db_path: Path, store: TrustStore) -> None:
    write_json_atomic(
        trust_path(db_path),
        {
            "format": TRUST_FORMAT,
            "devices": [
                {
                    "device_id": d.device_id,
                    "device_name": d.device_name,
                    "role": d.role,
                    "ed25519_public": _b64(d.ed25519_public),
                    "x25519_public": _b64(d.x25519_public),
                    "fingerprint": d.fingerprint,
                    "enrolled": d.enrolled,
                    "revoked": d.revoked,
                }
                for d in store.devices
            ],
            "office": store.office.to_json() if store.office else None,
        },
    )


def enrol(db_path: Path, card_file: Path) -> EnrolledDevice:
    """Add a device's card to the register and return it (show `.fingerprint` to the user).

    Enrolling the same card again is harmless and returns the existing entry. Refused:
    a device id already enrolled with a different key (a cloned or replaced laptop: revoke the old
    entry first if the replacement is genuine), and a key that was revoked.
    """
    card = load_card(card_file)
    return enrol_card(db_path, card)


def enrol_card(db_path: Path, card: DeviceCard) -> EnrolledDevice:
    """`enrol` for a card already in memory."""
    if card.is_office_key:
        raise DomainError(
            card.device_id,
            "det här är kontorets kort, inte en dators; en fältdator litar på det med "
            "'keys trust-office', en kontorsdator får kontorsnyckeln med 'keys office-key import'",
            "this is the office's card, not a computer's; a field laptop trusts it with "
            "'keys trust-office', a workstation gets the office key with 'keys office-key import'",
        )
    store = load_trust(db_path)
    for device in store.devices:
        same_key = device.ed25519_public == card.ed25519_public
        if same_key and not device.active:
            raise DomainError(
                card.device_id,
                f"nyckeln är spärrad sedan {device.revoked}; den kan inte registreras igen",
                f"this key was revoked on {device.revoked}; it cannot be enrolled again",
            )
        if device.device_id == card.device_id and device.active:
            if same_key and device.x25519_public == card.x25519_public:
                return device
            raise DomainError(
                card.device_id,
                "enheten är redan registrerad med en annan nyckel (klonad eller utbytt dator?); "
                "spärra den gamla först om bytet är äkta",
                "the device is already enrolled with a different key (cloned or replaced "
                "computer?); revoke the old one first if the replacement is genuine",
            )
        if same_key:
            raise DomainError(
                card.device_id,
                f"nyckeln är redan registrerad för enheten {device.device_id}",
                f"this key is already enrolled for device {device.device_id}",
            )
    entry = EnrolledDevice(
        device_id=card.device_id,
        device_name=card.device_name,
        role=card.role,
        ed25519_public=card.ed25519_public,
        x25519_public=card.x25519_public,
        fingerprint=fingerprint(card),
        enrolled=_now(),
    )
    _save(db_path, replace(store, devices=(*store.devices, entry)))
    return entry


def revoke(db_path: Path, device_id: str) -> EnrolledDevice:
    """Stop trusting a device (lost, stolen, retired). Its later packages are quarantined."""
    store = load_trust(db_path)
    active = [d for d in store.devices if d.device_id == device_id and d.active]
    if not active:
        raise NotFoundError("enhet", device_id)
    revoked = replace(active[0], revoked=_now())
    devices = tuple(revoked if d is active[0] else d for d in store.devices)
    _save(db_path, replace(store, devices=devices))
    return revoked


def list_enrolled(db_path: Path) -> list[EnrolledDevice]:
    """Every device ever enrolled, in enrolment order, revoked ones included (see `.active`)."""
    return list(load_trust(db_path).devices)


def trust_office(
    db_path: Path, office_card_file: Path, replace_existing: bool = False
) -> DeviceCard:
    """Provision a laptop with the office's card; returns it (show `.fingerprint` to compare).

    A different office key is refused unless `replace_existing`: the office key changes rarely,
    and a silent swap would let whoever sent the new card read every package this laptop seals.
    """
    card = load_card(office_card_file)
    store = load_trust(db_path)
    current = store.office
    if current is not None and current != card and not replace_existing:
        same_keys = (current.ed25519_public, current.x25519_public) == (
            card.ed25519_public,
            card.x25519_public,
        )
        if not same_keys:
            raise DomainError(
                card.device_id,
                f"datorn litar redan på en annan kontorsnyckel ({fingerprint(current)}); "
                "byt bara med --replace efter kontroll med kontoret",
                f"this computer already trusts another office key ({fingerprint(current)}); "
                "replace it only with --replace after checking with the office",
            )
    _save(db_path, replace(store, office=card))
    return card


def office_card(db_path: Path) -> DeviceCard | None:
    """The office this laptop was provisioned with; packages are sealed to its X25519 key."""
    return load_trust(db_path).office


def office_signing_key(db_path: Path, claimed_key_id: object) -> bytes | None:
    """The Ed25519 key (raw) of the office key a package header names (`device.office_key`), if
    this installation takes that key as its office's; None otherwise (security/office.py).

    Taken: the office card this laptop trusts (the office card, or a workstation's own card
    trusted before the office key existed: the first workstation's key pair *is* the office
    key), and the office key this workstation holds itself (its sibling workstations' packages).
    """
    if not isinstance(claimed_key_id, str) or not claimed_key_id:
        return None
    office = load_trust(db_path).office
    if office is not None and key_id(office.ed25519_public) == claimed_key_id:
        return office.ed25519_public
    from trygghetsapp.security.office import load_office_keys

    held = load_office_keys(db_path)
    if held is not None and held.key_id == claimed_key_id:
        return held.card.ed25519_public
    return None


def trusted_public_key(db_path: Path, device_id: str) -> bytes | None:
    """The Ed25519 key (raw) a package from `device_id` must be signed with, or None if unknown.

    Enrolled, not revoked devices and the provisioned office count. The reader must take the key
    from here, never from the package itself (a package can claim any key).
    """
    store = load_trust(db_path)
    for device in store.devices:
        if device.device_id == device_id and device.active:
            return device.ed25519_public
    if store.office is not None and store.office.device_id == device_id:
        return store.office.ed25519_public
    return None


def is_trusted(db_path: Path, device_id: str, ed25519_public: bytes) -> bool:
    """True if `device_id` is enrolled (not revoked) or is the office, with exactly this key."""
    return trusted_public_key(db_path, device_id) == ed25519_public


def require_trusted_key(db_path: Path, device_id: str) -> bytes:
    """`trusted_public_key`, but an unknown or revoked device is refused with one clear line."""
    key = trusted_public_key(db_path, device_id)
    if key is None:
        raise DomainError(
            "avsändare",
            f"paketet kommer från en okänd eller spärrad enhet ({device_id})",
            f"the package comes from an unknown or revoked device ({device_id})",
        )
    return key


def verify_from(db_path: Path, device_id: str, data: bytes, signature: str) -> None:
    """The one call a package reader needs: refuse unless a trusted `device_id` signed `data`.

    Raises DomainError for an unknown or revoked device, a damaged signature, or a signature that
    does not match (changed data, or signed with another key); the caller quarantines the file.
    """
    verify(require_trusted_key(db_path, device_id), data, signature)
