"""Contract test with the real sync package code (read-only use of trygghetsapp.sync).

A real package from a laptop database is signed in the footer, sealed to the office, carried,
opened and imported at the office through `sync.package.FOOTER_CHECKS`. This proves the security
API fits the sync format as written: the footer's sha256 is what we sign, and the hook's shape
`(footer, sha256_hex)` is what `packages.footer_check` returns. Until the sync writer signs
packages itself, the test adds the signature by re-encoding the footer line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security import packages, trust
from trygghetsapp.security.keys import DeviceKeys, load_or_create_device_keys, write_card
from trygghetsapp.services import areas, contacts
from trygghetsapp.services.database import Database
from trygghetsapp.sync import package as sync_package
from trygghetsapp.sync.api import export_package, get_device, import_file

NAME = "Märta Ödlund-Zetterqvist"


@pytest.fixture
def laptop_database(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "falt" / "db.sqlite", device_name="Fältdator Gunilla")
    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn"})
    contacts.add_contact(database, {"area_id": area_id, "name": NAME, "phone": "070-174 06 77"})
    yield database
    database.close()


@pytest.fixture
def office_database(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "kontor" / "db.sqlite", device_name="Kontoret")
    yield database
    database.close()


def bound_keys(database: Database) -> DeviceKeys:
    device = get_device(database)
    return load_or_create_device_keys(database.path, device_id=device.id, device_name=device.name)


def sign_footer(path: Path, keys: DeviceKeys) -> None:
    """What the sync writer will do: add footer_signature(...) to the footer before writing it."""
    lines = path.read_bytes().splitlines(keepends=True)
    body = lines[-1].rstrip(b"\n").rsplit(b"\t", 1)[0]
    footer = json.loads(body)
    footer.update(packages.footer_signature(keys, footer["sha256"]))
    lines[-1] = sync_package.encode_line(sync_package.dumps(footer))
    path.write_bytes(b"".join(lines))


@pytest.fixture
def office_checks_signatures(office_database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        sync_package, "FOOTER_CHECKS", [packages.footer_check(office_database.path)]
    )
    import trygghetsapp.sync.reader as reader

    if hasattr(reader, "FOOTER_CHECKS"):
        monkeypatch.setattr(reader, "FOOTER_CHECKS", sync_package.FOOTER_CHECKS)


def export_signed(database: Database, folder: Path) -> Path:
    report = export_package(database, folder)
    assert report.path is not None
    sign_footer(report.path, bound_keys(database))
    return report.path


@pytest.mark.usefixtures("office_checks_signatures")
def test_sealed_signed_package_imports_at_the_office(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    laptop = bound_keys(laptop_database)
    office = bound_keys(office_database)
    card = tmp_path / "falt.card.json"
    write_card(laptop.card, card)
    trust.enrol(office_database.path, card)
    office_card = tmp_path / "kontor.card.json"
    write_card(office.card, office_card)
    trust.trust_office(laptop_database.path, office_card)

    plain = export_signed(laptop_database, tmp_path / "utkorg")
    assert NAME.encode() in plain.read_bytes()
    stick = tmp_path / "sticka" / (plain.name + packages.SEALED_SUFFIX)
    packages.seal_for_office(laptop_database.path, plain, stick)
    assert NAME.encode() not in stick.read_bytes()
    assert "Ödlund".encode() not in stick.read_bytes()

    opened = packages.open_incoming(office_database.path, stick, tmp_path / "inkorg")
    report = import_file(office_database, opened)
    assert report.new_changes > 0
    assert [
        c.name
        for c in contacts.list_contacts(office_database, areas.list_areas(office_database)[0].id)
    ] == [NAME]


@pytest.mark.usefixtures("office_checks_signatures")
def test_package_from_an_unenrolled_laptop_changes_nothing(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    plain = export_signed(laptop_database, tmp_path / "utkorg")
    with pytest.raises(DomainError, match="okänd eller spärrad"):
        import_file(office_database, plain)
    assert areas.count_areas(office_database) == 0


@pytest.mark.usefixtures("office_checks_signatures")
def test_package_altered_after_signing_changes_nothing(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    laptop = bound_keys(laptop_database)
    card = tmp_path / "falt.card.json"
    write_card(laptop.card, card)
    trust.enrol(office_database.path, card)
    plain = export_signed(laptop_database, tmp_path / "utkorg")
    # Re-sign with a rogue key under the laptop's device id: the register's key does not verify.
    rogue = load_or_create_device_keys(tmp_path / "rogue" / "db.sqlite", device_id=laptop.device_id)
    sign_footer(plain, rogue)
    with pytest.raises(DomainError, match="signaturen stämmer inte"):
        import_file(office_database, plain)
    assert areas.count_areas(office_database) == 0
