"""Content disarm and reconstruction (ファイル無害化) of one untrusted attachment.

bundle-v1 §6: a sanitized file is a PNG, a JPEG or an image-only PDF, rebuilt from
decoded pixels so that nothing of the original file structure survives. All parsing of
untrusted bytes happens in a short-lived child process forked from a warm forkserver
(imports already done), under RLIMIT_CPU / RLIMIT_AS and a wall-clock timeout; the
parent only sniffs magic bytes. Output choice: JPEG photos stay JPEG (quality 90,
re-encoding as PNG would triple their size for no gain); every other image becomes
PNG (lossless, keeps alpha); PDFs and multi-page TIFF scans become image-only PDFs.
"""

from __future__ import annotations

import atexit
import dataclasses
import json
import logging
import math
import os
import re
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, NoReturn

from backoffice.gateway.limits import (
    ALLOWED_IMAGES,
    JPEG_QUALITY,
    FileRejected,
    SanitizeLimits,
    clip,
)

__all__ = ["ALLOWED_IMAGES", "ALLOWED_TYPES", "JPEG_QUALITY", "FileRejected", "SanitizeLimits", "SanitizedFile",
           "sanitize_file"]

log = logging.getLogger(__name__)

ALLOWED_TYPES = frozenset(ALLOWED_IMAGES) | {"application/pdf"}
_EXIT_MEMORY = 75  # child exit code for MemoryError: reporting it must not allocate
_SIGNALS = {sig.value: sig.name for sig in signal.Signals}
_OUTPUT_TYPES = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}
_FRAME = struct.Struct(">Q")  # length prefix of the zygote pipe protocol
_MAX_RESULT = 1 << 30  # sanity cap on any frame


@dataclass(frozen=True)
class SanitizedFile:
    data: bytes
    media_type: str  # bundle-v1 §6: application/pdf, image/png or image/jpeg only
    extension: str
    pages: int
    actions: list[str]


# ----------------------------------------------------------------- type detection
_PREFIXES: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"), (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff"),
    (b"MZ", "application/x-dosexec"), (b"\x7fELF", "application/x-executable"),
    (b"\xfe\xed\xfa\xce", "application/x-mach-binary"), (b"\xfe\xed\xfa\xcf", "application/x-mach-binary"),
    (b"\xcf\xfa\xed\xfe", "application/x-mach-binary"), (b"\xca\xfe\xba\xbe", "application/java-vm"),
    (b"\x00asm", "application/wasm"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
    (b"\x1f\x8b", "application/gzip"), (b"BZh", "application/x-bzip2"),
    (b"\xfd7zXZ\x00", "application/x-xz"), (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"), (b"{\\rtf", "application/rtf"),
    (b"%!PS", "application/postscript"), (b"#!", "text/x-shellscript"),
    (b"\x00\x00\x01\x00", "image/vnd.microsoft.icon"), (b"8BPS", "image/vnd.adobe.photoshop"),
    (b"\x00\x00\x00\x0cjP  ", "image/jp2"), (b"\xff\x0a", "image/jxl"),
]
_OOXML = [(b"word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          (b"xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          (b"ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation")]
_MARKUP = [(b"<svg", "image/svg+xml"), (b"<!doctype html", "text/html"), (b"<html", "text/html"),
           (b"<script", "text/html"), (b"<head", "text/html"), (b"<body", "text/html"),
           (b"<?xml", "application/xml")]


def detect_type(data: bytes) -> str:
    """The real type from magic bytes (never the file name). Binary magic at offset 0 is
    checked first, so e.g. ``MZ...%PDF-`` is an executable, not a PDF."""
    if not data:
        return "application/x-empty"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if data[30:38] == b"mimetype":  # ODF stores its type first, uncompressed
            mime = data[38:38 + min(80, int.from_bytes(data[18:22], "little"))].decode("latin-1")
            return mime if re.fullmatch(r"[\w.+/-]{3,80}", mime) else "application/zip"
        head = data[:65536]
        ooxml = b"[Content_Types].xml" in head
        return next((m for marker, m in _OOXML if ooxml and marker in head), "application/zip")
    if data[:4] == b"RIFF":
        return "image/webp" if data[8:12] == b"WEBP" else "application/x-riff"
    if data[4:8] == b"ftyp":  # ISO media: HEIC from phones is common and not accepted
        brand = data[8:12]
        return ("image/heic" if brand in (b"heic", b"heix", b"mif1", b"msf1", b"hevc") else
                "image/avif" if brand in (b"avif", b"avis") else "video/mp4")
    if data[:2] == b"BM" and len(data) >= 26 and int.from_bytes(data[14:18], "little") in (
            12, 40, 52, 56, 64, 108, 124):
        return "image/bmp"
    for prefix, mime in _PREFIXES:
        if data.startswith(prefix):
            return mime
    if b"%PDF-" in data[:1024]:  # PDF readers accept junk before the header
        return "application/pdf"
    text = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    for marker, mime in _MARKUP:
        if text.startswith(marker):
            return "image/svg+xml" if b"<svg" in data[:4096].lower() else mime
    head = data[:4096]
    if b"\x00" not in head and head.decode("utf-8", "replace").count("\ufffd") <= 1:
        return "text/plain"
    return "application/octet-stream"


# ----------------------------------------------------------------- parent side
def sanitize_file(data: bytes, limits: SanitizeLimits | None = None) -> SanitizedFile:
    """Rebuild one untrusted file, or raise FileRejected with a reason."""
    limits = limits or SanitizeLimits()
    if len(data) > limits.max_input_bytes:
        raise FileRejected(f"file too large: {len(data):,} bytes exceeds the limit of "
                           f"{limits.max_input_bytes:,} bytes")
    mime = detect_type(data)
    if mime not in ALLOWED_TYPES:
        raise FileRejected(f"unsupported file type: {mime}")
    if not hasattr(os, "fork"):  # the isolation below needs fork and rlimits
        raise FileRejected("the sanitizer needs a POSIX host; this file was not checked")
    zygote = _Zygote.acquire()
    try:
        status, payload = zygote.run(data, mime, limits)
    except (OSError, EOFError, TimeoutError, ValueError) as exc:
        zygote.close()
        raise FileRejected(f"sanitizer service failed: {exc}") from None
    _Zygote.release(zygote)
    if status.get("timed_out"):
        raise FileRejected(f"sanitizer exceeded its time limit of {limits.timeout_seconds:g} s "
                           "and was stopped")
    return _parse_result(payload, status.get("exit"), limits)


def _parse_result(payload: bytes, code: int | None, limits: SanitizeLimits) -> SanitizedFile:
    """The child may have been subverted by the file it parsed: its answer is plain JSON
    plus bytes (never pickle), checked field by field, and the output's magic must match."""
    try:
        size = _FRAME.unpack_from(payload)[0]
        header = json.loads(payload[8:8 + size])
        out = payload[16 + size:]
        if _FRAME.unpack_from(payload, 8 + size)[0] != len(out) or not isinstance(header, dict):
            raise ValueError("bad frame")
    except (ValueError, struct.error):
        raise FileRejected(_death_reason(code, limits)) from None
    if header.get("status") == "rejected" and isinstance(header.get("reason"), str):
        raise FileRejected(header["reason"][:500])
    media_type, pages, actions = header.get("media_type"), header.get("pages"), header.get("actions")
    if (code != 0 or media_type not in _OUTPUT_TYPES or detect_type(out) != media_type
            or not isinstance(pages, int) or not 1 <= pages <= limits.max_pages
            or not isinstance(actions, list) or not all(isinstance(a, str) for a in actions)):
        raise FileRejected("sanitizer returned an invalid result")
    return SanitizedFile(out, media_type, _OUTPUT_TYPES[media_type], pages,
                         [a[:300] for a in actions[:50]])


def _death_reason(code: int | None, limits: SanitizeLimits) -> str:
    mib = limits.memory_bytes / (1 << 20)
    if code == _EXIT_MEMORY:
        return f"sanitizer exceeded its memory limit of {mib:g} MiB"
    if code in (-signal.SIGXCPU, -signal.SIGKILL):  # soft then hard RLIMIT_CPU
        return f"sanitizer exceeded its CPU time limit of {limits.cpu_seconds:g} s"
    how = f"crashed ({_SIGNALS.get(-code, -code)})" if code and code < 0 else f"exited ({code})"
    return f"sanitizer {how} while decoding the file (memory limit {mib:g} MiB)"


ZYGOTE_ARG = "--sanitizer-helper"


class _Zygote:
    """A warm helper process (`python -m backoffice.gateway.sanitize`) that has imported
    Pillow and pdfium once and forks one fresh child per file: a fork costs milliseconds
    where a new interpreter costs ~150 ms, and RLIMIT_CPU stays per file. Idle zygotes
    are kept for reuse, one per concurrent caller."""

    _idle: list[_Zygote] = []
    _lock = threading.Lock()

    def __init__(self) -> None:
        if getattr(sys, "frozen", False):
            # A PyInstaller build: the executable is the `backoffice` command, which starts
            # the helper for this hidden first argument (backoffice.cli.main).
            cmd = [sys.executable, ZYGOTE_ARG]
        else:
            boot = (f"import sys; sys.path[:0] = {sys.path!r}; "
                    "from backoffice.gateway.sanitize import _zygote_main; _zygote_main()")
            # -I: no PYTHONPATH, no current directory on sys.path (it may hold anything).
            cmd = [sys.executable, "-I", "-c", boot]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd="/")

    @classmethod
    def acquire(cls) -> _Zygote:
        with cls._lock:
            while cls._idle:
                zygote = cls._idle.pop()
                if zygote.proc.poll() is None:
                    return zygote
        return cls()

    @classmethod
    def release(cls, zygote: _Zygote) -> None:
        with cls._lock:
            if zygote.proc.poll() is None and len(cls._idle) < 16:
                cls._idle.append(zygote)
                return
        zygote.close()

    def run(self, data: bytes, mime: str, limits: SanitizeLimits) -> tuple[dict[str, Any], bytes]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        job = json.dumps({"mime": mime, "limits": dataclasses.asdict(limits)}).encode()
        _write_frame(self.proc.stdin.fileno(), job)
        _write_frame(self.proc.stdin.fileno(), data)
        deadline = time.monotonic() + limits.timeout_seconds + 15  # the zygote times the child
        status = json.loads(_read_frame(self.proc.stdout.fileno(), 1 << 16, deadline))
        return status, _read_frame(self.proc.stdout.fileno(), _MAX_RESULT, deadline)

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe:
                pipe.close()


@atexit.register
def _close_zygotes() -> None:
    for zygote in _Zygote._idle:
        zygote.close()


def _write_frame(fd: int, payload: bytes) -> None:
    view = memoryview(_FRAME.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _read_frame(fd: int, limit: int, deadline: float | None) -> bytes:
    """One length-prefixed frame; EOFError on a closed pipe, TimeoutError at deadline."""
    buf = bytearray()
    want = _FRAME.size
    while len(buf) < want:
        if deadline is not None and not select.select([fd], [], [], max(0, deadline - time.monotonic()))[0]:
            raise TimeoutError("no answer before the deadline")
        chunk = os.read(fd, min(want - len(buf), 1 << 20))
        if not chunk:
            raise EOFError("pipe closed")
        buf += chunk
        if want == _FRAME.size and len(buf) == want:
            want += _FRAME.unpack(buf)[0]
            if want - _FRAME.size > limit:
                raise ValueError(f"frame of {want:,} bytes is over the limit")
    return bytes(buf[_FRAME.size:])


# ----------------------------------------------------------------- zygote and child
def _zygote_main() -> None:
    import PIL.Image  # noqa: E401,F401 - warm: every fork starts with the decoders loaded
    import PIL.ImageOps  # noqa: F401
    import pypdfium2  # noqa: F401

    from backoffice.gateway import disarm  # noqa: F401
    requests, answers = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)  # a library printing to stdout must not corrupt the protocol
    while True:
        try:
            job = json.loads(_read_frame(requests, 1 << 16, None))
            data = _read_frame(requests, _MAX_RESULT, None)
        except EOFError:
            return  # the gateway has gone
        limits = SanitizeLimits(**job["limits"])
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            os.close(requests)
            os.close(answers)
            _child_main(write_end, data, job["mime"], limits)
        os.close(write_end)
        status, payload = _supervise(pid, read_end, limits)
        os.close(read_end)
        _write_frame(answers, json.dumps(status).encode())
        _write_frame(answers, payload)


def _supervise(pid: int, fd: int, limits: SanitizeLimits) -> tuple[dict[str, Any], bytes]:
    """Collect the child's answer; kill it at the wall-clock deadline."""
    deadline = time.monotonic() + limits.timeout_seconds
    chunks: list[bytes] = []
    size = 0
    while size <= _MAX_RESULT and select.select([fd], [], [], max(0, deadline - time.monotonic()))[0]:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return {"exit": os.waitstatus_to_exitcode(status), "timed_out": False}, b"".join(chunks)
        if time.monotonic() >= deadline or size > _MAX_RESULT:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return {"exit": None, "timed_out": True}, b""
        time.sleep(0.001)


def _child_main(fd: int, data: bytes, mime: str, limits: SanitizeLimits) -> NoReturn:
    out = b""
    try:
        _apply_rlimits(limits)
        from backoffice.gateway.disarm import (  # only the child decodes untrusted bytes
            disarm_image,
            disarm_pdf,
        )

        disarm = disarm_pdf if mime == "application/pdf" else disarm_image
        out, media_type, _, pages, actions = disarm(data, mime, limits)
        header: dict[str, Any] = {"status": "ok", "media_type": media_type, "pages": pages,
                                  "actions": actions}
    except FileRejected as exc:
        header = {"status": "rejected", "reason": exc.reason}
    except MemoryError:
        os._exit(_EXIT_MEMORY)
    except Exception as exc:  # noqa: BLE001 - any decoder failure is a rejection
        header = {"status": "rejected", "reason": _decoder_reason(mime, exc, limits)}
    try:
        _write_frame(fd, json.dumps(header).encode())
        _write_frame(fd, out)
    except MemoryError:
        os._exit(_EXIT_MEMORY)
    os._exit(0)


def _apply_rlimits(limits: SanitizeLimits) -> None:
    import resource  # POSIX only, like fork: imported here so Windows can import the module

    def lower(which: int, soft: int, hard: int) -> None:  # a hard limit can only go down
        old = resource.getrlimit(which)[1]
        cap = (lambda v: v) if old == resource.RLIM_INFINITY else (lambda v: min(v, old))
        resource.setrlimit(which, (cap(soft), cap(hard)))

    cpu = max(1, math.ceil(limits.cpu_seconds))
    lower(resource.RLIMIT_CORE, 0, 0)  # a crash on hostile input must not dump its bytes
    lower(resource.RLIMIT_CPU, cpu, cpu + 1)
    lower(resource.RLIMIT_AS, limits.memory_bytes, limits.memory_bytes)


def _decoder_reason(mime: str, exc: Exception, limits: SanitizeLimits) -> str:
    if type(exc).__name__ in ("DecompressionBombError", "DecompressionBombWarning"):
        found = re.search(r"\((\d+) pixels\)", str(exc))  # Pillow checks before we can
        pixels = f"{int(found.group(1)):,} pixels" if found else "its pixel count"
        return f"image too large: {pixels} exceeds the limit of {limits.max_pixels:,} pixels"
    kind = "PDF" if mime == "application/pdf" else ALLOWED_IMAGES.get(mime, mime)
    return f"could not decode the {kind} file: {clip(exc)}"
