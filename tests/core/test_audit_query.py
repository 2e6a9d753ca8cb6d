"""The audit viewer's core: filters, keyset pages newest first, permissions, the search
audited, chain status with the head, and the daily scheduled verification."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.audit import log as audit
from backoffice.audit import query as audit_query
from backoffice.audit import schedule as audit_schedule
from backoffice.casework import review
from backoffice.db.models import AuditEntry
from backoffice.platform.errors import PermissionDenied
from backoffice.platform.timeutil import JST
from tests.ui.factories import make_applications, make_staff


@pytest.fixture
def world(bo):
    sup = make_staff(bo, "sup1", ["supervisor"])
    rev = make_staff(bo, "rev1", ["reviewer"])
    made = make_applications(bo, 3)
    review.claim(bo, rev, made[0].pk)
    review.decide(bo, rev, made[0].pk, "approve")
    review.claim(bo, rev, made[1].pk)
    return bo, sup, rev, made


def _count(bo, action, actor=None):
    with bo.db.read() as s:
        q = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)
        if actor:
            q = q.where(AuditEntry.actor == actor)
        return s.scalar(q)


def test_filters(world):
    bo, sup, rev, made = world
    first = made[0].application_id
    rows = audit_query.search(bo, sup, application_id=first)
    assert rows and all(r.target == f"application:{first}" for r in rows)
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)
    assert {"application.claim", "application.approve", "application.receive"} <= {r.action for r in rows}

    by_rev = audit_query.search(bo, sup, staff_code="rev1")
    assert by_rev and {r.actor for r in by_rev} == {"rev1"}
    assert {r.action for r in by_rev} == {"application.start_review", "application.claim", "application.approve"}

    claims = audit_query.search(bo, sup, action_prefix="application.cl")
    assert len(claims) == 2 and {r.action for r in claims} == {"application.claim"}
    assert audit_query.search(bo, sup, action_prefix="application.cl%") == []  # LIKE escaped

    both = audit_query.search(bo, sup, staff_code="rev1", application_id=made[1].application_id)
    assert [r.action for r in both] == ["application.claim"]  # a claim is not a status change

    now = datetime.now(JST)
    assert audit_query.search(bo, sup, since=now - timedelta(hours=1), staff_code="rev1") == by_rev
    assert audit_query.search(bo, sup, until=now - timedelta(hours=1), staff_code="rev1") == []
    assert audit_query.search(bo, sup, since=now + timedelta(hours=1)) == []
    row = next(r for r in by_rev if r.action == "application.approve")
    assert row.at.tzinfo is not None and abs(row.at - datetime.now(UTC)) < timedelta(minutes=5)
    assert row.detail["to_status"] == "approved"


def test_keyset_pages_cover_everything_once(world):
    bo, sup, _rev, _made = world
    with bo.db.read() as s:
        total = s.scalar(select(func.count()).select_from(AuditEntry))
    seen, after = [], None
    while True:
        page = audit_query.search(bo, sup, after_seq=after, limit=7)
        seen.extend(r.seq for r in page)
        if len(page) < 7:
            break
        after = page[-1].seq
    # every entry that existed before the first page, newest first, none twice
    assert seen == sorted(set(seen), reverse=True)
    assert set(range(1, total + 1)) <= set(seen)


def test_search_is_audited_with_its_filters(world):
    bo, sup, _rev, made = world
    before = _count(bo, "audit.search")
    rows = audit_query.search(bo, sup, application_id=made[0].application_id, action_prefix="application.")
    assert _count(bo, "audit.search") == before + 1
    with bo.db.read() as s:
        e = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (e.actor, e.action) == ("sup1", "audit.search")
    assert e.detail["application_id"] == made[0].application_id
    assert e.detail["action_prefix"] == "application." and e.detail["results"] == len(rows)
    assert all(r.action != "audit.search" for r in rows)  # the entry is written after the read


@pytest.mark.parametrize("role", ["counter", "reviewer", "system"])
def test_only_supervisors_and_admins_read_the_log(world, role):
    bo, *_ = world
    who = Actor(code=f"x-{role}", name=role, roles=frozenset({role}))
    with pytest.raises(PermissionDenied):
        audit_query.search(bo, who)
    if role != "system":
        with pytest.raises(PermissionDenied):
            audit_query.chain_status(bo, who)
    admin = Actor(code="adm", name="adm", roles=frozenset({"admin"}))
    assert audit_query.search(bo, admin, limit=1)


def test_chain_status_names_head_and_first_bad_entry(world):
    bo, sup, *_ = world
    st = audit_query.chain_status(bo, sup)
    assert st.intact and st.head_seq == st.report.entries
    with bo.db.read() as s:
        assert s.scalar(select(AuditEntry.hash).where(AuditEntry.seq == st.head_seq)) == st.head_hash
        mark = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (mark.action, mark.actor, mark.detail["head_hash"]) == ("audit.verify", "sup1", st.head_hash)
    with bo.db.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET actor = 'someone' WHERE seq = 4"))
    broken = audit_query.chain_status(bo, sup)
    assert not broken.intact and broken.report.first_bad_seq == 4
    assert "entry 4 was altered" in broken.report.problem


def test_scheduled_verify_runs_once_a_day_after_two(world, caplog):
    bo, sup, *_ = world
    assert audit_schedule.last_scheduled_result(bo, sup) is None
    st = audit_schedule.run_scheduled_verify(bo)
    assert st is not None and st.intact
    assert audit_schedule.run_scheduled_verify(bo) is None  # the same day: done
    res = audit_schedule.last_scheduled_result(bo, sup)
    assert res.intact and res.head_seq == st.head_seq and res.head_hash == st.head_hash
    # the next day 01:59 JST is still this run's slot; 02:00 is the next one (the day of the
    # slot we are in: before 02:00 JST that is yesterday, so the test holds at any hour)
    tomorrow = (datetime.now(JST) - timedelta(hours=2)).date() + timedelta(days=1)
    assert audit_schedule.run_scheduled_verify(bo, datetime(tomorrow.year, tomorrow.month, tomorrow.day, 1, 59,
                                                            tzinfo=JST)) is None
    with bo.db.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET target = 'x' WHERE seq = 2"))
    two = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 2, 0, tzinfo=JST)
    with caplog.at_level("ERROR"):
        bad = audit_schedule.run_scheduled_verify(bo, two)
    assert bad is not None and not bad.intact and bad.report.first_bad_seq == 2
    assert "BROKEN at entry 2" in caplog.text
    res = audit_schedule.last_scheduled_result(bo, sup)
    assert not res.intact and res.first_bad_seq == 2
    with bo.db.read() as s:
        marks = s.scalars(select(AuditEntry).where(AuditEntry.action == "audit.verify")).all()
    assert [m.actor for m in marks] == ["audit-verifier", "audit-verifier"]
    assert marks[-1].detail["scheduled"] is True


def test_scheduled_verify_notices_a_rewritten_tail(world):
    """A tail rewritten with fresh hashes passes the walk; the previous run's head does not."""
    bo, sup, *_ = world
    first = audit_schedule.run_scheduled_verify(bo)
    head = first.head_seq
    with bo.db.write() as s:  # rewrite entry `head` and everything after it, recomputing hashes
        rows = s.scalars(select(AuditEntry).where(AuditEntry.seq >= head).order_by(AuditEntry.seq)).all()
        prev = s.scalar(select(AuditEntry.hash).where(AuditEntry.seq == head - 1))
        for e in rows:
            if e.seq == head:
                e.target = "rewritten"
            e.prev_hash = prev
            e.hash = audit.entry_hash(e)
            prev = e.hash
    with bo.db.read() as s:
        assert audit.verify_chain(s).intact
    tomorrow = datetime.now(JST) + timedelta(days=1)
    st = audit_schedule.run_scheduled_verify(bo, tomorrow.replace(hour=3))
    assert not st.intact and st.report.first_bad_seq == head
    assert "previous verification" in st.report.problem
    assert audit_schedule.last_scheduled_result(bo, sup).first_bad_seq == head


def test_system_actor_may_verify_but_not_read(world):
    bo, *_ = world
    assert audit_query.chain_status(bo, system_actor("ops")).intact


def test_rows_carry_staff_names_for_reading(world):
    """The viewer shows staff by name: the actor's name, and the named person's when the
    target is a staff account; the system's workers and unknown codes have none."""
    bo, sup, rev, made = world
    with bo.db.write() as s:
        audit.record(s, sup, "staff.unlock", "staff:rev1")
        audit.record(s, sup, "staff.unlock", "staff:nobody")
        audit.record(s, system_actor("sync"), "intake.ingest", "bundle:x.zip")
    rows = audit_query.search(bo, sup, limit=3)
    assert [(r.actor_name, r.target_name) for r in rows] == [(None, None), ("職員 sup1", None), ("職員 sup1", "職員 rev1")]
    by_rev = audit_query.search(bo, sup, staff_code="rev1")
    assert {r.actor_name for r in by_rev} == {"職員 rev1"}
