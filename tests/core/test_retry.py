"""backoffice.intake.retry: a decision or comment whose COMMIT went through but whose answer was
lost is recognised on the next try and not recorded twice (both engines)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from backoffice.casework import review
from backoffice.db.models import ApplicationEvent, Comment, Notice
from backoffice.intake import retry
from tests.ui.factories import make_applications, make_staff


@pytest.fixture
def claimed(bo):
    rev = make_staff(bo, "rev1", ["reviewer"])
    made = make_applications(bo, 2)
    for m in made:
        review.claim(bo, rev, m.pk)
    return bo, rev, made


def _events(bo, pk, action):
    with bo.db.read() as s:
        return s.scalar(select(func.count()).select_from(ApplicationEvent)
                        .where(ApplicationEvent.application_pk == pk, ApplicationEvent.action == action))


def test_is_already_decided(claimed):
    bo, rev, made = claimed
    pk = made[0].pk
    base = retry.last_event_id(bo, pk)
    assert base > 0
    assert not retry.is_already_decided(bo, pk, "return", actor_id=rev.id, after_event_id=base)
    assert not retry.is_already_decided(bo, pk, "approve")  # claimed only: a claim records no event
    review.decide(bo, rev, pk, "return", "書類が不鮮明です")
    assert retry.is_already_decided(bo, pk, "return", actor_id=rev.id, after_event_id=base)
    assert retry.decided_status(bo, pk, "return", actor_id=rev.id, after_event_id=base) == "returned"
    assert retry.is_already_decided(bo, pk, "return")
    assert not retry.is_already_decided(bo, pk, "approve", after_event_id=base)
    assert not retry.is_already_decided(bo, pk, "return", actor_id=rev.id + 1000, after_event_id=base)
    assert not retry.is_already_decided(bo, made[1].pk, "return", actor_id=rev.id, after_event_id=base)


def test_retry_after_a_lost_answer_decides_once(claimed):
    bo, rev, made = claimed
    pk = made[0].pk
    attempt = retry.DecisionAttempt(pk, "approve", None)
    assert retry.decide_safely(bo, rev, attempt) == "approved"
    # the connection dropped after COMMIT: the UI never saw the answer and tries again
    assert retry.decide_safely(bo, rev, attempt) == "approved"
    assert retry.decide_safely(bo, rev, attempt) == "approved"
    assert _events(bo, pk, "approve") == 1
    with bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Notice).where(Notice.application_pk == pk,
                                                                      Notice.event == "approved")) == 1


def test_retry_when_nothing_was_committed_decides(claimed):
    bo, rev, made = claimed
    pk = made[1].pk
    attempt = retry.DecisionAttempt(pk, "reject", "要件を満たしていません")
    attempt.baseline, attempt.tries = retry.last_event_id(bo, pk), 1  # a first try that failed
    assert retry.decide_safely(bo, rev, attempt) == "rejected"
    assert attempt.tries == 2 and _events(bo, pk, "reject") == 1


def test_comment_is_added_once(claimed):
    bo, rev, made = claimed
    attempt = retry.CommentAttempt(made[0].pk, "電話で確認済み")
    assert retry.comment_safely(bo, rev, attempt)
    assert retry.comment_safely(bo, rev, attempt)
    with bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Comment).where(Comment.text == "電話で確認済み")) == 1


def test_connection_errors_are_recognised(bo):
    retry.ping(bo)
    assert retry.is_connection_error(OperationalError("SELECT 1", {}, Exception("server closed the connection")))
    invalidated = DBAPIError("SELECT 1", {}, Exception("gone"), connection_invalidated=True)
    assert retry.is_connection_error(invalidated)
    assert not retry.is_connection_error(IntegrityError("INSERT", {}, Exception("duplicate")))
    assert not retry.is_connection_error(ValueError("no"))
