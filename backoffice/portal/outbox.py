"""The signed outbox (portal-v1 §1) and its delivery state (§2, §3).

Every outbound message is a database row first, made in the same transaction as the change
it reports (notice/1 rows in `notices`, every other schema in `outbox_messages`), so each
fact exists exactly once. `flush` writes the unwritten rows to `outbox/` as
`<message_id>.json` plus `<message_id>.sig` (base64 Ed25519 over the JSON's exact bytes,
by the outbox key from the OS credential store), each file through `tmp/`, fsynced and
renamed, the JSON before its signature, and only then marks the rows written. A crash
between the renames and the mark makes the next flush write the very same bytes again
(the JSON is built from the stored row; Ed25519 signatures are deterministic): still one
message, and one that is whole only once its `.sig` exists. Until the outbox key exists,
messages wait in the database (`FlushResult.key_problem` says why).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from backoffice.accounts import keystore
from backoffice.accounts.permissions import Actor, require
from backoffice.casework import notices
from backoffice.db.models import Notice
from backoffice.db.models_portal import OutboxMessage
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import ConfigError
from backoffice.platform.timeutil import as_utc, rfc3339, utcnow

log = logging.getLogger(__name__)

SCHEMAS = ("notice/1", "catalog/1", "faq/1", "announcement/1", "inquiry_answer/1", "slots/1")
BATCH = 200


def encode(document: dict[str, Any]) -> bytes:
    """The JSON bytes of one message (UTF-8, Japanese as is, stable key order)."""
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def fingerprint(content: Any) -> str:
    """sha256 of a message's content (without message_id and at): "has this changed since
    the last one published?" for catalog/1 and slots/1."""
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def publish(s: Session, schema: str, subject: str, body: dict[str, Any]) -> OutboxMessage:
    """Queue one message in the caller's transaction (written to outbox/ by `flush`)."""
    if schema not in SCHEMAS or schema == "notice/1":
        raise ValueError(f"not an outbox schema of this table: {schema!r}")
    msg = OutboxMessage(message_id=str(uuid.uuid4()), schema=schema, subject=subject[:80], at=utcnow(),
                        payload=json.dumps(body, ensure_ascii=False), fingerprint=fingerprint(body),
                        written_at=None, acknowledged_at=None)
    s.add(msg)
    s.flush()
    return msg


def last_published(s: Session, subject: str) -> OutboxMessage | None:
    """The newest message queued about `subject` (written or not)."""
    return s.scalar(select(OutboxMessage).where(OutboxMessage.subject == subject)
                    .order_by(OutboxMessage.id.desc()).limit(1))


def message_document(row: Any) -> dict[str, Any]:
    """The whole JSON document of an outbox_messages row: schema, message_id, at first."""
    return {"schema": row.schema, "message_id": row.message_id, "at": rfc3339(row.at),
            **json.loads(row.payload)}


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The `.sig` file: standard padded base64 of the Ed25519 signature, no newline."""
    return base64.b64encode(key.sign(data))


# ------------------------------------------------------------------ the key
def load_key(bo: Backoffice) -> Ed25519PrivateKey:
    """The outbox key ([outbox] key_id, by default the issuing key's id); ConfigError when
    it is missing or the credential store cannot be reached."""
    from backoffice.platform.demo_mode import key_folder

    return keystore.load_issuing_key(bo.config.outbox_kid, demo_keys=key_folder(bo.config), kind="outbox")


def key_problem(bo: Backoffice) -> str | None:
    """None when the outbox key can sign; else why messages wait in the database."""
    try:
        load_key(bo)
    except ConfigError as exc:
        return str(exc)
    return None


# ------------------------------------------------------------------ writing
@dataclass
class FlushResult:
    written: int = 0
    key_problem: str | None = None  # set: messages wait for the key (None when nothing waits)


def flush(bo: Backoffice, batch: int = BATCH) -> FlushResult:
    """Write every unwritten message (notices first, then the others, each in the order it
    was made) to outbox/, signed. OSError (a full disk) propagates; the rest waits."""
    try:
        key = load_key(bo)
    except ConfigError as exc:
        if not _pending(bo):
            return FlushResult(0, None)  # nothing waits: no reason to say anything
        if _WARNED.get(bo.config.outbox_kid) != str(exc):
            # once per process and reason: every desktop's background sync gets here each
            # cycle, and only the sync agent's machine needs the key
            _WARNED[bo.config.outbox_kid] = str(exc)
            log.warning("outbox messages wait in the database: %s", exc)
        return FlushResult(0, str(exc))
    result = FlushResult()
    result.written += _flush_table(bo, key, cast(Table, Notice.__table__), batch, notice=True)
    result.written += _flush_table(bo, key, cast(Table, OutboxMessage.__table__), batch, notice=False)
    return result


_WARNED: dict[str, str] = {}


def _pending(bo: Backoffice) -> bool:
    with bo.db.read() as s:
        return (s.scalar(select(Notice.id).where(Notice.written_at.is_(None)).limit(1)) is not None
                or s.scalar(select(OutboxMessage.id).where(OutboxMessage.written_at.is_(None)).limit(1))
                is not None)


def _flush_table(bo: Backoffice, key: Ed25519PrivateKey, table: Table, batch: int, *, notice: bool) -> int:
    written = 0
    while True:
        with bo.db.write() as s:
            rows = s.connection().execute(
                select(table).where(table.c.written_at.is_(None)).order_by(table.c.id).limit(batch)
            ).all()
            if not rows:
                return written
            files: list[tuple[str, bytes]] = []
            for row in rows:
                if notice and row.attachment:  # the PDF first: the JSON never names a missing file
                    files.append((f"{row.message_id}.pdf", row.attachment))
                data = encode(notices.to_json(row) if notice else message_document(row))
                files.append((f"{row.message_id}.json", data))
                files.append((f"{row.message_id}.sig", sign(key, data)))  # after its JSON
            # Every file is durable before its rename, the renames follow this order, and
            # the folder is fsynced before the rows are marked written (at commit, next).
            bo.spool.write_many_atomic("outbox", files)
            s.connection().execute(table.update().where(table.c.id.in_([r.id for r in rows]))
                                   .values(written_at=utcnow()))
            written += len(rows)


# ------------------------------------------------------------------ acknowledgements
@dataclass
class AckResult:
    acknowledged: int = 0  # messages newly marked delivered
    already: int = 0       # named again (a redelivered ack/1)
    unknown: int = 0       # ids the back office never wrote


def acknowledge(s: Session, message_ids: list[str], at: datetime) -> AckResult:
    """Mark these messages delivered to the portal (ack/1). Unknown ids change nothing."""
    ids = sorted({m.lower() for m in message_ids})
    result = AckResult()
    known: set[str] = set()
    for model in (Notice, OutboxMessage):
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            found = dict(s.execute(select(model.message_id, model.acknowledged_at)
                                   .where(model.message_id.in_(chunk))).all())
            known |= set(found)
            fresh = [m for m, acked in found.items() if acked is None]
            result.already += len(found) - len(fresh)
            if fresh:
                s.execute(update(model).where(model.message_id.in_(fresh)).values(acknowledged_at=at)
                          .execution_options(synchronize_session=False))
                result.acknowledged += len(fresh)
    result.unknown = len(set(ids) - known)
    return result


# ------------------------------------------------------------------ status
@dataclass
class OutboxStatus:
    unacknowledged: int = 0
    oldest_unacknowledged_at: datetime | None = None
    by_schema: dict[str, int] = field(default_factory=dict)
    unwritten: int = 0
    key_problem: str | None = None

    def to_cli_json(self) -> dict[str, Any]:
        return {"unacknowledged": self.unacknowledged,
                "oldest_unacknowledged_at": (rfc3339(self.oldest_unacknowledged_at)
                                             if self.oldest_unacknowledged_at else None),
                "by_schema": self.by_schema,
                "unwritten": self.unwritten,
                "outbox_key": "missing" if self.key_problem else "present",
                "outbox_key_problem": self.key_problem}

    def age_hours(self, now: datetime | None = None) -> float | None:
        if self.oldest_unacknowledged_at is None:
            return None
        return ((now or utcnow()) - self.oldest_unacknowledged_at).total_seconds() / 3600


def status_in(s: Session, actor: Actor) -> OutboxStatus:
    """Messages the portal has not acknowledged yet (written or still waiting), the oldest
    one's time, how many per schema, and how many are not even written."""
    require(actor, "outbox.view")
    st = OutboxStatus()
    rows = s.execute(select(func.count(Notice.id), func.min(Notice.at))
                     .where(Notice.acknowledged_at.is_(None))).one()
    counts: dict[str, int] = {"notice/1": int(rows[0] or 0)} if rows[0] else {}
    oldest = [rows[1]] if rows[1] is not None else []
    for schema, n, first in s.execute(
            select(OutboxMessage.schema, func.count(OutboxMessage.id), func.min(OutboxMessage.at))
            .where(OutboxMessage.acknowledged_at.is_(None)).group_by(OutboxMessage.schema)):
        counts[schema] = int(n)
        oldest.append(first)
    st.by_schema = {k: counts[k] for k in SCHEMAS if k in counts}
    st.unacknowledged = sum(counts.values())
    # an aggregate's value comes back without its column type: naive on SQLite
    st.oldest_unacknowledged_at = min(as_utc(o) for o in oldest) if oldest else None
    st.unwritten = int(s.scalar(select(func.count(Notice.id)).where(Notice.written_at.is_(None))) or 0) + int(
        s.scalar(select(func.count(OutboxMessage.id)).where(OutboxMessage.written_at.is_(None))) or 0)
    return st


def status(bo: Backoffice, actor: Actor) -> OutboxStatus:
    with bo.db.read() as s:
        st = status_in(s, actor)
    st.key_problem = key_problem(bo)
    return st


@dataclass(frozen=True)
class NoticeDelivery:
    """Per notice of one application: when it was made, written, acknowledged."""

    message_id: str
    event: str
    at: datetime
    written_at: datetime | None
    acknowledged_at: datetime | None


def notice_deliveries(s: Session, application_pk: int) -> list[NoticeDelivery]:
    """For the application screen (the caller has checked application.view)."""
    return [NoticeDelivery(*r) for r in s.execute(
        select(Notice.message_id, Notice.event, Notice.at, Notice.written_at, Notice.acknowledged_at)
        .where(Notice.application_pk == application_pk).order_by(Notice.id))]
