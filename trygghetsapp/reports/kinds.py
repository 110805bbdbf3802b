"""The three document kinds, and how one area becomes one section of a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, PageBreak

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.reports import blocks, checklist, document, inventory, rolecards
from trygghetsapp.reports.flowables import SectionInfo, SectionStart
from trygghetsapp.services.readmodels import AreaDossier

StoryFn = Callable[[AreaDossier, dt.date, Path | None], list[Flowable]]


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
    templates: Path | None = None,
) -> list[Flowable]:
    """One area's pages, starting with the marker that gives them their own footer numbering."""
    chosen = kind(kind_code)
    info = SectionInfo(
        key=f"area-{dossier.area.id}",
        document=chosen.document,
        area=dossier.area.name,
        printed=printed.isoformat(),
        revision=document.format_date(dossier.data_revision, "inga uppgifter"),
        bookmark=dossier.area.name if bookmark else None,
    )
    return [SectionStart(info), *chosen.story(dossier, printed, templates)]


def metadata(kind_code: str, dossiers: list[AreaDossier]) -> document.Metadata:
    chosen = kind(kind_code)
    if len(dossiers) == 1:
        area = dossiers[0].area.name
        title = f"{chosen.document} – {area}"
        subject = f"{chosen.subject}: {area}"
    else:
        title = f"{chosen.document} – {len(dossiers)} områden"
        subject = f"{chosen.subject}: {', '.join(d.area.name for d in dossiers[:20])}"
        if len(dossiers) > 20:
            subject += " …"
    author = blocks.municipality_name(dossiers[0]) if dossiers else "Trygghetsapp"
    return document.Metadata(title=title, subject=subject, author=author)


def render(
    dossiers: Iterable[AreaDossier],
    kind_code: str,
    target: str | Path | IO[bytes],
    printed: dt.date | None = None,
    templates: Path | None = None,
) -> None:
    """Write one PDF holding these areas; with several, each area is bookmarked and numbered."""
    dossiers = list(dossiers)
    if not dossiers:
        raise DomainError("area", "inga områden valda", "no areas selected")
    printed = printed or dt.date.today()
    several = len(dossiers) > 1
    story: list[Flowable] = []
    for index, dossier in enumerate(dossiers):
        if index:
            story.append(PageBreak())
        story.extend(area_story(dossier, kind_code, printed, bookmark=several, templates=templates))
    document.build(story, target, metadata(kind_code, dossiers))
