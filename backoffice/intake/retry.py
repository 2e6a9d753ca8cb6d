"""Retrying a write after the database connection dropped, without doing it twice.

A decision is one transaction (review.decide). When the connection drops around COMMIT the
caller cannot tell whether it committed. So an attempt remembers the newest event (or
comment) id before its first try, and every later try first asks whether the change is
already there — an event after that id, by this staff member, of this decision — and
reports it as done instead of deciding again. No Qt here: the desktop application retries
with back-off (ui/pending_write.py); anything else may use the same helpers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select, text

from backoffice.accounts.permissions import Actor, require
from backoffice.casework import review, workflow
from backoffice.db.models import ApplicationEvent, Comment
from backoffice.db.preflight import is_connection_error as is_connection_error
from backoffice.platform.context import Backoffice

log = logging.getLogger(__name__)

# what the user chose -> the workflow actions it may have become (one- or two-step, final)
ACTIONS: dict[str, frozenset[str]] = {
    "approve": frozenset({"approve", "recommend_approve", "final_approve"}),
    "reject": frozenset({"reject", "recommend_reject", "final_reject"}),
    "return": frozenset({"return", "send_back"}),
    "withdraw": frozenset({"withdraw"}),
}


def ping(bo: Backoffice) -> None:
    """Raises when the database cannot be reached."""
    with bo.db.read() as s:
        s.execute(text("SELECT 1"))


def last_event_id(bo: Backoffice, pk: int) -> int:
    with bo.db.read() as s:
        return s.scalar(select(func.max(ApplicationEvent.id)).where(ApplicationEvent.application_pk == pk)) or 0


def decided_status(bo: Backoffice, pk: int, decision: str, *, actor_id: int | None = None,
                   after_event_id: int | None = None) -> str | None:
    """The status `decision` led to when it is already recorded, else None.

    With `after_event_id`: any matching event newer than it (by `actor_id` when given).
    Without: only the application's newest event counts."""
    actions = ACTIONS[decision]
    with bo.db.read() as s:
        q = (select(ApplicationEvent).where(ApplicationEvent.application_pk == pk)
             .order_by(ApplicationEvent.id.desc()))
        if after_event_id is not None:
            q = q.where(ApplicationEvent.id > after_event_id, ApplicationEvent.action.in_(actions))
        if actor_id is not None:
            q = q.where(ApplicationEvent.actor_id == actor_id)
        event = s.scalars(q.limit(1)).first()
    if event is None or event.action not in actions:
        return None
    return event.to_status


def is_already_decided(bo: Backoffice, pk: int, decision: str, *, actor_id: int | None = None,
                       after_event_id: int | None = None) -> bool:
    return decided_status(bo, pk, decision, actor_id=actor_id, after_event_id=after_event_id) is not None


@dataclass
class DecisionAttempt:
    """One user intent (approve/reject/return/withdraw) across its tries."""

    pk: int
    decision: str
    reason: str | None
    baseline: int | None = None   # newest event id before the first try
    tries: int = 0


def decide_safely(bo: Backoffice, actor: Actor, attempt: DecisionAttempt) -> str:
    """One try of the decision that never records it twice. Returns the new status."""
    require(actor, "application.withdraw" if attempt.decision == "withdraw" else "application.decide")
    if attempt.baseline is None:
        attempt.baseline = last_event_id(bo, attempt.pk)  # fails before anything was done
    elif attempt.tries:
        done = decided_status(bo, attempt.pk, attempt.decision, actor_id=actor.id, after_event_id=attempt.baseline)
        if done is not None:
            log.info("application %s: %s was already recorded before the connection dropped",
                     attempt.pk, attempt.decision)
            return done
    attempt.tries += 1
    if attempt.decision == "withdraw":
        review.withdraw(bo, actor, attempt.pk, attempt.reason or "")
        return workflow.WITHDRAWN
    return review.decide(bo, actor, attempt.pk, attempt.decision, attempt.reason)


@dataclass
class CommentAttempt:
    pk: int
    text: str
    baseline: int | None = None   # newest comment id before the first try
    tries: int = 0


def comment_safely(bo: Backoffice, actor: Actor, attempt: CommentAttempt) -> bool:
    """One try of adding the comment; True when it was added (now or by an earlier try)."""
    require(actor, "application.comment")
    if attempt.baseline is None:
        with bo.db.read() as s:
            attempt.baseline = s.scalar(select(func.max(Comment.id))) or 0
    elif attempt.tries:
        with bo.db.read() as s:
            found = s.scalar(select(Comment.id).where(
                Comment.id > attempt.baseline, Comment.application_pk == attempt.pk,
                Comment.staff_id == actor.id, Comment.text == attempt.text).limit(1))
        if found is not None:
            return True
    attempt.tries += 1
    review.add_comment(bo, actor, attempt.pk, attempt.text)
    return True
