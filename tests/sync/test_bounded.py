"""Bounded reading (issue 15, item 5): the line and file caps of `sync/package.py` are checked
while streaming, so a hostile or broken file never sits in memory whole.

The memory is measured in a child process (peak resident set, VmHWM: what the process really
held, Python, SQLite and all), importing a 200 MB package that is one line, or a real signed
package with a 200 MB line after its header. Before the caps the reader read such a line whole
(peak 464 MB in the issue's report; this test measured 463 MB against that reader, 72.5
MB with the caps).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync.trust import provision
from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database
from trygghetsapp.sync import package
from trygghetsapp.sync.api import PackageError, export_package, import_file, set_role

LIMIT_MB = 150
BIG = 200 * 1024 * 1024

CHILD = """
import sys
from pathlib import Path
if len(sys.argv) > 3:  # the planted bug: no cap on a line (the reader before issue 15)
    from trygghetsapp.sync import reader
    reader.MAX_LINE_BYTES = reader.LINE_LIMIT = 1 << 40
from trygghetsapp.services.database import open_database
from trygghetsapp.sync.importer import import_file
from trygghetsapp.sync.reader import PackageError
database = open_database(Path(sys.argv[1]))
try:
    import_file(database, Path(sys.argv[2]))
    print("IMPORTED")
except PackageError as error:
    print("REFUSED", error.message("en"))
database.close()
status = open("/proc/self/status").read().splitlines()
print([int(l.split()[1]) / 1024 for l in status if l.startswith("VmHWM")][0])
"""

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="peak memory read from /proc (Linux)"
)


def _peak(db: Path, package_path: Path, planted: bool = False) -> tuple[float, str]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(package_path), *(["plant"] if planted else [])],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    return float(out[-1]), out[-2]


def _long_line(handle: object, size: int) -> None:
    block = b"x" * (1 << 20)
    for _ in range(size // len(block)):
        handle.write(block)  # type: ignore[attr-defined]


def test_a_200_mb_single_line_file_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "en-rad.tsync"
    with open(path, "wb") as handle:
        handle.write(b'{"t":"header","format":"trygghetsapp-sync/1","x":"')
        _long_line(handle, BIG)
        handle.write(b'"}\n')
    db = tmp_path / "db.sqlite"
    open_database(db).close()
    peak, outcome = _peak(db, path)
    print(f"single line of {path.stat().st_size / 1e6:.0f} MB: peak {peak:.1f} MB, {outcome}")
    assert outcome.startswith("REFUSED") and "longer than 8 MiB (line 1)" in outcome
    assert peak < LIMIT_MB
    # The planted bug (no line cap): the same file is read whole and the bound is broken.
    planted, outcome = _peak(db, path, planted=True)
    print(f"without the cap: peak {planted:.1f} MB, {outcome}")
    assert planted > LIMIT_MB


def test_a_200_mb_line_inside_a_signed_package_is_refused_in_bounded_memory(
    tmp_path: Path,
) -> None:
    """The header is genuine and from an enrolled laptop, so the reader gets past it."""
    office, laptop = tmp_path / "kontor.sqlite", tmp_path / "falt.sqlite"
    database = open_database(office)
    set_role(database, "office")
    database.close()
    database = open_database(laptop)
    areas.create_area(database, {"name": "Norr"})
    provision(office, database)
    written = export_package(database, tmp_path / "ut").path
    database.close()
    assert written is not None
    header, *rest = written.read_bytes().splitlines(keepends=True)
    path = tmp_path / "lang-rad.tsync"
    with open(path, "wb") as handle:
        handle.write(header + b'{"t":"c","d":"x","v":"')
        _long_line(handle, BIG)
        handle.write(b'"}\n' + b"".join(rest))
    peak, outcome = _peak(office, path)
    print(f"200 MB line in a signed package: peak {peak:.1f} MB, {outcome}")
    assert outcome.startswith("REFUSED") and "longer than 8 MiB (line 2)" in outcome
    assert peak < LIMIT_MB


def test_caps_hold_for_lines_and_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same checks with small caps, in-process: one byte over is refused, at the cap is
    read; a file over the cap is refused before it is read (strict and salvage alike)."""
    from trygghetsapp.sync import reader

    office, laptop = tmp_path / "kontor.sqlite", tmp_path / "falt.sqlite"
    database = open_database(office)
    set_role(database, "office")
    database.close()
    source = open_database(laptop)
    areas.create_area(source, {"name": "Norr"})
    provision(office, source)
    written = export_package(source, tmp_path / "ut").path
    source.close()
    assert written is not None
    longest = max(len(line) for line in written.read_bytes().splitlines(keepends=True))
    size = written.stat().st_size
    target = open_database(office)
    try:
        monkeypatch.setattr(reader, "MAX_LINE_BYTES", longest - 1)
        monkeypatch.setattr(reader, "LINE_LIMIT", longest)
        for salvage in (False, True):
            with pytest.raises(PackageError, match="längre än"):
                import_file(target, written, salvage=salvage)
        monkeypatch.setattr(reader, "MAX_LINE_BYTES", longest)
        monkeypatch.setattr(reader, "LINE_LIMIT", longest + 1)
        monkeypatch.setattr(reader, "MAX_FILE_BYTES", size - 1)
        for salvage in (False, True):
            with pytest.raises(PackageError, match="större än"):
                import_file(target, written, salvage=salvage)
        monkeypatch.setattr(reader, "MAX_FILE_BYTES", size)
        assert import_file(target, written).new_changes > 0
    finally:
        target.close()
    assert package.MAX_LINE_BYTES == 8 * 1024 * 1024
