"""Information channels of an area: how people hear the news when power and net are down."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import select

from trygghetsapp.services import records
from trygghetsapp.services.readmodels import Changes, ChannelView
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import InfoChannel
from trygghetsapp.store.uow import UnitOfWork


def add_channel(database: Database, values: dict[str, Any]) -> tuple[str, Changes]:
    return records.create(database, InfoChannel, values)


def update_channel(database: Database, channel_id: str, values: dict[str, Any]) -> Changes:
    return records.update(database, InfoChannel, channel_id, values)


def delete_channel(database: Database, channel_id: str) -> Changes:
    return records.delete(database, InfoChannel, channel_id)


def restore_channel(database: Database, channel_id: str) -> Changes:
    return records.restore(database, InfoChannel, channel_id)


def list_channels(
    database: Database, area_id: str, ids: Collection[str] | None = None
) -> list[ChannelView]:
    """The area's channels by kind; with `ids`, only those of them."""
    with UnitOfWork(database) as uow:
        query = select(InfoChannel).where(InfoChannel.area_id == area_id, ~InfoChannel.deleted)
        if ids is not None:
            query = query.where(InfoChannel.id.in_(list(ids)))
        rows = uow.session.scalars(
            query.order_by(InfoChannel.kind, InfoChannel.identifier, InfoChannel.id)
        )
        return [records.to_view(ChannelView, row) for row in rows]
