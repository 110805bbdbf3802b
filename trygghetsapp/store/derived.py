"""Derived columns: values each replica computes for itself from the synced data (they are
neither exported nor synced), the same way whoever wrote the data: a service, an import, or a
change that arrived in a sync package (sync/materialise.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from trygghetsapp.domain.readiness import effective_due_date
from trygghetsapp.domain.search import search_key
from trygghetsapp.store.models import Area, SafetyPoint
from trygghetsapp.store.uow import UnitOfWork


def refresh_search_text(uow: UnitOfWork, area_id: str) -> None:
    """`area.search_text` after the area or one of its points changed: its name, villages and
    safety points, case-folded (domain/search.py), so a search is one indexed LIKE."""
    area = uow.session.get(Area, area_id)
    if area is None:
        return
    points = uow.session.scalars(
        select(SafetyPoint.name).where(SafetyPoint.area_id == area_id, ~SafetyPoint.deleted)
    ).all()
    area.search_text = search_key(" | ".join([area.name, *area.villages, *points]))


def derive_due_date(values: dict[str, Any]) -> dict[str, Any]:
    """`equipment_item.due_date` from the item's category, last check, interval and set date."""
    return {
        "due_date": effective_due_date(
            values.get("category") or "other",
            values.get("last_checked"),
            values.get("service_interval_days"),
            values.get("next_due"),
        )
    }
