"""Personal identifiers in free text: identity numbers, home addresses, and one person's traces.

Pure rules, no database. Three uses:

- `identity_numbers(text)`: Swedish personal identity numbers (*personnummer*) and coordination
  numbers (*samordningsnummer*, day + 60) with a valid check digit (Luhn over the ten digits
  YYMMDDNNNN), with or without the century, with or without the "-" or "+" separator. A note
  holding one gets a warning, and `mask_identity_numbers` keeps it off every printed page.
- `looks_like_home_address(text)`: a street name with a house number, or a postcode and town;
  a warning only (a safety point's own address is legitimately printed).
- `PersonKeys`: what identifies one contact in free text (their name, phone numbers in any
  format, e-mail), so that a register extract can list every mention and an erasure blank it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

MASK = "[personnummer dolt]"
"""What a printed document shows instead of a personal identity number."""

_PNR = re.compile(
    r"(?<![\d\w])(?P<century>\d{2})?(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    r"[ ]?(?P<sep>[-+])?[ ]?(?P<serial>\d{3})(?P<check>\d)(?![\d\w])"
)


def luhn_check_digit(nine_digits: str) -> int:
    """The check digit of a personnummer over YYMMDDNNN (weights 2,1,2,1,...)."""
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def _valid_date(century: str | None, yy: str, mm: str, dd: str) -> bool:
    month, day = int(mm), int(dd)
    if day > 60:  # samordningsnummer: the day of birth plus 60
        day -= 60
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    for year in years:
        try:
            dt.date(year, month, day)
        except ValueError:
            continue
        return True
    return False


def identity_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of every valid personal identity or coordination number in `text`."""
    found = []
    for match in _PNR.finditer(text or ""):
        century = match.group("century")
        if century is not None and century not in ("18", "19", "20"):
            continue
        if century is None and match.group("sep") is None and match.group(0).count(" "):
            continue  # "700101 1233" without a separator: too likely something else
        if not _valid_date(century, match.group("yy"), match.group("mm"), match.group("dd")):
            continue
        nine = match.group("yy") + match.group("mm") + match.group("dd") + match.group("serial")
        if luhn_check_digit(nine) != int(match.group("check")):
            continue
        found.append((match.start(), match.end()))
    return found


def has_identity_number(text: str) -> bool:
    return bool(identity_numbers(text))


def mask_identity_numbers(text: str) -> str:
    """The text with every valid personal identity number replaced by MASK."""
    spans = identity_numbers(text)
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(MASK)
        last = end
    parts.append(text[last:])
    return "".join(parts)


_STREET = re.compile(
    r"\b[A-ZÅÄÖ][a-zåäöéü]+(?:gatan|gata|vägen|väg|gränd|gränden|stigen|backen|allén|torget|"
    r"plan|stråket|leden|slingan|gården|byn)\s+\d{1,4}\s?[A-Za-z]?\b"
)
_POSTCODE = re.compile(r"(?<!\d)\d{3}\s?\d{2}(?!\d)\s+[A-ZÅÄÖ][a-zåäöé]+")


def looks_like_home_address(text: str) -> bool:
    """A street with a house number ("Storgatan 12") or a postcode and town ("835 98 Offerdal")."""
    return bool(_STREET.search(text or "") or _POSTCODE.search(text or ""))


# --- One person's traces in free text ------------------------------------------------------

ERASED_TEXT = "[raderad person]"


@dataclass(frozen=True)
class PersonKeys:
    """What names one contact in text: names (case and spacing ignored), phones, e-mails."""

    names: tuple[str, ...]
    phones: tuple[str, ...]
    """E.164 ("+46701740677"); found in text in any common format (070-174 06 77, 0701740677,
    +46 70 174 06 77)."""
    emails: tuple[str, ...]

    @classmethod
    def of(
        cls, names: Iterable[str | None], phones: Iterable[str | None], emails: Iterable[str | None]
    ) -> PersonKeys:
        clean_names = tuple(
            dict.fromkeys(
                " ".join(n.split())
                for n in names
                if n and n.strip() and n.strip() != ERASED_TEXT and len(n.strip()) >= 3
            )
        )
        return cls(
            clean_names,
            tuple(dict.fromkeys(p for p in phones if p)),
            tuple(dict.fromkeys(e.strip().lower() for e in emails if e and e.strip())),
        )

    def __bool__(self) -> bool:
        return bool(self.names or self.phones or self.emails)

    def _patterns(self) -> list[re.Pattern[str]]:
        patterns = []
        for name in self.names:
            words = r"\s+".join(re.escape(word) for word in name.split())
            patterns.append(re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE))
        for email in self.emails:
            patterns.append(re.compile(rf"(?<![\w.+-]){re.escape(email)}(?![\w-])", re.IGNORECASE))
        for phone in self.phones:
            pattern = _phone_pattern(phone)
            if pattern is not None:
                patterns.append(pattern)
        return patterns

    def mentions(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every mention of this person in `text`, merged where they overlap."""
        if not text or not self:
            return []
        spans = sorted(
            (match.start(), match.end())
            for pattern in self._patterns()
            for match in pattern.finditer(text)
        )
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def scrub(self, text: str) -> str:
        """The text with every mention replaced by ERASED_TEXT."""
        spans = self.mentions(text)
        if not spans:
            return text
        parts, last = [], 0
        for start, end in spans:
            parts.append(text[last:start])
            parts.append(ERASED_TEXT)
            last = end
        parts.append(text[last:])
        return "".join(parts)


_SEPARATOR = r"[\s\-/().]*"


def _phone_pattern(e164: str) -> re.Pattern[str] | None:
    """A pattern for a phone number in any usual written form, digits split by any spacing."""
    if not e164.startswith("+46"):
        digits = re.sub(r"\D", "", e164)
        if len(digits) < 6:
            return None
        body = _SEPARATOR.join(digits)
        return re.compile(rf"(?<!\d)\+?{_SEPARATOR}{body}(?!\d)")
    national = re.sub(r"\D", "", e164[3:])
    if len(national) < 6:
        return None
    body = _SEPARATOR.join(national)
    prefix = rf"(?:(?:\+{_SEPARATOR}46|0046){_SEPARATOR}(?:\(0\){_SEPARATOR})?|0{_SEPARATOR})"
    return re.compile(rf"(?<!\d){prefix}{body}(?!\d)")
