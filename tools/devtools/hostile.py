"""Hostile files for the importers: byte mutations of a valid file and random JSON documents.

Used by the CI tests (a few hundred cases) and by bench/soak.py (tens of thousands). A case passes
when the importer either accepts the file or refuses it with one DomainError line, and a refused
file leaves the database exactly as it was.
"""

from __future__ import annotations

import json
import random
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trygghetsapp.domain.errors import DomainError

FIELDS = (
    "id",
    "name",
    "area_id",
    "phone",
    "quantity",
    "latitude",
    "longitude",
    "villages",
    "facts",
    "date",
    "kind",
    "level",
    "rank",
    "email",
    "notes",
    "x",
)
SECTIONS = (
    "areas",
    "safety_points",
    "equipment",
    "contacts",
    "roles",
    "role_assignments",
    "channels",
    "inspections",
    "bogus",
)


def mutate(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not buffer:
            break
        position = rng.randrange(len(buffer))
        action = rng.random()
        if action < 0.4:
            buffer[position] ^= 1 << rng.randrange(8)
        elif action < 0.6:
            del buffer[position : position + rng.randint(1, 50)]
        elif action < 0.8:
            buffer[position:position] = rng.randbytes(rng.randint(1, 20))
        else:
            del buffer[rng.randrange(len(buffer)) :]  # truncation
    return bytes(buffer)


def random_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.5:
        return rng.choice(
            [
                None,
                True,
                False,
                rng.randint(-(10**30), 10**30),
                rng.uniform(-1e9, 1e9),
                "",
                "Åsa",
                "0701740600",
                "x" * rng.randint(0, 600),
                "2026-13-45",
                float("nan"),
            ]
        )
    if roll < 0.75:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(FIELDS): random_value(rng, depth + 1) for _ in range(rng.randint(0, 5))}


def random_document(rng: random.Random) -> bytes:
    document = {
        rng.choice(SECTIONS): [
            {rng.choice(FIELDS): random_value(rng) for _ in range(rng.randint(0, 8))}
            for _ in range(rng.randint(0, 3))
        ]
        for _ in range(rng.randint(0, 4))
    }
    return json.dumps(document, allow_nan=True).encode("utf-8")


@dataclass
class HostileReport:
    cases: int = 0
    refused: int = 0
    accepted: int = 0
    crashes: int = 0
    partial_writes: int = 0
    slowest_seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def run_case(
    path: Path,
    content: bytes,
    apply: Callable[[Path], object],
    state: Callable[[], str],
    baseline: str,
    report: HostileReport,
) -> bool:
    """Returns True when the case was accepted (the caller must then restore its baseline)."""
    path.write_bytes(content)
    report.cases += 1
    started = time.perf_counter()
    try:
        apply(path)
    except DomainError as error:
        report.refused += 1
        if "\n" in str(error):
            report.problems.append(f"multi-line message: {str(error)[:80]}")
        if state() != baseline:
            report.partial_writes += 1
            report.problems.append(f"partial write after refusal: {str(error)[:80]}")
        return False
    except Exception:  # a traceback is a crash
        report.crashes += 1
        report.problems.append(traceback.format_exc(limit=3)[-400:])
        return False
    finally:
        report.slowest_seconds = max(report.slowest_seconds, time.perf_counter() - started)
    report.accepted += 1
    return True
