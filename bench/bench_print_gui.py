"""Print preview, Skriv ut and the batch export in the GUI: is the window live while they work?

Measured in-process on offscreen Qt with `demo --scale N` (default 200, env
TRYGGHETSAPP_BENCH_PRINT_SCALE): the preview's time from opening to its first page drawn (per
kind); scrolling the checklist page by page at 200 %, each page waited for until it is drawn;
printing it to a PDF-file QPrinter (on the GUI thread, a strip per event-loop turn); a batch export
of every area to a folder and to one combined PDF. Meanwhile a 10 ms QTimer on the GUI thread
records the gaps between its ticks: a gap is how long a click or repaint would have waited.
Cancelling is pressed after two seconds and timed until the worker has stopped.

    QT_QPA_PLATFORM=offscreen python bench/bench_print_gui.py
"""

from __future__ import annotations

import functools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCALE = int(os.environ.get("TRYGGHETSAPP_BENCH_PRINT_SCALE", "200"))


def main() -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv)
    from trygghetsapp.services import areas
    from trygghetsapp.services.database import open_database
    from trygghetsapp.services.demo import load_demo
    from trygghetsapp.ui.batch_export import BatchExportDialog
    from trygghetsapp.ui.context import AppContext
    from trygghetsapp.ui.print_preview import PrintPreviewDialog
    from trygghetsapp.ui.tasks import DatabaseWorker

    def yes(*_args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        setattr(QMessageBox, name, staticmethod(yes))

    folder = Path(tempfile.mkdtemp(prefix="bench-print-"))
    database = open_database(folder / "bench.sqlite")
    load_demo(database, seed=1, scale=SCALE)
    ids = [a.id for a in areas.list_areas(database)]
    context = AppContext(database)
    worker = DatabaseWorker()

    def wait(done: Callable[[], bool], limit: float = 3600) -> None:
        start = time.perf_counter()
        while not done() and time.perf_counter() - start < limit:
            app.processEvents()
            time.sleep(0.001)

    class Gaps:
        """Gaps between the ticks of a 10 ms timer on the GUI thread."""

        def __init__(self) -> None:
            self.gaps: list[int] = []
            self.clock = QElapsedTimer()
            self.clock.start()
            self.last = 0
            self.timer = QTimer()
            self.timer.timeout.connect(self._tick)
            self.timer.start(10)

        def _tick(self) -> None:
            now = self.clock.elapsed()
            self.gaps.append(now - self.last)
            self.last = now

        def stop(self) -> str:
            self.timer.stop()
            gaps = sorted(self.gaps[1:]) or [0]
            p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
            median = statistics.median(gaps)
            return f"GUI tick gap median {median:.0f} ms, p99 {p99} ms, max {gaps[-1]} ms"

    for kind in ("checklist", "inventory", "rolecards"):
        times = []
        pages = 0
        for _ in range(3):
            start = time.perf_counter()
            shown = PrintPreviewDialog(context, worker, ids[0], kind)
            shown.show()
            wait(functools.partial(lambda d: 0 in d.view.renderedPages(), shown))
            times.append(time.perf_counter() - start)
            pages = shown.page_count()
            shown.reject()
            shown.deleteLater()
        median = statistics.median(times) * 1000
        print(f"preview {kind}: {pages} pages, open to shown {median:.0f} ms")

    dialog = PrintPreviewDialog(context, worker, ids[0], "checklist")
    dialog.resize(900, 1000)
    dialog.show()
    wait(lambda: 0 in dialog.view.renderedPages())
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(2.0))
    wait(lambda: 0 in dialog.view.renderedPages())
    gaps = Gaps()
    start = time.perf_counter()
    for page in range(1, dialog.page_count()):
        dialog.go_to(page)
        wait(functools.partial(lambda p: p in dialog.view.renderedPages(), page))
    elapsed = time.perf_counter() - start
    print(
        f"preview at 200 %: {dialog.page_count() - 1} pages scrolled to and drawn in "
        f"{elapsed:.2f} s; {gaps.stop()}"
    )
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData("width"))
    for dpi in (300, 1200):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setResolution(dpi)
        printer.setOutputFileName(str(folder / f"print-{dpi}.pdf"))
        gaps = Gaps()
        start = time.perf_counter()
        dialog.print_to(printer)
        wait(lambda: dialog.printed is not None)
        elapsed = time.perf_counter() - start
        count = dialog.printed or 1
        print(
            f"print {count} pages, {dpi} dpi printer: {elapsed:.2f} s "
            f"({elapsed / count * 1000:.0f} ms/page); {gaps.stop()}"
        )

    def export(target: Path, cancel_after: float | None) -> None:
        batch = BatchExportDialog(context, worker, None)
        batch.all_radio.setChecked(True)
        batch.combined_radio.setChecked(target.suffix == ".pdf")
        batch.folder_radio.setChecked(target.suffix != ".pdf")
        gaps = Gaps()
        start = time.perf_counter()
        batch.export(target)
        pressed: list[float] = []

        def cancel() -> None:
            pressed.append(time.perf_counter())
            if batch.progress_dialog is not None:
                batch.progress_dialog.canceled.emit()

        if cancel_after is not None:
            QTimer.singleShot(int(cancel_after * 1000), cancel)
        wait(lambda: batch.result_ is not None or batch.error is not None)
        end = time.perf_counter()
        result = batch.result_
        files = len(list(target.glob("*.pdf"))) if target.is_dir() else int(target.exists())
        stopped = f", Avbryt to stopped {(end - pressed[0]) * 1000:.0f} ms" if pressed else ""
        print(
            f"export {len(ids)} areas to {'a folder' if target.suffix != '.pdf' else 'one file'}: "
            f"{end - start:.1f} s, {files} files, cancelled {bool(result and result.cancelled)}"
            f"{stopped}; {gaps.stop()}"
        )

    export(folder / "alla", None)
    export(folder / "avbruten", 2.0)
    export(folder / "samlad.pdf", 2.0)
    worker.wait()
    dialog.reject()
    database.close()


if __name__ == "__main__":
    main()
