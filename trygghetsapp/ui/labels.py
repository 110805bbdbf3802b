"""Catalogue labels (Swedish and English in domain.catalogues) in the GUI's current language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trygghetsapp.domain.catalogues import Label


def label(labels: Mapping[Any, Label], code: Any, language: str) -> str:
    """The label for `code`, or the code itself when the catalogue lacks it (synced data)."""
    found = labels.get(code)
    return found.text(language) if found is not None else str(code)


def format_date(value: Any) -> str:
    """Dates are always YYYY-MM-DD (ISO 8601), as in every Swedish form."""
    return value.isoformat() if value is not None else ""


def format_number(value: float | int | None) -> str:
    """Whole numbers without a decimal part; a decimal comma, as Swedes write it."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    # 12 significant digits: coordinates keep their 6 decimals through an edit round trip.
    return f"{value:.12g}".replace(".", ",")
