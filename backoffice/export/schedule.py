"""The daily scheduled export (export-v1 batches, "scheduled or by hand" in the brief).

`export.time` (Japan time, HH:MM) names one moment a day. A run is due when the most
recent such moment has passed and no scheduled run happened since it: an agent that was
off at that time catches up once when it starts, never more than once per slot. The sync
agent calls `run_scheduled_export(bo)` every cycle; it is cheap when nothing is due.
Scheduled runs are remembered as audit entries ("export.scheduled" by the actor
`export-scheduler`), written after the batch, so a crash in between only means one more
(harmless, exactly-once) run on the next cycle.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.audit import log as audit
from backoffice.db.models import AuditEntry
from backoffice.export.batch import BatchInfo, export_pending
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import is_due, last_slot, utcnow

log = logging.getLogger(__name__)

SCHEDULER = "export-scheduler"
MARK = "export.scheduled"


def last_scheduled_run(bo: Backoffice) -> datetime | None:
    with bo.db.read() as s:
        return s.scalar(select(AuditEntry.at)
                        .where(AuditEntry.actor == SCHEDULER, AuditEntry.action == MARK)
                        .order_by(AuditEntry.at.desc(), AuditEntry.seq.desc()).limit(1))


def run_scheduled_export(bo: Backoffice, now: datetime | None = None,
                         actor: Actor | None = None) -> list[BatchInfo] | None:
    """Run the daily export if due. Returns the batches written ([] when nothing was
    pending) or None when no run was due. Errors propagate to the caller (the agent logs
    them and tries again next cycle)."""
    if bo.config.export_time is None:
        return None
    now = now or utcnow()
    if not is_due(now, bo.config.export_time, last_scheduled_run(bo)):
        return None
    actor = actor or system_actor(SCHEDULER)
    batches = export_pending(bo, actor)
    with bo.db.write() as s:
        audit.record(s, actor, MARK, "export:schedule", slot=last_slot(now, bo.config.export_time).isoformat(),
                     batches=[b.batch_id for b in batches], rows=sum(b.rows for b in batches))
    log.info("scheduled export: %d batch(es), %d rows", len(batches), sum(b.rows for b in batches))
    return batches
