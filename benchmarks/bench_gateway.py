"""Benchmark: the gateway's PDF sanitizing cost per page against a bare render+encode.

Run: python benchmarks/bench_gateway.py [--pages 10] [--repeat 7]

Both sides do the same pixel work (pypdfium2 render at 150 dpi, Pillow JPEG quality 90);
the gateway side adds what the product really does per file: magic sniffing, a forked
child under rlimits, the pipe protocol, metadata inspection and the image-only PDF
writer. The first (cold) call, which starts the warm helper process, is reported apart.
Target: warm ratio <= 2.0.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2 as pdfium  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from backoffice.gateway.sanitize import JPEG_QUALITY, SanitizeLimits, sanitize_file  # noqa: E402


def make_pdf(pages: int) -> bytes:
    """A form-like A4 document: text lines, boxes and a shaded table per page."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for n in range(pages):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, 790, f"Application for a certificate - page {n + 1}")
        c.setFont("Helvetica", 10)
        for line in range(45):
            c.drawString(60, 760 - line * 15, f"Line {line:02d}: the quick brown fox jumps "
                         f"over the lazy dog 0123456789 ({n}-{line})")
        for row in range(6):
            c.setFillGray(0.85 if row % 2 else 0.95)
            c.rect(60, 60 + row * 18, 470, 18, fill=1, stroke=1)
        c.setFillGray(0)
        c.showPage()
    c.save()
    return out.getvalue()


def bare_render(pdf_bytes: bytes, dpi: int) -> int:
    """The reference: render every page and encode it, nothing else."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    total = 0
    for index in range(len(pdf)):
        page = pdf[index]
        image = page.render(scale=dpi / 72, may_draw_forms=False).to_pil()
        buf = io.BytesIO()
        image.convert("RGB").save(buf, "JPEG", quality=JPEG_QUALITY)
        total += len(buf.getvalue())
        page.close()
    pdf.close()
    return total


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    limits = SanitizeLimits()
    pdf = make_pdf(args.pages)
    print(f"input: {args.pages}-page PDF, {len(pdf):,} bytes; {limits.dpi} dpi, "
          f"JPEG quality {JPEG_QUALITY}; median of {args.repeat} runs")

    start = time.perf_counter()
    result = sanitize_file(pdf, limits)
    cold = time.perf_counter() - start
    assert result.pages == args.pages, result

    bare_render(pdf, limits.dpi)  # warm the in-process pdfium as well
    bare = statistics.median(timed(lambda: bare_render(pdf, limits.dpi), args.repeat))
    gateway = statistics.median(timed(lambda: sanitize_file(pdf, limits), args.repeat))
    per_page = lambda seconds: seconds / args.pages * 1000  # noqa: E731
    print(f"bare pypdfium2 render + JPEG encode : {per_page(bare):7.2f} ms/page")
    print(f"gateway sanitize_file (warm helper) : {per_page(gateway):7.2f} ms/page")
    print(f"ratio gateway / bare                : {gateway / bare:7.2f}x  (target <= 2.0x)")
    print(f"cold first call incl. helper start  : {per_page(cold):7.2f} ms/page "
          f"({cold * 1000:.0f} ms total, paid once per gateway run)")
    print(f"output: {len(result.data):,} bytes, {result.pages} pages")


if __name__ == "__main__":
    main()
