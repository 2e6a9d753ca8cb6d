"""The per-person variant of the suite (tests/persons.py) really runs as the actors' roles:
without these checks a variant that silently ran everything as the owner would pass too.

- a 税務課 reviewer's queue, with the core's department filter switched off, holds only the
  税務課 application: the server's row policy decided (the owner would see both);
- their decision is written by the server's bo_transition in their name (the audit entry's
  actor comes from session_user);
- the system's units of work run as the agent's role, which may not read documents' contents;
- code outside a service (the test's own reads) runs as the owner and sees everything;
- every kind of unit of work was counted.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, system_actor
from backoffice.casework import queues, review
from backoffice.db.models import Application, AuditEntry, Document, Staff
from tests.persons import AGENT, ActingDatabase, acting_actor
from tests.ui.factories import make_applications

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("db_url", ["person"], indirect=True)
def test_units_of_work_run_as_the_actors_role(bo, monkeypatch):
    assert isinstance(bo.db, ActingDatabase)
    citizen = make_applications(bo, 1, procedures=("juminhyo-copy",), prefix="PM-C-")[0]
    tax = make_applications(bo, 1, procedures=("tax-certificate",), prefix="PM-T-")[0]
    reviewer = Actor(code="pm_tax", name="税 一", roles=frozenset({"reviewer"}), departments=frozenset({"税務課"}))
    monkeypatch.setattr(scope, "condition", lambda *_a, **_k: None)  # the core's filter off
    seen = {r.application_id for r in queues.load_page(bo, reviewer, queues.QueueFilter(search="PM-"))}
    assert seen == {tax.application_id}  # the server hid the 市民課 application
    with bo.db.read() as s:  # the test itself: the owner, every row
        assert s.scalar(text("SELECT current_user")) == "postgres"
        assert len(s.scalars(select(Application.id)).all()) == 2
    monkeypatch.undo()

    claimed = review.claim(bo, reviewer, tax.pk)
    assert claimed.application_pk == tax.pk
    assert review.decide(bo, reviewer, tax.pk, "approve") in ("approved", "pending_approval")
    with bo.db.read() as s:
        app = s.get(Application, tax.pk)
        me = s.scalar(select(Staff.id).where(Staff.code == "pm_tax"))  # made by the variant, with the role
        assert app is not None and app.status == "approved" and app.decided_by == me
        actors = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.target == f"application:{tax.application_id}")))
        assert "pm_tax" in actors

    def as_agent() -> str | None:
        actor = system_actor("agent")
        assert acting_actor() is None  # this test file is not backoffice/ code
        with bo.db._session(AGENT, False) as s:  # what a system unit of work opens
            assert actor.is_system
            return s.scalar(text("SELECT current_user"))

    assert as_agent() == AGENT
    with bo.db._session(AGENT, False) as s, pytest.raises(Exception, match="permission denied"):
        s.execute(select(Document.data)).first()  # the agent never reads attachments
    assert bo.db.counts["person"] >= 3 and bo.db.counts["owner"] >= 1 and bo.db.counts["agent"] >= 1
    assert citizen.application_id not in seen
