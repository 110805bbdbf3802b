"""Sealed (encrypted) packages: round trip, nothing readable, and every kind of damage refused."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security import sealing
from trygghetsapp.security.sealing import (
    HEADER_SIZE,
    TAG_SIZE,
    is_sealed,
    open_sealed,
    recipient_id,
    seal_file,
)

OFFICE = X25519PrivateKey.generate()
NAME = b"Astrid Lindqvist"
PHONE = b"+46701234567"
MIB = 1024 * 1024
FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # each example writes fresh files


def package_bytes(size: int) -> bytes:
    """A JSON Lines-like package of `size` bytes with a Swedish name and phone in every line."""
    line = (
        b'{"ent":"contact","name":"Astrid Lindqvist","phone":"+46701234567",'
        b'"note":"Bj\xc3\xb6rk"}\n'
    )
    rng = random.Random(size)
    out = bytearray()
    while len(out) < size:
        out += line
        out += rng.randbytes(64).hex().encode() + b"\n"
    return bytes(out[:size])


def seal(tmp_path: Path, data: bytes, chunk_size: int = 64 * 1024) -> tuple[Path, Path]:
    plain = tmp_path / "paket.jsonl"
    plain.write_bytes(data)
    sealed = tmp_path / "paket.jsonl.sealed"
    seal_file(plain, sealed, OFFICE.public_key(), chunk_size=chunk_size)
    return plain, sealed


def opened_at(tmp_path: Path) -> Path:
    return tmp_path / "mottaget" / "paket.jsonl"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_multi_chunk_round_trip_is_byte_identical_with_default_chunks(tmp_path: Path) -> None:
    data = package_bytes(3 * MIB + MIB // 2)
    _, sealed = seal(tmp_path, data, chunk_size=sealing.DEFAULT_CHUNK_SIZE)
    assert sealed.stat().st_size == HEADER_SIZE + len(data) + 4 * TAG_SIZE  # four chunks
    out = opened_at(tmp_path)
    open_sealed(sealed, out, OFFICE)
    assert out.read_bytes() == data


def test_sealed_file_does_not_contain_the_plaintext(tmp_path: Path) -> None:
    data = package_bytes(300_000)
    assert NAME in data and PHONE in data
    _, sealed = seal(tmp_path, data)
    raw = sealed.read_bytes()
    for secret in (NAME, PHONE, b"Lindqvist", b"46701234", b"contact", "Björk".encode()):
        assert secret not in raw


def test_two_seals_of_the_same_file_differ(tmp_path: Path) -> None:
    data = package_bytes(1000)
    _, first = seal(tmp_path, data)
    copy = first.read_bytes()
    _, second = seal(tmp_path, data)
    assert copy != second.read_bytes()  # a fresh ephemeral key every time


def test_is_sealed_and_recipient(tmp_path: Path) -> None:
    plain, sealed = seal(tmp_path, package_bytes(100))
    assert is_sealed(sealed)
    assert not is_sealed(plain)
    assert not is_sealed(tmp_path / "saknas")
    assert recipient_id(sealed) is not None and recipient_id(plain) is None


def test_wrong_private_key_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    _, sealed = seal(tmp_path, package_bytes(200_000))
    out = opened_at(tmp_path)
    with pytest.raises(DomainError, match="annan mottagare"):
        open_sealed(sealed, out, X25519PrivateKey.generate())
    assert leftovers(out.parent) == []


def test_forged_recipient_id_still_cannot_open(tmp_path: Path) -> None:
    """Someone copies our key id into the header of a file sealed to another key: tag fails."""
    _, sealed = seal(tmp_path, package_bytes(1000))
    thief = X25519PrivateKey.generate()
    raw = bytearray(sealed.read_bytes())
    from trygghetsapp.security.keys import key_id

    raw[11:27] = bytes.fromhex(key_id(thief.public_key().public_bytes_raw()))
    sealed.write_bytes(bytes(raw))
    with pytest.raises(DomainError, match="skadat"):
        open_sealed(sealed, opened_at(tmp_path), thief)
    assert leftovers(opened_at(tmp_path).parent) == []


@pytest.mark.parametrize("where", ["header", "first chunk", "middle chunk", "last byte"])
def test_one_flipped_byte_is_refused_and_leaves_nothing(tmp_path: Path, where: str) -> None:
    chunk = 4096
    _, sealed = seal(tmp_path, package_bytes(chunk * 3 + 100), chunk_size=chunk)
    raw = bytearray(sealed.read_bytes())
    offset = {
        "header": HEADER_SIZE - 1,  # the chunk size field: bound into every chunk
        "first chunk": HEADER_SIZE + 10,
        "middle chunk": HEADER_SIZE + (chunk + TAG_SIZE) + 500,
        "last byte": len(raw) - 1,
    }[where]
    raw[offset] ^= 0x01
    sealed.write_bytes(bytes(raw))
    out = opened_at(tmp_path)
    with pytest.raises(DomainError, match="skadat"):
        open_sealed(sealed, out, OFFICE)
    assert leftovers(out.parent) == []


def test_ephemeral_key_flipped_is_refused(tmp_path: Path) -> None:
    _, sealed = seal(tmp_path, package_bytes(5000))
    raw = bytearray(sealed.read_bytes())
    raw[30] ^= 0x80
    sealed.write_bytes(bytes(raw))
    with pytest.raises(DomainError, match="skadat"):
        open_sealed(sealed, opened_at(tmp_path), OFFICE)


def test_truncated_at_a_chunk_boundary_is_caught_by_the_final_flag(tmp_path: Path) -> None:
    chunk = 4096
    _, sealed = seal(tmp_path, package_bytes(chunk * 3 + 100), chunk_size=chunk)
    raw = sealed.read_bytes()
    for chunks_kept in (1, 2, 3):
        sealed.write_bytes(raw[: HEADER_SIZE + chunks_kept * (chunk + TAG_SIZE)])
        out = opened_at(tmp_path)
        with pytest.raises(DomainError, match="avkortat") as refused:
            open_sealed(sealed, out, OFFICE)
        assert "truncated" in str(refused.value)
        assert leftovers(out.parent) == []


@pytest.mark.parametrize("cut", [1, 15, 16, 17, 2000])
def test_truncated_inside_a_chunk_is_refused(tmp_path: Path, cut: int) -> None:
    chunk = 4096
    _, sealed = seal(tmp_path, package_bytes(chunk * 2 + 1000), chunk_size=chunk)
    raw = sealed.read_bytes()
    sealed.write_bytes(raw[:-cut])
    with pytest.raises(DomainError, match=r"skadat|avkortat"):
        open_sealed(sealed, opened_at(tmp_path), OFFICE)
    assert leftovers(opened_at(tmp_path).parent) == []


@pytest.mark.parametrize("keep", [0, 5, 11, 30, HEADER_SIZE])
def test_truncated_header_is_refused(tmp_path: Path, keep: int) -> None:
    _, sealed = seal(tmp_path, package_bytes(100))
    sealed.write_bytes(sealed.read_bytes()[:keep])
    with pytest.raises(DomainError):
        open_sealed(sealed, opened_at(tmp_path), OFFICE)


def test_extra_bytes_appended_are_refused(tmp_path: Path) -> None:
    _, sealed = seal(tmp_path, package_bytes(5000), chunk_size=1024)
    sealed.write_bytes(sealed.read_bytes() + b"x" * 50)
    with pytest.raises(DomainError, match="skadat"):
        open_sealed(sealed, opened_at(tmp_path), OFFICE)


def test_swapped_chunks_are_refused(tmp_path: Path) -> None:
    chunk = 1024
    _, sealed = seal(tmp_path, package_bytes(chunk * 3), chunk_size=chunk)
    raw = sealed.read_bytes()
    step = chunk + TAG_SIZE
    first = raw[HEADER_SIZE : HEADER_SIZE + step]
    second = raw[HEADER_SIZE + step : HEADER_SIZE + 2 * step]
    swapped = raw[:HEADER_SIZE] + second + first + raw[HEADER_SIZE + 2 * step :]
    sealed.write_bytes(swapped)
    with pytest.raises(DomainError, match="block 1"):
        open_sealed(sealed, opened_at(tmp_path), OFFICE)


def test_hostile_chunk_size_is_refused_without_allocating(tmp_path: Path) -> None:
    _, sealed = seal(tmp_path, package_bytes(100))
    raw = bytearray(sealed.read_bytes())
    raw[HEADER_SIZE - 4 : HEADER_SIZE] = (2**32 - 1).to_bytes(4, "big")
    sealed.write_bytes(bytes(raw))
    with pytest.raises(DomainError, match="skadat"):
        open_sealed(sealed, opened_at(tmp_path), OFFICE)


def test_plain_file_is_refused_as_not_sealed(tmp_path: Path) -> None:
    plain, _ = seal(tmp_path, package_bytes(100))
    with pytest.raises(DomainError, match="inte ett krypterat paket"):
        open_sealed(plain, opened_at(tmp_path), OFFICE)


def test_failed_open_keeps_an_existing_destination_untouched(tmp_path: Path) -> None:
    _, sealed = seal(tmp_path, package_bytes(5000), chunk_size=1024)
    sealed.write_bytes(sealed.read_bytes()[:-1])
    out = opened_at(tmp_path)
    out.parent.mkdir(parents=True)
    out.write_bytes(b"tidigare")
    with pytest.raises(DomainError):
        open_sealed(sealed, out, OFFICE)
    assert out.read_bytes() == b"tidigare"
    assert leftovers(out.parent) == ["paket.jsonl"]


def test_failed_seal_leaves_no_destination(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = tmp_path / "paket.jsonl"
    plain.write_bytes(package_bytes(10_000))
    target = tmp_path / "ut" / "paket.sealed"

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(DomainError, match="fullt; inget skrevs"):
        seal_file(plain, target, OFFICE.public_key(), chunk_size=1024)
    assert leftovers(target.parent) == []


def test_write_protected_stick_is_a_clear_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    _, sealed = seal(tmp_path, package_bytes(1000))
    real_open = os.open

    def read_only(path: str, flags: int, *args: object) -> int:
        if flags & os.O_EXCL:  # creating the temporary beside the target: the stick refuses
            raise OSError(errno.EROFS, "Read-only file system", path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(DomainError, match="skrivskyddad") as refused:
        open_sealed(sealed, opened_at(tmp_path), OFFICE)
    assert "read-only" in str(refused.value)


def test_low_order_ephemeral_key_is_refused(tmp_path: Path) -> None:
    _, sealed = seal(tmp_path, package_bytes(100))
    raw = bytearray(sealed.read_bytes())
    raw[27:59] = bytes(32)  # the all-zero point: a forged header
    sealed.write_bytes(bytes(raw))
    with pytest.raises(DomainError, match="skadat"):
        open_sealed(sealed, opened_at(tmp_path), OFFICE)


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURE_OK)
@given(garbage=st.binary(max_size=400), keep_magic=st.booleans())
def test_hostile_bytes_are_always_a_clear_refusal(
    tmp_path: Path, garbage: bytes, keep_magic: bool
) -> None:
    """Whatever arrives on a stick: a DomainError (one line), never another exception."""
    from trygghetsapp.security.keys import key_id

    header = sealing.MAGIC + bytes.fromhex(key_id(OFFICE.public_key().public_bytes_raw()))
    path = tmp_path / "fientlig.sealed"
    path.write_bytes((header if keep_magic else b"") + garbage)
    out = tmp_path / "fientlig.out"
    with pytest.raises(DomainError):
        open_sealed(path, out, OFFICE)
    assert not out.exists()


@pytest.mark.parametrize("key", [bytes(32), b"short"])
def test_invalid_recipient_key_is_refused(tmp_path: Path, key: bytes) -> None:
    plain = tmp_path / "p.bin"
    plain.write_bytes(b"hemligt")
    with pytest.raises(DomainError, match="ogiltig"):
        seal_file(plain, tmp_path / "p.sealed", key)
    assert not (tmp_path / "p.sealed").exists()


def test_chunk_size_is_validated() -> None:
    with pytest.raises(ValueError):
        seal_file(Path("a"), Path("b"), OFFICE.public_key(), chunk_size=0)


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_OK)
@given(data=st.data(), chunk_size=st.integers(min_value=1, max_value=64))
def test_property_seal_open_round_trip_over_0_to_3_chunks(
    tmp_path: Path, data: st.DataObject, chunk_size: int
) -> None:
    length = data.draw(st.integers(min_value=0, max_value=3 * chunk_size), label="length")
    plaintext = data.draw(st.binary(min_size=length, max_size=length), label="plaintext")
    plain = tmp_path / "p.bin"
    plain.write_bytes(plaintext)
    sealed = tmp_path / "p.sealed"
    seal_file(plain, sealed, OFFICE.public_key(), chunk_size=chunk_size)
    chunks = max(1, -(-length // chunk_size))
    assert sealed.stat().st_size == HEADER_SIZE + length + chunks * TAG_SIZE
    out = tmp_path / "p.out"
    open_sealed(sealed, out, OFFICE)
    assert out.read_bytes() == plaintext


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_OK)
@given(data=st.data())
def test_property_any_truncation_or_flip_is_refused(tmp_path: Path, data: st.DataObject) -> None:
    plaintext = data.draw(st.binary(min_size=0, max_size=200), label="plaintext")
    plain = tmp_path / "p.bin"
    plain.write_bytes(plaintext)
    sealed = tmp_path / "p.sealed"
    seal_file(plain, sealed, OFFICE.public_key(), chunk_size=32)
    raw = bytearray(sealed.read_bytes())
    if data.draw(st.booleans(), label="truncate"):
        damaged = bytes(raw[: data.draw(st.integers(0, len(raw) - 1), label="cut")])
    else:
        offset = data.draw(st.integers(0, len(raw) - 1), label="offset")
        raw[offset] ^= data.draw(st.integers(1, 255), label="mask")
        damaged = bytes(raw)
    sealed.write_bytes(damaged)
    out = tmp_path / "p.out"
    out.unlink(missing_ok=True)
    with pytest.raises(DomainError):
        open_sealed(sealed, out, OFFICE)
    assert not out.exists()


def test_memory_stays_at_a_few_chunks_whatever_the_file_size(tmp_path: Path) -> None:
    """A 500 MB package must not need 500 MB of RAM: peak Python allocation is bounded by chunks."""
    import tracemalloc

    plain = tmp_path / "stor.bin"
    with plain.open("wb") as handle:
        for _ in range(24):
            handle.write(os.urandom(MIB))
    sealed, out = tmp_path / "stor.sealed", tmp_path / "stor.out"
    tracemalloc.start()
    try:
        seal_file(plain, sealed, OFFICE.public_key())
        _, seal_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        open_sealed(sealed, out, OFFICE)
        _, open_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seal_peak < 6 * MIB, seal_peak
    assert open_peak < 6 * MIB, open_peak
    assert out.stat().st_size == 24 * MIB
