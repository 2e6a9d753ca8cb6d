"""Opening an application to look must not take it out of its queue (issue 13 defect 5).

A claim is a lease (who works on it, until when), never a status: the application stays
in 審査待ち / 要確認 while someone holds it, other reviewers' 次へ skip it while the lease
runs, and it is theirs to take again the moment the lease is given back or runs out — even
when the workstation that held it crashed and never released it. The status changes only
when a decision is recorded. Both engines."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from backoffice.casework import queues, reassign, review, workflow
from backoffice.db.models import Application, ApplicationEvent
from backoffice.platform.timeutil import utcnow
from tests.ui.factories import make_applications, make_staff


def _status(bo, pk):
    with bo.db.read() as s:
        app = s.get(Application, pk)
        return app.status, app.claimed_by


def test_claim_and_release_leave_the_application_in_its_queue(bo):
    r1, r2 = make_staff(bo, "rev1", ["reviewer"]), make_staff(bo, "rev2", ["reviewer"])
    ready, attention = make_applications(bo, 2, statuses=(workflow.READY, workflow.ATTENTION))
    for made, status in ((ready, workflow.READY), (attention, workflow.ATTENTION)):
        info = review.claim(bo, r1, made.pk)
        assert info.status == status
        assert _status(bo, made.pk) == (status, r1.id)
    counts = queues.load_counts(bo, r1)
    assert counts[f"status:{workflow.READY}"] == 1 and counts["attention"] == 1 and counts["mine"] == 2
    assert review.claim_next(bo, r2) is None  # held by rev1 while the lease runs
    review.release(bo, r1, ready.pk)
    review.release(bo, r1, attention.pk)
    assert _status(bo, ready.pk) == (workflow.READY, None)
    assert _status(bo, attention.pk) == (workflow.ATTENTION, None)
    assert queues.load_counts(bo, r1)["mine"] == 0
    taken = review.claim_next(bo, r2)
    assert taken is not None and taken.application_pk == ready.pk
    with bo.db.read() as s:  # looking is not a workflow step
        actions = s.scalars(select(ApplicationEvent.action).where(ApplicationEvent.application_pk == ready.pk)).all()
    assert "start_review" not in actions


def test_an_expired_lease_returns_the_application_to_next(bo):
    """A workstation that crashed never releases: the lease running out is enough."""
    r1, r2 = make_staff(bo, "rev1", ["reviewer"]), make_staff(bo, "rev2", ["reviewer"])
    made = make_applications(bo, 1)[0]
    review.claim(bo, r1, made.pk)
    with bo.db.write() as s:
        s.execute(update(Application).where(Application.id == made.pk)
                  .values(claim_expires_at=utcnow() - timedelta(seconds=1)))
    taken = review.claim_next(bo, r2)
    assert taken is not None and taken.application_pk == made.pk and taken.status == workflow.READY


def test_the_decision_starts_the_review(bo):
    rev = make_staff(bo, "rev1", ["reviewer"])
    a, b = make_applications(bo, 2, procedures=("juminhyo-copy",))
    review.claim(bo, rev, a.pk)
    assert review.decide(bo, rev, a.pk, "approve") == workflow.APPROVED
    review.claim(bo, rev, b.pk)
    assert review.decide(bo, rev, b.pk, "return", "住所の記載を確認してください。") == workflow.RETURNED
    with bo.db.read() as s:
        events = s.execute(select(ApplicationEvent.action, ApplicationEvent.to_status)
                           .where(ApplicationEvent.application_pk == a.pk).order_by(ApplicationEvent.id)).all()
    assert [tuple(e) for e in events][-2:] == [("start_review", workflow.IN_REVIEW), ("approve", workflow.APPROVED)]
    assert _status(bo, a.pk) == (workflow.APPROVED, None)


def test_a_decision_refused_after_the_claim_leaves_it_in_its_queue(bo):
    """What `backoffice decide` does (claim, decide, release): a refused decision changes nothing."""
    rev = make_staff(bo, "rev1", ["reviewer"])
    made = make_applications(bo, 1)[0]
    review.claim(bo, rev, made.pk)
    try:
        review.decide(bo, rev, made.pk, "reject", "  ")
    except Exception:  # noqa: BLE001 - the refusal itself is tested elsewhere
        pass
    finally:
        review.release(bo, rev, made.pk)
    assert _status(bo, made.pk) == (workflow.READY, None)


def test_hand_over_keeps_the_status(bo):
    sup = make_staff(bo, "sup1", ["supervisor"])
    rev = make_staff(bo, "rev1", ["reviewer"])
    made = make_applications(bo, 1)[0]
    info = reassign.hand_over(bo, sup, made.pk, rev.id)
    assert info.status == workflow.READY and _status(bo, made.pk) == (workflow.READY, rev.id)
