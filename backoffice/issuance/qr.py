"""The signed certificate QR code (certificate-qr-v1): JWS EdDSA, QR encoding, decoding, verdict.

Content: one ASCII compact JWS (RFC 7515) in byte mode, error correction level M, under 600
bytes. Header exactly {"alg":"EdDSA","kid":...,"typ":"cert-qr/1"}; signature Ed25519 over
ASCII "header.payload" (RFC 8037).
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import segno
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from PIL import Image, ImageFilter, ImageOps

from backoffice.platform.errors import ConfigError

log = logging.getLogger(__name__)

TYP = "cert-qr/1"
ALG = "EdDSA"
MAX_BYTES = 600  # certificate-qr-v1: "the whole string must stay under 600 bytes"
PAYLOAD_KEYS = ("v", "sn", "kind", "iss", "iat", "app", "name", "birth", "sha256")
STATUSES = ("valid", "revoked", "unknown_key", "bad_signature", "not_a_certificate")
_B64URL_RE = re.compile(r"^[A-Za-z0-9_-]*$")
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(s: str) -> bytes:
    """Strict: base64url alphabet only, no padding, canonical trailing bits."""
    if not isinstance(s, str) or not _B64URL_RE.match(s) or len(s) % 4 == 1:
        raise ValueError("not unpadded base64url")
    try:
        data = base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    except binascii.Error as exc:
        raise ValueError("not unpadded base64url") from exc
    if b64url(data) != s:
        raise ValueError("non-canonical base64url")
    return data


def _compact(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def make_payload(*, serial: str, kind: str, city_code: str, issued_on: date,
                 application_id: str, name: str, birth: date | None, body_sha256: str) -> dict[str, Any]:
    """The v1 payload, keys in the spec's order; birth is null for a person without one."""
    return {
        "v": 1, "sn": serial, "kind": kind, "iss": city_code, "iat": issued_on.isoformat(),
        "app": application_id, "name": name,
        "birth": birth.isoformat() if birth is not None else None, "sha256": body_sha256,
    }


def sign_qr(payload: dict[str, Any], private_key: Ed25519PrivateKey, kid: str) -> str:
    """Compact JWS over the payload; ValueError when it would not stay under 600 bytes."""
    header = _compact({"alg": ALG, "kid": kid, "typ": TYP})
    signing_input = f"{b64url(header)}.{b64url(_compact(payload))}"
    signature = private_key.sign(signing_input.encode("ascii"))
    token = f"{signing_input}.{b64url(signature)}"
    if len(token) >= MAX_BYTES:
        raise ValueError(f"certificate QR content is {len(token)} bytes; the limit is under {MAX_BYTES}")
    return token


def qr_code(text: str) -> segno.QRCode:
    return segno.make(text, error="m", mode="byte", micro=False, boost_error=False)


def qr_matrix(text: str) -> list[list[bool]]:
    """Dark modules row by row, top row first, without the quiet zone (render_pdf draws vectors)."""
    return [[bool(v) for v in row] for row in qr_code(text).matrix]


def qr_png(text: str, *, scale: int = 8, border: int = 4) -> bytes:
    out = io.BytesIO()
    qr_code(text).save(out, kind="png", scale=scale, border=border)
    return out.getvalue()


# -- decoding ------------------------------------------------------------------------------

PDF_DPI = 200  # pypdfium2 render for PDFs; 300 dpi is the second try
MAX_DECODE_PIXELS = 60_000_000  # refuse absurd images rather than exhaust memory
# A presented certificate is a page or two (a notice with its annex a few more); a file
# with more pages is not one, and scanning 1,000 pages took minutes and gigabytes (issue 21).
PDF_MAX_PAGES = 10
PDF_RETRY_MAX_PAGES = 2  # the 300 dpi second try is for a certificate's page, not a stack
# A certificate is A4 (A3 at most); a PDF page larger than A2 at 200 dpi is not one, and
# each fallback on a 60-megapixel page takes seconds.
PDF_MAX_PAGE_PIXELS = 16_000_000
SCAN_SECONDS = 15.0  # the whole scan of one file; a counter PC must answer in seconds
MIN_CONTRAST = 8  # darkest vs lightest grey level; below it a page is blank (a rendered blank page: 0)


class ScanRefused(ValueError):
    """The file is not scanned at all because it cannot be a certificate within the limits.

    ``code`` is too_many_pages | page_too_large | image_too_large (the desktop shows it in
    the staff's language); ``detail`` is the sentence for the verdict JSON."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def _zbar(img: Image.Image) -> list[str]:
    from pyzbar.pyzbar import ZBarSymbol, decode  # imported late: needs libzbar0

    texts = []
    for sym in decode(img, symbols=[ZBarSymbol.QRCODE]):
        try:
            texts.append(sym.data.decode("ascii"))
        except UnicodeDecodeError:  # not ours; keep it readable for the verdict
            texts.append(sym.data.decode("utf-8", errors="replace"))
    return texts


def _otsu(gray: Image.Image) -> int:
    hist = gray.histogram()
    total = sum(hist)
    sum_all = sum(i * h for i, h in enumerate(hist))
    w_b = sum_b = 0.0
    best, threshold = -1.0, 128
    for t in range(256):
        w_b += hist[t]
        if w_b == 0 or w_b == total:
            continue
        sum_b += t * hist[t]
        w_f = total - w_b
        m_b, m_f = sum_b / w_b, (sum_all - sum_b) / w_f
        between = w_b * w_f * (m_b - m_f) ** 2
        if between > best:
            best, threshold = between, t
    return threshold


def _fallbacks(gray: Image.Image):  # type: ignore[no-untyped-def]
    """Cheaper-first variants tried only when the plain image decodes nothing."""
    stretched = ImageOps.autocontrast(gray, cutoff=1)
    yield stretched
    t = _otsu(stretched)
    yield stretched.point(lambda v: 255 if v > t else 0)
    w, h = gray.size
    if max(w, h) < 2600:  # <= 200 dpi pages, fax-like scans: modules of 2-3 px
        yield stretched.resize((w * 2, h * 2), Image.Resampling.LANCZOS).filter(
            ImageFilter.UnsharpMask(radius=3, percent=200))
    yield stretched.filter(ImageFilter.MedianFilter(3))
    if max(w, h) > 2500:  # phone photos: zbar's finder likes moderate sizes
        yield stretched.reduce(2)
    for angle in (90, 180, 270):
        yield stretched.rotate(angle, expand=True)
    yield stretched.filter(ImageFilter.UnsharpMask(radius=2, percent=150))


def _check_deadline(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise ScanRefused("too_slow", f"not a certificate: the file takes too long to scan "
                                      f"(more than {SCAN_SECONDS:g} s)")


def decode_image_texts(img: Image.Image, deadline: float | None = None) -> list[str]:
    """QR strings on one image; the fallbacks stop with ScanRefused("too_slow") once the
    time.monotonic() ``deadline`` has passed."""
    gray = ImageOps.exif_transpose(img).convert("L")
    low, high = gray.getextrema()  # an "L" image: two ints
    if isinstance(low, int | float) and isinstance(high, int | float) and high - low < MIN_CONTRAST:  # a blank page: no code can be on it, skip the fallbacks
        return []
    found = _zbar(gray)
    if found:
        return found
    for variant in _fallbacks(gray):
        _check_deadline(deadline)
        found = _zbar(variant)
        if found:
            log.debug("QR found only after a fallback (%s)", variant.size)
            return found
    return []


def _page_pixels(width_pt: float, height_pt: float, dpi: float) -> float:
    return (width_pt * dpi / 72) * (height_pt * dpi / 72)


def _pdf_pages(pdf: Any, dpi: int) -> Iterator[Image.Image]:
    """Page images one at a time (only one page is ever in memory). A page that would be
    over PDF_MAX_PAGE_PIXELS at ``dpi`` is rendered at the largest dpi that fits."""
    for i in range(len(pdf)):
        page = pdf[i]
        try:
            w, h = page.get_size()
            scale = dpi / 72
            if _page_pixels(w, h, dpi) > PDF_MAX_PAGE_PIXELS:
                scale = (PDF_MAX_PAGE_PIXELS / (w * h)) ** 0.5
            yield page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()


def _check_pdf_limits(pdf: Any) -> None:
    """Refuse before rendering anything: too many pages, or a page no certificate has."""
    count = len(pdf)
    if count > PDF_MAX_PAGES:
        raise ScanRefused("too_many_pages", f"not a certificate: too many pages ({count:,}; "
                                            f"a certificate has at most {PDF_MAX_PAGES})")
    for i in range(count):
        w, h = pdf.get_page_size(i)
        if _page_pixels(w, h, PDF_DPI) > PDF_MAX_PAGE_PIXELS:
            raise ScanRefused("page_too_large", (
                f"not a certificate: page {i + 1} is too large ({w / 72:.0f} x {h / 72:.0f} in; "
                f"at {PDF_DPI} dpi over {PDF_MAX_PAGE_PIXELS:,} pixels)"))


def _pdf_texts(data: bytes, deadline: float) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        _check_pdf_limits(pdf)
        texts: list[str] = []
        for dpi in (PDF_DPI, 300):
            if dpi != PDF_DPI and len(pdf) > PDF_RETRY_MAX_PAGES:
                break
            for page in _pdf_pages(pdf, dpi):
                texts.extend(decode_image_texts(page, deadline))
                _check_deadline(deadline)
            if texts:
                break
        return texts
    finally:
        pdf.close()


def decode_qr_texts(path_or_bytes: str | Path | bytes, *, filename_hint: str | None = None) -> list[str]:
    """Every QR string on a PNG/JPEG image or on every page of a PDF, in page order.

    ScanRefused (a ValueError) when the file is beyond the limits: more than PDF_MAX_PAGES
    pages, a PDF page over PDF_MAX_PAGE_PIXELS or an image over MAX_DECODE_PIXELS, or a scan
    that would take more than SCAN_SECONDS."""
    deadline = time.monotonic() + SCAN_SECONDS
    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
    else:
        data = Path(path_or_bytes).read_bytes()
        filename_hint = filename_hint or str(path_or_bytes)
    is_pdf = data[:5] == b"%PDF-" or (filename_hint or "").lower().endswith(".pdf")
    texts: list[str] = []
    if is_pdf:
        texts = _pdf_texts(data, deadline)
    else:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_DECODE_PIXELS:
                raise ScanRefused("image_too_large", (
                    f"not a certificate: image of {img.width}x{img.height} pixels is too large "
                    f"to scan (over {MAX_DECODE_PIXELS:,} pixels)"))
            texts = decode_image_texts(img, deadline)
    return list(dict.fromkeys(texts))  # dedupe, keep order


# -- verification -------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    status: str  # one of STATUSES
    kid: str | None
    payload: dict[str, Any] | None  # only when the signature is valid
    detail: str
    serial_known: bool | None = None  # None: not checked (no serial_status given)

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "kid": self.kid, "payload": self.payload,
                "detail": self.detail, "serial_known": self.serial_known}


def _payload_problem(payload: Any) -> str | None:
    if not isinstance(payload, dict):
        return "payload is not a JSON object"
    if payload.get("v") != 1:
        return f"payload version {payload.get('v')!r} is not 1"
    missing = [k for k in PAYLOAD_KEYS if k not in payload]
    if missing:
        return f"payload lacks {', '.join(missing)}"
    for key in ("sn", "kind", "iss", "iat", "app", "name", "sha256"):
        if not isinstance(payload[key], str) or not payload[key]:
            return f"payload field {key} is not a non-empty string"
    for key in ("iat", "birth"):
        value = payload[key]
        if value is None and key == "birth":
            continue
        try:
            if not isinstance(value, str) or not _ISO_DATE_RE.match(value):
                raise ValueError(value)
            date.fromisoformat(value)
        except ValueError:
            return f"payload field {key} is not an ISO date"
    return None


def verify_qr_text(text: str, public_keys: Mapping[str, Ed25519PublicKey],
                   serial_status: Callable[[str], str | None] | None = None) -> Verdict:
    """Verdict for one decoded QR string (certificate-qr-v1 "Verification").

    serial_status(sn) returns the office's status of that serial, "revoked", or None when
    the office has no record of it; a valid signature on an unknown serial stays "valid"
    with serial_known=False and a warning in detail (see docs/issuance.md).
    """
    parts = text.strip().split(".")
    if len(parts) != 3:
        return Verdict("not_a_certificate", None, None, "not a compact JWS (header.payload.signature)")
    try:
        header = json.loads(b64url_decode(parts[0]))
        signature = b64url_decode(parts[2])
        payload_bytes = b64url_decode(parts[1])
    except (ValueError, UnicodeDecodeError):
        return Verdict("not_a_certificate", None, None, "JWS parts are not base64url / JSON")
    if not isinstance(header, dict) or header.get("typ") != TYP:
        return Verdict("not_a_certificate", None, None, f"header typ is not {TYP}")
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid:
        return Verdict("not_a_certificate", None, None, "header has no kid")
    if header.get("alg") != ALG:
        # typ claims a city certificate, but it is not signed the only allowed way
        return Verdict("bad_signature", kid, None, f"header alg {header.get('alg')!r} is not EdDSA")
    key = public_keys.get(kid)
    if key is None:
        return Verdict("unknown_key", kid, None, f"no public key for kid {kid!r}")
    try:
        key.verify(signature, f"{parts[0]}.{parts[1]}".encode("ascii"))
    except (InvalidSignature, ValueError):
        return Verdict("bad_signature", kid, None, "Ed25519 signature does not verify")
    try:
        payload = json.loads(payload_bytes.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return Verdict("not_a_certificate", kid, None, "signed payload is not UTF-8 JSON")
    problem = _payload_problem(payload)
    if problem:
        return Verdict("not_a_certificate", kid, None, f"signed, but {problem}")
    if serial_status is None:
        return Verdict("valid", kid, payload, "signature valid (serial not checked)")
    state = serial_status(payload["sn"])
    if state == "revoked":
        return Verdict("revoked", kid, payload, f"signature valid, but serial {payload['sn']} is revoked", True)
    if state is None:
        log.warning("valid signature on serial %s unknown to this office", payload["sn"])
        return Verdict("valid", kid, payload,
                       f"signature valid, but serial {payload['sn']} is not in this office's "
                       "records: check with the issuing department before relying on it", False)
    return Verdict("valid", kid, payload, f"signature valid; serial {payload['sn']} is {state}", True)


def load_public_keys_dir(directory: str | Path) -> dict[str, Ed25519PublicKey]:
    """<kid>.pem (SubjectPublicKeyInfo) files -> {kid: key}; ConfigError on a broken file.

    outbox-<key_id>.pem, which `keys public` writes into the same folder for the portal
    (portal-v1 §1), is the outbox key, never an issuing key: it is skipped, so a document
    signed with it does not verify."""
    keys: dict[str, Ed25519PublicKey] = {}
    for path in sorted(Path(directory).glob("*.pem")):
        if path.name.startswith("outbox-"):
            continue
        try:
            key = load_pem_public_key(path.read_bytes())
        except (ValueError, OSError) as exc:
            raise ConfigError(f"public key {path}: cannot load: {exc}") from exc
        if not isinstance(key, Ed25519PublicKey):
            raise ConfigError(f"public key {path}: not an Ed25519 key")
        keys[path.stem] = key
    return keys
