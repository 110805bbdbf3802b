"""The few calls the sync package writer and reader need, in terms of their footer and files.

The sync format (trygghetsapp/sync/package.py) ends a package with a footer line
`{"t":"end","count":N,"sha256":"<hex of every byte before this line>"}`. The writer adds the
keys from `footer_signature`; the reader, after checking count and sha256, calls `check_footer`
(or registers `footer_check(db_path)` in `sync.package.FOOTER_CHECKS`). What is signed is the
32 bytes of that SHA-256 digest, under the context label of signing.py: every byte of the header
and of every line before the footer, so the header's device id is covered too. The reader must
also check that `footer["signer"]` is the device the header names (it cannot be swapped for
another trusted device without the signature failing, but the header is what the merge trusts).

Sealing wraps the finished, signed package (sign, then encrypt): `seal_for_office` on the way out,
`open_incoming` on the way in, before the package reader sees the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security.keys import DeviceKeys, key_id, load_device_keys
from trygghetsapp.security.office import OfficeKeys, load_office_keys
from trygghetsapp.security.policy import load_policy
from trygghetsapp.security.sealing import is_sealed, open_sealed, recipient_id, seal_file
from trygghetsapp.security.signing import sign, verify
from trygghetsapp.security.trust import office_card, verify_from

SEALED_SUFFIX = ".sealed"
"""Appended to a package's name when sealed: `x.tsync` -> `x.tsync.sealed`."""

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def _digest(sha256_hex: str) -> bytes:
    if not _SHA256_HEX.fullmatch(sha256_hex):
        raise DomainError(
            "sha256", "kontrollsumman har fel form", "the checksum has the wrong form"
        )
    return bytes.fromhex(sha256_hex)


def footer_signature(
    keys: DeviceKeys, sha256_hex: str, office: OfficeKeys | None = None
) -> dict[str, str]:
    """`{"signer": device id, "sig": base64}` to merge into the footer before writing it; with
    the office key held (a workstation, security/office.py) also `"osig"`, the office key's
    signature over the same digest."""
    digest = _digest(sha256_hex)
    fields = {"signer": keys.device_id, "sig": sign(keys.signing_key, digest)}
    if office is not None:
        fields["osig"] = sign(office.signing_key, digest)
    return fields


def check_office_footer(
    office_public: bytes, footer: dict[str, Any], sha256_hex: str, expected_signer: str
) -> None:
    """Refuse unless the office key signed the digest (`osig`) for the workstation the header
    names. Used when the header names an office key this installation takes as its office's
    (trust.office_signing_key); the device signature is then not needed."""
    signer, signature = footer.get("signer"), footer.get("osig")
    if signer != expected_signer or not isinstance(signature, str):
        raise DomainError(
            "signatur",
            "paketet säger sig komma från kontoret men är inte signerat med kontorsnyckeln",
            "the package claims to come from the office but is not signed with the office key",
        )
    verify(office_public, _digest(sha256_hex), signature)


def check_footer(
    db_path: Path, footer: dict[str, Any], sha256_hex: str, expected_signer: str | None = None
) -> None:
    """Refuse (DomainError) an unsigned package, an unknown or revoked signer, a bad signature.

    `sha256_hex` is the digest the reader computed itself over the bytes before the footer (never
    the footer's own claim). `expected_signer` is the device the header names; pass it so a
    package written by one device cannot pass as signed by another. On a refusal the caller
    quarantines the file (policy.quarantine).
    """
    signer, signature = footer.get("signer"), footer.get("sig")
    if not isinstance(signer, str) or not isinstance(signature, str):
        raise DomainError(
            "signatur",
            "paketet är inte signerat och tas inte emot",
            "the package is not signed and is not accepted",
        )
    if expected_signer is not None and signer != expected_signer:
        raise DomainError(
            "signatur",
            f"paketet säger sig komma från {expected_signer} men är signerat av {signer}",
            f"the package claims to come from {expected_signer} but is signed by {signer}",
        )
    verify_from(db_path, signer, _digest(sha256_hex), signature)


def footer_check(db_path: Path) -> Callable[[dict[str, Any], str], None]:
    """`check_footer` bound to one database, in the shape of `sync.package.FooterCheck`."""

    def check(footer: dict[str, Any], sha256_hex: str) -> None:
        check_footer(db_path, footer, sha256_hex)

    return check


def must_encrypt(db_path: Path) -> bool:
    """True on a laptop set to always encrypt packages to the office (policy.py)."""
    return load_policy(db_path).always_encrypt


def seal_for_office(db_path: Path, package: Path, dst: Path | None = None) -> Path:
    """Seal a finished package to the trusted office key; returns the sealed file's path.

    `dst` defaults to `<package>.sealed` beside it. The plaintext is left for the caller to
    delete (it may still want it in a local outbox); never leave it on the stick.
    """
    office = office_card(db_path)
    if office is None:
        raise DomainError(
            "kryptering",
            "datorn har ingen kontorsnyckel; kör 'keys trust-office KORTFIL'",
            "this computer has no office key; run 'keys trust-office CARD_FILE'",
        )
    target = dst if dst is not None else package.with_name(package.name + SEALED_SUFFIX)
    seal_file(package, target, office.sealing_public_key())
    return target


def open_incoming(db_path: Path, path: Path, workdir: Path) -> Path:
    """The plaintext package to read: `path` itself if not sealed, else a decrypted copy.

    The copy is written into `workdir` (a local folder, not the stick) atomically; a wrong key,
    damage or truncation is refused with a DomainError and leaves nothing in `workdir`.
    """
    if not is_sealed(path):
        return path
    keys = load_device_keys(db_path)
    if keys is None:
        raise DomainError(
            "kryptering",
            "paketet är krypterat men datorn har inga nycklar",
            "the package is encrypted but this computer has no keys",
        )
    private = keys.sealing_key
    office = load_office_keys(db_path)
    if office is not None and recipient_id(path) == office.sealing_key_id:
        private = office.sealing_key  # sealed to the office key, held by every workstation
    name = path.name.removesuffix(SEALED_SUFFIX) if path.name != SEALED_SUFFIX else "paket"
    target = workdir / name
    open_sealed(path, target, private)
    return target


def can_open(db_path: Path, path: Path) -> bool:
    """True if `path` is sealed to a key this installation holds (its own or the office key)."""
    recipient = recipient_id(path)
    keys = load_device_keys(db_path)
    if recipient is None or keys is None:
        return False
    if recipient == key_id(keys.card.x25519_public):
        return True
    office = load_office_keys(db_path)
    return office is not None and recipient == office.sealing_key_id
