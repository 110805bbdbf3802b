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


class MainThreadGarbageCollector:
    """Python's cycle collector runs in whichever thread allocates when a threshold is crossed,
    often the database worker. A cycle holding Qt objects made on the GUI thread (a closed
    dialog, a model and its lambdas) is then destroyed on the worker thread, and Qt crashes
    ("Garbage-collecting" segfaults seen in the test suite on both PySide6 6.11 and 6.12).
    So automatic collection is switched off and the GUI thread collects on a timer instead:
    the known recipe for PySide/PyQt applications with worker threads.
    """

    INTERVAL_MS = 500

    def __init__(self) -> None:
        import gc

        from PySide6.QtCore import QTimer

        self._gc = gc
        self._threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer()
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts crossed their thresholds, as automatic gc does."""
        gc = self._gc
        counts = gc.get_count()
        if counts[0] > self._threshold[0]:
            generation = 0
            if counts[1] > self._threshold[1]:
                generation = 1
                if counts[2] > self._threshold[2]:
                    generation = 2
            gc.collect(generation)


_COLLECTOR: MainThreadGarbageCollector | None = None


def collect_garbage_on_the_gui_thread() -> None:
    """Install the collector once, after the QApplication exists, from the GUI thread."""
    global _COLLECTOR
    if _COLLECTOR is None:
        _COLLECTOR = MainThreadGarbageCollector()
