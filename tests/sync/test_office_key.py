"""One office key for the workstations of one PostgreSQL database (issue 19, security/office.py).

Two workstations share one database, each its own device; workstation 1 makes the office key
and hands it to workstation 2 in a passphrase-protected file. The laptops trust the office key
only (no workstation enrolled on them), and:
- a laptop's package sealed to the office opens and imports on workstation 2;
- a package of workstation 2 relaying another laptop's changes is applied by the laptop;
- a laptop that trusted workstation 1's own card before the office key existed accepts
  workstation 2's packages with no change on the laptop;
- a package signed with another office's key, or naming our office key without its signature,
  is refused whole and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.pg import PgServer
from tests.sync.trust import _trust_office, card
from trygghetsapp.security import office, policy, trust
from trygghetsapp.security.sealing import is_sealed
from trygghetsapp.security.signing import sign
from trygghetsapp.services import areas, checks, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync import package as sync_package
from trygghetsapp.sync.api import PackageError, export_package, import_file, set_role
from trygghetsapp.sync.enrolment import own_keys

pytestmark = pytest.mark.postgresql
PASSPHRASE = "Storsjöns isar 2026"


@dataclass
class Office:
    ws1: Database
    ws2: Database
    laptop1: Database
    laptop2: Database
    keys: office.OfficeKeys


def _workstation(url: str, tmp: Path, name: str) -> Database:
    database = open_database(url, device_name=name, anchor=tmp / name / "office")
    set_role(database, "office")
    return database


def make_office(server: PgServer, tmp: Path, label: str, old_card: bool = False) -> Office:
    """Workstation 1 makes the office key, workstation 2 imports it from the file; both enrol
    the laptops; the laptops trust the office card (or, `old_card`, workstation 1's own card,
    trusted before the office key existed) and enrol no workstation."""
    url = server.new_database(label)
    ws1 = _workstation(url, tmp / label, "ws1")
    ws2 = _workstation(url, tmp / label, "ws2")
    laptops = [
        open_database(tmp / f"{label}-falt{n}.sqlite", device_name=f"Fältdator {n}") for n in (1, 2)
    ]
    first_card = card(ws1)
    keys = office.create_office_key(ws1.path, own_keys(ws1), "Krokoms kommun")
    key_file = office.export_office_key(ws1.path, tmp / f"{label}.kontorsnyckel", PASSPHRASE)
    office.import_office_key(ws2.path, own_keys(ws2), key_file, PASSPHRASE)
    for workstation in (ws1, ws2):
        for laptop in laptops:
            trust.enrol_card(workstation.path, card(laptop))
    for laptop in laptops:
        _trust_office(laptop.path, first_card if old_card else keys.card)
        assert trust.list_enrolled(laptop.path) == []
    return Office(ws1, ws2, laptops[0], laptops[1], keys)


@pytest.fixture
def setup(pg_server: PgServer, tmp_path: Path) -> Iterator[Office]:
    made = make_office(pg_server, tmp_path, "okey")
    yield made
    for database in (made.ws1, made.ws2, made.laptop1, made.laptop2):
        database.close()


def export(database: Database, folder: Path) -> Path:
    path = export_package(database, folder).path
    assert path is not None
    return path


def names(database: Database) -> list[str]:
    return sorted(a.name for a in areas.list_areas(database))


def test_a_package_sealed_to_the_office_opens_on_workstation_2(
    setup: Office, tmp_path: Path
) -> None:
    policy.set_always_encrypt(setup.laptop1.path, True)
    areas.create_area(setup.laptop1, {"name": "Valsjöbyn"})
    sealed = export(setup.laptop1, tmp_path / "sticka")
    assert is_sealed(sealed)
    report = import_file(setup.ws2, sealed)
    assert report.new_changes > 0 and report.outcome == "imported"
    assert names(setup.ws2) == names(setup.ws1) == ["Valsjöbyn"]
    assert checks.check_database(setup.ws2) == []


def test_workstation_2_relays_another_laptops_changes(setup: Office, tmp_path: Path) -> None:
    areas.create_area(setup.laptop2, {"name": "Föllinge"})
    import_file(setup.ws1, export(setup.laptop2, tmp_path / "l2"))
    areas.create_area(setup.ws2, {"name": "Krokom centrum"})
    from_ws2 = export(setup.ws2, tmp_path / "ws2")
    header = json.loads(from_ws2.read_bytes().splitlines()[0].rsplit(b"\t", 1)[0])
    assert header["device"]["office_key"] == setup.keys.key_id
    report = import_file(setup.laptop1, from_ws2)
    assert report.outcome == "imported" and report.not_own == 0
    assert names(setup.laptop1) == ["Föllinge", "Krokom centrum"]
    # Its changes come back through either workstation; workstation 1's package carries what
    # workstation 2 exported too (each installation keeps its own export marks).
    areas.create_area(setup.laptop1, {"name": "Ås"})
    import_file(setup.ws2, export(setup.laptop1, tmp_path / "l1"))
    import_file(setup.laptop2, export(setup.ws1, tmp_path / "ws1"))
    assert names(setup.laptop2) == names(setup.ws1) == ["Föllinge", "Krokom centrum", "Ås"]
    assert transfer.export_text(setup.laptop1) != ""
    for database in (setup.ws1, setup.laptop1, setup.laptop2):
        assert checks.check_database(database) == []


def test_a_laptop_with_the_first_workstations_old_card_accepts_workstation_2(
    pg_server: PgServer, tmp_path: Path
) -> None:
    made = make_office(pg_server, tmp_path, "migr", old_card=True)
    try:
        policy.set_always_encrypt(made.laptop1.path, True)
        areas.create_area(made.laptop2, {"name": "Föllinge"})
        import_file(made.ws1, export(made.laptop2, tmp_path / "l2"))
        assert import_file(made.laptop1, export(made.ws2, tmp_path / "ws2")).not_own == 0
        assert names(made.laptop1) == ["Föllinge"]
        areas.create_area(made.laptop1, {"name": "Ås"})
        import_file(made.ws2, export(made.laptop1, tmp_path / "l1"))  # sealed to ws1's card
        assert names(made.ws1) == ["Föllinge", "Ås"]
    finally:
        for database in (made.ws1, made.ws2, made.laptop1, made.laptop2):
            database.close()


def _resign_office(path: Path, keys: office.OfficeKeys) -> None:
    """Replace the office signatures of a workstation's package with ones made by `keys`."""
    lines = path.read_bytes().splitlines(keepends=True)
    footer = json.loads(lines[-1].rstrip(b"\n").rsplit(b"\t", 1)[0])
    footer["osig"] = sign(keys.signing_key, bytes.fromhex(footer["sha256"]))
    footer["losig"] = sign(keys.signing_key, bytes.fromhex(footer["lines"]))
    lines[-1] = sync_package.encode_line(sync_package.dumps(footer))
    path.write_bytes(b"".join(lines))


def test_another_offices_packages_are_refused_and_change_nothing(
    setup: Office, pg_server: PgServer, tmp_path: Path
) -> None:
    stranger = make_office(pg_server, tmp_path, "frammande")
    try:
        areas.create_area(stranger.ws2, {"name": "Främmande område"})
        foreign = export(stranger.ws2, tmp_path / "frammande")
        areas.create_area(setup.ws2, {"name": "Krokom centrum"})
        forged = export(setup.ws2, tmp_path / "forged")
        _resign_office(forged, stranger.keys)  # names our office key, signed by another
        before = transfer.export_text(setup.laptop1)
        for path, match in ((foreign, "annat kontors nyckel"), (forged, "signatur")):
            with pytest.raises(PackageError, match=match):
                import_file(setup.laptop1, path)
            assert transfer.export_text(setup.laptop1) == before
        assert names(setup.laptop1) == []
    finally:
        for database in (stranger.ws1, stranger.ws2, stranger.laptop1, stranger.laptop2):
            database.close()
