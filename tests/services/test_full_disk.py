"""A full disk or a read-only stick: a clear message, and both sides left intact."""

import errno
import os
from pathlib import Path

import pytest

from trygghetsapp.cli import main
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import areas, transfer


@pytest.mark.sqlite_only("caps the file's page count")
def test_full_database_refuses_the_edit_and_keeps_the_rest(database):
    area_id, _ = areas.create_area(database, {"name": "Föllinge"})
    with database.store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    # Cap the file at its current size on every new connection: the next big write hits "full".
    from sqlalchemy import event

    def cap(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    database.store.engine.dispose()
    event.listen(database.store.engine, "connect", cap)
    with pytest.raises(DomainError) as caught:
        areas.create_area(database, {"name": "Stort område", "notes": "å" * 9000})
    assert "full" in caught.value.message_sv
    event.remove(database.store.engine, "connect", cap)
    database.store.engine.dispose()
    assert [a.name for a in areas.list_areas(database)] == ["Föllinge"]
    assert areas.get_area(database, area_id).name == "Föllinge"


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "får inte plats"), (errno.EROFS, "skrivskyddad")]
)
def test_export_to_full_or_read_only_stick(demo_database, tmp_path, monkeypatch, code, words):
    target = tmp_path / "stick" / "export.json"
    target.parent.mkdir()
    target.write_text("earlier export", encoding="utf-8")

    def failing_fsync(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(DomainError) as caught:
        transfer.export_to_file(demo_database, target)
    assert words in caught.value.message_sv
    assert target.read_text(encoding="utf-8") == "earlier export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.json"]


def test_cli_reports_a_read_only_target_in_one_line(tmp_path, capsys, monkeypatch):
    real_open = os.open
    stick = tmp_path / "stick"

    def read_only(path, *args, **kwargs):
        if Path(path).parent == stick and len(args) and args[0] & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, *args, **kwargs)

    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    stick.mkdir()
    monkeypatch.setattr(os, "open", read_only)
    assert main(["--db", str(db), "export-json", "-o", str(stick / "x.json")]) == 1
    err = capsys.readouterr().err
    assert "skrivskyddad" in err and err.count("\n") == 1
    assert list(stick.iterdir()) == []
