"""Workarounds for bugs in the Qt binding, each with the test that shows it is needed.

PySide6 6.12.0 drops one reference to `True` (and `None`) on every `Signal.emit()` made from
Python. On Python 3.12+ those singletons are immortal and the lost references do not matter; on
Python 3.11 the count reaches zero after a few thousand emits and the process aborts
("bool_dealloc" / "none_dealloc"). The app emits from Python all the time (worker results,
progress, `context.changed`), so a long working day would end in a crash. Until a fixed binding
ships, the singletons get a reference count no session can exhaust: what 3.12 does by design.
tests/ui/test_qt_version.py runs 20,000 emits in a child process.
"""

from __future__ import annotations

import ctypes
import sys

_DONE = False
_HEADROOM = 1 << 40
"""More emits than any session makes; the singletons are never freed anyway."""


def immortalise_singletons() -> None:
    """Give True, False and None a huge reference count on CPython < 3.12 (once)."""
    global _DONE
    if _DONE or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _DONE = True
