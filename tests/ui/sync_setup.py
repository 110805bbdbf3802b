"""Two installations as real users set them up: a field laptop and the office, trusting each other.

Trust goes through `trygghetsapp.security` exactly as the provisioning steps describe it: each
installation gets its keys, the office enrols the laptop's card, the laptop is given the office's
card. The import checks every package's signature against that register (docs/security.md), so
without this set-up every package would be refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trygghetsapp.security import trust
from trygghetsapp.security.keys import load_or_create_device_keys, write_card
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync import api


@dataclass
class Pair:
    laptop: Database
    office: Database
    folder: Path
    """The shared sync folder (a USB stick or a network share)."""

    def close(self) -> None:
        self.laptop.close()
        self.office.close()


def provision(laptop: Database, office: Database, cards: Path) -> None:
    """Keys for both; the office enrols the laptop; the laptop trusts the office."""
    api.set_role(office, "office")
    mine, theirs = api.get_device(laptop), api.get_device(office)
    laptop_keys = load_or_create_device_keys(
        laptop.path, device_id=mine.id, device_name=mine.name, role="field"
    )
    office_keys = load_or_create_device_keys(
        office.path, device_id=theirs.id, device_name=theirs.name, role="office"
    )
    cards.mkdir(parents=True, exist_ok=True)
    laptop_card = cards / "falt.card.json"
    write_card(laptop_keys.card, laptop_card)
    trust.enrol(office.path, laptop_card)
    office_card = cards / "kontor.card.json"
    write_card(office_keys.card, office_card)
    trust.trust_office(laptop.path, office_card)


def open_pair(tmp_path: Path) -> Pair:
    laptop = open_database(tmp_path / "falt" / "trygghet.sqlite", device_name="Fältdator Gunilla")
    office = open_database(tmp_path / "kontor" / "trygghet.sqlite", device_name="Kontoret")
    provision(laptop, office, tmp_path / "kort")
    folder = tmp_path / "synkmapp"
    folder.mkdir()
    api.set_folder(office, folder)
    return Pair(laptop, office, folder)
