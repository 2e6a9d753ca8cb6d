"""The procedure catalog kept in the shared database (issue 16 item 3): every version of
every procedure with the date it takes effect, so every workstation reads the same catalog
and an application is judged by the version in force when it was received."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.models import Base


class ProcedureVersion(Base):
    """One version of one procedure: its procedures-v1 entry (the TOML table as JSON) in
    force from `effective_from` (a Japan date) until the next version of the same code."""

    __tablename__ = "procedure_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64))
    effective_from: Mapped[date] = mapped_column(Date)
    entry: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(32))  # staff code, os:<user> or "init"
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_procedure_versions_code_from", "code", "effective_from", unique=True),)
