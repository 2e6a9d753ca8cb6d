"""Register exchange (records-v1, issue 15): request and answer batches and one row per
request sent to the core systems, with the answer that came back for it."""

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
    bytes. The answer (§2.2) is kept as canonical JSON with its hash: a redelivered identical
    answer is a no-op, a different one an answer_conflict."""

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
    result: Mapped[str | None] = mapped_column(String(16))  # found | not_found | ambiguous | restricted
    as_of: Mapped[datetime | None]
    answer: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    answer_sha256: Mapped[str | None] = mapped_column(String(64))
    answered_at: Mapped[datetime | None]
    answer_batch_pk: Mapped[int | None] = mapped_column(ForeignKey("record_batches.id"))
    findings: Mapped[list[Any] | None] = mapped_column(JSON)  # §4: differing fields, e.g. ["name", "address"]
    __table_args__ = (Index("ix_record_requests_application", "application_pk", "revision", "seq"),
                      Index("ix_record_requests_batch", "batch_pk"))
