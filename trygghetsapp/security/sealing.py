"""Encrypting a whole package to one recipient (the office), streamed in chunks.

Why: a package holds names and phone numbers of volunteers and travels on USB sticks and by
e-mail; a lost stick must leak nothing. Only the recipient's X25519 private key opens it.

File format (version 1), all integers big-endian:

    magic        11 bytes  b"TRYGGSEAL1\\n"
    recipient    16 bytes  key_id of the recipient's X25519 public key (who can open it)
    ephemeral    32 bytes  a fresh X25519 public key, used for this file only
    chunk size    4 bytes  plaintext bytes per chunk (1 MiB by default)
    chunks       ...       ChaCha20-Poly1305 ciphertexts: chunk size + 16 bytes each, the last
                           one shorter (0 .. chunk size + 16); always at least one chunk

Key: HKDF-SHA256 over the X25519 shared secret (ephemeral x recipient), salt = ephemeral public
+ recipient public, info = b"trygghetsapp-seal/1". The key is new for every file, so the nonce
can be the chunk counter (96 bits). The associated data of each chunk is the whole header plus
one byte, 1 for the final chunk and 0 otherwise: a file cut at a chunk boundary ends in a chunk
sealed as "not final" and is refused, as is any change to the header, any reordering, dropping
or flipping of a chunk. This is the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár
2015) that age and Tink use, built only from `cryptography` primitives.

Sealing gives confidentiality and integrity, not authorship: anyone with the office's public key
can seal a file to it. Authorship is the signature inside the package (sign, then seal).
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.atomic import atomic_output
from trygghetsapp.security.keys import key_id

MAGIC = b"TRYGGSEAL1\n"
INFO = b"trygghetsapp-seal/1"
DEFAULT_CHUNK_SIZE = 1024 * 1024
MAX_CHUNK_SIZE = 16 * 1024 * 1024
"""A header asking for bigger chunks is refused, so a hostile file cannot make us allocate GBs."""
TAG_SIZE = 16
_HEADER = struct.Struct(f">{len(MAGIC)}s16s32sI")
HEADER_SIZE = _HEADER.size


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> ChaCha20Poly1305:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=INFO).derive(
        shared
    )
    return ChaCha20Poly1305(key)


def _nonce(counter: int) -> bytes:
    return counter.to_bytes(12, "big")


def _refused(source: Path, sv: str, en: str) -> DomainError:
    return DomainError(str(source), sv, en)


def is_sealed(path: Path) -> bool:
    """True if `path` starts with the sealed-file magic (cheap: reads 11 bytes)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def recipient_id(path: Path) -> str | None:
    """The key_id of the key a sealed file is for, or None if it is not a sealed file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError:
        return None
    if len(header) != HEADER_SIZE or not header.startswith(MAGIC):
        return None
    return _HEADER.unpack(header)[1].hex()


def _read_full(handle: IO[bytes], size: int) -> bytes:
    """Read exactly `size` bytes unless the file ends first (pipes and sticks may return less)."""
    parts: list[bytes] = []
    remaining = size
    while remaining > 0:
        block = handle.read(remaining)
        if not block:
            break
        parts.append(block)
        remaining -= len(block)
    return b"".join(parts)


def seal_file(
    src: Path,
    dst: Path,
    recipient: X25519PublicKey | bytes,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> None:
    """Encrypt `src` to `recipient` into `dst`, atomically (no partial `dst` on any failure).

    Memory stays at about two chunks whatever the size of `src`.
    """
    if not 0 < chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk_size must be 1..{MAX_CHUNK_SIZE}")
    ephemeral = X25519PrivateKey.generate()
    try:
        recipient_key = (
            recipient
            if isinstance(recipient, X25519PublicKey)
            else X25519PublicKey.from_public_bytes(recipient)
        )
        shared = ephemeral.exchange(recipient_key)
    except ValueError:  # wrong length or a low-order point: nobody could keep it secret
        raise DomainError(
            "mottagarnyckel",
            "mottagarens nyckel är ogiltig; inget krypterades",
            "the recipient's key is invalid; nothing was encrypted",
        ) from None
    recipient_raw = _raw(recipient_key)
    ephemeral_raw = _raw(ephemeral.public_key())
    aead = _derive(shared, ephemeral_raw, recipient_raw)
    header = _HEADER.pack(MAGIC, bytes.fromhex(key_id(recipient_raw)), ephemeral_raw, chunk_size)
    with src.open("rb") as source, atomic_output(dst) as out:
        out.write(header)
        counter = 0
        current = _read_full(source, chunk_size)
        while True:
            following = _read_full(source, chunk_size) if len(current) == chunk_size else b""
            final = not following
            aad = header + (b"\x01" if final else b"\x00")
            out.write(aead.encrypt(_nonce(counter), current, aad))
            if final:
                break
            counter += 1
            current = following


def open_sealed(src: Path, dst: Path, private: X25519PrivateKey) -> None:
    """Decrypt `src` into `dst`, atomically; refuse a wrong key, a damaged or a truncated file.

    Each refusal is one DomainError line; nothing is left at `dst` (a temporary file is written
    and deleted on failure; `dst` is created only once the last chunk has been authenticated).
    """
    try:
        source = src.open("rb")
    except OSError as error:
        raise _refused(
            src, f"filen kan inte läsas ({error.strerror})", f"cannot read ({error.strerror})"
        ) from None
    with source:
        header = _read_full(source, HEADER_SIZE)
        if not header.startswith(MAGIC):
            raise _refused(src, "filen är inte ett krypterat paket", "not an encrypted package")
        if len(header) < HEADER_SIZE:
            raise _refused(
                src, "det krypterade paketet är avkortat", "the sealed file is truncated"
            )
        _magic, recipient, ephemeral_raw, chunk_size = _HEADER.unpack(header)
        own_raw = _raw(private.public_key())
        if recipient != bytes.fromhex(key_id(own_raw)):
            raise _refused(
                src,
                "paketet är krypterat till en annan mottagare; den här datorns nyckel kan inte "
                "öppna det",
                "the package is encrypted to another recipient; this computer's key cannot open it",
            )
        if not 0 < chunk_size <= MAX_CHUNK_SIZE:
            raise _refused(src, "det krypterade paketet är skadat", "the sealed file is damaged")
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
        except ValueError:  # a low-order point: only a forged header gives one
            raise _refused(
                src, "det krypterade paketet är skadat", "the sealed file is damaged"
            ) from None
        aead = _derive(shared, ephemeral_raw, own_raw)
        with atomic_output(dst) as out:
            _decrypt_chunks(src, source, out, aead, header, chunk_size)


def _decrypt_chunks(
    src: Path,
    source: IO[bytes],
    out: IO[bytes],
    aead: ChaCha20Poly1305,
    header: bytes,
    chunk_size: int,
) -> None:
    step = chunk_size + TAG_SIZE
    counter = 0
    current = _read_full(source, step)
    while True:
        following = _read_full(source, step) if len(current) == step else b""
        final = not following
        aad = header + (b"\x01" if final else b"\x00")
        try:
            out.write(aead.decrypt(_nonce(counter), current, aad))
        except InvalidTag:
            raise _chunk_refusal(src, aead, counter, current, header, final) from None
        if final:
            return
        counter += 1
        current = following


def _chunk_refusal(
    src: Path, aead: ChaCha20Poly1305, counter: int, chunk: bytes, header: bytes, final: bool
) -> DomainError:
    """Say which: cut short (an authentic chunk that is not the last) or changed."""
    if final and len(chunk) >= TAG_SIZE:
        try:
            aead.decrypt(_nonce(counter), chunk, header + b"\x00")
        except InvalidTag:
            pass
        else:
            return _refused(
                src,
                "det krypterade paketet är avkortat (slutet saknas); be om en ny kopia",
                "the sealed file is truncated (the end is missing); ask for a new copy",
            )
    return _refused(
        src,
        f"det krypterade paketet är skadat, avkortat eller ändrat (block {counter + 1}); "
        "be om en ny kopia",
        f"the sealed file is damaged, truncated or was changed (chunk {counter + 1}); "
        "ask for a new copy",
    )
