"""The Qt binding itself keeps Python's reference counts: no patch of ours stands in between.

PySide6 6.12.0 dropped one reference to `True` on every `Signal.emit()` from Python (the value
emit returns) and one to `None` on every call returning None. On Python 3.11 the count of a
singleton reaching zero aborts the process ("bool_dealloc"), after a few hundred emits in a bare
process; the app emits all the time (worker results, progress, `context.changed`). A ctypes
patch once hid this; the app now stays on the Qt 6.8 LTS line, which does not leak, and these
tests run the binding in a child process that imports nothing of ours.

The child counts references instead of waiting for a crash: it holds a large "ballast" list of
real references to True and None, so a leaking binding loses thousands of references without
dying, and the loss is read exactly. A binding that loses one per call misses by `ROUNDS`; the
allowance below is a hundredth of that. This file needs only PySide6 and pytest (no fixtures
from conftest), so it also runs against another binding:
`PYTHONPATH=. /tmp/venv612/bin/pytest --noconftest tests/ui/test_qt_version.py`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROUNDS = 10_000
"""Each round emits three signals from Python and makes one call that returns None."""

ALLOWANCE = ROUNDS // 100
"""Counts may drift by a few references for reasons of Python's own; a leak per call cannot
hide in this."""

IMMORTAL_SINGLETONS = sys.version_info >= (3, 12)
"""From Python 3.12 True and None are immortal: a lost reference can neither free them nor be
counted (getrefcount returns a constant), so only the ordinary objects can be checked there."""

COUNT_EMITS = f"""
import gc, json, os, sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

gc.disable()  # nothing collected between the two counts
app = QCoreApplication([])


class Emitter(QObject):
    flag = Signal(bool)
    payload = Signal(object)
    text = Signal(str)


emitter = Emitter()
got = []
for signal in (emitter.flag, emitter.payload, emitter.text):
    signal.connect(got.append)
witness = ["ett vittne"]  # an ordinary object, never immortal
text = "".join(["å", "ä", "ö"])  # built at run time: not an interned constant
ballast = [True] * 200_000 + [None] * 200_000  # real references: a leak is counted, not fatal


def counts():
    return {{
        "True": sys.getrefcount(True),
        "None": sys.getrefcount(None),
        "witness": sys.getrefcount(witness),
        "text": sys.getrefcount(text),
    }}


def one_round():
    emitter.flag.emit(True)
    emitter.payload.emit(witness)
    emitter.text.emit(text)
    emitter.setObjectName("sändare")  # returns None
    got.clear()


for _ in range(100):  # first calls may fill caches
    one_round()
before = counts()
for _ in range({ROUNDS}):
    one_round()
after = counts()
print(json.dumps({{name: after[name] - before[name] for name in before}}), flush=True)
# On a leaking binding, freeing the ballast at exit would take True below zero: leave at once.
os._exit(0)
"""

SURVIVE_EMITS = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication([])


class Emitter(QObject):
    payload = Signal(object)
    text = Signal(str)


emitter = Emitter()
got = []
emitter.payload.connect(got.append)
emitter.text.connect(got.append)
for _ in range(10_000):
    emitter.payload.emit(None)
    emitter.text.emit("å")
    got.clear()
print("alive")
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def lost() -> dict[str, int]:
    """References lost (negative: gained) over `ROUNDS` rounds, per object, in a bare child."""
    done = _run(COUNT_EMITS)
    assert done.returncode == 0, done.stderr[-2000:]
    changes: dict[str, int] = json.loads(done.stdout)
    return {name: -change for name, change in changes.items()}


@pytest.mark.skipif(IMMORTAL_SINGLETONS, reason="True and None are immortal on Python 3.12+")
def test_emits_and_none_returning_calls_keep_true_and_none_counted(lost: dict[str, int]) -> None:
    leaks = {name: lost[name] for name in ("True", "None") if abs(lost[name]) > ALLOWANCE}
    assert not leaks, (
        f"references lost over {ROUNDS} rounds: {leaks}; this Qt binding loses them "
        "(PySide6 6.12.0 did; the app needs the 6.8 LTS line, see pyproject.toml)"
    )


def test_emitted_objects_keep_their_references(lost: dict[str, int]) -> None:
    leaks = {name: lost[name] for name in ("witness", "text") if abs(lost[name]) > ALLOWANCE}
    assert not leaks, f"references lost over {ROUNDS} rounds: {leaks}"


def test_twenty_thousand_emits_do_not_abort_a_bare_process() -> None:
    """What a long working day does, with no ballast and nothing of ours imported."""
    done = _run(SURVIVE_EMITS)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"


@pytest.mark.skipif(IMMORTAL_SINGLETONS, reason="True and None are immortal on Python 3.12+")
def test_our_qt_workarounds_patch_nothing() -> None:
    """Importing the GUI package and installing its workarounds leaves True and None as Python
    counts them (the old patch added 2**40 to each)."""
    code = (
        "import sys, json\n"
        "before = sys.getrefcount(True), sys.getrefcount(None)\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "import trygghetsapp.ui\n"
        "from trygghetsapp.ui.qt_workarounds import collect_garbage_on_the_gui_thread\n"
        "collect_garbage_on_the_gui_thread()\n"
        "after = sys.getrefcount(True), sys.getrefcount(None)\n"
        "print(json.dumps([a - b for a, b in zip(after, before)]))\n"
    )
    checkout = str(Path(__file__).resolve().parents[2])
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": checkout},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    changes = json.loads(done.stdout)
    assert all(abs(change) < 100_000 for change in changes), f"True, None changed by {changes}"
