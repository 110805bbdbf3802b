"""Long work (import, demo load, later PDF batches and sync) on one database worker thread.

DESIGN.md rule 3: a single worker thread for database work, results delivered on the GUI thread
through queued signals; never `processEvents()`. A thread pool with one thread gives exactly that.
The work function receives a `Progress` it calls with 0-100; when the user presses Cancel the next
call raises `Cancelled`, which unwinds the service's unit of work so nothing is half written.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside the work function when the user pressed Cancel."""


class Progress:
    """Handed to the work function: report percent done; raises `Cancelled` once cancelled."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def __call__(self, percent: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._signals.progress.emit(max(0, min(100, int(percent))))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(object)


def _run_job(work: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
    """The body of one job on the worker thread.

    Handed to QThreadPool as a plain callable, not as a QRunnable subclass with autoDelete:
    there C++ deletes the runnable after run() while its Python wrapper may still sit in a
    reference cycle, and the garbage collector may free it a second time (a known PySide
    hazard, and our suspect for a rare segfault "Garbage-collecting" seen in the test suite).
    """
    try:
        try:
            result = work(progress)
        except BaseException as error:
            signals.failed.emit(error)
        else:
            signals.finished.emit(result)
    except RuntimeError:
        pass  # the receiver is gone (the window closed while the job ran): nobody to tell


class DatabaseWorker(QObject):
    """One thread for all background database work: SQLite has one writer, so one worker."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._keep: set[_Signals] = set()

    def submit(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int], None] | None = None,
    ) -> Progress:
        signals = _Signals()
        self._keep.add(signals)
        progress = Progress(signals)

        def release(_: object) -> None:
            self._keep.discard(signals)

        signals.finished.connect(on_done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(on_error, Qt.ConnectionType.QueuedConnection)
        signals.finished.connect(release, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(release, Qt.ConnectionType.QueuedConnection)
        if on_progress is not None:
            signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        self._pool.start(functools.partial(_run_job, work, signals, progress))
        return progress

    def wait(self, msecs: int = -1) -> bool:
        """For shutdown: let a running job end before the database closes."""
        return bool(self._pool.waitForDone(msecs))


def run_with_progress(
    worker: DatabaseWorker,
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    cancellable: bool = True,
) -> QProgressDialog:
    """A modal progress dialog (the GUI stays live and repaints) over a worker job."""
    dialog = QProgressDialog(title, "", 0, 100, parent)
    dialog.setWindowTitle("Trygghetsapp")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("tasks", "Avbryt"))
    else:
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # 6.8's stubs: no Optional
        dialog.setRange(0, 0)

    def done(result: Any) -> None:
        dialog.close()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        on_error(error)

    progress = worker.submit(work, done, failed, dialog.setValue)
    dialog.canceled.connect(progress.cancel)
    dialog.job = progress  # type: ignore[attr-defined]  # keeps the cancel target alive
    dialog.show()
    return dialog
