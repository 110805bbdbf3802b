"""The look of the first pages, guarded by golden images.

Regenerate after a deliberate layout change (then look at the PNGs before committing them):

    TRYGGHETSAPP_UPDATE_GOLDEN=1 .venv/bin/pytest tests/reports/test_golden.py

The pages are rendered with pypdfium2 (a pip wheel; no poppler needed) at 54 dpi in grey. The
comparison tolerates anti-aliasing differences between renderer versions but not a moved block:
at most 0.5 % of the pixels may differ by more than a quarter of the grey range.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops
from reportlab import rl_config

from tests.reports.conftest import KINDS, PRINTED
from trygghetsapp.reports import kinds

GOLDEN = Path(__file__).parent / "golden"
SCALE = 0.75
MAX_DIFFERING = 0.005


@pytest.fixture
def invariant() -> Iterator[None]:
    """reportlab's reproducible mode: fixed dates and document id (tests only)."""
    before = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = before


def _build(dossier, kind: str) -> bytes:
    buffer = io.BytesIO()
    kinds.render([dossier], kind, buffer, printed=PRINTED)
    return buffer.getvalue()


def render_first_page(pdf: bytes) -> Image.Image:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[0].render(scale=SCALE, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def differing_fraction(a: Image.Image, b: Image.Image) -> float:
    histogram = ImageChops.difference(a, b).histogram()
    return sum(histogram[64:]) / (a.width * a.height)


@pytest.mark.parametrize("kind", KINDS)
def test_first_page_matches_golden(kind, dossiers, invariant):
    image = render_first_page(_build(dossiers[0], kind))
    golden = GOLDEN / f"{kind}-p1.png"
    if os.environ.get("TRYGGHETSAPP_UPDATE_GOLDEN") or not golden.exists():
        GOLDEN.mkdir(exist_ok=True)
        image.save(golden, optimize=True)
        if not os.environ.get("TRYGGHETSAPP_UPDATE_GOLDEN"):
            pytest.fail(f"no golden image yet; wrote {golden}: look at it and commit it")
    expected = Image.open(golden).convert("L")
    assert image.size == expected.size
    assert differing_fraction(image, expected) <= MAX_DIFFERING


def test_invariant_builds_are_byte_identical(dossiers, invariant):
    assert _build(dossiers[0], "checklist") == _build(dossiers[0], "checklist")
