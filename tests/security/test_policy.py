"""Always-encrypt setting and quarantine of refused packages."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security import policy
from trygghetsapp.security.keys import DeviceKeys
from trygghetsapp.security.policy import (
    SecurityPolicy,
    load_policy,
    quarantine,
    set_always_encrypt,
)
from trygghetsapp.security.trust import trust_office


def test_always_encrypt_defaults_off_and_is_stored(
    laptop: DeviceKeys, laptop_db: Path, office_card_file: Path
) -> None:
    assert load_policy(laptop_db) == SecurityPolicy(always_encrypt=False)
    with pytest.raises(DomainError, match="ingen kontorsnyckel"):
        set_always_encrypt(laptop_db, True)
    assert not load_policy(laptop_db).always_encrypt

    trust_office(laptop_db, office_card_file)
    assert set_always_encrypt(laptop_db, True).always_encrypt
    assert load_policy(laptop_db).always_encrypt
    set_always_encrypt(laptop_db, False)
    assert not load_policy(laptop_db).always_encrypt


def test_quarantine_moves_the_file_and_writes_the_reason(tmp_path: Path) -> None:
    sync_folder = tmp_path / "synk"
    sync_folder.mkdir()
    package = sync_folder / "falt-1_000001-000050.jsonl"
    package.write_bytes(b"innehall")
    reason = "Fel: signaturen stämmer inte / the signature does not match"

    moved = quarantine(package, reason, sync_folder)

    assert not package.exists()
    assert moved == sync_folder / "karantän" / package.name
    assert moved.read_bytes() == b"innehall"
    note = Path(f"{moved}.reason.txt").read_text(encoding="utf-8")
    assert note.startswith(reason + "\n")
    assert str(package) in note
    assert not [p for p in moved.parent.iterdir() if p.name.endswith(".partial")]


def test_quarantine_never_overwrites_an_earlier_one(tmp_path: Path) -> None:
    names = []
    for content in (b"ett", b"tva", b"tre"):
        package = tmp_path / "paket.jsonl"
        package.write_bytes(content)
        names.append(quarantine(package, "okänd enhet", tmp_path).name)
    assert names == ["paket.jsonl", "paket-2.jsonl", "paket-3.jsonl"]
    assert (tmp_path / "karantän" / "paket-3.jsonl").read_bytes() == b"tre"


def test_quarantine_from_another_filesystem_copies_then_removes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "sticka" / "paket.jsonl"
    stick.parent.mkdir()
    stick.write_bytes(b"x" * 3_000_000)
    real_replace = os.replace

    def cross_device(src: object, dst: object) -> None:
        if Path(str(src)) == stick:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(policy.os, "replace", cross_device)
    moved = quarantine(stick, "okänd enhet", tmp_path / "synk")
    assert not stick.exists()
    assert moved.read_bytes() == b"x" * 3_000_000
