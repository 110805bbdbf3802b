"""Device keys: created once, stored privately and atomically, and a card that matches them."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security import keys
from trygghetsapp.security.keys import (
    DeviceCard,
    fingerprint,
    keys_dir,
    load_card,
    load_or_create_device_keys,
    write_card,
)

FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # each example writes its own file


def test_keys_folder_sits_beside_the_database(db_path: Path) -> None:
    device = load_or_create_device_keys(db_path)
    assert device.folder == db_path.parent / "test-keys"
    assert sorted(p.name for p in device.folder.iterdir()) == [
        keys.CARD_FILE,
        keys.SIGNING_KEY_FILE,
        keys.SEALING_KEY_FILE,
    ]


def test_keys_are_created_once_and_reloaded(db_path: Path) -> None:
    first = load_or_create_device_keys(db_path, device_name="Fältdator 3")
    again = load_or_create_device_keys(db_path)
    assert again.card == first.card
    assert again.fingerprint == first.fingerprint
    message = b"samma nyckel"
    again.signing_key.public_key().verify(first.signing_key.sign(message), message)
    assert first.card.device_name == "Fältdator 3"
    assert first.card.role == "field"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_private_keys_are_mode_0600_and_folder_0700(db_path: Path) -> None:
    device = load_or_create_device_keys(db_path)
    for name in (keys.SIGNING_KEY_FILE, keys.SEALING_KEY_FILE):
        assert stat.S_IMODE((device.folder / name).stat().st_mode) == 0o600
    assert stat.S_IMODE(device.folder.stat().st_mode) == 0o700


def test_private_key_files_are_unencrypted_pkcs8_pem(db_path: Path) -> None:
    device = load_or_create_device_keys(db_path)
    pem = (device.folder / keys.SIGNING_KEY_FILE).read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----")


def test_no_temporary_files_are_left(db_path: Path) -> None:
    load_or_create_device_keys(db_path)
    assert not [p for p in keys_dir(db_path).iterdir() if p.name.endswith(".partial")]


def test_a_generated_id_is_replaced_by_the_database_id_once(db_path: Path) -> None:
    generated = load_or_create_device_keys(db_path)
    assert generated.card.id_source == "generated"
    bound = load_or_create_device_keys(db_path, device_id="0190-db-id", device_name="Kontoret")
    assert bound.device_id == "0190-db-id"
    assert bound.card.id_source == "database"
    assert bound.fingerprint == generated.fingerprint  # same keys, same fingerprint
    assert load_card(bound.card_path) == bound.card
    with pytest.raises(DomainError, match="en annan enhet"):
        load_or_create_device_keys(db_path, device_id="another-database")


def test_role_can_be_set(db_path: Path) -> None:
    office = load_or_create_device_keys(db_path, role="office")
    assert office.card.role == "office"
    assert load_or_create_device_keys(db_path).card.role == "office"


def test_fingerprint_is_short_grouped_and_key_dependent(db_path: Path, tmp_path: Path) -> None:
    one = load_or_create_device_keys(db_path).card
    other = load_or_create_device_keys(tmp_path / "other.sqlite").card
    code = fingerprint(one)
    assert len(code) == 19 and code.count("-") == 3
    assert set(code.replace("-", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert fingerprint(other) != code
    renamed = DeviceCard(
        one.device_id, "Nytt namn", one.role, one.ed25519_public, one.x25519_public, one.created
    )
    assert fingerprint(renamed) == code  # only the keys count


def test_card_round_trips_and_refuses_tampering(db_path: Path, tmp_path: Path) -> None:
    card = load_or_create_device_keys(db_path).card
    path = tmp_path / "kort.json"
    write_card(card, path)
    assert load_card(path) == card
    value = json.loads(path.read_text(encoding="utf-8"))
    value["ed25519_public"] = value["x25519_public"]  # swap in a different key, keep the print
    path.write_text(json.dumps(value), encoding="utf-8")
    with pytest.raises(DomainError, match="fingeravtrycket stämmer inte"):
        load_card(path)


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[1, 2]", b'{"format": "something-else"}', b"\xff\xfe"],
)
def test_a_file_that_is_not_a_card_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kort.json"
    path.write_bytes(content)
    with pytest.raises(DomainError):
        load_card(path)


def test_a_card_that_does_not_match_the_keys_is_refused(db_path: Path) -> None:
    device = load_or_create_device_keys(db_path)
    (device.folder / keys.SIGNING_KEY_FILE).write_bytes(
        keys._pem(Ed25519PrivateKey.generate())  # someone swapped the key file
    )
    with pytest.raises(DomainError, match="kortet hör inte till nycklarna"):
        load_or_create_device_keys(db_path)


def test_a_folder_without_a_card_is_an_interrupted_start_and_is_created_again(
    db_path: Path,
) -> None:
    device = load_or_create_device_keys(db_path)
    device.card_path.unlink()
    again = load_or_create_device_keys(db_path)
    assert again.fingerprint != device.fingerprint
    assert again.card_path.exists()


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURE_OK)
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=50),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=20), children, max_size=6)
        ),
        max_leaves=20,
    ),
    as_card=st.booleans(),
)
def test_hostile_card_files_are_always_a_clear_refusal(
    tmp_path: Path, value: object, as_card: bool
) -> None:
    """Random JSON (optionally dressed as a card) never gets past load_card or crashes it."""
    if as_card and isinstance(value, dict):
        value = {**value, "format": keys.CARD_FORMAT}
    path = tmp_path / "fientligt.card.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    with pytest.raises(DomainError):
        load_card(path)


def test_concurrent_first_starts_agree_on_one_identity(db_path: Path) -> None:
    """The GUI and the CLI started together on a fresh install must not mix two key pairs."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: load_or_create_device_keys(db_path), range(16)))
    assert len({r.fingerprint for r in results}) == 1
    assert len({r.device_id for r in results}) == 1
    assert load_or_create_device_keys(db_path).fingerprint == results[0].fingerprint
    assert not (keys_dir(db_path) / ".creating.lock").exists()


def test_a_stale_creation_lock_is_taken_over(db_path: Path) -> None:
    folder = keys_dir(db_path)
    folder.mkdir(parents=True)
    lock = folder / ".creating.lock"
    lock.write_bytes(b"")
    os.utime(lock, (0, 0))  # left by a crash long ago
    assert load_or_create_device_keys(db_path).card_path.exists()
    assert not lock.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("x25519_public", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "ogiltig publik nyckel"),
        ("device_name", "Fältdator\nFingeravtryck: AAAA-BBBB", "otillåtna tecken"),
    ],
)
def test_cards_with_weak_keys_or_control_characters_are_refused(
    db_path: Path, tmp_path: Path, field: str, value: str, message: str
) -> None:
    path = tmp_path / "kort.json"
    write_card(load_or_create_device_keys(db_path).card, path)
    card = json.loads(path.read_text(encoding="utf-8"))
    card[field] = value
    del card["fingerprint"]
    path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(DomainError, match=message):
        load_card(path)
