"""Signed and sealed packages through the real sync writer and reader (issue 6 acceptance).

The laptop's card is enrolled at the office and the laptop trusts the office's card, as users do
it (tests/sync/trust.py). Every refusal must change nothing: `export-json` byte-identical before
and after, the file quarantined (signature problems) and listed by `sync status`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.trust import card, provision
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security import packages, policy, sealing
from trygghetsapp.security.keys import DeviceKeys, load_or_create_device_keys
from trygghetsapp.services import areas, contacts, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync import package as sync_package
from trygghetsapp.sync.api import (
    NotForThisDevice,
    PackageError,
    export_package,
    import_file,
    set_role,
    sync_now,
    sync_status,
)

NAME = "Märta Ödlund-Zetterqvist"


@pytest.fixture
def laptop_database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "falt" / "db.sqlite", device_name="Fältdator Gunilla")
    area_id, _ = areas.create_area(database, {"name": "Valsjöbyn"})
    contacts.add_contact(database, {"area_id": area_id, "name": NAME, "phone": "070-174 06 77"})
    yield database
    database.close()


@pytest.fixture
def office_database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kontor" / "db.sqlite", device_name="Kontoret")
    set_role(database, "office")
    yield database
    database.close()


@pytest.fixture
def provisioned(laptop_database: Database, office_database: Database) -> None:
    provision(office_database, laptop_database)


def resign(path: Path, keys: DeviceKeys) -> None:
    """Replace the footer's signature with one made by `keys` (an attacker's re-signing)."""
    lines = path.read_bytes().splitlines(keepends=True)
    footer = json.loads(lines[-1].rstrip(b"\n").rsplit(b"\t", 1)[0])
    footer.update(packages.footer_signature(keys, footer["sha256"]))
    lines[-1] = sync_package.encode_line(sync_package.dumps(footer))
    path.write_bytes(b"".join(lines))


def export(database: Database, folder: Path) -> Path:
    report = export_package(database, folder)
    assert report.path is not None
    return report.path


def assert_refused_unchanged(office: Database, path: Path, match: str) -> None:
    before = transfer.export_text(office)
    with pytest.raises(PackageError, match=match):
        import_file(office, path)
    assert transfer.export_text(office) == before
    assert areas.count_areas(office) == 0


def test_written_packages_are_signed_by_the_device(
    laptop_database: Database, tmp_path: Path
) -> None:
    path = export(laptop_database, tmp_path / "utkorg")
    footer = json.loads(path.read_bytes().splitlines()[-1].rsplit(b"\t", 1)[0])
    assert footer["signer"] == card(laptop_database).device_id
    assert len(footer["sig"]) == 88


@pytest.mark.usefixtures("provisioned")
def test_signed_package_imports_at_the_office(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    report = import_file(office_database, export(laptop_database, tmp_path / "utkorg"))
    assert report.new_changes > 0
    [area] = areas.list_areas(office_database)
    assert [c.name for c in contacts.list_contacts(office_database, area.id)] == [NAME]


@pytest.mark.usefixtures("provisioned")
@pytest.mark.parametrize("damage", ["flip", "flip-checksum", "truncate"])
def test_flipped_or_truncated_package_is_refused(
    laptop_database: Database, office_database: Database, tmp_path: Path, damage: str
) -> None:
    path = export(laptop_database, tmp_path / "utkorg")
    lines = path.read_bytes().splitlines(keepends=True)
    target = bytearray(lines[-2])  # the contact's change line
    if damage == "flip":
        target[len(target) // 2] ^= 0x01  # inside the record
    elif damage == "flip-checksum":
        target[-5] ^= 0x01  # inside the line's own checksum
    lines[-2] = bytes(target)
    raw = b"".join(lines) if damage != "truncate" else b"".join(lines)[:-40]
    path.write_bytes(raw)
    assert_refused_unchanged(office_database, path, "skadat|avkortad")
    if damage == "flip":
        # Salvage: the signature over the line checksums still verifies, so every intact line
        # is the laptop's own; the damaged one is skipped and reported.
        report = import_file(office_database, path, salvage=True)
        assert report.outcome == "salvaged" and len(report.skipped) == 1
        assert [a.name for a in areas.list_areas(office_database)] == ["Valsjöbyn"]
        [area] = areas.list_areas(office_database)
        assert contacts.list_contacts(office_database, area.id) == []
        return
    with pytest.raises(PackageError, match="kan inte räddas"):
        import_file(office_database, path, salvage=True)
    assert areas.count_areas(office_database) == 0


@pytest.mark.usefixtures("provisioned")
def test_salvage_refuses_an_edit_with_a_recomputed_line_checksum(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    """Whoever edits a line and fixes its checksum changes the signed list of checksums."""
    path = export(laptop_database, tmp_path / "utkorg")
    lines = path.read_bytes().splitlines(keepends=True)
    body = lines[-2].rsplit(b"\t", 1)[0].replace("Märta".encode(), "Mårta".encode())
    lines[-2] = sync_package.encode_line(body.decode("utf-8"))
    path.write_bytes(b"".join(lines))
    before = transfer.export_text(office_database)
    with pytest.raises(PackageError, match="kan inte räddas"):
        import_file(office_database, path, salvage=True)
    assert transfer.export_text(office_database) == before


def test_package_from_an_unenrolled_laptop_is_refused_and_quarantined(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    path = export(laptop_database, tmp_path / "sticka")
    assert_refused_unchanged(office_database, path, "okänd eller spärrad")
    assert not path.exists()
    quarantined = tmp_path / "sticka" / policy.QUARANTINE_FOLDER / path.name
    assert quarantined.exists()
    assert "okänd" in Path(f"{quarantined}{policy.REASON_SUFFIX}").read_text("utf-8")
    status = sync_status(office_database)
    assert len(status.quarantined_files) == 1 and path.name in status.quarantined_files[0]


@pytest.mark.usefixtures("provisioned")
def test_package_re_signed_with_the_wrong_key_is_refused(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    laptop_id = card(laptop_database).device_id
    path = export(laptop_database, tmp_path / "utkorg")
    rogue = load_or_create_device_keys(tmp_path / "rogue" / "db.sqlite", device_id=laptop_id)
    resign(path, rogue)
    assert_refused_unchanged(office_database, path, "signaturen stämmer inte")


@pytest.mark.usefixtures("provisioned")
def test_package_signed_by_another_trusted_device_than_its_header_names_is_refused(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    """A genuine signature by the office's key cannot pass as the laptop's package."""
    path = export(laptop_database, tmp_path / "utkorg")
    resign(path, load_or_create_device_keys(office_database.path))
    assert_refused_unchanged(office_database, path, "signerat av")


@pytest.mark.usefixtures("provisioned")
def test_unsigned_package_is_refused_even_with_salvage(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    path = export(laptop_database, tmp_path / "utkorg")
    lines = path.read_bytes().splitlines(keepends=True)
    footer = json.loads(lines[-1].rstrip(b"\n").rsplit(b"\t", 1)[0])
    del footer["sig"], footer["signer"]
    lines[-1] = sync_package.encode_line(sync_package.dumps(footer))
    path.write_bytes(b"".join(lines))
    before = transfer.export_text(office_database)
    with pytest.raises(PackageError, match="inte signerat"):
        import_file(office_database, path, salvage=True)
    assert transfer.export_text(office_database) == before


def test_fresh_office_trusts_nobody(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    """No register yet: refused with the step that is missing, never accepted unsigned."""
    path = export(laptop_database, tmp_path / "sticka")
    assert_refused_unchanged(office_database, path, "keys enrol")


def test_fresh_laptop_refuses_until_it_trusts_the_office(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    path = export(office_database, tmp_path / "sticka")
    before = transfer.export_text(laptop_database)
    with pytest.raises(PackageError, match="trust-office"):
        import_file(laptop_database, path)
    assert transfer.export_text(laptop_database) == before


@pytest.mark.usefixtures("provisioned")
def test_encrypted_package_imports_at_the_office_and_is_unreadable_without_its_key(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    policy.set_always_encrypt(laptop_database.path, True)
    stick = tmp_path / "sticka"
    path = export(laptop_database, stick)
    assert path.name.endswith(".tsync.sealed") and sealing.is_sealed(path)
    assert [p.name for p in stick.iterdir()] == [path.name]  # no plaintext left on the stick
    raw = path.read_bytes()
    for secret in (NAME, "Ödlund", "Valsjöbyn", "174 06 77", "701740677"):
        assert secret.encode() not in raw
    # Another laptop of the same office sees from the envelope that it is the office's and
    # leaves it alone, without trying to open it and without a refusal (issue 15).
    colleague = open_database(tmp_path / "kollega" / "db.sqlite", device_name="Kollega")
    try:
        provision(office_database, colleague)
        with pytest.raises(NotForThisDevice, match="krypterat till kontoret"):
            import_file(colleague, path)
        assert areas.count_areas(colleague) == 0
        assert sync_status(colleague).refused_files == ()
    finally:
        colleague.close()
    # A computer that does not know this office (its own keys only) cannot open it.
    stranger = open_database(tmp_path / "annan" / "db.sqlite", device_name="Annan")
    try:
        with pytest.raises(PackageError, match="kan inte öppnas"):
            import_file(stranger, path)
        assert areas.count_areas(stranger) == 0
        assert sync_status(stranger).refused_files
    finally:
        stranger.close()
    assert path.exists()  # a laptop leaves a refused file in place (it may be the office's)
    report = import_file(office_database, path)
    assert report.new_changes > 0
    [area] = areas.list_areas(office_database)
    assert [c.name for c in contacts.list_contacts(office_database, area.id)] == [NAME]
    assert import_file(office_database, path).outcome == "duplicate"


@pytest.mark.usefixtures("provisioned")
def test_sealed_packages_travel_through_a_sync_folder(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    policy.set_always_encrypt(laptop_database.path, True)
    folder = tmp_path / "delad"
    folder.mkdir()
    first = sync_now(laptop_database, folder).exported
    assert first is not None and first.path is not None
    report = sync_now(office_database, folder)
    assert report.new_records >= 2 and not report.refused
    sync_now(laptop_database, folder)
    assert transfer.export_text(office_database) == transfer.export_text(laptop_database)
    again = sync_now(office_database, folder)
    assert not again.refused
    assert first.path not in [f.path for f in again.files]  # remembered, not opened again


def test_laptop_leaves_another_laptops_package_for_the_office(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    other = open_database(tmp_path / "falt2" / "db.sqlite", device_name="Fältdator 2")
    try:
        provision(office_database, laptop_database, other)
        folder = tmp_path / "delad"
        folder.mkdir()
        areas.create_area(other, {"name": "Annat område"})
        written = sync_now(other, folder).exported
        assert written is not None and written.path is not None
        report = sync_now(laptop_database, folder)
        assert [f.outcome for f in report.files] == ["ignored"] and not report.refused
        assert written.path.exists()  # still there for the office
        office_report = sync_now(office_database, folder)
        assert not office_report.refused and len(office_report.imported) == 2
        sync_now(laptop_database, folder)  # the office's package relays the other laptop
        names = {a.name for a in areas.list_areas(laptop_database)}
        assert "Annat område" in names
    finally:
        other.close()


@pytest.mark.usefixtures("provisioned")
def test_revoked_laptop_is_refused(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    from trygghetsapp.security import trust

    trust.revoke(office_database.path, card(laptop_database).device_id)
    path = export(laptop_database, tmp_path / "sticka")
    assert_refused_unchanged(office_database, path, "okänd eller spärrad")


def test_setting_encryption_without_an_office_key_is_refused(
    laptop_database: Database,
) -> None:
    with pytest.raises(DomainError, match="kontorsnyckel"):
        policy.set_always_encrypt(laptop_database.path, True)


@pytest.mark.usefixtures("provisioned")
def test_truncated_sealed_package_is_refused_but_not_quarantined(
    laptop_database: Database, office_database: Database, tmp_path: Path
) -> None:
    """A sealed file cut short (a copy still arriving) is damage, not distrust: left in place."""
    policy.set_always_encrypt(laptop_database.path, True)
    path = export(laptop_database, tmp_path / "sticka")
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) - 10])
    before = transfer.export_text(office_database)
    with pytest.raises(PackageError, match=r"avkortat|skadat"):
        import_file(office_database, path)
    assert transfer.export_text(office_database) == before
    assert path.exists() and sync_status(office_database).quarantined_files == ()
    path.write_bytes(whole)  # the copy finished
    assert import_file(office_database, path).new_changes > 0
