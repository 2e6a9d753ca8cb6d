"""The decoders that run inside the sanitizer's child process (backoffice.gateway.sanitize):
images decoded with Pillow under our own pixel limit and re-encoded without metadata, PDFs
rendered page by page with pypdfium2 and rebuilt as image-only PDFs by a minimal writer that
emits nothing but page images (no /Info, text, scripts, forms, links or attachments)."""

from __future__ import annotations

import io
import math
import re
import warnings
import zlib
from typing import Any, NamedTuple

from backoffice.gateway.limits import (
    ALLOWED_IMAGES,
    JPEG_QUALITY,
    FileRejected,
    SanitizeLimits,
    clip,
)

# Pillow info keys that describe encoding, not content: not worth an action line.
_TECHNICAL_INFO = set("""dpi jfif jfif_version jfif_unit jfif_density progressive progression adobe
    adobe_transform transparency gamma srgb interlace aspect duration loop background version
    compression resolution chromaticity extension applist exif icc_profile xmp XML:com.adobe.xmp
    mp mpoffset timestamp disposal blend default_image sizes dib_header_size compression_type
    bbox palette lossless transparency_exif""".split())


def _metadata_actions(im: Any) -> list[str]:
    actions = []
    exif = im.getexif()
    if exif or "exif" in im.info:
        gps = " (including GPS location)" if exif.get_ifd(0x8825) else ""
        actions.append(f"removed EXIF metadata{gps}")
    if im.info.get("icc_profile"):
        actions.append("removed ICC colour profile")
    if im.info.get("xmp") or im.info.get("XML:com.adobe.xmp"):
        actions.append("removed XMP metadata")
    other = sorted(k for k in im.info if isinstance(k, str) and k not in _TECHNICAL_INFO)
    if other:
        actions.append("removed other metadata: " + ", ".join(re.sub(r"[^\w .-]", "?", k)[:40]
                                                               for k in other[:10]))
    return actions


def _check_pixels(width: int, height: int, limits: SanitizeLimits, what: str = "image") -> None:
    if width < 1 or height < 1 or width * height > limits.max_pixels:
        raise FileRejected(f"{what} too large: {width}x{height} pixels exceeds the limit of "
                           f"{limits.max_pixels:,} pixels")


def _clean_copy(im: Any) -> Any:
    """Pixels only, in a mode PNG/JPEG can hold: a new image carries no info dict at all."""
    from PIL import Image
    if im.mode == "P" or im.mode == "PA":
        im = im.convert("RGBA" if im.mode == "PA" or "transparency" in im.info else "RGB")
    elif im.mode in ("LA", "La"):
        im = im.convert("LA")
    elif im.mode not in ("1", "L", "RGB", "RGBA", "I;16"):
        im = im.convert("RGBA" if "A" in im.mode or "a" in im.mode else
                        "L" if im.mode in ("I", "F", "I;16B", "I;16L") else "RGB")
    clean = Image.new(im.mode, im.size)
    clean.paste(im)  # one pixel copy, unlike tobytes() + frombytes()
    return clean


def disarm_image(data: bytes, mime: str, limits: SanitizeLimits) -> tuple[bytes, str, str, int, list[str]]:
    from PIL import Image, ImageOps
    Image.MAX_IMAGE_PIXELS = limits.max_pixels
    warnings.simplefilter("error", Image.DecompressionBombWarning)
    fmt = ALLOWED_IMAGES[mime]
    with Image.open(io.BytesIO(data), formats=[fmt]) as im:  # no format guessing
        _check_pixels(*im.size, limits)
        frames = getattr(im, "n_frames", 1)
        actions = [f"decoded {fmt}"]
        if fmt == "TIFF" and frames > 1:
            return _tiff_to_pdf(im, frames, limits)
        if frames > 1:
            actions.append(f"kept only the first of {frames} frames")
        im.load()
        meta = _metadata_actions(im)
        orientation = im.getexif().get(0x0112, 1)
        if orientation in (2, 3, 4, 5, 6, 7, 8):
            actions.append(f"applied EXIF orientation {orientation}")
            clean = _clean_copy(ImageOps.exif_transpose(im))
        else:
            clean = _clean_copy(im)
    out = io.BytesIO()
    if fmt == "JPEG" and clean.mode in ("L", "RGB"):
        clean.save(out, "JPEG", quality=JPEG_QUALITY)
        actions[0] += f" and re-encoded as JPEG (quality {JPEG_QUALITY})"
        media_type, ext = "image/jpeg", "jpg"
    else:
        clean.save(out, "PNG", optimize=False)
        actions[0] += " and re-encoded as PNG"
        media_type, ext = "image/png", "png"
    return out.getvalue(), media_type, ext, 1, actions + meta


def _tiff_to_pdf(im: Any, frames: int, limits: SanitizeLimits) -> tuple[bytes, str, str, int, list[str]]:
    """Multi-page TIFF is how scanners deliver documents: keep every page, as a PDF."""
    if frames > limits.max_pages:
        raise FileRejected(f"TIFF has {frames} pages, more than the limit of {limits.max_pages}")
    pages = []
    for index in range(frames):
        im.seek(index)
        _check_pixels(im.width, im.height, limits, f"TIFF page {index + 1}")
        im.load()
        frame = im.convert("L" if im.mode in ("1", "L", "I;16", "I", "F") else "RGB")
        dpi = im.info.get("dpi") or (limits.dpi, limits.dpi)
        xdpi, ydpi = (float(d) if 10 <= float(d) <= 10_000 else limits.dpi for d in dpi[:2])
        raw = zlib.compress(frame.tobytes(), 6)
        pages.append(_PageImage(raw, "FlateDecode", frame.mode, frame.width, frame.height,
                                frame.width * 72 / xdpi, frame.height * 72 / ydpi))
    actions = [f"decoded {frames} TIFF pages and rebuilt them as an image-only PDF",
               "removed all TIFF tags and metadata"]
    return _image_pdf(pages), "application/pdf", "pdf", frames, actions


def disarm_pdf(data: bytes, mime: str, limits: SanitizeLimits) -> tuple[bytes, str, str, int, list[str]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise FileRejected("PDF is encrypted (password protected)") from None
        raise FileRejected(f"could not open the PDF: {clip(exc)}") from None
    if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1:
        raise FileRejected("PDF is encrypted (permissions password); submit it unprotected")
    count = len(pdf)
    if count == 0:
        raise FileRejected("PDF has no pages")
    if count > limits.max_pages:
        raise FileRejected(f"PDF has {count} pages, more than the limit of {limits.max_pages}")
    # What the original held that the rebuilt PDF no longer has, for the audit trail.
    found = {"JavaScript": pdfium_c.FPDFDoc_GetJavaScriptActionCount(pdf.raw),
             "embedded files": pdf.count_attachments(),
             "interactive form": 1 if pdf.get_formtype() else 0,
             "document metadata": len(pdf.get_metadata_dict(skip_empty=True)),
             "annotations and links": 0}
    scale = limits.dpi / 72
    pages = []
    for index in range(count):
        page = pdf[index]
        width, height = page.get_size()
        _check_pixels(math.ceil(width * scale), math.ceil(height * scale), limits,
                      f"PDF page {index + 1} at {limits.dpi} dpi")
        found["annotations and links"] += pdfium_c.FPDFPage_GetAnnotCount(page.raw)
        # Annotation appearances (filled-in form values, stamps) are drawn into the image;
        # no form environment is created, so no form script can run.
        image = page.render(scale=scale, may_draw_forms=False).to_pil()
        page.close()
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY)
        pages.append(_PageImage(out.getvalue(), "DCTDecode", "RGB", image.width, image.height,
                                width, height))
    pdf.close()
    actions = [f"rendered {count} PDF page{'s' if count > 1 else ''} at {limits.dpi} dpi "
               "and rebuilt an image-only PDF", "removed the text layer"]
    actions += [f"removed {what} (found {n})" for what, n in found.items() if n]
    return _image_pdf(pages), "application/pdf", "pdf", count, actions


class _PageImage(NamedTuple):
    data: bytes
    filter: str  # DCTDecode (JPEG bytes) or FlateDecode (raw 8-bit samples)
    mode: str  # "RGB" or "L"
    pixel_width: int
    pixel_height: int
    width_pt: float
    height_pt: float


def _image_pdf(pages: list[_PageImage]) -> bytes:
    """A minimal PDF: catalog, page tree, one image per page. Written by hand because
    library writers add /Info (Producer, dates, title); this one has no trailer /Info,
    no names, no actions: nothing but pixels."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []

    def put(body: bytes, stream: bytes | None = None) -> None:
        offsets.append(len(out))
        out.extend(b"%d 0 obj\n" % len(offsets) + body)
        if stream is not None:
            out.extend(b"\nstream\n" + stream + b"\nendstream")
        out.extend(b"\nendobj\n")

    def num(value: float) -> bytes:
        return (b"%.3f" % value).rstrip(b"0").rstrip(b".")

    kids = b" ".join(b"%d 0 R" % (3 + 3 * i) for i in range(len(pages)))
    put(b"<< /Type /Catalog /Pages 2 0 R >>")
    put(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    for i, page in enumerate(pages):
        first = 3 + 3 * i
        w, h = num(page.width_pt), num(page.height_pt)
        put(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Resources << /XObject "
            b"<< /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (w, h, first + 1, first + 2))
        space = b"/DeviceRGB" if page.mode == "RGB" else b"/DeviceGray"
        put(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
            b"/BitsPerComponent 8 /Filter /%s /Length %d >>"
            % (page.pixel_width, page.pixel_height, space, page.filter.encode(),
               len(page.data)), page.data)
        content = b"q %s 0 0 %s 0 0 cm /Im0 Do Q" % (w, h)
        put(b"<< /Length %d >>" % len(content), content)
    xref = len(out)
    out.extend(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    out.extend(b"".join(b"%010d 00000 n \n" % off for off in offsets))
    out.extend(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(offsets) + 1, xref))
    return bytes(out)
