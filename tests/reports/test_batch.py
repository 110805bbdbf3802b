"""export-pdf and the batch function the GUI calls from a worker thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.reports.conftest import normalise
from tests.reports.test_layout import font_families, qpdf_check
from trygghetsapp import cli
from trygghetsapp.cli import pdf as reports_cli
from trygghetsapp.reports import batch, fonts, kinds
from trygghetsapp.services import areas
from trygghetsapp.services.database import Database


def _run(report_db: Database, *argv: str) -> int:
    return cli.main(["--db", str(report_db.path), *argv])


def test_cli_kind_list_matches_the_kinds():
    # The poster is built per point from the public profile (reports/poster.py), not per area.
    assert set(reports_cli.KINDS) == {*kinds.KINDS, "poster"}


def test_export_all_one_valid_pdf_per_area(report_db, tmp_path, capsys):
    folder = tmp_path / "ut"
    assert _run(report_db, "export-pdf", "--all", "-o", f"{folder}/") == 0
    names = [a.name for a in areas.list_areas(report_db)]
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == len(names) == 10
    assert not list(folder.glob("*.tmp"))
    for path in files:
        assert path.name.startswith("krischecklista-")
        assert qpdf_check(path) == []
    texts = {normalise(PdfReader(p).pages[0].extract_text()) for p in files}
    for name in names:
        assert any(f"Krischecklista – {name}" in t for t in texts)
    assert "10 PDF-filer" in capsys.readouterr().out


@pytest.mark.parametrize("kind", tuple(kinds.KINDS))
def test_combined_pdf_has_one_bookmark_per_area(kind, report_db, tmp_path):
    target = tmp_path / "alla.pdf"
    assert _run(report_db, "export-pdf", "--all", "--kind", kind, "-o", str(target)) == 0
    assert qpdf_check(target) == []
    assert font_families(target) == {fonts.FAMILY}  # the page totals' forms too
    reader = PdfReader(target)
    outline = reader.outline
    names = [a.name for a in areas.list_areas(report_db)]
    assert [entry.title for entry in outline] == names
    starts = [reader.get_destination_page_number(entry) for entry in outline]
    assert starts[0] == 0 and starts == sorted(set(starts))
    ends = [*starts[1:], len(reader.pages)]
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        assert names[index] in normalise(reader.pages[start].extract_text())
        for number, page in enumerate(reader.pages[start:end], 1):  # each area counts its own
            text = normalise(page.extract_text())
            assert f"Sida {number} av {end - start}" in text, (names[index], number)
            assert f"{kinds.KINDS[kind].document} – {names[index]}" in text


def test_export_named_areas_in_one_file(report_db, tmp_path):
    target = tmp_path / "två.pdf"
    assert _run(report_db, "export-pdf", "--area", "Aspås", "--area", "Ås", "-o", str(target)) == 0
    assert [e.title for e in PdfReader(target).outline] == ["Aspås", "Ås"]


def test_single_area_file_has_no_outline(report_db, tmp_path):
    target = tmp_path / "ett.pdf"
    assert _run(report_db, "export-pdf", "--area", "föllinge", "-o", str(target)) == 0
    reader = PdfReader(target)
    assert reader.outline == []
    assert reader.metadata is not None
    assert reader.metadata.title == "Krischecklista – Föllinge (FIKTIV)"


def test_unknown_area_one_clean_line(report_db, tmp_path, capsys):
    assert _run(report_db, "export-pdf", "--area", "Atlantis", "-o", str(tmp_path / "x.pdf")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Atlantis" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_usage_errors_exit_2(report_db, tmp_path):
    with pytest.raises(SystemExit) as missing_target:
        _run(report_db, "export-pdf", "--all")
    assert missing_target.value.code == 2
    with pytest.raises(SystemExit) as bad_kind:
        _run(report_db, "export-pdf", "--all", "--kind", "affisch", "-o", str(tmp_path))
    assert bad_kind.value.code == 2


@pytest.mark.parametrize(
    "option", [["--paper", "A3"], ["--profile", "internal"], ["--skip-planned"]]
)
def test_poster_options_refused_for_the_other_kinds(report_db, tmp_path, capsys, option):
    # The checklist is internal and A4 whatever is asked: a poster option there is a mistake.
    code = _run(report_db, "export-pdf", "--all", *option, "-o", str(tmp_path / "ut.pdf"))
    assert code == 1
    assert "gäller affischen" in capsys.readouterr().err
    assert not (tmp_path / "ut.pdf").exists()


def test_progress_and_cancel(report_db, tmp_path):
    ids = [a.id for a in areas.list_areas(report_db)]
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(seen) >= 3

    written = batch.export_pdfs(
        report_db,
        ids,
        "rolecards",
        tmp_path / "kort",
        progress=lambda done, total: seen.append((done, total)),
        cancelled=cancelled,
        today=TODAY,
    )
    assert seen == [(1, 10), (2, 10), (3, 10)]
    assert len(written) == 3 and all(p.exists() for p in written)
    assert sorted((tmp_path / "kort").iterdir()) == sorted(written)

    combined = batch.export_pdfs(
        report_db, ids, "checklist", tmp_path / "alla.pdf", cancelled=lambda: True
    )
    assert combined == [] and not (tmp_path / "alla.pdf").exists()


def test_unknown_kind_is_a_domain_error(report_db, tmp_path):
    from trygghetsapp.domain.errors import DomainError

    with pytest.raises(DomainError):
        batch.export_pdfs(report_db, ["x"], "poster", tmp_path / "x.pdf")


def test_slug_keeps_names_readable():
    assert batch.slug("Hotagsbygden – Rötviken/Hotagen") == "hotagsbygden-rotviken-hotagen"
    assert batch.slug("Ås") == "as"
    assert batch.slug("???") == "omrade"


def test_failed_write_leaves_no_file(report_db, tmp_path, monkeypatch):
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(kinds, "render", explode)
    monkeypatch.setattr(kinds, "render_stream", explode)
    ids = [areas.list_areas(report_db)[0].id]
    with pytest.raises(RuntimeError):
        batch.export_pdfs(report_db, ids, "checklist", tmp_path / "x.pdf")
    assert list(Path(tmp_path).iterdir()) == []


def test_area_pdf_bytes_for_the_preview(report_db):
    area = areas.find_area(report_db, "Ås")
    data = batch.area_pdf(report_db, area.id, "inventory", today=TODAY)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    import io

    reader = PdfReader(io.BytesIO(data))
    assert "Inventeringsprotokoll – Ås" in normalise(reader.pages[0].extract_text())


def test_exported_file_gets_ordinary_permissions(report_db, tmp_path):
    import os

    ids = [areas.list_areas(report_db)[0].id]
    (target,) = batch.export_pdfs(report_db, ids, "rolecards", tmp_path / "x.pdf", today=TODAY)
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_an_area_asked_for_twice_is_exported_once(report_db, tmp_path):
    area = areas.list_areas(report_db)[0]
    target = tmp_path / "x.pdf"
    batch.export_pdfs(report_db, [area.id, area.id], "rolecards", target, today=TODAY)
    assert [e.title for e in PdfReader(target).outline] == []  # one area: no outline
    assert PdfReader(target).metadata.title == f"Rollkort – {area.name} (FIKTIV)"
