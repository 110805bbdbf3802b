"""The three document kinds, and how one area becomes one section of a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, PageBreak

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.reports import blocks, checklist, document, fonts, inventory, rolecards
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
        area=fonts.printable(dossier.area.name),  # drawn directly, not through esc()
        printed=printed.isoformat(),
        revision=document.format_date(dossier.data_revision, "inga uppgifter"),
        bookmark=dossier.area.name if bookmark else None,
    )
    return [SectionStart(info), *chosen.story(dossier, printed, templates)]


def metadata(
    kind_code: str, names: Sequence[str], author: str, count: int | None = None
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
    return document.Metadata(title=title, subject=subject, author=author)


def render(
    dossiers: Sequence[AreaDossier],
    kind_code: str,
    target: str | Path | IO[bytes],
    printed: dt.date | None = None,
    templates: Path | None = None,
) -> None:
    """Write one PDF holding these areas; with several, each area is bookmarked and numbered."""
    if not dossiers:
        raise DomainError("area", "inga områden valda", "no areas selected")
    meta = metadata(
        kind_code, [d.area.name for d in dossiers], blocks.municipality_name(dossiers[0])
    )
    render_stream(iter(dossiers), len(dossiers), kind_code, target, meta, printed, templates)


def render_stream(
    dossiers: Iterator[AreaDossier],
    count: int,
    kind_code: str,
    target: str | Path | IO[bytes],
    meta: document.Metadata,
    printed: dt.date | None = None,
    templates: Path | None = None,
) -> None:
    """Like `render`, but the dossiers are pulled one at a time while the PDF is laid out.

    With more than one area the pages are written as they fill (footers refer to a per-area
    total defined later), so memory stays flat however many areas the file holds.
    """
    kind(kind_code)
    printed = printed or dt.date.today()
    several = count > 1

    def parts() -> Iterator[list[Flowable]]:
        for index, dossier in enumerate(dossiers):
            head: list[Flowable] = [PageBreak()] if index else []
            yield head + area_story(dossier, kind_code, printed, several, templates)

    document.build(document.LazyStory(parts()), target, meta, streaming=several)
