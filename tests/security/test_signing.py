"""Signatures as the package footer uses them: over the digest of the bytes before the footer."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security.signing import prefix_digest, sign, verify

KEY = Ed25519PrivateKey.generate()
PACKAGE = (
    b'{"format":"fieldsync/1","from":"dev-1"}\n'
    b'{"ent":"contact","field":"name","value":"Astrid Lindqvist"}\n'
    b'{"ent":"contact","field":"phone","value":"+46701234567"}\n'
)


def test_round_trip() -> None:
    signature = sign(KEY, PACKAGE)
    assert len(signature) == 88
    verify(KEY.public_key(), PACKAGE, signature)


def test_raw_public_key_bytes_are_accepted() -> None:
    from cryptography.hazmat.primitives import serialization

    raw = KEY.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    verify(raw, PACKAGE, sign(KEY, PACKAGE))


@given(st.integers(min_value=0, max_value=len(PACKAGE) * 8 - 1))
def test_any_flipped_bit_in_the_signed_data_is_refused(bit: int) -> None:
    signature = sign(KEY, PACKAGE)
    changed = bytearray(PACKAGE)
    changed[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(DomainError, match="signaturen stämmer inte"):
        verify(KEY.public_key(), bytes(changed), signature)


def test_signed_with_another_key_is_refused() -> None:
    forged = sign(Ed25519PrivateKey.generate(), PACKAGE)
    with pytest.raises(DomainError, match="signaturen stämmer inte") as refused:
        verify(KEY.public_key(), PACKAGE, forged)
    assert "the signature does not match" in str(refused.value)


def test_signature_is_bound_to_the_app_context() -> None:
    """A bare Ed25519 signature over the same bytes (made for something else) does not pass."""
    bare = base64.b64encode(KEY.sign(PACKAGE)).decode("ascii")
    with pytest.raises(DomainError):
        verify(KEY.public_key(), PACKAGE, bare)


@pytest.mark.parametrize("signature", ["", "not base64!", "QUJD", "å" * 88])
def test_damaged_signature_field_is_refused_clearly(signature: str) -> None:
    with pytest.raises(DomainError, match="signaturen är skadad eller saknas"):
        verify(KEY.public_key(), PACKAGE, signature)


def test_invalid_public_key_is_refused() -> None:
    with pytest.raises(DomainError, match="publika nyckeln"):
        verify(b"short", PACKAGE, sign(KEY, PACKAGE))


def test_footer_flow_signs_the_digest_of_the_bytes_before_the_footer(tmp_path: Path) -> None:
    """What the package writer does, and the reader checks (see docs/security.md)."""
    path = tmp_path / "paket.jsonl"
    digest = prefix_digest_of(PACKAGE)
    footer = f'{{"end":3,"sha256":"{digest.hex()}","sig":"{sign(KEY, digest)}"}}\n'
    path.write_bytes(PACKAGE + footer.encode("ascii"))

    footer_offset = len(PACKAGE)
    assert prefix_digest(path, footer_offset) == digest
    verify(KEY.public_key(), prefix_digest(path, footer_offset), sign(KEY, digest))

    tampered = bytearray(path.read_bytes())
    tampered[PACKAGE.index(b"Astrid")] = ord("E")
    path.write_bytes(bytes(tampered))
    with pytest.raises(DomainError, match="signaturen stämmer inte"):
        verify(KEY.public_key(), prefix_digest(path, footer_offset), sign(KEY, digest))


def test_prefix_digest_refuses_a_file_shorter_than_promised(tmp_path: Path) -> None:
    path = tmp_path / "kort.jsonl"
    path.write_bytes(PACKAGE)
    assert prefix_digest(path) == prefix_digest(path, len(PACKAGE))
    with pytest.raises(DomainError, match="kortare än väntat"):
        prefix_digest(path, len(PACKAGE) + 1)


def prefix_digest_of(data: bytes) -> bytes:
    import hashlib

    return hashlib.sha256(data).digest()
