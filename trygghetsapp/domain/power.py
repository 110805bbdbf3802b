"""A generator's power: entered in kW, shown with its kVA where kVA is what people go by.

The window asks for kW: that is what the loads are counted in (a 50 kW hot-air cannon, the
electric heaters the reserve power must be sized for; DOMAIN.md 1.3, 3.2 item 4), so a coordinator
can add them up against it. Generators are rated and hired in kVA (a "70 kVA diesel generator", a
"mobile 60 kVA unit"; DOMAIN.md 0, 5), so the checklist's generator block, the county report and
the GIS files show kVA beside it. Between them stands the power factor: 0.8 is the rating
convention for generator sets (kW = kVA x 0.8) [INF, DOMAIN.md 2.5 "rated kVA/kW"].

Items registered before carry only `kva` in their facts; both functions read either.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

POWER_FACTOR = 0.8


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def generator_kw(facts: Mapping[str, Any]) -> float | None:
    kw = _number(facts.get("kw"))
    if kw is not None:
        return kw
    kva = _number(facts.get("kva"))
    return round(kva * POWER_FACTOR, 1) if kva is not None else None


def generator_kva(facts: Mapping[str, Any]) -> float | None:
    kva = _number(facts.get("kva"))
    if kva is not None:
        return kva
    kw = _number(facts.get("kw"))
    return round(kw / POWER_FACTOR, 1) if kw is not None else None
