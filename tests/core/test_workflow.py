"""Every allowed and every forbidden (action, status) pair of the workflow table."""

import itertools
from datetime import date

import pytest

from backoffice.accounts.permissions import MATRIX, Actor, system_actor
from backoffice.casework import workflow
from backoffice.db.models import Application, ApplicationEvent, AuditEntry, Notice
from backoffice.platform.errors import PermissionDenied, TransitionError
from backoffice.platform.timeutil import utcnow

ALL_ROLES = frozenset({"counter", "reviewer", "supervisor", "admin", "system"})
GOD = Actor(code="tester", name="tester", roles=ALL_ROLES)
SOURCES = ("new",) + workflow.STATUSES


def _app(status: str) -> Application:
    now = utcnow()
    return Application(application_id="OSK-T-1", revision=1, procedure="juminhyo-copy",
                       department="市民課", status=status, attention=[], applicant_name="山田 太郎",
                       applicant_kana="ヤマダ タロウ", search_key="x", birth_date=date(1985, 4, 1),
                       delivery_method="mail", submitted_at=now, received_at=now, updated_at=now)


@pytest.mark.parametrize("action,status", list(itertools.product(workflow.BY_ACTION, SOURCES)))
def test_table_allows_exactly_its_pairs(action, status):
    rule = workflow.BY_ACTION[action]
    if status in rule.source:
        assert workflow.check(GOD, action, status) is rule
    else:
        with pytest.raises(TransitionError, match=f"cannot {action}"):
            workflow.check(GOD, action, status)


@pytest.mark.parametrize("rule", workflow.RULES, ids=lambda r: r.action)
def test_roles_without_the_permission_are_refused(rule):
    status = next(iter(rule.source))
    for role in ALL_ROLES:
        actor = Actor(code=role, name=role, roles=frozenset({role}))
        if role in MATRIX[rule.permission]:
            assert workflow.check(actor, rule.action, status) is rule
        else:
            with pytest.raises(PermissionDenied):
                workflow.check(actor, rule.action, status)


def test_every_status_is_reachable_and_targets_are_known():
    targets = {r.target for r in workflow.RULES}
    assert targets == set(workflow.STATUSES)
    for r in workflow.RULES:
        assert r.source <= set(SOURCES)


def test_transition_writes_event_audit_and_notice_in_one_unit(bo_sqlite):
    with bo_sqlite.db.write() as s:
        app = _app("")
        s.add(app)
        s.flush()
        workflow.transition(s, system_actor(), app, "receive")
        workflow.transition(s, system_actor(), app, "checks_passed")
    with bo_sqlite.db.read() as s:
        assert s.get(Application, app.id).status == "ready_for_review"
        events = s.query(ApplicationEvent).order_by(ApplicationEvent.id).all()
        assert [(e.from_status, e.to_status) for e in events] == [(None, "received"), ("received", "ready_for_review")]
        assert [n.event for n in s.query(Notice)] == ["received"]
        assert [a.action for a in s.query(AuditEntry).order_by(AuditEntry.seq)] == [
            "application.receive", "application.checks_passed"]


def test_refused_transition_changes_nothing(bo_sqlite):
    with bo_sqlite.db.write() as s:
        app = _app("")
        s.add(app)
        s.flush()
        workflow.transition(s, system_actor(), app, "receive")
    with pytest.raises(TransitionError):
        with bo_sqlite.db.write() as s:
            a = s.get(Application, app.id)
            workflow.transition(s, GOD, a, "approve")
    with bo_sqlite.db.read() as s:
        assert s.get(Application, app.id).status == "received"
        assert s.query(AuditEntry).count() == 1
