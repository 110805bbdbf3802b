"""PDF pages as QImages, rendered by PDFium through pypdfium2.

Why not QtPdf: the PySide6-Pdf wheel exists only as 6.12.0 and pins the binding to that release,
which loses a reference to True/None on every Python `Signal.emit` (docs/architecture.md). PDFium
is the renderer QtPdf wraps anyway, so the preview shows and the printer gets the same pixels.

pypdfium2 is imported when the first document is opened, not with this module: the main window
starts without it (about 30 ms and a 8 MB library). PDFium is not thread-safe, so documents are
opened, rendered and closed on the GUI thread only (the preview and `PrintJob` both live there).
"""

from __future__ import annotations

import ctypes
from types import ModuleType
from typing import Any

from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QImage

IMAGE_FORMAT = QImage.Format.Format_ARGB32_Premultiplied
"""PDFium's BGRA bytes are Qt's 0xAARRGGBB words on a little-endian machine (every platform Qt 6
ships wheels for); on an opaque white background every pixel has alpha 255, so the straight
values are also the premultiplied ones, the format Qt paints fastest."""


def page_image(size: QSize) -> QImage:
    """An image for `PdfPages.render_rows` to draw a page into. Its pixels are undefined until
    then: each band is whitened as it is rendered, because filling a 57 MB image at once costs
    30 ms and more (the memory is touched for the first time)."""
    return QImage(size, IMAGE_FORMAT)


def _pdfium() -> tuple[ModuleType, ModuleType]:
    """pypdfium2 and its raw C API, imported on first use."""
    import pypdfium2
    import pypdfium2.raw

    return pypdfium2, pypdfium2.raw


class PdfPages:
    """One PDF in memory: its page count, page sizes in points, and pages rendered to images."""

    def __init__(self, data: bytes) -> None:
        pdfium, raw = _pdfium()
        self._raw = raw
        self._document: Any = pdfium.PdfDocument(data)
        self._sizes = [
            QSizeF(*self._document.get_page_size(index)) for index in range(len(self._document))
        ]

    def page_count(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> QSizeF:
        """The page's size in PDF points (1/72 inch)."""
        return QSizeF(self._sizes[index])

    def render(self, index: int, size: QSize, printing: bool = False) -> QImage:
        """Page `index` scaled to exactly `size` pixels, on white, in one go."""
        image = page_image(size)
        self.render_rows(index, image, 0, image.height(), printing)
        return image

    def render_rows(
        self, index: int, image: QImage, top: int, rows: int, printing: bool = False
    ) -> None:
        """Draw rows `top` to `top + rows` of page `index`, scaled to the whole `image`, into
        those rows of `image` (from `page_image`), on white.

        A band at a time lets the GUI thread render a big page (57 MB at 200 % on a 2x screen,
        about 50 ms in one go) in steps of a few milliseconds. PDFium draws straight into the
        image's own memory, no copy. `printing` renders as for paper (PDFium's print flag).
        """
        raw = self._raw
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        rows = min(rows, height - top)
        if rows <= 0:
            return
        pixels = (ctypes.c_ubyte * (stride * rows)).from_buffer(image.bits(), top * stride)
        flags = raw.FPDF_ANNOT | (raw.FPDF_PRINTING if printing else 0)
        bitmap = raw.FPDFBitmap_CreateEx(width, rows, raw.FPDFBitmap_BGRA, pixels, stride)
        page = self._document[index]
        try:
            raw.FPDFBitmap_FillRect(bitmap, 0, 0, width, rows, 0xFFFFFFFF)  # opaque white
            raw.FPDF_RenderPageBitmap(bitmap, page.raw, 0, -top, width, height, 0, flags)
        finally:
            raw.FPDFBitmap_Destroy(bitmap)
            page.close()
            del pixels

    def close(self) -> None:
        """Free PDFium's copy of the document now rather than at garbage collection."""
        self._document.close()
        self._sizes = []
