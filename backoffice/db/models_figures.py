"""The counter channel and the figures for 業務改革 (issue 18): which applications were
entered at the counter (`counter_entries`; every other application came online) and the
monthly figures the retention run keeps for the applications it deletes
(`figure_aggregates`), so the statistics survive the removal of the records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.models import ApplicationEvent, Base


class CounterEntry(Base):
    """An application a clerk entered for a citizen at the counter (channel `counter`).
    The application itself lives in `applications` like any online one."""

    __tablename__ = "counter_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_pk: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True)
    entered_at: Mapped[datetime]
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    id_document: Mapped[str | None] = mapped_column(String(64))  # identity document checked
    paper_documents: Mapped[int] = mapped_column(Integer, default=0)  # paper pages scanned/taken in
    seconds: Mapped[int | None] = mapped_column(Integer)  # how long the entry took (screen to save)


class FigureAggregate(Base):
    """What one retention run removed, per procedure, department and month of receipt:
    additive counts (summed with the live applications' by backoffice/supervision/figures.py)
    and the processing days as a histogram {days: applications}, so medians and percentiles
    stay exact. No personal data."""

    __tablename__ = "figure_aggregates"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure: Mapped[str] = mapped_column(String(64))
    department: Mapped[str] = mapped_column(String(64))
    received_month: Mapped[str] = mapped_column(String(7))  # YYYY-MM (Japan time)
    received_online: Mapped[int] = mapped_column(Integer, default=0)
    received_counter: Mapped[int] = mapped_column(Integer, default=0)
    completed: Mapped[int] = mapped_column(Integer, default=0)
    online_complete: Mapped[int] = mapped_column(Integer, default=0)
    ended: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    withdrawn: Mapped[int] = mapped_column(Integer, default=0)
    returned: Mapped[int] = mapped_column(Integer, default=0)
    paper: Mapped[int] = mapped_column(Integer, default=0)
    touches: Mapped[int] = mapped_column(Integer, default=0)
    with_standard: Mapped[int] = mapped_column(Integer, default=0)
    within_standard: Mapped[int] = mapped_column(Integer, default=0)
    days: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # return reasons by reason-template title ("" = written freely); no free text is kept
    return_reasons: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    run_at: Mapped[datetime]
    __table_args__ = (Index("ix_figure_aggregates_month", "received_month", "procedure"),)


# The figures' return reasons (backoffice/supervision/figures.py) read the returns of a
# year; without this every event of the year is scanned for them.
Index("ix_application_events_action", ApplicationEvent.action, ApplicationEvent.application_pk)
