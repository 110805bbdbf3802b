"""Setting up signed sync: the steps `trygghetsapp keys ...` and the window's set-up dialog share.

The office enrols a laptop's card only when the fingerprint the laptop shows (read aloud over the
phone) matches the card's; a laptop trusts the office's card on the same condition; "always
encrypt" needs the office's card first. These functions are the one place those refusals live,
so the command line and the window refuse the same things with the same words
(docs/security.md). Each takes the open `Database` (its keys folder lies beside it, bound to its
device id) and runs on the window's database worker like every other op.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from pathlib import Path

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security import policy, trust
from trygghetsapp.security.keys import (
    DeviceCard,
    DeviceKeys,
    fingerprint,
    load_card,
    load_or_create_device_keys,
    write_card,
)
from trygghetsapp.store.database import Database
from trygghetsapp.sync.device import get_device

CARD_SUFFIX = ".kort.json"


@dataclass(frozen=True)
class OfficeKey:
    name: str
    fingerprint: str


@dataclass(frozen=True)
class EnrolledView:
    device_id: str
    name: str
    fingerprint: str
    enrolled: str
    active: bool


@dataclass(frozen=True)
class SetupState:
    """What the set-up dialog shows: this computer, the office it trusts, whom it enrolled."""

    device_id: str
    name: str
    named: bool
    """False while the name is still the machine's default ("Dator <hostname>")."""
    role: str
    fingerprint: str
    office: OfficeKey | None
    always_encrypt: bool
    enrolled: tuple[EnrolledView, ...]


@dataclass(frozen=True)
class CardView:
    """A card file as read, before anything is done with it."""

    path: Path
    name: str
    role: str
    fingerprint: str


def default_name() -> str:
    """The name a new database gives its computer (store/database.py `_ensure_device`)."""
    return f"Dator {socket.gethostname()}"


def is_default_name(name: str) -> bool:
    """True for a name nobody chose: the machine's host name, which tells the office nothing."""
    return not name.strip() or name == default_name() or name == "okänd dator"


def own_keys(database: Database) -> DeviceKeys:
    """This installation's keys (created on first use), bound to the database's device."""
    device = get_device(database)
    return load_or_create_device_keys(
        database.path,
        device_id=device.id,
        device_name=device.name,
        role="office" if device.role == "office" else "field",
    )


def setup_state(database: Database) -> SetupState:
    keys = own_keys(database)
    device = get_device(database)
    office = trust.office_card(database.path)
    return SetupState(
        device_id=device.id,
        name=device.name,
        named=not is_default_name(device.name),
        role=device.role,
        fingerprint=keys.fingerprint,
        office=OfficeKey(office.device_name, fingerprint(office)) if office else None,
        always_encrypt=policy.load_policy(database.path).always_encrypt,
        enrolled=tuple(
            EnrolledView(d.device_id, d.device_name, d.fingerprint, d.enrolled, d.active)
            for d in trust.list_enrolled(database.path)
        ),
    )


def card_file_name(name: str) -> str:
    """'Fältdator Gunilla' -> 'Fältdator-Gunilla.kort.json' (letters kept, the rest dashes)."""
    stem = re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-") or "enhet"
    return stem[:60] + CARD_SUFFIX


def export_card(database: Database, target: Path) -> Path:
    """Write this computer's public card to `target` (a folder: named after the computer).

    Refused while the computer has no name of its own: the office would see the host name."""
    keys = own_keys(database)
    if is_default_name(keys.card.device_name):
        raise DomainError(
            "name",
            "ge datorn ett namn som kontoret känner igen (t.ex. Fältdator Gunilla) först",
            "give this computer a name the office recognises (e.g. Field laptop Gunilla) first",
        )
    path = target / card_file_name(keys.card.device_name) if target.is_dir() else target
    write_card(keys.card, path)
    return path


def read_card(path: Path) -> CardView:
    """A card file from a stick or an e-mail, checked (a damaged or foreign file is refused)."""
    card = load_card(path)
    return CardView(path, card.device_name, card.role, fingerprint(card))


READ_ALOUD = str.maketrans({"0": "O", "1": "I", "8": "B"})
"""The code is base32 (A-Z, 2-7): a 0, 1 or 8 someone writes down can only mean O, I or B."""


def normalise_fingerprint(text: str) -> str:
    """What a person typed ('7k3q pz2m abcd efgh', '1' for 'I') as the card shows it
    ('7K3Q-PZ2M-ABCD-EFGH')."""
    letters = re.sub(r"[^0-9A-Za-z]", "", text).upper().translate(READ_ALOUD)
    if len(letters) != 16:
        return text.strip().upper()
    return "-".join(letters[i : i + 4] for i in range(0, 16, 4))


def check_fingerprint(card: DeviceCard, expected: str | None, field: str = "fingeravtryck") -> None:
    """Refuse unless the fingerprint read aloud (`expected`) is the card's; nothing is saved.

    `expected` None means "not compared" (the command line without --expect): allowed there,
    with a reminder to compare afterwards. The window always asks for it."""
    if expected is None:
        return
    wanted = normalise_fingerprint(expected)
    shown = fingerprint(card)
    if not wanted:
        raise DomainError(
            field,
            "skriv fingeravtrycket som den andra datorn visar",
            "type the fingerprint the other computer shows",
        )
    if wanted != shown:
        # Never the card's own code: the refusal would hand over what the comparison is for (a
        # card swapped on the way shows its own code; the user would copy it and trust it).
        raise DomainError(
            field,
            f"{wanted} är inte kortets fingeravtryck; inget registrerades. Läs koden igen med den "
            "andra datorn (i telefon); stämmer den inte är kortet inte deras",
            f"{wanted} is not the card's fingerprint; nothing was enrolled. Read the code again "
            "with the other computer (by phone); if it does not match, the card is not theirs",
        )


def enrol(database: Database, card_file: Path, expect: str | None) -> trust.EnrolledDevice:
    """(Office) enrol a laptop's card, refused unless the fingerprint read aloud matches."""
    check_fingerprint(load_card(card_file), expect)
    return trust.enrol(database.path, card_file)


def trust_office(
    database: Database, card_file: Path, expect: str | None, replace_existing: bool = False
) -> DeviceCard:
    """(Laptop) trust the office's card, refused unless the fingerprint read aloud matches."""
    check_fingerprint(load_card(card_file), expect)
    return trust.trust_office(database.path, card_file, replace_existing=replace_existing)


def set_always_encrypt(database: Database, on: bool) -> bool:
    """Seal every package to the office; refused before the office's card is trusted."""
    return policy.set_always_encrypt(database.path, on).always_encrypt
