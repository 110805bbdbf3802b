"""Enrolment at the office, provisioning a laptop, and who is trusted to sign packages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from trygghetsapp.domain.errors import DomainError, NotFoundError
from trygghetsapp.security import trust
from trygghetsapp.security.keys import (
    DeviceKeys,
    fingerprint,
    load_card,
    load_or_create_device_keys,
    write_card,
)
from trygghetsapp.security.signing import sign

PACKAGE_DIGEST = bytes(range(32))


def test_enrol_shows_the_same_fingerprint_as_the_card(
    office: DeviceKeys, office_db: Path, laptop: DeviceKeys, laptop_card: Path
) -> None:
    enrolled = trust.enrol(office_db, laptop_card)
    assert enrolled.fingerprint == laptop.fingerprint == fingerprint(load_card(laptop_card))
    assert enrolled.device_id == laptop.device_id
    assert enrolled.device_name == "Fältdator 1"
    assert [d.device_id for d in trust.list_enrolled(office_db)] == [laptop.device_id]


def test_enrolled_device_is_trusted_and_its_package_verifies(
    office: DeviceKeys, office_db: Path, laptop: DeviceKeys, laptop_card: Path
) -> None:
    trust.enrol(office_db, laptop_card)
    assert trust.is_trusted(office_db, laptop.device_id, laptop.card.ed25519_public)
    trust.verify_from(
        office_db, laptop.device_id, PACKAGE_DIGEST, sign(laptop.signing_key, PACKAGE_DIGEST)
    )


def test_package_from_an_unenrolled_device_is_refused(
    office: DeviceKeys, office_db: Path, laptop: DeviceKeys
) -> None:
    assert not trust.is_trusted(office_db, laptop.device_id, laptop.card.ed25519_public)
    with pytest.raises(DomainError, match="okänd eller spärrad enhet"):
        trust.verify_from(
            office_db, laptop.device_id, PACKAGE_DIGEST, sign(laptop.signing_key, PACKAGE_DIGEST)
        )


def test_package_re_signed_with_the_wrong_key_is_refused(
    office: DeviceKeys, office_db: Path, laptop: DeviceKeys, laptop_card: Path
) -> None:
    """Someone edits a laptop's package and signs it again with their own key, same device id."""
    trust.enrol(office_db, laptop_card)
    rogue = Ed25519PrivateKey.generate()
    assert not trust.is_trusted(office_db, laptop.device_id, rogue.public_key().public_bytes_raw())
    with pytest.raises(DomainError, match="signaturen stämmer inte"):
        trust.verify_from(office_db, laptop.device_id, PACKAGE_DIGEST, sign(rogue, PACKAGE_DIGEST))


def test_cloned_device_id_with_another_key_is_refused_at_enrolment(
    office: DeviceKeys, office_db: Path, laptop: DeviceKeys, laptop_card: Path, tmp_path: Path
) -> None:
    trust.enrol(office_db, laptop_card)
    clone = load_or_create_device_keys(
        tmp_path / "klon" / "db.sqlite", device_id=laptop.device_id, device_name="Fältdator 1"
    )
    clone_card = tmp_path / "klon.card.json"
    write_card(clone.card, clone_card)
    with pytest.raises(DomainError, match="redan registrerad med en annan nyckel"):
        trust.enrol(office_db, clone_card)
    assert len(trust.list_enrolled(office_db)) == 1
    assert not trust.is_trusted(office_db, laptop.device_id, clone.card.ed25519_public)


def test_enrolling_the_same_card_twice_is_harmless(
    office: DeviceKeys, office_db: Path, laptop_card: Path
) -> None:
    first = trust.enrol(office_db, laptop_card)
    assert trust.enrol(office_db, laptop_card) == first
    assert len(trust.list_enrolled(office_db)) == 1


def test_revoked_device_is_no_longer_trusted_and_cannot_be_enrolled_again(
    office: DeviceKeys, office_db: Path, laptop: DeviceKeys, laptop_card: Path, tmp_path: Path
) -> None:
    trust.enrol(office_db, laptop_card)
    revoked = trust.revoke(office_db, laptop.device_id)
    assert revoked.revoked is not None and not revoked.active
    assert not trust.is_trusted(office_db, laptop.device_id, laptop.card.ed25519_public)
    with pytest.raises(DomainError, match="spärrad"):
        trust.enrol(office_db, laptop_card)
    with pytest.raises(NotFoundError):
        trust.revoke(office_db, laptop.device_id)
    # A genuine replacement with new keys may take the device id over after revocation.
    new = load_or_create_device_keys(tmp_path / "ny" / "db.sqlite", device_id=laptop.device_id)
    new_card = tmp_path / "ny.card.json"
    write_card(new.card, new_card)
    trust.enrol(office_db, new_card)
    assert trust.is_trusted(office_db, laptop.device_id, new.card.ed25519_public)
    assert [d.active for d in trust.list_enrolled(office_db)] == [False, True]


def test_laptop_trusts_the_office_it_was_provisioned_with(
    laptop_db: Path, laptop: DeviceKeys, office: DeviceKeys, office_card_file: Path, tmp_path: Path
) -> None:
    assert trust.office_card(laptop_db) is None
    card = trust.trust_office(laptop_db, office_card_file)
    assert card.fingerprint == office.fingerprint
    assert trust.office_card(laptop_db) == office.card
    assert trust.is_trusted(laptop_db, office.device_id, office.card.ed25519_public)
    trust.verify_from(
        laptop_db, office.device_id, PACKAGE_DIGEST, sign(office.signing_key, PACKAGE_DIGEST)
    )

    other = load_or_create_device_keys(tmp_path / "falskt" / "db.sqlite", role="office")
    other_file = tmp_path / "falskt.card.json"
    write_card(other.card, other_file)
    with pytest.raises(DomainError, match="redan på en annan kontorsnyckel"):
        trust.trust_office(laptop_db, other_file)
    assert trust.office_card(laptop_db) == office.card
    trust.trust_office(laptop_db, other_file, replace_existing=True)
    assert trust.office_card(laptop_db) == other.card


def test_damaged_register_is_refused_not_ignored(
    office: DeviceKeys, office_db: Path, laptop: DeviceKeys, laptop_card: Path
) -> None:
    trust.enrol(office_db, laptop_card)
    path = trust.trust_path(office_db)
    value = json.loads(path.read_text(encoding="utf-8"))
    value["devices"][0]["ed25519_public"] = "!!"
    path.write_text(json.dumps(value), encoding="utf-8")
    with pytest.raises(DomainError, match="skadat"):
        trust.is_trusted(office_db, laptop.device_id, laptop.card.ed25519_public)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(DomainError, match="inte giltig JSON"):
        trust.list_enrolled(office_db)
