"""Print primitives for issued documents: embedded fonts with a glyph fallback, and the
anti-forgery features — copy-evident background (地紋), watermark, micro-text.

Fonts: IPAex Mincho/Gothic (Debian fonts-ipaexfont), embedded as TrueType subsets; a
character IPAex lacks (𠮷 U+20BB7 and other JIS X 0213 / MJ characters in names) is drawn
with IPAmj Mincho (Debian fonts-ipamj-mincho). Override paths with BACKOFFICE_FONT_MINCHO,
BACKOFFICE_FONT_GOTHIC, BACKOFFICE_FONT_FALLBACK, or drop the files in resources/fonts/.

地紋 (void pantograph): the page is covered with a fine dot screen; inside the shapes of the
latent word 「複写」 the screen is coarse instead — dots twice the pitch and twice the
diameter, so the ink coverage (and the tint the eye sees) is the same. A copier's optics
and its background suppression wash out the fine dots but keep the coarse ones, so the word
stands out on a copy. `simulate_photocopy` models that for the demonstration and the tests.

Performance: the screens are PDF tiling patterns (a few hundred bytes) and the latent word
is a set of rectangles, all in one Form XObject whose compressed stream is built once per
process and only referenced per document (the benchmark in benchmarks/ relies on this).
"""

from __future__ import annotations

import logging
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    xObjectName,
)
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from backoffice.platform.errors import ConfigError
from backoffice.platform.resources import resource_path

log = logging.getLogger(__name__)

# role -> (environment override, file name in resources/fonts/, Debian path, reportlab name)
FONT_SOURCES: dict[str, tuple[str, str, str, str]] = {
    "mincho": ("BACKOFFICE_FONT_MINCHO", "ipaexm.ttf",
               "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", "IPAexMincho"),
    "gothic": ("BACKOFFICE_FONT_GOTHIC", "ipaexg.ttf",
               "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", "IPAexGothic"),
    "fallback": ("BACKOFFICE_FONT_FALLBACK", "ipamjm.ttf",
                 "/usr/share/fonts/truetype/ipamj/ipamjm.ttf", "IPAmjMincho"),
}
_fonts: dict[str, TTFont | None] = {}
_rl_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _utf16_hex(code: int) -> str:
    return code.to_bytes(4, "big").hex().upper()[4:] if code <= 0xFFFF else \
        chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab writes U+20BB7 (𠮷) as <20BB7> in the ToUnicode CMap, so text extraction,
    search and screen readers get U+20BB (₻). A CMap needs UTF-16BE: <D842DFB7>."""
    cmap = _rl_to_unicode_cmap(fontname, subset)
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{_utf16_hex(code)}>")
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # type: ignore[assignment]


@contextmanager
def plain_flate_streams() -> Iterator[None]:
    """Flate without ASCII85 for page streams: reportlab's pure-Python base85 costs ~10 ms a
    page and makes the PDF 25 % larger; PDF files are binary anyway."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def font_path(role: str) -> Path | None:
    env, filename, system, _ = FONT_SOURCES[role]
    for candidate in (os.environ.get(env), resource_path("fonts", filename), system):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def _font(role: str) -> TTFont | None:
    """Register each font once per process (TTF parsing is the slow part)."""
    if role not in _fonts:
        path = font_path(role)
        font = None
        if path is not None:
            font = TTFont(FONT_SOURCES[role][3], str(path))
            pdfmetrics.registerFont(font)
            log.info("font %s: %s", role, path)
        elif role != "fallback":
            env, filename, system, _ = FONT_SOURCES[role]
            raise ConfigError(f"font {role} not found: install fonts-ipaexfont ({system}), "
                              f"put {filename} in resources/fonts/ or set {env}")
        _fonts[role] = font
    return _fonts[role]


def font_name(role: str) -> str:
    font = _font(role)
    assert font is not None
    return str(font.fontName)


def pdf_canvas(out: Any) -> Canvas:
    """An A4 canvas for every PDF the back office issues. Its initial font is the embedded
    IPAex Gothic: reportlab's default declares Helvetica, not embedded, in every page's
    resources (issue 13 defect 11), and a document kept for years must not depend on the
    fonts of the machine that opens it."""
    return Canvas(out, pagesize=(PAGE_W, PAGE_H), pageCompression=1, invariant=1,
                  initialFontName=font_name("gothic"), initialFontSize=10)


def text_runs(text: str, role: str) -> list[tuple[str, str]]:
    """Split text into (reportlab font name, run): characters the primary font lacks go to the
    fallback font; ConfigError when neither has a glyph (never print a wrong name)."""
    primary = _font(role)
    assert primary is not None
    cmap = primary.face.charToGlyph
    runs: list[tuple[str, str]] = []
    for ch in text:
        name = primary.fontName
        if ord(ch) not in cmap and not ch.isspace():
            fallback = _font("fallback")
            if fallback is None or ord(ch) not in fallback.face.charToGlyph:
                raise ConfigError(f"no font has a glyph for {ch} (U+{ord(ch):04X}); install "
                                  "fonts-ipamj-mincho or set BACKOFFICE_FONT_FALLBACK")
            name = fallback.fontName
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    return runs


def text_width(text: str, role: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, name, size) for name, run in text_runs(text, role))


def draw_text(canvas: Canvas, x: float, y: float, text: str, role: str, size: float,
              align: str = "left") -> float:
    """Draw text with glyph fallback; returns the x where it ended."""
    runs = text_runs(text, role)
    if align != "left":
        w = sum(pdfmetrics.stringWidth(r, n, size) for n, r in runs)
        x -= w if align == "right" else w / 2
    for name, run in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)
    return x

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
LATENT_WORD = "複写"
FINE_PITCH = 0.5 * mm  # background screen
COARSE_PITCH = 2 * FINE_PITCH  # latent screen: same coverage, twice the pitch
FINE_DOT = 0.15 * mm  # diameter; coverage pi/4*(0.15/0.5)^2 = 7.1 %
COARSE_DOT = 2 * FINE_DOT
SCREEN_RGB = (0.25, 0.42, 0.62)  # a muted blue, as municipal 地紋 paper usually is
LATENT_CELLS = 28  # latent glyph size in coarse cells (28 mm)
FORM_NAME = "bo_chimon"


def _circle(cx: float, cy: float, r: float) -> str:
    k = 0.5523 * r  # cubic Bézier approximation of a quarter circle
    return (
        f"{cx + r:.3f} {cy:.3f} m "
        f"{cx + r:.3f} {cy + k:.3f} {cx + k:.3f} {cy + r:.3f} {cx:.3f} {cy + r:.3f} c "
        f"{cx - k:.3f} {cy + r:.3f} {cx - r:.3f} {cy + k:.3f} {cx - r:.3f} {cy:.3f} c "
        f"{cx - r:.3f} {cy - k:.3f} {cx - k:.3f} {cy - r:.3f} {cx:.3f} {cy - r:.3f} c "
        f"{cx + k:.3f} {cy - r:.3f} {cx + r:.3f} {cy - k:.3f} {cx + r:.3f} {cy:.3f} c f"
    )


def _tiling_pattern(pitch: float, dot: float) -> PDFStream:
    """PatternType 1 (coloured tiling) with one round dot per cell (PDF 32000 §8.7.3)."""
    d = PDFDictionary()
    d["Type"] = PDFName("Pattern")
    d["PatternType"] = 1
    d["PaintType"] = 1
    d["TilingType"] = 1
    d["BBox"] = PDFArray([0, 0, round(pitch, 4), round(pitch, 4)])
    d["XStep"] = round(pitch, 4)
    d["YStep"] = round(pitch, 4)
    d["Resources"] = PDFDictionary({})
    r, g, b = SCREEN_RGB
    content = f"{r} {g} {b} rg {_circle(pitch / 2, pitch / 2, dot / 2)}"
    return PDFStream(d, content, filters=[])


@lru_cache(maxsize=4)
def _latent_mask(font_path: str) -> Image.Image:
    """The latent word as a 1-bit bitmap, one pixel per coarse cell."""
    font = ImageFont.truetype(font_path, LATENT_CELLS)
    left, top, right, bottom = font.getbbox(LATENT_WORD)
    img = Image.new("1", (int(right - left) + 4, int(bottom - top) + 4), 0)
    # a bold stroke: solid areas of coarse dots blend in better than one-cell lines
    ImageDraw.Draw(img).text((2 - left, 2 - top), LATENT_WORD, font=font, fill=1,
                             stroke_width=1, stroke_fill=1)
    return img


def _latent_rects(font_path: str, width: float, height: float) -> list[tuple[float, float, float, float]]:
    """Cell-aligned rectangles covering every instance of the word, tiled over the page."""
    mask = _latent_mask(font_path)
    mw, mh = mask.size
    px = mask.load()
    assert px is not None
    runs: list[tuple[int, int, int]] = []  # (row, start col, length), row 0 = top
    for row in range(mh):
        col = 0
        while col < mw:
            if px[col, row]:
                start = col
                while col < mw and px[col, row]:
                    col += 1
                runs.append((row, start, col - start))
            col += 1
    cells_x, cells_y = int(width / COARSE_PITCH), int(height / COARSE_PITCH)
    step_x, step_y = mw + 14, mh + 18  # gap between instances, in cells
    rects: list[tuple[float, float, float, float]] = []
    for j, oy in enumerate(range(6, cells_y - mh, step_y)):
        shift = (step_x // 2) * (j % 2)  # stagger rows like a brick wall
        for ox in range(2 + shift - (step_x if shift else 0), cells_x - mw, step_x):
            for row, start, length in runs:
                cy = cells_y - (oy + row) - 1
                rects.append(((ox + start) * COARSE_PITCH, cy * COARSE_PITCH,
                              length * COARSE_PITCH, COARSE_PITCH))
    return rects


@lru_cache(maxsize=4)
def _form_stream_bytes(font_path: str, width: float, height: float) -> bytes:
    rects = _latent_rects(font_path, width, height)
    rect_ops = " ".join(f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re" for x, y, w, h in rects)
    content = (
        "q /Pattern cs /Pf scn "
        f"0 0 {width:.2f} {height:.2f} re {rect_ops} f* "  # even-odd: fine screen around the word
        f"/Pattern cs /Pc scn {rect_ops} f Q"  # coarse screen inside it
    )
    log.debug("地紋 form: %d latent rectangles, %d bytes", len(rects), len(content))
    return zlib.compress(content.encode("ascii"), 6)


def draw_copy_evident_pattern(canvas: Canvas, font_path: str, x: float, y: float,
                              width: float, height: float) -> None:
    """Paint the 地紋 over (x, y, width, height); the Form XObject is added once per document."""
    doc = canvas._doc
    if not doc.hasForm(FORM_NAME):
        fine = doc.Reference(_tiling_pattern(FINE_PITCH, FINE_DOT), "bo_pat_fine")
        coarse = doc.Reference(_tiling_pattern(COARSE_PITCH, COARSE_DOT), "bo_pat_coarse")
        d = PDFDictionary()
        d["Type"] = PDFName("XObject")
        d["Subtype"] = PDFName("Form")
        d["FormType"] = 1
        d["BBox"] = PDFArray([0, 0, round(width, 2), round(height, 2)])
        d["Resources"] = PDFDictionary({"Pattern": PDFDictionary({"Pf": fine, "Pc": coarse})})
        d["Filter"] = PDFName("FlateDecode")  # content is pre-compressed (cached)
        form = PDFStream(d, _form_stream_bytes(font_path, width, height), filters=[])
        doc.Reference(form, xObjectName(FORM_NAME))
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(FORM_NAME)
    canvas.restoreState()


@lru_cache(maxsize=2)
def _image_streams(path: str) -> tuple[int, int, bytes, bytes]:
    """(w, h, flate RGB, flate alpha) of an RGBA image, compressed once per process."""
    with Image.open(path) as img:
        rgba = img.convert("RGBA")
    rgb = rgba.convert("RGB").tobytes()
    alpha = rgba.getchannel("A").tobytes()
    return rgba.width, rgba.height, zlib.compress(rgb, 6), zlib.compress(alpha, 6)


def draw_image_cached(canvas: Canvas, name: str, path: str, x: float, y: float,
                      width: float, height: float) -> None:
    """An RGBA image as an Image XObject with a soft mask, built from cached compressed
    bytes (reportlab's drawImage re-encodes it per document: ~60 ms for the seal)."""
    doc = canvas._doc
    if not doc.hasForm(name):
        w, h, rgb, alpha = _image_streams(path)

        def image_dict(colorspace: str) -> PDFDictionary:
            d = PDFDictionary()
            d["Type"] = PDFName("XObject")
            d["Subtype"] = PDFName("Image")
            d["Width"], d["Height"], d["BitsPerComponent"] = w, h, 8
            d["ColorSpace"] = PDFName(colorspace)
            d["Filter"] = PDFName("FlateDecode")
            return d

        smask = doc.Reference(PDFStream(image_dict("DeviceGray"), alpha, filters=[]), name + "_a")
        d = image_dict("DeviceRGB")
        d["SMask"] = smask
        doc.Reference(PDFStream(d, rgb, filters=[]), xObjectName(name))
    canvas.saveState()
    canvas.transform(width, 0, 0, height, x, y)
    canvas.doForm(name)  # any XObject is drawn with Do; doForm also lists it in the resources
    canvas.restoreState()


def draw_watermark(canvas: Canvas, text: str, font: str, cx: float, cy: float,
                   size: float = 96, angle: float = 35) -> None:
    """A large, faint diagonal word across the middle of the page."""
    if not text:
        return
    canvas.saveState()
    canvas.setFillColorRGB(0.55, 0.55, 0.6)
    canvas.setFillAlpha(0.13)
    canvas.translate(cx, cy)
    canvas.rotate(angle)
    canvas.setFont(font, size)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def draw_microtext(canvas: Canvas, text: str, font: str, x: float, y: float, width: float,
                   size: float = 1.0) -> None:
    """A rule made of ~1 pt repeated text: reads under a loupe, a copier turns it into a line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    unit = text + "　"
    unit_w = stringWidth(unit, font, size)
    line = unit * max(1, int(width / unit_w))
    canvas.saveState()
    canvas.setFillColorRGB(0.15, 0.2, 0.35)
    canvas.setFont(font, size)
    canvas.drawString(x, y, line)
    canvas.restoreState()


def simulate_photocopy(page: Image.Image, *, dpi: int = 300) -> Image.Image:
    """A plain office copier, modelled: blur of its optics (~0.1 mm), then background
    suppression (a fixed threshold that drops light tints to white). Input: a page rendered
    at `dpi`; output: a 1-bit-looking grayscale image."""
    gray = page.convert("L")
    radius = 0.1 * dpi / 25.4  # about 0.1 mm of optical blur
    blurred = gray.filter(ImageFilter.GaussianBlur(radius))
    return blurred.point(lambda v: 0 if v < 185 else 255)


def save_demo(page: Image.Image, copy: Image.Image, out: Path) -> None:
    """Original and simulated copy side by side (docs/img/photocopy-simulation.png)."""
    w, h = page.size
    canvas = Image.new("RGB", (w * 2 + 20, h), "white")
    canvas.paste(page.convert("RGB"), (0, 0))
    canvas.paste(copy.convert("RGB"), (w + 20, 0))
    canvas.save(out)
