"""Checklist templates are data the municipality edits; a broken one is refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.reports import fonts, templates
from trygghetsapp.services.readmodels import SafetyPointView

SCENARIOS = {"power_outage", "storm", "water_shortage", "cold", "telecom_outage", "closing"}


def test_shipped_templates_load_and_cover_the_scenarios():
    loaded = templates.load_templates()
    keys = {t.key for t in loaded}
    assert keys >= SCENARIOS and {"activation", "inventory"} <= keys
    for template in loaded:
        for section in template.sections:
            for holds in templates.condition_sets():
                shown = section.for_conditions(holds)
                assert shown is None or 5 <= len(shown.items) <= 9
            assert section.mode in templates.MODES
            text = section.heading + section.objective + "".join(i.text for i in section.items)
            assert fonts.missing_glyphs(text) == set(), template.key


def _write(folder: Path, body: str) -> Path:
    path = folder / "test.toml"
    path.write_text(body, encoding="utf-8")
    return path


def _section(items: int, mode: str = "läs-gör") -> str:
    lines = ", ".join(f'"Punkt {n}"' for n in range(items))
    return (
        'placement = "scenario"\n[[section]]\ntitle = "Test"\n'
        f'mode = "{mode}"\nobjective = "Mål"\ncritical = []\nitems = [{lines}]\n'
    )


@pytest.mark.parametrize("count", [4, 10])
def test_too_few_or_too_many_items_refused(tmp_path, count):
    with pytest.raises(DomainError, match=r"test\.toml"):
        templates.load_template(_write(tmp_path, _section(count)))


def test_overlong_item_refused(tmp_path):
    body = _section(5).replace('"Punkt 0"', '"' + "ord " * 60 + '"')
    with pytest.raises(DomainError, match="150"):
        templates.load_template(_write(tmp_path, body))


def test_bad_mode_and_bad_toml_refused(tmp_path):
    with pytest.raises(DomainError, match="mode"):
        templates.load_template(_write(tmp_path, _section(6, mode="gör-läs")))
    with pytest.raises(DomainError, match="kan inte läsas"):
        templates.load_template(_write(tmp_path, "placement = "))


def test_edited_templates_are_reread(tmp_path):
    path = _write(tmp_path, _section(6))

    def test_template() -> templates.ChecklistTemplate:
        return next(t for t in templates.load_templates(tmp_path) if t.key == "test")

    assert len(test_template().sections[0].items) == 6
    path.write_text(_section(7), encoding="utf-8")
    import os

    os.utime(path, (1, 2))  # a new mtime even on a coarse clock
    assert len(test_template().sections[0].items) == 7


def _point(power: str, level: int = 1) -> SafetyPointView:
    return SafetyPointView(
        id="p", area_id="a", name="P", kind="shop", address="", latitude=None, longitude=None,
        level=level, status="planned", services=(), reserve_power=power, reserve_power_notes="",
        heating="", water="", key_holder="", access_notes="", opening_routine="",
        capacity_day=None, capacity_night=None, notes="",
    )  # fmt: skip


def test_sections_apply_by_reserve_power():
    def titles(points: list[SafetyPointView]) -> set[str]:
        return {s.title for _t, ss in templates.sections_for("scenario", points) for s in ss}

    with_power = titles([_point("fixed")])
    without = titles([_point("none")])
    assert "Elavbrott – reservkraft i drift" in with_power
    assert "Elavbrott – reservkraft i drift" not in without
    assert "Elavbrott – punkt utan egen reservkraft" in without
    assert "Storm – före ovädret" in with_power & without


def test_each_section_reads_aloud_in_90_seconds():
    """R15, estimated: words / 150 per minute, title and objective included."""
    for template in templates.load_templates():
        for section in template.sections:
            words = " ".join([section.heading, section.objective, *(i.text for i in section.items)])
            assert len(words.split()) / 150 * 60 <= 90, section.title


def test_largest_allowed_section_still_fits_one_page(tmp_path, dossiers):
    """Nine items of the maximum length: the section must still come out on one page (R4)."""
    from pypdf import PdfReader

    from tests.reports.conftest import PRINTED
    from trygghetsapp.reports import kinds

    words = "Kontrollera att allt fungerar och skriv upp det i loggboken "
    item = (words * 5)[: templates.MAX_ITEM_CHARS - 3].rstrip()
    lines = ", ".join(f'"{n} {item}"' for n in range(9))
    (tmp_path / "big.toml").write_text(
        'placement = "activation"\n[[section]]\ntitle = "Stor sektion"\nmode = "läs-gör"\n'
        f'objective = "Mål"\ncritical = []\nitems = [{lines}]\n',
        encoding="utf-8",
    )
    target = tmp_path / "x.pdf"
    kinds.render([dossiers[0]], "checklist", target, printed=PRINTED, templates=tmp_path)
    pages = ["".join(p.extract_text().split()) for p in PdfReader(target).pages]
    holding = [i for i, text in enumerate(pages) if "Storsektion(läs-gör)" in text]
    assert len(holding) == 1
    for n in range(9):
        assert "".join(f"{n} {item}".split()) in pages[holding[0]]


def test_cli_checks_and_previews_the_municipalitys_templates(report_db, tmp_path, capsys):
    """`templates check` names each file OK or with its reason; `templates preview` prints an
    area's checklist with them; a broken file makes both exit 1 and export-pdf warn."""
    import shutil

    from pypdf import PdfReader

    from trygghetsapp import cli

    folder = tmp_path / "checklistor"
    folder.mkdir()
    shutil.copy(templates.checklist_dir() / "storm.toml", folder / "storm.toml")
    text = (folder / "storm.toml").read_text(encoding="utf-8")
    (folder / "storm.toml").write_text(text.replace("Storm – före", "Storm, Krokom – före"))
    db = ["--db", str(report_db.path)]
    assert cli.main([*db, "templates", "check", str(folder)]) == 0
    assert "OK   storm.toml" in capsys.readouterr().out
    out = tmp_path / "förhand.pdf"
    assert cli.main([*db, "templates", "preview", str(folder), "--area", "Ås", "-o", str(out)]) == 0
    pages = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Storm, Krokom – före ovädret" in pages

    (folder / "storm.toml").write_text(text.replace('mode = "läs-gör"', 'mode = "läsa"'))
    assert cli.main([*db, "templates", "check", str(folder)]) == 1
    assert "FEL  " in capsys.readouterr().out
    assert cli.main([*db, "templates", "preview", str(folder), "--area", "Ås", "-o", str(out)]) == 1
    assert "storm.toml" in capsys.readouterr().err


def test_export_pdf_warns_about_a_refused_template(report_db, tmp_path, capsys, monkeypatch):
    from trygghetsapp import cli

    folder = tmp_path / "checklistor"
    folder.mkdir()
    (folder / "storm.toml").write_text('placement = "scenario"\n', encoding="utf-8")
    monkeypatch.setenv(templates.ENV_FOLDER, str(folder))
    out = tmp_path / "x.pdf"
    assert (
        cli.main(["--db", str(report_db.path), "export-pdf", "--area", "Ås", "-o", str(out)]) == 0
    )
    err = capsys.readouterr().err
    assert "Varning: Kommunens mall användes inte" in err and "storm.toml" in err
