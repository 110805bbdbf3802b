"""The demo data set: ten Krokom areas (resources/demo/krokom.json) plus synthetic areas on demand.

Everything is fictional and marked FIKTIV; phone numbers come from PTS's range for fictional use.
Dates are relative to `today` so that the demo always has items due, overdue and never checked.
The same seed and day give the same records, ids included, so benchmarks compare like with like.

A few areas (`READY_AREAS`) meet every readiness rule (domain/readiness.py), so a new user sees
what good looks like beside the gaps: every role held, critical roles with a deputy who is another
person, equipment in order and checked within its interval, channels tested, a recent inspection.
They are made by overriding the drawn values, never by drawing more: the random stream, and so
the other areas and the scale bench's synthetic areas, stay as they were.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from trygghetsapp.domain import schemas
from trygghetsapp.domain.catalogues import DEFAULT_ROLES, EQUIPMENT_CATEGORIES
from trygghetsapp.domain.search import search_key
from trygghetsapp.resources import resources_dir
from trygghetsapp.store.database import Database
from trygghetsapp.store.derived import derive_due_date
from trygghetsapp.store.ids import catalogue_role_id
from trygghetsapp.store.models import (
    Area,
    Contact,
    EquipmentItem,
    InfoChannel,
    Inspection,
    InspectionFinding,
    Municipality,
    RoleAssignment,
    SafetyPoint,
    SyncedRow,
)
from trygghetsapp.store.uow import UnitOfWork, column_defaults

FICTIONAL_MOBILES = [f"+4670174{n:04d}" for n in range(600, 700)]
"""PTS reserves 070-174 06 00 to 070-174 06 99 for fiction (film, books, demo data)."""

READY_AREAS = frozenset({"Hotagsbygden – Valsjöbyn", "Föllinge", "Trångsviken"})
"""Demo areas kept in full readiness (DOMAIN.md 5: the SOT point, a school, a shop)."""
READY_CHECKED_DAYS_AGO = 7
"""Within every category's interval (the shortest, reserve power's test run, is 30 days)."""
READY_TESTED_DAYS_AGO = 20
READY_INSPECTED_DAYS_AGO = 45

SYNTHETIC_EQUIPMENT_PER_AREA = 100
SYNTHETIC_CONTACTS_PER_AREA = 20


@dataclass
class DemoCounts:
    areas: int = 0
    safety_points: int = 0
    equipment: int = 0
    contacts: int = 0
    role_assignments: int = 0
    channels: int = 0
    inspections: int = 0

    def total(self) -> int:
        return sum(vars(self).values())


class _Ids:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def load_demo_definition() -> dict[str, Any]:
    with open(resources_dir() / "demo" / "krokom.json", encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _relative_date(value: str, today: dt.date) -> str:
    if value and value[0] in "+-":
        return (today + dt.timedelta(days=int(value))).isoformat()
    return value


class _Builder:
    """Collects rows per model; `flush` bulk-inserts them with their change records."""

    def __init__(self, seed: int, today: dt.date):
        self.rng = random.Random(seed)
        self.new_id = _Ids(self.rng)
        self.extra_id = _Ids(random.Random(seed + 0x5EED))
        """Ids of the records only the ready areas add: from a stream of their own."""
        self.today = today
        self.rows: dict[type[SyncedRow], list[dict[str, Any]]] = {}
        self.defaults = {model: column_defaults(model) for model in _ORDER}
        self.counts = DemoCounts()

    def add(
        self,
        model: type[SyncedRow],
        values: dict[str, Any],
        clean: bool = True,
        extra: bool = False,
    ) -> str:
        from trygghetsapp.store.uow import entity_name

        if clean:
            values = schemas.clean(entity_name(model), values)
        row_id = values.pop("id", None) or (self.extra_id() if extra else self.new_id())
        row = {**self.defaults[model], **values, "id": row_id}
        if model is EquipmentItem:
            row["due_date"] = derive_due_date(row)["due_date"]
        self.rows.setdefault(model, []).append(row)
        return row_id

    def flush(self, uow: UnitOfWork) -> None:
        for model in _ORDER:
            rows = self.rows.pop(model, [])
            if rows:
                uow.bulk_add(model, rows)

    def last_checked(self) -> dt.date | None:
        roll = self.rng.random()
        if roll < 0.08:
            return None  # never checked
        return self.today - dt.timedelta(days=self.rng.randint(3, 420))

    def condition(self) -> str:
        roll = self.rng.random()
        if roll < 0.05:
            return "needs_service"
        if roll < 0.08:
            return "defect"
        if roll < 0.10:
            return "missing"
        return "ok"


_ORDER: tuple[type[SyncedRow], ...] = (
    Municipality,
    Area,
    SafetyPoint,
    EquipmentItem,
    Contact,
    RoleAssignment,
    InfoChannel,
    Inspection,
    InspectionFinding,
)


def _people(
    builder: _Builder, definition: dict[str, Any], area_id: str, count: int, clean: bool
) -> list[str]:
    rng = builder.rng
    ids = []
    for _ in range(count):
        name = f"{rng.choice(definition['first_names'])} {rng.choice(definition['last_names'])}"
        ids.append(
            builder.add(
                Contact,
                {
                    "area_id": area_id,
                    "name": f"{name} (FIKTIV)",
                    "phone": rng.choice(FICTIONAL_MOBILES),
                    "organisation": rng.choice(definition["organisations"]),
                    "skills": sorted(rng.sample(definition["skills"], rng.randint(0, 2))),
                    "legal_basis": rng.choice(["agreement", "agreement", "public_task", "consent"]),
                    "review_date": (builder.today + dt.timedelta(days=rng.randint(-60, 700))),
                },
                clean=clean,
            )
        )
    builder.counts.contacts += count
    return ids


def _staff(
    builder: _Builder, area_id: str, people: list[str], complete: float, ready: bool = False
) -> None:
    """Holders for most roles, deputies for many: a realistic mix of covered roles and gaps.

    The local coordinator is always staffed: page 1 of every checklist says whom to call first.
    A `ready` area holds every role, with a deputy (another person) for each: the drawn choice
    where there was one, else the people in turn, with no extra draw.
    """
    rng = builder.rng
    for index, template in enumerate(DEFAULT_ROLES):
        role_id = catalogue_role_id(template.code)
        if rng.random() > complete and template.code != "coordinator":
            if not ready:
                continue
            chosen = [people[(index + n) % len(people)] for n in range(2)]
            drawn, ranks = 0, 2
        else:
            chosen = rng.sample(people, min(len(people), 3))
            drawn = 1 + (1 if rng.random() < 0.7 else 0) + (1 if rng.random() < 0.2 else 0)
            ranks = max(drawn, 2) if ready else drawn
        for rank, contact_id in enumerate(chosen[:ranks]):
            builder.add(
                RoleAssignment,
                {"area_id": area_id, "role_id": role_id, "contact_id": contact_id, "rank": rank},
                clean=False,
                extra=rank >= drawn,
            )
            builder.counts.role_assignments += 1


def _inspect(
    builder: _Builder,
    point_id: str,
    items: list[tuple[str, str]],
    ready: bool = False,
    extra: bool = False,
) -> None:
    """A finished inspection of the point; `extra`: one only a ready area has (no draws)."""
    rng = builder.rng
    who = "Anna"
    if not extra:
        date = builder.today - dt.timedelta(days=rng.randint(20, 500))
        who = rng.choice(["Anna", "Erik", "Karin"])
    if ready:
        date = builder.today - dt.timedelta(days=READY_INSPECTED_DAYS_AGO)
    inspection_id = builder.add(
        Inspection,
        {
            "safety_point_id": point_id,
            "date": date,
            "inspector": f"{who} på kommunen (FIKTIV)",
            "notes": "Årlig inventering.",
            "finished": True,
        },
        clean=False,
        extra=extra,
    )
    for item_id, condition in items:
        builder.add(
            InspectionFinding,
            {
                "inspection_id": inspection_id,
                "equipment_id": item_id,
                "condition": condition,
                "note": "",
            },
            clean=False,
            extra=extra,
        )
    builder.counts.inspections += 1


def _krokom(builder: _Builder, definition: dict[str, Any]) -> None:
    municipality_id = builder.add(Municipality, dict(definition["municipality"]))
    for area_def in definition["areas"]:
        ready = area_def["name"] in READY_AREAS
        villages = area_def["villages"]
        area_id = builder.add(
            Area,
            {
                "municipality_id": municipality_id,
                "name": area_def["name"],
                "villages": villages,
                "residents": area_def["residents"],
                "area_km2": area_def["area_km2"],
                "local_group": area_def["local_group"],
                "notes": "FIKTIV demodata.",
            },
        )
        builder.counts.areas += 1
        point_names = []
        for point_def in area_def["points"]:
            values = {k: val for k, val in point_def.items() if k != "equipment"}
            point_id = builder.add(SafetyPoint, {**values, "area_id": area_id})
            point_names.append(point_def["name"])
            builder.counts.safety_points += 1
            inspected = []
            for category, name, quantity, unit, location, facts, *more in point_def["equipment"]:
                generator = more[0] if more else {}  # reserve power: steps and run time
                facts = {
                    k: _relative_date(str(v), builder.today)
                    if k in ("expires_on", "best_before", "filled_on")
                    else v
                    for k, v in facts.items()
                }
                condition = builder.condition()
                last_checked = builder.last_checked()
                if ready:
                    condition = "ok"
                    last_checked = builder.today - dt.timedelta(days=READY_CHECKED_DAYS_AGO)
                item_id = builder.add(
                    EquipmentItem,
                    {
                        "safety_point_id": point_id,
                        "category": category,
                        "name": name,
                        "quantity": quantity,
                        "unit": unit,
                        "location": location,
                        "owner": "Krokoms kommun",
                        "condition": condition,
                        "facts": facts,
                        "last_checked": last_checked,
                        "next_due": facts.get("expires_on") or facts.get("best_before"),
                        **generator,
                    },
                )
                inspected.append((item_id, condition))
                builder.counts.equipment += 1
            drawn = builder.rng.random() < 0.8
            if drawn or ready:
                _inspect(builder, point_id, inspected, ready, extra=not drawn)
        builder.rows[Area][-1]["search_text"] = search_key(
            " | ".join([area_def["name"], *villages, *point_names])
        )
        people = _people(builder, definition, area_id, builder.rng.randint(4, 7), clean=True)
        _staff(builder, area_id, people, complete=0.85, ready=ready)
        for kind, identifier, without_power in area_def["channels"]:
            tested: dt.date | None = builder.today - dt.timedelta(days=builder.rng.randint(10, 400))
            if builder.rng.random() >= 0.8:
                tested = None
            if ready:
                tested = builder.today - dt.timedelta(days=READY_TESTED_DAYS_AGO)
            builder.add(
                InfoChannel,
                {
                    "area_id": area_id,
                    "kind": kind,
                    "identifier": identifier,
                    "works_without_power": without_power,
                    "last_tested": tested,
                },
            )
            builder.counts.channels += 1


def _synthetic(
    builder: _Builder, definition: dict[str, Any], scale: int, progress: Callable[[int], None]
) -> Iterator[None]:
    """N synthetic areas shaped like the demo; yields after each area so callers can flush."""
    rng = builder.rng
    categories = list(EQUIPMENT_CATEGORIES)
    templates = [
        (category, name, unit)
        for area in definition["areas"]
        for point in area["points"]
        for category, name, _q, unit, _l, _f, *_more in point["equipment"]
    ]
    for number in range(1, scale + 1):
        village = f"Synt-by {number:05d}"
        area_id = builder.add(
            Area,
            {
                "name": f"Syntetiskt område {number:05d}",
                "villages": [village],
                "residents": rng.randint(50, 3000),
                "local_group": "",
                "notes": "Syntetiska data för prestandamätning.",
                "search_text": "",
            },
            clean=False,
        )
        point_name = f"Synt-punkt {number:05d} (FIKTIV)"
        builder.rows[Area][-1]["search_text"] = search_key(
            f"Syntetiskt område {number:05d} | {village} | {point_name}"
        )
        point_id = builder.add(
            SafetyPoint,
            {
                "area_id": area_id,
                "name": point_name,
                "kind": rng.choice(["shop", "village_hall", "school"]),
                "latitude": round(rng.uniform(56.0, 67.5), 5),
                "longitude": round(rng.uniform(12.5, 22.0), 5),
                "level": rng.randint(1, 3),
                "status": "operational",
                "services": ["information", "warmth"],
                "reserve_power": rng.choice(["fixed", "mobile_inlet", "none"]),
            },
            clean=False,
        )
        for _ in range(SYNTHETIC_EQUIPMENT_PER_AREA):
            category, name, unit = rng.choice(templates)
            builder.add(
                EquipmentItem,
                {
                    "safety_point_id": point_id,
                    "category": category if category in categories else "other",
                    "name": name,
                    "quantity": float(rng.randint(1, 50)),
                    "unit": unit,
                    "location": "Förrådet",
                    "condition": builder.condition(),
                    "last_checked": builder.last_checked(),
                },
                clean=False,
            )
        people = _people(builder, definition, area_id, SYNTHETIC_CONTACTS_PER_AREA, clean=False)
        _staff(builder, area_id, people, complete=0.9)
        builder.add(
            InfoChannel,
            {
                "area_id": area_id,
                "kind": "radio_p4",
                "identifier": "Sveriges Radio P4",
                "works_without_power": True,
                "last_tested": builder.today,
            },
            clean=False,
        )
        builder.counts.areas += 1
        builder.counts.safety_points += 1
        builder.counts.equipment += SYNTHETIC_EQUIPMENT_PER_AREA
        builder.counts.channels += 1
        progress(number)
        yield


def load_demo(
    database: Database,
    seed: int = 1,
    scale: int = 0,
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoCounts:
    """Add the demo data in one transaction; refuses to add it twice."""
    from trygghetsapp.domain.errors import DomainError

    builder = _Builder(seed, today or dt.date.today())
    definition = load_demo_definition()
    with UnitOfWork(database) as uow:
        if uow.session.scalar(select(Municipality.id).where(Municipality.code == "2309").limit(1)):
            if scale == 0:
                raise DomainError(
                    "demo", "demodata finns redan i databasen", "the demo data is already loaded"
                )
        else:
            _krokom(builder, definition)
            builder.flush(uow)
        for index, _ in enumerate(
            _synthetic(builder, definition, scale, progress or (lambda n: None))
        ):
            if index % 200 == 199:
                builder.flush(uow)
        builder.flush(uow)
    return builder.counts
