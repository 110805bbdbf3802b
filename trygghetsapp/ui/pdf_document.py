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

from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QImage

IMAGE_FORMAT = QImage.Format.Format_ARGB32_Premultiplied
"""PDFium's BGRA bytes are Qt's 0xAARRGGBB words on a little-endian machine (every platform Qt 6
ships wheels for); on an opaque white background every pixel has alpha 255, so the straight
values are also the premultiplied ones, the format Qt paints fastest."""


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
        """Page `index` scaled to exactly `size` pixels, on white.

        PDFium draws straight into the image's own memory (no copy of a 35 MB print page).
        `printing` renders as for paper (PDFium's print flag: annotations meant for print only).
        """
        raw = self._raw
        image = QImage(size, IMAGE_FORMAT)
        image.fill(Qt.GlobalColor.white)
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        pixels = (ctypes.c_ubyte * (stride * height)).from_buffer(image.bits())
        flags = raw.FPDF_ANNOT | (raw.FPDF_PRINTING if printing else 0)
        bitmap = raw.FPDFBitmap_CreateEx(width, height, raw.FPDFBitmap_BGRA, pixels, stride)
        page = self._document[index]
        try:
            raw.FPDF_RenderPageBitmap(bitmap, page.raw, 0, 0, width, height, 0, flags)
        finally:
            raw.FPDFBitmap_Destroy(bitmap)
            page.close()
        del pixels
        return image

    def close(self) -> None:
        """Free PDFium's copy of the document now rather than at garbage collection."""
        self._document.close()
        self._sizes = []
