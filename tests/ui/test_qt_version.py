"""Emitting from Python thousands of times never kills the process.

PySide6 6.12.0 drops one reference to True (and None) on every `Signal.emit()` from Python; on
Python 3.11 the app would abort after a few thousand emits. trygghetsapp.ui makes those
singletons immortal (ui/qt_workarounds.py). The child process emits 20,000 times, far more than
the few thousand that abort a bare process on the buggy binding (checked: without the import of
trygghetsapp.ui the child dies with "bool_dealloc").
"""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import trygghetsapp.ui
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


def test_twenty_thousand_emits_do_not_abort_the_process() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"
