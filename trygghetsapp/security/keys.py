"""This installation's key pair and its public "device card".

Each installation has two keys: Ed25519 to sign the packages it writes, X25519 to receive
packages encrypted to it (normally only the office's matters). They live in a folder beside the
database, `<db stem>-keys/`, so a database and its identity travel (and get backed up) together,
and so two databases on one machine (tests, training) never share an identity.

The private keys are PEM (PKCS8) without a passphrase: the app starts unattended on a field laptop
and nobody would type a passphrase in a cold village hall, so it would end up on a sticky note.
What protects them is the laptop's full-disk encryption (required of the municipality, see
docs/privacy.md) and file mode 0600. A stolen laptop is handled by revoking its key at the office.

The card (`device-card.json`) is public: it is what a laptop hands to the office for enrolment,
and what a provisioned laptop receives from the office. It is written last, so a folder without a
card is an interrupted first start and is simply created again.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.atomic import write_bytes_atomic, write_json_atomic
from trygghetsapp.security.files import read_json_object

CARD_FORMAT = "trygghetsapp-device-card/1"
OFFICE_CARD_FORMAT = "trygghetsapp-office-card/1"
"""The office's card (security/office.py): the same fields, naming the office key that every
workstation of one office holds, not one installation. Its device id is derived from the key
(`office_key_device_id`), so it can never be a real device's id."""
OFFICE_ID_PREFIX = "office-key-"
SIGNING_KEY_FILE = "device-ed25519.pem"
SEALING_KEY_FILE = "device-x25519.pem"
CARD_FILE = "device-card.json"

Role = Literal["field", "office"]
ROLES: tuple[Role, ...] = ("field", "office")


def keys_dir(db_path: Path) -> Path:
    """`<folder of the database>/<db stem>-keys/`, beside the backups folder."""
    return db_path.parent / f"{db_path.stem}-keys"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class DeviceCard:
    """The public half of an installation: who it says it is and its two public keys (raw)."""

    device_id: str
    device_name: str
    role: Role
    ed25519_public: bytes
    x25519_public: bytes
    created: str
    id_source: Literal["generated", "database"] = "generated"

    @property
    def fingerprint(self) -> str:
        return fingerprint(self)

    @property
    def is_office_key(self) -> bool:
        """True for the office's card (the shared office key), False for one device's card."""
        return self.device_id.startswith(OFFICE_ID_PREFIX)

    def signing_public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.ed25519_public)

    def sealing_public_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.x25519_public)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": OFFICE_CARD_FORMAT if self.is_office_key else CARD_FORMAT,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "role": self.role,
            "ed25519_public": _b64(self.ed25519_public),
            "x25519_public": _b64(self.x25519_public),
            "created": self.created,
            "id_source": self.id_source,
            "fingerprint": fingerprint(self),
        }

    @classmethod
    def from_json(cls, value: dict[str, Any], source: str = "card") -> DeviceCard:
        """Parse and check a card; a damaged or foreign file is refused, naming `source`."""

        def bad(sv: str, en: str) -> DomainError:
            return DomainError(source, f"enhetskortet är ogiltigt: {sv}", f"invalid card: {en}")

        if value.get("format") not in (CARD_FORMAT, OFFICE_CARD_FORMAT):
            raise bad("okänt format", "unknown format")
        keys: dict[str, bytes] = {}
        for field in ("ed25519_public", "x25519_public"):
            try:
                raw = base64.b64decode(str(value.get(field, "")), validate=True)
            except ValueError:
                raw = b""
            if len(raw) != 32:
                raise bad(f"{field} är inte en nyckel", f"{field} is not a key")
            keys[field] = raw
        device_id = value.get("device_id")
        name = value.get("device_name")
        role = value.get("role")
        if not isinstance(device_id, str) or not device_id.strip() or len(device_id) > 200:
            raise bad("enhets-id saknas", "device id missing")
        if not isinstance(name, str) or len(name) > 200:
            raise bad("enhetsnamn saknas", "device name missing")
        if not (device_id + name).isprintable():  # a newline in a name could fake CLI output
            raise bad("otillåtna tecken", "control characters")
        try:  # a low-order X25519 point would make every package sealed to it readable by all
            X25519PrivateKey.generate().exchange(
                X25519PublicKey.from_public_bytes(keys["x25519_public"])
            )
            Ed25519PublicKey.from_public_bytes(keys["ed25519_public"])
        except ValueError:
            raise bad("ogiltig publik nyckel", "invalid public key") from None
        if role not in ROLES:
            raise bad("okänd roll", "unknown role")
        office_format = value.get("format") == OFFICE_CARD_FORMAT
        if office_format != device_id.startswith(OFFICE_ID_PREFIX) or (
            office_format
            and (role != "office" or device_id != office_key_device_id(keys["ed25519_public"]))
        ):
            raise bad("kontorskortet stämmer inte", "the office card does not match its key")
        id_source = value.get("id_source", "generated")
        card = cls(
            device_id=device_id,
            device_name=name,
            role=role,
            ed25519_public=keys["ed25519_public"],
            x25519_public=keys["x25519_public"],
            created=str(value.get("created", "")),
            id_source="database" if id_source == "database" else "generated",
        )
        stated = value.get("fingerprint")
        if stated is not None and stated != fingerprint(card):
            raise bad("fingeravtrycket stämmer inte", "fingerprint does not match")
        return card


def load_card(path: Path) -> DeviceCard:
    """Read a card file (from a USB stick or an e-mail), refusing anything that is not one."""
    return DeviceCard.from_json(read_json_object(path, "enhetskortet", "the card"), str(path))


def write_card(card: DeviceCard, path: Path) -> None:
    write_json_atomic(path, card.to_json())


_BASE32_GROUPS = 4


def fingerprint(card: DeviceCard | tuple[bytes, bytes]) -> str:
    """A short code for a human to compare over the phone, e.g. `7K3Q-PZ2M-ABCD-EFGH`.

    SHA-256 over both public keys (with a label, so it can never collide with another hash use),
    the first 80 bits in base32 (no 0/1/8 look-alikes to confuse), four groups of four. 80 bits is
    far beyond what anyone could grind a matching key pair for.
    """
    ed, x = (card.ed25519_public, card.x25519_public) if isinstance(card, DeviceCard) else card
    digest = hashlib.sha256(b"trygghetsapp-fingerprint/1\x00" + ed + x).digest()
    code = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(code[i : i + 4] for i in range(0, 4 * _BASE32_GROUPS, 4))


def key_id(public_raw: bytes) -> str:
    """A compact id of one public key (hex, 128 bits) for package headers and sealed files."""
    return hashlib.sha256(b"trygghetsapp-key-id/1\x00" + public_raw).hexdigest()[:32]


def office_key_device_id(ed25519_public: bytes) -> str:
    """The office card's id: derived from its signing key, never a device's (a UUID)."""
    return OFFICE_ID_PREFIX + key_id(ed25519_public)


@dataclass(frozen=True)
class DeviceKeys:
    """This installation's private keys and its card. Never print or log the private halves."""

    card: DeviceCard
    signing_key: Ed25519PrivateKey
    sealing_key: X25519PrivateKey
    folder: Path

    @property
    def device_id(self) -> str:
        return self.card.device_id

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.card)

    @property
    def card_path(self) -> Path:
        return self.folder / CARD_FILE


def _pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _damaged(folder: Path, sv: str, en: str) -> DomainError:
    return DomainError(
        str(folder), f"enhetens nycklar är skadade: {sv}", f"the device keys are damaged: {en}"
    )


def _load_private(path: Path) -> Ed25519PrivateKey | X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        raise _damaged(
            path.parent, f"{path.name} kan inte läsas", f"{path.name} unreadable"
        ) from None
    if not isinstance(key, Ed25519PrivateKey | X25519PrivateKey):
        raise _damaged(path.parent, f"{path.name} har fel nyckeltyp", f"{path.name} wrong type")
    return key


def load_device_keys(db_path: Path) -> DeviceKeys | None:
    """This installation's keys, or None before the first start. Refuses a mismatched folder."""
    folder = keys_dir(db_path)
    if not (folder / CARD_FILE).exists():
        return None
    card = DeviceCard.from_json(
        read_json_object(folder / CARD_FILE, "enhetskortet", "the device card"), str(folder)
    )
    signing = _load_private(folder / SIGNING_KEY_FILE)
    sealing = _load_private(folder / SEALING_KEY_FILE)
    if not isinstance(signing, Ed25519PrivateKey) or not isinstance(sealing, X25519PrivateKey):
        raise _damaged(folder, "nyckelfilerna är förväxlade", "key files swapped")
    if (
        _raw_public(signing.public_key()) != card.ed25519_public
        or _raw_public(sealing.public_key()) != card.x25519_public
    ):
        raise _damaged(folder, "kortet hör inte till nycklarna", "card does not match the keys")
    return DeviceKeys(card=card, signing_key=signing, sealing_key=sealing, folder=folder)


def load_or_create_device_keys(
    db_path: Path,
    device_id: str | None = None,
    device_name: str | None = None,
    role: Role | None = None,
) -> DeviceKeys:
    """This installation's keys, created on first use.

    `device_id`: the sync code passes the database's LocalDevice id once both exist. Until then
    (the `keys` CLI, tests) a UUID is generated and kept in the card. A generated id is replaced
    by the database's id the first time one is passed (the keys stay the same; a card enrolled
    under the old id must be exported and enrolled again). A card already bound to a database id
    refuses a different one: the keys folder belongs to another database.
    `device_name` and `role` update the card when given (they are labels, not secrets).
    """
    keys = load_device_keys(db_path)
    if keys is None:
        keys, created = _create_once(db_path, device_id, device_name, role or "field")
        if created:
            return keys
    card = keys.card
    if device_id is not None and device_id != card.device_id:
        if card.id_source == "database":
            raise DomainError(
                str(keys.folder),
                f"nycklarna hör till en annan enhet ({card.device_id}), inte {device_id}",
                f"the keys belong to another device ({card.device_id}), not {device_id}",
            )
        card = replace(card, device_id=device_id, id_source="database")
    elif device_id is not None and card.id_source != "database":
        card = replace(card, id_source="database")
    if device_name is not None:
        card = replace(card, device_name=device_name)
    if role is not None:
        card = replace(card, role=role)
    if card != keys.card:
        write_card(card, keys.folder / CARD_FILE)
        keys = replace(keys, card=card)
    return keys


_LOCK_FILE = ".creating.lock"
_STALE_LOCK_SECONDS = 60.0


def _create_once(
    db_path: Path, device_id: str | None, device_name: str | None, role: Role
) -> tuple[DeviceKeys, bool]:
    """Create the keys unless another process is doing it right now; (keys, created by us).

    The GUI and the CLI started together on a fresh install would otherwise both write keys, and
    the card written last could match neither key file. The first to create the lock file
    creates; the others wait for its card, which is written last and atomically. A lock left by
    a crash is taken over after a minute.
    """
    folder = keys_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / _LOCK_FILE
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            existing = load_device_keys(db_path)
            if existing is not None:
                return existing, False
            if _is_stale(lock):
                lock.unlink(missing_ok=True)
            else:
                time.sleep(0.02)
            continue
        try:
            existing = load_device_keys(db_path)
            if existing is not None:
                return existing, False
            return _create(db_path, device_id, device_name, role), True
        finally:
            os.close(fd)
            lock.unlink(missing_ok=True)


def _is_stale(lock: Path) -> bool:
    try:
        return time.time() - lock.stat().st_mtime > _STALE_LOCK_SECONDS
    except FileNotFoundError:
        return False  # just released: try again at once


def _create(
    db_path: Path, device_id: str | None, device_name: str | None, role: Role
) -> DeviceKeys:
    folder = keys_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a filesystem without modes; the files are still 0600
        folder.chmod(0o700)
    signing = Ed25519PrivateKey.generate()
    sealing = X25519PrivateKey.generate()
    write_bytes_atomic(folder / SIGNING_KEY_FILE, _pem(signing), private=True)
    write_bytes_atomic(folder / SEALING_KEY_FILE, _pem(sealing), private=True)
    card = DeviceCard(
        device_id=device_id or str(uuid.uuid4()),
        device_name=device_name or socket.gethostname() or "okänd dator",
        role=role,
        ed25519_public=_raw_public(signing.public_key()),
        x25519_public=_raw_public(sealing.public_key()),
        created=_now(),
        id_source="database" if device_id else "generated",
    )
    write_card(card, folder / CARD_FILE)  # last: the card marks the folder complete
    return DeviceKeys(card=card, signing_key=signing, sealing_key=sealing, folder=folder)


def card_text(card: DeviceCard) -> str:
    """The card as the exact JSON text written to disk (for export to a stick)."""
    return json.dumps(card.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
