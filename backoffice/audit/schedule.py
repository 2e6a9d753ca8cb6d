"""The daily audit-chain verification, run by the sync agent (`backoffice sync`).

There is no configuration key: the check runs on the first agent cycle after 02:00 Japan
time (a quiet hour), and catches up once when the agent was off at that time (the same
slot logic as the scheduled export, backoffice/export/schedule.py). Each run is remembered
as an "audit.verify" entry by the actor `audit-verifier` carrying the result and the head
seq/hash; the head hash is also logged, so the operations log holds a copy outside the
database (deleting the newest entries cannot be seen from the table alone,
docs/architecture.md "Audit log").

Besides walking the chain, a run checks that the head recorded by the previous run is
still there with the same hash: rewriting the tail with freshly computed hashes keeps the
chain consistent but changes that entry. Since issue 21 the walk is also checked against
the signed checkpoints kept outside the database, and an intact run signs a new one
(backoffice/audit/checkpoint.py), which closes the gap of deleted marks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, time

from sqlalchemy import select

from backoffice.accounts.permissions import Actor, require, system_actor
from backoffice.audit.log import ChainReport
from backoffice.audit.query import ChainStatus, verify_and_record
from backoffice.db.models import AuditEntry
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import as_utc, is_due, last_slot, utcnow

log = logging.getLogger(__name__)

VERIFIER = "audit-verifier"
MARK = "audit.verify"
DAILY_AT = time(2, 0)  # Japan time


@dataclass(frozen=True)
class ScheduledResult:
    """What the last scheduled verification found (shown at the top of the audit viewer)."""

    at: datetime
    intact: bool
    entries: int
    first_bad_seq: int | None
    problem: str
    head_seq: int
    head_hash: str


def _last_mark(bo: Backoffice) -> AuditEntry | None:
    with bo.db.read() as s:
        return s.scalar(select(AuditEntry).where(AuditEntry.actor == VERIFIER, AuditEntry.action == MARK)
                        .order_by(AuditEntry.seq.desc()).limit(1))


def last_scheduled_result(bo: Backoffice, actor: Actor) -> ScheduledResult | None:
    require(actor, "audit.view")
    mark = _last_mark(bo)
    if mark is None:
        return None
    d = mark.detail or {}
    at = as_utc(mark.at)
    return ScheduledResult(at, bool(d.get("intact")), int(d.get("entries") or 0), d.get("first_bad_seq"),
                           str(d.get("problem") or ""), int(d.get("head_seq") or 0), str(d.get("head_hash") or ""))


def _previous_head_problem(bo: Backoffice, prev: AuditEntry | None) -> tuple[int, str] | None:
    """(seq, problem) when the head the previous run recorded changed or vanished."""
    if prev is None or not (prev.detail or {}).get("head_seq"):
        return None
    seq, expected = int(prev.detail["head_seq"]), str(prev.detail.get("head_hash", ""))
    with bo.db.read() as s:
        found = s.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))
    if found is None:
        return seq, f"entry {seq}, the head at the previous verification, is missing"
    if found != expected:
        return seq, f"entry {seq} differs from the head recorded by the previous verification"
    return None


def run_scheduled_verify(bo: Backoffice, now: datetime | None = None) -> ChainStatus | None:
    """Verify the chain when today's 02:00 run is due; None when it is not due."""
    now = now or utcnow()
    prev = _last_mark(bo)
    if not is_due(now, DAILY_AT, prev.at if prev is not None else None):
        return None
    anchor = _previous_head_problem(bo, prev)

    def amend(status: ChainStatus) -> ChainStatus:
        r = status.report
        if anchor is None or not (r.intact or (r.first_bad_seq or 0) > anchor[0]):
            return status  # the walk already names an older (or the same) bad entry
        return replace(status, report=ChainReport(False, r.entries, anchor[0], anchor[1]))

    status = verify_and_record(bo, system_actor(VERIFIER), amend, scheduled=True,
                               slot=last_slot(now, DAILY_AT).isoformat())
    if status.intact:  # a broken chain was logged at ERROR by verify_and_record
        log.info("audit chain intact: %d entries, head %d %s", status.report.entries, status.head_seq,
                 status.head_hash)
        # Anchor the verified head outside the database (issue 21): never a broken chain.
        from backoffice.audit import checkpoint as audit_checkpoint
        from backoffice.platform.errors import BackofficeError

        try:
            audit_checkpoint.make(bo, "daily")
        except (BackofficeError, OSError) as exc:
            log.error("daily audit checkpoint not made: %s", exc)
    return status

