"""Förhandsgranska: one area's checklist, inspection form or role cards, as it will print.

The PDF is built by the reports code on the database worker (the window stays live) and its pages
are rendered by PDFium (`pdf_document.py`, `pdf_view.py`), so what the user sees is the very file
that is saved or printed. Printing paints each PDF page 1:1 onto A4 (no "fit to page" shrinking):
the 14 pt items and 6 mm checkboxes measured by the report tests stay that size on paper.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.reports import batch, kinds
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import file_dialogs
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.pdf_document import PdfPages, page_image
from trygghetsapp.ui.pdf_view import PdfPagesView, ZoomMode
from trygghetsapp.ui.screen_fit import fit_to_screen, show_shortcut
from trygghetsapp.ui.tasks import Cancelled

PRINT_STRIPS = 16
"""A page is rendered and drawn to the printer in this many strips (see `strips`)."""

MAX_PRINT_DPI = 300
"""Pages are rasterised for the printer at most at this resolution: sharp text on paper, and an
A4 page stays about 35 MB of pixels even when the driver reports 1200 dpi."""


def kind_labels() -> list[tuple[str, str]]:
    """(code, Swedish name) of each document kind, translated when shown."""
    return [
        ("checklist", QApplication.translate("print_preview", "Krischecklista")),
        ("inventory", QApplication.translate("print_preview", "Inventeringsprotokoll")),
        ("rolecards", QApplication.translate("print_preview", "Rollkort")),
    ]


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait, whole sheet: the PDF carries its own margins (>= 15 mm, wider than any
    printer's unprintable edge), so nothing is added or scaled."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)


def chosen_pages(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """The 0-based pages the print dialog asked for: all, a range (1-based in Qt), or the
    page on screen."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [min(max(current, 0), page_count - 1)] if page_count else []
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def strips(
    painter: QPainter,
    image: QImage,
    scale: float,
    render_rows: Callable[[int, int], object] | None = None,
) -> Iterator[None]:
    """Draw `image` scaled by `scale` at the origin, one horizontal strip per step, each strip's
    rows first filled by `render_rows(top, rows)`.

    One drawImage of a whole 300 dpi page takes about 0.2 s while the print engine encodes it,
    and rendering it about 30 ms; strips let the event loop run in between, so the window keeps
    repainting. Strip edges are rounded to whole device pixels and meet exactly, so no hairline
    shows between them.
    """
    height = image.height()
    step = max(1, -(-height // PRINT_STRIPS))
    for top in range(0, height, step):
        bottom = min(top + step, height)
        if render_rows is not None:
            render_rows(top, bottom - top)
        y0, y1 = round(top * scale), round(bottom * scale)
        painter.drawImage(
            QRectF(0, y0, image.width() * scale, y1 - y0),
            image,
            QRectF(0, top, image.width(), bottom - top),
        )
        yield


def print_steps(
    document: PdfPages, printer: QPrinter, painter: QPainter, pages: Sequence[int]
) -> Iterator[int]:
    """Paint `pages` of `document` onto the printer, one sheet each, a small step at a time;
    yields the percent done so far."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    scale = printer.resolution() / 72  # device pixels per PDF point
    for number, page in enumerate(pages):
        if number:
            printer.newPage()
        points = document.page_size(page)
        image = page_image(
            QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        )
        render_rows = partial(document.render_rows, page, image, printing=True)
        # Same physical size as the PDF page (A4 on A4), from the sheet's corner.
        for _ in strips(painter, image, points.width() * scale / image.width(), render_rows):
            yield 100 * number // len(pages)
    yield 100


class PrintJob(QObject):
    """Sends pages to a printer on the GUI thread, one small step per event-loop turn.

    Not on the database worker: painting a QPrinter from the worker thread while the preview
    repaints deadlocked once in the test suite (worker inside drawImage, GUI thread waiting).
    Steps of a strip each keep the window live without any thread at all.
    """

    finished = Signal(int)
    failed = Signal(object)

    def __init__(self, data: bytes, printer: QPrinter, pages: Sequence[int], parent: QObject):
        super().__init__(parent)
        self.pages = list(pages)
        self.printer = printer
        self.data = data
        self.document: PdfPages | None = None  # opened when printing starts
        self.painter = QPainter()
        self.steps: Iterator[int] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)
        self._progress: Callable[[int], None] = lambda _percent: None

    def start(self, progress: Callable[[int], None]) -> None:
        self._progress = progress
        if not self.pages:
            self._finish(0)
            return
        self.document = PdfPages(self.data)
        if not self.painter.begin(self.printer):
            self._fail(
                DomainError(
                    "printer", "skrivaren kunde inte startas", "the printer could not be started"
                )
            )
            return
        self.steps = print_steps(self.document, self.printer, self.painter, self.pages)
        self.timer.start()

    def cancel(self) -> None:
        """Avbryt: the native print engines (Windows) drop the job; Qt's PDF engine cannot
        abort (abort() returns False and end() still writes the pages drawn so far), so a
        print-to-file output is removed instead of being left half written."""
        if self.steps is None:
            return
        aborted = self.printer.abort()
        self._fail(Cancelled())
        output = self.printer.outputFileName()
        if not aborted and output:
            Path(output).unlink(missing_ok=True)

    def _step(self) -> None:
        assert self.steps is not None
        try:
            self._progress(next(self.steps))
        except StopIteration:
            self._finish(len(self.pages))
        except Exception as error:
            self.printer.abort()
            self._fail(error)

    def _close(self) -> None:
        self.timer.stop()
        self.steps = None
        if self.painter.isActive():
            self.painter.end()
        if self.document is not None:
            self.document.close()
            self.document = None

    def _finish(self, sheets: int) -> None:
        self._close()
        self.finished.emit(sheets)

    def _fail(self, error: BaseException) -> None:
        self._close()
        self.failed.emit(error)


class PrintPreviewDialog(QDialog):
    """Preview of one area's document with kind chooser, page navigation, zoom, save and print."""

    def __init__(
        self,
        context: AppContext,
        area_id: str,
        kind: str = "checklist",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.context = context
        self.door = context.door
        self.area_id = area_id
        self.area_name = ""
        """For the title and the suggested file name; read with the first build."""
        self.data: bytes | None = None
        self.printed: int | None = None
        self._printer: QPrinter | None = None
        self._generation = 0
        self._closed = False
        self.setWindowTitle(self.tr("Förhandsgranska"))

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindBox")
        for code, label in kind_labels():
            self.kind_box.addItem(label, code)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind), 0))
        self.kind_box.currentIndexChanged.connect(lambda _i: self.build())
        kind_label = QLabel(self.tr("&Dokument:"))
        kind_label.setBuddy(self.kind_box)

        self.previous_button = QPushButton(self.tr("Föregående sida"))
        self.next_button = QPushButton(self.tr("Nästa sida"))
        self.page_box = QSpinBox()
        self.page_box.setObjectName("pageBox")
        self.page_box.setAccessibleName(self.tr("Sida"))
        self.page_count_label = QLabel()
        self.zoom_box = QComboBox()
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.addItem(self.tr("Anpassa till bredd"), "width")
        self.zoom_box.addItem(self.tr("Hela sidan"), "page")
        for percent in (50, 75, 100, 125, 150, 200):
            self.zoom_box.addItem(f"{percent} %", percent / 100)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_box.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.zoom_box.currentIndexChanged.connect(lambda _i: self._apply_zoom())
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.zoom_step(step))

        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_box)
        top.addSpacing(16)
        top.addWidget(self.previous_button)
        top.addWidget(QLabel(self.tr("Sida")))
        top.addWidget(self.page_box)
        top.addWidget(self.page_count_label)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.zoom_box)

        self.document: PdfPages | None = None
        self.view = PdfPagesView()
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Förhandsgranskning"))
        self.view.currentPageChanged.connect(self._page_changed)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")

        # Both keys work: the underlined letter (Alt+S, Alt+U) and Ctrl+S, Ctrl+P.
        self.save_button = QPushButton(self.tr("&Spara PDF…"))
        show_shortcut(self.save_button, QKeySequence(QKeySequence.StandardKey.Save))
        self.print_button = QPushButton(self.tr("Skriv &ut…"))
        show_shortcut(self.print_button, QKeySequence(QKeySequence.StandardKey.Print))
        close_button = QPushButton(self.tr("Stäng"))
        close_button.setToolTip(self.tr("Stäng (Esc)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(self.print_document)
        close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.finished.connect(self._on_finished)
        fit_to_screen(self, 900, 1000)
        self._apply_zoom()
        self.build()

    # -- building on the worker ----------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def build(self) -> None:
        """Ask the worker for the PDF of the chosen kind; a newer request wins over an older."""
        self._generation += 1
        generation = self._generation
        self.data = None
        self._set_ready(False)
        self.status.setText(self.tr("Skapar PDF…"))
        pdf = ops.area_pdf(self.area_id, self.kind())
        name = ops.get_area(self.area_id)
        self.door.query(
            lambda database: (name(database).name, pdf(database)),
            lambda built: self._built(generation, *built),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _built(self, generation: int, area_name: str, data: bytes) -> None:
        if self._closed or generation != self._generation:
            return
        if area_name != self.area_name:
            self.area_name = area_name
            self.setWindowTitle(self.tr("Förhandsgranska – %1").replace("%1", area_name))
        try:
            document = PdfPages(data)
        except Exception as error:
            self._failed(generation, error)
            return
        old, self.document, self.data = self.document, document, data
        self.view.setDocument(document)
        if old is not None:
            old.close()
        count = self.page_count()
        self.page_box.setRange(1, max(count, 1))
        self.page_count_label.setText(self.tr("av %1").replace("%1", str(count)))
        self.status.setText(
            self.tr("1 sida") if count == 1 else self.tr("%1 sidor").replace("%1", str(count))
        )
        self._set_ready(count > 0)
        self.go_to(0)

    def _failed(self, generation: int, error: BaseException) -> None:
        if self._closed or generation != self._generation:
            return
        self.status.setText(self.tr("PDF:en kunde inte skapas."))
        if isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.save_button, self.print_button, self.page_box):
            widget.setEnabled(ready)
        self.previous_button.setEnabled(ready)
        self.next_button.setEnabled(ready)

    def _on_finished(self, _result: int) -> None:
        """Closed: PDFium's copy of the document and the page images are freed at once."""
        self._closed = True
        self.view.setDocument(None)
        self._close_document()

    def _close_document(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None

    # -- navigation and zoom -------------------------------------------------------------
    def page_count(self) -> int:
        """Pages of the document shown; 0 while a new one is being built."""
        if self.document is None or self.data is None:
            return 0
        return self.document.page_count()

    def current_page(self) -> int:
        return self.view.currentPage()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if not count:
            return
        page = min(max(page, 0), count - 1)
        if page != self.current_page():
            self.view.jump(page)
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)

    def zoom_step(self, step: int) -> None:
        """Ctrl++ / Ctrl+-: the next fixed zoom step up or down from what is shown now."""
        factors = [self.zoom_box.itemData(i) for i in range(self.zoom_box.count())]
        fixed = [(i, f) for i, f in enumerate(factors) if isinstance(f, float)]
        now = self.view.zoomFactor()
        if step > 0:
            bigger = [i for i, f in fixed if f > now + 0.01]
            target = bigger[0] if bigger else fixed[-1][0]
        else:
            smaller = [i for i, f in fixed if f < now - 0.01]
            target = smaller[-1] if smaller else fixed[0][0]
        self.zoom_box.setCurrentIndex(target)

    def _apply_zoom(self) -> None:
        choice = self.zoom_box.currentData()
        if choice == "width":
            self.view.setZoomMode(ZoomMode.FIT_TO_WIDTH)
        elif choice == "page":
            self.view.setZoomMode(ZoomMode.FIT_IN_VIEW)
        else:
            self.view.setZoomFactor(float(choice))
            self.view.setZoomMode(ZoomMode.CUSTOM)

    # -- save and print ------------------------------------------------------------------
    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = kinds.kind(self.kind()).file_stem
        return Path(folder or Path.home()) / f"{stem}-{batch.slug(self.area_name)}.pdf"

    def save(self, path: Path | None = None) -> Path | None:
        """Spara PDF…: the previewed bytes, written atomically; returns the file or None."""
        if self.data is None:
            return None
        if path is None:
            name = file_dialogs.save_file_name(
                self, self.tr("Spara PDF"), str(self.default_path()), self.tr("PDF-filer (*.pdf)")
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            batch.save_pdf(path, self.data)
        except DomainError as error:
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
            return None
        self.status.setText(self.tr("Sparad: %1").replace("%1", str(path)))
        return path

    def print_document(self) -> None:
        """Skriv ut…: the system print dialog, then the chosen pages 1:1 on A4."""
        if self.data is None:
            return
        printer = self.make_printer()
        prepare_printer(printer)
        printer.setDocName(f"{self.kind_box.currentText()} – {self.area_name}")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Skriv ut"))
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def make_printer(self) -> QPrinter:
        """The system's default printer at full resolution (tests substitute a PDF file)."""
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def print_to(self, printer: QPrinter) -> QProgressDialog | None:
        """Print on an already chosen printer (the dialog's, or a PDF file in tests).

        The pages are rendered and sent on the GUI thread, a strip per event-loop turn
        (`PrintJob`), with a progress bar and Avbryt;
        `printed` holds the number of sheets once done (None while printing or after a failure).
        """
        if self.data is None:
            return None
        prepare_printer(printer)
        pages = chosen_pages(printer, self.page_count(), self.current_page())
        data = self.data
        self.printed = None
        self._printer = printer  # alive until the job is done
        self.print_button.setEnabled(False)
        progress = QProgressDialog(self.tr("Skriver ut…"), self.tr("Avbryt"), 0, 100, self)
        progress.setWindowTitle("Trygghetsapp")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        job = PrintJob(data, printer, pages, self)
        progress.canceled.connect(job.cancel)
        job.finished.connect(progress.close)
        job.finished.connect(self._print_done)
        job.failed.connect(progress.close)
        job.failed.connect(self._print_failed)
        progress.job = job  # type: ignore[attr-defined]
        progress.show()
        job.start(progress.setValue)
        return progress

    def _print_done(self, printed: int) -> None:
        self.printed = printed
        self._printer = None
        if self._closed:
            return
        self.print_button.setEnabled(True)
        self.status.setText(
            self.tr("1 sida skickad till skrivaren.")
            if printed == 1
            else self.tr("%1 sidor skickade till skrivaren.").replace("%1", str(printed))
        )

    def _print_failed(self, error: BaseException) -> None:
        self._printer = None
        if self._closed:
            return
        self.print_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Utskriften avbröts."))
        elif isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)
