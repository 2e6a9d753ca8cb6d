"""The two hostile PDFs of issue 21 that took `verify` down: many blank pages, and one page
so large that rendering it needs gigapixels. Built by hand, so they are exactly that."""

from __future__ import annotations

from tests.intake.hostile import hand_pdf

A4 = (595, 842)  # points


def blank_pages_pdf(pages: int = 1000) -> bytes:
    """`pages` empty A4 pages, each with its own (empty) content stream, as a scanner-less
    generator would write them."""
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    for i in range(pages):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R"
                    b" /Resources << >> >>" % (*A4, 4 + 2 * i))
        objs.append(b"<< /Length 0 >>\nstream\n\nendstream")
    return hand_pdf(objs)


def huge_page_pdf(inches: int = 200) -> bytes:
    """One page of inches x inches (200 in = 14,400 pt, the largest page PDF allows)."""
    side = inches * 72
    return hand_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>" % (side, side)])


def noise_pages_pdf(pages: int, seed: int = 21) -> bytes:
    """`pages` A4 pages, each a full-page image of grey noise: not blank, so every QR
    fallback runs on every page (the worst case for the scan's time budget)."""
    import random
    import zlib

    rng = random.Random(seed)
    w, h = 827, 1169  # 100 dpi A4
    kids = b" ".join(b"%d 0 R" % (3 + 3 * i) for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    for i in range(pages):
        content = b"q %d 0 0 %d 0 0 cm /Im0 Do Q" % A4
        data = zlib.compress(rng.randbytes(w * h), 1)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R"
                    b" /Resources << /XObject << /Im0 %d 0 R >> >> >>" % (*A4, 4 + 3 * i, 5 + 3 * i))
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
                    b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
                    % (w, h, len(data), data))
    return hand_pdf(objs)
