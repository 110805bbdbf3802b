"""A scrolling view of every page of a PDF, top to bottom, with zoom: the preview's page area.

It takes the place of QtPdf's QPdfView (see ui/pdf_document.py for why QtPdf went) and keeps its
behaviour: pages stacked with a small gap on a grey background, a current page that follows
scrolling, fit-to-width, whole-page and fixed zooms, 100 % meaning true size on the screen.

Pages are rendered on the GUI thread (PDFium is not thread-safe) but never inside a paint: a page
not yet rendered at the current size is painted blank (or from its previous, rescaled image), and
a 0 ms timer renders it a band of at most `BAND_PIXELS` per event-loop turn (a page at 100 % on an
ordinary screen is one band of 2-5 ms; at 200 % on a 2x screen it is 15 bands of 3-6 ms instead of
one 50 ms stall), showing it once whole. Scrolling and typing stay answered however much waits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from trygghetsapp.ui.pdf_document import PdfPages, page_image


class ZoomMode(Enum):
    CUSTOM = "custom"
    FIT_TO_WIDTH = "width"
    FIT_IN_VIEW = "page"


@dataclass
class _Rendering:
    """A page being rendered band by band; shown once whole."""

    page: int
    image: QImage
    rows_done: int = 0


class PdfPagesView(QAbstractScrollArea):
    """Every page of a `PdfPages`, stacked; `currentPageChanged` when another page is in view."""

    currentPageChanged = Signal(int)

    MARGIN = 6
    """Pixels between the view's edge and the pages (as QPdfView)."""
    SPACING = 3
    """Pixels between two pages."""
    KEPT_PAGES = 2
    """Rendered pages kept this far beyond the visible ones (scrolling back shows them at
    once); further ones are dropped, so a long document does not hold an image per page."""
    KEPT_BYTES = 256 << 20
    """And no more than this in images besides the visible pages: at 200 % on a 2x screen an A4
    page is 57 MB."""
    BAND_PIXELS = 1_000_000
    """Pixels rendered per event-loop turn (a few milliseconds)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._zoom_mode = ZoomMode.CUSTOM
        self._zoom = 1.0  # shown now
        self._custom_zoom = 1.0  # asked for with setZoomFactor
        self._rects: list[QRect] = []  # each page's place in the whole document, in pixels
        self._images: dict[int, QImage] = {}
        self._rendering: _Rendering | None = None
        self._current = 0
        self._jumping = False
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self._render_next)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Dark)
        self.viewport().setAutoFillBackground(True)

    # -- document ------------------------------------------------------------------------
    def setDocument(self, pages: PdfPages | None) -> None:
        """Show `pages` from its first page (None: an empty view). The caller owns and closes
        the document, after handing the view the next one."""
        self._pages = pages
        self._images.clear()
        self._rendering = None
        self._layout()
        self._scroll_to(0)
        self.horizontalScrollBar().setValue(0)
        self._current = -1
        self._set_current(0)
        self.viewport().update()

    def pageCount(self) -> int:
        return self._pages.page_count() if self._pages is not None else 0

    # -- zoom ----------------------------------------------------------------------------
    def zoomMode(self) -> ZoomMode:
        return self._zoom_mode

    def setZoomMode(self, mode: ZoomMode) -> None:
        self._zoom_mode = mode
        self._relayout_keeping_place()

    def zoomFactor(self) -> float:
        """The zoom shown now (in a fit mode, the one that fits), 1.0 = true size on screen."""
        return self._zoom

    def setZoomFactor(self, factor: float) -> None:
        """A fixed zoom; takes effect in `ZoomMode.CUSTOM`."""
        self._custom_zoom = factor
        self._relayout_keeping_place()

    def _points_to_pixels(self) -> float:
        """Screen pixels per PDF point at 100 %: the screen's logical dpi over 72."""
        return self.logicalDpiY() / 72

    def _fitted_zoom(self) -> float:
        if self._zoom_mode == ZoomMode.CUSTOM or not self.pageCount():
            return self._custom_zoom
        assert self._pages is not None
        unit = self._points_to_pixels()
        sizes = [self._pages.page_size(i) for i in range(self._pages.page_count())]
        widest = max(size.width() for size in sizes) * unit
        tallest = max(size.height() for size in sizes) * unit
        room = self.viewport().size()
        zoom = (room.width() - 2 * self.MARGIN) / widest
        if self._zoom_mode == ZoomMode.FIT_IN_VIEW:
            zoom = min(zoom, (room.height() - 2 * self.MARGIN) / tallest)
        return max(zoom, 0.05)

    # -- pages and scrolling -------------------------------------------------------------
    def currentPage(self) -> int:
        return self._current

    def pageRect(self, page: int) -> QRect:
        """Where `page` lies in the whole scrolled document, in pixels at the current zoom."""
        return QRect(self._rects[page])

    def jump(self, page: int) -> None:
        """Scroll so that `page` starts at the top (as far as the scroll bar goes); it is the
        current page even when the document's end keeps it from reaching the top."""
        if not 0 <= page < len(self._rects):
            return
        self._scroll_to(self._rects[page].top() - self.MARGIN)
        self._set_current(page)

    def _scroll_to(self, value: int) -> None:
        """Scroll by program: the current page is then the caller's to say, not the one that
        happens to fill the view."""
        self._jumping = True
        try:
            self.verticalScrollBar().setValue(value)
        finally:
            self._jumping = False

    def _layout(self) -> None:
        """Page rectangles at the zoom the mode asks for, and the scroll bars' ranges."""
        self._zoom = self._fitted_zoom()
        self._rects = []
        if self._pages is None:
            self._update_scroll_bars(QSize(0, 0))
            return
        scale = self._zoom * self._points_to_pixels()
        sizes = [self._pages.page_size(i) for i in range(self._pages.page_count())]
        widest = max((round(s.width() * scale) for s in sizes), default=0) + 2 * self.MARGIN
        width = max(widest, self.viewport().width())  # narrower pages are centred
        top = self.MARGIN
        for size in sizes:
            page = QSize(round(size.width() * scale), round(size.height() * scale))
            self._rects.append(QRect(QPoint((width - page.width()) // 2, top), page))
            top += page.height() + self.SPACING
        height = top - self.SPACING + self.MARGIN if sizes else 0
        self._update_scroll_bars(QSize(width, height))

    def _update_scroll_bars(self, document: QSize) -> None:
        room = self.viewport().size()
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        jumping, self._jumping = self._jumping, True  # a shorter range moves the bar: not the user
        try:
            vertical.setRange(0, max(document.height() - room.height(), 0))
            horizontal.setRange(0, max(document.width() - room.width(), 0))
        finally:
            self._jumping = jumping
        vertical.setPageStep(room.height())
        vertical.setSingleStep(20)
        horizontal.setPageStep(room.width())
        horizontal.setSingleStep(20)

    def _relayout_keeping_place(self) -> None:
        """Lay out again (zoom or size changed) with the same spot of the current page on top."""
        page = self._current
        fraction = 0.0
        if 0 <= page < len(self._rects):
            rect = self._rects[page]
            fraction = (self.verticalScrollBar().value() + self.MARGIN - rect.top()) / max(
                rect.height(), 1
            )
        self._layout()
        if 0 <= page < len(self._rects):
            rect = self._rects[page]
            self._scroll_to(rect.top() - self.MARGIN + round(fraction * rect.height()))
        self.viewport().update()

    def _visible(self) -> list[int]:
        """Pages that intersect the viewport now, top to bottom."""
        shown = self._shown_area()
        return [i for i, rect in enumerate(self._rects) if rect.intersects(shown)]

    def _shown_area(self) -> QRect:
        origin = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        return QRect(origin, self.viewport().size())

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.currentPageChanged.emit(page)

    def _follow_scrolling(self) -> None:
        """The current page is the one filling most of the view."""
        shown = self._shown_area()
        visible = self._visible()
        if visible:
            most = max(visible, key=lambda i: self._rects[i].intersected(shown).height())
            self._set_current(most)

    # -- Qt events -----------------------------------------------------------------------
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if not self._jumping:
            self._follow_scrolling()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout_keeping_place()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        origin = self._shown_area().topLeft()
        painter.translate(-origin)
        exposed = event.rect().translated(origin)
        ratio = self.devicePixelRatioF()
        wanted: list[int] = []
        for index, rect in enumerate(self._rects):
            if not rect.intersects(exposed):
                continue
            painter.fillRect(rect, Qt.GlobalColor.white)
            image = self._images.get(index)
            if image is not None:
                # A stale image (another zoom) rescaled stands in until the new one is rendered.
                painter.drawImage(QRectF(rect), image)
            if image is None or image.size() != self._pixel_size(rect, ratio):
                wanted.append(index)
        painter.end()
        if wanted and not self._render_timer.isActive():
            self._render_timer.start()

    # -- rendering -----------------------------------------------------------------------
    @staticmethod
    def _pixel_size(rect: QRect, ratio: float) -> QSize:
        return QSize(round(rect.width() * ratio), round(rect.height() * ratio))

    def _render_next(self) -> None:
        """Render the next band of the first visible page that is missing or stale; come back
        next turn while there is one."""
        if self._pages is None:
            return
        ratio = self.devicePixelRatioF()
        visible = self._visible()
        wanted = [i for i in visible if i not in self.renderedPages()]
        if not wanted:
            self._rendering = None
            return
        index = wanted[0]
        size = self._pixel_size(self._rects[index], ratio)
        job = self._rendering
        if job is None or job.page != index or job.image.size() != size:
            job = self._rendering = _Rendering(index, page_image(size))
        rows = max(1, self.BAND_PIXELS // size.width())
        self._pages.render_rows(index, job.image, job.rows_done, rows)
        job.rows_done += rows
        if job.rows_done >= size.height():
            job.image.setDevicePixelRatio(ratio)
            self._images[index] = job.image
            self._rendering = None
            self.viewport().update(self._rects[index].translated(-self._shown_area().topLeft()))
            self._drop_far_images(visible)
        self._render_timer.start()

    def _drop_far_images(self, visible: list[int]) -> None:
        """Forget page images beyond `KEPT_PAGES` of the visible ones, and the farthest first
        while they weigh more than `KEPT_BYTES`."""
        if not visible:
            return
        first, last = visible[0], visible[-1]

        def distance(index: int) -> int:
            return max(first - index, index - last, 0)

        hidden = sorted((i for i in self._images if distance(i)), key=distance, reverse=True)
        weight = sum(self._images[i].sizeInBytes() for i in hidden)
        for index in hidden:
            if distance(index) <= self.KEPT_PAGES and weight <= self.KEPT_BYTES:
                break
            weight -= self._images.pop(index).sizeInBytes()

    def renderedPages(self) -> list[int]:
        """Pages whose image matches the current zoom (for tests and the benchmark)."""
        ratio = self.devicePixelRatioF()
        return sorted(
            index
            for index, image in self._images.items()
            if image.size() == self._pixel_size(self._rects[index], ratio)
        )
