"""Personal data duties (GDPR): review dates, a register extract, and erasing a person.

Contacts are volunteers and staff whose phone numbers we keep for a crisis. Each has a legal basis
and a review date; the office needs the list of people past review (and of people whose basis
nobody has chosen yet), a person may ask for everything held about them (registerutdrag), and a
person who leaves must be erasable everywhere, including from the change log, so that the old
values cannot be read out of the database file.

One notion of a person: besides the contact record and its role assignments, a person is found
wherever another record refers to them (an inspection's `inspector_id`) or names them in free
text (an inspector typed by name, a key holder, a note), by name, any phone number in any usual
format and e-mail (`person_traces`). The extract lists every such trace; erasure shows them
first (`erasure_plan`) and then blanks them with the record.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from trygghetsapp.domain.catalogues import LEGAL_BASIS_LABELS, NOT_CHOSEN, NOT_CHOSEN_LABEL
from trygghetsapp.domain.identity import PersonKeys
from trygghetsapp.domain.search import search_key
from trygghetsapp.domain.values import format_phone
from trygghetsapp.services.readmodels import Changes, ContactView
from trygghetsapp.store import erasure, sqlite_tools
from trygghetsapp.store.codec import canonical_json, to_json_value
from trygghetsapp.store.database import Database
from trygghetsapp.store.location import backups_dir
from trygghetsapp.store.models import (
    Area,
    Change,
    Contact,
    CrisisRole,
    DeviceKnowledge,
    EquipmentItem,
    InfoChannel,
    Inspection,
    InspectionFinding,
    LocalDevice,
    Municipality,
    RoleAssignment,
    SafetyPoint,
    SyncedRow,
    SyncPeer,
)
from trygghetsapp.store.uow import UnitOfWork

ERASED_NAME = erasure.ERASED_NAME
PERSONAL_FIELDS = erasure.PERSONAL_FIELDS


@dataclass(frozen=True)
class ReviewContact:
    """What the review list shows of a contact: no phone numbers, so that listing tens of
    thousands of people does not format every number (most of the cost at national scale)."""

    id: str
    area_id: str
    name: str
    review_date: dt.date | None


@dataclass(frozen=True)
class ReviewDue:
    contact: ReviewContact
    area_name: str
    days_overdue: int
    """Days past the review date; -1 with no date, and below that when not yet due."""
    basis_chosen: bool = True
    """False while nobody has chosen the contact's legal basis (listed until one is chosen)."""


def contacts_past_review(database: Database, today: dt.date | None = None) -> list[ReviewDue]:
    """Live contacts to review: past their review date (or without one), oldest first, and
    those whose legal basis nobody has chosen yet (an import without one), whatever the date.

    One pass over the table in its own order, columns only: at national scale (400,000
    contacts, 31,000 due) this is ~0.2 s on the window's worker; loading contact objects and
    formatting their numbers took 2.3 s, and reading in pages by id (random access) 1 s."""
    today = today or dt.date.today()
    with UnitOfWork(database) as uow:
        rows = uow.session.execute(
            select(
                Contact.id,
                Contact.area_id,
                Contact.name,
                Contact.review_date,
                Contact.legal_basis,
                Area.name,
            )
            .join(Area, Area.id == Contact.area_id)
            .where(~Contact.deleted, ~Area.deleted)
            .where(
                (Contact.review_date.is_(None))
                | (Contact.review_date < today)
                | (Contact.legal_basis == NOT_CHOSEN)
            )
            # Without a date first, then the longest overdue, then by name.
            .order_by(Contact.review_date.asc().nulls_first(), Contact.name)
        ).all()
    return [
        ReviewDue(
            contact=ReviewContact(id=id_, area_id=area_id, name=name, review_date=review_date),
            area_name=area_name,
            days_overdue=(today - review_date).days if review_date else -1,
            basis_chosen=basis != NOT_CHOSEN,
        )
        for id_, area_id, name, review_date, basis, area_name in rows
    ]


def contacts_without_basis(database: Database) -> list[ReviewDue]:
    """Live contacts whose legal basis nobody has chosen yet."""
    return [due for due in contacts_past_review(database) if not due.basis_chosen]


def find_contact(database: Database, person: str) -> list[ContactView]:
    """PERSON as the command line takes it: a contact id, or a name (case and spacing ignored).

    Returns every live contact that matches; the caller refuses anything but exactly one."""
    from trygghetsapp.services.contacts import to_contact_view

    with UnitOfWork(database) as uow:
        row = uow.session.get(Contact, person.strip())
        if row is not None and not row.deleted:
            return [to_contact_view(row)]
        key = search_key(" ".join(person.split()))
        rows = uow.session.scalars(
            select(Contact).where(~Contact.deleted).order_by(Contact.name, Contact.id)
        ).all()
        return [to_contact_view(r) for r in rows if search_key(" ".join(r.name.split())) == key]


# --- Where a person is found -----------------------------------------------------------------

MODELS: dict[str, type[SyncedRow]] = {
    "municipality": Municipality,
    "area": Area,
    "safety_point": SafetyPoint,
    "equipment_item": EquipmentItem,
    "contact": Contact,
    "crisis_role": CrisisRole,
    "info_channel": InfoChannel,
    "inspection": Inspection,
    "inspection_finding": InspectionFinding,
}
ENTITY_LABELS: dict[str, str] = {
    "municipality": "Kommun",
    "area": "Område",
    "safety_point": "Trygghetspunkt",
    "equipment_item": "Utrustning",
    "contact": "Annan kontakt",
    "crisis_role": "Krisroll",
    "info_channel": "Informationskanal",
    "inspection": "Inventering",
    "inspection_finding": "Anmärkning vid inventering",
}
FIELD_LABELS: dict[str, str] = {
    "name": "namn",
    "code": "kod",
    "notes": "anteckningar",
    "note": "anmärkning",
    "local_group": "lokal grupp",
    "villages": "byar",
    "address": "adress",
    "reserve_power_notes": "reservkraft",
    "heating": "uppvärmning",
    "water": "vatten",
    "key_holder": "nyckelinnehavare",
    "access_notes": "tillträde",
    "opening_routine": "öppningsrutin",
    "location": "plats",
    "owner": "ägare",
    "serial_number": "serienummer",
    "facts": "uppgifter",
    "organisation": "organisation",
    "skills": "kunskaper",
    "name_en": "namn (engelska)",
    "first_actions": "första åtgärder",
    "identifier": "kanal",
    "inspector": "inventerare",
    "inspector_id": "inventerare (kontakt)",
    "duty_phone": "journummer",
    "switchboard_phone": "växel",
    "checklist_authors": "checklistorna upprättas av",
}


@dataclass(frozen=True)
class Trace:
    """One place outside the contact record where the person is named or referred to."""

    entity: str
    row_id: str
    field: str
    kind: str
    """"reference" (a link to the contact), "text" (named in free text) or "phone"."""
    where: str
    """In words: "Inventering 2026-11-02, Valsjöbyns bygdegård"."""
    excerpt: str
    """The mention with a little context around it (not the whole text: it may name others)."""
    deleted: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "where": self.where,
            "field": FIELD_LABELS.get(self.field, self.field),
            "kind": self.kind,
            "excerpt": self.excerpt,
            "record": f"{self.entity}/{self.row_id}",
            "deleted_record": self.deleted,
        }


def _excerpt(text: str, spans: list[tuple[int, int]], room: int = 30) -> str:
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        left, right = max(0, start - room), min(len(text), end + room)
        if windows and left <= windows[-1][1]:
            windows[-1] = (windows[-1][0], right)
        else:
            windows.append((left, right))
    return " | ".join(
        ("…" if left else "")
        + " ".join(text[left:right].split())
        + ("…" if right < len(text) else "")
        for left, right in windows
    )


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for item in value for t in _texts(item)]
    if isinstance(value, dict):
        return [t for item in value.values() for t in _texts(item)]
    return []


def _where(uow: UnitOfWork, entity: str, row: Any) -> str:
    label = ENTITY_LABELS[entity]
    if entity == "inspection":
        point = uow.session.get(SafetyPoint, row.safety_point_id)
        return f"{label} {row.date.isoformat()}, {point.name if point else ''}".rstrip(", ")
    if entity == "inspection_finding":
        inspection = uow.session.get(Inspection, row.inspection_id)
        item = uow.session.get(EquipmentItem, row.equipment_id)
        date = inspection.date.isoformat() if inspection else ""
        return f"{label} {date}, {item.name if item else ''}".rstrip(", ")
    if entity == "equipment_item":
        point = uow.session.get(SafetyPoint, row.safety_point_id)
        return f"{label} {row.name}, {point.name if point else ''}".rstrip(", ")
    if entity == "info_channel":
        area = uow.session.get(Area, row.area_id)
        return f"{label}, {area.name if area else ''}".rstrip(", ")
    if entity == "contact":
        return f"{label} {row.name}"
    return f"{label} {getattr(row, 'name', '')}".rstrip()


def _traces(uow: UnitOfWork, contact_id: str, keys: PersonKeys) -> list[tuple[Any, Trace]]:
    found: list[tuple[Any, Trace]] = []
    connection = uow.session.connection()
    erasure.register_test(connection, keys, contact_id)
    for entity, model in MODELS.items():
        text_fields = erasure.TEXT_FIELDS.get(entity, ())
        phone_fields = erasure.PHONE_FIELDS.get(entity, ())
        references = erasure.REFERENCE_FIELDS.get(entity, ())
        # SQLite reads every row's text and the prefilter picks the few worth a closer look;
        # only those become ORM objects (a national data set has millions of rows).
        wanted = erasure.candidate_ids(connection, entity, keys, contact_id)
        rows = [
            row
            for start in range(0, len(wanted), 500)
            for row in uow.session.scalars(
                select(model).where(model.id.in_(wanted[start : start + 500])).order_by(model.id)
            )
        ]
        for row in rows:
            if entity == "contact" and row.id == contact_id:
                continue
            for field in references:
                if getattr(row, field) == contact_id:
                    text = str(getattr(row, "inspector", "") or "")
                    trace = Trace(
                        entity,
                        row.id,
                        field,
                        "reference",
                        _where(uow, entity, row),
                        text,
                        row.deleted,
                    )
                    found.append((row, trace))
            for field in phone_fields:
                if getattr(row, field) in keys.phones:
                    trace = Trace(
                        entity,
                        row.id,
                        field,
                        "phone",
                        _where(uow, entity, row),
                        format_phone(getattr(row, field)),
                        row.deleted,
                    )
                    found.append((row, trace))
            for field in text_fields:
                for text in _texts(getattr(row, field)):
                    spans = keys.mentions(text)
                    if spans:
                        trace = Trace(
                            entity,
                            row.id,
                            field,
                            "text",
                            _where(uow, entity, row),
                            _excerpt(text, spans),
                            row.deleted,
                        )
                        found.append((row, trace))
                        break
    return found


def _keys(uow: UnitOfWork, contact_id: str) -> PersonKeys:
    return erasure.keys_from_log(uow.session.connection(), contact_id)


def person_traces(database: Database, contact_id: str) -> list[Trace]:
    """Every place outside the contact record that refers to or names the person."""
    with UnitOfWork(database) as uow:
        uow.get(Contact, contact_id, "contact")
        return [trace for _, trace in _traces(uow, contact_id, _keys(uow, contact_id))]


# --- The register extract (article 15) -----------------------------------------------------

ARTICLE_15: dict[str, str] = {
    "purposes": (
        "Att kunna nå dig och veta vilken roll du har när en kris inträffar i området (till "
        "exempel ett längre strömavbrott), och att hålla listan över kontaktpersoner aktuell."
    ),
    "recipients": (
        "Kommunens krisberedskap och säkerhetssamordnare, de fältdatorer som används vid "
        "trygghetspunkterna (uppgifterna förs över med synkroniseringsfiler), länsstyrelsen vid "
        "samverkan i en kris, och de som läser de utskrivna krischecklistorna och rollkorten "
        "som sitter på trygghetspunkten (där står bara roll, namn och telefon)."
    ),
    "retention": (
        "Så länge du har en roll eller är kontaktperson för området. Uppgifterna granskas senast "
        "det datum som anges ovan; när du inte längre ska vara med raderas de. "
        "Säkerhetskopior på kommunens datorer ersätts efter ungefär två veckor."
    ),
    "rights": (
        "Du har rätt att få rättat felaktiga uppgifter, att få uppgifterna raderade eller "
        "begränsade, och att invända mot behandlingen. Har du lämnat samtycke kan du när som "
        "helst återkalla det. Kontakta kommunen."
    ),
    "authority": (
        "Du kan klaga hos Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, "
        "imy@imy.se, www.imy.se."
    ),
    "source": (
        "Uppgifterna kommer från dig själv, eller från kommunen eller föreningen (till exempel "
        "FRG eller byalaget) som föreslog dig som kontaktperson."
    ),
}
"""What article 15 asks for besides the data itself, in words the person reads."""
ARTICLE_15_LABELS: dict[str, str] = {
    "purposes": "Ändamål",
    "recipients": "Mottagare",
    "retention": "Hur länge uppgifterna sparas",
    "rights": "Dina rättigheter",
    "authority": "Tillsynsmyndighet",
    "source": "Varifrån uppgifterna kommer",
}


def _device_names(uow: UnitOfWork) -> dict[str, str]:
    names: dict[str, str] = {}
    for device_id, name in uow.session.execute(
        select(DeviceKnowledge.device_id, DeviceKnowledge.name)
    ):
        if name:
            names[device_id] = name
    for device_id, name in uow.session.execute(select(SyncPeer.device_id, SyncPeer.name)):
        if name:
            names[device_id] = name
    for device_id, name in uow.session.execute(select(LocalDevice.id, LocalDevice.name)):
        if name:
            names[device_id] = name
    return names


def register_extract(database: Database, contact_id: str) -> dict[str, Any]:
    """Everything held about one person: the record, their roles, every other place they are
    named or referred to, the history of changes (with device names), and article 15's
    information (purposes, recipients, retention, rights, the supervisory authority, source)."""
    from trygghetsapp.domain.hlc import to_datetime

    with UnitOfWork(database) as uow:
        contact = uow.get(Contact, contact_id, "contact")
        area = uow.session.get(Area, contact.area_id)
        municipality = (
            uow.session.get(Municipality, area.municipality_id)
            if area is not None and area.municipality_id
            else None
        )
        roles = uow.session.execute(
            select(RoleAssignment, CrisisRole.name)
            .join(CrisisRole, CrisisRole.id == RoleAssignment.role_id)
            .where(RoleAssignment.contact_id == contact_id, ~RoleAssignment.deleted)
            .order_by(CrisisRole.sort_order, RoleAssignment.rank)
        ).all()
        history = uow.session.execute(
            select(Change.hlc, Change.device_id, Change.data)
            .where(Change.row_id == contact_id)
            .order_by(Change.hlc, Change.device_id, Change.seq)
        ).all()
        devices = _device_names(uow)
        traces = [trace for _, trace in _traces(uow, contact_id, _keys(uow, contact_id))]
        basis = contact.legal_basis
        return {
            "person": {
                name: to_json_value(getattr(contact, name))
                for name in ("id", *PERSONAL_FIELDS, "legal_basis", "review_date")
            },
            "phone_display": format_phone(contact.phone),
            "legal_basis_text": LEGAL_BASIS_LABELS[basis].sv
            if basis in LEGAL_BASIS_LABELS
            else NOT_CHOSEN_LABEL.sv
            if basis == NOT_CHOSEN
            else basis,
            "area": area.name if area else None,
            "controller": municipality.name if municipality else "Kommunen",
            "roles": [
                {"role": role_name, "rank": assignment.rank} for assignment, role_name in roles
            ],
            "occurrences": [trace.as_json() for trace in traces],
            "information": dict(ARTICLE_15),
            "history": [
                {
                    "changed": to_datetime(hlc).strftime("%Y-%m-%d %H:%M"),
                    "device": devices.get(device, device[:8]),
                    "values": data,
                }
                for hlc, device, data in history
            ],
        }


# --- Erasure ---------------------------------------------------------------------------------

KEEP_DAILY_BACKUPS = sqlite_tools.KEEP_PER_REASON.get("daily", 14)


@dataclass(frozen=True)
class BackupHolding:
    """A backup file that still holds the person (made before the erasure)."""

    path: Path
    made: dt.datetime | None


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a person does, shown to the user before they confirm."""

    contact: ContactView
    roles: int
    traces: tuple[Trace, ...]
    backups: tuple[BackupHolding, ...]


def _backup_folders(database: Database) -> list[Path]:
    from trygghetsapp.services import backups

    if database.is_server:
        # A server database has no backup files of the app's: its backups are pg_dump's
        # (docs/office-postgresql.md), which the office's IT keeps and purges.
        return []
    folders = [backups_dir(database.path)]
    second = backups.second_folder(database)
    if second is not None:
        folders.append(second / backups.second_folder_name(database))
    return folders


def backups_holding(database: Database, contact_id: str) -> list[BackupHolding]:
    """The backup files on this computer (and the second folder, if reachable) that still hold
    the person, newest first."""
    held = []
    for folder in _backup_folders(database):
        try:
            files = sqlite_tools.list_backups(folder)
        except OSError:
            continue
        for path in files:
            try:
                connection = sqlite_tools.read_only_connection(path)
                try:
                    row = connection.execute(
                        "SELECT name FROM contact WHERE id = ?", (contact_id,)
                    ).fetchone()
                finally:
                    connection.close()
            except Exception:  # a damaged or foreign file: not ours to judge here
                continue
            if row is not None and row[0] != ERASED_NAME:
                held.append(BackupHolding(path, sqlite_tools.backup_time(path)))
    return held


def erasure_plan(database: Database, contact_id: str) -> ErasurePlan:
    from trygghetsapp.services.contacts import to_contact_view

    with UnitOfWork(database) as uow:
        contact = uow.get(Contact, contact_id, "contact")
        roles = len(
            uow.session.scalars(
                select(RoleAssignment.id).where(
                    RoleAssignment.contact_id == contact_id, ~RoleAssignment.deleted
                )
            ).all()
        )
        traces = tuple(trace for _, trace in _traces(uow, contact_id, _keys(uow, contact_id)))
        view = to_contact_view(contact)
    return ErasurePlan(view, roles, traces, tuple(backups_holding(database, contact_id)))


@dataclass(frozen=True)
class ErasureResult:
    changes: Changes
    traces_blanked: int
    backups_purged: tuple[Path, ...]
    backups_left: tuple[BackupHolding, ...]


def erase_person(database: Database, contact_id: str, purge_backups: bool = False) -> Changes:
    """Erase a person here and, through sync, everywhere (trygghetsapp/sync/erasure.py).

    The erasure itself is recorded as a change (the personal fields blanked, the record deleted
    and the marker `"erased": true`), so it travels to other replicas like any edit; every
    replica that imports it redacts its own log the same way and compacts. Every other record
    that names or refers to the person (`person_traces`) is blanked in the same transaction, as
    ordinary edits. Here every earlier change that held the person's values (of the contact, and
    of any record that named them) is overwritten and the file is compacted, so no old value
    survives in the database bytes, in later packages or in backups made after this.

    Backups made before stay as they are unless `purge_backups` (`erase`), which rewrites them.
    """
    return erase(database, contact_id, purge_backups).changes


def erase(database: Database, contact_id: str, purge_backups: bool = False) -> ErasureResult:
    """`erase_person`, returning also what was blanked and what became of older backups."""
    entities: set[str] = {"contact", "role_assignment"}
    with UnitOfWork(database) as uow:
        contact = uow.get(Contact, contact_id, "contact")
        keys = _keys(uow, contact_id)
        for assignment in uow.session.scalars(
            select(RoleAssignment).where(RoleAssignment.contact_id == contact_id)
        ):
            if not assignment.deleted:
                uow.remove(assignment)
        traces = _traces(uow, contact_id, keys)
        for row, trace in traces:
            values = {
                name: to_json_value(getattr(row, name))
                for name in (
                    *erasure.TEXT_FIELDS.get(trace.entity, ()),
                    *erasure.PHONE_FIELDS.get(trace.entity, ()),
                    *erasure.REFERENCE_FIELDS.get(trace.entity, ()),
                )
            }
            scrubbed = erasure.scrub_data(trace.entity, values, keys, contact_id)
            changed = {k: v for k, v in scrubbed.items() if v != values[k]}
            if changed:
                uow.set(row, changed)
                entities.add(trace.entity)
        blank: dict[str, Any] = {
            **{key: value for key, value in erasure.BLANK.items() if key != "skills"},
            "skills": [],
        }
        uow.set(contact, blank)
        # The marker that makes every replica treat this change as an erasure (not a column).
        uow.pending.record(erasure.ENTITY, contact_id, {**erasure.BLANK, erasure.ERASED_MARK: True})
        uow.session.flush()
        for change in uow.session.scalars(select(Change).where(Change.row_id == contact_id)):
            redacted = erasure.redact(json.loads(change.data))
            if canonical_json(redacted) != change.data:
                change.data = canonical_json(redacted)
        uow.session.flush()
        erasure.scrub_log(uow.session.connection(), keys, contact_id)
        erasure.remember(
            uow.session.connection(), [contact_id], dt.datetime.now(dt.UTC).isoformat()
        )
    erasure.compact_after_erasure(database)
    purged: list[Path] = []
    left = backups_holding(database, contact_id)
    if purge_backups:
        for holding in left:
            if erasure.purge_file(holding.path, contact_id, keys):
                purged.append(holding.path)
        left = backups_holding(database, contact_id)
    return ErasureResult(
        Changes.of_rows(uow.pending.rows, entities, (contact_id,)),
        len(traces),
        tuple(purged),
        tuple(left),
    )
