"""Per-entity field rules: what each field accepts and the form it is stored in.

One table serves every way data comes in: the services (create and update), import-json, the
GUI's field-by-field validation, and the sync import, which checks every value a package carries
against the same rule (`sync/validate.py`). A value refused at one door is refused with the same
words at every other.

Each rule is a small frozen object. Calling it *is* the rule: a value in, its stored form out, or
a DomainError naming the field (the functions of `values.py` do the work). Its attributes say
what kind of rule it is, so the sync import can compile a fast test for the common, obviously
valid stored values and call the rule itself for everything else. That is why the rules live here
in `domain` (pure, no SQL) rather than in `services`: sync stands beside the services and may not
import them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from trygghetsapp.domain import values as v
from trygghetsapp.domain.catalogues import (
    DATE_FACTS,
    EQUIPMENT_CATEGORIES,
    MAX_RANK,
    NOT_CHOSEN,
    NUMERIC_FACTS,
    SERVICES,
    ChannelKind,
    Condition,
    LegalBasis,
    PointStatus,
    ReservePower,
    SafetyPointKind,
)
from trygghetsapp.domain.errors import DomainError, raise_all


class Rule(Protocol):
    def __call__(self, field: str, value: Any) -> Any: ...


@dataclass(frozen=True)
class Text:
    """Text, stripped. Single-line unless `multiline` (notes may hold line breaks and tabs)."""

    max_length: int = v.TEXT_MAX
    required: bool = False
    multiline: bool = False
    default: str = ""
    """Stored when the text is empty (a unit's "st")."""

    def __call__(self, field: str, value: Any) -> str:
        if self.required:
            return v.required_name(field, value, self.max_length)
        return v.optional_text(field, value, self.max_length, self.multiline) or self.default


@dataclass(frozen=True)
class Ref:
    """The id of another record (a parent)."""

    required: bool = True

    def __call__(self, field: str, value: Any) -> str | None:
        return v.record_id(field, value, self.required)


@dataclass(frozen=True)
class Phone:
    def __call__(self, field: str, value: Any) -> str | None:
        return v.phone(field, value)


@dataclass(frozen=True)
class Email:
    def __call__(self, field: str, value: Any) -> str:
        return v.email(field, value)


@dataclass(frozen=True)
class Choice:
    """One code of a catalogue; `default` is stored when empty."""

    options: tuple[str, ...]
    default: str | None = None

    def __call__(self, field: str, value: Any) -> str:
        return v.choice(field, value, self.options, self.default)


@dataclass(frozen=True)
class Choices:
    """A sorted list of distinct codes of a catalogue."""

    options: tuple[str, ...]

    def __call__(self, field: str, value: Any) -> list[str]:
        return v.choices(field, value, self.options)


@dataclass(frozen=True)
class TextList:
    """A list of short texts (a comma-separated string is split)."""

    def __call__(self, field: str, value: Any) -> list[str]:
        return v.text_list(field, value)


@dataclass(frozen=True)
class Count:
    """A whole number 0..maximum, or none."""

    maximum: int = 10_000_000

    def __call__(self, field: str, value: Any) -> int | None:
        return v.optional_count(field, value, self.maximum)


@dataclass(frozen=True)
class Quantity:
    """A finite number 0..1e9; `optional`: or none (empty means none, not 1)."""

    optional: bool = False

    def __call__(self, field: str, value: Any) -> float | None:
        if self.optional:
            return v.optional_non_negative(field, value)
        return v.quantity(field, value)


@dataclass(frozen=True)
class IntegerIn:
    low: int
    high: int
    default: int | None = None

    def __call__(self, field: str, value: Any) -> int:
        return v.integer_in(field, value, self.low, self.high, self.default)


@dataclass(frozen=True)
class Flag:
    def __call__(self, field: str, value: Any) -> bool:
        return v.flag(field, value)


@dataclass(frozen=True)
class Date:
    required: bool = False

    def __call__(self, field: str, value: Any) -> dt.date | None:
        return v.required_date(field, value) if self.required else v.optional_date(field, value)


@dataclass(frozen=True)
class Coordinate:
    """One axis of a position; `clean` checks a form's two axes as a pair."""

    def __call__(self, field: str, value: Any) -> float | None:
        return v.coordinate(field, value)


@dataclass(frozen=True)
class Steps:
    """Numbered instructions, one short step each (a generator's start, switch-over and stop)."""

    def __call__(self, field: str, value: Any) -> list[str]:
        return v.steps(field, value)


@dataclass(frozen=True)
class Hours:
    """A duration in hours, more than 0, or none."""

    def __call__(self, field: str, value: Any) -> float | None:
        return v.optional_hours(field, value)


@dataclass(frozen=True)
class Percent:
    """A whole percentage 1..100, or none."""

    def __call__(self, field: str, value: Any) -> int | None:
        return v.optional_percent(field, value)


@dataclass(frozen=True)
class Frequency:
    """An FM frequency in MHz, stored the Swedish way ("100,0 MHz"), or empty."""

    def __call__(self, field: str, value: Any) -> str:
        return v.fm_frequency(field, value)


@dataclass(frozen=True)
class MunicipalityCode:
    """Four digits, or empty."""

    def __call__(self, field: str, value: Any) -> str:
        return v.municipality_code(field, value)


FACTS_MAX = 50
"""Facts per equipment item (the catalogue offers at most five per category)."""


@dataclass(frozen=True)
class Facts:
    """Category-specific facts of an equipment item: {key: number, date, yes/no or short text};
    empty values are dropped."""

    def __call__(self, field: str, value: Any) -> dict[str, Any]:
        if value is None or value == "":
            return {}
        if not isinstance(value, dict):
            raise DomainError(field, "måste vara ett objekt", "must be an object")
        if len(value) > FACTS_MAX:
            raise DomainError(field, f"högst {FACTS_MAX} uppgifter", f"at most {FACTS_MAX} facts")
        result: dict[str, Any] = {}
        for key, item in value.items():
            key_text = v.required_name(field, key, 40)
            if item is None or item == "":
                continue
            if key_text in NUMERIC_FACTS:
                result[key_text] = v.quantity(f"{field}.{key_text}", item)
            elif key_text in DATE_FACTS:
                date = v.optional_date(f"{field}.{key_text}", item)
                result[key_text] = date.isoformat() if date else None
            elif isinstance(item, bool):
                result[key_text] = item
            else:
                result[key_text] = v.optional_text(f"{field}.{key_text}", item, v.SHORT_MAX)
        return result


def _codes(options: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(o) for o in options)


NAME = Text(v.NAME_MAX, required=True)
SHORT = Text(v.SHORT_MAX)
LONG = Text(v.TEXT_MAX, multiline=True)
REF = Ref()
PHONE = Phone()
COORDINATE = Coordinate()
COORDINATES = ("latitude", "longitude")

FIELDS: dict[str, dict[str, Rule]] = {
    "municipality": {
        "name": NAME,
        "code": MunicipalityCode(),
        "duty_phone": PHONE,
        "switchboard_phone": PHONE,
        "notes": LONG,
        "vma_frequency": Frequency(),
        "checklist_authors": SHORT,
        "is_default": Flag(),
    },
    "area": {
        "municipality_id": Ref(required=False),
        "name": NAME,
        "villages": TextList(),
        "residents": Count(),
        "area_km2": Quantity(optional=True),
        "local_group": SHORT,
        "notes": LONG,
    },
    "safety_point": {
        "area_id": REF,
        "name": NAME,
        "kind": Choice(_codes(SafetyPointKind), SafetyPointKind.OTHER),
        "address": SHORT,
        "latitude": COORDINATE,
        "longitude": COORDINATE,
        "level": IntegerIn(1, 3, default=1),
        "status": Choice(_codes(PointStatus), PointStatus.PLANNED),
        "services": Choices(_codes(SERVICES)),
        "reserve_power": Choice(_codes(ReservePower), ReservePower.UNKNOWN),
        "reserve_power_notes": LONG,
        "heating": SHORT,
        "water": SHORT,
        "key_holder": SHORT,
        "access_notes": LONG,
        "opening_routine": LONG,
        "capacity_day": Count(),
        "capacity_night": Count(),
        "notes": LONG,
    },
    "equipment_item": {
        "safety_point_id": REF,
        "category": Choice(_codes(EQUIPMENT_CATEGORIES), "other"),
        "name": NAME,
        "quantity": Quantity(),
        "unit": Text(20, default="st"),
        "location": SHORT,
        "owner": SHORT,
        "condition": Choice(_codes(Condition), Condition.OK),
        "serial_number": SHORT,
        "facts": Facts(),
        "last_checked": Date(),
        "service_interval_days": Count(3650),
        "next_due": Date(),
        "notes": LONG,
        "start_steps": Steps(),
        "switchover_steps": Steps(),
        "stop_steps": Steps(),
        "runtime_hours": Hours(),
        "runtime_load_percent": Percent(),
    },
    "contact": {
        "area_id": REF,
        "name": NAME,
        "phone": PHONE,
        "phone_alt": PHONE,
        "email": Email(),
        "organisation": SHORT,
        "skills": TextList(),
        "legal_basis": Choice(_codes(LegalBasis), NOT_CHOSEN),  # missing: "not yet chosen"
        "review_date": Date(),
        "notes": LONG,
    },
    "crisis_role": {
        "code": Text(40),
        "name": NAME,
        "name_en": SHORT,
        "critical": Flag(),
        "first_actions": LONG,
        "sort_order": IntegerIn(0, 100_000, default=100),
    },
    "role_assignment": {
        "area_id": REF,
        "role_id": REF,
        "contact_id": REF,
        "rank": IntegerIn(0, MAX_RANK, default=0),
    },
    "info_channel": {
        "area_id": REF,
        "kind": Choice(_codes(ChannelKind), ChannelKind.OTHER),
        "identifier": NAME,
        "works_without_power": Flag(),
        "last_tested": Date(),
        "notes": LONG,
    },
    "inspection": {
        "safety_point_id": REF,
        "date": Date(required=True),
        "inspector": NAME,
        "inspector_id": Ref(required=False),  # the inspector as a contact, when they are one
        "notes": LONG,
        "finished": Flag(),
    },
    "inspection_finding": {
        "inspection_id": REF,
        "equipment_id": REF,
        # "" = not marked: the inspector wrote only a note (a note never sets a condition).
        "condition": Choice(("", *_codes(Condition)), ""),
        "note": LONG,
    },
}

RECORDED_DATES: dict[str, frozenset[str]] = {
    "equipment_item": frozenset({"last_checked"}),
    "info_channel": frozenset({"last_tested"}),
    "inspection": frozenset({"date"}),
}
"""Dates that record something done: never after today, at the doors that clean values (a
mistyped "2030" made an overdue item look checked). Not a field rule: sync applies the rules
to another laptop's stored data, whose clock is not this one's to judge."""


def _after_today(field: str, date: dt.date) -> DomainError | None:
    today = dt.date.today()
    if date <= today:
        return None
    return DomainError(
        field,
        f"kan inte ligga i framtiden: {date.isoformat()} (i dag är {today.isoformat()})",
        f"cannot be in the future: {date.isoformat()} (today is {today.isoformat()})",
    )


DEFAULTS: dict[str, dict[str, Any]] = {
    "municipality": {"is_default": False},
    "safety_point": {"kind": "other", "level": 1, "status": "planned", "reserve_power": "unknown"},
    "equipment_item": {"quantity": 1, "unit": "st", "condition": "ok"},
    "crisis_role": {"critical": False},
    "role_assignment": {"rank": 0},
    "info_channel": {"works_without_power": False},
    "inspection": {"finished": False},
}


def problems(entity: str, values: dict[str, Any], partial: bool = False) -> list[DomainError]:
    """Every refused field of `values` at once (empty when all are good): what a form shows
    beside each of its fields, and what the command line lists, after one try."""
    try:
        clean(entity, values, partial)
    except DomainError as error:
        return list(error.refusals)
    return []


def clean(entity: str, values: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """Validated, normalised values; with partial=True only the given fields are checked.

    Every field is checked, and every refusal is raised together (`errors.FieldErrors` when
    there are more than one), so four mistakes take one try, not four.
    Unknown fields are refused, so a typo in an import file is reported instead of ignored.
    A safety point's coordinates are checked as a pair (both or neither), as a form gives them.
    """
    rules = FIELDS[entity]
    found: list[DomainError] = [
        DomainError(name, "okänt fält", "unknown field")
        for name in sorted(set(values) - set(rules) - {"id"})
    ]
    given = dict(values) if partial else {**DEFAULTS.get(entity, {}), **values}
    result: dict[str, Any] = {}
    names = [n for n in rules if n in given] if partial else list(rules)
    pair = entity == "safety_point" and any(n in COORDINATES for n in names)
    for name in names:
        if pair and name in COORDINATES:
            continue  # below, as a pair
        try:
            result[name] = rules[name](name, given.get(name))
        except DomainError as error:
            found.append(error)
            continue
        if name in RECORDED_DATES.get(entity, ()) and result[name] is not None:
            ahead = _after_today(name, result[name])
            if ahead is not None:
                found.append(ahead)
    if pair:
        if partial and not ("latitude" in given and "longitude" in given):
            found.append(
                DomainError("latitude", "ange båda koordinaterna", "give both coordinates together")
            )
        else:
            try:
                result["latitude"], result["longitude"] = v.coordinates(
                    given.get("latitude"), given.get("longitude")
                )
            except DomainError as error:
                found.append(error)
    raise_all(found)
    return result
