"""Render the first pages of each document kind from the demo data into docs/screenshots/.

    .venv/bin/python -m tests.reports.screenshots

Uses the same fixed dates as the tests (demo TODAY, print date 2026-11-27) and reportlab's
invariant mode, so rerunning without a layout change rewrites identical images.
"""

from __future__ import annotations

import dataclasses
import io
import tempfile
from pathlib import Path

import pypdfium2
from reportlab import rl_config

from tests.conftest import TODAY
from tests.reports.conftest import PRINTED, REVISION
from trygghetsapp.reports import kinds
from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database
from trygghetsapp.services.demo import load_demo
from trygghetsapp.services.dossier import area_dossier

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PAGES = {"checklist": (1, 3, 4), "inventory": (1,), "rolecards": (1,)}
AREA = "Föllinge"
"""Two safety points, reserve power, overdue items: the richest demo area."""


def main() -> None:
    rl_config.invariant = 1
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "demo.sqlite")
        try:
            load_demo(database, seed=1, today=TODAY)
            area = areas.find_area(database, AREA)
            dossier = area_dossier(database, area.id, today=TODAY)
        finally:
            database.close()
    dossier = dataclasses.replace(dossier, data_revision=REVISION)
    OUT.mkdir(parents=True, exist_ok=True)
    for kind, pages in PAGES.items():
        buffer = io.BytesIO()
        kinds.render([dossier], kind, buffer, printed=PRINTED)
        document = pypdfium2.PdfDocument(buffer.getvalue())
        for number in pages:
            image = document[number - 1].render(scale=1.5, grayscale=True).to_pil().convert("L")
            target = OUT / f"pdf-{kind}-p{number}.png"
            image.save(target, optimize=True)
            print(target)
        document.close()


if __name__ == "__main__":
    main()
