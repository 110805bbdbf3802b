"""Shared PDFs for the report tests: the demo data is loaded once and every document built once.

Building is cheap (about 0.1 s a document) but parsing is not, so the fixtures are session-wide
and the tests only read them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import TODAY
from trygghetsapp.reports import kinds
from trygghetsapp.services import areas
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.services.dossier import area_dossier
from trygghetsapp.services.readmodels import AreaDossier

PRINTED = dt.date(2026, 11, 27)
REVISION = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
KINDS = tuple(kinds.KINDS)


@pytest.fixture(scope="session")
def report_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from trygghetsapp.services.demo import load_demo

    path = tmp_path_factory.mktemp("reports") / "demo.sqlite"
    database = open_database(path, device_name="Rapporttest")
    load_demo(database, seed=1, today=TODAY)
    yield database
    database.close()


@pytest.fixture(scope="session")
def dossiers(report_db: Database) -> list[AreaDossier]:
    """Every demo area, with a fixed data revision so that output is reproducible."""
    return [
        dataclasses.replace(area_dossier(report_db, a.id, today=TODAY), data_revision=REVISION)
        for a in areas.list_areas(report_db)
    ]


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdfs")


@pytest.fixture(scope="session")
def area_pdfs(dossiers: list[AreaDossier], pdf_dir: Path) -> dict[tuple[str, str], Path]:
    """(kind, area id) -> one PDF per area and kind."""
    built = {}
    for kind in KINDS:
        for dossier in dossiers:
            path = pdf_dir / f"{kind}-{dossier.area.id}.pdf"
            kinds.render([dossier], kind, path, printed=PRINTED)
            built[(kind, dossier.area.id)] = path
    return built


@pytest.fixture(scope="session")
def page_texts(area_pdfs: dict[tuple[str, str], Path]) -> dict[tuple[str, str], list[str]]:
    """Extracted text of every page (pypdf), whitespace collapsed."""
    from pypdf import PdfReader

    return {
        key: [normalise(page.extract_text()) for page in PdfReader(path).pages]
        for key, path in area_pdfs.items()
    }


def normalise(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    """Text with all whitespace and hyphens removed: a cell may wrap a name at any space, and a
    long word may be hyphenated at a syllable (reports/hyphens.py); neither must hide it."""
    return "".join(text.split()).replace("-", "").replace("\u00ad", "")


def empty_dossier(dossier: AreaDossier) -> AreaDossier:
    """An area with nothing registered: no point, equipment, contacts, holders or channels."""
    staffing = tuple(dataclasses.replace(s, holder=None, deputies=()) for s in dossier.staffing)
    return dataclasses.replace(
        dossier,
        safety_points=(),
        equipment=(),
        contacts=(),
        staffing=staffing,
        channels=(),
        inspections=(),
        data_revision=None,
    )
