"""Printed documents show a person's role, name and phone only (docs/privacy.md): no e-mail,
reserve phone, organisation, skills or notes of a contact reaches a checklist, an inspection
form or a role card."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.conftest import TODAY
from trygghetsapp.reports import kinds
from trygghetsapp.services import areas, contacts
from trygghetsapp.services.database import Database
from trygghetsapp.services.dossier import area_dossier


def test_documents_show_role_name_and_phone_only(demo_database: Database, tmp_path: Path) -> None:
    markers = []
    for area in areas.list_areas(demo_database):
        for number, contact in enumerate(contacts.list_contacts(demo_database, area.id)):
            marker = f"QX{number}{area.id[:4]}"
            markers.append(marker)
            contacts.update_contact(
                demo_database,
                contact.id,
                {
                    "email": f"{marker.lower()}@example.se",
                    "phone_alt": "08-668 01 50",
                    "organisation": f"Org{marker}",
                    "skills": [f"Skill{marker}"],
                    "notes": f"Note{marker}",
                },
            )
    dossiers = [
        area_dossier(demo_database, a.id, today=TODAY) for a in areas.list_areas(demo_database)
    ]
    for kind in kinds.KINDS:
        path = tmp_path / f"{kind}.pdf"
        kinds.render(dossiers, kind, path, printed=TODAY)
        text = "".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
        assert "086680150" not in text.replace("-", "")
        for marker in markers:
            assert marker not in text and marker.lower() not in text, (kind, marker)
    staffed = [a for d in dossiers for s in d.staffing for a in (s.holder, *s.deputies) if a]
    assert staffed  # and their names and phones are printed (tests/reports/test_text.py)
