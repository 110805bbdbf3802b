"""Ed25519 signatures for package footers.

What is signed (the contract with the sync package writer, see docs/security.md):
`sign(key, data)` signs the bytes `SIGNATURE_CONTEXT + data`. For a package, `data` is the 32-byte
SHA-256 digest of every byte of the file before the footer line (header line included, up to and
including the newline that ends the last change line), i.e. `prefix_digest(path, footer_offset)`.
The footer then carries that digest (hex) and the signature (base64). Signing the digest rather
than the bytes lets writer and reader stream a 500 MB package once; the context label makes a
package signature useless as a signature over anything else the app may sign later.

Sign, then encrypt: the signature lives inside the plaintext package, so a sealed package is
opened first (sealing.py) and its signature checked after; the office sees who signed even if the
package was re-encrypted or forwarded.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trygghetsapp.domain.errors import DomainError

SIGNATURE_CONTEXT = b"trygghetsapp-signature/1\x00"
_READ_SIZE = 1024 * 1024


def sign(private: Ed25519PrivateKey, data: bytes) -> str:
    """Base64 Ed25519 signature over `SIGNATURE_CONTEXT + data` (88 characters)."""
    return base64.b64encode(private.sign(SIGNATURE_CONTEXT + data)).decode("ascii")


def verify(public: Ed25519PublicKey | bytes, data: bytes, signature: str) -> None:
    """Return quietly if `signature` is `public`'s signature over `data`; refuse otherwise.

    The refusal says what is wrong in one line: a damaged signature field, or a signature that
    does not match (the data was changed, or someone else signed it).
    """
    key = public if isinstance(public, Ed25519PublicKey) else _public_from_raw(public)
    try:
        raw = base64.b64decode(signature.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raw = b""
    if len(raw) != 64:
        raise DomainError(
            "signatur",
            "signaturen är skadad eller saknas",
            "the signature is damaged or missing",
        )
    try:
        key.verify(raw, SIGNATURE_CONTEXT + data)
    except InvalidSignature:
        raise DomainError(
            "signatur",
            "signaturen stämmer inte: paketet är ändrat eller signerat med en annan nyckel",
            "the signature does not match: the package was changed or signed with another key",
        ) from None


def _public_from_raw(raw: bytes) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise DomainError(
            "signaturnyckel", "den publika nyckeln är ogiltig", "the public key is invalid"
        ) from None


def prefix_digest(path: Path, length: int | None = None) -> bytes:
    """SHA-256 of the first `length` bytes of `path` (all of it when None), read in 1 MiB steps.

    A file shorter than `length` is refused: the footer promised bytes that are not there.
    """
    digest = hashlib.sha256()
    remaining = length
    with path.open("rb") as handle:
        while remaining is None or remaining > 0:
            step = _READ_SIZE if remaining is None else min(_READ_SIZE, remaining)
            block = handle.read(step)
            if not block:
                break
            digest.update(block)
            if remaining is not None:
                remaining -= len(block)
    if remaining:
        raise DomainError(
            str(path), "filen är kortare än väntat", "the file is shorter than expected"
        )
    return digest.digest()
