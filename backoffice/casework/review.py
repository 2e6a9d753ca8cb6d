"""Review services: claiming with a lease, decisions (one- and two-step), returns,
withdrawal and comments. One service call per user intent; each checks the role and the
workflow table, audits, queues the notice and commits once.

A claim is a lease (claimed_by, claim_expires_at), never a status: an application someone
holds stays in its queue (ready_for_review / needs_attention), other reviewers' "next"
skips it while the lease runs, and it is anyone's again as soon as the lease is released
or runs out (a crashed workstation never releases). Opening one just to look therefore
changes nothing; the review starts (start_review) in the same transaction as the decision."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, check_session, require
from backoffice.audit import log as audit
from backoffice.casework import placeholders, workflow
from backoffice.db import units
from backoffice.db.engine import is_person
from backoffice.db.models import Application, Comment, ExportItem
from backoffice.export.rows import deciding_staff
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import ClaimError, NotFound, PermissionDenied, TransitionError
from backoffice.platform.timeutil import as_utc, utcnow
from backoffice.records import gate as record_gate
from backoffice.records import restriction

log = logging.getLogger(__name__)

CLAIMABLE = (workflow.READY, workflow.ATTENTION, workflow.IN_REVIEW, workflow.PENDING)
DECISIONS = ("approve", "reject", "return")


@dataclass(frozen=True)
class ClaimInfo:
    application_pk: int
    application_id: str
    status: str
    expires_at: datetime


def _held_by_other(app: Application, actor: Actor, now: datetime) -> bool:
    exp = as_utc(app.claim_expires_at)
    return app.claimed_by is not None and app.claimed_by != actor.id and exp is not None and exp > now


def _load(s: Session, pk: int, lock: bool = True) -> Application:
    return units.load_for_update(s, Application, pk, what="application", lock=lock)


def find_pk(bo: Backoffice, application_id: str) -> int:
    with bo.db.read() as s:
        pk = s.scalar(select(Application.id).where(Application.application_id == application_id))
    if pk is None:
        raise NotFound(f"no application {application_id}", code="application_not_found",
                       application=application_id)
    return pk


def _take(s: Session, bo: Backoffice, actor: Actor, app: Application, now: datetime) -> ClaimInfo:
    scope.require_department(actor, app.department)
    if app.status == workflow.PENDING:
        require(actor, "application.approve_second")
    else:
        require(actor, "application.claim")
    if app.status not in CLAIMABLE:
        raise TransitionError(f"{app.application_id} is {app.status} and cannot be worked on",
                              code="cannot_work_on", status=app.status)
    if app.restricted and not restriction.may_open(actor):  # 支援措置: only a supervisor works on it
        raise PermissionDenied(f"{app.application_id} is a protected person's application (支援措置): only "
                               "a supervisor may work on it", code="record_restricted")
    if _held_by_other(app, actor, now):
        raise ClaimError(f"{app.application_id} is being worked on by someone else", code="claimed_by_other")
    app.claimed_by = actor.id
    app.claim_expires_at = now + timedelta(minutes=bo.config.lease_minutes)
    audit.record(s, actor, "application.claim", f"application:{app.application_id}")
    return ClaimInfo(app.id, app.application_id, app.status, app.claim_expires_at)


def claim(bo: Backoffice, actor: Actor, pk: int) -> ClaimInfo:
    """Open an application for work: take (or renew) its lease."""
    now = utcnow()
    with bo.db.write() as s:
        return _take(s, bo, actor, _load(s, pk), now)


def claim_next(bo: Backoffice, actor: Actor, *, statuses: tuple[str, ...] = (workflow.READY,),
               procedure: str | None = None) -> ClaimInfo | None:
    """"Next": the oldest-deadline application of the queue that nobody holds.
    PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: the write transaction (BEGIN IMMEDIATE)."""
    require(actor, "application.claim")
    now = utcnow()
    with bo.db.write() as s:
        q = (select(Application)
             .where(Application.status.in_(statuses),
                    or_(Application.claimed_by.is_(None), Application.claim_expires_at < now,
                        Application.claimed_by == actor.id))
             .order_by(Application.due_date.is_(None), Application.due_date, Application.id)
             .limit(1))
        if procedure:
            q = q.where(Application.procedure == procedure)
        departments = scope.condition(actor, Application.department)  # need-to-know (issue 16)
        if departments is not None:
            q = q.where(departments)
        if not restriction.may_open(actor):  # 支援措置: "next" never hands a protected person to a reviewer
            q = q.where(Application.restricted.is_(False))
        app = s.scalar(units.for_update(s, q, skip_locked=True))
        if app is None:
            return None
        return _take(s, bo, actor, app, now)


def renew(bo: Backoffice, actor: Actor, pk: int) -> ClaimInfo:
    check_session(actor)  # a lease is not kept alive for a session that has ended
    now = utcnow()
    with bo.db.write() as s:
        app = _load(s, pk)
        if app.claimed_by != actor.id:
            raise ClaimError(f"{app.application_id}: you no longer hold this application", code="claim_lost")
        app.claim_expires_at = now + timedelta(minutes=bo.config.lease_minutes)
        return ClaimInfo(app.id, app.application_id, app.status, app.claim_expires_at)


def release(bo: Backoffice, actor: Actor, pk: int) -> None:
    """Give the application back; a supervisor may release anyone's claim."""
    check_session(actor)
    if not (actor.has("application.claim") or actor.has("application.release_claim")):
        require(actor, "application.claim")
    with bo.db.write() as s:
        app = _load(s, pk)
        scope.require_department(actor, app.department)
        if app.claimed_by is None:
            return
        if app.claimed_by != actor.id:
            require(actor, "application.release_claim")
        holder = app.claimed_by
        app.claimed_by = None
        app.claim_expires_at = None
        audit.record(s, actor, "application.release", f"application:{app.application_id}", holder=holder)


def _require_claim(app: Application, actor: Actor, now: datetime) -> None:
    exp = as_utc(app.claim_expires_at)
    if app.claimed_by != actor.id or exp is None or exp <= now:
        raise ClaimError(f"{app.application_id}: claim it before deciding (your lease may have expired)",
                         code="claim_lost")


def _set(s: Session, app: Application, **columns: object) -> None:
    """The columns a decision sets beside the status; for a person connected as their own
    role the server's bo_transition has set them already (casework/server_writes.py)."""
    if is_person(s):
        return
    for name, value in columns.items():
        setattr(app, name, value)


def _final(s: Session, app: Application, actor: Actor, outcome: str, now: datetime) -> None:
    if is_person(s):  # decided_at/by, claim, export item: bo_transition, in this transaction
        return
    app.decided_at = now
    app.decided_by = actor.id
    app.claimed_by = None
    app.claim_expires_at = None
    # The export takes batches as ranges of export_items.id: an id must be handed out under
    # the audit chain lock (held until commit), so none commits below a range taken since
    # (backoffice/export/batch.py _serialize). Usually held already by the transition.
    audit.lock_chain(s)
    # who decided, stored so the export need not look it up per row (the same rule it used)
    decided_by = s.scalar(deciding_staff(app.id, outcome))
    s.add(ExportItem(application_pk=app.id, procedure=app.procedure, decision=outcome, decided_at=now,
                     decided_by=decided_by))


def decide(bo: Backoffice, actor: Actor, pk: int, decision: str, reason: str | None = None) -> str:
    """approve / reject / return. Returns the new status.

    Two-step procedures: a reviewer's approve/reject becomes a recommendation; a supervisor
    who did not recommend it makes the final decision on pending_approval."""
    require(actor, "application.decide")  # role first, before anything about the application
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}")
    if decision in ("reject", "return") and not (reason and reason.strip()):
        raise TransitionError(f"a reason is required to {decision} (it is sent to the applicant)",
                              code="reason_required")
    placeholders.require_filled(reason)  # an unedited template never reaches the applicant
    now = utcnow()
    with bo.db.write() as s:
        app = _load(s, pk)
        scope.require_department(actor, app.department)
        _require_claim(app, actor, now)
        proc = bo.catalog.get(app.procedure)
        two_step = bool(proc and proc.two_step)
        # records-v1 §4: approval needs a found record; a mismatch a written reason
        record_gate.check_decision(s, bo.config, actor, app, proc, decision, reason)
        if app.status == workflow.PENDING:
            if decision == "return":
                workflow.transition(s, actor, app, "send_back", reason=reason)
                _set(s, app, recommendation=None)
                return app.status
            if app.recommended_by == actor.id:
                raise TransitionError("nobody approves their own recommendation; another supervisor must decide",
                                      code="own_recommendation")
            action = "final_approve" if decision == "approve" else "final_reject"
            workflow.transition(s, actor, app, action, reason=reason, recommendation=app.recommendation)
            _final(s, app, actor, app.status, now)
            return app.status
        if app.status in (workflow.READY, workflow.ATTENTION):
            workflow.transition(s, actor, app, "start_review")  # the review starts with its decision
        if decision == "return":
            workflow.transition(s, actor, app, "return", reason=reason)
            _set(s, app, returned_at=now, claimed_by=None, claim_expires_at=None)
            return app.status
        if two_step:
            workflow.transition(s, actor, app, f"recommend_{decision}", reason=reason)
            _set(s, app, recommendation=decision, recommended_by=actor.id, claimed_by=None,
                 claim_expires_at=None)
            return app.status
        workflow.transition(s, actor, app, decision, reason=reason)
        _final(s, app, actor, app.status, now)
        return app.status


def withdraw(bo: Backoffice, actor: Actor, pk: int, reason: str) -> None:
    require(actor, "application.withdraw")
    placeholders.require_filled(reason)
    now = utcnow()
    with bo.db.write() as s:
        app = _load(s, pk)
        scope.require_department(actor, app.department)
        if _held_by_other(app, actor, now):
            require(actor, "application.release_claim")
        workflow.transition(s, actor, app, "withdraw", reason=reason)
        _final(s, app, actor, workflow.WITHDRAWN, now)


def resolve_attention(bo: Backoffice, actor: Actor, pk: int, note: str) -> None:
    """Staff confirmed the attention items are settled (e.g. payment checked by phone)."""
    require(actor, "application.decide")
    with bo.db.write() as s:
        app = _load(s, pk)
        scope.require_department(actor, app.department)
        workflow.transition(s, actor, app, "resolve_attention", reason=note, attention=app.attention)


def add_comment(bo: Backoffice, actor: Actor, pk: int, text: str) -> None:
    require(actor, "application.comment")
    if not text.strip():
        raise TransitionError("empty comment")
    with bo.db.write() as s:
        app = _load(s, pk, lock=False)
        scope.require_department(actor, app.department)
        s.add(Comment(application_pk=app.id, staff_id=actor.id, at=utcnow(), text=text))
        audit.record(s, actor, "application.comment", f"application:{app.application_id}")
