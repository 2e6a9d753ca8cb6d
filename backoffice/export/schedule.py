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
from datetime import datetime, time, timedelta

from sqlalchemy import select

from .. import audit
from ..context import Backoffice
from ..db.models import AuditEntry
from ..security.permissions import Actor, system_actor
from ..timeutil import JST, to_jst, utcnow
from .batch import BatchInfo, export_pending

log = logging.getLogger(__name__)

SCHEDULER = "export-scheduler"
MARK = "export.scheduled"


def last_slot(now: datetime, export_time: time) -> datetime:
    """The latest daily moment `export_time` (Japan time) at or before `now`."""
    local = to_jst(now)
    slot = datetime.combine(local.date(), export_time.replace(tzinfo=None), JST)
    return slot if slot <= local else slot - timedelta(days=1)


def is_due(now: datetime, export_time: time | None, last_run: datetime | None) -> bool:
    """True when a scheduled export should run now: a schedule is set and the last
    scheduled run (None: never) is older than the latest slot."""
    if export_time is None:
        return False
    slot = last_slot(now, export_time)
    return last_run is None or to_jst(last_run) < slot


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
