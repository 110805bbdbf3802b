"""The three document kinds, and how one area becomes one section of a PDF.

Every area's section has an even number of pages (`document.EvenEnd`), so a combined file printed
double-sided starts each area on a front. What the font could not print and the municipality's
templates that were refused are returned as `RenderNotes` and written to the log.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, PageBreak

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.reports import blocks, checklist, document, fonts, inventory, rolecards
from trygghetsapp.reports.flowables import SectionInfo, SectionStart
from trygghetsapp.reports.templates import TemplateSet, template_set
from trygghetsapp.services.readmodels import AreaDossier

StoryFn = Callable[[AreaDossier, dt.date, TemplateSet], list[Flowable]]
LOG = logging.getLogger("trygghetsapp.reports")


@dataclass
class RenderNotes:
    """What a build could not do as asked: characters replaced by "�", templates not used."""

    unprintable: set[str] = field(default_factory=set)
    refused: list[DomainError] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = []
        if self.unprintable:
            lines.append(
                f"{len(self.unprintable)} tecken kan inte skrivas ut med typsnittet och visas som "
                f"{fonts.REPLACEMENT}: {fonts.describe(self.unprintable)}"
            )
        for error in self.refused:
            lines.append(f"Kommunens mall användes inte (den levererade texten skrevs ut): {error}")
        return lines

    def extend(self, other: RenderNotes) -> None:
        self.unprintable |= other.unprintable
        self.refused.extend(e for e in other.refused if e not in self.refused)

    def log(self) -> None:
        for line in self.lines():
            LOG.warning(line)


@dataclass(frozen=True)
class Kind:
    code: str
    document: str
    subject: str
    story: StoryFn
    file_stem: str


KINDS: dict[str, Kind] = {
    k.code: k
    for k in (
        Kind(
            "checklist",
            checklist.DOCUMENT,
            "Krischecklista för trygghetspunkt",
            checklist.story,
            "krischecklista",
        ),
        Kind(
            "inventory",
            inventory.DOCUMENT,
            "Inventeringsprotokoll för trygghetspunkt",
            inventory.story,
            "inventeringsprotokoll",
        ),
        Kind(
            "rolecards",
            rolecards.DOCUMENT,
            "Rollkort för lokal krisstab",
            rolecards.story,
            "rollkort",
        ),
    )
}


def kind(code: str) -> Kind:
    try:
        return KINDS[code]
    except KeyError:
        raise DomainError(
            "kind",
            f"okänd dokumenttyp {code!r} (välj {', '.join(KINDS)})",
            f"unknown document kind {code!r}",
        ) from None


def area_story(
    dossier: AreaDossier,
    kind_code: str,
    printed: dt.date,
    bookmark: bool = False,
    templates: TemplateSet | None = None,
) -> list[Flowable]:
    """One area's pages: the marker that gives them their own footer numbering and header, the
    kind's story, and a blank back if needed so the area ends on an even page."""
    chosen = kind(kind_code)
    info = SectionInfo(
        key=f"area-{dossier.area.id}",
        document=chosen.document,
        area=fonts.printable(dossier.area.name),  # drawn directly, not through esc()
        printed=printed.isoformat(),
        revision=document.format_date(dossier.data_revision, "inga uppgifter"),
        bookmark=dossier.area.name if bookmark else None,
        status=fonts.printable(blocks.area_status(dossier)),
        fictional=dossier.fictional,
    )
    story = chosen.story(dossier, printed, templates or template_set())
    return [SectionStart(info), *story, document.EvenEnd()]


def metadata(
    kind_code: str,
    names: Sequence[str],
    author: str,
    count: int | None = None,
    fictional: bool = False,
) -> document.Metadata:
    """Title and subject from the area names (the first 20 are enough for a subject line)."""
    chosen = kind(kind_code)
    count = len(names) if count is None else count
    if count == 1:
        title = f"{chosen.document} – {names[0]}"
        subject = f"{chosen.subject}: {names[0]}"
    else:
        title = f"{chosen.document} – {count} områden"
        subject = f"{chosen.subject}: {', '.join(names[:20])}"
        if count > 20:
            subject += " …"
    meta = document.Metadata(title=title, subject=subject, author=author)
    return meta.fictional() if fictional else meta


def render(
    dossiers: Sequence[AreaDossier],
    kind_code: str,
    target: str | Path | IO[bytes],
    printed: dt.date | None = None,
    templates: Path | None = None,
) -> RenderNotes:
    """Write one PDF holding these areas; with several, each area is bookmarked and numbered.

    `templates`: a folder of the municipality's own checklist templates (default
    `templates.municipal_dir()`).
    """
    if not dossiers:
        raise DomainError("area", "inga områden valda", "no areas selected")
    meta = metadata(
        kind_code,
        [d.area.name for d in dossiers],
        blocks.checklist_authors(dossiers[0]) or blocks.municipality_name(dossiers[0]),
        fictional=dossiers[0].fictional,
    )
    return render_stream(iter(dossiers), len(dossiers), kind_code, target, meta, printed, templates)


def render_stream(
    dossiers: Iterator[AreaDossier],
    count: int,
    kind_code: str,
    target: str | Path | IO[bytes],
    meta: document.Metadata,
    printed: dt.date | None = None,
    templates: Path | None = None,
    strict: bool = False,
) -> RenderNotes:
    """Like `render`, but the dossiers are pulled one at a time while the PDF is laid out.

    With more than one area the pages are written as they fill (footers refer to a per-area
    total defined later), so memory stays flat however many areas the file holds.
    """
    kind(kind_code)
    printed = printed or dt.date.today()
    several = count > 1
    chosen = template_set(templates, strict=strict)
    notes = RenderNotes(refused=list(chosen.refused))

    def parts() -> Iterator[list[Flowable]]:
        for index, dossier in enumerate(dossiers):
            head: list[Flowable] = [PageBreak()] if index else []
            yield head + area_story(dossier, kind_code, printed, several, chosen)

    with fonts.collecting() as unprintable:
        document.build(document.LazyStory(parts()), target, meta, streaming=several)
    notes.unprintable |= unprintable
    notes.log()
    return notes
