"""import-json against hostile files: a clear refusal, never a traceback, never a partial write.

CI runs a few hundred generated and mutated files; bench/soak.py runs tens of thousands.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.services.demo import load_demo
from trygghetsapp.store import sqlite_tools

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
record_keys = st.sampled_from(
    [
        "id",
        "name",
        "area_id",
        "phone",
        "quantity",
        "latitude",
        "longitude",
        "villages",
        "facts",
        "date",
        "kind",
        "level",
        "rank",
        "skills",
        "last_checked",
        "email",
        "notes",
        "x",
    ]
)
records = st.dictionaries(record_keys, json_values, max_size=8)
export_like = st.dictionaries(
    st.sampled_from([*sorted(transfer.EXPORT_KEYS), "bogus"]),
    st.lists(records, max_size=3) | json_values,
    max_size=4,
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One demo database for all examples; every refused import must leave it byte-identical."""
    folder = tmp_path_factory.mktemp("hostile")
    database = open_database(folder / "db.sqlite")
    load_demo(database, seed=3)
    baseline = transfer.export_text(database)
    database.store.engine.dispose()
    sqlite_tools.copy_database(database.path, folder / "snapshot.sqlite")
    yield database, folder, baseline
    database.close()


def attempt(database: Database, path: Path, baseline: str) -> None:
    try:
        transfer.import_file(database, path, backup_first=False)
    except DomainError as error:
        assert "\n" not in str(error)
        assert transfer.export_text(database) == baseline, "a refused import wrote something"
    else:  # an accepted file must leave a consistent database; put the baseline back
        from trygghetsapp.services.checks import check_database

        assert check_database(database) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=export_like)
def test_generated_files_are_refused_cleanly(shared, data):
    database, folder, baseline = shared
    path = folder / "generated.json"
    path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    try:
        transfer.import_file(database, path, backup_first=False)
    except DomainError:
        assert transfer.export_text(database) == baseline
    else:
        # Only files without any record can be accepted by a database they do not match.
        assert transfer.export_text(database) == baseline


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_mutated_export_files_never_crash(shared, seed):
    database, folder, baseline = shared
    rng = random.Random(seed)
    data = bytearray(baseline.encode("utf-8"))
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(data))
        action = rng.random()
        if action < 0.5:
            data[position] ^= 1 << rng.randrange(8)
        elif action < 0.75:
            del data[position : position + rng.randint(1, 50)]
        else:
            data[position:position] = rng.randbytes(rng.randint(1, 20))
    path = folder / "mutated.json"
    path.write_bytes(bytes(data))
    attempt(database, path, baseline)
    # A mutation can be a valid edit (a changed name); put the original database back.
    if transfer.export_text(database) != baseline:
        database.store.engine.dispose()
        sqlite_tools.restore_into(folder / "snapshot.sqlite", database.path)
        assert transfer.export_text(database) == baseline


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("deep.json", b"[" * 200_000 + b"]" * 200_000),
        ("deep-object.json", b'{"areas": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        ("utf16.json", '{"areas": []}'.encode("utf-16")),
        ("latin1.json", '{"areas": [{"name": "Åsa"}]}'.encode("latin-1")),
        ("empty.json", b""),
        ("nul.json", b"\x00" * 1000),
        ("nan.json", b'{"equipment": [{"quantity": NaN}]}'),
    ],
)
def test_malformed_files_give_one_clear_line(shared, name, content):
    database, folder, baseline = shared
    path = folder / name
    path.write_bytes(content)
    with pytest.raises(DomainError) as caught:
        transfer.import_file(database, path, backup_first=False)
    assert "\n" not in str(caught.value)
    assert transfer.export_text(database) == baseline


def test_ten_megabyte_field_is_refused(shared):
    database, folder, baseline = shared
    data = json.loads(baseline)
    data["areas"][0]["notes"] = "å" * 10_000_000
    path = folder / "huge-field.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        transfer.import_file(database, path, backup_first=False)
    assert caught.value.field == "notes"
    assert transfer.export_text(database) == baseline


def test_missing_file_is_a_clear_error(shared):
    database, folder, _ = shared
    with pytest.raises(DomainError):
        transfer.import_file(database, folder / "does-not-exist.json", backup_first=False)
