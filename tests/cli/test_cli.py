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
