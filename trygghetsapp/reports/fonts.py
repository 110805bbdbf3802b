"""One embedded sans-serif family for every document.

Why: the standard 14 PDF fonts are not embedded, and a checklist must print the same on any
computer; Bitstream Vera (shipped inside reportlab) is a legible sans with å ä ö. It has no glyph
for ☐ ✓ →, so checkboxes are drawn as vectors (see `flowables`) and `missing_glyphs` lets tests
prove that every printed string is covered.

`rl_config.defaultGraphicsFontName` is set here, before anything imports `reportlab.graphics`, so a
drawing cannot pull in unembedded Helvetica.
"""

from __future__ import annotations

import functools
from pathlib import Path

import reportlab
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from trygghetsapp.domain.identity import mask_identity_numbers

REGULAR = "Vera"
BOLD = "Vera-Bold"
ITALIC = "Vera-Italic"
BOLD_ITALIC = "Vera-BoldItalic"

_FILES = {
    REGULAR: "Vera.ttf",
    BOLD: "VeraBd.ttf",
    ITALIC: "VeraIt.ttf",
    BOLD_ITALIC: "VeraBI.ttf",
}

rl_config.defaultGraphicsFontName = REGULAR


def font_dir() -> Path:
    """reportlab's own font folder, which holds Vera and its licence."""
    return Path(reportlab.__file__).resolve().parent / "fonts"


@functools.cache
def register() -> str:
    """Register the family once per process and return the regular font's name.

    `registerFontFamily` (via addMapping) makes `<b>` inside a Paragraph pick the bold file
    instead of silently faking it or falling back to Helvetica.
    """
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_dir() / filename)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR


@functools.cache
def _charmap(name: str) -> frozenset[int]:
    font = TTFont(name, str(font_dir() / _FILES[name]))
    return frozenset(font.face.charToGlyph)


def missing_glyphs(text: str, name: str = REGULAR) -> set[str]:
    """Characters of `text` the font cannot draw (they would print as empty boxes)."""
    known = _charmap(name)
    return {ch for ch in text if not ch.isspace() and ord(ch) not in known}


def printable(text: str, name: str = REGULAR) -> str:
    """`text` with characters the font lacks replaced by '?', so nothing vanishes silently.

    Every text of ours reaches a page through here (`styles.esc` and the footers), so this is
    also where a personal identity number typed into a note is kept off every document: it is
    printed as "[personnummer dolt]" (domain/identity.py)."""
    text = mask_identity_numbers(text)
    known = _charmap(name)
    return "".join(ch if ch.isspace() or ord(ch) in known else "?" for ch in text)
