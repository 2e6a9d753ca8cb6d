"""Printing stored PDFs: pages rendered with pypdfium2 to images, painted onto a QPrinter.

QPainter on a QPrinter or QImage may run outside the GUI thread (Qt "Painting in threads"),
so batch printing runs in the worker pool and reports progress through a signal; only the
preview dialog paints on the GUI thread, from images rendered beforehand in the pool.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

PRINT_DPI = 300
PREVIEW_DPI = 150


def printer_names() -> list[str]:
    """The printers this workstation can print to. Qt's print and preview dialogs must not
    be opened without one: QPrintPreviewDialog then crashes the whole process."""
    return [name for name in QPrinterInfo.availablePrinterNames() if name]


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF already has its margins
    return printer


def _to_qimage(pil_image: Image.Image) -> QImage:
    rgb = pil_image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    img = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return img.copy()  # own the pixels (data is a temporary bytes object)


def pdf_page_images(data: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of a PDF as a QImage (safe to call in a worker thread)."""
    doc = pdfium.PdfDocument(data)
    try:
        return [_to_qimage(doc[i].render(scale=dpi / 72).to_pil()) for i in range(len(doc))]
    finally:
        doc.close()


def _draw_page(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    area = printer.pageLayout().fullRectPixels(printer.resolution())
    size = QSize(image.width(), image.height()).scaled(area.size(), _keep_aspect())
    x = area.x() + (area.width() - size.width()) / 2
    y = area.y() + (area.height() - size.height()) / 2
    painter.drawImage(QRectF(x, y, size.width(), size.height()), image)


def _keep_aspect() -> Qt.AspectRatioMode:
    return Qt.AspectRatioMode.KeepAspectRatio


def paint_pages(printer: QPrinter, images: list[QImage]) -> None:
    """Paint already rendered pages (used by QPrintPreviewDialog.paintRequested)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            _draw_page(painter, printer, image)
    finally:
        painter.end()


def print_pdfs(printer: QPrinter, pdfs: Iterable[bytes], total: int,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, dpi: int = PRINT_DPI) -> int:
    """Print many PDFs as one job, page by page (one page in memory at a time).
    Returns the number of documents printed; stops early when cancelled() is true."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    done, first = 0, True
    try:
        for data in pdfs:
            if cancelled and cancelled():
                break
            doc = pdfium.PdfDocument(data)
            try:
                for i in range(len(doc)):
                    if not first:
                        printer.newPage()
                    first = False
                    _draw_page(painter, printer, _to_qimage(doc[i].render(scale=dpi / 72).to_pil()))
            finally:
                doc.close()
            done += 1
            if progress:
                progress(done, total)
    finally:
        painter.end()
    log.info("printed %d of %d documents", done, total)
    return done
