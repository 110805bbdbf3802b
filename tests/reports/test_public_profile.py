"""The public profile holds no personal data: every personal or security field gets a marker,
and no public file may contain it (issue 18, acceptance).

Markers: the text "QXZ" in every name, e-mail, note, key holder, access note, reserve-power
note, Rakel, radio, satellite and phone channel, inspector and item detail, and three
fictional phone numbers (PTS's range for fiction) in the people's and the duty officer's phones,
looked for in every national and international form. The internal profile of the same files
must contain them, so the test is shown to see what it looks for.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import openpyxl
import pypdf
import pytest
from sqlalchemy import select

from trygghetsapp.cli import main
from trygghetsapp.services.database import Database
from trygghetsapp.store.models import (
    Area,
    Contact,
    EquipmentItem,
    InfoChannel,
    Inspection,
    InspectionFinding,
    Municipality,
    SafetyPoint,
)
from trygghetsapp.store.uow import UnitOfWork

MARK = "QXZ"
PHONES = ("+46701740699", "+46701740698", "+46701740697")
PUBLIC_SWITCHBOARD = "+46701740611"


def _marked(database: Database) -> None:
    with UnitOfWork(database) as uow:
        session = uow.session
        for number, contact in enumerate(session.scalars(select(Contact))):
            uow.set(
                contact,
                {
                    "name": f"{MARK} Person {number}",
                    "phone": PHONES[0],
                    "phone_alt": PHONES[1],
                    "email": f"{MARK.lower()}{number}@example.se",
                    "organisation": f"{MARK} förening",
                    "skills": [f"{MARK} sjukvård"],
                    "notes": f"{MARK} anteckning",
                },
            )
        for point in session.scalars(select(SafetyPoint)):
            uow.set(
                point,
                {
                    "key_holder": f"{MARK} nyckelhållare",
                    "access_notes": f"{MARK} kod 1234 till nyckelskåpet",
                    "reserve_power_notes": f"{MARK} aggregatets larm",
                    "notes": f"{MARK} intern",
                },
            )
        for area in session.scalars(select(Area)):
            uow.set(area, {"notes": f"{MARK} områdesanteckning"})
        for municipality in session.scalars(select(Municipality)):
            uow.set(
                municipality,
                {
                    "duty_phone": PHONES[2],
                    "switchboard_phone": PUBLIC_SWITCHBOARD,
                    "notes": f"{MARK} TiB",
                },
            )
        for channel in session.scalars(select(InfoChannel)):
            values = {"notes": f"{MARK} kanalanteckning"}
            if channel.kind in ("rakel", "radio", "satellite_phone", "phone"):
                values["identifier"] = f"{MARK} talgrupp"
            uow.set(channel, values)
        for item in session.scalars(select(EquipmentItem)):
            facts = dict(item.facts)
            if item.category in ("reserve_power", "fuel"):
                facts["fuel_type"] = f"{MARK} bränsle"
            uow.set(
                item,
                {
                    "notes": f"{MARK} utrustning",
                    "owner": f"{MARK} ägare",
                    "location": f"{MARK} förråd",
                    "serial_number": f"{MARK}-1",
                    "facts": facts,
                },
            )
        for inspection in session.scalars(select(Inspection)):
            uow.set(inspection, {"inspector": f"{MARK} inventerare", "notes": f"{MARK} fynd"})
        for finding in session.scalars(select(InspectionFinding)):
            uow.set(finding, {"note": f"{MARK} notering"})


def _phone_forms(e164: str) -> list[str]:
    national = "0" + e164[3:]
    return [
        e164,
        national,
        national[1:],
        f"{national[:3]}-{national[3:6]} {national[6:8]} {national[8:]}",
        e164[1:],
    ]


def _leaks(text: str) -> list[str]:
    found = [MARK] if MARK.lower() in text.lower() else []
    squeezed = re.sub(r"[\s\-()]", "", text)
    for phone in PHONES:
        found += [
            form
            for form in _phone_forms(phone)
            if form.replace(" ", "").replace("-", "") in squeezed
        ]
    return found


def _text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        reader = pypdf.PdfReader(path)
        parts = [page.extract_text() or "" for page in reader.pages]
        parts += [str(v) for v in (reader.metadata or {}).values()]
        return "\n".join(parts)
    if path.suffix == ".gpkg":
        with sqlite3.connect(path) as connection:
            return "\n".join(connection.iterdump())
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(str(c.value) for s in book for row in s for c in row if c.value)
    return path.read_bytes().decode("utf-8-sig")


@pytest.fixture
def marked_db(demo_database: Database) -> str:
    _marked(demo_database)
    path = str(demo_database.path)
    demo_database.close()
    return path


def _exports(db: str, folder: Path, profile: str) -> list[Path]:
    made = []
    for fmt in ("gpkg", "geojson", "kml", "csv"):
        path = folder / f"punkter-{profile}.{fmt}"
        assert (
            main(["--db", db, "export-gis", "--format", fmt, "--profile", profile, "-o", str(path)])
            == 0
        )
        made.append(path)
    web = folder / f"sida-{profile}.html"
    assert main(["--db", db, "export-web", "--profile", profile, "-o", str(web)]) == 0
    poster = folder / f"affischer-{profile}.pdf"
    assert (
        main(
            [
                "--db",
                db,
                "export-pdf",
                "--all",
                "--kind",
                "poster",
                "--profile",
                profile,
                "-o",
                str(poster),
            ]
        )
        == 0
    )
    return [*made, web, poster]


def test_no_public_file_holds_a_marker(marked_db: str, tmp_path: Path, capsys):
    files = _exports(marked_db, tmp_path, "public")
    county = tmp_path / "lan.xlsx"
    assert main(["--db", marked_db, "export-xlsx", "--county", "-o", str(county)]) == 0
    capsys.readouterr()
    for path in [*files, county]:
        text = _text_of(path)
        assert len(text) > 1000, path
        assert _leaks(text) == [], (path.name, _leaks(text))
    web = (tmp_path / "sida-public.html").read_text(encoding="utf-8")
    assert "070-174 06 11" in web  # the switchboard is public, and its form is the one tested


def test_the_internal_profile_does_hold_them(marked_db: str, tmp_path: Path, capsys):
    files = _exports(marked_db, tmp_path, "internal")
    capsys.readouterr()
    for path in files:
        assert MARK in _text_of(path), path.name
    web = (tmp_path / "sida-internal.html").read_text(encoding="utf-8")
    assert "070-174 06 99" in web  # the coordinator's phone
