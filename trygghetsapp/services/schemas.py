"""Per-entity field rules: what each field accepts and how it is stored.

The same tables serve the services (create and update), import-json and the GUI's field-by-field
validation, so a value refused in one door is refused with the same words in every other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trygghetsapp.domain import values as v
from trygghetsapp.domain.catalogues import (
    EQUIPMENT_CATEGORIES,
    MAX_RANK,
    SERVICES,
    ChannelKind,
    Condition,
    LegalBasis,
    PointStatus,
    ReservePower,
    SafetyPointKind,
)
from trygghetsapp.domain.errors import DomainError

Check = Callable[[str, Any], Any]


def _name(field: str, value: Any) -> str:
    return v.required_name(field, value)


def _short(field: str, value: Any) -> str:
    return v.optional_text(field, value, v.SHORT_MAX)


def _text(field: str, value: Any) -> str:
    return v.optional_text(field, value, v.TEXT_MAX)


def _ref(field: str, value: Any) -> str:
    return v.required_name(field, value, 36)


def _opt_ref(field: str, value: Any) -> str | None:
    text = v.optional_text(field, value, 36)
    return text or None


def _phone(field: str, value: Any) -> str | None:
    return v.phone(field, value)


def _choice(options: Any, default: str | None = None) -> Check:
    allowed = [str(o) for o in options]
    return lambda field, value: v.choice(field, value, allowed, default)


def _facts(field: str, value: Any) -> dict[str, Any]:
    from trygghetsapp.domain.catalogues import DATE_FACTS, NUMERIC_FACTS

    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise DomainError(field, "måste vara ett objekt", "must be an object")
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


FIELDS: dict[str, dict[str, Check]] = {
    "municipality": {
        "name": _name,
        "code": _short,
        "duty_phone": _phone,
        "switchboard_phone": _phone,
        "notes": _text,
    },
    "area": {
        "municipality_id": _opt_ref,
        "name": _name,
        "villages": v.text_list,
        "residents": v.optional_count,
        "area_km2": v.optional_non_negative,
        "local_group": _short,
        "notes": _text,
    },
    "safety_point": {
        "area_id": _ref,
        "name": _name,
        "kind": _choice(SafetyPointKind, SafetyPointKind.OTHER),
        "address": _short,
        "latitude": lambda f, x: x,  # checked as a pair in `clean`
        "longitude": lambda f, x: x,
        "level": lambda f, x: v.integer_in(f, x, 1, 3, default=1),
        "status": _choice(PointStatus, PointStatus.PLANNED),
        "services": lambda f, x: v.choices(f, x, SERVICES),
        "reserve_power": _choice(ReservePower, ReservePower.NONE),
        "reserve_power_notes": _text,
        "heating": _short,
        "water": _short,
        "key_holder": _short,
        "access_notes": _text,
        "opening_routine": _text,
        "capacity_day": v.optional_count,
        "capacity_night": v.optional_count,
        "notes": _text,
    },
    "equipment_item": {
        "safety_point_id": _ref,
        "category": _choice(EQUIPMENT_CATEGORIES, "other"),
        "name": _name,
        "quantity": v.quantity,
        "unit": lambda f, x: v.optional_text(f, x, 20) or "st",
        "location": _short,
        "owner": _short,
        "condition": _choice(Condition, Condition.OK),
        "serial_number": _short,
        "facts": _facts,
        "last_checked": v.optional_date,
        "service_interval_days": lambda f, x: v.optional_count(f, x, 3650),
        "next_due": v.optional_date,
        "notes": _text,
    },
    "contact": {
        "area_id": _ref,
        "name": _name,
        "phone": _phone,
        "phone_alt": _phone,
        "email": v.email,
        "organisation": _short,
        "skills": v.text_list,
        "legal_basis": _choice(LegalBasis, LegalBasis.AGREEMENT),
        "review_date": v.optional_date,
        "notes": _text,
    },
    "crisis_role": {
        "code": lambda f, x: v.optional_text(f, x, 40),
        "name": _name,
        "name_en": _short,
        "critical": v.flag,
        "first_actions": _text,
        "sort_order": lambda f, x: v.integer_in(f, x, 0, 100_000, default=100),
    },
    "role_assignment": {
        "area_id": _ref,
        "role_id": _ref,
        "contact_id": _ref,
        "rank": lambda f, x: v.integer_in(f, x, 0, MAX_RANK, default=0),
    },
    "info_channel": {
        "area_id": _ref,
        "kind": _choice(ChannelKind, ChannelKind.OTHER),
        "identifier": _name,
        "works_without_power": v.flag,
        "last_tested": v.optional_date,
        "notes": _text,
    },
    "inspection": {
        "safety_point_id": _ref,
        "date": v.required_date,
        "inspector": _name,
        "notes": _text,
        "finished": v.flag,
    },
    "inspection_finding": {
        "inspection_id": _ref,
        "equipment_id": _ref,
        "condition": _choice(Condition),
        "note": _text,
    },
}

DEFAULTS: dict[str, dict[str, Any]] = {
    "safety_point": {"kind": "other", "level": 1, "status": "planned", "reserve_power": "none"},
    "equipment_item": {"quantity": 1, "unit": "st", "condition": "ok"},
    "contact": {"legal_basis": "agreement"},
    "crisis_role": {"critical": False},
    "role_assignment": {"rank": 0},
    "info_channel": {"works_without_power": False},
    "inspection": {"finished": False},
}


def clean(entity: str, values: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """Validated, normalised values; with partial=True only the given fields are checked.

    Unknown fields are refused, so a typo in an import file is reported instead of ignored.
    """
    rules = FIELDS[entity]
    unknown = sorted(set(values) - set(rules) - {"id"})
    if unknown:
        raise DomainError(unknown[0], "okänt fält", "unknown field")
    given = dict(values) if partial else {**DEFAULTS.get(entity, {}), **values}
    result: dict[str, Any] = {}
    names = [n for n in rules if n in given] if partial else list(rules)
    for name in names:
        result[name] = rules[name](name, given.get(name))
    if entity == "safety_point" and ("latitude" in result or "longitude" in result):
        if partial and not ("latitude" in given and "longitude" in given):
            raise DomainError(
                "latitude", "ange båda koordinaterna", "give both coordinates together"
            )
        result["latitude"], result["longitude"] = v.coordinates(
            given.get("latitude"), given.get("longitude")
        )
    return result
