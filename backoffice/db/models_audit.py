"""Signed checkpoints of the audit-chain head (issue 21, defect 9).

A row here is only one of the copies of a checkpoint: whoever can write the database can
delete rows, so the same signed checkpoint is also written as a file outside the database
(`[audit] checkpoint_dir`) and beside every export batch (the core systems keep it).
`backoffice/audit/checkpoint.py` makes and checks them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.models import Base


class AuditCheckpoint(Base):
    __tablename__ = "audit_checkpoints"
    id: Mapped[int] = mapped_column(primary_key=True)
    # number of entries of the chain at the checkpoint (= seq of the head entry)
    entries: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), index=True)
    head_hash: Mapped[str] = mapped_column(String(64))
    made_at: Mapped[datetime]
    kid: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))  # base64 Ed25519 signature
    reason: Mapped[str] = mapped_column(String(16))  # daily | export | manual
