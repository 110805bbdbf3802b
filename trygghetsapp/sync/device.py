"""This installation's identity: id (never changes), display name and role (field or office).

Name and role travel in every package header, so other replicas show "Fältdator Gunilla" rather
than a UUID; they are local settings, not synced records.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.values import required_name
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import DeviceKnowledge, LocalDevice
from trygghetsapp.store.uow import UnitOfWork

ROLES = ("field", "office")
ROLE_LABELS = {"field": "fältdator", "office": "kontor"}


@dataclass(frozen=True)
class DeviceView:
    id: str
    name: str
    role: str
    last_seq: int


DEVICE_NAME_MAX = 80


def valid_device_name(name: object) -> str | None:
    """A device name as `rename_device` stores it, or None (a package's header may say
    anything: an invalid name is not recorded, the device is shown by its id)."""
    if not isinstance(name, str) or not name.strip() or len(name.strip()) > DEVICE_NAME_MAX:
        return None
    try:
        stored = required_name("name", name, DEVICE_NAME_MAX)
    except DomainError:
        return None
    return stored if stored == name else None


def get_device(database: Database) -> DeviceView:
    with UnitOfWork(database) as uow:
        device = uow.session.execute(select(LocalDevice)).scalar_one()
        return DeviceView(device.id, device.name, device.role, device.last_seq)


def rename_device(database: Database, name: str) -> DeviceView:
    name = name.strip()
    if not name or len(name) > DEVICE_NAME_MAX:
        raise DomainError(
            "name", "namnet måste vara 1–80 tecken", "the name must be 1-80 characters"
        )
    name = required_name("name", name, DEVICE_NAME_MAX)  # no control characters
    with UnitOfWork(database) as uow:
        device = uow.session.execute(select(LocalDevice)).scalar_one()
        device.name = name
        uow.session.execute(
            update(DeviceKnowledge).where(DeviceKnowledge.device_id == device.id).values(name=name)
        )
    return get_device(database)


def set_role(database: Database, role: str) -> DeviceView:
    if role not in ROLES:
        raise DomainError(
            "role", "rollen måste vara field eller office", "role must be field or office"
        )
    with UnitOfWork(database) as uow:
        device = uow.session.execute(select(LocalDevice)).scalar_one()
        device.role = role
    return get_device(database)
