"""Value rules: each function takes what a user typed and returns the stored form, or raises.

They are pure so that the services, import-json, the GUI's field-by-field validation and the sync
import (which checks every change a package carries: `domain/schemas.py`, `sync/validate.py`) all
apply the same rule and produce the same message.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from trygghetsapp.domain.errors import DomainError, quoted_en, quoted_sv, raise_all

NAME_MAX = 200
TEXT_MAX = 10_000
SHORT_MAX = 500

# Sweden's extent with a small margin (Smygehuk 55.34 N, Treriksröset 69.06 N; 10.96 E to 24.17 E).
LAT_MIN, LAT_MAX = 55.0, 69.1
LON_MIN, LON_MAX = 10.5, 24.2

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
"""A record's id as every replica writes it (a lowercase UUID); import-json requires the same."""

_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_SINGLE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
"""Characters no text may hold: control characters (C0, DEL, C1) and lone surrogates (they cannot
be written as UTF-8, so an export or a PDF holding one would fail). Multi-line texts (notes) may
hold line breaks and tabs; single-line texts (names, addresses, codes) may not."""


def required_name(field: str, value: Any, max_length: int = NAME_MAX) -> str:
    text = optional_text(field, value, max_length)
    if not text:
        raise DomainError(field, "måste fyllas i", "is required")
    return text


def optional_text(
    field: str, value: Any, max_length: int = TEXT_MAX, multiline: bool = False
) -> str:
    """Stripped text in Unicode NFC: "Ha\u030akan" pasted from a Mac or a PDF is stored as
    "Håkan", so it prints, sorts, searches and compares as the name it is."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DomainError(field, "måste vara text", "must be text")
    text = unicodedata.normalize("NFC", value).strip()
    bad = (_CONTROL_MULTILINE if multiline else _CONTROL_SINGLE_LINE).search(text)
    if bad is not None:
        code = f"U+{ord(bad.group()):04X}"
        raise DomainError(
            field,
            f"innehåller ett otillåtet tecken ({code}, ett styrtecken)",
            f"contains a forbidden character ({code}, a control character)",
        )
    if len(text) > max_length:
        raise DomainError(
            field,
            f"får vara högst {max_length} tecken (nu {len(text)})",
            f"may be at most {max_length} characters (is {len(text)})",
        )
    return text


def phone(field: str, value: Any, required: bool = False) -> str | None:
    """A Swedish or international number, stored as E.164 (+46...)."""
    text = optional_text(field, value, 40)
    if not text:
        if required:
            raise DomainError(field, "måste fyllas i", "is required")
        return None
    import phonenumbers  # ~40 ms; loaded on first use, not at every start

    try:
        number = phonenumbers.parse(text, "SE")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise DomainError(
            field,
            f"är inget giltigt telefonnummer: {quoted_sv(text)} (exempel 070-123 45 67)",
            f"is not a valid phone number: {quoted_en(text)} (example 070-123 45 67)",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None) -> str:
    """Swedish grouping for Swedish numbers (070-123 45 67), international form for others."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "SE")
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 46:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def email(field: str, value: Any) -> str:
    text = optional_text(field, value, 254)
    if text and not _EMAIL.match(text):
        raise DomainError(
            field,
            f"är ingen giltig e-postadress: {quoted_sv(text)}",
            f"is not a valid e-mail: {quoted_en(text)}",
        )
    return text


def optional_date(field: str, value: Any) -> dt.date | None:
    """Accepts a date or an ISO string YYYY-MM-DD; empty means no date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            if len(value.strip()) != 10:
                raise ValueError
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise DomainError(
        field,
        f"är inget giltigt datum: {quoted_sv(value)} (skriv ÅÅÅÅ-MM-DD)",
        f"is not a valid date: {quoted_en(value)} (write YYYY-MM-DD)",
    )


def required_date(field: str, value: Any) -> dt.date:
    date = optional_date(field, value)
    if date is None:
        raise DomainError(field, "måste fyllas i", "is required")
    return date


def _number(field: str, value: Any) -> float:
    if isinstance(value, bool):
        raise DomainError(field, "måste vara ett tal", "must be a number")
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", ".").replace(" ", ""))
        except ValueError:
            raise DomainError(
                field,
                f"måste vara ett tal: {quoted_sv(value)}",
                f"must be a number: {quoted_en(value)}",
            ) from None
    if not isinstance(value, int | float):
        raise DomainError(field, "måste vara ett tal", "must be a number")
    try:
        number = float(value)
    except OverflowError:
        raise DomainError(field, "är orimligt stort", "is unreasonably large") from None
    if not math.isfinite(number):
        raise DomainError(field, "måste vara ett ändligt tal", "must be a finite number")
    return number


def quantity(field: str, value: Any) -> float:
    number = _number(field, 1 if value is None or value == "" else value)
    if number < 0:
        raise DomainError(field, "får inte vara negativt", "must not be negative")
    if number > 1e9:
        raise DomainError(field, "är orimligt stort", "is unreasonably large")
    return number


def optional_non_negative(field: str, value: Any) -> float | None:
    if value is None or value == "":
        return None
    return quantity(field, value)


def optional_count(field: str, value: Any, maximum: int = 10_000_000) -> int | None:
    if value is None or value == "":
        return None
    number = _number(field, value)
    if number != int(number) or number < 0 or number > maximum:
        raise DomainError(
            field,
            f"måste vara ett heltal mellan 0 och {maximum}",
            f"must be a whole number between 0 and {maximum}",
        )
    return int(number)


def coordinates(latitude: Any, longitude: Any) -> tuple[float | None, float | None]:
    """WGS84 decimal degrees inside Sweden, both or neither."""
    if (latitude is None or latitude == "") and (longitude is None or longitude == ""):
        return None, None
    found: list[DomainError] = []
    axes: list[float | None] = []
    for field, value in (("latitude", latitude), ("longitude", longitude)):
        try:
            if value is None or value == "":
                raise DomainError(field, "saknas (ange båda koordinaterna)", "missing (give both)")
            axes.append(coordinate(field, value))
        except DomainError as error:
            found.append(error)
    raise_all(found)
    return axes[0], axes[1]


def coordinate(field: str, value: Any) -> float | None:
    """One axis of a position (`field` is "latitude" or "longitude"): inside Sweden, rounded to
    six decimals (about 0.1 m); empty means none. A form gives both at once (`coordinates`); a
    sync change carries only the axis it changed, so each is also checked on its own."""
    if value is None or value == "":
        return None
    low, high = (LAT_MIN, LAT_MAX) if field == "latitude" else (LON_MIN, LON_MAX)
    number = _number(field, value)
    if not low <= number <= high:
        raise DomainError(
            field,
            f"{number} ligger utanför Sverige ({low}–{high})",
            f"{number} is outside Sweden ({low}–{high})",
        )
    return round(number, 6)


def choice(field: str, value: Any, allowed: Iterable[str], default: str | None = None) -> str:
    options = list(allowed)
    if (value is None or value == "") and default is not None:
        return default
    if value not in options:
        raise DomainError(
            field,
            f"ogiltigt värde {quoted_sv(value)}; tillåtna: {', '.join(options)}",
            f"invalid value {quoted_en(value)}; allowed: {', '.join(options)}",
        )
    return str(value)


def choices(field: str, values: Any, allowed: Iterable[str]) -> list[str]:
    options = set(allowed)
    if values is None:
        return []
    if not isinstance(values, list | tuple):
        raise DomainError(field, "måste vara en lista", "must be a list")
    result: list[str] = []
    for value in values:
        if value not in options:
            raise DomainError(
                field, f"okänt värde {quoted_sv(value)}", f"unknown value {quoted_en(value)}"
            )
        if value not in result:
            result.append(value)
    return sorted(result)


def text_list(field: str, values: Any, max_items: int = 50) -> list[str]:
    """A list of short texts; a comma-separated string is split."""
    if values is None or values == "":
        return []
    if isinstance(values, str):
        values = values.split(",")
    if not isinstance(values, list | tuple):
        raise DomainError(field, "måste vara en lista", "must be a list")
    result: list[str] = []
    for value in values:
        text = optional_text(field, value, NAME_MAX)
        if text and text not in result:
            result.append(text)
    if len(result) > max_items:
        raise DomainError(field, f"högst {max_items} värden", f"at most {max_items} values")
    return result


MAX_STEPS = 9
STEP_MAX = 150
_STEP_NUMBER = re.compile(r"^\s*(?:steg\s*)?\d{1,2}\s*[.):]\s*", re.IGNORECASE)


def steps(field: str, values: Any, max_steps: int = MAX_STEPS) -> list[str]:
    """Numbered instructions (a generator's start, switch-over and stop): one step per line.

    A list, or text with one step per line as a multi-line field gives it; a number the user
    typed in front ("1. ", "2) ") is dropped, since the printout numbers the steps itself. At most
    `max_steps` steps of at most STEP_MAX characters: read by torchlight, with the machine
    in front of you, one short action per step.
    """
    if values is None or values == "":
        return []
    if isinstance(values, str):
        values = values.splitlines()
    if not isinstance(values, list | tuple):
        raise DomainError(field, "måste vara en lista med steg", "must be a list of steps")
    result: list[str] = []
    for number, value in enumerate(values, 1):
        if value is not None and not isinstance(value, str):
            raise DomainError(
                field, f"steg {number} måste vara text", f"step {number} must be text"
            )
        text = _STEP_NUMBER.sub("", optional_text(field, value, TEXT_MAX))
        if not text:
            continue
        if len(text) > STEP_MAX:
            raise DomainError(
                field,
                f"steg {number} är {len(text)} tecken; högst {STEP_MAX} (ett kort steg per rad)",
                f"step {number} has {len(text)} characters; at most {STEP_MAX}",
            )
        result.append(text)
    if len(result) > max_steps:
        raise DomainError(
            field,
            f"högst {max_steps} steg (nu {len(result)}); dela upp eller korta",
            f"at most {max_steps} steps (has {len(result)})",
        )
    return result


def optional_hours(field: str, value: Any, maximum: float = 10_000) -> float | None:
    """A duration in hours, more than 0 (a run time of 0 h is no run time: leave it empty)."""
    if value is None or value == "":
        return None
    number = _number(field, value)
    if not 0 < number <= maximum:
        raise DomainError(
            field,
            f"måste vara fler än 0 och högst {maximum:g} timmar",
            f"must be more than 0 and at most {maximum:g} hours",
        )
    return number


def optional_percent(field: str, value: Any) -> int | None:
    if value is None or value == "":
        return None
    return integer_in(field, value, 1, 100)


def integer_in(field: str, value: Any, low: int, high: int, default: int | None = None) -> int:
    if (value is None or value == "") and default is not None:
        return default
    number = _number(field, value)
    if number != int(number) or not low <= number <= high:
        raise DomainError(field, f"måste vara {low}–{high}", f"must be between {low} and {high}")
    return int(number)


def record_id(field: str, value: Any, required: bool = True) -> str | None:
    """A reference to another record: its id (RECORD_ID); empty is allowed unless required."""
    if value is None or value == "":
        if required:
            raise DomainError(field, "måste fyllas i", "is required")
        return None
    if not isinstance(value, str) or RECORD_ID.fullmatch(value) is None:
        raise DomainError(
            field,
            f"är ingen giltig post-id: {quoted_sv(str(value)[:60])}",
            f"is not a valid record id: {quoted_en(str(value)[:60])}",
        )
    return value


def flag(field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    raise DomainError(field, "måste vara ja eller nej", "must be yes or no")


FM_LOW, FM_HIGH = 87.5, 108.0
_FREQUENCY = re.compile(r"^(?:P4\s*)?(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:MHz)?$", re.IGNORECASE)


def fm_frequency(field: str, value: Any) -> str:
    """An FM frequency (the local P4 for VMA), stored as "100,0 MHz"; empty is none."""
    text = optional_text(field, value, 40) or ""
    if not text:
        return ""
    found = _FREQUENCY.match(text)
    number = float(found.group(1).replace(",", ".")) if found else 0.0
    if not FM_LOW <= number <= FM_HIGH:
        raise DomainError(
            field,
            f"är ingen FM-frekvens: {quoted_sv(text)} (exempel 100,0 MHz, mellan 87,5 och 108)",
            f"is not an FM frequency: {quoted_en(text)} (example 100.0 MHz, between 87.5 and 108)",
        )
    return f"{number:.1f} MHz".replace(".", ",")


def municipality_code(field: str, value: Any) -> str:
    """SCB's four-digit municipality code (Krokom 2309), or empty."""
    text = optional_text(field, value, 20) or ""
    if text and not (len(text) == 4 and text.isdigit()):
        raise DomainError(
            field,
            f"ska vara fyra siffror (SCB:s kommunkod, t.ex. 2309): {quoted_sv(text)}",
            f"must be four digits (the SCB municipality code, e.g. 2309): {quoted_en(text)}",
        )
    return text
