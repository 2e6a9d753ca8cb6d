"""Generators of benign and hostile attachment files for the sanitizer tests.

Every file is built here from scratch (no fixtures checked in), mostly by hand as bytes so
that the hostile structure is exactly what the test names.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

# Names a sanitized PDF must not contain (bundle-v1 §6: no scripts, forms, links,
# embedded files or metadata).
FORBIDDEN_PDF_NAMES = [b"/JavaScript", b"/JS", b"/OpenAction", b"/AA", b"/EmbeddedFiles",
                       b"/EmbeddedFile", b"/AcroForm", b"/Annots", b"/URI", b"/Launch",
                       b"/Info", b"/Producer", b"/Title", b"/Author", b"/Creator",
                       b"/Names", b"/Metadata", b"/XFA", b"/Font", b"/Widget", b"/Link"]


def jpeg_with_exif(size: tuple[int, int] = (640, 480), orientation: int = 6) -> bytes:
    """A photo with EXIF camera data, GPS position, orientation and an ICC profile."""
    im = Image.new("RGB", size, (200, 30, 30))
    im.paste((20, 20, 200), (0, 0, size[0] // 2, size[1] // 4))  # mark the top-left
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0110] = "Model X"
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (34.0, 41.0, 36.0)  # 大阪市役所 nearby
    gps[3], gps[4] = "E", (135.0, 30.0, 7.0)
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif, icc_profile=b"\x00" * 128 + b"fake-icc", comment=b"hi")
    return out.getvalue()


def png_with_text() -> bytes:
    from PIL.PngImagePlugin import PngInfo
    info = PngInfo()
    info.add_text("Author", "Taro Yamada")
    info.add_itxt("Comment", "住所: 大阪市北区", lang="ja")
    info.add_text("XML:com.adobe.xmp", "<x:xmpmeta>secret</x:xmpmeta>")
    out = io.BytesIO()
    Image.new("RGBA", (120, 80), (0, 128, 0, 128)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def image_bytes(fmt: str, mode: str = "RGB", size: tuple[int, int] = (64, 48), **kw: object) -> bytes:
    out = io.BytesIO()
    color = {"L": 120, "P": 120, "1": 1, "LA": (120, 200), "CMYK": (10, 120, 200, 0)}.get(
        mode, (10, 120, 200))
    Image.new(mode, size, color).save(out, fmt, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def animated_gif() -> bytes:
    frames = [Image.new("RGB", (32, 32), (i * 80, 0, 255 - i * 80)) for i in range(3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], comment=b"gif note")
    return out.getvalue()


def multipage_tiff(pages: int = 3) -> bytes:
    frames = [Image.new("L", (200, 280), 255 - 50 * i) for i in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], dpi=(100, 100))
    return out.getvalue()


def reportlab_pdf(pages: int = 3, text: str = "Confidential text layer") -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("Secret title")
    c.setAuthor("Secret author")
    for n in range(pages):
        c.drawString(72, 760, f"{text} page {n + 1}")
        c.rect(72, 400, 200, 200, fill=1)
        c.showPage()
    c.save()
    return out.getvalue()


def encrypted_pdf() -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, encrypt="user-password")
    c.drawString(72, 760, "locked")
    c.showPage()
    c.save()
    return out.getvalue()


def hand_pdf(objects: list[bytes], root: int = 1, info: int | None = None,
             header: bytes = b"%PDF-1.7\n") -> bytes:
    """A PDF from raw object bodies (object n is objects[n-1]) with a correct xref."""
    out = bytearray(header)
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1, root)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), extra, data)


def active_pdf() -> bytes:
    """JavaScript, OpenAction, embedded file, AcroForm, link and widget annotations, /Info."""
    content = b"BT /F1 24 Tf 72 700 Td (Hello active content) Tj ET"
    return hand_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /AcroForm << /Fields [9 0 R] >>"
        b" /Names << /JavaScript << /Names [(init) 5 0 R] >> /EmbeddedFiles << /Names"
        b" [(payload.exe) 7 0 R] >> >> /AA << /WC 5 0 R >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 10 0 R >> >> /Annots [8 0 R 9 0 R] >>",
        _stream(content),
        b"<< /Type /Action /S /JavaScript /JS (app.alert\\('pwned'\\);) >>",
        _stream(b"MZ\x90\x00fake exe", b"/Type /EmbeddedFile"),
        b"<< /Type /Filespec /F (payload.exe) /EF << /F 6 0 R >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /Border [0 0 1]"
        b" /A << /S /URI /URI (http://evil.example/) >> >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (typed value)"
        b" /Rect [72 500 300 530] /P 3 0 R /AA << /K 5 0 R >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (Secret title) /Author (Secret author) /Producer (EvilPDF 1.0)"
        b" /Creator (x) /Subject (y) /Keywords (z) >>",
    ], info=11)


def page_bomb_pdf(side: int = 200_000) -> bytes:
    """One page with a MediaBox the renderer would need gigapixels for."""
    return hand_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>" % (side, side)])


def many_pages_pdf(pages: int = 300) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"] * pages
    return hand_pdf(objs)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """Claims 10 gigapixels in a few hundred bytes (decoding would need 10 GB)."""
    row = b"\x00" + b"\x00" * 1000
    idat = zlib.compress(row * 50, 9)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height,
            8, 0, 0, 0, 0)) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b""))


def zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def docx() -> bytes:
    return zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>",
                      "word/vbaProject.bin": b"macro"})


def pe_exe() -> bytes:
    stub = bytearray(b"MZ" + b"\x90\x00" * 29 + b"\x00" * 2)
    stub[0x3C:0x40] = struct.pack("<I", 0x40)
    return bytes(stub[:0x40]) + b"PE\x00\x00" + b"\x4c\x01" + b"\x00" * 200


def hostile_corpus() -> dict[str, bytes]:
    """Every file here must end as a safe SanitizedFile or a FileRejected."""
    jpeg = jpeg_with_exif()
    pdf = reportlab_pdf(2)
    rng = random.Random(20261128)
    return {
        "bomb.png": bomb_png(),
        "wide-bomb.png": bomb_png(1_000_000, 60),
        "truncated.jpg": jpeg[: len(jpeg) // 2],
        "truncated.png": png_with_text()[:60],
        "truncated.pdf": pdf[: len(pdf) // 3],
        "active.pdf": active_pdf(),
        "polyglot-jpeg-zip.jpg": jpeg + zip_bytes({"evil.exe": pe_exe()}),
        "pdf-with-pe-tail.pdf": pdf + pe_exe(),
        "mz-then-pdf.pdf": pe_exe()[:64] + pdf,
        "setup.exe": pe_exe(),
        "invoice.pdf.exe": pe_exe(),
        "program.elf": b"\x7fELF\x02\x01\x01" + b"\x00" * 120,
        "page.html": b"<!DOCTYPE html><html><script>alert(1)</script></html>",
        "image.svg": b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
                     b"<script>alert(1)</script></svg>",
        "archive.zip": zip_bytes({"a.txt": b"hello"}),
        "letter.docx": docx(),
        "empty.jpg": b"",
        "random.bin": rng.randbytes(8192),
        "random-after-jpeg-magic.jpg": b"\xff\xd8\xff\xe0" + rng.randbytes(4096),
        "random-after-png-magic.png": b"\x89PNG\r\n\x1a\n" + rng.randbytes(4096),
        "300-pages.pdf": many_pages_pdf(300),
        "page-bomb.pdf": page_bomb_pdf(),
        "encrypted.pdf": encrypted_pdf(),
        "script.sh": b"#!/bin/sh\nrm -rf /\n",
        "ole.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
    }


def write_corpus(directory: Path) -> dict[str, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, data in hostile_corpus().items():
        paths[name] = directory / name
        paths[name].write_bytes(data)
    return paths
