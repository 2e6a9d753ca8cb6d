"""Issue 21, defect 3: disabling an account (or setting its password) ends the power of a
session that is already open at its very next service call, on both engines. The account
is disabled through a second Backoffice (its own engine and connections), like
`users disable` run on the server while the person works at their desk."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from backoffice.accounts.permissions import Actor
from backoffice.administration import staff
from backoffice.casework import detail, review
from backoffice.db.models import Application, AuditEntry
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import SessionEnded
from tests.persons import refusals
from tests.ui.factories import PASSWORD, make_applications, make_staff

OPERATOR = Actor(code="os:admin", name="admin", roles=frozenset({"admin"}))


@pytest.fixture
def other(bo):
    """The same database through separate connections (another process's view)."""
    second = Backoffice.open(bo.config)
    yield second
    second.close()


def _setup(bo):
    make_staff(bo, "rev1", ["reviewer"])
    made = make_applications(bo, 3)
    with bo.db.read() as s:
        pks = list(s.scalars(select(Application.id).order_by(Application.id)))
    return pks, made


def test_disabled_reviewer_cannot_claim_decide_or_view_at_once(bo, other):
    pks, _ = _setup(bo)
    actor = staff.login(bo.db, "rev1", PASSWORD, "pc-1").actor
    first = review.claim_next(bo, actor)
    assert first is not None  # works while the account is enabled
    with other.db.write() as s:
        staff.set_disabled(s, OPERATOR, "rev1", True)
    with pytest.raises(SessionEnded, match="session ended"):
        review.claim_next(bo, actor)
    with pytest.raises(refusals(bo, SessionEnded)):
        review.claim(bo, actor, pks[1])
    with pytest.raises(refusals(bo, SessionEnded)):
        review.decide(bo, actor, first.application_pk, "approve")
    with pytest.raises(refusals(bo, SessionEnded)):
        detail.application_detail(bo, actor, first.application_pk)
    with pytest.raises(refusals(bo, SessionEnded)):
        review.renew(bo, actor, first.application_pk)
    with bo.db.read() as s:
        app = s.get(Application, first.application_pk)
        assert app is not None and app.decided_by is None and app.recommendation is None  # no decision
        assert app.status in ("ready_for_review", "in_review")
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "application.view")) is None


def test_password_reset_ends_the_session_but_a_new_login_works(bo, other):
    pks, _ = _setup(bo)
    old = staff.login(bo.db, "rev1", PASSWORD, "pc-1").actor
    with other.db.write() as s:
        staff.set_password(s, OPERATOR, "rev1", "a brand new passphrase 2027")
    with pytest.raises(SessionEnded):
        review.claim(bo, old, pks[0])
    new = staff.login(bo.db, "rev1", "a brand new passphrase 2027", "pc-1",
                      new_password="my own passphrase for 2027").actor  # chosen at this login (issue 16)
    assert review.claim(bo, new, pks[0]).application_pk == pks[0]


def test_a_write_checks_the_session_inside_its_own_transaction(bo, other):
    """Even when the check at the start of the call is passed (the disable commits just
    after it), the audited change itself refuses: the check in audit.record runs in the
    unit of work that would commit."""
    pks, _ = _setup(bo)
    actor = staff.login(bo.db, "rev1", PASSWORD, "pc-1").actor
    with other.db.write() as s:
        staff.set_disabled(s, OPERATOR, "rev1", True)
    unchecked = replace(actor, session_check=None)  # as if the first check had just passed
    with pytest.raises(refusals(bo, SessionEnded)):
        review.claim(bo, unchecked, pks[0])
    with bo.db.read() as s:
        app = s.get(Application, pks[0])
        assert app is not None and app.claimed_by is None

