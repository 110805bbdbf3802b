"""The whole journey a package takes, at the crypto level: sign, seal, carry, open, verify.

The package bytes are built here in the sync format's shape (header, lines, footer with the
sha256 of every byte before it) without importing trygghetsapp.sync, so these tests hold the
security layer to its contract independently of the package code.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security import packages, trust
from trygghetsapp.security.keys import DeviceKeys
from trygghetsapp.security.policy import quarantine, set_always_encrypt


def write_package(keys: DeviceKeys, path: Path, signer: DeviceKeys | None = None) -> bytes:
    body = (
        json.dumps({"t": "header", "format": "trygghetsapp-sync/1", "from": keys.device_id})
        + "\n"
        + json.dumps(
            {"t": "c", "e": "contact", "v": {"name": "Karin Öberg", "phone": "+46703334455"}}
        )
        + "\n"
    ).encode()
    sha = hashlib.sha256(body).hexdigest()
    footer: dict[str, Any] = {"t": "end", "count": 1, "sha256": sha}
    footer.update(packages.footer_signature(signer or keys, sha))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body + json.dumps(footer).encode() + b"\n")
    return body


def read_footer(path: Path) -> tuple[dict[str, Any], str]:
    """What the sync reader does: hash every byte before the last line, parse the footer."""
    raw = path.read_bytes()
    cut = raw.rstrip(b"\n").rfind(b"\n") + 1
    return json.loads(raw[cut:]), hashlib.sha256(raw[:cut]).hexdigest()


@pytest.fixture
def provisioned(
    office: DeviceKeys,
    office_db: Path,
    laptop: DeviceKeys,
    laptop_db: Path,
    laptop_card: Path,
    office_card_file: Path,
) -> None:
    trust.enrol(office_db, laptop_card)
    trust.trust_office(laptop_db, office_card_file)


@pytest.mark.usefixtures("provisioned")
def test_sealed_package_imports_at_the_office_and_not_without_its_key(
    laptop: DeviceKeys, laptop_db: Path, office_db: Path, tmp_path: Path
) -> None:
    set_always_encrypt(laptop_db, True)
    assert packages.must_encrypt(laptop_db)
    plain = tmp_path / "utkorg" / "falt-1-1-1.tsync"
    body = write_package(laptop, plain)
    stick = tmp_path / "sticka" / (plain.name + packages.SEALED_SUFFIX)
    assert packages.seal_for_office(laptop_db, plain, stick) == stick
    assert b"Karin" not in stick.read_bytes()
    assert "Öberg".encode() not in stick.read_bytes()

    # The laptop itself cannot open what it sealed to the office.
    with pytest.raises(DomainError, match="annan mottagare"):
        packages.open_incoming(laptop_db, stick, tmp_path / "laptop-inkorg")

    opened = packages.open_incoming(office_db, stick, tmp_path / "inkorg")
    assert opened.name == plain.name
    assert opened.read_bytes().startswith(body)
    footer, sha = read_footer(opened)
    packages.check_footer(office_db, footer, sha, expected_signer=laptop.device_id)
    with pytest.raises(DomainError, match="signerat av"):
        packages.check_footer(office_db, footer, sha, expected_signer="en-annan-enhet")


@pytest.mark.usefixtures("provisioned")
def test_unsealed_package_passes_through_open_incoming(
    laptop: DeviceKeys, office_db: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "p.tsync"
    write_package(laptop, plain)
    assert packages.open_incoming(office_db, plain, tmp_path / "inkorg") == plain


@pytest.mark.usefixtures("provisioned")
def test_tampered_package_is_refused_and_quarantined(
    laptop: DeviceKeys, office_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "synk" / "p.tsync"
    write_package(laptop, path)
    path.write_bytes(path.read_bytes().replace(b"46703334455", b"46709999999"))
    footer, sha = read_footer(path)
    with pytest.raises(DomainError, match="signaturen stämmer inte") as refused:
        packages.check_footer(office_db, footer, sha)
    moved = quarantine(path, str(refused.value), path.parent)
    assert not path.exists() and moved.exists()
    assert "signaturen stämmer inte" in Path(f"{moved}.reason.txt").read_text(encoding="utf-8")


@pytest.mark.usefixtures("provisioned")
def test_package_from_unenrolled_device_is_refused(
    office_db: Path, tmp_path: Path, office: DeviceKeys
) -> None:
    from trygghetsapp.security.keys import load_or_create_device_keys

    stranger = load_or_create_device_keys(tmp_path / "okand" / "db.sqlite")
    path = tmp_path / "p.tsync"
    write_package(stranger, path)
    footer, sha = read_footer(path)
    with pytest.raises(DomainError, match="okänd eller spärrad"):
        packages.footer_check(office_db)(footer, sha)


@pytest.mark.usefixtures("provisioned")
def test_unsigned_package_is_refused(office_db: Path) -> None:
    with pytest.raises(DomainError, match="inte signerat"):
        packages.check_footer(office_db, {"t": "end", "count": 0, "sha256": "0" * 64}, "0" * 64)


def test_sealing_without_an_office_key_is_refused(
    laptop: DeviceKeys, laptop_db: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "p.tsync"
    write_package(laptop, plain)
    with pytest.raises(DomainError, match="ingen kontorsnyckel"):
        packages.seal_for_office(laptop_db, plain)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["p.tsync"]
