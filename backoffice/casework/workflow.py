"""The life of an application (brief.md) as one table of allowed transitions.

Every status change goes through `transition()`: it checks the actor's permission and the
table, records the event and the audit entry, and queues the applicant notice, all in the
caller's unit of work (one commit).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.casework import notices
from backoffice.db.engine import is_person
from backoffice.db.models import Application, ApplicationEvent
from backoffice.platform.errors import PermissionDenied, TransitionError
from backoffice.platform.timeutil import utcnow

RECEIVED, READY, ATTENTION, IN_REVIEW = "received", "ready_for_review", "needs_attention", "in_review"
RETURNED, PENDING, APPROVED, REJECTED = "returned", "pending_approval", "approved", "rejected"
ISSUED, DELIVERED, CLOSED, WITHDRAWN = "issued", "delivered", "closed", "withdrawn"

STATUSES = (RECEIVED, READY, ATTENTION, IN_REVIEW, RETURNED, PENDING, APPROVED, REJECTED,
            ISSUED, DELIVERED, CLOSED, WITHDRAWN)
OPEN_STATUSES = frozenset({RECEIVED, READY, ATTENTION, IN_REVIEW, RETURNED, PENDING, APPROVED})
FINAL_DECISIONS = frozenset({APPROVED, REJECTED, WITHDRAWN})


@dataclass(frozen=True)
class Rule:
    action: str
    source: frozenset[str]
    target: str
    permission: str
    notice: str | None  # notice/1 event sent to the applicant, if any


def _r(action: str, source: set[str] | frozenset[str], target: str, permission: str,
       notice: str | None = None) -> Rule:
    return Rule(action, frozenset(source), target, permission, notice)


RULES: tuple[Rule, ...] = (
    _r("receive", {"new"}, RECEIVED, "intake.receive", "received"),
    _r("resubmit", {RETURNED}, RECEIVED, "intake.receive", "received"),
    # a walk-in application entered by counter staff (backoffice/intake/counter_entry.py, issue 18):
    # the citizen holds the 受付票, no notice goes to the portal
    _r("counter_receive", {"new"}, RECEIVED, "counter.enter"),
    _r("checks_passed", {RECEIVED}, READY, "intake.receive"),
    _r("checks_failed", {RECEIVED}, ATTENTION, "intake.receive"),
    _r("resolve_attention", {ATTENTION}, READY, "application.decide"),
    _r("start_review", {READY, ATTENTION}, IN_REVIEW, "application.claim"),
    _r("return", {IN_REVIEW}, RETURNED, "application.decide", "returned_for_correction"),
    # one-step procedures: the reviewer decides
    _r("approve", {IN_REVIEW}, APPROVED, "application.decide", "approved"),
    _r("reject", {IN_REVIEW}, REJECTED, "application.decide", "rejected"),
    # two-step procedures: the reviewer recommends, a supervisor (never the recommender) decides
    _r("recommend_approve", {IN_REVIEW}, PENDING, "application.decide"),
    _r("recommend_reject", {IN_REVIEW}, PENDING, "application.decide"),
    _r("final_approve", {PENDING}, APPROVED, "application.approve_second", "approved"),
    _r("final_reject", {PENDING}, REJECTED, "application.approve_second", "rejected"),
    _r("send_back", {PENDING}, IN_REVIEW, "application.approve_second"),
    _r("issue", {APPROVED}, ISSUED, "certificate.issue", "issued"),
    _r("deliver", {ISSUED}, DELIVERED, "delivery.record", "delivered"),
    _r("close", {DELIVERED, REJECTED, WITHDRAWN}, CLOSED, "delivery.record"),
    _r("close_without_output", {APPROVED}, CLOSED, "certificate.issue"),
    # by rule, some business days after the end (backoffice/retention/closing.py): the agent, no notice
    _r("close_by_rule", {DELIVERED, REJECTED, WITHDRAWN}, CLOSED, "application.close"),
    _r("withdraw", set(OPEN_STATUSES), WITHDRAWN, "application.withdraw", "withdrawn"),
)
BY_ACTION: dict[str, Rule] = {r.action: r for r in RULES}


def allowed_actions(status: str) -> list[str]:
    return [r.action for r in RULES if status in r.source]


def check(actor: Actor, action: str, status: str) -> Rule:
    rule = BY_ACTION.get(action)
    if rule is None:
        raise TransitionError(f"unknown action {action!r}")
    require(actor, rule.permission)
    if status not in rule.source:
        allowed = ", ".join(sorted(rule.source))
        raise TransitionError(
            f"cannot {action} an application that is {status}; {action} needs one of: {allowed}"
        )
    return rule


@dataclass(frozen=True)
class Change:
    """One status change, computed without a session: what transition() records, for the
    paths that write rows in bulk (the intake sync) as well as for transition() itself."""

    action: str
    from_status: str  # "new" for an application not yet in the database
    to_status: str
    at: datetime
    reason: str | None
    notice_event: str | None
    audit_action: str
    audit_target: str
    audit_detail: dict[str, object]

    def event_row(self, application_pk: int, revision: int, actor: Actor) -> dict[str, object]:
        """The application_events row."""
        return {"application_pk": application_pk, "revision": revision, "at": self.at,
                "actor_id": actor.id, "action": self.action,
                "from_status": None if self.from_status == "new" else self.from_status,
                "to_status": self.to_status, "reason": self.reason}


def plan(actor: Actor, status: str, action: str, *, application_id: str, revision: int,
         reason: str | None = None, notice_event: str | None = None,
         **audit_detail: object) -> Change:
    """Check the actor's permission and the table; describe the change (raises
    TransitionError or PermissionDenied)."""
    source = status or "new"
    rule = check(actor, action, source)
    return Change(action=action, from_status=source, to_status=rule.target, at=utcnow(),
                  reason=reason, notice_event=notice_event or rule.notice,
                  audit_action=f"application.{action}", audit_target=f"application:{application_id}",
                  audit_detail={"revision": revision, "from_status": source, "to_status": rule.target,
                                "reason": reason, **audit_detail})


def transition(session: Session, actor: Actor, app: Application, action: str, *,
               reason: str | None = None, notice_event: str | None = None,
               attachment: bytes | None = None, **audit_detail: object) -> ApplicationEvent | None:
    """The one function that changes an application's status.

    A person connected as their own role (issue 19) may not update the row: after the same
    checks here, the server's bo_transition checks again and writes the status, the event,
    the audit entry, the notice and the columns that go with the action
    (casework/server_writes.py); the application is then read back (no event is returned).
    The review services leave those columns to the server (`by_server`)."""
    change = plan(actor, app.status, action, application_id=app.application_id,
                  revision=app.revision, reason=reason, notice_event=notice_event, **audit_detail)
    if is_person(session):
        if notice_event is not None or attachment is not None:  # issuing: not through bo_transition yet
            raise PermissionDenied(f"{action} is not yet possible when connected as the person "
                                   "(docs/deployment-postgresql.md section 9)", code="not_per_person")
        session.flush()  # the claim the service may have just taken, before the server's write
        session.execute(text("SELECT bo_transition(:a, :action, :r)"),
                        {"a": app.application_id, "action": action, "r": reason})
        session.refresh(app)
        return None
    app.status = change.to_status
    app.updated_at = change.at
    event = ApplicationEvent(**change.event_row(app.id, app.revision, actor))
    session.add(event)
    audit.record(session, actor, change.audit_action, change.audit_target, **change.audit_detail)
    if change.notice_event:
        notices.queue(session, app, change.notice_event, reason=reason, attachment=attachment)
    return event
