"""One office key for several workstations (issue 19, security/office.py): the key file that
carries it from the first workstation to the others, and the office card the laptops trust.

Workstations here are SQLite installations with the role office (the key handling is the same
on a server database; tests/sync/test_office_key.py runs the workstations on PostgreSQL)."""

from __future__ import annotations

import base64
import json
import stat
from pathlib import Path

import pytest

from trygghetsapp.cli import main
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security import office, trust
from trygghetsapp.security.keys import (
    DeviceKeys,
    keys_dir,
    load_card,
    load_or_create_device_keys,
    write_card,
)

PASSPHRASE = "Storsjöns isar 2026"


def workstation(tmp_path: Path, name: str) -> tuple[Path, DeviceKeys]:
    db = tmp_path / name / "trygghetsapp.sqlite"
    return db, load_or_create_device_keys(db, device_name=name, role="office")


def raw(keys: office.OfficeKeys | None) -> tuple[object, ...] | None:
    """What an office key is (private key objects do not compare by value)."""
    if keys is None:
        return None
    return (keys.card, office._raw_private(keys.signing_key), office._raw_private(keys.sealing_key))


def folder_state(db: Path) -> dict[str, bytes]:
    folder = keys_dir(db)
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.fixture
def first(tmp_path: Path) -> tuple[Path, DeviceKeys]:
    return workstation(tmp_path, "ws1")


@pytest.fixture
def key_file(first: tuple[Path, DeviceKeys], tmp_path: Path) -> Path:
    db, device = first
    office.create_office_key(db, device, "Krokoms kommun")
    return office.export_office_key(db, tmp_path / "sticka" / "kontoret.kontorsnyckel", PASSPHRASE)


def test_the_first_workstations_keys_become_the_office_key(
    first: tuple[Path, DeviceKeys],
) -> None:
    """A laptop that trusted the first workstation's card (before the office key existed)
    trusts the office key without any change: the keys, hence the fingerprint, are the same."""
    db, device = first
    keys = office.create_office_key(db, device, "Krokoms kommun")
    assert keys.card.ed25519_public == device.card.ed25519_public
    assert keys.card.x25519_public == device.card.x25519_public
    assert keys.fingerprint == device.fingerprint
    assert keys.card.is_office_key and not device.card.is_office_key
    assert raw(office.load_office_keys(db)) == raw(keys)
    fresh_db, fresh_device = workstation(db.parent.parent, "ws9")
    fresh = office.create_office_key(fresh_db, fresh_device, "Nytt kontor", fresh=True)
    assert fresh.card.ed25519_public != fresh_device.card.ed25519_public


def test_the_key_file_carries_the_office_key_to_another_workstation(
    key_file: Path, first: tuple[Path, DeviceKeys], tmp_path: Path
) -> None:
    ws2_db, ws2_device = workstation(tmp_path, "ws2")
    keys = office.import_office_key(ws2_db, ws2_device, key_file, PASSPHRASE)
    held = office.load_office_keys(first[0])
    assert held is not None and raw(keys) == raw(office.load_office_keys(ws2_db)) == raw(held)
    assert keys.card == held.card and keys.fingerprint == held.fingerprint
    # The device identity of workstation 2 is its own: only the office key is shared.
    assert load_or_create_device_keys(ws2_db).card == ws2_device.card
    # The file: mode 0600, and no private key in it in any plain form.
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    text = key_file.read_text()
    for private in (held.signing_key, held.sealing_key):
        secret = office._raw_private(private)
        assert base64.b64encode(secret).decode() not in text and secret.hex() not in text
        assert office._pem(private).decode().splitlines()[1] not in text
    for name in (office.OFFICE_SIGNING_FILE, office.OFFICE_SEALING_FILE):
        assert stat.S_IMODE((keys_dir(ws2_db) / name).stat().st_mode) == 0o600
    # Importing the same key again is harmless.
    assert raw(office.import_office_key(ws2_db, ws2_device, key_file, PASSPHRASE)) == raw(keys)


def test_a_wrong_passphrase_is_refused_and_nothing_changes(key_file: Path, tmp_path: Path) -> None:
    ws2_db, ws2_device = workstation(tmp_path, "ws2")
    before = folder_state(ws2_db)
    with pytest.raises(DomainError) as refused:
        office.import_office_key(ws2_db, ws2_device, key_file, PASSPHRASE + "x")
    assert "fel lösenfras" in refused.value.message("sv")
    assert "wrong passphrase" in refused.value.message("en")
    assert folder_state(ws2_db) == before and office.load_office_keys(ws2_db) is None


@pytest.mark.parametrize(
    "damage", ["flip-ciphertext", "flip-checksum", "truncate", "other-card", "huge-kdf"]
)
def test_a_damaged_key_file_is_refused_whole(key_file: Path, tmp_path: Path, damage: str) -> None:
    ws2_db, ws2_device = workstation(tmp_path, "ws2")
    raw = key_file.read_bytes()
    if damage == "truncate":
        key_file.write_bytes(raw[: len(raw) // 2])
    else:
        value = json.loads(raw)
        if damage == "flip-ciphertext":
            cipher = bytearray(base64.b64decode(value["ciphertext"]))
            cipher[5] ^= 0x01
            value["ciphertext"] = base64.b64encode(bytes(cipher)).decode()
        elif damage == "flip-checksum":
            value["sha256"] = ("0" if value["sha256"][0] != "0" else "1") + value["sha256"][1:]
        elif damage == "other-card":  # a card swapped in, checksum recomputed: keys differ
            _db, stranger = workstation(tmp_path, "främling")
            other = office.create_office_key(_db, stranger, "Främmande kontor", fresh=True)
            value["card"] = other.card.to_json()
        elif damage == "huge-kdf":
            value["kdf"]["n"] = 2**30
        if damage in ("other-card", "huge-kdf"):
            body = {k: v for k, v in value.items() if k != "sha256"}
            value["sha256"] = office.hashlib.sha256(office._canonical(body)).hexdigest()
        key_file.write_text(json.dumps(value))
    before = folder_state(ws2_db)
    with pytest.raises(DomainError) as refused:
        office.import_office_key(ws2_db, ws2_device, key_file, PASSPHRASE)
    message = refused.value.message("sv")
    if damage == "other-card":
        # The card is authenticated with the ciphertext: a swapped card (checksum recomputed,
        # so on purpose) fails the tag, and the refusal says it may be an altered file.
        assert "fel lösenfras" in message and "avsiktligt ändrad fil" in message, message
    else:
        assert "kontorsnyckelfilen är skadad" in message, message
        assert "office key file is damaged" in refused.value.message("en")
    assert folder_state(ws2_db) == before


def test_another_offices_key_is_refused_unless_replacing(key_file: Path, tmp_path: Path) -> None:
    ws2_db, ws2_device = workstation(tmp_path, "ws2")
    own = office.create_office_key(ws2_db, ws2_device, "Eget kontor", fresh=True)
    with pytest.raises(DomainError, match="redan en annan kontorsnyckel"):
        office.import_office_key(ws2_db, ws2_device, key_file, PASSPHRASE)
    assert raw(office.load_office_keys(ws2_db)) == raw(own)
    replaced = office.import_office_key(ws2_db, ws2_device, key_file, PASSPHRASE, replace=True)
    assert raw(replaced) != raw(own)
    assert raw(office.load_office_keys(ws2_db)) == raw(replaced)


def test_a_field_laptop_never_holds_the_office_key(key_file: Path, tmp_path: Path) -> None:
    laptop_db = tmp_path / "falt" / "db.sqlite"
    laptop = load_or_create_device_keys(laptop_db, device_name="Fältdator")
    with pytest.raises(DomainError, match="bara en kontorsdator"):
        office.import_office_key(laptop_db, laptop, key_file, PASSPHRASE)
    with pytest.raises(DomainError, match="bara en kontorsdator"):
        office.create_office_key(laptop_db, laptop, "Kontoret")
    assert office.load_office_keys(laptop_db) is None


def test_a_short_passphrase_writes_no_file(first: tuple[Path, DeviceKeys], tmp_path: Path) -> None:
    db, device = first
    office.create_office_key(db, device, "Kontoret")
    target = tmp_path / "sticka.kontorsnyckel"
    with pytest.raises(DomainError, match="minst 12 tecken"):
        office.export_office_key(db, target, "kort")
    assert not target.exists()


def test_laptop_trust_moves_from_the_workstation_card_to_the_office_card(
    first: tuple[Path, DeviceKeys], tmp_path: Path
) -> None:
    """Migration: a laptop that trusts the first workstation's card may take the office card
    (same keys) without --replace; a stranger's office card is refused; an office card is not
    a device to enrol."""
    db, device = first
    keys = office.create_office_key(db, device, "Krokoms kommun")
    laptop_db = tmp_path / "falt" / "db.sqlite"
    old_card = tmp_path / "ws1.card.json"
    write_card(device.card, old_card)
    trust.trust_office(laptop_db, old_card)
    office_card = tmp_path / "kontoret.card.json"
    write_card(keys.card, office_card)
    assert load_card(office_card) == keys.card
    assert trust.trust_office(laptop_db, office_card) == keys.card

    stranger_db, stranger = workstation(tmp_path, "främling")
    other = office.create_office_key(stranger_db, stranger, "Krokoms kommun", fresh=True)
    stranger_card = tmp_path / "främling.card.json"
    write_card(other.card, stranger_card)
    with pytest.raises(DomainError) as refused:
        trust.trust_office(laptop_db, stranger_card)
    assert "litar redan på en annan kontorsnyckel" in refused.value.message("sv")
    assert "already trusts another office key" in refused.value.message("en")
    assert trust.office_card(laptop_db) == keys.card
    with pytest.raises(DomainError, match="kontorets kort, inte en dators"):
        trust.enrol(db, office_card)


def test_a_card_claiming_a_foreign_office_id_is_refused(
    first: tuple[Path, DeviceKeys], tmp_path: Path
) -> None:
    db, device = first
    keys = office.create_office_key(db, device, "Kontoret", fresh=True)
    value = keys.card.to_json()
    value["device_id"] = "office-key-" + "0" * 32
    del value["fingerprint"]
    path = tmp_path / "falskt.card.json"
    path.write_text(json.dumps(value))
    with pytest.raises(DomainError, match="kontorskortet stämmer inte"):
        load_card(path)


def test_the_office_key_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`keys office-key create/export/import/card` as a coordinator types them."""
    ws1, ws2 = tmp_path / "ws1.sqlite", tmp_path / "ws2.sqlite"
    for db in (ws1, ws2):
        assert main(["--db", str(db), "device", "role", "office"]) == 0
    assert main(["--db", str(ws1), "keys", "office-key", "create", "--name", "Krokom"]) == 0
    typed = iter([PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    file = tmp_path / "sticka" / "krokom.kontorsnyckel"
    assert main(["--db", str(ws1), "keys", "office-key", "export", str(file)]) == 0
    capsys.readouterr()

    monkeypatch.setattr("getpass.getpass", lambda prompt="": "fel fras, helt fel")
    assert main(["--db", str(ws2), "keys", "office-key", "import", str(file)]) == 1
    assert "fel lösenfras" in capsys.readouterr().err
    assert office.load_office_keys(ws2) is None

    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSPHRASE)
    assert main(["--db", str(ws2), "keys", "office-key", "import", str(file)]) == 0
    held = office.load_office_keys(ws2)
    assert held is not None and held.fingerprint in capsys.readouterr().out
    card_file = tmp_path / "sticka" / "kontoret.card.json"
    assert main(["--db", str(ws2), "keys", "office-key", "card", "-o", str(card_file)]) == 0
    assert load_card(card_file) == held.card
    assert main(["--db", str(ws2), "keys", "show"]) == 0
    out = capsys.readouterr().out
    assert f"Håller kontorsnyckeln: Krokom {held.fingerprint}" in out
    assert PASSPHRASE not in out
