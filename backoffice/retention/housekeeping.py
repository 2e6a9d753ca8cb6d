"""The daily closing and retention run of the sync agent (issue 22).

Like the daily audit verification (backoffice/audit/schedule.py) there is no schedule to
configure: the run is due on the first agent cycle after 03:00 Japan time (after the 02:00
audit check, before office hours) and catches up once when the agent was off then. It
closes what is due by rule and applies the retention rules (backoffice/retention/rules.py) as
the actor `retention-agent`; the run's own "retention.run" audit entry, written in the
same transaction as the deletions, is the mark that it happened: every workstation's agent
reads the same database, so it runs once a day whichever agent comes first. A crash
between closing and retention only means the next cycle runs again (both are idempotent).
"""

from __future__ import annotations

import logging
from datetime import datetime, time

from sqlalchemy import select

from backoffice.accounts.permissions import system_actor
from backoffice.db.models import AuditEntry
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import last_slot, to_jst, utcnow
from backoffice.retention.rules import RetentionReport, run_retention

log = logging.getLogger(__name__)

AGENT = "retention-agent"
MARK = "retention.run"
DAILY_AT = time(3, 0)  # Japan time


def last_slot_done(bo: Backoffice) -> datetime | None:
    """The daily slot the newest scheduled run was for (its entry carries it: comparing
    slots, not clocks, keeps one run a day even when workstations' clocks differ)."""
    with bo.db.read() as s:
        detail = s.scalar(select(AuditEntry.detail).where(AuditEntry.actor == AGENT, AuditEntry.action == MARK)
                          .order_by(AuditEntry.seq.desc()).limit(1))
    slot = (detail or {}).get("slot")
    return datetime.fromisoformat(slot) if isinstance(slot, str) else None


def run_scheduled_retention(bo: Backoffice, now: datetime | None = None) -> RetentionReport | None:
    """Close and apply retention when today's 03:00 run is due; None when it is not due."""
    now = now or utcnow()
    slot = last_slot(now, DAILY_AT)
    done = last_slot_done(bo)
    if done is not None and done >= slot:
        return None
    report = run_retention(bo, system_actor(AGENT), today=to_jst(now).date(), slot=slot.isoformat())
    log.info("daily retention: closed %d, %s", report.closed, report.line())
    return report
