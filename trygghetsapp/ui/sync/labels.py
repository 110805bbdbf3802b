"""Words for sync: record types, field labels, values and times as a user reads them.

The conflict list names fields by column ("phone") and values as stored ("needs_service",
"2026-11-27T13:02:00+00:00"). Field labels reuse the tabs' own translated labels (same
translation context and source text, so the form and the conflict view say the same thing);
catalogue codes get their catalogue label; times are local, minutes only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from trygghetsapp.domain.catalogues import (
    CHANNEL_KIND_LABELS,
    CONDITION_LABELS,
    EQUIPMENT_CATEGORIES,
    FACT_LABELS,
    LEGAL_BASIS_LABELS,
    LEVELS,
    POINT_STATUS_LABELS,
    RANK_LABELS,
    RESERVE_POWER_LABELS,
    SAFETY_POINT_KIND_LABELS,
    SERVICES,
    Label,
)
from trygghetsapp.domain.values import format_phone
from trygghetsapp.ui.labels import format_number
from trygghetsapp.ui.labels import label as catalogue_label

# (entity, field) -> (translation context, Swedish source) of the label a tab already shows.
_TAB_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("area", "name"): ("SafetyPointTab", "Områdets namn"),
    ("area", "villages"): ("SafetyPointTab", "Byar (kommaseparerade)"),
    ("area", "residents"): ("SafetyPointTab", "Invånare"),
    ("area", "local_group"): ("SafetyPointTab", "Lokal grupp / förening"),
    ("safety_point", "name"): ("SafetyPointTab", "Namn"),
    ("safety_point", "kind"): ("SafetyPointTab", "Typ av lokal"),
    ("safety_point", "address"): ("SafetyPointTab", "Adress"),
    ("safety_point", "latitude"): ("SafetyPointTab", "Latitud (WGS84)"),
    ("safety_point", "longitude"): ("SafetyPointTab", "Longitud (WGS84)"),
    ("safety_point", "level"): ("SafetyPointTab", "Nivå"),
    ("safety_point", "status"): ("SafetyPointTab", "Status"),
    ("safety_point", "services"): ("SafetyPointTab", "Det punkten erbjuder"),
    ("safety_point", "reserve_power"): ("SafetyPointTab", "Reservkraft"),
    ("safety_point", "reserve_power_notes"): ("SafetyPointTab", "Om reservkraften"),
    ("safety_point", "heating"): ("SafetyPointTab", "Värme"),
    ("safety_point", "water"): ("SafetyPointTab", "Vatten"),
    ("safety_point", "key_holder"): ("SafetyPointTab", "Nyckel finns hos"),
    ("safety_point", "capacity_day"): ("SafetyPointTab", "Platser dagtid"),
    ("safety_point", "capacity_night"): ("SafetyPointTab", "Platser natt"),
    ("safety_point", "access_notes"): ("SafetyPointTab", "Tillträde"),
    ("safety_point", "opening_routine"): ("SafetyPointTab", "Öppningsrutin"),
    ("equipment_item", "category"): ("EquipmentTab", "Kategori"),
    ("equipment_item", "name"): ("EquipmentTab", "Namn"),
    ("equipment_item", "quantity"): ("EquipmentTab", "Antal"),
    ("equipment_item", "unit"): ("EquipmentTab", "Enhet"),
    ("equipment_item", "condition"): ("EquipmentTab", "Skick"),
    ("equipment_item", "location"): ("EquipmentTab", "Plats"),
    ("equipment_item", "owner"): ("EquipmentTab", "Ägare"),
    ("equipment_item", "serial_number"): ("EquipmentTab", "Serienummer"),
    ("equipment_item", "last_checked"): ("EquipmentTab", "Senast kontrollerad"),
    ("equipment_item", "service_interval_days"): ("EquipmentTab", "Kontrollintervall (dagar)"),
    ("equipment_item", "next_due"): ("EquipmentTab", "Nästa service / utgång"),
    ("equipment_item", "safety_point_id"): ("EquipmentTab", "Trygghetspunkt"),
    ("contact", "name"): ("ContactsTab", "Namn"),
    ("contact", "phone"): ("ContactsTab", "Telefon"),
    ("contact", "phone_alt"): ("ContactsTab", "Reservtelefon"),
    ("contact", "email"): ("ContactsTab", "E-post"),
    ("contact", "organisation"): ("ContactsTab", "Organisation"),
    ("contact", "skills"): ("ContactsTab", "Kunskaper (kommaseparerade)"),
    ("contact", "legal_basis"): ("ContactsTab", "Rättslig grund"),
    ("contact", "review_date"): ("ContactsTab", "Granskas senast"),
    ("info_channel", "kind"): ("ChannelsTab", "Typ"),
    ("info_channel", "identifier"): ("ChannelsTab", "Kanal / nummer / adress"),
    ("info_channel", "works_without_power"): ("ChannelsTab", "Fungerar utan ström"),
    ("info_channel", "last_tested"): ("ChannelsTab", "Senast testad"),
    ("inspection", "date"): ("InspectionTab", "Datum"),
    ("inspection", "inspector"): ("InspectionTab", "Inventerare"),
    ("inspection_finding", "condition"): ("InspectionTab", "Markering"),
    ("inspection_finding", "note"): ("InspectionTab", "Anteckning"),
    ("role_assignment", "role_id"): ("RolesTab", "Roll"),
}

_CATALOGUES: dict[tuple[str, str], Mapping[Any, Label]] = {
    ("safety_point", "kind"): SAFETY_POINT_KIND_LABELS,
    ("safety_point", "level"): LEVELS,
    ("safety_point", "status"): POINT_STATUS_LABELS,
    ("safety_point", "reserve_power"): RESERVE_POWER_LABELS,
    ("safety_point", "services"): SERVICES,
    ("equipment_item", "condition"): CONDITION_LABELS,
    ("equipment_item", "category"): {c: v.label for c, v in EQUIPMENT_CATEGORIES.items()},
    ("inspection_finding", "condition"): CONDITION_LABELS,
    ("info_channel", "kind"): CHANNEL_KIND_LABELS,
    ("contact", "legal_basis"): LEGAL_BASIS_LABELS,
    ("role_assignment", "rank"): RANK_LABELS,
}


def entity_label(entity: str) -> str:
    """What kind of record, as a noun: 'Kontakt', 'Utrustning'."""
    names = {
        "municipality": QCoreApplication.translate("sync", "Kommun"),
        "area": QCoreApplication.translate("sync", "Område"),
        "safety_point": QCoreApplication.translate("sync", "Trygghetspunkt"),
        "equipment_item": QCoreApplication.translate("sync", "Utrustning"),
        "contact": QCoreApplication.translate("sync", "Kontakt"),
        "crisis_role": QCoreApplication.translate("sync", "Krisroll"),
        "role_assignment": QCoreApplication.translate("sync", "Rolltilldelning"),
        "info_channel": QCoreApplication.translate("sync", "Informationskanal"),
        "inspection": QCoreApplication.translate("sync", "Inventering"),
        "inspection_finding": QCoreApplication.translate("sync", "Inventeringsrad"),
    }
    return names.get(entity, entity)


def field_label(entity: str, field: str) -> str:
    """The label the user knows from the form; the column name only for fields no form shows."""
    if field == "deleted":
        return QCoreApplication.translate("sync", "Borttagen")
    if field == "notes":
        return QCoreApplication.translate("sync", "Anteckningar")
    if field == "facts" or field.startswith("facts."):
        return QCoreApplication.translate("sync", "Uppgifter")
    if field == "rank":
        return QCoreApplication.translate("sync", "Ordning (ordinarie/ersättare)")
    if field == "contact_id":
        return QCoreApplication.translate("sync", "Person")
    found = _TAB_LABELS.get((entity, field))
    if found is not None:
        return QCoreApplication.translate(*found)
    return field


def value_text(entity: str, field: str, value: Any, language: str) -> str:
    """A stored value as the form would show it; empty values say so instead of showing ''."""
    if value is None or value == "" or value == [] or value == {}:
        return QCoreApplication.translate("sync", "(tomt)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("sync", "ja")
            if value
            else QCoreApplication.translate("sync", "nej")
        )
    catalogue = _CATALOGUES.get((entity, field))
    if isinstance(value, list):
        return ", ".join(value_text(entity, field, v, language) for v in value)
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            fact = FACT_LABELS.get(key)
            name = fact.text(language) if fact is not None else key
            parts.append(f"{name}: {value_text(entity, key, item, language)}")
        return "; ".join(parts)
    if catalogue is not None:
        return catalogue_label(catalogue, value, language)
    if field in ("phone", "phone_alt") and isinstance(value, str):
        return format_phone(value)
    if isinstance(value, float | int):
        return format_number(value)
    return str(value)


def fields_text(entity: str, values: Mapping[str, Any], language: str) -> str:
    """A whole edit ('Telefon: 070-…; Anteckningar: …'), for edit-versus-delete conflicts."""
    parts = [
        f"{field_label(entity, key)}: {value_text(entity, key, value, language)}"
        for key, value in values.items()
        if key not in ("deleted", "id")
    ]
    return "; ".join(parts) or QCoreApplication.translate("sync", "(inga fält)")


def local_time(value: dt.datetime | str | None) -> str:
    """'2026-11-27 14:02' in this computer's time zone; '' for never."""
    if not value:
        return ""
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def role_label(role: str) -> str:
    if role == "office":
        return QCoreApplication.translate("sync", "Kontor")
    if role == "field":
        return QCoreApplication.translate("sync", "Fältdator")
    return role


def sv_or_en(message: str, language: str) -> str:
    """Sync reports join a refusal's two languages as 'svensk text / English text'."""
    swedish, separator, english = message.partition(" / ")
    if not separator:
        return message
    return english if language.startswith("en") else swedish
