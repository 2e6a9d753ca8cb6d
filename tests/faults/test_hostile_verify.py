"""Issue 21 defect 1: `verify` on hostile PDFs answers "not a certificate" in seconds and
within bounded memory, before rendering anything (the counter PC must stay up)."""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from backoffice.issuance import qr
from backoffice.issuance.qr import PDF_MAX_PAGES, ScanRefused, decode_qr_texts, qr_png
from tests.faults.hostile_pdfs import blank_pages_pdf, huge_page_pdf, noise_pages_pdf
from tests.intake.hostile import hand_pdf

ROOT = Path(__file__).resolve().parents[2]
ENTRY = "import sys; from backoffice.cli.main import main; sys.exit(main(sys.argv[1:]))"
# The child gets 1.5 GiB of address space: before the fix the huge page needed 7.9 GB and
# the blank pages 3.9 GB, so the child died or ran into the timeout.
CHILD_MEMORY = 1536 << 20
SECONDS = 20


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


@pytest.fixture
def run_verify(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "v.db"}"\n', encoding="utf-8")
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.keyring_file_backend.Backend",
           "BACKOFFICE_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
           "PYTHONPATH": str(ROOT), "BACKOFFICE_DATA_DIR": str(tmp_path / "data")}
    env.pop("BACKOFFICE_CONFIG", None)
    assert subprocess.run([sys.executable, "-c", ENTRY, "--config", str(config), "init"],
                          env=env, cwd=tmp_path, timeout=120).returncode == 0

    def run(pdf: bytes) -> tuple[subprocess.CompletedProcess[str], float]:
        path = tmp_path / "presented.pdf"
        path.write_bytes(pdf)
        start = time.monotonic()
        done = subprocess.run([sys.executable, "-c", ENTRY, "--config", str(config), "verify", str(path)],
                              capture_output=True, text=True, env=env, cwd=tmp_path,
                              timeout=SECONDS, preexec_fn=_limit_memory)
        return done, time.monotonic() - start

    return run


@pytest.mark.parametrize(("pdf", "words"), [
    (blank_pages_pdf(1000), "not a certificate: too many pages (1,000;"),
    (huge_page_pdf(200), "not a certificate: page 1 is too large (200 x 200 in;"),
], ids=["1000-blank-pages", "200-inch-page"])
def test_verify_refuses_hostile_pdf_quickly_in_bounded_memory(run_verify, pdf, words):
    done, seconds = run_verify(pdf)
    assert done.returncode == 1, done.stderr  # ran, found no certificate
    verdict = json.loads(done.stdout)
    assert verdict["status"] == "not_a_certificate"
    assert verdict["detail"].startswith(words), verdict["detail"]
    assert verdict["codes_found"] == 0
    assert seconds < SECONDS


def test_limits_are_checked_before_rendering():
    with pytest.raises(ScanRefused) as many:
        decode_qr_texts(blank_pages_pdf(PDF_MAX_PAGES + 1))
    assert many.value.code == "too_many_pages"
    with pytest.raises(ScanRefused) as huge:
        decode_qr_texts(huge_page_pdf(25))  # 25 x 25 in at 200 dpi: 25 million pixels
    assert huge.value.code == "page_too_large"


def test_blank_pages_within_the_limit_are_scanned_quickly():
    start = time.monotonic()
    assert decode_qr_texts(blank_pages_pdf(PDF_MAX_PAGES)) == []
    assert time.monotonic() - start < 5  # was 26 s: every fallback ran on every blank page


def test_the_scan_stops_at_its_time_budget(monkeypatch):
    """Pages full of noise make every fallback run on every page: the budget ends it."""
    monkeypatch.setattr(qr, "SCAN_SECONDS", 2.0)
    start = time.monotonic()
    with pytest.raises(ScanRefused) as slow:
        decode_qr_texts(noise_pages_pdf(PDF_MAX_PAGES))
    assert slow.value.code == "too_slow"
    assert slow.value.detail == "not a certificate: the file takes too long to scan (more than 2 s)"
    assert time.monotonic() - start < 2.0 + 6  # the budget plus at most one step


def test_a_qr_code_on_the_last_page_allowed_is_still_found(tmp_path):
    """The limits do not cost a real certificate anything: a code on page PDF_MAX_PAGES
    (rendered page by page) is found."""
    token = "eyJhbGciOiJFZERTQSJ9.e30.c2ln"
    png = qr_png(token, scale=6)
    with Image.open(io.BytesIO(png)) as im:
        w, h = im.size
        raw = im.convert("L").tobytes()
    pages = PDF_MAX_PAGES
    kids = b" ".join(b"%d 0 R" % (3 + 3 * i) for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    for i in range(pages):
        last = i == pages - 1
        content = b"q 200 0 0 200 100 500 cm /Im0 Do Q" if last else b""
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                    b" /Resources << /XObject << /Im0 %d 0 R >> >> >>" % (4 + 3 * i, 5 + 3 * i))
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        data = zlib.compress(raw)
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
                    b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
                    % (w, h, len(data), data))
    assert decode_qr_texts(hand_pdf(objs)) == [token]
