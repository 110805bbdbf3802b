"""One embedded sans-serif family for every document: DejaVu Sans, shipped in resources/fonts/.

Why: the standard 14 PDF fonts are not embedded, and a checklist must print the same on any
computer. reportlab's own Bitstream Vera has å ä ö but not the Sami letters (á č đ ŋ š ŧ ž), nor
Polish, Czech or Latvian ones: the names of people in a Swedish village printed as "?". DejaVu
Sans is Vera extended to the whole Latin, Greek and Cyrillic repertoire (resources/fonts/README.md).

Every string is NFC-normalised before it is measured or drawn, so a name pasted in decomposed form
("a" + combining ring) prints as the one letter it is. What the font truly cannot print (a
character it has no glyph for, or right-to-left scripts such as Arabic and Hebrew, which reportlab
would lay out backwards and unjoined) is replaced by the visible U+FFFD "�", never by a plain "?",
and collected (`collecting`) so the export can list it in its log.

`rl_config.defaultGraphicsFontName` is set here, before anything imports `reportlab.graphics`, so a
drawing cannot pull in unembedded Helvetica.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from trygghetsapp.domain.identity import mask_identity_numbers
from trygghetsapp.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans"
"""The family name pdffonts and pikepdf report (subset prefix removed)."""

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

REPLACEMENT = "\ufffd"
"""Printed instead of a character the font cannot show: visible, and unlike "?" never text."""

_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})
"""Bidi classes of Arabic, Hebrew, Syriac, Thaana...: reportlab (without a shaping engine) would
print their letters left to right and unjoined, which is worse than a visible replacement."""

rl_config.defaultGraphicsFontName = REGULAR


def font_dir() -> Path:
    """resources/fonts: found from a checkout and from an editable install alike."""
    return resources_dir() / "fonts"


@functools.cache
def register() -> str:
    """Register the family once per process and return the regular font's name.

    `registerFontFamily` (via addMapping) makes `<b>` inside a Paragraph pick the bold file
    instead of silently faking it or falling back to Helvetica. No italic is shipped (PRINT R5:
    no italic runs), so `<i>` maps to the upright faces.
    """
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_dir() / filename)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR


@functools.cache
def _charmap(name: str) -> frozenset[int]:
    font = TTFont(name, str(font_dir() / _FILES[name]))
    return frozenset(font.face.charToGlyph)


@functools.cache
def _printable_codes() -> frozenset[int]:
    """Characters both faces have: a string may be set in either."""
    return _charmap(REGULAR) & _charmap(BOLD)


_collector: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "unprintable", default=None
)


@contextlib.contextmanager
def collecting() -> Iterator[set[str]]:
    """Gather, while the block runs, every character `printable` had to replace."""
    found: set[str] = set()
    token = _collector.set(found)
    try:
        yield found
    finally:
        _collector.reset(token)


def can_print(ch: str) -> bool:
    if ch.isspace():
        return True
    if ord(ch) not in _printable_codes():
        return False
    if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
        return False
    return unicodedata.bidirectional(ch) not in _RIGHT_TO_LEFT


def missing_glyphs(text: str, name: str = REGULAR) -> set[str]:
    """Characters of `text` the named face has no glyph for (they would print as empty boxes)."""
    known = _charmap(name)
    return {ch for ch in text if not ch.isspace() and ord(ch) not in known}


def printable(text: str) -> str:
    """`text` in NFC with what the font cannot print replaced by the visible "�" (collected).

    Every text of ours reaches a page through here (`styles.esc` and the footers), so this is
    also where a personal identity number typed into a note is kept off every document: it is
    printed as "[personnummer dolt]" (domain/identity.py)."""
    text = mask_identity_numbers(text)
    if text.isascii() and text.isprintable():
        return text  # the usual case, and every ASCII letter is in the font
    text = unicodedata.normalize("NFC", text)
    if all(can_print(ch) for ch in text):
        return text
    found = _collector.get()
    out = []
    for ch in text:
        if can_print(ch):
            out.append(ch)
        else:
            out.append(REPLACEMENT)
            if found is not None:
                found.add(ch)
    return "".join(out)


def describe(chars: Iterable[str]) -> str:
    """ "U+0627 ARABIC LETTER ALEF, U+1F642 SLIGHTLY SMILING FACE": for the export's log."""
    return ", ".join(
        f"U+{ord(ch):04X} {unicodedata.name(ch, 'okänt tecken')}" for ch in sorted(set(chars))
    )
