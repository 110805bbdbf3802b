"""Print preview, Spara PDF, Skriv ut and the batch export, driven through the window."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPushButton

from trygghetsapp.reports import batch
from trygghetsapp.services import areas
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import file_dialogs
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.batch_export import BatchExportDialog
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.pdf_document import PdfPages
from trygghetsapp.ui.pdf_view import PdfPagesView
from trygghetsapp.ui.print_preview import PrintPreviewDialog
from trygghetsapp.ui.tasks import Progress, _Signals

from .conftest import child_env


@pytest.fixture(autouse=True)
def _previews_closed(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test its previews are closed as with Stäng, which frees their PDF documents
    (left open, pypdfium2 names each one on stderr at exit)."""
    # Asked for here, so that this teardown runs before the window's.
    window = request.getfixturevalue("window") if "window" in request.fixturenames else None
    yield
    if window is not None:
        for dialog in window.findChildren(PrintPreviewDialog):
            dialog.reject()


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _open_preview(qtbot: Any, window: MainWindow) -> PrintPreviewDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    dialog = window.findChild(PrintPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=15000)
    return dialog


def test_preview_shows_every_page_of_the_chosen_kind(qtbot: Any, window: MainWindow) -> None:
    assert window.area_id is not None
    dialog = _open_preview(qtbot, window)
    db = window.context.database
    expected = _pages(batch.area_pdf(db, window.area_id, "checklist"))
    assert expected > 1
    assert dialog.page_count() == expected
    assert dialog.page_count_label.text() == f"av {expected}"
    assert dialog.windowTitle().endswith(areas.get_area(db, window.area_id).name)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == 1 and dialog.page_box.value() == 2
    dialog.page_box.setValue(expected)
    assert dialog.current_page() == expected - 1
    assert not dialog.next_button.isEnabled()
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(1.0))
    assert dialog.view.zoomFactor() == pytest.approx(1.0)

    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("rolecards"))
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=15000)
    assert dialog.page_count() == _pages(batch.area_pdf(db, window.area_id, "rolecards"))
    assert dialog.current_page() == 0
    dialog.reject()


def _dark_pixels(image: QImage, area: QRect) -> int:
    """Pixels in `area` darker than mid grey: text and rules, none on a blank page."""
    return sum(
        1
        for y in range(area.top(), area.bottom(), 4)
        for x in range(area.left(), area.right(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )


def test_preview_renders_the_page_in_view_at_true_size(qtbot: Any, window: MainWindow) -> None:
    dialog = _open_preview(qtbot, window)
    view = dialog.view
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(1.0))
    # 100 % is the page's true size on screen: A4 is 595 x 842 points, 1/72 inch each.
    a4 = QSize(round(595.28 * view.logicalDpiX() / 72), round(841.89 * view.logicalDpiY() / 72))
    assert view.pageRect(0).size() == a4
    qtbot.waitUntil(lambda: 0 in view.renderedPages())
    shot = view.viewport().grab().toImage()
    assert shot.size() == view.viewport().size() * view.devicePixelRatioF()
    page = view.pageRect(0).translated(-view.horizontalScrollBar().value(), 0)
    assert _dark_pixels(shot, page.intersected(shot.rect())) > 200  # the page's text is drawn
    assert _dark_pixels(shot, QRect(0, 0, max(page.left() - 1, 1), shot.height())) == 0


def test_a_page_drawn_band_by_band_is_the_page_drawn_at_once(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The view renders a big page a band per event-loop turn; the result is the same picture.
    PDFium's anti-aliasing may differ where a band edge clips a path: by a shade, or more in the
    row beside the edge when a rule lies on it (the checklist's page 1 has one at this size),
    never anywhere else."""
    bands: list[tuple[int, int]] = []
    real = PdfPages.render_rows

    def counted(self: PdfPages, index: int, image: QImage, top: int, rows: int, *more: Any) -> None:
        bands.append((top, rows))
        real(self, index, image, top, rows, *more)

    monkeypatch.setattr(PdfPagesView, "BAND_PIXELS", 100_000)
    monkeypatch.setattr(PdfPages, "render_rows", counted)
    dialog = _open_preview(qtbot, window)
    qtbot.waitUntil(lambda: 0 in dialog.view.renderedPages())
    drawn = dialog.view._images[0]
    assert len(bands) >= drawn.height() * drawn.width() // 100_000  # several turns, not one
    assert dialog.document is not None
    whole = dialog.document.render(0, drawn.size())
    assert bytes(whole.constBits()) != bytes(QImage(drawn.size(), whole.format()).constBits())
    stride = whole.bytesPerLine()
    differences = [
        (offset // stride, abs(a - b))
        for offset, (a, b) in enumerate(zip(whole.constBits(), drawn.constBits(), strict=True))
        if a != b
    ]
    assert len(differences) < whole.sizeInBytes() // 100
    edges = {top + rows for top, rows in bands}
    strong = [row for row, difference in differences if difference > 8]
    assert len(strong) <= whole.width() // 4  # a few pixels of a rule, not a row of text
    assert all(row in edges or row + 1 in edges for row in strong)  # either side of an edge


def test_the_current_page_follows_scrolling_and_zoom_keeps_it(
    qtbot: Any, window: MainWindow
) -> None:
    dialog = _open_preview(qtbot, window)
    view = dialog.view
    view.verticalScrollBar().setValue(view.pageRect(2).top())  # the user scrolls to page 3
    assert dialog.current_page() == 2 and dialog.page_box.value() == 3
    assert dialog.previous_button.isEnabled()
    qtbot.waitUntil(lambda: 2 in view.renderedPages())

    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData("page"))  # Hela sidan
    assert view.pageRect(2).height() <= view.viewport().height()
    assert dialog.current_page() == 2
    shown = QRect(0, view.verticalScrollBar().value(), 1, view.viewport().height())
    assert shown.top() <= view.pageRect(2).top() and view.pageRect(2).bottom() <= shown.bottom()
    qtbot.waitUntil(lambda: 2 in view.renderedPages())


def test_pdfium_is_loaded_only_when_a_document_is_shown(tmp_path: Path) -> None:
    """The main window and the dialogs' modules start without PDFium (start-up time)."""
    child = (
        "import sys\n"
        "import trygghetsapp.ui.main_window, trygghetsapp.ui.print_preview\n"
        "import trygghetsapp.ui.batch_export\n"
        "print('pypdfium2' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child],
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False"


def test_save_pdf_writes_the_previewed_document(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_preview(qtbot, window)
    target = tmp_path / "ut" / "checklista"  # no suffix: .pdf is added
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(file_dialogs, "save_file_name", save_name)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = target.with_name("checklista.pdf")
    assert asked and asked[0].endswith(".pdf") and "krischecklista-" in asked[0]
    assert written.read_bytes() == dialog.data
    assert len(PdfReader(written).pages) == dialog.page_count()
    assert sorted(p.name for p in written.parent.iterdir()) == ["checklista.pdf"]
    assert str(written) in dialog.status.text()


def test_print_renders_the_chosen_pages_on_a4(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _open_preview(qtbot, window)
    count = dialog.page_count()

    def printer(name: str) -> QPrinter:
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setResolution(150)  # keeps the test's output small; the page size is what counts
        made.setOutputFileName(str(tmp_path / name))
        return made

    everything = printer("alla.pdf")
    assert dialog.print_to(everything) is not None  # strip by strip, with a progress bar
    qtbot.waitUntil(lambda: dialog.printed is not None, timeout=30000)
    assert dialog.printed == count
    reader = PdfReader(tmp_path / "alla.pdf")
    assert len(reader.pages) == count
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points

    some = printer("sida2-3.pdf")
    some.setPrintRange(QPrinter.PrintRange.PageRange)
    some.setFromTo(2, 3)
    dialog.print_to(some)
    qtbot.waitUntil(lambda: dialog.printed is not None, timeout=30000)
    assert dialog.printed == 2
    assert len(PdfReader(tmp_path / "sida2-3.pdf").pages) == 2


def test_printing_can_be_cancelled(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    dialog = _open_preview(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "avbruten.pdf"))
    progress = dialog.print_to(printer)
    assert progress is not None and not dialog.print_button.isEnabled()
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Avbryt")
    qtbot.waitUntil(lambda: dialog._printer is not None and progress.value() > 0, timeout=30000)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # with pages already drawn
    qtbot.waitUntil(lambda: dialog.status.text() == "Utskriften avbröts.", timeout=30000)
    assert dialog.printed is None and dialog.print_button.isEnabled()
    # Qt's PDF engine cannot abort: the half-drawn file must not be left behind.
    assert not (tmp_path / "avbruten.pdf").exists()


class _CancelAfter(Progress):
    """A worker's progress that presses Avbryt after `areas` areas are done."""

    def __init__(self, areas: int) -> None:
        super().__init__(_Signals())
        self.calls = 0
        self.areas = areas

    def __call__(self, percent: int) -> None:
        super().__call__(percent)
        self.calls += 1
        if self.calls >= self.areas:
            self.cancel()


def _off_the_gui_thread(op: Any, db: Any) -> Any:
    """The door's export op, run as the worker runs it (not on the GUI thread: the guard of
    every GUI test would fail it), cancelled after two areas."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(op, db, _CancelAfter(2)).result(timeout=120)


def _no_partial_files(folder: Path) -> list[Path]:
    files = sorted(folder.iterdir())
    assert [f for f in files if f.suffix != ".pdf" or f.name.startswith(".")] == []
    for path in files:
        assert len(PdfReader(path).pages) >= 1  # every file left is a whole PDF
    return files


def test_batch_export_to_a_folder_cancelled_leaves_only_whole_files(
    window: MainWindow, tmp_path: Path
) -> None:
    db = window.context.database
    ids = [a.id for a in areas.list_areas(db)]
    result = _off_the_gui_thread(ops.export_pdfs(ids, "checklist", tmp_path / "mapp"), db)
    assert result.cancelled and result.total == len(ids)
    files = _no_partial_files(tmp_path / "mapp")
    assert len(files) == len(result.written) == 2 < len(ids)

    combined = tmp_path / "samlad.pdf"
    result = _off_the_gui_thread(ops.export_pdfs(ids, "inventory", combined), db)
    assert result.cancelled and result.written == []
    assert list(tmp_path.glob("*.pdf*")) == [] and not combined.exists()


def test_batch_export_dialog_writes_one_file_per_area_and_a_combined_file(
    qtbot: Any, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    window.actions_[Act.PRINT_BATCH].trigger()
    dialog = window.findChild(BatchExportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.export_button.isEnabled)  # the areas are listed through the door
    total = len(areas.list_areas(window.context.database))
    assert dialog.chosen_radio.isChecked() and dialog.area_ids() == [window.area_id]
    dialog.all_radio.setChecked(True)
    assert len(dialog.area_ids()) == total
    dialog.export(tmp_path / "alla")
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60000)
    assert len(_no_partial_files(tmp_path / "alla")) == total
    assert messages[-1].startswith(f"{total} PDF-filer sparade")

    qtbot.waitUntil(lambda: window.findChild(BatchExportDialog) is None)  # done: it closed
    dialog = window.export_many()
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.all_radio.setChecked(True)
    dialog.combined_radio.setChecked(True)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("rolecards"))
    dialog.export(tmp_path / "rollkort.pdf")
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60000)
    reader = PdfReader(tmp_path / "rollkort.pdf")
    assert len(reader.outline) == total  # one bookmark per area


def test_batch_export_cancelled_from_the_progress_dialog(
    qtbot: Any, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    dialog = window.export_many()
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.all_radio.setChecked(True)
    dialog.export(tmp_path / "mapp")
    assert dialog.progress_dialog is not None
    cancel = next(
        b for b in dialog.progress_dialog.findChildren(QPushButton) if b.text() == "Avbryt"
    )
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the user presses Avbryt at once
    qtbot.waitUntil(lambda: dialog.result_ is not None or dialog.error is not None, timeout=60000)
    assert dialog.result_ is not None and dialog.result_.cancelled
    files = _no_partial_files(tmp_path / "mapp")
    assert len(files) < dialog.result_.total
    assert messages[-1].startswith("Avbrutet.")


def test_skriv_ut_uses_the_print_dialogs_page_range(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_preview(qtbot, window)
    out = tmp_path / "utskrift.pdf"
    shown: list[tuple[int, int]] = []

    def to_file() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setResolution(100)
        printer.setOutputFileName(str(out))
        return printer

    def user_picks_page_2(print_dialog: QPrintDialog) -> QDialog.DialogCode:
        shown.append((print_dialog.minPage(), print_dialog.maxPage()))
        printer = print_dialog.printer()
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog, "make_printer", to_file)
    monkeypatch.setattr(QPrintDialog, "exec", user_picks_page_2)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert shown == [(1, dialog.page_count())]
    qtbot.waitUntil(lambda: dialog.printed is not None, timeout=30000)
    assert len(PdfReader(out).pages) == 1
    assert dialog.status.text() == "1 sida skickad till skrivaren."


def test_zoom_steps_with_the_keyboard(qtbot: Any, window: MainWindow) -> None:
    dialog = _open_preview(qtbot, window)
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(1.0))
    dialog.zoom_step(1)
    assert dialog.view.zoomFactor() == pytest.approx(1.25)
    dialog.zoom_step(-1)
    dialog.zoom_step(-1)
    assert dialog.view.zoomFactor() == pytest.approx(0.75)
    assert dialog.zoom_box.currentText() == "75 %"


def test_checklist_built_again_on_the_worker(qtbot: Any, window: MainWindow) -> None:
    """Each build runs as a new job on the worker's pool thread (a fresh Python thread state).
    With pyproj converting SWEREF 99 TM there, the second checklist crashed the process."""
    dialog = _open_preview(qtbot, window)
    first = dialog.data
    for kind in ("rolecards", "checklist", "inventory", "checklist"):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))
        qtbot.waitUntil(lambda: dialog.data is not None, timeout=15000)
    assert dialog.kind() == "checklist" and dialog.page_count() == _pages(first or b"")
    with io.BytesIO(dialog.data) as again:
        assert "SWEREF 99 TM" in PdfReader(again).pages[0].extract_text()


def test_a_full_stick_is_said_plainly(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    """Spara PDF and the batch export on a full disk: one Swedish sentence, no file left."""
    import errno
    import os

    real_replace = os.replace

    def full(source: Any, target: Any) -> None:
        if str(target).endswith(".pdf"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", full)
    dialog = _open_preview(qtbot, window)
    assert dialog.save(tmp_path / "full.pdf") is None
    assert "det får inte plats" in messages[-1]

    batch_dialog = window.export_many()
    qtbot.waitUntil(batch_dialog.export_button.isEnabled)
    batch_dialog.export(tmp_path / "mapp")
    qtbot.waitUntil(lambda: batch_dialog.error is not None, timeout=30000)
    assert "det får inte plats" in messages[-1]
    assert list(tmp_path.rglob("*.pdf*")) == []  # nothing half written is left behind
