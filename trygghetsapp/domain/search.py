"""Type-to-filter matching of areas, shared by the database query and the start-up view.

One rule in one place: the area list filters in SQL (`services/areas.py`), the window shown before
the database is open filters the last session's list in memory (`ui/start_window.py`); both must
find the same areas for the same words.
"""

from __future__ import annotations


def search_key(text: str) -> str:
    """Case-folded, so 'ÅSEN' finds 'Åsen' (casefold handles the Swedish letters)."""
    return text.casefold()


def search_words(search: str) -> list[str]:
    return search_key(search).split()


def matches_every_word(search_text: str, search: str) -> bool:
    """True when every word of `search` occurs in the derived, already case-folded `search_text`."""
    return all(word in search_text for word in search_words(search))
