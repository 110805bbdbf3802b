"""One office key for several office workstations (issue 19).

An office whose data sits in one PostgreSQL database has several workstations, each its own
device (own id, counter and device keys, store/device_file.py). To the field laptops they are
one office: the laptops trust one *office key* (an Ed25519 signing key and an X25519 sealing
key) that every workstation holds beside its own device keys.

- Sealing: a laptop seals its packages to the office key; any workstation holding it opens them.
- Signing: a workstation holding the office key names it in its packages' header
  (`device.office_key`, the key id) and signs the footer twice: with its device key as before
  (`sig`, `lsig`) and with the office key (`osig`, `losig`). A laptop that trusts that office key
  takes such a package as the office's, whichever workstation wrote it, and lets it relay other
  devices' changes (sync/signatures.py). The header names the workstation, and the office key's
  signature covers the header, so the changes stay attributed to the workstation that numbered
  them; no list of workstations is needed on the laptops (a list could only be signed by the
  office key, which every workstation holds anyway), so a new workstation needs no visit to any
  laptop.

Where the key comes from (`create_office_key`): by default the office key *is* the key pair of
the workstation that creates it. Laptops that trusted that workstation's card under the old
single-workstation set-up therefore already trust the office key: nothing changes for them, and
the first workstation's card and the office card show the same fingerprint. `fresh=True` makes a
new pair instead (a new office, or replacing a key); the laptops must then trust the new office
card (`keys trust-office --replace`).

Carrying it to the other workstations: `export_office_key` writes one file protected by a
passphrase: the public office card in clear, the two private keys encrypted with
ChaCha20-Poly1305 under a key derived from the passphrase by scrypt (n=2^17, r=8, p=1: 128 MiB,
about half a second; cryptography's recommended password KDF), the whole file covered by a
SHA-256 checksum so damage and a wrong passphrase are told apart. It is written atomically with
mode 0600. `import_office_key` on the next workstation refuses a wrong passphrase, a damaged file
or a key of another office (unless replacing) as a whole, writing nothing. The private keys are
written unencrypted only inside the installation's keys folder (mode 0600, as its device keys),
and never printed or logged.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.atomic import write_bytes_atomic, write_json_atomic
from trygghetsapp.security.files import read_json_object
from trygghetsapp.security.keys import (
    DeviceCard,
    DeviceKeys,
    fingerprint,
    key_id,
    keys_dir,
    office_key_device_id,
)

OFFICE_SIGNING_FILE = "office-ed25519.pem"
OFFICE_SEALING_FILE = "office-x25519.pem"
OFFICE_CARD_FILE = "office-card.json"
KEY_FILE_FORMAT = "trygghetsapp-office-key/1"
KEY_FILE_SUFFIX = ".kontorsnyckel"
MIN_PASSPHRASE = 12
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
_MAX_SCRYPT_N = 2**20
"""A file asking for more is refused: a hostile file must not make us allocate gigabytes."""


@dataclass(frozen=True)
class OfficeKeys:
    """The office key as one workstation holds it. Never print or log the private halves."""

    card: DeviceCard
    signing_key: Ed25519PrivateKey
    sealing_key: X25519PrivateKey

    @property
    def key_id(self) -> str:
        """What a package header names (`device.office_key`)."""
        return key_id(self.card.ed25519_public)

    @property
    def sealing_key_id(self) -> str:
        """The recipient id of packages sealed to the office (sealing.recipient_id)."""
        return key_id(self.card.x25519_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.card)


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def office_card_of(
    name: str, signing: Ed25519PrivateKey, sealing: X25519PrivateKey, created: str
) -> DeviceCard:
    ed = _raw_public(signing)
    return DeviceCard(
        device_id=office_key_device_id(ed),
        device_name=name,
        role="office",
        ed25519_public=ed,
        x25519_public=_raw_public(sealing),
        created=created,
        id_source="generated",
    )


def _damaged_folder(db_path: Path, sv: str, en: str) -> DomainError:
    return DomainError(
        str(keys_dir(db_path)),
        f"kontorsnyckeln i nyckelmappen är skadad: {sv}",
        f"the office key in the keys folder is damaged: {en}",
    )


def load_office_keys(db_path: Path) -> OfficeKeys | None:
    """The office key this workstation holds, or None. A damaged set is refused, not ignored."""
    folder = keys_dir(db_path)
    if not (folder / OFFICE_CARD_FILE).exists():
        return None
    card = DeviceCard.from_json(
        read_json_object(folder / OFFICE_CARD_FILE, "kontorskortet", "the office card"),
        str(folder / OFFICE_CARD_FILE),
    )
    keys: list[Ed25519PrivateKey | X25519PrivateKey] = []
    for name in (OFFICE_SIGNING_FILE, OFFICE_SEALING_FILE):
        try:
            key = serialization.load_pem_private_key((folder / name).read_bytes(), password=None)
        except (OSError, ValueError, TypeError):
            raise _damaged_folder(db_path, f"{name} kan inte läsas", f"{name} unreadable") from None
        if not isinstance(key, Ed25519PrivateKey | X25519PrivateKey):
            raise _damaged_folder(db_path, f"{name} har fel nyckeltyp", f"{name} wrong type")
        keys.append(key)
    signing, sealing = keys
    if (
        not card.is_office_key
        or not isinstance(signing, Ed25519PrivateKey)
        or not isinstance(sealing, X25519PrivateKey)
        or _raw_public(signing) != card.ed25519_public
        or _raw_public(sealing) != card.x25519_public
    ):
        raise _damaged_folder(db_path, "kortet hör inte till nycklarna", "card and keys differ")
    return OfficeKeys(card=card, signing_key=signing, sealing_key=sealing)


def _store(db_path: Path, keys: OfficeKeys) -> None:
    """Write the office key into the keys folder: the private keys first (0600), the card last
    (it marks the set complete, as the device card does)."""
    folder = keys_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    write_bytes_atomic(folder / OFFICE_SIGNING_FILE, _pem(keys.signing_key), private=True)
    write_bytes_atomic(folder / OFFICE_SEALING_FILE, _pem(keys.sealing_key), private=True)
    write_json_atomic(folder / OFFICE_CARD_FILE, keys.card.to_json())


def _require_office(device: DeviceKeys) -> None:
    if device.card.role != "office":
        raise DomainError(
            "roll",
            "bara en kontorsdator håller kontorsnyckeln; sätt rollen först "
            "('trygghetsapp device role office')",
            "only an office workstation holds the office key; set the role first "
            "('trygghetsapp device role office')",
        )


def create_office_key(
    db_path: Path, device: DeviceKeys, name: str, fresh: bool = False
) -> OfficeKeys:
    """Make this workstation the holder of the office key (the first workstation does this once).

    By default the office key is this workstation's own key pair, so laptops that already trust
    its card trust the office key with no change (module docstring); `fresh` makes a new pair.
    Refused on a field laptop, and when this workstation already holds an office key (creating a
    second one would split the office; `import_office_key --replace` replaces one on purpose).
    """
    _require_office(device)
    existing = load_office_keys(db_path)
    if existing is not None:
        raise DomainError(
            "kontorsnyckel",
            f"datorn har redan en kontorsnyckel ({existing.fingerprint})",
            f"this computer already holds an office key ({existing.fingerprint})",
        )
    if not name.strip() or len(name) > 200 or not name.isprintable():
        raise DomainError("namn", "ge kontoret ett namn", "give the office a name")
    signing = Ed25519PrivateKey.generate() if fresh else device.signing_key
    sealing = X25519PrivateKey.generate() if fresh else device.sealing_key
    keys = OfficeKeys(
        card=office_card_of(
            name.strip(),
            signing,
            sealing,
            dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        ),
        signing_key=signing,
        sealing_key=sealing,
    )
    _store(db_path, keys)
    return keys


def _canonical(value: dict[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(value: object) -> bytes:
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        return b""


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def check_passphrase(passphrase: str) -> None:
    """A passphrase for a new key file: long enough to resist guessing offline."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError(
            "lösenfras",
            f"lösenfrasen måste ha minst {MIN_PASSPHRASE} tecken",
            f"the passphrase must have at least {MIN_PASSPHRASE} characters",
        )


def export_office_key(db_path: Path, target: Path, passphrase: str) -> Path:
    """Write the office key, protected by `passphrase`, to `target` (0600, atomically).

    `target` may be a folder: the file is then named after the office. Refused without an office
    key here or with a short passphrase; nothing is written then."""
    keys = load_office_keys(db_path)
    if keys is None:
        raise DomainError(
            "kontorsnyckel",
            "datorn har ingen kontorsnyckel att exportera ('keys office-key create' först)",
            "this computer holds no office key to export ('keys office-key create' first)",
        )
    check_passphrase(passphrase)
    salt = os.urandom(16)
    nonce = os.urandom(12)
    outer: dict[str, Any] = {
        "format": KEY_FILE_FORMAT,
        "card": keys.card.to_json(),
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "nonce": _b64(nonce),
    }
    secret = _canonical(
        {
            "ed25519_private": _b64(_raw_private(keys.signing_key)),
            "x25519_private": _b64(_raw_private(keys.sealing_key)),
        }
    )
    aead = ChaCha20Poly1305(_scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
    outer["ciphertext"] = _b64(aead.encrypt(nonce, secret, _canonical(outer)))
    outer["sha256"] = hashlib.sha256(_canonical(outer)).hexdigest()
    path = target / f"kontoret{KEY_FILE_SUFFIX}" if target.is_dir() else target
    write_json_atomic(path, outer, private=True)
    return path


def _damaged_file(path: Path, sv: str, en: str) -> DomainError:
    return DomainError(
        str(path),
        f"kontorsnyckelfilen är skadad ({sv}); exportera den igen från en kontorsdator",
        f"the office key file is damaged ({en}); export it again from an office workstation",
    )


def read_office_key_file(path: Path, passphrase: str) -> OfficeKeys:
    """Open an office key file; refuse (DomainError) anything but the intact file and its
    passphrase. Checked in this order: JSON, format, checksum, card, KDF bounds, passphrase
    (the AEAD tag), and that the keys are the card's. The checksum tells accidental damage
    from a wrong passphrase; a file altered on purpose (checksum recomputed) fails the tag,
    which covers the card and the parameters too, and is refused as "wrong passphrase or
    altered"."""
    try:
        value = read_json_object(path, "kontorsnyckelfilen", "the office key file")
    except DomainError:
        if not path.is_file() or not os.access(path, os.R_OK):
            raise  # missing or unreadable: said as such
        raise _damaged_file(
            path, "avkortad eller inte en nyckelfil", "truncated or not a key file"
        ) from None
    if value.get("format") != KEY_FILE_FORMAT:
        raise DomainError(
            str(path), "filen är ingen kontorsnyckelfil", "the file is not an office key file"
        )
    stated = value.get("sha256")
    body = {k: v for k, v in value.items() if k != "sha256"}
    if not isinstance(stated, str) or hashlib.sha256(_canonical(body)).hexdigest() != stated:
        raise _damaged_file(path, "kontrollsumman stämmer inte", "the checksum does not match")
    try:
        card = DeviceCard.from_json(body["card"], str(path))
        kdf = body["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt, nonce = _unb64(kdf["salt"]), _unb64(body["nonce"])
        ciphertext = _unb64(body["ciphertext"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _damaged_file(path, "fält saknas", "fields missing") from None
    if (
        not card.is_office_key
        or kdf.get("name") != "scrypt"
        or not (2**14 <= n <= _MAX_SCRYPT_N and n & (n - 1) == 0)
        or r != 8
        or not 1 <= p <= 4
        or len(salt) < 16
        or len(nonce) != 12
    ):
        raise _damaged_file(path, "okända parametrar", "unknown parameters")
    outer = {k: v for k, v in body.items() if k != "ciphertext"}
    try:
        secret = ChaCha20Poly1305(_scrypt(passphrase, salt, n, r, p)).decrypt(
            nonce, ciphertext, _canonical(outer)
        )
    except InvalidTag:
        raise DomainError(
            "lösenfras",
            "fel lösenfras för kontorsnyckelfilen (eller en avsiktligt ändrad fil); inget ändrades",
            "wrong passphrase for the office key file (or a deliberately altered file); nothing "
            "was changed",
        ) from None
    try:
        inner = json.loads(secret)
        signing = Ed25519PrivateKey.from_private_bytes(_unb64(inner["ed25519_private"]))
        sealing = X25519PrivateKey.from_private_bytes(_unb64(inner["x25519_private"]))
    except (KeyError, TypeError, ValueError):
        raise _damaged_file(path, "nycklarna kan inte läsas", "the keys cannot be read") from None
    if (_raw_public(signing), _raw_public(sealing)) != (card.ed25519_public, card.x25519_public):
        raise _damaged_file(path, "kortet hör inte till nycklarna", "card and keys differ")
    return OfficeKeys(card=card, signing_key=signing, sealing_key=sealing)


def import_office_key(
    db_path: Path, device: DeviceKeys, source: Path, passphrase: str, replace: bool = False
) -> OfficeKeys:
    """Give this workstation the office key from a file made by `export_office_key`.

    Refused as a whole, with nothing written: a field laptop, a wrong passphrase, a damaged file,
    and an office key other than the one this workstation already holds (unless `replace`).
    Importing the same key again is harmless."""
    _require_office(device)
    keys = read_office_key_file(source, passphrase)
    existing = load_office_keys(db_path)
    if existing is not None and existing.card.device_id != keys.card.device_id and not replace:
        raise DomainError(
            str(source),
            f"datorn har redan en annan kontorsnyckel ({existing.fingerprint}); filen är "
            f"{keys.fingerprint}. Byt bara med --replace efter kontroll",
            f"this computer already holds another office key ({existing.fingerprint}); the "
            f"file holds {keys.fingerprint}. Replace it only with --replace after checking",
        )
    _store(db_path, keys)
    return keys
