"""Checklists stored as data (`resources/checklists/*.toml`), checked before printing.

Why data: the municipality adapts the wording after table-top exercises (WHO: "adaptation after
local consultation is encouraged") without a programmer. Why checked: a pause point with more than
nine items gets skimmed (Gawande), so a template that breaks the rules is refused with the file
name and the reason, instead of printing a checklist nobody finishes.

**The municipality's own wording** lives in a folder of its own (`municipal_dir()`, by default
`checklistor/` in the app's data folder): a file there with the name of a shipped template
replaces it, a new name adds one. Checked by the same rules; `trygghetsapp templates check`
and `templates preview` try a folder before it is used. Why a folder and not records that sync:
docs/architecture.md, "Checklist templates". When printing, a broken file of the municipality's is
not used: the shipped wording prints instead and the refusal (file and reason) goes to the
export's notes and log, so a typo never stops a checklist from being printed in a crisis.

**Chosen per safety point**: a section, or a single item, may carry `when`: `reserve_power`,
`no_reserve_power`, `overnight` (level 3) or `planned` (status planned). Each point gets only what
holds for it, so nothing tells a point without a generator to start one; the rules (5-9 items)
hold for every combination of conditions.
"""

from __future__ import annotations

import functools
import itertools
import os
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from trygghetsapp.domain.catalogues import ReservePower
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.places import data_dir
from trygghetsapp.resources import resources_dir
from trygghetsapp.services.readmodels import SafetyPointView

MODES = ("läs-gör", "gör-bekräfta")
PLACEMENTS = ("first_minutes", "activation", "scenario", "inventory")
"""first_minutes: page 1 of each point's checklist; activation: the point's second page
("Första timmen"); scenario: the scenario cards; inventory: the Inventeringsprotokoll."""
CONDITIONS = ("always", "reserve_power", "no_reserve_power", "overnight", "planned")
MIN_ITEMS, MAX_ITEMS = 5, 9
MAX_ITEM_CHARS = 150
"""One action in plain words; nine items of this length still fit one page at 14 pt."""
MUNICIPAL_FOLDER = "checklistor"
ENV_FOLDER = "TRYGGHETSAPP_CHECKLISTS"

MODE_HELP = {
    "läs-gör": "Läs en rad, gör den, kryssa i rutan.",
    "gör-bekräfta": "Gör ur minnet, stanna sedan och bekräfta mot listan.",
}


@dataclass(frozen=True)
class ChecklistItem:
    text: str
    critical: bool
    when: str = "always"


@dataclass(frozen=True)
class ChecklistSection:
    """One pause point: a title with its objective and mode, 5-9 items, critical ones first."""

    title: str
    mode: str
    objective: str
    when: str
    items: tuple[ChecklistItem, ...]
    points: tuple[str, ...] = ()
    """Names of the safety points it was chosen for, when not every point of the area."""

    @property
    def heading(self) -> str:
        """The printed title: what it is for, and how to use it (R8)."""
        return f"{self.title} ({self.mode})"

    def for_conditions(self, holds: frozenset[str]) -> ChecklistSection | None:
        """This section as printed where `holds` are true, or None if it does not apply there."""
        if self.when not in holds:
            return None
        items = tuple(i for i in self.items if i.when in holds)
        return self if len(items) == len(self.items) else replace(self, items=items)


@dataclass(frozen=True)
class ChecklistTemplate:
    key: str
    name: str
    placement: str
    order: int
    sections: tuple[ChecklistSection, ...]
    path: Path | None = None


@dataclass(frozen=True)
class TemplateSet:
    """The templates in force, and the municipality's files that were refused (not used)."""

    templates: tuple[ChecklistTemplate, ...]
    refused: tuple[DomainError, ...] = ()
    municipal: tuple[str, ...] = field(default=())
    """Keys whose wording came from the municipality's folder."""


def checklist_dir() -> Path:
    """The shipped templates."""
    return resources_dir() / "checklists"


def municipal_dir() -> Path:
    """The municipality's own templates: TRYGGHETSAPP_CHECKLISTS, else `checklistor/` in the
    app's data folder (beside the database's default place)."""
    override = os.environ.get(ENV_FOLDER)
    return Path(override) if override else data_dir() / MUNICIPAL_FOLDER


def _refuse(path: Path, message_sv: str, message_en: str) -> DomainError:
    return DomainError(f"checklista {path.name}", message_sv, message_en, record=str(path))


def _when(path: Path, title: str, value: Any) -> str:
    when = str(value if value is not None else "always").strip()
    if when not in CONDITIONS:
        raise _refuse(
            path,
            f"{title}: okänt villkor when = {when!r} (tillåtna: {', '.join(CONDITIONS)})",
            f"unknown when {when!r}",
        )
    return when


def _items(path: Path, title: str, value: Any, what: str, critical: bool) -> list[ChecklistItem]:
    """A list of texts, or of tables {text = "...", when = "reserve_power"}."""
    if not isinstance(value, list):
        raise _refuse(path, f"{what} ska vara en lista med text", f"{what} must be a list of text")
    items = []
    for entry in value:
        when = "always"
        if isinstance(entry, dict):
            unknown = set(entry) - {"text", "when"}
            if unknown:
                raise _refuse(
                    path,
                    f"{title}: okänd nyckel {sorted(unknown)[0]!r} i en rad",
                    "unknown key in an item",
                )
            when = _when(path, title, entry.get("when"))
            entry = entry.get("text")
        if not isinstance(entry, str) or not entry.strip():
            raise _refuse(
                path, f"{what} ska vara en lista med text", f"{what} must be a list of text"
            )
        text = " ".join(entry.split())
        if len(text) > MAX_ITEM_CHARS:
            raise _refuse(
                path,
                f"{title}: raden är längre än {MAX_ITEM_CHARS} tecken: {text[:40]}…",
                f"{title}: an item is longer than {MAX_ITEM_CHARS} characters",
            )
        items.append(ChecklistItem(text, critical, when))
    return items


def condition_sets() -> list[frozenset[str]]:
    """Every combination of conditions a safety point can meet."""
    return [
        frozenset({"always", power, *extra})
        for power in ("reserve_power", "no_reserve_power")
        for n in range(3)
        for extra in itertools.combinations(("overnight", "planned"), n)
    ]


def _section(path: Path, raw: Any) -> ChecklistSection:
    if not isinstance(raw, dict):
        raise _refuse(path, "[[section]] saknar innehåll", "[[section]] is empty")
    title = str(raw.get("title", "")).strip()
    mode = str(raw.get("mode", "")).strip()
    objective = str(raw.get("objective", "")).strip()
    if not title or not objective:
        raise _refuse(path, "avsnitt saknar title eller objective", "section lacks title/objective")
    if mode not in MODES:
        raise _refuse(path, f"{title}: mode ska vara {' eller '.join(MODES)}", f"bad mode {mode!r}")
    when = _when(path, title, raw.get("when"))
    items = tuple(
        _items(path, title, raw.get("critical", []), "critical", True)
        + _items(path, title, raw.get("items", []), "items", False)
    )
    section = ChecklistSection(title=title, mode=mode, objective=objective, when=when, items=items)
    for holds in condition_sets():
        shown = section.for_conditions(holds)
        if shown is None:
            continue
        count = len(shown.items)
        if not MIN_ITEMS <= count <= MAX_ITEMS:
            where = "" if count == len(items) else f" för en punkt med {_describe(holds)}"
            raise _refuse(
                path,
                f"{title}: {count} rader{where}; ett avsnitt ska ha {MIN_ITEMS}–{MAX_ITEMS}",
                f"{title}: {count} items; a section needs {MIN_ITEMS}-{MAX_ITEMS}",
            )
    return section


def _describe(holds: frozenset[str]) -> str:
    words = {
        "reserve_power": "reservkraft",
        "no_reserve_power": "ingen reservkraft",
        "overnight": "övernattning",
        "planned": "status planerad",
    }
    return ", ".join(words[c] for c in CONDITIONS if c in holds and c in words)


def load_template(path: Path) -> ChecklistTemplate:
    """Parse and check one template file; raises DomainError naming the file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise _refuse(path, f"kan inte läsas: {error}", f"cannot be read: {error}") from error
    placement = raw.get("placement")
    if placement not in PLACEMENTS:
        raise _refuse(
            path,
            f"placement ska vara en av {', '.join(PLACEMENTS)}",
            f"bad placement {placement!r}",
        )
    sections = raw.get("section", [])
    if not isinstance(sections, list) or not sections:
        raise _refuse(path, "mallen har inga [[section]]", "the template has no [[section]]")
    try:
        order = int(raw.get("order", 100))
    except (TypeError, ValueError):
        raise _refuse(path, "order ska vara ett heltal", "order must be a whole number") from None
    return ChecklistTemplate(
        key=path.stem,
        name=str(raw.get("name", path.stem)),
        placement=str(placement),
        order=order,
        sections=tuple(_section(path, s) for s in sections),
        path=path,
    )


def _check_first_minutes(templates: Sequence[ChecklistTemplate]) -> None:
    """Page 1 holds one "Första 10 minuterna" list: exactly one for every kind of point."""
    sections = [s for t in templates if t.placement == "first_minutes" for s in t.sections]
    for holds in condition_sets():
        shown = [s for s in sections if s.for_conditions(holds) is not None]
        if len(shown) != 1:
            path = next((t.path for t in templates if t.placement == "first_minutes"), None)
            raise _refuse(
                path or Path("first_minutes.toml"),
                f"{len(shown)} avsnitt för sidan 1 (placement first_minutes) för en punkt med "
                f"{_describe(holds)}; det ska vara exakt ett",
                "page 1 needs exactly one first_minutes section for every kind of point",
            )


@functools.cache
def _load_folder(
    directory: Path, stamp: tuple[tuple[str, float, int], ...]
) -> tuple[tuple[ChecklistTemplate, ...], tuple[DomainError, ...]]:
    loaded, refused = [], []
    for name, _mtime, _size in stamp:
        try:
            loaded.append(load_template(directory / name))
        except DomainError as error:
            refused.append(error)
    return tuple(loaded), tuple(refused)


def _folder(directory: Path) -> tuple[tuple[ChecklistTemplate, ...], tuple[DomainError, ...]]:
    """Every template of a folder, re-read when a file changes (the user may edit them)."""
    try:
        files = sorted(directory.glob("*.toml"))
        stamp = tuple((p.name, p.stat().st_mtime, p.stat().st_size) for p in files)
    except OSError:
        return (), ()
    return _load_folder(directory, stamp)


def template_set(overrides: Path | None = None, strict: bool = False) -> TemplateSet:
    """The shipped templates with the municipality's on top (`overrides`, else municipal_dir()).

    `strict`: a refused file of the municipality's raises (check and preview); otherwise it is
    left out, the shipped wording stays, and the refusal is reported in `refused`.
    """
    shipped, broken = _folder(checklist_dir())
    if broken:
        raise broken[0]  # a shipped template is a bug, not the municipality's typo
    by_key = {t.key: t for t in shipped}
    folder = overrides if overrides is not None else municipal_dir()
    own, refused = _folder(folder) if folder.is_dir() else ((), ())
    if refused and strict:
        raise refused[0]
    for template in own:
        by_key[template.key] = template
    chosen = sorted(by_key.values(), key=lambda t: (t.order, t.key))
    try:
        _check_first_minutes(chosen)
    except DomainError as error:
        if strict or not own:
            raise
        # the municipality's page-1 files do not add up: print the shipped page 1 instead
        refused = (*refused, error)
        keep = {t.key for t in shipped if t.placement == "first_minutes"}
        chosen = sorted(
            [t for t in chosen if t.placement != "first_minutes"]
            + [t for t in shipped if t.key in keep],
            key=lambda t: (t.order, t.key),
        )
    municipal = tuple(sorted(t.key for t in own if by_key.get(t.key) is t))
    return TemplateSet(tuple(chosen), tuple(refused), municipal)


def load_templates(overrides: Path | None = None) -> tuple[ChecklistTemplate, ...]:
    """Every template in force, by order (shipped plus the municipality's usable ones)."""
    return template_set(overrides).templates


def point_conditions(point: SafetyPointView, powered: bool | None = None) -> frozenset[str]:
    """What holds for the point; `powered`: whether it can count on reserve power (see
    `blocks.has_reserve_power`, which also counts a registered working generator), else read from
    the point's own field: only fixed or a mobile inlet counts ("ej angivet" is not a generator)."""
    holds = {"always"}
    if powered is None:
        powered = point.reserve_power in (ReservePower.FIXED, ReservePower.MOBILE_INLET)
    holds.add("reserve_power" if powered else "no_reserve_power")
    if point.level >= 3:
        holds.add("overnight")
    if point.status == "planned":
        holds.add("planned")
    return frozenset(holds)


def sections_for_point(
    placement: str,
    point: SafetyPointView,
    templates: Iterable[ChecklistTemplate],
    powered: bool | None = None,
) -> list[ChecklistSection]:
    """The sections of one placement as printed for this one point."""
    holds = point_conditions(point, powered)
    return [
        shown
        for template in templates
        if template.placement == placement
        for section in template.sections
        if (shown := section.for_conditions(holds)) is not None
    ]


def sections_for(
    placement: str,
    points: Iterable[SafetyPointView],
    templates: Iterable[ChecklistTemplate] | None = None,
    powered: Iterable[str] | None = None,
) -> list[tuple[ChecklistTemplate, list[ChecklistSection]]]:
    """The sections of one placement for an area's points, each as it holds for its points.

    A section that prints the same for every point prints once; one whose items differ between
    points (or that holds for only some) prints once per variant, naming its points. An area
    without a point gets the sections that hold for a point with nothing (no reserve power).
    `powered`: the ids of the points that can count on reserve power (else each point's field).
    """
    points = list(points)
    with_power = None if powered is None else set(powered)
    chosen = []
    for template in load_templates() if templates is None else templates:
        if template.placement != placement:
            continue
        shown: list[ChecklistSection] = []
        for section in template.sections:
            if not points:
                only = section.for_conditions(frozenset({"always", "no_reserve_power"}))
                shown.extend([only] if only else [])
                continue
            variants: dict[ChecklistSection, list[str]] = {}
            for point in points:
                holds = point_conditions(
                    point, None if with_power is None else point.id in with_power
                )
                variant = section.for_conditions(holds)
                if variant is not None:
                    variants.setdefault(variant, []).append(point.name)
            for variant, names in variants.items():
                everyone = len(variants) == 1 and len(names) == len(points)
                shown.append(variant if everyone else replace(variant, points=tuple(names)))
        if shown:
            chosen.append((template, shown))
    return chosen
