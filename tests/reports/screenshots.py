"""Render the pages worth looking at from the demo data into docs/screenshots/.

    .venv/bin/python -m tests.reports.screenshots

Page 1 ("Första 10 minuterna") of an area with a generator (Valsjöbyn), one without (Ås) and a
planned point (Aspås); page 2 of Valsjöbyn (the generator's steps); the first pages of the
inventory form and the role cards. Uses the same fixed dates as the tests (demo TODAY, print
date 2026-11-27) and reportlab's invariant mode, so rerunning without a layout change rewrites
identical images.
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
SHOTS = (
    ("Hotagsbygden – Valsjöbyn", "checklist", 1, "pdf-page1-generator"),
    ("Hotagsbygden – Valsjöbyn", "checklist", 2, "pdf-page2-generator-steps"),
    ("Ås", "checklist", 1, "pdf-page1-no-generator"),
    ("Aspås", "checklist", 1, "pdf-page1-planned"),
    ("Föllinge", "inventory", 1, "pdf-inventory-p1"),
    ("Hotagsbygden – Valsjöbyn", "rolecards", 1, "pdf-rolecards-p1"),
)


def main() -> None:
    rl_config.invariant = 1
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "demo.sqlite")
        try:
            load_demo(database, seed=1, today=TODAY)
            dossiers = {
                name: area_dossier(database, areas.find_area(database, name).id, today=TODAY)
                for name in {shot[0] for shot in SHOTS}
            }
        finally:
            database.close()
    OUT.mkdir(parents=True, exist_ok=True)
    for area, kind, page, stem in SHOTS:
        dossier = dataclasses.replace(dossiers[area], data_revision=REVISION)
        buffer = io.BytesIO()
        kinds.render([dossier], kind, buffer, printed=PRINTED)
        document = pypdfium2.PdfDocument(buffer.getvalue())
        try:
            image = document[page - 1].render(scale=1.5, grayscale=True).to_pil().convert("L")
        finally:
            document.close()
        target = OUT / f"{stem}.png"
        image.save(target, optimize=True)
        print(target)


if __name__ == "__main__":
    main()
