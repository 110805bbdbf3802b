"""Strict reads of the small JSON files the security modules keep (cards, the trust register,
the policy): anything that is not one of ours is refused with one clear line. Writing goes
through `files/atomic.py`, so none of them is ever half written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trygghetsapp.domain.errors import DomainError

QUARANTINE_FOLDER = "karantän"
"""Where refused packages are moved in the sync folder (`policy.quarantine`). Named here, in a
module without cryptography, for the status read that counts them."""

MAX_JSON_BYTES = 1024 * 1024
"""Cards, registers and settings are small; a bigger file is not one of ours."""


def read_json_object(path: Path, what_sv: str, what_en: str) -> dict[str, Any]:
    """Read a small JSON object, refusing anything else with one clear line."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_JSON_BYTES + 1)
    except FileNotFoundError:
        raise DomainError(str(path), f"{what_sv} finns inte", f"{what_en} does not exist") from None
    except OSError as error:
        raise DomainError(
            str(path),
            f"{what_sv} kan inte läsas ({error.strerror})",
            f"{what_en} cannot be read ({error.strerror})",
        ) from None
    if len(raw) > MAX_JSON_BYTES:
        raise DomainError(str(path), f"{what_sv} är för stor", f"{what_en} is too large")
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DomainError(
            str(path), f"{what_sv} är inte giltig JSON", f"{what_en} is not valid JSON"
        ) from None
    if not isinstance(value, dict):
        raise DomainError(str(path), f"{what_sv} har fel format", f"{what_en} has the wrong format")
    return value
