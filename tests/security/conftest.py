"""Two installations for the security tests: an office and a field laptop, each with its keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from trygghetsapp.security.keys import DeviceKeys, load_or_create_device_keys, write_card


@pytest.fixture
def office_db(tmp_path: Path) -> Path:
    return tmp_path / "kontor" / "trygghetsapp.sqlite"


@pytest.fixture
def laptop_db(tmp_path: Path) -> Path:
    return tmp_path / "falt" / "trygghetsapp.sqlite"


@pytest.fixture
def office(office_db: Path) -> DeviceKeys:
    return load_or_create_device_keys(office_db, device_name="Kommunkontoret", role="office")


@pytest.fixture
def laptop(laptop_db: Path) -> DeviceKeys:
    return load_or_create_device_keys(laptop_db, device_name="Fältdator 1")


@pytest.fixture
def laptop_card(laptop: DeviceKeys, tmp_path: Path) -> Path:
    """The laptop's card as it arrives at the office on a USB stick."""
    path = tmp_path / "sticka" / "faltdator-1.card.json"
    write_card(laptop.card, path)
    return path


@pytest.fixture
def office_card_file(office: DeviceKeys, tmp_path: Path) -> Path:
    path = tmp_path / "sticka" / "kontoret.card.json"
    write_card(office.card, path)
    return path
