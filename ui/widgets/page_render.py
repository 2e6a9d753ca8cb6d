"""Rendering document pages to QImage off the GUI thread (pypdfium2 for PDF, Pillow for
images). PDFium is not thread-safe, so every PDFium call holds one lock; QImage (unlike
QPixmap) may be made in any thread."""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:  # Pillow is imported when a page is rendered
    from PIL import Image

log = logging.getLogger(__name__)

_PDFIUM = threading.Lock()
MAX_SIDE = 6000  # pixels: a zoomed page larger than this is refused, not allocated


@dataclass(frozen=True)
class PageLayout:
    sizes: tuple[tuple[float, float], ...]   # page width, height in points (1/72 in)


def layout(media_type: str, data: bytes) -> PageLayout:
    if media_type == "application/pdf":
        import pypdfium2 as pdfium

        with _PDFIUM:
            doc = pdfium.PdfDocument(data)
            try:
                sizes = [doc.get_page_size(i) for i in range(len(doc))]
                return PageLayout(tuple((float(w), float(h)) for w, h in sizes))
            finally:
                doc.close()
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        return PageLayout(((float(im.width), float(im.height)),))  # an image pixel = one point at 100%


def _to_qimage(pil: Image.Image) -> QImage:
    pil = pil.convert("RGBA")
    raw = pil.tobytes("raw", "RGBA")
    return QImage(raw, pil.width, pil.height, 4 * pil.width, QImage.Format.Format_RGBA8888).copy()


def render(media_type: str, data: bytes, page: int, scale: float, rotation: int = 0) -> QImage:
    """Page `page` at `scale` (1.0 = 72 dpi) turned clockwise by `rotation` degrees."""
    rotation %= 360
    if media_type == "application/pdf":
        import pypdfium2 as pdfium

        with _PDFIUM:
            doc = pdfium.PdfDocument(data)
            try:
                pg = doc[page]
                w, h = pg.get_size()
                if max(w, h) * scale > MAX_SIDE:
                    scale = MAX_SIDE / max(w, h)
                pil = pg.render(scale=scale, rotation=rotation).to_pil()
                pg.close()
            finally:
                doc.close()
        return _to_qimage(pil)
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        im.load()
        w, h = im.size
        scale = min(scale, MAX_SIDE / max(w, h))
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        pil = im.convert("RGB").resize(size, Image.Resampling.LANCZOS)
        if rotation:
            pil = pil.rotate(-rotation, expand=True)
        return _to_qimage(pil)
