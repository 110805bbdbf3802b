"""On-site inspections: walk the equipment, mark each item, finish to update the items.

Findings are saved one by one as the inspector goes (a dead battery mid-walk loses nothing);
finishing copies each finding's condition and the inspection date onto its item in one transaction.
A finding with an empty condition is a note on an unmarked item: it never sets a condition, and
finishing leaves that item's condition and date as they were.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from trygghetsapp.domain import schemas
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import records
from trygghetsapp.services.readmodels import Changes, FindingView, InspectionView
from trygghetsapp.store.database import Database
from trygghetsapp.store.derived import derive_due_date
from trygghetsapp.store.models import (
    EquipmentItem,
    Inspection,
    InspectionFinding,
    SafetyPoint,
)
from trygghetsapp.store.uow import UnitOfWork


def start_inspection(
    database: Database,
    safety_point_id: str,
    date: Any,
    inspector: str,
    notes: str = "",
    inspector_id: str | None = None,
) -> tuple[str, Changes]:
    """A new open inspection; `inspector_id` names the inspector as a contact when they are one
    (so a register extract and an erasure find them by reference, not only by the typed name)."""
    return records.create(
        database,
        Inspection,
        {
            "safety_point_id": safety_point_id,
            "date": date,
            "inspector": inspector,
            "inspector_id": inspector_id,
            "notes": notes,
            "finished": False,
        },
    )


def _open_inspection(uow: UnitOfWork, inspection_id: str) -> Inspection:
    inspection = uow.get(Inspection, inspection_id, "inspection")
    if inspection.finished:
        raise DomainError(
            "inspection", "inventeringen är redan avslutad", "the inspection is already finished"
        )
    return inspection


def record_finding(
    database: Database, inspection_id: str, equipment_id: str, condition: str, note: str = ""
) -> Changes:
    """Mark one item; marking it again replaces the earlier mark of this inspection. An empty
    `condition` with a note keeps the note and leaves the item unmarked."""
    cleaned = schemas.clean(
        "inspection_finding",
        {
            "inspection_id": inspection_id,
            "equipment_id": equipment_id,
            "condition": condition,
            "note": note,
        },
    )
    with UnitOfWork(database) as uow:
        _open_inspection(uow, inspection_id)
        uow.get(EquipmentItem, equipment_id, "equipment")
        existing = _finding(uow, inspection_id, equipment_id)
        if existing is not None:
            uow.set(existing, {"condition": cleaned["condition"], "note": cleaned["note"]})
        else:
            uow.add(InspectionFinding, cleaned)
    return Changes.of_rows(uow.pending.rows, {"inspection_finding"})


def _finding(uow: UnitOfWork, inspection_id: str, equipment_id: str) -> InspectionFinding | None:
    return uow.session.scalars(
        select(InspectionFinding).where(
            InspectionFinding.inspection_id == inspection_id,
            InspectionFinding.equipment_id == equipment_id,
            ~InspectionFinding.deleted,
        )
    ).first()


def remove_finding(database: Database, inspection_id: str, equipment_id: str) -> Changes:
    """Take a mark back (undo of the first mark): the finding becomes a tombstone."""
    with UnitOfWork(database) as uow:
        _open_inspection(uow, inspection_id)
        finding = _finding(uow, inspection_id, equipment_id)
        if finding is not None:
            uow.remove(finding)
    return Changes.of_rows(uow.pending.rows, {"inspection_finding"})


ITEM_STATE = ("condition", "last_checked")


def states_before_finish(database: Database, inspection_id: str) -> dict[str, dict[str, Any]]:
    """What finishing will overwrite on each marked item, so that finishing can be undone."""
    with UnitOfWork(database) as uow:
        rows = uow.session.execute(
            select(EquipmentItem)
            .join(InspectionFinding, InspectionFinding.equipment_id == EquipmentItem.id)
            .where(
                InspectionFinding.inspection_id == inspection_id,
                ~InspectionFinding.deleted,
                InspectionFinding.condition != "",
            )
        ).scalars()
        return {item.id: {name: getattr(item, name) for name in ITEM_STATE} for item in rows}


def reopen_inspection(
    database: Database, inspection_id: str, before: dict[str, dict[str, Any]]
) -> Changes:
    """Undo a finish: the items get back what `states_before_finish` read, and the inspection is
    open again with its findings, to be finished again (redo) or walked on."""
    with UnitOfWork(database) as uow:
        inspection = uow.get(Inspection, inspection_id, "inspection")
        for item_id, values in before.items():
            item = uow.session.get(EquipmentItem, item_id)
            if item is None or item.deleted:
                continue
            uow.set(item, {name: values[name] for name in ITEM_STATE})
            state = {name: getattr(item, name) for name in schemas.FIELDS["equipment_item"]}
            item.due_date = derive_due_date(state)["due_date"]
        uow.set(inspection, {"finished": False})
    return Changes.of_rows(uow.pending.rows, {"inspection"}, (inspection_id,))


def finish_inspection(database: Database, inspection_id: str, notes: str | None = None) -> Changes:
    with UnitOfWork(database) as uow:
        inspection = _open_inspection(uow, inspection_id)
        findings = uow.session.scalars(
            select(InspectionFinding).where(
                InspectionFinding.inspection_id == inspection_id, ~InspectionFinding.deleted
            )
        ).all()
        for finding in findings:
            if not finding.condition:
                continue  # only a note: the item was not marked and keeps its condition and date
            item = uow.session.get(EquipmentItem, finding.equipment_id)
            if item is None or item.deleted:
                continue
            uow.set(item, {"condition": finding.condition, "last_checked": inspection.date})
            values = {name: getattr(item, name) for name in schemas.FIELDS["equipment_item"]}
            item.due_date = derive_due_date(values)["due_date"]
        update: dict[str, Any] = {"finished": True}
        if notes is not None:
            update["notes"] = schemas.clean("inspection", {"notes": notes}, partial=True)["notes"]
        uow.set(inspection, update)
    return Changes.of_rows(uow.pending.rows, {"inspection"}, (inspection_id,))


def list_inspections(
    database: Database, safety_point_id: str | None = None, area_id: str | None = None
) -> list[InspectionView]:
    """Newest first, each with its findings."""
    with UnitOfWork(database) as uow:
        query = select(Inspection).where(~Inspection.deleted)
        if safety_point_id is not None:
            query = query.where(Inspection.safety_point_id == safety_point_id)
        if area_id is not None:
            points = select(SafetyPoint.id).where(SafetyPoint.area_id == area_id)
            query = query.where(Inspection.safety_point_id.in_(points))
        inspections = uow.session.scalars(
            query.order_by(Inspection.date.desc(), Inspection.id.desc())
        ).all()
        ids = [i.id for i in inspections]
        findings: dict[str, list[FindingView]] = {}
        if ids:
            rows = uow.session.execute(
                select(InspectionFinding, EquipmentItem.name)
                .join(EquipmentItem, EquipmentItem.id == InspectionFinding.equipment_id)
                .where(InspectionFinding.inspection_id.in_(ids), ~InspectionFinding.deleted)
                .order_by(EquipmentItem.name, InspectionFinding.id)
            )
            for finding, name in rows:
                findings.setdefault(finding.inspection_id, []).append(
                    records.to_view(FindingView, finding, equipment_name=name)
                )
        return [
            records.to_view(InspectionView, i, findings=tuple(findings.get(i.id, [])))
            for i in inspections
        ]
