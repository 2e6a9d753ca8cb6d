"""Retention (issue: hardening): statistics kept after personal data is removed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.models import Base


class RetentionStat(Base):
    """How many applications of a procedure/outcome/month were anonymized or deleted, so
    statistics survive the removal of the records themselves."""

    __tablename__ = "retention_stats"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))
    received_month: Mapped[str] = mapped_column(String(7))  # YYYY-MM (Japan time)
    action: Mapped[str] = mapped_column(String(16))  # anonymize | delete
    count: Mapped[int] = mapped_column(Integer)
    run_at: Mapped[datetime]
