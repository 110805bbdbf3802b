"""Values as people type them in a spreadsheet, made into what the value rules (values.py) take.

A cell may hold a number where a text was meant (a phone number that lost its leading 0), a text
where a number was meant ("2,5", "1 000 st"), an Excel serial day count or a typed date in a
Swedish habit ("1/3-2026", "1 mars 2026"), or a catalogue's Swedish name instead of its code. Each
function here returns the form the schema rules accept, or raises a DomainError saying what was
expected; the schema rules then apply the same checks as every other door.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from trygghetsapp.domain.errors import DomainError, quoted_en, quoted_sv

EXCEL_EPOCH = dt.date(1899, 12, 30)
"""Day 0 of Excel's 1900 date system (it counts the non-existent 1900-02-29, so day 60 is
1900-02-29 and every later serial is right from this epoch)."""
EXCEL_MAX_SERIAL = 2_958_465  # 9999-12-31

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "jan", "january"),
            ("februari", "feb", "february"),
            ("mars", "mar", "march"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "jun", "june"),
            ("juli", "jul", "july"),
            ("augusti", "aug", "august"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "oct", "october"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}

_SPACES = re.compile(r"[\s\u00a0\u202f\u2007]+")
_NUMBER = re.compile(r"^([-+]?\d[\d\s\u00a0\u202f\u2007]*(?:[.,]\d+)?)\s*([^\d\s].*)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_SWEDISH_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})\s*-\s*(\d{2}|\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})\.?\s+([a-zåäö]+)\.?\s+(\d{4})$")

TRUE_WORDS = frozenset({"ja", "j", "yes", "y", "x", "sant", "true", "1", "✓", "✔"})
FALSE_WORDS = frozenset({"nej", "n", "no", "falskt", "false", "0", "-"})


def normalise(text: str) -> str:
    """A key for matching headers and catalogue names: case-folded, accents of other languages
    kept apart from å ä ö, punctuation and repeated spaces folded to one space."""
    folded = unicodedata.normalize("NFC", text).casefold()
    folded = re.sub(r"[^\wåäö]+", " ", folded)
    return _SPACES.sub(" ", folded).strip()


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str | None:
    """Any cell as text: 12.0 -> "12", a date -> "2026-03-01", a flag -> "Ja"."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if not math.isfinite(value):
            raise DomainError("value", "är inget tal", "is not a number")
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value.strip()
    return str(value)


def number(field: str, value: Any) -> tuple[float | None, str]:
    """(number, unit text after it): "2,5" -> (2.5, ""), "1 000 st" -> (1000.0, "st")."""
    if is_blank(value):
        return None, ""
    if isinstance(value, bool):
        raise DomainError(field, "måste vara ett tal", "must be a number")
    if isinstance(value, int | float):
        return float(value), ""
    if isinstance(value, str):
        match = _NUMBER.match(value.strip())
        if match:
            digits = _SPACES.sub("", match.group(1)).replace(",", ".")
            try:
                return float(digits), (match.group(2) or "").strip()
            except ValueError:
                pass
        raise DomainError(
            field,
            f"måste vara ett tal: {quoted_sv(value.strip())}",
            f"must be a number: {quoted_en(value.strip())}",
        )
    raise DomainError(field, "måste vara ett tal", "must be a number")


def plain_number(field: str, value: Any) -> float | None:
    """A number with nothing after it but a word of unit ("40 personer" is 40)."""
    return number(field, value)[0]


def date(field: str, value: Any) -> dt.date | None:
    """A date cell, an Excel serial day number, or a typed date in a common Swedish form:
    2026-03-01, 2026-3-1, 20260301, 1/3-2026, 1.3.2026, 01-03-2026, 1 mars 2026."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise _not_a_date(field, value)
    if isinstance(value, int | float):
        if not math.isfinite(value) or not 1 <= value <= EXCEL_MAX_SERIAL:
            raise _not_a_date(field, value)
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    if isinstance(value, str):
        typed = value.strip().casefold()
        parts: tuple[int, int, int] | None = None
        if match := _ISO.match(typed) or _COMPACT.match(typed):
            parts = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
        elif match := _DAY_FIRST.match(typed):
            parts = (int(match.group(3)), int(match.group(2)), int(match.group(1)))
        elif match := _SWEDISH_SLASH.match(typed):
            year = int(match.group(3))
            parts = (year + 2000 if year < 100 else year, int(match.group(2)), int(match.group(1)))
        elif (match := _WORDS.match(typed)) and match.group(2) in MONTHS:
            parts = (int(match.group(3)), MONTHS[match.group(2)], int(match.group(1)))
        elif typed.isdigit() and len(typed) <= 7:
            return date(field, int(typed))
        if parts is not None:
            try:
                return dt.date(*parts)
            except ValueError:
                pass
    raise _not_a_date(field, value)


def _not_a_date(field: str, value: Any) -> DomainError:
    shown = value.strip() if isinstance(value, str) else value
    return DomainError(
        field,
        f"är inget giltigt datum: {quoted_sv(shown)} (skriv ÅÅÅÅ-MM-DD)",
        f"is not a valid date: {quoted_en(shown)} (write YYYY-MM-DD)",
    )


def phone(value: Any) -> str | None:
    """A phone cell as text for the phone rule. A number cell lost its leading zero (Excel shows
    0701234567 as 701234567): a Swedish number is at least 7 digits, so a number of 7 to 9
    digits without a 0 or a + gets its 0 back."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        digits = str(value)
        if 7 <= len(digits) <= 9:
            return "0" + digits
        if digits.startswith("46") and len(digits) >= 10:
            return "+" + digits
        return digits
    return text(value)


def flag(field: str, value: Any, default: bool = False) -> bool:
    """Ja/Nej, Yes/No, x, TRUE/FALSE, 1/0; empty is the default."""
    if is_blank(value):
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    key = normalise(str(value)) if not isinstance(value, str) else value.strip().casefold()
    if key in TRUE_WORDS:
        return True
    if key in FALSE_WORDS:
        return False
    raise DomainError(
        field,
        f"skriv Ja eller Nej (inte {quoted_sv(value)})",
        f"write Yes or No (not {quoted_en(value)})",
    )


class Vocabulary:
    """A catalogue's codes with the names people write for them (Swedish, English, synonyms)."""

    def __init__(self, names: Mapping[str, Iterable[str]]):
        self.codes = list(names)
        self._by_key: dict[str, str] = {}
        for code, words in names.items():
            for word in (code, code.replace("_", " "), *words):
                self._by_key.setdefault(normalise(word), code)
        self.display = {code: next(iter(words), code) for code, words in names.items()}

    def code(self, field: str, value: Any) -> str:
        key = normalise(text(value) or "")
        found = self._by_key.get(key)
        if found is None:
            raise DomainError(
                field,
                f"okänt värde {quoted_sv(text(value))}; "
                f"välj bland: {', '.join(self.display.values())}",
                f"unknown value {quoted_en(text(value))}; choose from: {', '.join(self.codes)}",
            )
        return found

    def codes_of(self, field: str, value: Any) -> list[str]:
        """Several names in one cell, separated by ';' or new lines, or by ',' where the
        pieces are names on their own ("Värme och vila, Toalett")."""
        written = text(value)
        if not written:
            return []
        found: list[str] = []
        for part in re.split(r"[;\n]+", written):
            if is_blank(part):
                continue
            key = normalise(part)
            if key in self._by_key:
                found.append(self._by_key[key])
                continue
            for piece in part.split(","):
                if not is_blank(piece):
                    found.append(self.code(field, piece))
        return list(dict.fromkeys(found))


def text_list(value: Any) -> list[str]:
    """Villages or skills: separated by ';' or new lines, else by ','."""
    written = text(value)
    if not written:
        return []
    separator = r"[;\n]+" if re.search(r"[;\n]", written) else ","
    return [piece.strip() for piece in re.split(separator, written) if piece.strip()]


def join_list(values: Iterable[str]) -> str:
    """The inverse of `text_list`: ", " unless a value holds a comma, then "; "."""
    items = list(values)
    return ("; " if any("," in item for item in items) else ", ").join(items)
