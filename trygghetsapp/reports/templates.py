"""Scenario checklists stored as data (`resources/checklists/*.toml`), checked before printing.

Why data: the municipality adapts the wording after table-top exercises (WHO: "adaptation after
local consultation is encouraged") without a programmer. Why checked: a pause point with more than
nine items gets skimmed (Gawande), so a template that breaks the rules is refused with the file
name and the reason, instead of printing a checklist nobody finishes.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.resources import resources_dir
from trygghetsapp.services.readmodels import SafetyPointView

MODES = ("läs-gör", "gör-bekräfta")
PLACEMENTS = ("activation", "scenario", "inventory")
CONDITIONS = ("always", "reserve_power", "no_reserve_power", "overnight")
MIN_ITEMS, MAX_ITEMS = 5, 9
MAX_ITEM_CHARS = 150
"""One action in plain words; nine items of this length still fit one page at 14 pt."""

MODE_HELP = {
    "läs-gör": "Läs en rad, gör den, kryssa i rutan.",
    "gör-bekräfta": "Gör ur minnet, stanna sedan och bekräfta mot listan.",
}


@dataclass(frozen=True)
class ChecklistItem:
    text: str
    critical: bool


@dataclass(frozen=True)
class ChecklistSection:
    """One pause point: a title with its objective and mode, 5-9 items, critical ones first."""

    title: str
    mode: str
    objective: str
    when: str
    items: tuple[ChecklistItem, ...]

    @property
    def heading(self) -> str:
        """The printed title: what it is for, and how to use it (R8)."""
        return f"{self.title} ({self.mode})"


@dataclass(frozen=True)
class ChecklistTemplate:
    key: str
    name: str
    placement: str
    order: int
    sections: tuple[ChecklistSection, ...]


def checklist_dir() -> Path:
    return resources_dir() / "checklists"


def _refuse(path: Path, message_sv: str, message_en: str) -> DomainError:
    return DomainError(f"checklista {path.name}", message_sv, message_en)


def _strings(path: Path, value: Any, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _refuse(path, f"{what} ska vara en lista med text", f"{what} must be a list of text")
    return [v.strip() for v in value]


def _section(path: Path, raw: Any) -> ChecklistSection:
    if not isinstance(raw, dict):
        raise _refuse(path, "[[section]] saknar innehåll", "[[section]] is empty")
    title = str(raw.get("title", "")).strip()
    mode = str(raw.get("mode", "")).strip()
    when = str(raw.get("when", "always")).strip()
    objective = str(raw.get("objective", "")).strip()
    if not title or not objective:
        raise _refuse(path, "avsnitt saknar title eller objective", "section lacks title/objective")
    if mode not in MODES:
        raise _refuse(path, f"{title}: mode ska vara {' eller '.join(MODES)}", f"bad mode {mode!r}")
    if when not in CONDITIONS:
        raise _refuse(path, f"{title}: okänt villkor when = {when!r}", f"unknown when {when!r}")
    critical = _strings(path, raw.get("critical", []), "critical")
    items = _strings(path, raw.get("items", []), "items")
    too_long = [t for t in critical + items if len(t) > MAX_ITEM_CHARS]
    if too_long:
        raise _refuse(
            path,
            f"{title}: raden är längre än {MAX_ITEM_CHARS} tecken: {too_long[0][:40]}…",
            f"{title}: an item is longer than {MAX_ITEM_CHARS} characters",
        )
    count = len(critical) + len(items)
    if not MIN_ITEMS <= count <= MAX_ITEMS:
        raise _refuse(
            path,
            f"{title}: {count} rader; ett avsnitt ska ha {MIN_ITEMS}–{MAX_ITEMS}",
            f"{title}: {count} items; a section needs {MIN_ITEMS}-{MAX_ITEMS}",
        )
    return ChecklistSection(
        title=title,
        mode=mode,
        objective=objective,
        when=when,
        items=tuple(ChecklistItem(t, True) for t in critical)
        + tuple(ChecklistItem(t, False) for t in items),
    )


def load_template(path: Path) -> ChecklistTemplate:
    """Parse and check one template file; raises DomainError naming the file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise _refuse(path, f"kan inte läsas: {error}", f"cannot be read: {error}") from error
    placement = raw.get("placement")
    if placement not in PLACEMENTS:
        raise _refuse(path, f"placement ska vara en av {PLACEMENTS}", "bad placement")
    sections = raw.get("section", [])
    if not isinstance(sections, list) or not sections:
        raise _refuse(path, "mallen har inga [[section]]", "the template has no [[section]]")
    return ChecklistTemplate(
        key=path.stem,
        name=str(raw.get("name", path.stem)),
        placement=str(placement),
        order=int(raw.get("order", 100)),
        sections=tuple(_section(path, s) for s in sections),
    )


@functools.cache
def _load_all(
    directory: Path, stamp: tuple[tuple[str, float], ...]
) -> tuple[ChecklistTemplate, ...]:
    templates = [load_template(directory / name) for name, _ in stamp]
    return tuple(sorted(templates, key=lambda t: (t.order, t.key)))


def load_templates(directory: Path | None = None) -> tuple[ChecklistTemplate, ...]:
    """Every template, by order; re-read when a file changes (the user may edit them)."""
    folder = directory or checklist_dir()
    files = sorted(folder.glob("*.toml"))
    return _load_all(folder, tuple((p.name, p.stat().st_mtime) for p in files))


def applies(section: ChecklistSection, points: Iterable[SafetyPointView]) -> bool:
    """Whether a section belongs on this area's checklist, from what its safety points have."""
    points = list(points)
    if section.when == "always":
        return True
    with_power = any(p.reserve_power != "none" for p in points)
    if section.when == "reserve_power":
        return with_power
    if section.when == "no_reserve_power":
        return not with_power
    return any(p.level >= 3 for p in points)  # overnight


def sections_for(
    placement: str, points: Iterable[SafetyPointView], directory: Path | None = None
) -> list[tuple[ChecklistTemplate, list[ChecklistSection]]]:
    """The templates of one placement with only the sections that apply to these points."""
    points = list(points)
    chosen = []
    for template in load_templates(directory):
        if template.placement != placement:
            continue
        sections = [s for s in template.sections if applies(s, points)]
        if sections:
            chosen.append((template, sections))
    return chosen
