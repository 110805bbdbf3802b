"""`trygghetsapp keys ...` end to end: a laptop and an office exchanging cards by files."""

from __future__ import annotations

from pathlib import Path

import pytest

from trygghetsapp.cli import main
from trygghetsapp.security.keys import load_or_create_device_keys
from trygghetsapp.security.policy import load_policy
from trygghetsapp.services.database import open_database
from trygghetsapp.sync.api import get_device


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "keys", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_enrolment_and_provisioning_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop_db, office_db = tmp_path / "falt.sqlite", tmp_path / "kontor.sqlite"
    code, out, _ = run(capsys, laptop_db, "show")
    laptop = load_or_create_device_keys(laptop_db)
    assert code == 0 and laptop.fingerprint in out and str(laptop.card_path) in out
    database = open_database(laptop_db)
    try:
        device_id = get_device(database).id
    finally:
        database.close()
    assert laptop.device_id == device_id  # the card names the id the package headers carry
    assert laptop.card.id_source == "database"

    laptop_card = tmp_path / "sticka" / "falt.card.json"
    assert run(capsys, laptop_db, "export-card", "-o", str(laptop_card))[0] == 0
    office_card = tmp_path / "sticka" / "kontor.card.json"
    assert main(["--db", str(office_db), "device", "role", "office"]) == 0
    code, out, _ = run(capsys, office_db, "export-card", "-o", str(office_card))
    office = load_or_create_device_keys(office_db)
    office_print = office.fingerprint
    assert code == 0 and office_print in out and office.card.role == "office"

    code, out, err = run(capsys, office_db, "enrol", str(laptop_card), "--expect", "AAAA-BBBB")
    assert code == 1
    # The refusal never shows the card's own code: copying it from there would skip the check.
    assert laptop.fingerprint not in out + err
    assert laptop.fingerprint.replace("-", "") not in (out + err).replace("-", "")
    code, out, _ = run(capsys, office_db, "list")
    assert "Inga registrerade" in out

    # As written down from a phone call: lower case, spaces, 1 for I, 0 for O, 8 for B.
    aloud = laptop.fingerprint.translate(str.maketrans("IOB-", "108 ")).lower()
    code, out, _ = run(capsys, office_db, "enrol", str(laptop_card), "--expect", aloud)
    assert code == 0 and laptop.fingerprint in out
    code, out, _ = run(capsys, office_db, "list")
    assert laptop.device_id in out and "aktiv" in out

    code, _, err = run(capsys, laptop_db, "encrypt-always", "on")
    assert code == 1 and "kontorsnyckel" in err
    code, out, _ = run(capsys, laptop_db, "trust-office", str(office_card))
    assert code == 0 and office_print in out
    assert run(capsys, laptop_db, "encrypt-always", "on")[0] == 0
    assert load_policy(laptop_db).always_encrypt

    code, out, _ = run(capsys, office_db, "revoke", laptop.device_id)
    assert code == 0 and "Spärrad" in out
    code, _, err = run(capsys, office_db, "revoke", laptop.device_id)
    assert code == 1 and err.startswith("Fel:") and len(err.strip().splitlines()) == 1


def test_enrolling_a_file_that_is_not_a_card_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "bild.jpg"
    bogus.write_bytes(b"\xff\xd8\xff\xe0 not a card")
    code, _, err = run(capsys, tmp_path / "kontor.sqlite", "enrol", str(bogus))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_sync_through_the_cli_after_enrolment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The user's path: a package from a laptop the office has not enrolled is quarantined and
    changes nothing; after `keys enrol` the quarantined file imports; sealed packages too."""
    laptop_db, office_db = tmp_path / "falt.sqlite", tmp_path / "kontor.sqlite"
    stick = tmp_path / "sticka"
    assert main(["--db", str(office_db), "device", "role", "office"]) == 0
    database = open_database(laptop_db, device_name="Fältdator 3")
    database.close()
    assert main(["--db", str(laptop_db), "sync", "export", "-o", str(stick)]) == 0
    [package] = stick.glob("*.tsync")
    capsys.readouterr()
    assert main(["--db", str(office_db), "sync", "import", str(package)]) == 1
    err = capsys.readouterr().err
    assert "keys enrol" in err and "karantän" in err and len(err.strip().splitlines()) == 1
    quarantined = stick / "karantän" / package.name
    assert quarantined.exists() and not package.exists()
    assert main(["--db", str(office_db), "sync", "status"]) == 0
    assert "I karantän: 1" in capsys.readouterr().out

    laptop_card, office_card = tmp_path / "falt.card.json", tmp_path / "kontor.card.json"
    assert run(capsys, laptop_db, "export-card", "-o", str(laptop_card))[0] == 0
    assert run(capsys, office_db, "export-card", "-o", str(office_card))[0] == 0
    assert run(capsys, office_db, "enrol", str(laptop_card))[0] == 0
    assert main(["--db", str(office_db), "sync", "import", str(quarantined)]) == 0

    assert run(capsys, laptop_db, "trust-office", str(office_card))[0] == 0
    assert run(capsys, laptop_db, "encrypt-always", "on")[0] == 0
    assert main(["--db", str(laptop_db), "device", "rename", "Fältdator", "Tre"]) == 0
    assert main(["--db", str(laptop_db), "sync", "export", "-o", str(stick), "--full"]) == 0
    [sealed] = stick.glob("*.tsync.sealed")
    assert not list(stick.glob("*.tsync"))
    capsys.readouterr()
    assert main(["--db", str(office_db), "sync", "import", str(sealed)]) == 0
    assert "Fel" not in capsys.readouterr().err
