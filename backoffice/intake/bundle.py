"""Intake bundle reader and validator (bundle-v1 §3-§7, checks 1-12).

read_bundle() runs the checks of §7 in order and raises BundleRejected naming the first
failure, so the same bad bundle always gets the same reason. Check 13
(revision_conflict) needs the database and is the caller's. The archive-level checks
1-4 live in bundle_zip.py; the JSON schemas in schema.py. The fixed order, with every
reason code, is documented in docs/intake-validation.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from backoffice.intake import bundle_zip as z
from backoffice.intake.bundle_zip import Limits
from backoffice.intake.schema import MEDIA_TYPES, check_application, check_gateway, parse_json
from backoffice.platform.catalog import Catalog
from backoffice.platform.errors import BundleRejected

log = logging.getLogger(__name__)

__all__ = ["BundleFile", "DuplicateBundle", "Limits", "ValidatedBundle", "read_bundle",
           "MALFORMED_SIGNATURE_KEY"]

# When application.sig.json is present but is not a JSON object, ValidatedBundle.signature
# is {MALFORMED_SIGNATURE_KEY: "<why>"}; check_applicant_signature() reports it as
# signature_invalid (§5: a bad signature marks for attention, it never quarantines).
MALFORMED_SIGNATURE_KEY = "__malformed__"
DEFAULT_LIMITS = Limits()

_MAGIC = {
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
}


@dataclass(frozen=True)
class BundleFile:
    attachment_id: str
    path: str
    media_type: str
    sha256: str
    pages: int
    actions: tuple[str, ...]
    data: bytes


@dataclass(frozen=True)
class ValidatedBundle:
    bundle_id: str
    application: dict[str, Any]
    application_bytes: bytes
    signature: dict[str, Any] | None  # parsed application.sig.json
    signature_bytes: bytes | None
    gateway: dict[str, Any]
    gateway_bytes: bytes
    files: tuple[BundleFile, ...]
    rejected: tuple[dict[str, Any], ...]  # gateway.json rejected entries


@dataclass(frozen=True)
class DuplicateBundle:
    bundle_id: str


def read_bundle(
    source: Path | bytes,
    *,
    gateway_keys: Sequence[Ed25519PublicKey],
    catalog: Catalog,
    limits: Limits = DEFAULT_LIMITS,
    is_duplicate: Callable[[str], bool] = lambda _id: False,
) -> ValidatedBundle | DuplicateBundle:
    """Validate one bundle; raise BundleRejected(code, detail) for the first failed check.

    A Path that cannot be opened raises OSError (an I/O problem, not a bad bundle),
    except a directory, which is not_a_zip.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        return _read(io.BytesIO(data), len(data), None, gateway_keys, catalog, limits,
                     is_duplicate)
    path = Path(source)
    if path.is_dir():
        raise BundleRejected("not_a_zip", f"'{path.name}' is a directory, not a ZIP archive")
    with path.open("rb") as fh:
        size = fh.seek(0, io.SEEK_END)
        fh.seek(0)
        return _read(fh, size, path, gateway_keys, catalog, limits, is_duplicate)


def _read(fp: BinaryIO, size: int, path: Path | None, keys: Sequence[Ed25519PublicKey],
          catalog: Catalog, limits: Limits,
          is_duplicate: Callable[[str], bool]) -> ValidatedBundle | DuplicateBundle:
    members = z.open_archive(fp)                               # 1 not_a_zip
    z.check_names(members)                                     # 2 unsafe_member_path
    z.check_sizes(members, size, limits)                       # 3 too_large, compression_ratio
    z.check_members(members)                                   # 4 missing/unexpected_member
    data = z.extract_members(fp, members, limits)              #   (limits again, on real bytes)
    gateway_bytes = data["gateway.json"]
    _verify_gateway_signature(gateway_bytes, data["gateway.sig"], keys)    # 5
    gateway = check_gateway(parse_json("gateway.json", gateway_bytes))     # 6
    bundle_id: str = gateway["bundle_id"]
    _check_bundle_name(path, bundle_id)                                    # 6 (file name)
    z.check_file_members([f["path"] for f in gateway["files"]],            # 4 completed
                         [m.name for m in members if z.is_file_member(m.name)])
    if is_duplicate(bundle_id):                                            # 7
        log.info("bundle %s is a duplicate", bundle_id)
        return DuplicateBundle(bundle_id)
    app_bytes = data["application.json"]
    if hashlib.sha256(app_bytes).hexdigest() != gateway["application_sha256"]:   # 8
        raise BundleRejected("application_hash_mismatch", "application.json: sha256 does not "
                             "match application_sha256 in gateway.json")
    try:
        files = _check_files(gateway, data)                                # 9
        application = check_application(parse_json("application.json", app_bytes))  # 10
        if application["procedure"] not in catalog:                        # 11
            raise BundleRejected("unknown_procedure", f"application.json: procedure "
                                 f"'{application['procedure']}' is not in the procedure catalog")
        _check_accounting(application, gateway)                            # 12
    except BundleRejected as exc:
        exc.procedure = _procedure_named(app_bytes)  # authentic bytes (check 8): the refusal's department
        raise
    sig_bytes = data.get("application.sig.json")
    return ValidatedBundle(
        bundle_id=bundle_id,
        application=application,
        application_bytes=app_bytes,
        signature=_parse_signature(sig_bytes),
        signature_bytes=sig_bytes,
        gateway=gateway,
        gateway_bytes=gateway_bytes,
        files=files,
        rejected=tuple(gateway["rejected"]),
    )


def _procedure_named(app_bytes: bytes) -> str | None:
    """The `procedure` string of an application.json that failed a later check, if any."""
    try:
        value = parse_json("application.json", app_bytes)
    except BundleRejected:
        return None
    procedure = value.get("procedure") if isinstance(value, dict) else None
    return procedure if isinstance(procedure, str) and len(procedure) <= 64 else None


def _verify_gateway_signature(message: bytes, sig_member: bytes,
                              keys: Sequence[Ed25519PublicKey]) -> None:
    """Check 5: base64 (standard alphabet, padded) Ed25519 over the exact gateway.json bytes.

    Surrounding ASCII whitespace (a trailing newline) is tolerated; nothing else.
    """
    try:
        signature = base64.b64decode(sig_member.strip(b" \t\r\n"), validate=True)
    except (binascii.Error, ValueError):
        raise BundleRejected("gateway_signature_invalid",
                             "gateway.sig: not standard padded base64") from None
    if len(signature) != 64:
        raise BundleRejected("gateway_signature_invalid", f"gateway.sig: an Ed25519 signature "
                             f"has 64 bytes, this one {len(signature)}")
    for key in keys:
        try:
            key.verify(signature, message)
            return
        except InvalidSignature:
            continue
    raise BundleRejected("gateway_signature_invalid", f"gateway.sig: does not verify over "
                         f"gateway.json with any of the {len(keys)} configured gateway keys")


def _check_bundle_name(path: Path | None, bundle_id: str) -> None:
    """§6: bundle_id names the zip. A source file '<x>.zip' must be '<bundle_id>.zip'."""
    if path is None or not path.name.lower().endswith(".zip"):
        return
    stem = path.name[:-4]
    if stem.lower() != bundle_id.lower():
        raise BundleRejected("schema_error", f"gateway.json: bundle_id '{bundle_id}' does not "
                             f"match the bundle file name '{path.name}'")


def _check_files(gateway: dict[str, Any], data: dict[str, bytes]) -> tuple[BundleFile, ...]:
    """Check 9: every file's hash first, then every file's media type (files[] order)."""
    for entry in gateway["files"]:
        if hashlib.sha256(data[entry["path"]]).hexdigest() != entry["sha256"]:
            raise BundleRejected("file_hash_mismatch",
                                 f"{entry['path']}: sha256 does not match gateway.json")
    for entry in gateway["files"]:
        media_type, path = entry["media_type"], entry["path"]
        if media_type not in MEDIA_TYPES:
            raise BundleRejected("media_type_not_allowed", f"{path}: media type "
                                 f"'{media_type}' is not allowed (only {', '.join(MEDIA_TYPES)})")
        if not data[path].startswith(_MAGIC[media_type]):
            raise BundleRejected("media_type_not_allowed", f"{path}: content does not start "
                                 f"with the signature bytes of {media_type}")
    return tuple(
        BundleFile(
            attachment_id=e["attachment_id"], path=e["path"], media_type=e["media_type"],
            sha256=e["sha256"], pages=e["pages"], actions=tuple(e["actions"]),
            data=data[e["path"]],
        )
        for e in gateway["files"]
    )


def _check_accounting(application: dict[str, Any], gateway: dict[str, Any]) -> None:
    """Check 12: each attachment id exactly once across files[] and rejected[]."""
    seen = Counter(e["attachment_id"] for e in gateway["files"])
    seen.update(e["attachment_id"] for e in gateway["rejected"])
    known = [a["id"] for a in application["attachments"]]
    for att_id in known:
        if seen[att_id] == 0:
            raise BundleRejected("attachment_accounting", f"attachment '{att_id}' of "
                                 "application.json is neither in gateway.json files[] nor rejected[]")
        if seen[att_id] > 1:
            raise BundleRejected("attachment_accounting", f"attachment '{att_id}' appears "
                                 f"{seen[att_id]} times in gateway.json files[] and rejected[]")
    known_set = set(known)
    for att_id in seen:
        if att_id not in known_set:
            raise BundleRejected("attachment_accounting", f"gateway.json names attachment "
                                 f"'{att_id}', which application.json does not have")


def _parse_signature(raw: bytes | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    try:
        value = parse_json("application.sig.json", raw)
    except BundleRejected as exc:
        return {MALFORMED_SIGNATURE_KEY: exc.detail}
    if not isinstance(value, dict):
        return {MALFORMED_SIGNATURE_KEY: "application.sig.json: is not a JSON object"}
    return value
