"""Record ids: time-ordered UUIDv7 made on the device that creates the record, so two offline
laptops never make the same id, and the B-tree indexes stay compact (ids grow with time)."""

from __future__ import annotations

import uuid

ROLE_NAMESPACE = uuid.UUID("6f1c3a52-2d7e-4f43-9a55-8c1d2b7e0a11")


def new_id() -> str:
    import uuid6  # imports importlib.metadata (~40 ms): loaded at the first new record

    return str(uuid6.uuid7())


def catalogue_role_id(code: str) -> str:
    """Default roles get one id on every device, so seeding twice merges instead of doubling."""
    return str(uuid.uuid5(ROLE_NAMESPACE, f"crisis_role:{code}"))
