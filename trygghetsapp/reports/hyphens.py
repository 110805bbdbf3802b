"""Swedish hyphenation for narrow columns: break long compounds at a syllable, with a hyphen.

Without it reportlab breaks a word that does not fit its column anywhere and without a hyphen
("Reservkraftansvari" / "g"). pyphen's Swedish dictionary (from LibreOffice) finds syllables but
not compound joints: it offers "Nycke-lansvarig" and "Reservkraf-tansvarig". So the joints of the
compounds our documents are full of (…ansvarig, …aggregat, …punkt) come first, and dictionary
points that would cut just beside such a joint are dropped.

Only words of at least MIN_LENGTH letters are hyphenated: a checklist read in poor light should
not be full of broken words; a long compound is where a break is unavoidable.
"""

from __future__ import annotations

import functools
import re

MIN_LENGTH = 12

SECOND_PARTS = (
    "ansvarig",
    "ansvar",
    "aggregat",
    "påfyllning",
    "punkt",
    "person",
    "protokoll",
    "radio",
    "telefon",
    "terminal",
    "kontroll",
    "utrustning",
    "beredskap",
    "ledning",
    "förråd",
    "tank",
    "abonnemang",
    "omkopplare",
    "kopplare",
    "brytare",
    "central",
    "nummer",
    "grupp",
    "stuga",
    "gård",
    "skola",
)
"""Right-hand parts of compounds common on our pages; a joint before one is the best break."""

_LETTERS = re.compile(r"^[^\W\d_]+$")


@functools.cache
def _dictionary() -> object:
    import pyphen

    return pyphen.Pyphen(lang="sv", left=2, right=3)


def _joints(word: str) -> set[int]:
    lower = word.casefold()
    found = set()
    for part in SECOND_PARTS:
        start = lower.find(part, 2)
        while start >= 2:
            if len(lower) - start >= 3:
                found.add(start)
            start = lower.find(part, start + 1)
    return found


@functools.lru_cache(maxsize=4096)
def split_points(word: str) -> tuple[int, ...]:
    """Positions where `word` may break (a hyphen goes before the position), best first."""
    if len(word) < MIN_LENGTH or not _LETTERS.match(word):
        return ()
    joints = _joints(word)
    dictionary = _dictionary()
    syllables = {
        len(head)
        for head, _tail in dictionary.iterate(word)  # type: ignore[attr-defined]
        if len(head) >= 2 and len(word) - len(head) >= 3
    }
    kept = {p for p in syllables if not any(0 < abs(p - j) <= 2 for j in joints)}
    return tuple(sorted(joints | kept, reverse=True))


def hyphenate(word: str) -> list[tuple[str, str]]:
    """reportlab's hyphenator protocol: (head, tail) pairs, longest head first.

    reportlab adds the hyphen itself and takes the first pair whose head fits the line.
    """
    return [(word[:p], word[p:]) for p in split_points(word)]
