"""Paper documents brought in at the counter (窓口受付, issue 18 item 1): scans a clerk
chooses, or files a scanner writes into the office's scan folder (`[counter] scan_folder`).

Every file is checked before anything keeps it, with the limits of the gateway's sanitized
attachments (`SCAN_LIMITS` equals the gateway's `SanitizeLimits`; a test holds them
together): a regular file, not over 50 MiB, a real PDF, PNG or JPEG (the content's signature
bytes and the name's extension agree), decodable, not encrypted, at most 200 pages and 50
million pixels per page at 150 dpi, within a time budget. It is then rebuilt from its
pixels like the gateway does (an image is re-encoded without its metadata, a PDF becomes an
image-only PDF of its pages rendered at 150 dpi), so the viewer and the application keep only
pixels. The LGWAN side never runs the gateway's code (tests/core/test_layers.py), so the
decoding happens here, in the process, as the verify page's scans do
(backoffice/issuance/qr.py); these files come from the office's own scanner or a clerk's
choice, never from the internet.

The scan folder, shared by the office's counter PCs:

    <scan_folder>/            the scanner writes here
                  ready/      checked and rebuilt scans waiting for their application
                              (<sha256 of the original>.<ext> + .json: the draft)
                  done/       originals imported, and ready scans once attached
                  quarantine/ refused files, each with <name>.reason.txt

`import_folder()` takes every settled file of the folder (older than `SETTLE_SECONDS`, not
hidden, not `.part`/`.tmp`), one at a time, and never stops for one bad file: a refused file
goes to quarantine with its reason; an accepted one is written to ready/ (temporary name,
fsync, rename) before its original moves to done/, so a crash in between only repeats the
same write (the name is the original's hash). Each outcome is audited (`counter.scan_import`,
`counter.scan_quarantine`). The clerk then chooses a waiting scan in the walk-in entry page,
sees it in the document viewer while typing, and `counter_entry.enter()` attaches it to the
new application in the same transaction (a document of kind `paper_scan`); only after the
commit does the ready scan move to done/. A scan already attached to an application (found
by its path `scans/<sha256>` among the documents) is refused the second time.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import re
import time
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.platform import fileperms
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, ConfigError
from backoffice.platform.timeutil import rfc3339, utcnow


@dataclass(frozen=True)
class ScanLimits:
    """The gateway's SanitizeLimits for attachments (backoffice/gateway/limits.py)."""

    max_pixels: int = 50_000_000
    max_pages: int = 200
    dpi: int = 150
    max_input_bytes: int = 50 << 20
    seconds: float = 60.0  # the gateway's wall-clock timeout per file


SCAN_LIMITS = ScanLimits()
JPEG_QUALITY = 90
SETTLE_SECONDS = 5.0  # a file the scanner may still be writing is left for the next run
KIND = "paper_scan"
_SIGNATURES = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))
_EXTENSIONS = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
_EXT_OF = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}
_KEY = re.compile(r"[0-9a-f]{64}")


class ScanRejected(BackofficeError):
    """A file that cannot be taken in; `reason` is a code (docs/counter-entry.md), the
    message an English sentence for the quarantine note and the audit entry."""

    default_code = "scan_rejected"

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail, reason=reason)
        self.reason, self.detail = reason, detail


@dataclass(frozen=True)
class Scan:
    """A checked and rebuilt scan: what an application gets as its document."""

    key: str             # sha256 of the original file (names it in ready/ and in documents.path)
    original_name: str
    media_type: str      # application/pdf, image/png or image/jpeg
    pages: int
    data: bytes
    actions: tuple[str, ...]
    imported_at: str = ""  # RFC 3339, when it was taken in (ready scans)

    @property
    def extension(self) -> str:
        return _EXT_OF[self.media_type]

    @property
    def path(self) -> str:
        """documents.path of the attached scan: how a second use is recognised."""
        return f"scans/{self.key}"


@dataclass(frozen=True)
class ImportReport:
    imported: tuple[str, ...]                  # original file names, now in ready/
    quarantined: tuple[tuple[str, str], ...]   # (file name, reason code)
    already: tuple[str, ...]                   # imported before (a repeated run): moved to done/
    left: tuple[str, ...]                      # still being written (too new): next run


# --- checking and rebuilding one file ----------------------------------------------------------


def _media_type(data: bytes, name: str) -> str:
    found = next((mt for sig, mt in _SIGNATURES if data.startswith(sig)), None)
    if found is None:
        raise ScanRejected("media_type_not_allowed", "the file is not a PDF, PNG or JPEG "
                           "(its first bytes are not the signature of any of them)")
    named = _EXTENSIONS.get(Path(name).suffix.lower())
    if named is None:
        raise ScanRejected("media_type_not_allowed", f"the file name's extension {Path(name).suffix!r} "
                           "is not .pdf, .png, .jpg or .jpeg")
    if named != found:
        raise ScanRejected("media_type_mismatch", f"the file is named {Path(name).suffix} but its content "
                           f"is {found}")
    return found


def _check_pixels(width: int, height: int, limits: ScanLimits, what: str) -> None:
    if width < 1 or height < 1 or width * height > limits.max_pixels:
        raise ScanRejected("too_large", f"{what} is {width}x{height} pixels, more than the limit of "
                           f"{limits.max_pixels:,}")


def _deadline_check(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise ScanRejected("too_slow", "the file takes too long to read (over the time limit)")


def _rebuild_image(data: bytes, media_type: str, limits: ScanLimits) -> tuple[bytes, str, int, list[str]]:
    from PIL import Image, ImageOps

    fmt = "PNG" if media_type == "image/png" else "JPEG"
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=[fmt]) as opened:
                _check_pixels(*opened.size, limits, "the image")
                opened.load()
                im: Image.Image = ImageOps.exif_transpose(opened) or opened
                if im.mode not in ("1", "L", "RGB", "RGBA", "LA"):
                    im = im.convert("RGBA" if "A" in im.mode or "transparency" in im.info else "RGB")
                clean = Image.new(im.mode, im.size)
                clean.paste(im)
        except ScanRejected:
            raise
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError,
                Image.DecompressionBombWarning) as exc:
            raise ScanRejected("unreadable", f"the {fmt} image cannot be decoded ({_clip(exc)})") from None
    out = io.BytesIO()
    if fmt == "JPEG" and clean.mode in ("L", "RGB"):
        clean.save(out, "JPEG", quality=JPEG_QUALITY)
        return out.getvalue(), "image/jpeg", 1, [f"decoded JPEG and re-encoded as JPEG (quality {JPEG_QUALITY})",
                                                 "removed the metadata"]
    clean.save(out, "PNG")
    return out.getvalue(), "image/png", 1, ["decoded and re-encoded as PNG", "removed the metadata"]


def _rebuild_pdf(data: bytes, limits: ScanLimits, deadline: float) -> tuple[bytes, str, int, list[str]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ScanRejected("encrypted", "the PDF is password protected") from None
        raise ScanRejected("unreadable", f"the PDF cannot be opened ({_clip(exc)})") from None
    try:
        if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1:
            raise ScanRejected("encrypted", "the PDF is encrypted (permissions password)")
        count = len(pdf)
        if count == 0:
            raise ScanRejected("unreadable", "the PDF has no pages")
        if count > limits.max_pages:
            raise ScanRejected("too_large", f"the PDF has {count} pages, more than the limit of {limits.max_pages}")
        scale = limits.dpi / 72
        images = []
        for index in range(count):
            _deadline_check(deadline)
            page = pdf[index]
            width, height = page.get_size()
            _check_pixels(math.ceil(width * scale), math.ceil(height * scale), limits,
                          f"page {index + 1} at {limits.dpi} dpi")
            images.append(page.render(scale=scale, may_draw_forms=False).to_pil().convert("RGB"))
            page.close()
    finally:
        pdf.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(limits.dpi),
                   quality=JPEG_QUALITY)
    plural = "s" if count > 1 else ""
    return out.getvalue(), "application/pdf", count, [
        f"rendered {count} PDF page{plural} at {limits.dpi} dpi and rebuilt an image-only PDF",
        "removed the text layer, scripts, forms, annotations and metadata"]


def _clip(exc: BaseException) -> str:
    text = re.sub(r" ?<[^>]*>", "", str(exc)) or type(exc).__name__
    return re.sub(r"[^\x20-\x7e]", "?", text)[:200]


def check(data: bytes, name: str, *, limits: ScanLimits | None = None) -> Scan:
    """Check one file's bytes and rebuild it; ScanRejected says why not."""
    limits = limits or SCAN_LIMITS
    if len(data) > limits.max_input_bytes:
        raise ScanRejected("too_large", f"the file is {len(data):,} bytes, more than the limit of "
                           f"{limits.max_input_bytes:,}")
    if not data:
        raise ScanRejected("unreadable", "the file is empty")
    media_type = _media_type(data, name)
    deadline = time.monotonic() + limits.seconds
    if media_type == "application/pdf":
        rebuilt, out_type, pages, actions = _rebuild_pdf(data, limits, deadline)
    else:
        rebuilt, out_type, pages, actions = _rebuild_image(data, media_type, limits)
    _deadline_check(deadline)
    return Scan(key=hashlib.sha256(data).hexdigest(), original_name=_safe_name(name), media_type=out_type,
                pages=pages, data=rebuilt, actions=tuple(actions))


def _safe_name(name: str) -> str:
    base = Path(name).name
    return re.sub(r"[\x00-\x1f\x7f]", "?", base)[:200] or "scan"


def read_file(path: str | Path, *, limits: ScanLimits | None = None) -> Scan:
    """A file the clerk chose (it stays where it is): checked and rebuilt."""
    limits = limits or SCAN_LIMITS
    p = Path(path)
    try:
        st = p.lstat()
        if p.is_symlink() or not p.is_file():
            raise ScanRejected("not_a_file", "not a regular file (a folder, link or device)")
        if st.st_size > limits.max_input_bytes:
            raise ScanRejected("too_large", f"the file is {st.st_size:,} bytes, more than the limit of "
                               f"{limits.max_input_bytes:,}")
        with open(p, "rb") as fh:
            data = fh.read(limits.max_input_bytes + 1)
    except OSError as exc:
        raise ScanRejected("unreadable", f"the file cannot be read ({type(exc).__name__})") from None
    return check(data, p.name, limits=limits)


# --- the scan folder ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ScanFolder:
    root: Path

    @property
    def ready(self) -> Path:
        return self.root / "ready"

    @property
    def done(self) -> Path:
        return self.root / "done"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    def make(self) -> None:
        for d in (self.root, self.ready, self.done, self.quarantine):
            fileperms.ensure_dir(d)


def folder(bo: Backoffice) -> ScanFolder:
    """The configured scan folder; a ConfigError when `[counter] scan_folder` is not set."""
    root = bo.config.scan_folder
    if root is None:
        raise ConfigError("no scan folder is configured ([counter] scan_folder)")
    return ScanFolder(Path(root))


def _free_name(directory: Path, name: str) -> Path:
    target = directory / name
    n = 1
    while target.exists():
        stem, suffix = os.path.splitext(name)
        target = directory / f"{stem}-{n}{suffix}"
        n += 1
    return target


def _move(src: Path, directory: Path) -> Path:
    target = _free_name(directory, src.name)
    os.replace(src, target)
    return target


def _write_ready(sf: ScanFolder, scan: Scan) -> None:
    meta = {"original_name": scan.original_name, "media_type": scan.media_type, "pages": scan.pages,
            "actions": list(scan.actions), "imported_at": scan.imported_at}
    # the data first, then its note: a ready scan is listed by its note
    for name, payload in ((f"{scan.key}.{scan.extension}", scan.data),
                          (f"{scan.key}.json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))):
        tmp = sf.ready / f".{name}.part"
        fileperms.write_file(tmp, payload)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, sf.ready / name)


def _attached(bo: Backoffice, key: str) -> bool:
    from sqlalchemy import select, text

    from backoffice.db.engine import is_person
    from backoffice.db.models import Document

    with bo.db.read() as s:
        if is_person(s):  # issue 19: counter staff may not read documents; the server answers yes or no
            return bool(s.scalar(text("SELECT bo_scan_attached(:p)"), {"p": f"scans/{key}"}))
        return s.scalar(select(Document.id).where(Document.path == f"scans/{key}").limit(1)) is not None


def _settled(p: Path, now: float) -> bool:
    try:
        return now - p.stat().st_mtime >= SETTLE_SECONDS
    except OSError:
        return False


def import_folder(bo: Backoffice, actor: Actor, *, settle: bool = True) -> ImportReport:
    """Take in every settled file of the scan folder (see the module's docstring)."""
    require(actor, "counter.enter")
    sf = folder(bo)
    sf.make()
    clear_attached(bo)
    imported: list[str] = []
    quarantined: list[tuple[str, str]] = []
    already: list[str] = []
    left: list[str] = []
    now = time.time()
    for p in sorted(sf.root.iterdir(), key=lambda q: q.name):
        name = p.name
        if name.startswith(".") or name.endswith((".part", ".tmp")) or p.is_dir() and not p.is_symlink():
            continue
        if settle and not _settled(p, now):
            left.append(name)
            continue
        try:
            scan = read_file(p)
        except ScanRejected as exc:
            _quarantine(bo, actor, sf, p, exc.reason, exc.detail)
            quarantined.append((name, exc.reason))
            continue
        except Exception as exc:  # a decoder's surprise must not stop the rest
            _quarantine(bo, actor, sf, p, "unreadable", f"the file cannot be read ({type(exc).__name__})")
            quarantined.append((name, "unreadable"))
            continue
        ready_note = sf.ready / f"{scan.key}.json"
        if ready_note.exists() or _attached(bo, scan.key):
            _move(p, sf.done)
            already.append(name)
            continue
        scan = Scan(key=scan.key, original_name=scan.original_name, media_type=scan.media_type,
                    pages=scan.pages, data=scan.data, actions=scan.actions, imported_at=rfc3339(utcnow()))
        _write_ready(sf, scan)
        with bo.db.write() as s:
            audit.record(s, actor, "counter.scan_import", "counter:scans", file=scan.original_name,
                         scan=scan.key[:16], pages=scan.pages, media_type=scan.media_type)
        _move(p, sf.done)
        imported.append(name)
    return ImportReport(tuple(imported), tuple(quarantined), tuple(already), tuple(left))


def _quarantine(bo: Backoffice, actor: Actor, sf: ScanFolder, p: Path, reason: str, detail: str) -> None:
    try:
        target = _move(p, sf.quarantine)
    except OSError:
        return  # gone or locked by the scanner: the next run sees it again
    fileperms.write_file(target.with_name(target.name + ".reason.txt"),
                         f"{reason}: {detail}\n".encode())
    with bo.db.write() as s:
        audit.record(s, actor, "counter.scan_quarantine", "counter:scans", file=target.name, reason=reason,
                     detail=detail)


def waiting(bo: Backoffice) -> list[Scan]:
    """The ready scans waiting for their application, oldest first, without their bytes
    (`data` is empty; `load_ready` reads one). An unconfigured folder has none."""
    if bo.config.scan_folder is None:
        return []
    sf = folder(bo)
    if not sf.ready.is_dir():
        return []
    out = []
    for note in sf.ready.glob("*.json"):
        scan = _read_note(sf, note.stem, with_data=False)
        if scan is not None:
            out.append(scan)
    return sorted(out, key=lambda sc: (sc.imported_at, sc.original_name))


def _read_note(sf: ScanFolder, key: str, *, with_data: bool) -> Scan | None:
    if not _KEY.fullmatch(key):
        return None
    try:
        meta = json.loads((sf.ready / f"{key}.json").read_text(encoding="utf-8"))
        media_type = str(meta["media_type"])
        ext = _EXT_OF[media_type]
        data = (sf.ready / f"{key}.{ext}").read_bytes() if with_data else b""
        return Scan(key=key, original_name=str(meta["original_name"]), media_type=media_type,
                    pages=int(meta["pages"]), data=data, actions=tuple(str(a) for a in meta["actions"]),
                    imported_at=str(meta.get("imported_at", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_ready(bo: Backoffice, key: str) -> Scan:
    """One waiting scan with its bytes (for the viewer and for enter())."""
    scan = _read_note(folder(bo), key, with_data=True)
    if scan is None:
        raise ScanRejected("gone", "the scan is no longer waiting (attached or removed)")
    return scan


def finish_ready(bo: Backoffice, key: str) -> None:
    """After the application holding the scan committed: move it from ready/ to done/."""
    if bo.config.scan_folder is None or not _KEY.fullmatch(key):
        return
    sf = folder(bo)
    for p in sorted(sf.ready.glob(f"{key}.*"), key=lambda q: q.suffix == ".json", reverse=True):
        try:
            _move(p, sf.done)
        except OSError:
            pass  # the next import sees the note, finds the document and clears it


def clear_attached(bo: Backoffice) -> int:
    """Ready scans already attached (a crash between the commit and finish_ready): done."""
    n = 0
    for scan in waiting(bo):
        if _attached(bo, scan.key):
            finish_ready(bo, scan.key)
            n += 1
    return n


def stamp(scan: Scan, when: datetime) -> Scan:
    """The scan with its time of import (a file the clerk chose is taken in when saved)."""
    return Scan(key=scan.key, original_name=scan.original_name, media_type=scan.media_type, pages=scan.pages,
                data=scan.data, actions=scan.actions, imported_at=rfc3339(when))

