"""Registerutdrag as a PDF: everything held about one person, in words the person can read.

Built from `services.privacy.register_extract` (a plain dict, the same one saved as JSON), so the
PDF and the JSON never disagree. Same page frame, font and type sizes as the checklists (one
embedded family, nothing under 10 pt, "Sida X av Y" footers), because the municipality hands it
out on paper as often as by e-mail. Phone numbers are shown in Swedish grouping (070-123 45 67),
and the change history names each field in Swedish instead of its column name.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from trygghetsapp.domain.catalogues import LEGAL_BASIS_LABELS, RANK_LABELS
from trygghetsapp.domain.values import format_phone
from trygghetsapp.files.atomic import write_bytes_atomic, write_with
from trygghetsapp.reports import blocks, document, fonts, styles
from trygghetsapp.reports.blocks import W, para
from trygghetsapp.reports.flowables import SectionInfo, SectionStart, SplitTable
from trygghetsapp.reports.styles import bold, esc

DOCUMENT = "Registerutdrag"

FIELD_LABELS: dict[str, str] = {
    "name": "Namn",
    "phone": "Telefon",
    "phone_alt": "Reservtelefon",
    "email": "E-post",
    "organisation": "Organisation",
    "skills": "Kunskaper",
    "notes": "Anteckningar",
    "legal_basis": "Rättslig grund",
    "review_date": "Granskas senast",
}
"""Field names as the person reads them; bookkeeping fields (area id, deleted) are left out."""

PHONE_FIELDS = frozenset({"phone", "phone_alt"})

PURPOSE = (
    "Kommunen har dina kontaktuppgifter för att kunna nå dig när en kris inträffar i området, "
    "till exempel vid ett längre strömavbrott. Uppgifterna finns i Trygghetsappen på kommunens "
    "datorer och förs över mellan dem med synkroniseringsfiler. Kontakta kommunen om något är "
    "fel eller om du vill att uppgifterna tas bort."
)


def _value_text(field: str, value: Any) -> str:
    """One stored value as text: phones grouped, lists joined, empty shown as a dash."""
    if value is None or value == "" or value == []:
        return "–"
    if field in PHONE_FIELDS:
        return format_phone(str(value)) or str(value)
    if field == "legal_basis" and value in LEGAL_BASIS_LABELS:
        return LEGAL_BASIS_LABELS[value].sv
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _facts(rows: list[tuple[str, str]]) -> SplitTable:
    table = SplitTable(
        [[para(bold(label)), para(esc(value))] for label, value in rows],
        colWidths=[45 * mm, W - 45 * mm],
    )
    table.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def _person_rows(extract: Mapping[str, Any]) -> list[tuple[str, str]]:
    person = extract["person"]
    rows = [
        ("Namn", _value_text("name", person.get("name"))),
        ("Telefon", extract.get("phone_display") or _value_text("phone", person.get("phone"))),
        ("Reservtelefon", _value_text("phone_alt", person.get("phone_alt"))),
        ("E-post", _value_text("email", person.get("email"))),
        ("Organisation", _value_text("organisation", person.get("organisation"))),
        ("Kunskaper", _value_text("skills", person.get("skills"))),
        ("Anteckningar", _value_text("notes", person.get("notes"))),
        ("Område", _value_text("area", extract.get("area"))),
    ]
    return rows


def _roles(extract: Mapping[str, Any]) -> list[Flowable]:
    roles = extract.get("roles") or []
    if not roles:
        return [para("Du har ingen roll i områdets krisstab.", styles.BODY)]
    rows = [[para(bold("Roll")), para(bold("Uppdrag"))]]
    for role in roles:
        rank = int(role.get("rank", 0))
        label = RANK_LABELS.get(rank)
        rows.append(
            [
                para(esc(role.get("role", ""))),
                para(esc(label.sv if label else f"Ersättare {rank}")),
            ]
        )
    table = SplitTable(rows, colWidths=[W * 0.6, W * 0.4], repeatRows=1)
    table.setStyle(blocks.grid_style())
    return [table]


def _occurrences(extract: Mapping[str, Any]) -> list[Flowable]:
    occurrences = extract.get("occurrences") or []
    if not occurrences:
        return [para("Du nämns inte i några andra uppgifter.", styles.BODY)]
    rows = [[para(bold("Var")), para(bold("Fält")), para(bold("Det som står"))]]
    for occurrence in occurrences:
        kind = occurrence.get("kind")
        shown = str(occurrence.get("excerpt") or "")
        if kind == "reference":
            shown = f"(hänvisar till dig) {shown}".strip()
        where = str(occurrence.get("where", ""))
        if occurrence.get("deleted_record"):
            where += " (borttagen post)"
        rows.append(
            [para(esc(where)), para(esc(occurrence.get("field", ""))), para(esc(shown or "–"))]
        )
    table = SplitTable(rows, colWidths=[W * 0.38, W * 0.2, W * 0.42], repeatRows=1)
    table.setStyle(blocks.grid_style())
    return [table]


def _information(extract: Mapping[str, Any]) -> list[Flowable]:
    from trygghetsapp.services.privacy import ARTICLE_15_LABELS

    information = extract.get("information") or {}
    rows = [("Personuppgiftsansvarig", str(extract.get("controller") or "Kommunen"))]
    rows += [
        (label, str(information[key]))
        for key, label in ARTICLE_15_LABELS.items()
        if key in information
    ]
    return [_facts(rows)]


def _history(extract: Mapping[str, Any]) -> list[Flowable]:
    history = extract.get("history") or []
    if not history:
        return [para("Inga ändringar finns sparade.", styles.BODY)]
    rows = [[para(bold("Datum")), para(bold("Dator")), para(bold("Uppgifter som sparades"))]]
    for entry in history:
        values = entry.get("values")
        if isinstance(values, str):  # the change log stores its patch as JSON text
            try:
                values = json.loads(values)
            except ValueError:
                values = {"": values}
        values = values or {}
        lines = [  # in the order of the form, not the JSON's alphabetical order
            f"{bold(label)}: {esc(_value_text(field, values[field]))}"
            for field, label in FIELD_LABELS.items()
            if field in values
        ]
        rows.append(
            [
                para(esc(entry.get("changed", ""))),
                para(esc(str(entry.get("device", "")))),
                para("<br/>".join(lines) or "–"),
            ]
        )
    table = SplitTable(rows, colWidths=[36 * mm, 28 * mm, W - 64 * mm], repeatRows=1)
    table.setStyle(blocks.grid_style())
    return [table]


def story(extract: Mapping[str, Any], printed: dt.date, author: str) -> list[Flowable]:
    person = extract["person"]
    name = str(person.get("name") or "")
    history = extract.get("history") or []
    revision = str(history[-1].get("changed", ""))[:10] if history else "inga uppgifter"
    info = SectionInfo(
        key=f"person-{person.get('id', '')}",
        document=DOCUMENT,
        area=fonts.printable(name),
        printed=printed.isoformat(),
        revision=revision,
    )
    basis = str(extract.get("legal_basis_text") or person.get("legal_basis") or "saknas")
    facts = _facts(_person_rows(extract))
    why = _facts(
        [
            ("Rättslig grund", basis),
            ("Granskas senast", _value_text("review_date", person.get("review_date"))),
        ]
    )
    roles = _roles(extract)
    occurrences = _occurrences(extract)
    occurrences_intro = para(
        "Andra uppgifter där ditt namn, telefonnummer eller din e-post står, eller som "
        "hänvisar till dig (till exempel en inventering du gjorde).",
        styles.BODY,
    )
    information = _information(extract)
    history = _history(extract)
    intro = para(
        "Varje gång uppgifterna sparades, på vilken dator och vad som sparades.",
        styles.BODY,
    )
    return [
        SectionStart(info),
        Paragraph(f"{DOCUMENT} – {esc(name)}", styles.TITLE),
        para(f"{esc(author)} · Utskrivet {printed.isoformat()}", styles.SUBTITLE),
        para(esc(PURPOSE), styles.BODY),
        *blocks.heading("Personuppgifter", facts),
        facts,
        *blocks.heading("Varför uppgifterna finns", why),
        why,
        *blocks.heading("Roller i krisstaben", _first_table(roles)),
        *roles,
        *blocks.heading("Här nämns du också", _first_table(occurrences), [occurrences_intro]),
        *occurrences,
        *blocks.heading("Om behandlingen", _first_table(information)),
        *information,
        *blocks.heading("Ändringshistorik", _first_table(history), [intro]),  # with its first entry
        Spacer(1, 1 * mm),
        *history,
    ]


def _first_table(flowables: list[Flowable]) -> Table | None:
    return next((f for f in flowables if isinstance(f, Table)), None)


def render(
    extract: Mapping[str, Any],
    target: str | Path | IO[bytes],
    printed: dt.date | None = None,
    author: str = "Kommunen",
) -> None:
    """Write the extract as an A4 PDF with the shared frame, footers and metadata."""
    printed = printed or dt.date.today()
    name = str(extract["person"].get("name") or "")
    meta = document.Metadata(
        title=f"{DOCUMENT} – {name}",
        subject=f"Registerutdrag enligt dataskyddsförordningen: {name}",
        author=author,
        keywords="registerutdrag, personuppgifter",
    )
    document.build(story(extract, printed, author), target, meta)


def save(
    extract: Mapping[str, Any],
    pdf_path: Path,
    printed: dt.date | None = None,
    author: str = "Kommunen",
) -> tuple[Path, Path]:
    """The extract as `NAME.pdf` and `NAME.json` side by side, each written atomically.

    The JSON is the machine-readable copy the regulation asks for (the same dict the PDF shows);
    a full or read-only target is refused with a plain DomainError and earlier files stay.
    """
    json_path = pdf_path.with_suffix(".json")
    text = json.dumps(extract, ensure_ascii=False, indent=2) + "\n"

    write_with(pdf_path, lambda temporary: render(extract, temporary, printed, author))
    write_bytes_atomic(json_path, text.encode("utf-8"))
    return pdf_path, json_path
