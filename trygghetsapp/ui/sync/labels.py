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
from trygghetsapp.services.readmodels import Entity
from trygghetsapp.ui.labels import format_number
from trygghetsapp.ui.labels import label as catalogue_label

# (entity, field) -> (translation context, Swedish source) of the label a tab already shows.
_TAB_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    (Entity.AREA, "name"): ("SafetyPointTab", "Områdets namn"),
    (Entity.AREA, "villages"): ("SafetyPointTab", "Byar (kommaseparerade)"),
    (Entity.AREA, "residents"): ("SafetyPointTab", "Invånare"),
    (Entity.AREA, "local_group"): ("SafetyPointTab", "Lokal grupp / förening"),
    (Entity.SAFETY_POINT, "name"): ("SafetyPointTab", "Namn"),
    (Entity.SAFETY_POINT, "kind"): ("SafetyPointTab", "Typ av lokal"),
    (Entity.SAFETY_POINT, "address"): ("SafetyPointTab", "Adress"),
    (Entity.SAFETY_POINT, "latitude"): ("SafetyPointTab", "Latitud (WGS84)"),
    (Entity.SAFETY_POINT, "longitude"): ("SafetyPointTab", "Longitud (WGS84)"),
    (Entity.SAFETY_POINT, "level"): ("SafetyPointTab", "Nivå"),
    (Entity.SAFETY_POINT, "status"): ("SafetyPointTab", "Status"),
    (Entity.SAFETY_POINT, "services"): ("SafetyPointTab", "Det punkten erbjuder"),
    (Entity.SAFETY_POINT, "reserve_power"): ("SafetyPointTab", "Reservkraft"),
    (Entity.SAFETY_POINT, "reserve_power_notes"): ("SafetyPointTab", "Om reservkraften"),
    (Entity.SAFETY_POINT, "heating"): ("SafetyPointTab", "Värme"),
    (Entity.SAFETY_POINT, "water"): ("SafetyPointTab", "Vatten"),
    (Entity.SAFETY_POINT, "key_holder"): ("SafetyPointTab", "Nyckel finns hos"),
    (Entity.SAFETY_POINT, "capacity_day"): ("SafetyPointTab", "Platser dagtid"),
    (Entity.SAFETY_POINT, "capacity_night"): ("SafetyPointTab", "Platser natt"),
    (Entity.SAFETY_POINT, "access_notes"): ("SafetyPointTab", "Tillträde"),
    (Entity.SAFETY_POINT, "opening_routine"): ("SafetyPointTab", "Öppningsrutin"),
    (Entity.EQUIPMENT, "category"): ("EquipmentTab", "Kategori"),
    (Entity.EQUIPMENT, "name"): ("EquipmentTab", "Namn"),
    (Entity.EQUIPMENT, "quantity"): ("EquipmentTab", "Antal"),
    (Entity.EQUIPMENT, "unit"): ("EquipmentTab", "Enhet"),
    (Entity.EQUIPMENT, "condition"): ("EquipmentTab", "Skick"),
    (Entity.EQUIPMENT, "location"): ("EquipmentTab", "Plats"),
    (Entity.EQUIPMENT, "owner"): ("EquipmentTab", "Ägare"),
    (Entity.EQUIPMENT, "serial_number"): ("EquipmentTab", "Serienummer"),
    (Entity.EQUIPMENT, "last_checked"): ("EquipmentTab", "Senast kontrollerad"),
    (Entity.EQUIPMENT, "service_interval_days"): ("EquipmentTab", "Kontrollintervall (dagar)"),
    (Entity.EQUIPMENT, "next_due"): ("EquipmentTab", "Nästa service / utgång"),
    (Entity.EQUIPMENT, "safety_point_id"): ("EquipmentTab", "Trygghetspunkt"),
    (Entity.CONTACT, "name"): ("ContactsTab", "Namn"),
    (Entity.CONTACT, "phone"): ("ContactsTab", "Telefon"),
    (Entity.CONTACT, "phone_alt"): ("ContactsTab", "Reservtelefon"),
    (Entity.CONTACT, "email"): ("ContactsTab", "E-post"),
    (Entity.CONTACT, "organisation"): ("ContactsTab", "Organisation"),
    (Entity.CONTACT, "skills"): ("ContactsTab", "Kunskaper (kommaseparerade)"),
    (Entity.CONTACT, "legal_basis"): ("ContactsTab", "Rättslig grund"),
    (Entity.CONTACT, "review_date"): ("ContactsTab", "Granskas senast"),
    (Entity.CHANNEL, "kind"): ("ChannelsTab", "Typ"),
    (Entity.CHANNEL, "identifier"): ("ChannelsTab", "Kanal / nummer / adress"),
    (Entity.CHANNEL, "works_without_power"): ("ChannelsTab", "Fungerar utan ström"),
    (Entity.CHANNEL, "last_tested"): ("ChannelsTab", "Senast testad"),
    (Entity.INSPECTION, "date"): ("InspectionTab", "Datum"),
    (Entity.INSPECTION, "inspector"): ("InspectionTab", "Inventerare"),
    (Entity.FINDING, "condition"): ("InspectionTab", "Markering"),
    (Entity.FINDING, "note"): ("InspectionTab", "Anteckning"),
    (Entity.ROLE_ASSIGNMENT, "role_id"): ("RolesTab", "Roll"),
}

_CATALOGUES: dict[tuple[str, str], Mapping[Any, Label]] = {
    (Entity.SAFETY_POINT, "kind"): SAFETY_POINT_KIND_LABELS,
    (Entity.SAFETY_POINT, "level"): LEVELS,
    (Entity.SAFETY_POINT, "status"): POINT_STATUS_LABELS,
    (Entity.SAFETY_POINT, "reserve_power"): RESERVE_POWER_LABELS,
    (Entity.SAFETY_POINT, "services"): SERVICES,
    (Entity.EQUIPMENT, "condition"): CONDITION_LABELS,
    (Entity.EQUIPMENT, "category"): {c: v.label for c, v in EQUIPMENT_CATEGORIES.items()},
    (Entity.FINDING, "condition"): CONDITION_LABELS,
    (Entity.CHANNEL, "kind"): CHANNEL_KIND_LABELS,
    (Entity.CONTACT, "legal_basis"): LEGAL_BASIS_LABELS,
    (Entity.ROLE_ASSIGNMENT, "rank"): RANK_LABELS,
}


def entity_label(entity: str) -> str:
    """What kind of record, as a noun: 'Kontakt', 'Utrustning'."""
    names: dict[str, str] = {
        Entity.MUNICIPALITY: QCoreApplication.translate("sync", "Kommun"),
        Entity.AREA: QCoreApplication.translate("sync", "Område"),
        Entity.SAFETY_POINT: QCoreApplication.translate("sync", "Trygghetspunkt"),
        Entity.EQUIPMENT: QCoreApplication.translate("sync", "Utrustning"),
        Entity.CONTACT: QCoreApplication.translate("sync", "Kontakt"),
        Entity.CRISIS_ROLE: QCoreApplication.translate("sync", "Krisroll"),
        Entity.ROLE_ASSIGNMENT: QCoreApplication.translate("sync", "Rolltilldelning"),
        Entity.CHANNEL: QCoreApplication.translate("sync", "Informationskanal"),
        Entity.INSPECTION: QCoreApplication.translate("sync", "Inventering"),
        Entity.FINDING: QCoreApplication.translate("sync", "Inventeringsrad"),
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
