"""The Qt binding we install does not lose references when Python emits a signal.

PySide6 6.12.0 drops one reference to `True` on every `Signal.emit()` from Python. On Python
3.11, where `True` is not immortal, the app then aborts ("bool_dealloc") after a few thousand
emits: worker results, progress and `context.changed` are all emitted from Python. pyproject.toml
keeps 3.11 below 6.12; this test fails if a future upgrade brings such a binding back.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    payload = Signal(object)
    text = Signal(str)
    bare = Signal()


def test_emitting_from_python_keeps_every_reference(qtbot: Any) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.payload.connect(received.append)
    emitter.text.connect(received.append)
    emitter.bare.connect(lambda: received.append(None))
    watched = (True, False, None)
    before = [sys.getrefcount(obj) for obj in watched]
    for _ in range(500):
        emitter.payload.emit(1)
        emitter.text.emit("å")
        emitter.bare.emit()
    received.clear()
    after = [sys.getrefcount(obj) for obj in watched]
    # A little jitter from the interpreter is fine; a steady loss per emit (1,500 here) is not.
    drift = [b - a for a, b in zip(before, after, strict=True)]
    assert all(abs(d) < 50 for d in drift), drift
