"""Supervisor reassignment: held claims, release, hand-over (audited, roles checked)."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from backoffice.casework import reassign
from backoffice.db.models import Application, AuditEntry
from backoffice.platform.errors import ClaimError, PermissionDenied
from backoffice.platform.timeutil import utcnow
from tests.supervision.helpers import add_app
from tests.ui.factories import make_staff


def test_release_and_hand_over(bo):
    sup = make_staff(bo, "sup1", ["supervisor"])
    a = make_staff(bo, "rev1", ["reviewer"], "審査 太郎")
    b = make_staff(bo, "rev2", ["reviewer"], "審査 次郎")
    clerk = make_staff(bo, "cnt1", ["counter"])
    with bo.db.write() as s:
        x = add_app(s, "X1", "in_review", received=date(2027, 1, 5), claimed_by=a.id,
                    claim_until=utcnow() + timedelta(minutes=10)).id
        y = add_app(s, "Y1", "ready_for_review", received=date(2027, 1, 5)).id
    assert [(c.application_id, c.staff_code) for c in reassign.held_claims(bo, sup)] == [("X1", "rev1")]
    assert [r.code for r in reassign.reviewers(bo, sup)] == ["rev1", "rev2", "sup1"]
    info = reassign.hand_over(bo, sup, x, b.id)
    assert info.status == "in_review"
    reassign.hand_over(bo, sup, y, b.id)  # b holds it now; it stays in its queue until b decides
    assert sorted(c.application_id for c in reassign.held_claims(bo, sup)) == ["X1", "Y1"]
    with pytest.raises(ClaimError):
        reassign.hand_over(bo, sup, x, clerk.id)
    reassign.release(bo, sup, x)
    with bo.db.read() as s:
        assert s.get(Application, x).claimed_by is None
        assert s.get(Application, y).status == "ready_for_review"
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.target == "application:X1")).all()
    assert actions == ["application.reassign", "application.release"]
    with pytest.raises(PermissionDenied):
        reassign.hand_over(bo, a, y, a.id)
