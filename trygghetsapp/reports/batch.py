"""Many areas at once: one PDF per area into a folder, or one combined PDF with bookmarks.

One file per area streams: each area's dossier is read, laid out, written and dropped before the
next, so memory stays flat for 5,000 areas. `export_pdfs` takes `progress` and `cancelled`
callbacks and touches no Qt, so the GUI can run it in a worker thread. Each file is written to a
temporary name and renamed when complete: a cancelled or failed export never leaves half a PDF
that looks finished.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.atomic import write_bytes_atomic, write_with
from trygghetsapp.reports import blocks, kinds
from trygghetsapp.services import areas
from trygghetsapp.services.database import Database
from trygghetsapp.services.dossier import area_dossier
from trygghetsapp.services.readmodels import AreaDossier

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def slug(name: str) -> str:
    """A file-name-safe form of an area name that keeps å ä ö readable as a ä o."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower() or "omrade"


def is_folder_target(out_path: Path) -> bool:
    """`-o DIR/` or an existing folder means one PDF per area; a `.pdf` name means one file."""
    return (
        out_path.is_dir()
        or str(out_path).endswith(("/", os.sep))
        or out_path.suffix.lower() != ".pdf"
    )


def save_pdf(path: Path, data: bytes) -> Path:
    """Bytes already built (the GUI's preview) to `path`, atomically.

    A full or read-only target is said plainly (DomainError) and an earlier file at `path` stays.
    """

    write_bytes_atomic(path, data)
    return path


def export_pdfs(
    database: Database,
    area_ids: Sequence[str],
    kind: str,
    out_path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    printed: dt.date | None = None,
    today: dt.date | None = None,
    notes: list[str] | None = None,
) -> list[Path]:
    """Write the `kind` document for `area_ids`; returns the files written.

    `out_path` a folder: one file per area, named `<kind>-<area>.pdf`. `out_path` a `.pdf` file:
    one combined document with one outline bookmark per area. `progress(done, total)` is called
    after each area; when `cancelled()` turns true the export stops after the current area (in
    the combined case nothing is written). `notes` receives what could not be printed as asked
    (characters the font lacks, refused templates); they are also in the log.
    """
    chosen = kinds.kind(kind)
    area_ids = list(dict.fromkeys(area_ids))  # an area twice would share bookmark and total
    if not area_ids:
        raise DomainError("area", "inga områden valda", "no areas selected")
    printed = printed or dt.date.today()
    report = progress or (lambda done, total: None)
    stop = cancelled or (lambda: False)
    collected = kinds.RenderNotes()
    try:
        if is_folder_target(out_path):
            return _per_area(
                database, area_ids, chosen, out_path, report, stop, printed, today, collected
            )
        return _combined(
            database, area_ids, kind, out_path, report, stop, printed, today, collected
        )
    finally:
        if notes is not None:
            notes.extend(collected.lines())


def _combined(
    database: Database,
    area_ids: Sequence[str],
    kind: str,
    out_path: Path,
    report: Progress,
    stop: Cancelled,
    printed: dt.date,
    today: dt.date | None,
    collected: kinds.RenderNotes,
) -> list[Path]:
    total = len(area_ids)
    first = area_dossier(database, area_ids[0], today=today)
    names = [first.area.name] + [areas.get_area(database, i).name for i in area_ids[1:20]]
    meta = kinds.metadata(
        kind,
        names,
        blocks.checklist_authors(first) or blocks.municipality_name(first),
        count=total,
        fictional=first.fictional,
    )

    def dossiers() -> Iterator[AreaDossier]:
        """Read lazily while the PDF is laid out; stop the build when cancelled."""
        for done, area_id in enumerate(area_ids, 1):
            if stop():
                raise _Cancelled
            yield first if done == 1 else area_dossier(database, area_id, today=today)
            report(done, total)

    def write(path: Path) -> None:
        collected.extend(
            kinds.render_stream(dossiers(), total, kind, path, meta=meta, printed=printed)
        )

    try:
        write_with(out_path, write)
    except _Cancelled:
        return []
    return [out_path]


class _Cancelled(Exception):
    """Raised inside the lazy story to abandon a combined build; the temporary file goes."""


def area_pdf(
    database: Database,
    area_id: str,
    kind: str = "checklist",
    printed: dt.date | None = None,
    today: dt.date | None = None,
) -> bytes:
    """One area's document as bytes: for the GUI's preview (rendered by PDFium) and
    print button, without a temporary file."""
    buffer = io.BytesIO()
    kinds.render([area_dossier(database, area_id, today=today)], kind, buffer, printed)
    return buffer.getvalue()


def _render_one(
    dossier: AreaDossier, kind: str, printed: dt.date, collected: kinds.RenderNotes, path: Path
) -> None:
    collected.extend(kinds.render([dossier], kind, path, printed))


def _per_area(
    database: Database,
    area_ids: Sequence[str],
    chosen: kinds.Kind,
    folder: Path,
    report: Progress,
    stop: Cancelled,
    printed: dt.date,
    today: dt.date | None,
    collected: kinds.RenderNotes,
) -> list[Path]:
    written: list[Path] = []
    used: set[str] = set()
    for done, area_id in enumerate(area_ids, 1):
        if stop():
            break
        dossier = area_dossier(database, area_id, today=today)
        name = f"{chosen.file_stem}-{slug(dossier.area.name)}"
        if name in used:  # two areas with the same name still get two files
            name = f"{name}-{dossier.area.id[:8]}"
        used.add(name)
        target = folder / f"{name}.pdf"
        write_with(target, functools.partial(_render_one, dossier, chosen.code, printed, collected))
        written.append(target)
        report(done, len(area_ids))
    return written
