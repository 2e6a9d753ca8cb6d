"""Register exchange (records-v1, issue 15): request and answer batches, one row per
request sent to the core systems, and one row per answer that came back for a request
(a table of its own since migration 0023: a batch of answers is appended, never an UPDATE
that makes every request row grow)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.models import Base


class RecordBatch(Base):
    """A request batch written to `requests/` (state pending -> written) or an answer batch
    taken from `answers/` (done or refused)."""

    __tablename__ = "record_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(8))  # request | answer
    state: Mapped[str] = mapped_column(String(12))  # pending | written | done | refused
    rows: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    reason: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_record_batches_batch", "batch_id", "direction"),
                      Index("ix_record_batches_state", "direction", "state"))


class RecordRequest(Base):
    """One request of records-v1 §2.1 (`<application_id>.r<revision>[.<n>]`).

    Queued (batch_pk null) when it is decided that it must be sent; `line` holds the exact
    JSON line once it belongs to a batch, so a batch rewritten after a crash has the same
    bytes. The answer (§2.2), once in, is the RecordAnswer row of the same request."""

    __tablename__ = "record_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(String(64), unique=True)
    application_pk: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)  # 1 for the first request of a revision, then 2, 3, ...
    kind: Mapped[str] = mapped_column(String(16))  # resident | seal | tax | koseki
    queued_at: Mapped[datetime]
    batch_pk: Mapped[int | None] = mapped_column(ForeignKey("record_batches.id"))
    line: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    __table_args__ = (Index("ix_record_requests_application", "application_pk", "revision", "seq"),
                      Index("ix_record_requests_batch", "batch_pk"))


class RecordAnswer(Base):
    """The answer (§2.2) a request received, at most one per request: its result, as_of,
    the exact line as delivered with its SHA-256 (a redelivered identical answer is a no-op,
    a different one an answer_conflict) and the §4 findings of the comparison. Retention
    removes the line and the findings with the application (backoffice/retention/rules.py);
    the row itself stays, so a later redelivery of the same answer is still a no-op."""

    __tablename__ = "record_answers"
    request_pk: Mapped[int] = mapped_column(ForeignKey("record_requests.id", ondelete="CASCADE"),
                                            primary_key=True, autoincrement=False)
    result: Mapped[str] = mapped_column(String(16))  # found | not_found | ambiguous | restricted
    as_of: Mapped[datetime]
    answer: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    answer_sha256: Mapped[str] = mapped_column(String(64))
    answered_at: Mapped[datetime]
    batch_pk: Mapped[int] = mapped_column(ForeignKey("record_batches.id"))
    findings: Mapped[list[Any] | None] = mapped_column(JSON)  # §4: differing fields, e.g. ["name", "address"]
