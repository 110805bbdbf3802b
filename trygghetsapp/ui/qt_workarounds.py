"""Workarounds for bugs in the Qt binding, each with the test that shows it is needed.

Nothing here patches the interpreter. (PySide6 6.12.0 lost a reference to True/None on every
`Signal.emit()` and every call returning None, and a ctypes patch once gave those singletons an
endless reference count; the app now stays on the Qt 6.8 LTS line, which has no such leak, and
tests/ui/test_qt_version.py fails on a binding that has it.)
"""

from __future__ import annotations


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
