"""Fixed vocabularies of the domain (DOMAIN.md sections 1.2, 2.4, 2.5, 2.8, 2.9).

Codes are English snake_case and stable: they are stored in the database and travel in sync
packages, so a code is never renamed. Labels are Swedish first, English second; the GUI shows them
through Qt's translation system, the PDF prints the Swedish label.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Label:
    sv: str
    en: str

    def text(self, language: str = "sv") -> str:
        return self.en if language.startswith("en") else self.sv


class SafetyPointKind(StrEnum):
    SHOP = "shop"
    VILLAGE_HALL = "village_hall"
    SCHOOL = "school"
    CHURCH_HALL = "church_hall"
    SPORTS_HALL = "sports_hall"
    OTHER = "other"


SAFETY_POINT_KIND_LABELS: dict[str, Label] = {
    SafetyPointKind.SHOP: Label("Butik / SOT-punkt", "Shop / SOT point"),
    SafetyPointKind.VILLAGE_HALL: Label("Bygdegård / bystuga", "Village hall"),
    SafetyPointKind.SCHOOL: Label("Skola", "School"),
    SafetyPointKind.CHURCH_HALL: Label("Församlingshem", "Church hall"),
    SafetyPointKind.SPORTS_HALL: Label("Idrottshall", "Sports hall"),
    SafetyPointKind.OTHER: Label("Annat", "Other"),
}


class PointStatus(StrEnum):
    PLANNED = "planned"
    BEING_EQUIPPED = "being_equipped"
    OPERATIONAL = "operational"


POINT_STATUS_LABELS: dict[str, Label] = {
    PointStatus.PLANNED: Label("Planerad", "Planned"),
    PointStatus.BEING_EQUIPPED: Label("Under utrustning", "Being equipped"),
    PointStatus.OPERATIONAL: Label("I drift", "Operational"),
}

LEVELS: dict[int, Label] = {
    1: Label("Nivå 1 – information och värme", "Level 1 – information and warmth"),
    2: Label("Nivå 2 – utökat dagcentrum", "Level 2 – extended day centre"),
    3: Label("Nivå 3 – övernattning", "Level 3 – overnight stay"),
}


class ReservePower(StrEnum):
    """What a safety point has for reserve power (DOMAIN.md 2.4: fixed, or prepared for a mobile
    generator). UNKNOWN is a new point's value until someone finds out: neither a claim that it has
    reserve power nor that it has none."""

    UNKNOWN = "unknown"
    FIXED = "fixed"
    MOBILE_INLET = "mobile_inlet"
    NONE = "none"


RESERVE_POWER_LABELS: dict[str, Label] = {
    # First: an empty form's combo shows the first choice, and that is the stored default.
    ReservePower.UNKNOWN: Label("Ej angivet", "Not stated"),
    ReservePower.FIXED: Label("Fast reservkraft", "Fixed reserve power"),
    ReservePower.MOBILE_INLET: Label(
        "Förberedd för mobil reservkraft", "Prepared for a mobile generator"
    ),
    ReservePower.NONE: Label("Ingen reservkraft", "No reserve power"),
}


SERVICES: dict[str, Label] = {
    "information": Label("Aktuell information", "Current information"),
    "warmth": Label("Värme och vila", "Warmth and rest"),
    "water": Label("Dricksvatten / nödvatten", "Drinking / emergency water"),
    "toilet": Label("Toalett", "Toilet"),
    "shower": Label("Dusch", "Shower"),
    "charging": Label("Laddning av telefon och radio", "Phone and radio charging"),
    "meals": Label("Enklare måltider, varm dryck", "Simple meals, hot drinks"),
    "first_aid": Label("Krisstöd och enklare första hjälpen", "Crisis support, simple first aid"),
    "alarm_help": Label("Hjälp att larma 112", "Help to call 112"),
    "overnight": Label("Övernattning", "Overnight stay"),
    "relatives": Label("Kontakt med anhöriga", "Contact with relatives"),
    "shopping": Label("Handla mat och bränsle", "Food and fuel shopping"),
}


class Condition(StrEnum):
    OK = "ok"
    NEEDS_SERVICE = "needs_service"
    DEFECT = "defect"
    MISSING = "missing"


CONDITION_LABELS: dict[str, Label] = {
    Condition.OK: Label("OK", "OK"),
    Condition.NEEDS_SERVICE: Label("Behöver service", "Needs service"),
    Condition.DEFECT: Label("Trasig", "Defect"),
    Condition.MISSING: Label("Saknas", "Missing"),
}

UNUSABLE = frozenset({Condition.DEFECT, Condition.MISSING})
"""Conditions in which an item cannot be counted on: printed as such, never as if it works."""


def has_reserve_power(stated: str, unit_conditions: Iterable[str]) -> bool:
    """Whether a point can count on reserve power: it is stated as fixed or prepared for a mobile
    generator, or a reserve-power unit that is not broken or missing is registered there (a
    registered working generator is a fact, whatever the point's own field still says)."""
    if stated in (ReservePower.FIXED, ReservePower.MOBILE_INLET):
        return True
    return any(condition not in UNUSABLE for condition in unit_conditions)


@dataclass(frozen=True)
class EquipmentCategory:
    code: str
    label: Label
    service_interval_days: int
    """Default check interval; a generator is test-run monthly, most stock checked yearly."""
    facts: tuple[str, ...] = ()
    """Category-specific facts the edit form offers (keys of the item's `facts`)."""


EQUIPMENT_CATEGORIES: dict[str, EquipmentCategory] = {
    c.code: c
    for c in (
        EquipmentCategory(
            "reserve_power",
            Label("Reservkraft", "Reserve power"),
            30,
            ("kw", "fuel_type", "tank_litres", "start", "inverter"),  # kVA: domain/power.py
        ),
        EquipmentCategory(
            "fuel", Label("Bränsle", "Fuel"), 180, ("fuel_type", "litres", "filled_on")
        ),
        EquipmentCategory("heating", Label("Värme", "Heating"), 365, ("kw", "fuel_type")),
        EquipmentCategory("water", Label("Vatten", "Water"), 180, ("litres",)),
        EquipmentCategory(
            "communications",
            Label("Samband / kommunikation", "Communications"),
            90,
            ("frequency", "subscription"),
        ),
        EquipmentCategory("information", Label("Information", "Information"), 365),
        EquipmentCategory("first_aid", Label("Sjukvård", "First aid"), 180, ("expires_on",)),
        EquipmentCategory("light_charging", Label("Belysning / laddning", "Light / charging"), 180),
        EquipmentCategory("food", Label("Livsmedel", "Food"), 180, ("best_before",)),
        EquipmentCategory("hygiene", Label("Hygien / sanitet", "Hygiene / sanitation"), 365),
        EquipmentCategory("fire_safety", Label("Brand / säkerhet", "Fire / safety"), 365),
        EquipmentCategory("other", Label("Övrigt", "Other"), 365),
    )
}

FACT_LABELS: dict[str, Label] = {
    "kva": Label("Effekt (kVA)", "Rating (kVA)"),
    "kw": Label("Effekt (kW)", "Power (kW)"),
    "fuel_type": Label("Bränsletyp", "Fuel type"),
    "tank_litres": Label("Tank (liter)", "Tank (litres)"),
    "litres": Label("Volym (liter)", "Volume (litres)"),
    "start": Label("Start (automatisk/manuell)", "Start (automatic/manual)"),
    "inverter": Label("Frekvensomriktare", "Inverter"),
    "filled_on": Label("Fylld datum", "Filled on"),
    "frequency": Label("Frekvens / kanal", "Frequency / channel"),
    "subscription": Label("Abonnemang", "Subscription"),
    "expires_on": Label("Utgångsdatum", "Expires on"),
    "best_before": Label("Bäst före", "Best before"),
}

NUMERIC_FACTS = frozenset({"kva", "kw", "tank_litres", "litres"})

GENERATOR_FIELDS: dict[str, Label] = {
    "start_steps": Label("Starta – ett steg per rad", "Start – one step per line"),
    "switchover_steps": Label(
        "Koppla om till reservkraft – ett steg per rad", "Switch over – one step per line"
    ),
    "stop_steps": Label(
        "Tillbaka till nätet och stäng av – ett steg per rad",
        "Back to the grid – one step per line",
    ),
    "runtime_hours": Label("Drifttid på full tank (timmar)", "Run time on a full tank (hours)"),
    "runtime_load_percent": Label("vid last (%)", "at load (%)"),
}
"""The equipment fields of a reserve-power unit (category reserve_power) beyond its facts; printed
as the generator block of the checklist and the reserve-power role card."""
DATE_FACTS = frozenset({"filled_on", "expires_on", "best_before"})


@dataclass(frozen=True)
class RoleTemplate:
    code: str
    label: Label
    critical: bool
    """A critical role without a deputy is a readiness gap."""
    first_actions: str
    """What the holder does first: printed on the role card (Swedish)."""


DEFAULT_ROLES: tuple[RoleTemplate, ...] = (
    RoleTemplate(
        "coordinator",
        Label("Lokal samordnare", "Local coordinator"),
        True,
        "Ta emot beslut om öppning från kommunens krisledning. Öppna punkten och fördela "
        "rollerna. Rapportera läget till kommunen enligt sambandsschemat.",
    ),
    RoleTemplate(
        "information_lead",
        Label("Informationsansvarig", "Information lead"),
        True,
        "Sätt upp anslagstavlan och skylten TRYGGHETSPUNKT. Lyssna på P4 och för vidare "
        "kommunens information. Håll kontakt med kommunens informationsfunktion.",
    ),
    RoleTemplate(
        "communications_lead",
        Label("Sambandsansvarig", "Communications lead"),
        True,
        "Starta Rakel eller radio och gör första incheckningen med krisledningen. "
        "Håll schemalagda sambandstider och för sambandslogg.",
    ),
    RoleTemplate(
        "generator_lead",
        Label("Reservkraftansvarig", "Generator lead"),
        True,
        "Starta eller koppla in reservkraften. Kontrollera bränsle och planera påfyllning. "
        "Kör aggregatet utomhus eller i containern; varna för kolmonoxid.",
    ),
    RoleTemplate(
        "medical_lead",
        Label("Sjukvårdsansvarig", "First-aid lead"),
        False,
        "Kontrollera förbandslåda och hjärtstartare. Ge enklare första hjälpen och hjälp "
        "besökare att larma 112. Håll koll på sårbara besökare.",
    ),
    RoleTemplate(
        "logistics_lead",
        Label("Logistikansvarig", "Logistics lead"),
        False,
        "Ordna vatten, mat, ved och transporter. Håll förrådslistan aktuell och rapportera "
        "förbrukning.",
    ),
    RoleTemplate(
        "key_holder",
        Label("Nyckel- och lokalansvarig", "Key holder / premises"),
        True,
        "Lås upp lokalen, kontrollera värme, vatten och toaletter. Ordna reservtoaletter om "
        "vatten eller avlopp slutar fungera.",
    ),
    RoleTemplate(
        "reception",
        Label("Mottagning", "Reception"),
        False,
        "Ta emot besökare och för besöksloggen (bara antal, inga personuppgifter). "
        "Visa var värme, vatten och laddning finns.",
    ),
)


GENERATOR_LEAD = "generator_lead"
NO_RESERVE_POWER_ACTIONS = (
    "Området har ingen egen reservkraft: säg det till kommunens krisledning när punkten öppnas. "
    "Stäng av känslig utrustning så att den inte skadas när strömmen kommer tillbaka. "
    "Ordna ficklampor och batterilampor, och ladda telefoner från powerbanks i tur och ordning."
)
"""Printed on the reserve-power lead's card instead of the role's own first actions when no
point of the area has reserve power: nothing may tell anyone to start a generator that is not
there."""


class ChannelKind(StrEnum):
    RADIO_P4 = "radio_p4"
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    SMS = "sms"
    NOTICE_BOARD = "notice_board"
    RAKEL = "rakel"
    RADIO = "radio"
    SATELLITE_PHONE = "satellite_phone"
    PHONE = "phone"
    OTHER = "other"


CHANNEL_KIND_LABELS: dict[str, Label] = {
    ChannelKind.RADIO_P4: Label("Sveriges Radio P4", "Swedish Radio P4"),
    ChannelKind.WEBSITE: Label("Webbplats", "Website"),
    ChannelKind.SOCIAL_MEDIA: Label("Sociala medier", "Social media"),
    ChannelKind.SMS: Label("SMS-utskick", "SMS broadcast"),
    ChannelKind.NOTICE_BOARD: Label("Anslagstavla", "Notice board"),
    ChannelKind.RAKEL: Label("Rakel", "Rakel"),
    ChannelKind.RADIO: Label("Kommunikationsradio", "Two-way radio"),
    ChannelKind.SATELLITE_PHONE: Label("Satellittelefon", "Satellite phone"),
    ChannelKind.PHONE: Label("Telefon", "Telephone"),
    ChannelKind.OTHER: Label("Annan", "Other"),
}


class LegalBasis(StrEnum):
    AGREEMENT = "agreement"
    PUBLIC_TASK = "public_task"
    CONSENT = "consent"
    LEGAL_OBLIGATION = "legal_obligation"


LEGAL_BASIS_LABELS: dict[str, Label] = {
    LegalBasis.AGREEMENT: Label("Avtal", "Agreement"),
    LegalBasis.PUBLIC_TASK: Label("Uppgift av allmänt intresse", "Public task"),
    LegalBasis.CONSENT: Label("Samtycke", "Consent"),
    LegalBasis.LEGAL_OBLIGATION: Label("Rättslig förpliktelse", "Legal obligation"),
}

NOT_CHOSEN = ""
"""The legal basis of a contact nobody has chosen one for yet (an import without the field)."""
NOT_CHOSEN_LABEL = Label("Inte vald än", "Not yet chosen")

LEGAL_BASIS_HELP: dict[str, Label] = {
    LegalBasis.PUBLIC_TASK: Label(
        "Kommunens anställda i krisroller: kommunen ska planera för extraordinära händelser "
        "(LEH 2006:544).",
        "Municipal staff in crisis roles: the municipality must plan for extraordinary events "
        "(LEH 2006:544).",
    ),
    LegalBasis.AGREEMENT: Label(
        "Frivilliga som har skrivit avtal med kommunen, t.ex. FRG eller en butik med avtal.",
        "Volunteers with a signed agreement with the municipality, e.g. FRG or a shop under "
        "contract.",
    ),
    LegalBasis.CONSENT: Label(
        "Övriga frivilliga, som sista utväg: skriftligt samtycke som kan återkallas när som helst.",
        "Other volunteers, as a last resort: written consent that can be withdrawn at any time.",
    ),
    LegalBasis.LEGAL_OBLIGATION: Label(
        "Bara när en lag kräver att just den här uppgiften sparas.",
        "Only when a law requires this very data to be kept.",
    ),
}
"""One line per legal basis, shown beside the choice in the contact dialog."""

LEGAL_BASIS_SUGGESTIONS: tuple[tuple[Label, str], ...] = (
    (Label("Kommunens personal", "Municipal staff"), LegalBasis.PUBLIC_TASK),
    (Label("Frivillig med avtal (FRG)", "Volunteer with an agreement (FRG)"), LegalBasis.AGREEMENT),
    (Label("Företag (butik, drivmedel)", "Business (shop, fuel)"), LegalBasis.AGREEMENT),
    (Label("Frivillig utan avtal", "Volunteer without an agreement"), LegalBasis.CONSENT),
)
"""A suggestion per kind of contact, shown in the dialog; the user still chooses."""

REVIEW_MONTHS: dict[str, int] = {
    LegalBasis.CONSENT: 12,
    LegalBasis.AGREEMENT: 12,
    LegalBasis.PUBLIC_TASK: 24,
    LegalBasis.LEGAL_OBLIGATION: 24,
}
"""How long until a contact with this basis is reviewed, when no review date is given."""


def default_review_date(basis: str, today: dt.date) -> dt.date | None:
    """Today plus the basis's review period (the same day that many months on), or None."""
    months = REVIEW_MONTHS.get(basis)
    if months is None:
        return None
    month_index = today.month - 1 + months
    year, month = today.year + month_index // 12, month_index % 12 + 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


RANK_LABELS: dict[int, Label] = {
    0: Label("Ordinarie", "Holder"),
    1: Label("Ersättare 1", "Deputy 1"),
    2: Label("Ersättare 2", "Deputy 2"),
    3: Label("Ersättare 3", "Deputy 3"),
}
MAX_RANK = 3

EMERGENCY_NUMBERS: tuple[tuple[str, Label], ...] = (
    ("112", Label("Nödnummer – polis, ambulans, räddningstjänst", "Emergency")),
    ("113 13", Label("Information vid olyckor och kriser", "Information in emergencies")),
    ("114 14", Label("Polisen, ej akut", "Police, non-urgent")),
    ("1177", Label("Sjukvårdsrådgivning", "Healthcare advice")),
)
