"""Reading the audit log for supervisors (the desktop audit viewer) and checking its chain.

The log names applications and staff, so every search is itself audited ("audit.search",
with its filters) in the unit of work that reads it. Pages are keyset pages on `seq`,
newest first: `after_seq` is the smallest seq of the previous page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import literal, or_, select

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.audit.log import ChainReport
from backoffice.db.models import Application, AuditEntry, Staff
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import as_utc

log = logging.getLogger(__name__)

MAX_LIMIT = 1000


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    workstation: str
    action: str
    target: str
    detail: dict[str, Any]
    # names for reading (the viewer): the acting staff member's, and the named staff member's
    # when the target is `staff:<code>`; None for the system's workers and unknown codes
    actor_name: str | None = None
    target_name: str | None = None


@dataclass(frozen=True)
class ChainStatus:
    """verify_chain's report plus the newest entry at the time of the check."""

    report: ChainReport
    head_seq: int
    head_hash: str
    checked_at: datetime

    @property
    def intact(self) -> bool:
        return self.report.intact


# What staff typed to find applicants (often a name or a birth date) is personal data: an
# administrator, who works on accounts and settings and sees no applicant (issue 16), reads
# that such a search happened and how many it found, not what was searched for.
_SEARCH_TEXT = {"application.search": ("query",)}


def _shown_detail(actor: Actor, action: str, detail: dict[str, Any]) -> dict[str, Any]:
    if actor.has("application.view") or actor.is_system:
        return detail
    hidden = _SEARCH_TEXT.get(action, ())
    return {k: ("…" if k in hidden else v) for k, v in detail.items()}


def search(bo: Backoffice, actor: Actor, *, staff_code: str | None = None,
           application_id: str | None = None, action_prefix: str | None = None,
           since: datetime | None = None, until: datetime | None = None,
           after_seq: int | None = None, limit: int = 200) -> list[AuditRow]:
    """Entries matching every given filter, newest first; `until` is exclusive."""
    require(actor, "audit.view")
    limit = max(1, min(limit, MAX_LIMIT))
    q = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    filters: dict[str, Any] = {}
    if staff_code and staff_code.strip():
        filters["staff_code"] = staff_code.strip()
        q = q.where(AuditEntry.actor == filters["staff_code"])
    if application_id and application_id.strip():
        filters["application_id"] = application_id.strip()
        q = q.where(AuditEntry.target == f"application:{filters['application_id']}")
    if action_prefix and action_prefix.strip():
        filters["action_prefix"] = action_prefix.strip()
        q = q.where(AuditEntry.action.startswith(filters["action_prefix"], autoescape=True))
    if since is not None:
        filters["since"] = as_utc(since).isoformat()
        q = q.where(AuditEntry.at >= as_utc(since))
    if until is not None:
        filters["until"] = as_utc(until).isoformat()
        q = q.where(AuditEntry.at < as_utc(until))
    if after_seq is not None:
        q = q.where(AuditEntry.seq < after_seq)
    departments = scope.condition(actor, Application.department)
    if departments is not None:  # need-to-know (issue 16): only their departments' applications
        theirs = select(literal("application:").concat(Application.application_id)).where(departments)
        # entries about one application: of the actor's departments; searches and lists of
        # applications (their text may be a name) are left out; the rest names no applicant
        q = q.where(or_(~AuditEntry.target.startswith("application"), AuditEntry.target.in_(theirs)))
    with bo.db.write() as s:
        entries = list(s.scalars(q))
        codes = {e.actor for e in entries} | {e.target[6:] for e in entries if e.target.startswith("staff:")}
        names: dict[str, str] = {code: name for code, name in s.execute(
            select(Staff.code, Staff.name).where(Staff.code.in_(sorted(codes))))} if codes else {}
        rows = [AuditRow(e.seq, as_utc(e.at), e.actor, e.workstation, e.action, e.target,
                         _shown_detail(actor, e.action, dict(e.detail or {})), names.get(e.actor),
                         names.get(e.target[6:]) if e.target.startswith("staff:") else None)
                for e in entries]
        audit.record(s, actor, "audit.search", "audit", after_seq=after_seq, results=len(rows), **filters)
    return rows


def _head(bo: Backoffice) -> tuple[int, str]:
    with bo.db.read() as s:
        last = s.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (last[0], last[1]) if last else (0, audit.GENESIS)


def verify_and_record(bo: Backoffice, actor: Actor,
                      amend: Callable[[ChainStatus], ChainStatus] | None = None, *,
                      checkpoint_files: Sequence[Path] = (), **detail: Any) -> ChainStatus:
    """Walk the whole chain (a read transaction, so writers are not held up), then record
    the result as one "audit.verify" entry by `actor` (with `detail` added). `amend` may
    replace the result first (the scheduled run adds its own check). `checkpoint_files` are
    checkpoints kept elsewhere (`backoffice audit verify --checkpoint FILE`), checked besides
    the folder's and the database's; the entry then names them. The desktop's button, the
    command line and the sync agent's daily run all check through here."""
    require(actor, "audit.verify")
    from backoffice.audit import checkpoint as audit_checkpoint

    with bo.db.read() as s:
        report = audit.verify_chain(s)
    # empty, shortened or rewritten since a checkpoint
    report = audit_checkpoint.check(bo, report, checkpoint_files)
    if checkpoint_files:
        detail["checkpoint_files"] = [str(f) for f in checkpoint_files]
    head_seq, head_hash = _head(bo)
    status = ChainStatus(report, head_seq, head_hash, datetime.now(UTC))
    if amend is not None:
        status = amend(status)
        report = status.report
    with bo.db.write() as s:
        audit.record(s, actor, "audit.verify", "audit:chain", intact=report.intact, entries=report.entries,
                     first_bad_seq=report.first_bad_seq, problem=report.problem,
                     head_seq=head_seq, head_hash=head_hash, **detail)
    if not report.intact:
        if report.first_bad_seq is not None:
            log.error("audit chain BROKEN at entry %d: %s (head %d %s)", report.first_bad_seq, report.problem,
                      head_seq, head_hash)
        else:  # emptied, or a checkpoint that does not verify
            log.error("audit chain BROKEN: %s (head %d %s)", report.problem, head_seq, head_hash)
    return status


def chain_status(bo: Backoffice, actor: Actor) -> ChainStatus:
    """Check the chain by hand (the viewer's "Verify chain" button); audited."""
    return verify_and_record(bo, actor)
