"""The portal's files in the spool inbox (portal-v1 §2): `inquiry-<inquiry_id>.json`
(inquiry/1) and `ack-<uuid>.json` (ack/1), each with the gateway's signature in
`<stem>.sig` beside it.

A JSON whose `.sig` has not arrived yet is left for the next cycle. A file with a bad
signature, broken JSON or a schema error is quarantined like a bundle (an intake record
with the reason, `quarantine list` shows it; both files move to quarantine/) and nothing
of it is applied. Each file's outcome is committed before its files leave the inbox, so
a crash in between only makes the next cycle see it again: a redelivered inquiry is
recorded once, an acknowledgement applied twice changes nothing more.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.audit import log as audit
from backoffice.db.models import IntakeRecord
from backoffice.intake.schema import parse_json as strict_json
from backoffice.intake.settings import load_intake_settings
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BundleRejected
from backoffice.platform.timeutil import parse_rfc3339, utcnow
from backoffice.portal import inquiries, outbox

log = logging.getLogger(__name__)

NAME_RE = re.compile(r"^(inquiry|ack)-([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\.json$")
MAX_BYTES = {"inquiry": 256 * 1024, "ack": 8 * 1024 * 1024}  # far above any honest file
MAX_ACK_IDS = 100_000
SIG_MAX = 1024


@dataclass
class InboundResult:
    inquiries: int = 0     # newly recorded
    duplicates: int = 0    # inquiries delivered again
    acks: int = 0          # ack/1 files applied
    acknowledged: int = 0  # messages newly marked delivered
    unknown_ids: int = 0   # ids in acks the back office never wrote (ignored)
    quarantined: int = 0
    waiting: int = 0       # JSON files whose .sig has not arrived
    problems: list[str] = field(default_factory=list)


def inbound_files(inbox: Path) -> list[tuple[str, Path]]:
    """(kind, path) of every portal JSON in the inbox, oldest first; plain files only."""
    found: list[tuple[float, str, str, Path]] = []
    try:
        entries = list(os.scandir(inbox))
    except FileNotFoundError:
        return []
    for entry in entries:
        m = NAME_RE.match(entry.name)
        if m is None or not entry.is_file(follow_symlinks=False):
            continue
        try:
            mtime = entry.stat(follow_symlinks=False).st_mtime
        except FileNotFoundError:
            continue
        found.append((mtime, entry.name, m.group(1), Path(entry.path)))
    return [(kind, path) for _, _, kind, path in sorted(found)]


def take_inbound(bo: Backoffice, actor: Actor | None = None) -> InboundResult:
    """Apply every complete portal file in the inbox (the sync agent, under its lock)."""
    actor = actor or system_actor("sync")
    result = InboundResult()
    files = inbound_files(bo.spool.inbox)
    if not files:
        return result
    keys = load_intake_settings(bo.config).gateway_keys
    for kind, path in files:
        try:
            _take_one(bo, actor, keys, kind, path, result)
        except FileNotFoundError:
            continue  # another agent took it meanwhile
        except Exception as exc:  # noqa: BLE001 - one file never stops the others; it stays
            log.exception("could not take %s", path.name)
            result.problems.append(f"{path.name}: {exc}")
    bo.spool.sync_dirs("archive", "quarantine", "inbox")
    return result


def _sig_path(path: Path) -> Path:
    return path.with_name(path.name[:-len(".json")] + ".sig")


def _read_limited(path: Path, limit: int) -> bytes:
    with path.open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise BundleRejected("too_large", f"{path.name} is larger than {limit:,} bytes")
    return data


def _take_one(bo: Backoffice, actor: Actor, keys: Sequence[Ed25519PublicKey], kind: str, path: Path,
              result: InboundResult) -> None:
    sig = _sig_path(path)
    if not sig.is_file() or sig.is_symlink():
        result.waiting += 1
        return  # the JSON arrives first; its signature comes with a later cycle
    raw = b""
    try:
        raw = _read_limited(path, MAX_BYTES[kind])
        verify_signature(raw, _read_limited(sig, SIG_MAX), keys)
        doc = parse_json(raw, path.name)
        expected_id = path.name[len(kind) + 1:-len(".json")].lower()
        fields = check_inquiry(doc, expected_id) if kind == "inquiry" else check_ack(doc)
    except BundleRejected as exc:
        _quarantine(bo, actor, path, sig, raw, exc)
        result.quarantined += 1
        return
    if kind == "inquiry":
        try:
            with bo.db.write() as s:
                audit.lock_chain(s)
                new = inquiries.receive_in(s, bo, actor, fields) is not None
        except IntegrityError:  # recorded by another agent between the check and the insert
            new = False
        if new:
            result.inquiries += 1
        else:
            result.duplicates += 1
            log.info("inquiry %s delivered again; recorded once", fields["inquiry_id"])
    else:
        with bo.db.write() as s:
            audit.lock_chain(s)
            acked = outbox.acknowledge(s, fields["message_ids"], fields["at"])
            audit.record(s, actor, "outbox.ack", f"ack:{path.name[4:-5]}"[:100], acknowledged=acked.acknowledged,
                         already=acked.already, unknown=acked.unknown)
        result.acks += 1
        result.acknowledged += acked.acknowledged
        result.unknown_ids += acked.unknown
        if acked.unknown:
            log.warning("%s names %d message id(s) this back office never wrote; ignored",
                        path.name, acked.unknown)
    for p in (path, sig):  # the JSON first: a .sig left alone is never read as a message
        try:
            bo.spool.move(p, "archive", sync=False)
        except FileNotFoundError:
            pass


def _quarantine(bo: Backoffice, actor: Actor, path: Path, sig: Path, raw: bytes, exc: BundleRejected) -> None:
    sha = hashlib.sha256(raw).hexdigest()
    with bo.db.write() as s:
        audit.lock_chain(s)
        existing = s.scalar(select(IntakeRecord.id).where(
            IntakeRecord.file_sha256 == sha, IntakeRecord.file_name == path.name,
            IntakeRecord.outcome == "quarantined", IntakeRecord.resolution.is_(None)))
        if existing is None:
            s.add(IntakeRecord(file_name=path.name, file_sha256=sha, bundle_id=None, outcome="quarantined",
                               reason=exc.code, detail=exc.detail, at=utcnow(),
                               stored_path=str(bo.spool.quarantine / path.name)))
            audit.record(s, actor, "intake.quarantine", f"portal:{path.name}"[:100], file=path.name,
                         reason=exc.code, detail=exc.detail)
    log.warning("quarantined %s: %s", path.name, exc)
    moved = bo.spool.move(path, "quarantine", sync=False)
    if moved.name != path.name:  # a name clash got a suffix: keep the record true
        with bo.db.write() as s:
            rec = s.scalar(select(IntakeRecord).where(
                IntakeRecord.file_sha256 == sha, IntakeRecord.file_name == path.name,
                IntakeRecord.outcome == "quarantined", IntakeRecord.resolution.is_(None)))
            if rec is not None:
                rec.stored_path = str(moved)
    try:
        bo.spool.move(sig, "quarantine", sync=False)
    except FileNotFoundError:
        pass


# ------------------------------------------------------------------ checks
def verify_signature(data: bytes, sig: bytes, keys: Sequence[Ed25519PublicKey]) -> None:
    """base64 Ed25519 over the JSON file's exact bytes by one of the gateway keys
    (surrounding ASCII whitespace tolerated, as for gateway.sig)."""
    try:
        signature = base64.b64decode(sig.strip(b" \t\r\n"), validate=True)
    except (binascii.Error, ValueError):
        raise BundleRejected("gateway_signature_invalid", "the .sig file is not standard padded base64") from None
    if len(signature) != 64:
        raise BundleRejected("gateway_signature_invalid",
                             f"an Ed25519 signature has 64 bytes, this one {len(signature)}")
    for key in keys:
        try:
            key.verify(signature, data)
            return
        except InvalidSignature:
            continue
    raise BundleRejected("gateway_signature_invalid",
                         f"the signature does not verify with any of the {len(keys)} configured gateway keys")


def parse_json(raw: bytes, name: str = "the file") -> dict[str, Any]:
    """The same strict JSON as a bundle's members (intake/schema.py: UTF-8 without BOM, no
    duplicate keys, no NaN, no lone surrogates); the document must be an object."""
    doc = strict_json(name, raw)
    if not isinstance(doc, dict):
        raise BundleRejected("schema_error", "the document is not a JSON object")
    return doc


def _schema_error(detail: str) -> BundleRejected:
    return BundleRejected("schema_error", detail)


def _string(doc: dict[str, Any], key: str, limit: int, *, null: bool = False, empty: bool = False) -> str | None:
    if key not in doc:
        raise _schema_error(f"'{key}' is missing")
    v = doc[key]
    if v is None and null:
        return None
    if not isinstance(v, str):
        raise _schema_error(f"'{key}' must be a string{' or null' if null else ''}")
    if not empty and not v.strip():
        raise _schema_error(f"'{key}' is empty")
    if len(v) > limit:
        raise _schema_error(f"'{key}' is {len(v):,} characters long; at most {limit:,} are allowed")
    if any(ch < " " and ch not in "\n\r\t" for ch in v) or "\x7f" in v:
        raise _schema_error(f"'{key}' holds a control character")
    return v


def _uuid(value: Any, key: str) -> str:
    """A UUID in its 36-character form, returned in lower case."""
    if isinstance(value, str) and len(value) == 36:
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
    raise _schema_error(f"'{key}' must be a UUID")


def _schema(doc: dict[str, Any], expected: str) -> None:
    if doc.get("schema") != expected:
        raise _schema_error(f"'schema' must be \"{expected}\", not {str(doc.get('schema'))[:40]!r}")


def check_inquiry(doc: dict[str, Any], expected_id: str | None = None) -> dict[str, Any]:
    """inquiry/1 (portal-v1 §2): the fields, checked; keys the schema does not name are ignored."""
    _schema(doc, "inquiry/1")
    inquiry_id = _uuid(doc.get("inquiry_id"), "inquiry_id")
    if expected_id is not None and inquiry_id != expected_id:
        raise _schema_error(f"the file name says inquiry {expected_id}, the JSON {inquiry_id}")
    try:
        received = parse_rfc3339(str(doc.get("received_at"))).astimezone(UTC)  # stored in UTC
    except ValueError:
        raise _schema_error("'received_at' must be an RFC 3339 date-time with an offset") from None
    if doc.get("channel") != "portal":
        raise _schema_error("'channel' of an inquiry from the portal must be \"portal\"")
    text = _string(doc, "text", 10**6)
    assert text is not None
    if len(text) > inquiries.TEXT_LIMIT:
        raise _schema_error(f"'text' is {len(text):,} characters long; at most "
                            f"{inquiries.TEXT_LIMIT:,} are allowed")
    return {
        "inquiry_id": inquiry_id, "received_at": received,
        "name": _string(doc, "name", inquiries.NAME_LIMIT),
        "name_kana": _string(doc, "name_kana", inquiries.NAME_LIMIT, empty=True),
        "email": _string(doc, "email", 254, null=True),
        "phone": _string(doc, "phone", 40, null=True),
        "application_id": _string(doc, "application_id", 40, null=True),
        "procedure": _string(doc, "procedure", 64, null=True),
        "category": _string(doc, "category", 64),
        "text": text,
    }


def check_ack(doc: dict[str, Any]) -> dict[str, Any]:
    """ack/1: `message_ids` (strings) and `at`. Ids that are not UUIDs are simply unknown."""
    _schema(doc, "ack/1")
    ids = doc.get("message_ids")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise _schema_error("'message_ids' must be a list of strings")
    if len(ids) > MAX_ACK_IDS:
        raise _schema_error(f"'message_ids' lists {len(ids):,} ids; at most {MAX_ACK_IDS:,} per file")
    try:
        at = parse_rfc3339(str(doc.get("at"))).astimezone(UTC)
    except ValueError:
        raise _schema_error("'at' must be an RFC 3339 date-time with an offset") from None
    return {"message_ids": [i for i in ids if len(i) <= 64], "at": at}
