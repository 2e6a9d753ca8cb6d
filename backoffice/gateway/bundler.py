"""The file-sanitization gateway: raw submission (folder or zip) -> signed bundle.

bundle-v1 §1 (raw submission), §3 (bundle members and limits), §6 (gateway.json). The
gateway rebuilds every attachment through sanitize.sanitize_file and records what it did;
it judges nothing else about the application, which is the back office's job (§7).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import logging
import os
import re
import stat
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from backoffice.gateway import portal_files
from backoffice.gateway.keys import load_private_key
from backoffice.gateway.sanitize import FileRejected, SanitizeLimits, sanitize_file
from backoffice.platform.errors import BackofficeError
from backoffice.platform.spool import Spool, move_unique
from backoffice.platform.timeutil import now_jst, rfc3339

log = logging.getLogger(__name__)

ENGINE = "backoffice-gateway/0.1"
MAX_APPLICATION_BYTES = 1 << 20  # bundle-v1 §3
MAX_BUNDLE_BYTES = 50 << 20  # bundle-v1 §3 archive limit; members are stored, so sizes add up
MAX_BUNDLE_MEMBERS = 30  # bundle-v1 §3
MAX_RAW_ZIP_MEMBERS = 1000
_ZIP_OVERHEAD = 200  # local header + central directory entry per member, generously
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_IN_PROGRESS = (".part", ".tmp", ".partial", ".crdownload")


class GatewayError(BackofficeError):
    """The raw submission cannot become a bundle at all (no usable application.json)."""


class _Unreadable(Exception):
    """One file of the raw submission cannot be read; the message is the reason."""


class _Missing(_Unreadable):
    pass


@dataclass
class GatewayReport:
    bundles: list[tuple[str, str]] = field(default_factory=list)  # (raw name, bundle_id)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (raw name, reason)


def uuid7() -> str:
    """RFC 9562 version 7: 48-bit Unix ms, then random bits; sorts by creation time."""
    value = (time.time_ns() // 1_000_000 & (1 << 48) - 1) << 80 | int.from_bytes(os.urandom(10))
    value = value & ~(0xF << 76) | 0x7 << 76  # version 7
    value = value & ~(0x3 << 62) | 0x2 << 62  # RFC 4122 variant
    return str(uuid.UUID(int=value))


def _plain_name(name: Any) -> bool:
    return (isinstance(name, str) and name not in ("", ".", "..") and "/" not in name
            and "\\" not in name and not any(ord(c) < 32 for c in name))


# ----------------------------------------------------------------- reading raw input
Reader = Callable[[str, int], bytes]


def _folder_reader(folder: Path) -> Reader:
    def read(name: str, limit: int) -> bytes:
        path = folder / name
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            raise _Missing(f"file {name!r} is missing from the raw submission") from None
        if not stat.S_ISREG(st.st_mode):  # symlinks could point anywhere on the gateway host
            raise _Unreadable(f"file {name!r} is not a regular file")
        if st.st_size > limit:
            raise _Unreadable(f"file {name!r} is {st.st_size:,} bytes, over the limit of "
                              f"{limit:,} bytes")
        with open(path, "rb") as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise _Unreadable(f"file {name!r} is over the limit of {limit:,} bytes")
        return data
    return read


@contextlib.contextmanager
def _zip_reader(path: Path) -> Iterator[Reader]:
    """Members are only ever read into memory by exact plain name, so traversal names
    (``../x``, ``/etc/x``, ``a\\b``) are simply never matched; sizes are bounded on read."""
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise GatewayError(f"raw submission {path.name} is not a readable zip: {exc}") from None
    with zf:
        if len(infos) > MAX_RAW_ZIP_MEMBERS:
            raise GatewayError(f"raw zip has {len(infos)} members, more than "
                               f"{MAX_RAW_ZIP_MEMBERS}")
        files = [i for i in infos if not i.is_dir()]
        tops = {i.filename.split("/", 1)[0] for i in files}
        # "a zip of that folder" (§1) may hold folder/application.json or application.json
        prefix = (next(iter(tops)) + "/" if len(tops) == 1 and all("/" in i.filename
                  for i in files) else "")
        by_name: dict[str, list[zipfile.ZipInfo]] = {}
        for info in files:
            by_name.setdefault(info.filename[len(prefix):], []).append(info)

        def read(name: str, limit: int) -> bytes:
            found = by_name.get(name, [])
            if not found:
                raise _Missing(f"file {name!r} is missing from the raw submission")
            if len(found) > 1:
                raise _Unreadable(f"file {name!r} appears {len(found)} times in the raw zip")
            info = found[0]
            if info.flag_bits & 0x1:
                raise _Unreadable(f"file {name!r} is encrypted in the raw zip")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise _Unreadable(f"file {name!r} is a symbolic link in the raw zip")
            if info.file_size > limit:
                raise _Unreadable(f"file {name!r} is {info.file_size:,} bytes, over the "
                                  f"limit of {limit:,} bytes")
            try:
                with zf.open(info) as member:
                    data = member.read(limit + 1)  # bounded even if the header lies
            except Exception as exc:  # BadZipFile, zlib.error, an unsupported compression method...
                raise _Unreadable(f"file {name!r} cannot be extracted: {exc}") from None
            if len(data) > limit:
                raise _Unreadable(f"file {name!r} is over the limit of {limit:,} bytes")
            return data
        yield read


@contextlib.contextmanager
def _open_raw(raw: Path) -> Iterator[Reader]:
    if raw.is_dir():
        yield _folder_reader(raw)
    elif raw.is_file() and raw.name.lower().endswith(".zip"):
        with _zip_reader(raw) as read:
            yield read
    else:
        raise GatewayError(f"raw submission {raw.name} is neither a folder nor a .zip file")


# ----------------------------------------------------------------- building the bundle
def _process_attachment(att: dict[str, Any], read: Reader, limits: SanitizeLimits) -> Any:
    """A SanitizedFile, or the reason (str) this attachment goes to rejected[]."""
    name = att.get("file")
    if not isinstance(name, str) or not _plain_name(name):
        return f"attachment file name {name!r} is not a plain file name"
    try:
        data = read(name, limits.max_input_bytes)
    except _Unreadable as exc:
        return str(exc)
    size, digest = att.get("size"), att.get("sha256")
    if not isinstance(digest, str) or not _HEX64.fullmatch(digest):
        return "application.json declares no valid sha256 for this attachment"
    if isinstance(size, int) and not isinstance(size, bool) and size != len(data):
        return (f"file is {len(data):,} bytes but application.json declares {size:,} bytes")
    if hashlib.sha256(data).hexdigest() != digest.lower():
        return "file does not match the sha256 declared in application.json"
    try:
        return sanitize_file(data, limits)
    except FileRejected as exc:
        return exc.reason


def build_bundle(raw: Path, private_key: Ed25519PrivateKey, *,
                 limits: SanitizeLimits | None = None,
                 engine: str = ENGINE) -> tuple[str, bytes]:
    """One raw submission -> (bundle_id, bytes of <bundle_id>.zip) per bundle-v1 §3/§6."""
    limits = limits or SanitizeLimits()
    raw = Path(raw)
    with _open_raw(raw) as read:
        try:
            app_bytes = read("application.json", MAX_APPLICATION_BYTES)
        except _Unreadable as exc:
            raise GatewayError(f"application.json: {exc}") from None
        try:
            app = json.loads(app_bytes.decode("utf-8"))
        except RecursionError:  # [[[[... 100,000 levels: a refusal, not a traceback (issue 21)
            raise GatewayError("application.json is nested too deeply") from None
        except (UnicodeDecodeError, ValueError) as exc:
            raise GatewayError(f"application.json is not readable UTF-8 JSON: {exc}") from None
        attachments = app.get("attachments") if isinstance(app, dict) else None
        if not isinstance(attachments, list):
            raise GatewayError("application.json has no attachments list")
        for i, att in enumerate(attachments):
            if not isinstance(att, dict) or not isinstance(att.get("id"), str):
                raise GatewayError(f"application.json attachments[{i}] has no string id")
        try:
            sig_bytes: bytes | None = read("application.sig.json", MAX_APPLICATION_BYTES)
        except _Missing:
            sig_bytes = None  # optional (§3): only procedures that need an e-signature
        except _Unreadable as exc:
            raise GatewayError(f"application.sig.json: {exc}") from None

        members: dict[str, bytes] = {"application.json": app_bytes}
        if sig_bytes is not None:
            members["application.sig.json"] = sig_bytes
        files: list[dict[str, Any]] = []
        rejected: list[dict[str, str]] = []
        used = sum(len(v) + _ZIP_OVERHEAD for v in members.values()) + 64 * 1024  # json, sig
        seen: set[str] = set()
        for att in attachments:
            aid = att["id"]
            if aid in seen:
                result: Any = "duplicate attachment id in application.json"
            elif not _SAFE_ID.fullmatch(aid):
                result = "attachment id cannot be used as a file name"
            elif len(members) + 3 > MAX_BUNDLE_MEMBERS:  # this one + gateway.json + .sig
                result = (f"too many attachments: a bundle holds at most "
                          f"{MAX_BUNDLE_MEMBERS} members (bundle-v1 §3)")
            else:
                result = _process_attachment(att, read, limits)
            seen.add(aid)
            if isinstance(result, str):
                log.info("%s: attachment %s rejected: %s", raw.name, aid, result)
                rejected.append({"attachment_id": aid, "reason": result})
                continue
            if used + len(result.data) + _ZIP_OVERHEAD > MAX_BUNDLE_BYTES:
                rejected.append({"attachment_id": aid, "reason": (
                    f"sanitized file of {len(result.data):,} bytes would make the bundle "
                    f"larger than {MAX_BUNDLE_BYTES >> 20} MiB (bundle-v1 §3)")})
                continue
            used += len(result.data) + _ZIP_OVERHEAD
            path = f"files/{aid}.{result.extension}"
            members[path] = result.data
            files.append({"attachment_id": aid, "path": path,
                          "sha256": hashlib.sha256(result.data).hexdigest(),
                          "media_type": result.media_type, "pages": result.pages,
                          "actions": list(result.actions)})

    now = now_jst()
    bundle_id = uuid7()
    record = {"schema": "gateway/1", "bundle_id": bundle_id,
              "application_sha256": hashlib.sha256(app_bytes).hexdigest(),
              "sanitized_at": rfc3339(now), "engine": engine,
              "files": files, "rejected": rejected}
    gateway_json = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    members["gateway.json"] = gateway_json
    members["gateway.sig"] = base64.b64encode(private_key.sign(gateway_json))
    return bundle_id, _zip_members(members, now.timetuple()[:6])


def _zip_members(members: dict[str, bytes], date_time: tuple[int, ...]) -> bytes:
    """Stored (not deflated): attachments are already compressed, and stored members can
    never trip the 100:1 compression-ratio check of bundle-v1 §3."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=date_time)  # type: ignore[arg-type]
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


# ----------------------------------------------------------------- the command
def _raw_entries(raw_dir: Path) -> list[Path]:
    entries = []
    for path in sorted(raw_dir.iterdir()):
        if path.name in ("done", "failed") or path.name.startswith("."):
            continue
        if path.name.lower().endswith(_IN_PROGRESS):  # still being uploaded by the portal
            log.info("skipping %s: upload in progress", path.name)
            continue
        entries.append(path)
    return entries


def run_gateway(raw_dir: Path, key_file: Path, spool: Spool, *,
                limits: SanitizeLimits | None = None, archive_processed: bool = True,
                workers: int | None = None) -> GatewayReport:
    """cli-v1 `gateway`: every raw submission in ``raw_dir`` becomes one bundle in the
    spool inbox, in sorted order. One bad submission never stops the rest."""
    raw_dir = Path(raw_dir)
    key = load_private_key(key_file)  # ConfigError: nothing can be signed, stop here
    spool.ensure()
    report = GatewayReport()
    entries = _raw_entries(raw_dir)
    # inquiry/1 and ack/1 from the portal: relayed, signed, not bundled (portal-v1 §2)
    for path in [p for p in entries if portal_files.is_portal_file(p)]:
        try:
            portal_files.relay(path, key, spool)
        except (OSError, ValueError) as exc:
            report.failed.append((path.name, str(exc)))
            if archive_processed:
                move_unique(path, raw_dir / "failed")
            continue
        report.bundles.append((path.name, path.name[:-len(".json")]))
        if archive_processed:
            move_unique(path, raw_dir / "done")
    entries = [p for p in entries if p.exists() and not portal_files.is_portal_file(p)]
    workers = workers or max(1, min(4, os.cpu_count() or 1))
    # Submissions are sanitized in parallel but written in sorted order; at most
    # 2 x workers finished bundles wait in memory (each at most 50 MiB, bundle-v1 §3).
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gateway") as pool:
        pending: list[tuple[Path, Future[tuple[str, bytes]]]] = []
        for path in entries:
            pending.append((path, pool.submit(build_bundle, path, key, limits=limits)))
            if len(pending) >= 2 * workers:
                _finish(*pending.pop(0), spool, raw_dir, report, archive_processed)
        while pending:
            _finish(*pending.pop(0), spool, raw_dir, report, archive_processed)
    log.info("gateway: %d bundles, %d failed", len(report.bundles), len(report.failed))
    return report


def _finish(path: Path, future: Future[tuple[str, bytes]], spool: Spool, raw_dir: Path,
            report: GatewayReport, archive_processed: bool) -> None:
    try:
        bundle_id, data = future.result()
        spool.write_atomic("inbox", f"{bundle_id}.zip", data)
    except Exception as exc:  # noqa: BLE001 - one bad submission must not stop the rest
        reason = str(exc) or type(exc).__name__
        if not isinstance(exc, GatewayError):
            log.exception("raw submission %s failed", path.name)
        log.warning("raw submission %s failed: %s", path.name, reason)
        report.failed.append((path.name, reason))
        if archive_processed:
            move_unique(path, raw_dir / "failed")
        return
    log.info("raw submission %s -> bundle %s", path.name, bundle_id)
    report.bundles.append((path.name, bundle_id))
    # A crash between the write above and this move re-sends the submission under a new
    # bundle_id on the next run; the back office then refuses the repeat revision.
    if archive_processed:
        move_unique(path, raw_dir / "done")
