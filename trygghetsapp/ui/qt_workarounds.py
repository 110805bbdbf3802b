"""Workarounds for bugs in the Qt binding, each with the test that shows it is needed.

Nothing here patches the interpreter. (PySide6 6.12.0 lost a reference to True/None on every
`Signal.emit()` and every call returning None, and a ctypes patch once gave those singletons an
endless reference count; the app now stays on the Qt 6.8 LTS line, which has no such leak, and
tests/ui/test_qt_version.py fails on a binding that has it.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject


class MainThreadGarbageCollector:
    """Python's cycle collector runs in whichever thread allocates when a threshold is crossed,
    often the database worker. A cycle holding Qt objects made on the GUI thread (a closed
    dialog, a model and its lambdas) is then destroyed on the worker thread, and Qt crashes
    ("Garbage-collecting" segfaults seen in the test suite on both PySide6 6.11 and 6.12).
    So automatic collection is switched off and the GUI thread collects on a timer instead:
    the known recipe for PySide/PyQt applications with worker threads.

    The young generations are cheap and collected when their counts say so. A full collection
    walks every object the app holds (0.05 s at start with 5,000 areas, over 0.1 s at 20,000
    after the overview): it would stall a keystroke. So what the start made is frozen out of
    its sight once the main window is there (`freeze_what_the_start_made`), and a full
    collection waits until the user has not typed or clicked for `QUIET_S` seconds.
    """

    INTERVAL_MS = 500
    QUIET_S = 2.0
    """No key, click or wheel for this long: a full collection may run."""
    BUSY_LIMIT = 1_000_000
    """New objects a busy worker may hold before a collection runs anyway (memory's sake)."""

    def __init__(self, gc_module: Any = None, clock: Callable[[], float] | None = None) -> None:
        import gc
        import time

        from PySide6.QtCore import QTimer

        self._gc = gc_module or gc
        self._clock = clock or time.monotonic
        self._threshold = self._gc.get_threshold()
        self._gc.disable()
        self.last_input = -self.QUIET_S
        """When the user last typed, clicked or scrolled (`clock` seconds)."""
        self.full_collections_waiting = 0
        """Checks that found a full collection due but deferred it (the user was busy)."""
        self.worker_busy: Callable[[], bool] = lambda: False
        """Whether the database worker is running a job (`settle_after_start` sets it)."""
        self.waited_for_worker = 0
        """Checks that found a collection due but let the worker finish first."""
        self.timer = QTimer()
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._input_watch: QObject | None = None
        self._app: Any = None
        """The QGuiApplication whose windows are watched (`watch_input`)."""

    def watch_input(self, app: QObject) -> None:
        """Note the user's input: an event filter on each top-level window, put on as a window
        gets the focus and, for pop-ups (menus, combo lists, calendars), which Windows and X11
        never give the focus, on every `check` (a pop-up's first half second may go unseen).

        Not a filter on the application: that one sees every event of every object (3,000 for
        one area opened), and each reaches Python as two converted objects; opening an area
        took 12-13 ms with it against 10-11 ms without, at 20,000 areas. The first event of a
        class PySide had not yet met also made it build that module's remaining enums at once
        (113 of them, 13 ms) in the middle of a keystroke. A window sees only its own input,
        focus and expose events."""
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QWheelEvent

        if self._input_watch is not None:
            return
        kinds = {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
            QEvent.Type.MouseButtonDblClick,
        }
        inputs = (QKeyEvent, QMouseEvent, QWheelEvent)
        collector = self

        class InputWatch(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                # The class test first, as reading the type makes a Python enum each time.
                if isinstance(event, inputs) and event.type() in kinds:
                    collector.user_acted()
                return False

        watch = self._input_watch = InputWatch(app)
        if not isinstance(app, QGuiApplication):
            app.installEventFilter(watch)  # no windows to watch (a core application)
            return
        self._app = app
        self.watch_every_window()
        app.focusWindowChanged.connect(self.watch_window)

    def watch_window(self, window: Any) -> None:
        """Watch `window` (a QWindow, or None): installing twice keeps one filter (Qt removes
        the filter before it adds it again)."""
        if window is not None and self._input_watch is not None:
            window.installEventFilter(self._input_watch)

    def watch_every_window(self) -> None:
        if self._app is not None:
            for window in self._app.topLevelWindows():
                self.watch_window(window)

    def stop_watching(self) -> None:
        """No more input watch (tests: the application outlives each test's collector)."""
        if self._app is not None:
            self._app.focusWindowChanged.disconnect(self.watch_window)
            self._app = None
        if self._input_watch is not None:
            self._input_watch.deleteLater()  # Qt drops a deleted object from every filter list
            self._input_watch = None

    def user_acted(self) -> None:
        self.last_input = self._clock()

    def check(self) -> None:
        """Collect the generations whose counts crossed their thresholds, as automatic gc does;
        a full collection only when the user is quiet."""
        self.watch_every_window()  # a pop-up shown since the last check
        gc = self._gc
        counts = gc.get_count()
        if counts[0] <= self._threshold[0]:
            return
        if self.worker_busy() and counts[0] < self.BUSY_LIMIT:
            # The worker's objects in flight (the national count builds a few hundred thousand)
            # count as new: a collection now would walk them all, alive, for nothing (0.3 s at
            # 20,000 areas). Once its job is done they are freed and the walk is short.
            self.waited_for_worker += 1
            return
        generation = 0
        if counts[1] > self._threshold[1]:
            generation = 1
            if counts[2] > self._threshold[2]:
                if self._clock() - self.last_input >= self.QUIET_S:
                    generation = 2
                else:
                    self.full_collections_waiting += 1
        gc.collect(generation)

    def settle_after_start(
        self, app: QObject, worker_busy: Callable[[], bool] | None = None
    ) -> None:
        """When the main window has taken over (not before the first window: building the event
        types' enum costs start time): freeze the start's objects, watch for input, and collect
        between the database worker's jobs (`worker_busy`), not during them."""
        self.freeze_what_the_start_made()
        if worker_busy is not None:
            self.worker_busy = worker_busy
        if self._input_watch is None:
            self.watch_input(app)

    def freeze_what_the_start_made(self) -> None:
        """Once, when the main window has taken over: move every object the start made (the
        imported modules, the ORM's mappings, the window's widgets: ~100,000 objects) out of the
        collector's sight with `gc.freeze()`; collections then walk only what was made since.

        No collection first: at 5,000 areas it found 296 garbage objects among 104,000 and took
        40-200 ms on the GUI thread (longer while the worker counts the overview), a frozen
        window just as the user starts to work; freezing those few hundred costs some kilobytes.
        (Start objects that become garbage later are freed by reference counting as usual; only
        cycles among them would wait for the process end.)"""
        self._gc.freeze()


_COLLECTOR: MainThreadGarbageCollector | None = None


def collect_garbage_on_the_gui_thread() -> MainThreadGarbageCollector:
    """Install the collector once, after the QApplication exists, from the GUI thread."""
    global _COLLECTOR
    if _COLLECTOR is None:
        _COLLECTOR = MainThreadGarbageCollector()
    return _COLLECTOR
