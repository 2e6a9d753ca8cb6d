"""Archive-level checks of an intake bundle: bundle-v1 §3 and §7 checks 1-4.

Checks 1-4 read only the ZIP central directory and the local headers. Member data is
decompressed afterwards by extract_members(), which enforces the same limits on the
real output, so an archive whose directory lies about sizes is refused as too_large or
compression_ratio instead of exhausting memory. See docs/intake-validation.md.
"""

from __future__ import annotations

import logging
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from backoffice.platform.errors import BundleRejected

log = logging.getLogger(__name__)

REQUIRED_MEMBERS = ("application.json", "gateway.json", "gateway.sig")
OPTIONAL_MEMBERS = ("application.sig.json",)
FILES_DIR = "files/"

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # local file header, 30 bytes (APPNOTE 4.3.7)
_LOCAL_SIG = b"PK\x03\x04"
_UTF8_FLAG = 0x800
_CHUNK = 64 * 1024
_DRIVE = re.compile(r"[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    """Default limits of bundle-v1 §3 (configurable)."""

    archive_bytes: int = 50 * 2**20
    uncompressed_bytes: int = 200 * 2**20
    max_ratio: int = 100
    max_members: int = 30
    application_json_bytes: int = 2**20


@dataclass(frozen=True)
class Member:
    name: str  # the name exactly as stored (ZipInfo.orig_filename, no NUL truncation)
    info: zipfile.ZipInfo
    data_offset: int
    data_end: int


def quote(name: str) -> str:
    """'name' with unprintable characters escaped, for one-line details."""
    shown = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in name)
    return f"'{shown}'"


def _reject(code: str, detail: str) -> BundleRejected:
    log.info("bundle rejected: %s: %s", code, detail)
    return BundleRejected(code, detail)


# -- check 1: a readable ZIP archive -------------------------------------------------


def open_archive(fp: BinaryIO) -> list[Member]:
    """Parse the central directory and verify every local header (check 1, not_a_zip)."""
    try:
        zf = zipfile.ZipFile(fp)
        infos = zf.infolist()
        dir_start = int(zf.start_dir)
    except MemoryError:
        raise
    except Exception as exc:  # zipfile raises many types on malformed input
        raise _reject("not_a_zip", f"the bundle is not a readable ZIP archive ({exc})") from None
    members: list[Member] = []
    for info in infos:
        name = info.orig_filename
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _reject(
                "not_a_zip",
                f"member {quote(name)} uses compression method {info.compress_type}; "
                "only stored and deflate are allowed",
            )
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size \
                and not info.flag_bits & 1:
            raise _reject("not_a_zip", f"stored member {quote(name)} has different "
                          "compressed and uncompressed sizes in the ZIP directory")
        if not 0 <= info.header_offset <= dir_start - _LOCAL_HEADER.size:
            raise _reject("not_a_zip", f"member {quote(name)} has a local header offset "
                          "outside the archive")
        fp.seek(info.header_offset)
        raw = fp.read(_LOCAL_HEADER.size)
        if len(raw) != _LOCAL_HEADER.size or raw[:4] != _LOCAL_SIG:
            raise _reject("not_a_zip", f"member {quote(name)} has no local header at the "
                          "offset given by the ZIP directory")
        fields = _LOCAL_HEADER.unpack(raw)
        flags, method, name_len, extra_len = fields[2], fields[3], fields[9], fields[10]
        local_name = fp.read(name_len)
        encoding = "utf-8" if flags & _UTF8_FLAG else "cp437"
        try:
            local_text = local_name.decode(encoding)
        except UnicodeDecodeError:
            local_text = None
        if len(local_name) != name_len or local_text != name:
            raise _reject("not_a_zip", f"member {quote(name)} has a different name in its "
                          "local header than in the ZIP directory")
        if method != info.compress_type:
            raise _reject("not_a_zip", f"member {quote(name)} has a different compression "
                          "method in its local header than in the ZIP directory")
        data_offset = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len
        data_end = data_offset + info.compress_size
        if data_end > dir_start:
            raise _reject("not_a_zip", f"the data of member {quote(name)} runs past the start "
                          "of the ZIP directory (truncated or corrupt archive)")
        members.append(Member(name, info, data_offset, data_end))
    ordered = sorted(members, key=lambda m: m.info.header_offset)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if second.info.header_offset < first.data_end:
            raise _reject("not_a_zip", f"members {quote(first.name)} and {quote(second.name)} "
                          "overlap in the archive")
    return members


# -- check 2: safe member names ------------------------------------------------------


def _unsafe_reason(member: Member) -> str | None:
    name = member.name
    if name == "":
        return "has an empty name"
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/") or _DRIVE.match(name):
        return "is an absolute path"
    segments = (name[:-1] if name.endswith("/") else name).split("/")
    if ".." in segments:
        return "contains a '..' segment"
    if any(not c.isprintable() for c in name):
        return "contains a control character"
    if "." in segments or "" in segments:
        return "contains an empty or '.' path segment"
    if stat.S_ISLNK(member.info.external_attr >> 16):
        return "is a symbolic link"
    return None


def check_names(members: list[Member]) -> None:
    """Check 2 (unsafe_member_path), members in directory order."""
    for member in members:
        reason = _unsafe_reason(member)
        if reason:
            raise _reject("unsafe_member_path", f"member {quote(member.name)} {reason}")


# -- check 3: sizes and ratios from the directory ------------------------------------


def check_sizes(members: list[Member], archive_size: int, limits: Limits) -> None:
    """Check 3 (too_large, compression_ratio) from the directory, before decompressing."""
    if archive_size > limits.archive_bytes:
        raise _reject("too_large", f"the archive is {archive_size} bytes, more than the "
                      f"limit of {limits.archive_bytes}")
    if len(members) > limits.max_members:
        raise _reject("too_large", f"the archive has {len(members)} members, more than the "
                      f"limit of {limits.max_members}")
    for m in members:
        if m.name == "application.json" and m.info.file_size > limits.application_json_bytes:
            raise _reject("too_large", f"member 'application.json' is {m.info.file_size} bytes, "
                          f"more than the limit of {limits.application_json_bytes}")
    total = sum(m.info.file_size for m in members)
    if total > limits.uncompressed_bytes:
        raise _reject("too_large", f"the members total {total} bytes uncompressed, more than "
                      f"the limit of {limits.uncompressed_bytes}")
    for m in members:
        if m.info.file_size > m.info.compress_size * limits.max_ratio:
            raise _reject("compression_ratio", f"member {quote(m.name)} expands "
                          f"{m.info.compress_size} bytes to {m.info.file_size}, more than "
                          f"{limits.max_ratio}:1")


# -- check 4: exactly the allowed members --------------------------------------------


def is_file_member(name: str) -> bool:
    """files/<name>, one level, no sub-folders (§3)."""
    rest = name[len(FILES_DIR):]
    return name.startswith(FILES_DIR) and rest != "" and "/" not in rest


def check_members(members: list[Member]) -> None:
    """Check 4, the part that needs no gateway.json (missing_member, unexpected_member).

    The files/ members are compared with gateway.json files[].path by
    check_file_members() once gateway.json has been validated (check 6).
    """
    present = {m.name for m in members}
    for required in REQUIRED_MEMBERS:
        if required not in present:
            raise _reject("missing_member", f"required member {quote(required)} is missing")
    seen: set[str] = set()
    for m in members:
        if m.name in seen:
            raise _reject("unexpected_member", f"member {quote(m.name)} appears more than once")
        seen.add(m.name)
        if m.info.flag_bits & 1:
            raise _reject("unexpected_member", f"member {quote(m.name)} is encrypted")
        ftype = stat.S_IFMT(m.info.external_attr >> 16)
        dos_dir = bool(m.info.external_attr & 0x10)
        if m.name == FILES_DIR:
            if ftype not in (0, stat.S_IFDIR) or m.info.file_size != 0:
                raise _reject("unexpected_member", "member 'files/' is not an empty directory entry")
            continue
        if m.name.endswith("/"):
            raise _reject("unexpected_member", f"directory {quote(m.name)} is not allowed "
                          "(only 'files/')")
        if ftype not in (0, stat.S_IFREG) or dos_dir:
            raise _reject("unexpected_member", f"member {quote(m.name)} is not a regular file")
        if m.name not in REQUIRED_MEMBERS + OPTIONAL_MEMBERS and not is_file_member(m.name):
            raise _reject("unexpected_member", f"member {quote(m.name)} is not allowed in a bundle")


def check_file_members(listed: list[str], present: list[str]) -> None:
    """Check 4 completed once gateway.json is known: files/ members == files[].path."""
    present_set = set(present)
    for path in listed:
        if path not in present_set:
            raise _reject("missing_member", f"member {quote(path)} named in gateway.json "
                          "files[] is missing")
    listed_set = set(listed)
    for name in present:
        if name not in listed_set:
            raise _reject("unexpected_member", f"member {quote(name)} is not named in "
                          "gateway.json files[]")


# -- decompression with the limits enforced on the real output ----------------------


def extract_members(fp: BinaryIO, members: list[Member], limits: Limits) -> dict[str, bytes]:
    """Decompress every member (directory order) after checks 1-4 passed."""
    out: dict[str, bytes] = {}
    total = 0
    for m in members:
        if m.name.endswith("/"):
            continue
        budget = limits.uncompressed_bytes - total
        if m.name == "application.json":
            budget = min(budget, limits.application_json_bytes)
        data = _inflate(fp, m, limits, budget)
        if zlib.crc32(data) != m.info.CRC:
            raise _reject("not_a_zip", f"member {quote(m.name)} fails its CRC check")
        total += len(data)
        out[m.name] = data
    return out


def _inflate(fp: BinaryIO, m: Member, limits: Limits, budget: int) -> bytes:
    info = m.info
    fp.seek(m.data_offset)
    if info.compress_type == zipfile.ZIP_STORED:
        data = fp.read(info.compress_size)
        if len(data) != info.compress_size:
            raise _reject("not_a_zip", f"member {quote(m.name)} is truncated")
        return data
    declared = info.file_size
    ratio_cap = info.compress_size * limits.max_ratio
    remaining = info.compress_size
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    buf = bytearray()
    produced = 0
    pending = b""
    while not inflater.eof:
        if not pending and remaining > 0:
            pending = fp.read(min(_CHUNK, remaining))
            if not pending:
                raise _reject("not_a_zip", f"member {quote(m.name)} is truncated")
            remaining -= len(pending)
        before = len(pending)
        try:
            piece = inflater.decompress(pending, _CHUNK)
        except zlib.error as exc:
            raise _reject("not_a_zip", f"member {quote(m.name)} holds corrupt deflate data "
                          f"({exc})") from None
        pending = inflater.unconsumed_tail
        if not piece and not inflater.eof and len(pending) == before:  # no progress possible
            raise _reject("not_a_zip", f"member {quote(m.name)} has a truncated deflate stream")
        produced += len(piece)
        if produced <= declared:
            buf += piece
            continue
        # The directory lied about the size: keep counting (discarding) up to the limits.
        if produced > ratio_cap:
            raise _reject("compression_ratio", f"member {quote(m.name)} decompresses to more "
                          f"than {limits.max_ratio} times its {info.compress_size} compressed "
                          f"bytes although the ZIP directory declares {declared}")
        if produced > budget:
            raise _reject("too_large", f"member {quote(m.name)} decompresses to more than "
                          f"{budget} bytes although the ZIP directory declares {declared}")
    if produced > declared:
        raise _reject("too_large", f"member {quote(m.name)} decompresses to {produced} bytes, "
                      f"more than the {declared} its ZIP directory entry declares")
    if produced < declared:
        raise _reject("not_a_zip", f"member {quote(m.name)} decompresses to {produced} bytes, "
                      f"fewer than the {declared} its ZIP directory entry declares")
    return bytes(buf)
