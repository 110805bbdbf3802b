"""The workbook's sheets and columns: one definition for export, the blank template and import.

Each sheet is one entity of export-json, in the same dependency order. A column is a field of
the record, a reference shown by name (`@area`: the area's name, with the area's id in a hidden
column beside it), a fact of an equipment item (`fact:kva`), SWEREF 99 TM coordinates, or a
column written for reading only (`display:`). Headers are matched in Swedish or English, with the
synonyms people use in their own lists; a wizard can map any other header to a column key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trygghetsapp.domain import typed
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

ID = "id"
TEXT, DATE, INT, FLOAT, QUANTITY, FLAG, PHONE, CHOICE, CHOICES, LIST = (
    "text",
    "date",
    "int",
    "float",
    "quantity",
    "flag",
    "phone",
    "choice",
    "choices",
    "list",
)
STEPS = "steps"
"""A reserve-power unit's steps: one step per line in the cell (a step may hold commas and
semicolons, so the list separators of LIST do not apply)."""
REF, REF_ID, FACT, OTHER_FACTS, SWEREF_N, SWEREF_E, DISPLAY = (
    "ref",
    "ref_id",
    "fact",
    "other_facts",
    "sweref_n",
    "sweref_e",
    "display",
)


def _vocabulary(
    labels: Mapping[str, Label], extra: Mapping[str, tuple[str, ...]] | None = None
) -> typed.Vocabulary:
    extra = extra or {}
    return typed.Vocabulary(
        {code: (label.sv, label.en, *extra.get(code, ())) for code, label in labels.items()}
    )


CATEGORY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "reserve_power": ("Elverk", "Generator", "Aggregat", "Reservelverk"),
    "fuel": ("Drivmedel", "Diesel", "Bensin"),
    "communications": ("Samband", "Radio", "Kommunikation", "Telefoni"),
    "first_aid": ("Sjukvårdsmaterial", "Första hjälpen", "Hjärtstartare"),
    "light_charging": ("Belysning", "Laddning", "Ljus"),
    "food": ("Mat", "Proviant"),
    "hygiene": ("Hygien", "Sanitet", "Toalett"),
    "fire_safety": ("Brand", "Säkerhet", "Brandskydd"),
}

VOCABULARIES: dict[str, typed.Vocabulary] = {
    "kind": _vocabulary(
        SAFETY_POINT_KIND_LABELS,
        {
            "shop": ("Butik", "SOT-punkt", "Lanthandel", "Affär", "Shop"),
            "village_hall": ("Bygdegård", "Bystuga", "Föreningshus", "Byagård"),
            "church_hall": ("Kyrka", "Kyrkans lokal"),
            "sports_hall": ("Sporthall", "Gymnastiksal"),
        },
    ),
    "status": _vocabulary(POINT_STATUS_LABELS, {"operational": ("Aktiv", "Klar", "I bruk")}),
    "level": typed.Vocabulary(
        {str(n): (label.sv, label.en, f"Nivå {n}", f"Level {n}") for n, label in LEVELS.items()}
    ),
    "reserve_power": _vocabulary(
        RESERVE_POWER_LABELS,
        {
            "fixed": ("Fast", "Fast aggregat", "Ja"),
            "mobile_inlet": ("Mobil", "Inkoppling", "Förberedd", "Uttag för mobil reservkraft"),
            "none": ("Ingen", "Nej", "Saknas"),
        },
    ),
    "services": _vocabulary(
        SERVICES,
        {
            "information": ("Information",),
            "warmth": ("Värme", "Vila", "Uppvärmning"),
            "water": ("Vatten", "Dricksvatten", "Nödvatten"),
            "charging": ("Laddning", "Ladda telefon", "Mobilladdning"),
            "meals": ("Mat", "Måltider", "Enklare måltider", "Varm dryck", "Förtäring"),
            "first_aid": ("Krisstöd", "Första hjälpen", "Sjukvård"),
            "alarm_help": ("Larma", "Larm", "112", "Hjälp att larma"),
            "relatives": ("Anhöriga",),
            "shopping": ("Handla", "Butik", "Bränsle", "Drivmedel"),
        },
    ),
    "category": typed.Vocabulary(
        {
            code: (
                category.label.sv,
                category.label.en,
                *[part.strip() for part in category.label.sv.split("/")],
                *CATEGORY_SYNONYMS.get(code, ()),
            )
            for code, category in EQUIPMENT_CATEGORIES.items()
        }
    ),
    "condition": _vocabulary(
        CONDITION_LABELS,
        {
            "ok": ("Bra", "Fungerar", "Hel", "God"),
            "needs_service": ("Service", "Behöver ses över", "Åtgärdas"),
            "defect": ("Defekt", "Trasig", "Sönder", "Ur funktion"),
            "missing": ("Saknad", "Borta", "Finns ej"),
        },
    ),
    "legal_basis": _vocabulary(LEGAL_BASIS_LABELS),
    "channel_kind": _vocabulary(
        CHANNEL_KIND_LABELS,
        {
            "radio_p4": ("P4", "Radio P4", "Sveriges Radio"),
            "website": ("Webb", "Hemsida", "Webbsida"),
            "social_media": ("Facebook", "Sociala medier"),
            "notice_board": ("Anslag", "Anslagstavla"),
            "radio": ("Komradio", "Jaktradio", "Radio"),
            "satellite_phone": ("Satellit", "Satellittelefon"),
        },
    ),
    "rank": typed.Vocabulary(
        {
            str(rank): (label.sv, label.en, *(("Ersättare", "Deputy") if rank == 1 else ()))
            for rank, label in RANK_LABELS.items()
        }
    ),
}


@dataclass(frozen=True)
class Column:
    key: str
    """A field of the record, or `@entity` (a reference by name), `fact:name`, `sweref_n` ..."""
    sv: str
    en: str
    kind: str
    aliases: tuple[str, ...] = ()
    width: int = 18
    hidden: bool = False
    vocabulary: str | None = None

    def names(self) -> tuple[str, ...]:
        return (self.sv, self.en, *self.aliases)


@dataclass(frozen=True)
class Ref:
    """A reference shown by name: the visible column, the hidden id column, what it names."""

    key: str
    target: str
    """The entity named (its table name)."""
    field: str | None
    """The record field it fills; None when it only narrows another reference."""
    scope: str | None = None
    """The key of the reference within which names are looked up (`@area` for a point)."""
    create_missing: bool = False
    """A name nowhere to be found becomes a new record (municipalities only)."""


@dataclass(frozen=True)
class Sheet:
    key: str
    """The export-json key (areas, safety_points ...)."""
    entity: str
    sv: str
    en: str
    columns: tuple[Column, ...]
    refs: tuple[Ref, ...] = ()
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.sv, self.en, *self.aliases)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _id() -> Column:
    return Column(ID, "Id", "Id", ID, ("Id (dolt)", "Post-id"), 38, hidden=True)


def _ref(
    key: str, sv: str, en: str, aliases: tuple[str, ...] = (), width: int = 28
) -> tuple[Column, Column]:
    """The visible name column and the hidden id column of a reference."""
    field = {"@point": "safety_point_id"}.get(key, f"{key[1:]}_id")
    return (
        Column(key, sv, en, REF, aliases, width),
        Column(field, f"{sv}-id", f"{en} id", REF_ID, (), 38, hidden=True),
    )


def _notes(key: str = "notes") -> Column:
    return Column(
        key,
        "Anteckningar",
        "Notes",
        TEXT,
        ("Anteckning", "Noteringar", "Kommentar", "Kommentarer", "Övrigt", "Note"),
        40,
    )


AREA_REF = _ref("@area", "Område", "Area", ("Områdesnamn", "Område/by", "By"))
POINT_REF = _ref(
    "@point", "Trygghetspunkt", "Safety point", ("Punkt", "Trygghetspunktens namn", "Lokal")
)

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "municipalities",
        "municipality",
        "Kommuner",
        "Municipalities",
        (
            Column("name", "Kommun", "Municipality", TEXT, ("Namn", "Kommunnamn", "Name"), 28),
            Column("code", "Kommunkod", "Code", TEXT, ("Kod",), 12),
            Column(
                "duty_phone",
                "Journummer (TiB)",
                "Duty phone",
                PHONE,
                ("Tjänsteperson i beredskap", "TiB", "Beredskapsnummer", "Journummer"),
                20,
            ),
            Column("switchboard_phone", "Växel", "Switchboard", PHONE, ("Växelnummer",), 20),
            _notes(),
            _id(),
        ),
        aliases=("Kommun",),
    ),
    Sheet(
        "areas",
        "area",
        "Områden",
        "Areas",
        (
            Column("name", "Område", "Area", TEXT, ("Namn", "Områdesnamn", "Name"), 32),
            *_ref("@municipality", "Kommun", "Municipality", ("Kommunnamn",), 20),
            Column("villages", "Byar", "Villages", LIST, ("Orter", "Byar och orter"), 32),
            Column(
                "residents",
                "Invånare",
                "Residents",
                INT,
                ("Antal invånare", "Folkmängd", "Befolkning", "Bofasta"),
                12,
            ),
            Column("area_km2", "Yta (km²)", "Area (km²)", FLOAT, ("Yta km2", "Yta", "km2"), 12),
            Column(
                "local_group",
                "Lokal grupp",
                "Local group",
                TEXT,
                ("Trygghetsråd", "Lokal förening", "Grupp"),
                28,
            ),
            _notes(),
            _id(),
        ),
        (Ref("@municipality", "municipality", "municipality_id", create_missing=True),),
        ("Område",),
    ),
    Sheet(
        "roles",
        "crisis_role",
        "Roller",
        "Roles",
        (
            Column("code", "Kod", "Code", TEXT, (), 20),
            Column("name", "Roll", "Role", TEXT, ("Namn", "Rollnamn", "Name"), 28),
            Column("name_en", "Roll (engelska)", "Role (English)", TEXT, ("Engelskt namn",), 24),
            Column("critical", "Kritisk", "Critical", FLAG, ("Kritisk roll",), 10),
            Column(
                "first_actions",
                "Första åtgärder",
                "First actions",
                TEXT,
                ("Första åtgärderna", "Åtgärder"),
                60,
            ),
            Column("sort_order", "Ordning", "Order", INT, ("Sortering",), 10),
            _id(),
        ),
        aliases=("Krisroller", "Rollkatalog"),
    ),
    Sheet(
        "safety_points",
        "safety_point",
        "Trygghetspunkter",
        "Safety points",
        (
            AREA_REF[0],
            Column(
                "name",
                "Trygghetspunkt",
                "Safety point",
                TEXT,
                ("Namn", "Punkt", "Lokal", "Name"),
                36,
            ),
            Column("kind", "Typ", "Kind", CHOICE, ("Lokaltyp", "Sort"), 22, vocabulary="kind"),
            Column("address", "Adress", "Address", TEXT, ("Besöksadress", "Gatuadress"), 32),
            Column(
                "latitude",
                "Latitud (WGS 84)",
                "Latitude (WGS 84)",
                FLOAT,
                ("Latitud", "Lat", "Breddgrad", "Latitude"),
                14,
            ),
            Column(
                "longitude",
                "Longitud (WGS 84)",
                "Longitude (WGS 84)",
                FLOAT,
                ("Longitud", "Lon", "Lng", "Längdgrad", "Longitude"),
                14,
            ),
            Column(
                "sweref_n",
                "N (SWEREF 99 TM)",
                "N (SWEREF 99 TM)",
                SWEREF_N,
                ("N", "Northing", "Nordkoordinat", "X (SWEREF 99 TM)", "SWEREF N"),
                14,
            ),
            Column(
                "sweref_e",
                "E (SWEREF 99 TM)",
                "E (SWEREF 99 TM)",
                SWEREF_E,
                ("E", "Easting", "Östkoordinat", "Y (SWEREF 99 TM)", "SWEREF E"),
                14,
            ),
            Column("level", "Nivå", "Level", CHOICE, (), 30, vocabulary="level"),
            Column("status", "Status", "Status", CHOICE, ("Läge",), 18, vocabulary="status"),
            Column(
                "services",
                "Vad punkten erbjuder",
                "Services",
                CHOICES,
                ("Tjänster", "Erbjuder", "Service", "Vad som erbjuds"),
                50,
                vocabulary="services",
            ),
            Column(
                "reserve_power",
                "Reservkraft",
                "Reserve power",
                CHOICE,
                ("Reservkraft typ",),
                30,
                vocabulary="reserve_power",
            ),
            Column(
                "reserve_power_notes",
                "Reservkraft, anteckningar",
                "Reserve power notes",
                TEXT,
                ("Om reservkraften",),
                40,
            ),
            Column("heating", "Värme", "Heating", TEXT, ("Uppvärmning",), 28),
            Column("water", "Vatten", "Water", TEXT, ("Vattenförsörjning",), 28),
            Column(
                "key_holder",
                "Nyckelansvarig",
                "Key holder",
                TEXT,
                ("Nyckel", "Nyckelinnehavare", "Nycklar"),
                32,
            ),
            Column(
                "access_notes", "Tillträde", "Access", TEXT, ("Åtkomst", "Tillträde och lås"), 32
            ),
            Column(
                "opening_routine",
                "Öppningsrutin",
                "Opening routine",
                TEXT,
                ("Öppnande", "Öppettider", "Rutin för öppning"),
                40,
            ),
            Column(
                "capacity_day",
                "Kapacitet dag (personer)",
                "Capacity, day (people)",
                INT,
                ("Kapacitet dag", "Platser dag", "Kapacitet dagtid", "Kapacitet"),
                14,
            ),
            Column(
                "capacity_night",
                "Kapacitet natt (personer)",
                "Capacity, night (people)",
                INT,
                ("Kapacitet natt", "Platser natt", "Övernattningsplatser"),
                14,
            ),
            _notes(),
            _id(),
            AREA_REF[1],
        ),
        (Ref("@area", "area", "area_id"),),
        ("Trygghetspunkt", "Punkter"),
    ),
    Sheet(
        "equipment",
        "equipment_item",
        "Utrustning",
        "Equipment",
        (
            AREA_REF[0],
            POINT_REF[0],
            Column(
                "category",
                "Kategori",
                "Category",
                CHOICE,
                ("Typ av utrustning", "Utrustningstyp"),
                24,
                vocabulary="category",
            ),
            Column(
                "name", "Benämning", "Item", TEXT, ("Namn", "Utrustning", "Artikel", "Name"), 34
            ),
            Column("quantity", "Antal", "Quantity", QUANTITY, ("Mängd", "Kvantitet"), 10),
            Column("unit", "Enhet", "Unit", TEXT, (), 8),
            Column(
                "location", "Plats", "Location", TEXT, ("Förvaring", "Placering", "Förvaringsplats")
            ),
            Column("owner", "Ägare", "Owner", TEXT, ("Ägs av",), 16),
            Column(
                "condition",
                "Skick",
                "Condition",
                CHOICE,
                ("Tillstånd",),
                16,
                vocabulary="condition",
            ),
            Column("serial_number", "Serienummer", "Serial number", TEXT, ("Serienr",), 16),
            Column(
                "start_steps",
                "Starta (ett steg per rad)",
                "Start (one step per line)",
                STEPS,
                ("Starta", "Start"),
                30,
            ),
            Column(
                "switchover_steps",
                "Koppla om till reservkraft",
                "Switch over to reserve power",
                STEPS,
                ("Koppla om", "Omkoppling"),
                30,
            ),
            Column(
                "stop_steps",
                "Tillbaka till nätet och stäng av",
                "Back to mains and stop",
                STEPS,
                ("Stäng av", "Stoppa"),
                30,
            ),
            Column(
                "runtime_hours",
                "Drifttid på full tank (timmar)",
                "Run time on a full tank (hours)",
                FLOAT,
                ("Drifttid",),
                12,
            ),
            Column(
                "runtime_load_percent",
                "Vid belastning (%)",
                "At load (%)",
                INT,
                ("Belastning",),
                10,
            ),
            *(
                Column(f"fact:{key}", label.sv, label.en, FACT, (), 14)
                for key, label in FACT_LABELS.items()
            ),
            Column(
                "facts",
                "Övriga uppgifter",
                "Other facts",
                OTHER_FACTS,
                ("Andra uppgifter",),
                24,
            ),
            Column(
                "last_checked",
                "Senast kontrollerad",
                "Last checked",
                DATE,
                ("Kontrollerad", "Senaste kontroll", "Kontrolldatum"),
                14,
            ),
            Column(
                "service_interval_days",
                "Kontrollintervall (dagar)",
                "Check interval (days)",
                INT,
                ("Intervall", "Intervall dagar", "Kontrollintervall"),
                12,
            ),
            Column(
                "next_due",
                "Nästa kontroll",
                "Next due",
                DATE,
                ("Nästa service", "Nästa kontroll eller utgång"),
                14,
            ),
            _notes(),
            _id(),
            POINT_REF[1],
        ),
        (Ref("@area", "area", None), Ref("@point", "safety_point", "safety_point_id", "@area")),
        ("Inventarier", "Utrustningslista"),
    ),
    Sheet(
        "contacts",
        "contact",
        "Kontakter",
        "Contacts",
        (
            AREA_REF[0],
            Column("name", "Namn", "Name", TEXT, ("Kontaktperson", "Person", "Namn på person"), 28),
            Column(
                "phone",
                "Telefon",
                "Phone",
                PHONE,
                ("Mobil", "Mobilnummer", "Telefonnummer", "Tel", "Tfn"),
                18,
            ),
            Column(
                "phone_alt",
                "Telefon 2",
                "Phone 2",
                PHONE,
                ("Annan telefon", "Reservtelefon", "Hemtelefon", "Telefon (annan)"),
                18,
            ),
            Column("email", "E-post", "E-mail", TEXT, ("Epost", "Mejl", "Email", "E-postadress")),
            Column("organisation", "Organisation", "Organisation", TEXT, ("Förening",), 24),
            Column("skills", "Kompetenser", "Skills", LIST, ("Kompetens", "Färdigheter"), 28),
            Column(
                "legal_basis",
                "Rättslig grund",
                "Legal basis",
                CHOICE,
                ("Laglig grund",),
                24,
                vocabulary="legal_basis",
            ),
            Column(
                "review_date",
                "Ses över senast",
                "Review by",
                DATE,
                ("Granskas senast", "Granskningsdatum", "Översyn"),
                14,
            ),
            _notes(),
            _id(),
            AREA_REF[1],
        ),
        (Ref("@area", "area", "area_id"),),
        ("Kontaktlista", "Personer"),
    ),
    Sheet(
        "role_assignments",
        "role_assignment",
        "Rollbesättning",
        "Role assignments",
        (
            AREA_REF[0],
            Column("@role", "Roll", "Role", REF, ("Krisroll",), 28),
            Column(
                "rank",
                "Ordinarie/ersättare",
                "Holder/deputy",
                CHOICE,
                ("Rang",),
                16,
                vocabulary="rank",
            ),
            Column("@contact", "Person", "Person", REF, ("Namn", "Kontakt", "Innehavare"), 28),
            Column("display:phone", "Telefon (från Kontakter)", "Phone (from Contacts)", DISPLAY),
            _id(),
            AREA_REF[1],
            Column("role_id", "Roll-id", "Role id", REF_ID, (), 38, hidden=True),
            Column("contact_id", "Person-id", "Person id", REF_ID, (), 38, hidden=True),
        ),
        (
            Ref("@area", "area", "area_id"),
            Ref("@role", "crisis_role", "role_id"),
            Ref("@contact", "contact", "contact_id", "@area"),
        ),
        ("Rollfördelning", "Krisstab", "Roller i området"),
    ),
    Sheet(
        "channels",
        "info_channel",
        "Informationskanaler",
        "Channels",
        (
            AREA_REF[0],
            Column(
                "kind", "Kanaltyp", "Kind", CHOICE, ("Typ", "Kanal"), 24, vocabulary="channel_kind"
            ),
            Column(
                "identifier",
                "Frekvens, nummer eller adress",
                "Frequency, number or address",
                TEXT,
                ("Identitet", "Frekvens", "Nummer", "Beskrivning", "Identifier"),
                40,
            ),
            Column(
                "works_without_power",
                "Fungerar utan el",
                "Works without power",
                FLAG,
                ("Utan el", "Strömoberoende", "Fungerar utan ström"),
                12,
            ),
            Column("last_tested", "Senast testad", "Last tested", DATE, ("Testad",), 14),
            _notes(),
            _id(),
            AREA_REF[1],
        ),
        (Ref("@area", "area", "area_id"),),
        ("Kanaler", "Information"),
    ),
    Sheet(
        "inspections",
        "inspection",
        "Inventeringar",
        "Inspections",
        (
            AREA_REF[0],
            POINT_REF[0],
            Column("date", "Datum", "Date", DATE, ("Inventeringsdatum",), 14),
            Column("inspector", "Inventerare", "Inspector", TEXT, ("Inspektör", "Utförd av"), 24),
            Column("finished", "Avslutad", "Finished", FLAG, ("Klar",), 10),
            _notes(),
            _id(),
            POINT_REF[1],
        ),
        (Ref("@area", "area", None), Ref("@point", "safety_point", "safety_point_id", "@area")),
        ("Inspektioner",),
    ),
    Sheet(
        "inspection_findings",
        "inspection_finding",
        "Inventeringsfynd",
        "Inspection findings",
        (
            AREA_REF[0],
            POINT_REF[0],
            Column(
                "@inspection", "Inventering (datum)", "Inspection (date)", REF, ("Inventering",), 16
            ),
            Column("@equipment", "Utrustning", "Equipment", REF, ("Benämning",), 34),
            Column("condition", "Skick", "Condition", CHOICE, (), 16, vocabulary="condition"),
            Column("note", "Anteckning", "Note", TEXT, ("Anteckningar", "Kommentar"), 40),
            _id(),
            Column("inspection_id", "Inventering-id", "Inspection id", REF_ID, (), 38, hidden=True),
            Column("equipment_id", "Utrustning-id", "Equipment id", REF_ID, (), 38, hidden=True),
        ),
        (
            Ref("@area", "area", None),
            Ref("@point", "safety_point", None, "@area"),
            Ref("@inspection", "inspection", "inspection_id", "@point"),
            Ref("@equipment", "equipment_item", "equipment_id", "@point"),
        ),
        ("Fynd", "Inspektionsfynd"),
    ),
)
"""In dependency order: a sheet's references are to sheets before it."""

SHEET_BY_KEY = {sheet.key: sheet for sheet in SHEETS}
IGNORED_SHEETS = ("Översikt", "Overview", "Om filen", "About", "Listor", "Lists")
"""Sheets the export writes for reading (readiness, the file's profile, drop-down lists)."""


def match_sheet(title: str) -> Sheet | None:
    key = typed.normalise(title)
    for sheet in SHEETS:
        if key in {typed.normalise(name) for name in sheet.names()}:
            return sheet
    return None


def is_ignored_sheet(title: str) -> bool:
    return typed.normalise(title) in {typed.normalise(name) for name in IGNORED_SHEETS}


def header_index(sheet: Sheet) -> dict[str, str]:
    """Normalised header -> column key; the first column to claim a name keeps it."""
    index: dict[str, str] = {}
    for column in sheet.columns:
        for name in column.names():
            index.setdefault(typed.normalise(name), column.key)
    return index
