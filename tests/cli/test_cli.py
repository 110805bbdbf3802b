"""The command line as the acceptance list of the foundation issue states it."""

import json
import subprocess
import sys
from collections import Counter

import pytest

from trygghetsapp.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_export(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    code, out, _ = run(capsys, "--db", str(db), "demo", "--seed", "7")
    assert code == 0 and "10 områden" in out
    export = tmp_path / "demo.json"
    assert run(capsys, "--db", str(db), "export-json", "-o", str(export))[0] == 0
    return db, export


def test_demo_export_has_complete_areas_with_swedish_letters(demo_export):
    _, export = demo_export
    text = export.read_text(encoding="utf-8")
    data = json.loads(text)
    assert sorted(data) == sorted(
        [
            "areas",
            "safety_points",
            "equipment",
            "contacts",
            "roles",
            "role_assignments",
            "channels",
            "inspections",
            "inspection_findings",
            "municipalities",
        ]
    )
    assert len(data["areas"]) >= 8
    point_area = {p["id"]: p["area_id"] for p in data["safety_points"]}
    per_area = {
        "points": Counter(p["area_id"] for p in data["safety_points"]),
        "equipment": Counter(point_area[e["safety_point_id"]] for e in data["equipment"]),
        "contacts": Counter(c["area_id"] for c in data["contacts"]),
        "roles": Counter(r["area_id"] for r in data["role_assignments"]),
    }
    for area in data["areas"]:
        assert per_area["points"][area["id"]] >= 1, area["name"]
        assert per_area["equipment"][area["id"]] >= 5, area["name"]
        assert per_area["contacts"][area["id"]] >= 3, area["name"]
        assert per_area["roles"][area["id"]] >= 3, area["name"]
    for word in ("Föllinge", "Rötviken", "Ås idrottshall", "Änge bygdegård", "Trångsvikens"):
        assert word in text
    assert all("FIKTIV" in c["name"] for c in data["contacts"])
    for record_list in data.values():
        ids = [r["id"] for r in record_list]
        assert ids == sorted(ids)
        for record in record_list:
            assert not {"deleted", "hlc", "device_id", "due_date", "search_text"} & set(record)


def test_export_import_export_is_byte_identical(demo_export, tmp_path, capsys):
    _, export = demo_export
    fresh = tmp_path / "fresh.sqlite"
    code, out, _ = run(capsys, "--db", str(fresh), "import-json", str(export))
    assert code == 0, out
    again = tmp_path / "again.json"
    run(capsys, "--db", str(fresh), "export-json", "-o", str(again))
    assert again.read_bytes() == export.read_bytes()
    # A second import of the same file changes nothing.
    run(capsys, "--db", str(fresh), "import-json", str(export))
    code, out, _ = run(capsys, "--db", str(fresh), "export-json")
    assert out.encode("utf-8") == export.read_bytes()


@pytest.mark.parametrize(
    ("section", "field", "value"),
    [
        ("contacts", "phone", "12345"),
        ("equipment", "quantity", -3),
        ("safety_points", "latitude", 12.0),
        ("areas", "name", ""),
    ],
)
def test_invalid_import_is_refused_whole(demo_export, tmp_path, capsys, section, field, value):
    db, export = demo_export
    data = json.loads(export.read_text(encoding="utf-8"))
    data[section][-1][field] = value
    # A valid new record earlier in the file must not be written either.
    data["areas"].insert(0, {**data["areas"][0], "id": "00000000-0000-4000-8000-000000000001"})
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "import-json", str(bad))
    assert code == 1
    assert field in err and section in err
    assert "Traceback" not in err
    after = tmp_path / "after.json"
    run(capsys, "--db", str(db), "export-json", "-o", str(after))
    assert after.read_bytes() == export.read_bytes()


@pytest.mark.parametrize("content", ["{", "[]", '{"areas": 5}', '{"unknown": []}', "\xff\xfe"])
def test_broken_import_files_exit_1_with_one_line(tmp_path, capsys, content):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content.encode("latin-1"))
    code, _, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), "import-json", str(bad))
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err


def test_check_backup_restore(demo_export, tmp_path, capsys):
    db, export = demo_export
    assert run(capsys, "--db", str(db), "check")[0] == 0
    copy = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", str(db), "backup", "-o", str(copy))[0] == 0
    other = tmp_path / "other.sqlite"
    run(capsys, "--db", str(other), "demo", "--seed", "99")
    code, out, _ = run(capsys, "--db", str(other), "restore", str(copy))
    assert code == 0 and "ersattes" in out
    restored = tmp_path / "restored.json"
    run(capsys, "--db", str(other), "export-json", "-o", str(restored))
    assert restored.read_bytes() == export.read_bytes()
    code, _, err = run(capsys, "--db", str(other), "restore", str(export))
    assert code == 1 and "Fel" in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["no-such-command"])
    assert caught.value.code == 2


def test_module_entry_point_prints_help():
    result = subprocess.run(
        [sys.executable, "-m", "trygghetsapp", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    for command in ("demo", "export-json", "import-json", "check", "backup", "restore"):
        assert command in result.stdout


@pytest.fixture
def twin_areas(demo_export, tmp_path, capsys):
    """Two areas of one name, as import-json accepts them (a user test)."""
    _, export = demo_export
    data = json.loads(export.read_text(encoding="utf-8"))
    first, second = data["areas"][:2]
    second["name"] = first["name"]
    twins = tmp_path / "twins.json"
    twins.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "twins.sqlite"
    assert run(capsys, "--db", str(db), "import-json", str(twins))[0] == 0
    return db, first["name"], sorted([first["id"], second["id"]])


@pytest.mark.parametrize(
    "command",
    [
        ["export-pdf", "--area", "NAME", "-o", "OUT.pdf"],
        ["export-pdf", "--area", "NAME", "--kind", "poster", "-o", "OUT.pdf"],
        ["templates", "preview", "--area", "NAME", "-o", "OUT.pdf"],
    ],
)
def test_an_area_name_shared_by_two_areas_asks_for_the_id(twin_areas, tmp_path, capsys, command):
    """It said "Fel: area: hittades inte: <name>" although two areas have that name."""
    db, name, ids = twin_areas
    out = tmp_path / "out.pdf"
    args = [name if a == "NAME" else str(out) if a == "OUT.pdf" else a for a in command]
    code, _, err = run(capsys, "--db", str(db), *args)
    assert code == 2, err
    assert "hittades inte" not in err and "Traceback" not in err
    assert f"”{name}” matchar 2 områden" in err and "ange områdets id" in err
    assert all(area_id in err for area_id in ids)
    assert not out.exists()
    # Its id picks one; a name nobody has is still "not found".
    args = [ids[0] if a == "NAME" else str(out) if a == "OUT.pdf" else a for a in command]
    assert run(capsys, "--db", str(db), *args)[0] == 0
    args = ["Atlantis" if a == "NAME" else str(out) if a == "OUT.pdf" else a for a in command]
    code, _, err = run(capsys, "--db", str(db), *args)
    assert code == 1 and "hittades inte: Atlantis" in err


OUTPUT_MISTAKES = [
    # (command, what the message must say); "o/" is a folder holding the file a.xlsx, the file
    # plain (no suffix) and the folders dir.pdf, dir.json, dir.xlsx, dir.gpkg, dir.html
    (["export-pdf", "--all", "-o", "o/a.xlsx"], "på .pdf (alla i en fil)"),
    (["export-pdf", "--all", "-o", "o/new.xlsx"], "på .pdf (alla i en fil)"),
    (
        ["export-pdf", "--all", "--kind", "poster", "-o", "o/a.xlsx"],
        "eller en fil som slutar på .pdf",
    ),
    (["export-pdf", "--all", "-o", "o/plain"], "finns redan och är ingen mapp"),
    (["export-pdf", "--all", "-o", "o/plain/x.pdf"], "är en fil, inte en mapp"),
    (["templates", "preview", "--area", "ID", "-o", "o/dir.pdf"], "är en mapp"),
    (["templates", "preview", "--area", "ID", "-o", "o/t.xlsx"], "ska sluta på .pdf"),
    (["export-json", "-o", "o/dir.json"], "är en mapp"),
    (["export-json", "-o", "o/plain/x.json"], "är en fil, inte en mapp"),
    (["backup", "-o", "o/dir.json"], "är en mapp"),
    (["export-xlsx", "-o", "o/dir.xlsx"], "är en mapp"),
    (["export-xlsx", "-o", "o/x.pdf"], "ska sluta på .xlsx"),
    (["export-gis", "--format", "gpkg", "-o", "o/dir.gpkg"], "är en mapp"),
    (["export-gis", "--format", "geojson", "-o", "o/x.pdf"], "ska sluta på .geojson"),
    (["export-web", "-o", "o/dir.html"], "är en mapp"),
    (["export-web", "-o", "o/x.pdf"], "ska sluta på .html"),
    (["sync", "export", "-o", "o/plain"], "finns redan och är ingen mapp"),
    (["keys", "export-card", "-o", "o/dir.json"], "är en mapp"),
    (["privacy", "extract", "ID", "-o", "o/x.txt"], "ska sluta på .pdf eller .json"),
]


@pytest.mark.parametrize(("command", "said"), OUTPUT_MISTAKES)
def test_an_output_path_of_the_wrong_kind_is_a_usage_error(
    demo_export, tmp_path, capsys, command, said
):
    """`export-pdf --area Ås -o a.xlsx` (a.xlsx there) said "Fel: database: disken svarade inte
    som den ska när a.xlsx lästes eller skrevs (File exists) ... sätt i det ordentligt igen ...
    kontakta IT": a user's choice of path, said as the database's failing disk. Every -o that
    cannot be what the command writes is one line saying what -o must be, exit 2, and nothing
    is written anywhere."""
    db, export = demo_export
    data = json.loads(export.read_text(encoding="utf-8"))
    ids = {"templates": data["areas"][0]["id"], "privacy": data["contacts"][0]["id"]}
    folder = tmp_path / "o"
    folder.mkdir()
    (folder / "a.xlsx").write_bytes(b"PK\x03\x04 the user's workbook")
    (folder / "plain").write_text("a file without a suffix", encoding="utf-8")
    for name in ("dir.pdf", "dir.json", "dir.xlsx", "dir.gpkg", "dir.html"):
        (folder / name).mkdir()

    def state() -> dict[str, bytes | None]:
        return {
            str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None
            for p in sorted(folder.rglob("*"))
        }

    before = state()
    args = [
        str(tmp_path / a) if a.startswith("o/") else ids[command[0]] if a == "ID" else a
        for a in command
    ]
    code, _, err = run(capsys, "--db", str(db), *args)
    assert code == 2, err
    assert said in err and "-o" in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "disken" not in err and "database:" not in err and "USB" not in err
    assert state() == before


def test_a_path_of_the_wrong_kind_found_while_writing_is_never_a_failing_disk():
    """The last line of defence (cli.main) for a -o no check saw: a file where a folder must be,
    or a folder where a file must be, is the user's path, exit 2, not "disken svarade inte"."""
    from trygghetsapp.cli.common import EXIT_USAGE, UsageError, path_kind_problem

    for error in (
        FileExistsError(17, "File exists", "E:/ut"),
        NotADirectoryError(20, "Not a directory", "E:/ut"),
        IsADirectoryError(21, "Is a directory", "E:/ut.json"),
    ):
        problem = path_kind_problem(error)
        assert isinstance(problem, UsageError) and "E:/ut" in problem.message_sv
    assert path_kind_problem(OSError(5, "Input/output error", "E:/ut")) is None
    assert EXIT_USAGE == 2


def _swedish_half(err: str) -> str:
    return err.split(" / ")[0]


@pytest.mark.parametrize("command", ["import-json", "import-xlsx"])
@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda folder: folder / "saknas.json", "finns inte"),
        (lambda folder: folder, "är en mapp"),
    ],
)
def test_an_unreadable_import_file_is_told_in_swedish(tmp_path, capsys, command, make, said):
    """A user test read "kan inte läsa filen: [Errno 2] No such file or directory": Python's
    English in the Swedish half. Each common reason now has its own Swedish words."""
    target = make(tmp_path)
    if command == "import-xlsx" and target.suffix:
        target = target.with_suffix(".xlsx")
    code, _, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), command, str(target))
    assert code != 0 and "Traceback" not in err
    swedish = _swedish_half(err)
    assert said in swedish, err
    assert "Errno" not in swedish and "No such" not in swedish and "directory" not in swedish


def test_broken_json_is_told_with_its_line_in_swedish(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"areas": [\n  {"name": "Ås\n', encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), "import-json", str(bad))
    assert code == 1
    swedish = _swedish_half(err)
    assert "rad 2" in swedish, err
    assert "Unterminated" not in swedish and "Expecting" not in swedish, err


@pytest.mark.parametrize("argv", [["--help"], ["sync", "--help"], ["export-pdf", "--help"]])
def test_help_is_swedish_through_and_through(capsys, argv):
    """A user test read "positional arguments", "options" and "show this help message and
    exit" in every --help, the rest of which is Swedish."""
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("användning: "), out[:80]
    assert "visa den här hjälpen och avsluta" in out
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in out, english


def test_a_missing_argument_is_told_in_swedish(tmp_path, capsys):
    with pytest.raises(SystemExit) as ended:
        main(["--db", str(tmp_path / "x.sqlite"), "export-pdf"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "fel: följande argument måste anges: -o/--output" in err, err
    assert "error" not in err and "required" not in err


def test_every_bad_record_of_an_import_is_named_at_once(demo_export, tmp_path, capsys):
    """A user test fixed one bad field of an import-json file only to be told of the next:
    three mistakes in three records took three tries (the workbook import lists them all)."""
    db, export = demo_export
    data = json.loads(export.read_text(encoding="utf-8"))
    data["contacts"][1]["phone"] = "12345"
    data["equipment"][2]["quantity"] = -3
    data["areas"][0]["name"] = ""
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "import-json", str(bad))
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    for where in ("areas[0]", "contacts[1]", "equipment[2]"):
        assert where in err, (where, err)
    after = tmp_path / "after.json"
    run(capsys, "--db", str(db), "export-json", "-o", str(after))
    assert after.read_bytes() == export.read_bytes()


def test_every_command_s_own_help_says_what_it_does():
    """`import-json --help` and `restore --help` opened with nothing but their usage line
    (user test); every command and subcommand now opens with what it does, and no argument is
    named in English (FILE, DIR, PATH beside MAPP and FIL)."""
    import argparse

    from trygghetsapp.cli import build_parser

    def walk(parser: argparse.ArgumentParser, name: str):
        yield name, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub_name, sub in action.choices.items():
                    yield from walk(sub, f"{name} {sub_name}")

    found = list(walk(build_parser(), "trygghetsapp"))
    assert len(found) > 30
    bare = [name for name, parser in found if not (parser.description or "").strip()]
    assert not bare, bare
    english = {"FILE", "DIR", "PATH", "SUBCOMMAND", "ACTION", "COMMAND", "value"}
    named = [
        (name, action.metavar or action.dest)
        for name, parser in found
        for action in parser._actions
        if (action.metavar or (action.dest if not action.option_strings else None)) in english
    ]
    assert not named, named
