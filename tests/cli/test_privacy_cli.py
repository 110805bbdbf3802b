"""`privacy extract` and `privacy erase` on the demo data (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from trygghetsapp.cli import main
from trygghetsapp.services import contacts, privacy, safety_points
from trygghetsapp.services.database import open_database


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path, capsys):
    """The demo data, and one of its people (holding a role) named as a key holder as well."""
    db = tmp_path / "demo.sqlite"
    assert run(capsys, "--db", str(db), "demo", "--seed", "7")[0] == 0
    database = open_database(db)
    try:
        export = json.loads(run(capsys, "--db", str(db), "export-json")[1])
        held = {a["contact_id"] for a in export["role_assignments"]}
        names = [c["name"] for c in export["contacts"]]
        person = next(
            c for c in export["contacts"] if c["id"] in held and names.count(c["name"]) == 1
        )
        point = next(p for p in export["safety_points"] if p["area_id"] == person["area_id"])
        safety_points.update_safety_point(
            database, point["id"], {"key_holder": f"{person['name']}, ring först"}
        )
    finally:
        database.close()
    return db, person


def test_extract_as_json_and_pdf(demo, tmp_path, capsys):
    db, person = demo
    out = tmp_path / "utdrag.json"
    code, said, err = run(
        capsys, "--db", str(db), "privacy", "extract", person["name"], "-o", str(out)
    )
    assert code == 0, err
    assert person["name"] in said and str(out) in said
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["id"] == person["id"] and data["roles"]
    assert [o["field"] for o in data["occurrences"]] == ["nyckelinnehavare"]
    assert set(data["information"]) >= {"purposes", "recipients", "retention", "rights"}
    assert all(h["device"] != h["device"][:8] or len(h["device"]) < 36 for h in data["history"])
    pdf = tmp_path / "utdrag.pdf"
    code, _, err = run(capsys, "--db", str(db), "privacy", "extract", person["id"], "-o", str(pdf))
    assert code == 0, err
    text = "".join("".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    unbroken = text.replace("-", "")  # long words are hyphenated in narrow table cells
    assert "Härnämnsduockså" in text and "nyckelinnehavare" in unbroken
    assert "Integritetsskyddsmyndigheten" in text and "".join(person["name"].split()) in text
    assert not (tmp_path / "utdrag.txt").exists()
    code, _, err = run(capsys, "--db", str(db), "privacy", "extract", person["id"], "-o", "x.txt")
    assert code == 2 and ".pdf eller .json" in err


def test_erase_asks_first_then_leaves_no_trace(demo, tmp_path, capsys):
    db, person = demo
    code, said, err = run(capsys, "--db", str(db), "privacy", "erase", person["name"])
    assert code == 1 and "Inget har raderats" in err
    assert "nyckelinnehavare" in said and person["name"] in said
    assert person["name"] in run(capsys, "--db", str(db), "export-json")[1]  # nothing changed

    code, said, err = run(capsys, "--db", str(db), "privacy", "erase", person["name"], "--yes")
    assert code == 0, err
    assert f"Raderad: {person['name']}; 1 annat ställe tömt." in said
    assert "synkroniseringsfiler som redan har skrivits" in said
    assert (
        "1 äldre säkerhetskopia på den här datorn" in said
    )  # the day's backup made when the demo was loaded
    export = run(capsys, "--db", str(db), "export-json")[1]
    assert person["name"] not in export and person["id"] not in export.replace(
        f'"id":"{person["id"]}"', ""
    )
    raw = db.read_bytes() + (Path(f"{db}-wal").read_bytes() if Path(f"{db}-wal").exists() else b"")
    assert person["name"].encode("utf-8") not in raw


def test_erase_purges_older_backups_when_asked(demo, capsys):
    db, person = demo
    code, said, err = run(
        capsys, "--db", str(db), "privacy", "erase", person["id"], "--yes", "--purge-backups"
    )
    assert code == 0, err
    assert "Borttagen ur" in said and "säkerhetskopia på den här datorn" not in said
    database = open_database(db)
    try:
        assert privacy.backups_holding(database, person["id"]) == []
    finally:
        database.close()


def test_a_name_several_contacts_have_is_listed_and_refused(demo, tmp_path, capsys):
    db, person = demo
    database = open_database(db)
    try:
        twin, _ = contacts.add_contact(
            database, {"area_id": person["area_id"], "name": person["name"].upper()}
        )
    finally:
        database.close()
    for command in (
        ["extract", person["name"], "-o", str(tmp_path / "x.json")],
        ["erase", person["name"], "--yes"],
    ):
        code, _, err = run(capsys, "--db", str(db), "privacy", *command)
        assert code == 1
        assert "matchar 2 kontakter" in err and person["id"] in err and twin in err
        assert "Traceback" not in err
    assert not (tmp_path / "x.json").exists()
    assert person["name"] in run(capsys, "--db", str(db), "export-json")[1]


def test_an_unknown_person_is_one_line(demo, capsys):
    db, _ = demo
    code, _, err = run(capsys, "--db", str(db), "privacy", "erase", "Ingen Alls", "--yes")
    assert code == 1 and err.count("\n") == 1 and "Ingen Alls" in err


@pytest.mark.parametrize(("typed", "erased"), [("ja", True), ("nej", False)])
def test_at_a_terminal_erase_asks(demo, capsys, monkeypatch, typed, erased):
    import io

    db, person = demo

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal(typed + "\n"))
    monkeypatch.setattr("builtins.input", lambda prompt: typed)
    code, _, err = run(capsys, "--db", str(db), "privacy", "erase", person["id"])
    assert code == (0 if erased else 1)
    export = run(capsys, "--db", str(db), "export-json")[1]
    assert (person["name"] in export) is not erased
    if not erased:
        assert "Inget har raderats" in err
