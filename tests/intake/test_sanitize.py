"""Content disarm and reconstruction of single files (bundle-v1 §6), with real files."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from backoffice.gateway.sanitize import (
    FileRejected,
    SanitizedFile,
    SanitizeLimits,
    detect_type,
    sanitize_file,
)
from tests.intake import hostile

SAFE_TYPES = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}


def assert_clean_image(result: SanitizedFile) -> Image.Image:
    assert result.media_type in ("image/png", "image/jpeg")
    assert detect_type(result.data) == result.media_type
    im = Image.open(io.BytesIO(result.data))
    im.load()
    assert not im.getexif(), "EXIF survived"
    for key in ("exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "Author",
                "Comment", "photoshop"):
        assert key not in im.info, key
    for marker in (b"Exif\x00", b"SecretCam", b"ICC_PROFILE", b"Taro", b"xmpmeta", b"tEXt",
                   b"iTXt", b"zTXt", b"eXIf"):
        assert marker not in result.data, marker
    return im


def assert_clean_pdf(result: SanitizedFile, pages: int) -> None:
    assert result.media_type == "application/pdf" and result.extension == "pdf"
    assert result.pages == pages
    for name in hostile.FORBIDDEN_PDF_NAMES:
        assert name not in result.data, name
    pdf = pdfium.PdfDocument(result.data)
    try:
        assert len(pdf) == pages
        assert pdf.get_metadata_dict(skip_empty=True) == {}
        assert pdf.count_attachments() == 0
        assert pdf.get_formtype() == 0
        assert pdfium_c.FPDFDoc_GetJavaScriptActionCount(pdf.raw) == 0
        for index in range(pages):
            page = pdf[index]
            assert pdfium_c.FPDFPage_GetAnnotCount(page.raw) == 0
            text = page.get_textpage()
            assert text.get_text_range() == "", "a text layer survived"
            text.close()
            page.close()
    finally:
        pdf.close()


# ---------------------------------------------------------------- allowed types
def test_jpeg_photo_loses_exif_gps_and_is_turned_upright() -> None:
    original = hostile.jpeg_with_exif(size=(640, 480), orientation=6)
    result = sanitize_file(original)
    assert (result.media_type, result.extension, result.pages) == ("image/jpeg", "jpg", 1)
    im = assert_clean_image(result)
    assert im.size == (480, 640)  # orientation 6 = rotate 90° clockwise
    assert b"GPS" not in result.data
    assert "removed EXIF metadata (including GPS location)" in result.actions
    assert "removed ICC colour profile" in result.actions
    assert any(a.startswith("decoded JPEG and re-encoded as JPEG") for a in result.actions)
    assert "applied EXIF orientation 6" in result.actions


def test_png_keeps_alpha_and_loses_text_chunks() -> None:
    result = sanitize_file(hostile.png_with_text())
    assert result.media_type == "image/png"
    im = assert_clean_image(result)
    assert im.mode == "RGBA" and im.getpixel((5, 5)) == (0, 128, 0, 128)
    assert any("XMP" in a for a in result.actions)
    assert any("Author" in a for a in result.actions)


@pytest.mark.parametrize("fmt,mode,kw", [("GIF", "P", {"comment": b"note"}), ("BMP", "RGB", {}),
                                         ("WEBP", "RGB", {"lossless": True}), ("TIFF", "L", {}),
                                         ("PNG", "1", {}), ("PNG", "LA", {}), ("PNG", "P", {}),
                                         ("JPEG", "CMYK", {}), ("JPEG", "L", {})])
def test_other_images_round_trip(fmt: str, mode: str, kw: dict) -> None:
    result = sanitize_file(hostile.image_bytes(fmt, mode, (64, 48), **kw))
    im = assert_clean_image(result)
    assert im.size == (64, 48)
    expected = "image/jpeg" if fmt == "JPEG" else "image/png"
    assert result.media_type == expected


def test_animated_gif_keeps_first_frame_and_says_so() -> None:
    result = sanitize_file(hostile.animated_gif())
    assert_clean_image(result)
    assert "kept only the first of 3 frames" in result.actions


def test_multipage_tiff_becomes_image_only_pdf() -> None:
    result = sanitize_file(hostile.multipage_tiff(3))
    assert_clean_pdf(result, 3)
    pdf = pdfium.PdfDocument(result.data)
    assert [round(v) for v in pdf[0].get_size()] == [144, 202]  # 200x280 px at 100 dpi
    pdf.close()


def test_pdf_is_rendered_to_an_image_only_pdf() -> None:
    original = hostile.reportlab_pdf(3)
    assert b"Confidential" in original or b"/Title" in original
    result = sanitize_file(original)
    assert_clean_pdf(result, 3)
    assert result.actions[0] == "rendered 3 PDF pages at 150 dpi and rebuilt an image-only PDF"
    pdf = pdfium.PdfDocument(result.data)
    image = pdf[0].render(scale=1).to_pil().convert("L")
    pdf.close()
    assert image.size in ((595, 842), (596, 842))  # A4 is 595.28 pt wide
    assert image.getextrema()[0] < 50  # the black square is really there as pixels


def test_active_pdf_is_disarmed() -> None:
    original = hostile.active_pdf()
    for name in (b"/JavaScript", b"/OpenAction", b"/EmbeddedFiles", b"/AcroForm", b"/Annots",
                 b"/URI", b"/Info", b"/Producer"):
        assert name in original  # the hostile file really has them
    result = sanitize_file(original)
    assert_clean_pdf(result, 1)
    joined = " ".join(result.actions)
    for removed in ("JavaScript", "embedded files", "interactive form", "document metadata",
                    "annotations and links"):
        assert f"removed {removed}" in joined


# ---------------------------------------------------------------- hostile corpus
CORPUS = hostile.hostile_corpus()


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_file_ends_safe_or_rejected(name: str) -> None:
    data = CORPUS[name]
    try:
        result = sanitize_file(data)
    except FileRejected as exc:
        assert isinstance(exc.reason, str) and len(exc.reason) > 10
        return
    assert result.media_type in SAFE_TYPES
    assert result.extension == SAFE_TYPES[result.media_type]
    if result.media_type == "application/pdf":
        assert_clean_pdf(result, result.pages)
    else:
        assert_clean_image(result)
    assert b"PK\x03\x04" not in result.data and b"This program" not in result.data
    assert b"MZ\x90" not in result.data


@pytest.mark.parametrize("name,reason", [
    ("setup.exe", "unsupported file type: application/x-dosexec"),
    ("invoice.pdf.exe", "unsupported file type: application/x-dosexec"),
    ("mz-then-pdf.pdf", "unsupported file type: application/x-dosexec"),
    ("program.elf", "unsupported file type: application/x-executable"),
    ("page.html", "unsupported file type: text/html"),
    ("image.svg", "unsupported file type: image/svg+xml"),
    ("archive.zip", "unsupported file type: application/zip"),
    ("letter.docx", "unsupported file type: application/vnd.openxmlformats-officedocument"),
    ("ole.doc", "unsupported file type: application/x-ole-storage"),
    ("empty.jpg", "unsupported file type: application/x-empty"),
    ("random.bin", "unsupported file type: application/octet-stream"),
    ("script.sh", "unsupported file type: text/x-shellscript"),
    ("bomb.png", "image too large: 10,000,000,000 pixels exceeds the limit of 50,000,000"),
    ("wide-bomb.png", "image too large: 60,000,000 pixels exceeds the limit of 50,000,000"),
    ("truncated.jpg", "could not decode the JPEG file"),
    ("truncated.png", "could not decode the PNG file"),
    ("truncated.pdf", "could not open the PDF"),
    ("300-pages.pdf", "PDF has 300 pages, more than the limit of 200"),
    ("page-bomb.pdf", "PDF page 1 at 150 dpi too large: 416667x416667 pixels"),
    ("encrypted.pdf", "PDF is encrypted"),
])
def test_hostile_rejection_reasons(name: str, reason: str) -> None:
    with pytest.raises(FileRejected) as caught:
        sanitize_file(CORPUS[name])
    assert caught.value.reason.startswith(reason), caught.value.reason


def test_polyglots_are_rebuilt_without_their_payload() -> None:
    jpeg = sanitize_file(CORPUS["polyglot-jpeg-zip.jpg"])
    assert jpeg.media_type == "image/jpeg" and b"evil.exe" not in jpeg.data
    pdf = sanitize_file(CORPUS["pdf-with-pe-tail.pdf"])
    assert_clean_pdf(pdf, 2)
    assert not pdf.data.rstrip().endswith(CORPUS["setup.exe"][-20:])


def test_detect_type_ignores_names_and_reads_magic(tmp_path: Path) -> None:
    paths = hostile.write_corpus(tmp_path / "corpus")
    assert detect_type(paths["invoice.pdf.exe"].read_bytes()) == "application/x-dosexec"
    assert detect_type(hostile.reportlab_pdf(1)) == "application/pdf"
    assert detect_type(b"junk" * 10 + hostile.reportlab_pdf(1)) == "application/pdf"
    assert detect_type(b"\x00\x00\x00\x18ftypheic") == "image/heic"
    assert detect_type(hostile.image_bytes("WEBP")) == "image/webp"
    assert detect_type(b"plain text, not a picture") == "text/plain"


# ---------------------------------------------------------------- child process limits
@pytest.fixture(scope="module")
def big_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (7000, 7000), "white").save(out, "PNG")  # 49 Mpx, ~150 MB decoded
    return out.getvalue()


@pytest.fixture(scope="module")
def noisy_png() -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", (4000, 3000), os.urandom(36_000_000)).save(out, "PNG",
                                                                      compress_level=1)
    return out.getvalue()


def test_memory_limit_rejects_a_big_image(big_png: bytes) -> None:
    with pytest.raises(FileRejected) as caught:
        sanitize_file(big_png, SanitizeLimits(memory_bytes=256 << 20))
    assert caught.value.reason == "sanitizer exceeded its memory limit of 256 MiB"


@pytest.mark.slow
def test_same_big_image_passes_with_the_default_limits(big_png: bytes) -> None:
    result = sanitize_file(big_png)
    assert result.media_type == "image/png"
    assert Image.open(io.BytesIO(result.data)).size == (7000, 7000)


def test_cpu_limit_kills_a_slow_child(noisy_png: bytes) -> None:
    with pytest.raises(FileRejected) as caught:
        sanitize_file(noisy_png, SanitizeLimits(cpu_seconds=1))
    assert caught.value.reason == "sanitizer exceeded its CPU time limit of 1 s"


def test_wall_clock_timeout_stops_the_child(noisy_png: bytes) -> None:
    with pytest.raises(FileRejected) as caught:
        sanitize_file(noisy_png, SanitizeLimits(timeout_seconds=0.2))
    assert "time limit of 0.2 s" in caught.value.reason
    # the helper survives a killed child and serves the next file
    assert sanitize_file(hostile.image_bytes("PNG")).media_type == "image/png"


def test_input_size_and_pixel_limits_are_configurable() -> None:
    png = hostile.image_bytes("PNG", size=(100, 100))
    with pytest.raises(FileRejected, match="file too large: .* exceeds the limit of 10 bytes"):
        sanitize_file(png, SanitizeLimits(max_input_bytes=10))
    with pytest.raises(FileRejected, match=r"image too large: .*pixels exceeds the limit of 9,999 pixels"):
        sanitize_file(png, SanitizeLimits(max_pixels=9_999))
    with pytest.raises(FileRejected, match="PDF has 3 pages, more than the limit of 2"):
        sanitize_file(hostile.reportlab_pdf(3), SanitizeLimits(max_pages=2))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(magic=st.sampled_from([b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"GIF89a", b"II*\x00",
                              b"%PDF-1.4\n", b"RIFF\x00\x00\x00\x00WEBP", b"BM"]),
       body=st.binary(max_size=2048))
def test_fuzzed_inputs_never_escape_as_other_exceptions(magic: bytes, body: bytes) -> None:
    try:
        result = sanitize_file(magic + body)
    except FileRejected as exc:
        assert exc.reason
    else:
        assert result.media_type in SAFE_TYPES and detect_type(result.data) == result.media_type
