"""The documented everyday setup (issue 15, item 3): two laptops that always encrypt to the
office and the office itself, all on one shared folder, pressing *Synka nu* in random order.

Each laptop meets the other laptop's sealed package in the folder. It is sealed to the office,
which the envelope says (its recipient key id), so the laptop leaves it alone: outcome "ignored",
no refusal, no line in `sync status`, exit 0. The office opens both, relays everything, and the
three converge.

`test_without_the_envelope_check_laptops_refuse_all_day` plants the old behaviour (the laptop
tries to open the package) and shows what the first test catches: "AVVISAD", exit 1 and a new
"Avvisad fil" line at every run.
"""

from __future__ import annotations

import contextlib
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.trust import provision
from trygghetsapp.cli import main
from trygghetsapp.security import policy
from trygghetsapp.services import areas, transfer
from trygghetsapp.services.database import open_database
from trygghetsapp.sync import importer
from trygghetsapp.sync.api import set_role, sync_status

ROUNDS = 20


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Path, Path, Path, Path]]:
    paths = [tmp_path / name / "db.sqlite" for name in ("kontor", "falt1", "falt2")]
    office = open_database(paths[0], device_name="Kontoret")
    set_role(office, "office")
    one = open_database(paths[1], device_name="Fältdator 1")
    two = open_database(paths[2], device_name="Fältdator 2")
    provision(office, one, two)
    for database in (office, one, two):
        database.close()
    for laptop in paths[1:]:
        policy.set_always_encrypt(laptop, True)
    folder = tmp_path / "delad"
    folder.mkdir()
    yield paths[0], paths[1], paths[2], folder


def _edit(db: Path, rng: random.Random, label: str) -> None:
    database = open_database(db)
    try:
        existing = [a.id for a in areas.list_areas(database)]
        if existing and rng.random() < 0.5:
            areas.update_area(database, rng.choice(existing), {"notes": label})
        else:
            areas.create_area(database, {"name": label})
    finally:
        database.close()


def _sync_now(db: Path, folder: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(db), "sync", "now", "--folder", str(folder)])
    return code, out.getvalue(), err.getvalue()


def _status_lines(db: Path) -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--db", str(db), "sync", "status"]) == 0
    return [line for line in out.getvalue().splitlines() if "Avvisad" in line]


def _export(db: Path) -> str:
    database = open_database(db)
    try:
        return transfer.export_text(database)
    finally:
        database.close()


def test_two_encrypting_laptops_and_the_office_share_a_folder_without_refusals(
    trio: tuple[Path, Path, Path, Path],
) -> None:
    office, one, two, folder = trio
    rng = random.Random(15)
    replicas = [office, one, two]
    ignored = 0
    for number in range(ROUNDS):
        db = rng.choice(replicas)
        _edit(db, rng, f"Runda {number}")
        code, out, err = _sync_now(db, folder)
        assert (code, "AVVISAD" in out + err) == (0, False), out + err
        ignored += out.count("lämnas kvar")
        for laptop in (one, two):
            assert _status_lines(laptop) == []
            database = open_database(laptop)
            try:
                status = sync_status(database)
            finally:
                database.close()
            assert status.refused_files == () and status.quarantined_files == ()
    assert ignored > 0  # the laptops did meet each other's sealed packages
    assert list(folder.rglob("*.tsync.sealed"))
    # Settle: each laptop's last package reaches the office, the office's last one both laptops.
    for db in (one, two, office, one, two):
        assert _sync_now(db, folder)[0] == 0
    texts = {_export(db) for db in replicas}
    assert len(texts) == 1
    assert texts.pop().count("Runda ") >= ROUNDS // 2


def test_without_the_envelope_check_laptops_refuse_all_day(
    trio: tuple[Path, Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The planted bug: the laptop tries to open the other laptop's sealed package."""
    monkeypatch.setattr(importer, "sealed_for_the_office", lambda *_args: False)
    _office, one, two, folder = trio
    rng = random.Random(15)
    _edit(one, rng, "Ett")
    assert _sync_now(one, folder)[0] == 0
    _edit(two, rng, "Två")
    code, _out, err = _sync_now(two, folder)
    assert code == 1 and "AVVISAD" in err
    assert len(_status_lines(two)) == 1
