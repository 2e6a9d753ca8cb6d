"""Dashboard snapshot numbers against values computed by hand (today = Wed 2027-01-06,
just after the year-end closure), on both engines."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from backoffice.db.models import Application, ApplicationEvent, IntakeRecord
from backoffice.platform.errors import PermissionDenied
from backoffice.supervision import dashboard
from tests.supervision.helpers import add_app, jst
from tests.ui.factories import make_staff

TODAY = date(2027, 1, 6)
NOW = jst(TODAY, 11).astimezone(UTC)


@pytest.fixture
def office(bo):
    sup = make_staff(bo, "sup1", ["supervisor"], "決裁 花子")
    a = make_staff(bo, "rev1", ["reviewer"], "審査 太郎")
    b = make_staff(bo, "rev2", ["reviewer"], "審査 次郎")
    later = jst(TODAY, 23)
    with bo.db.write() as s:
        # working applications: received -> business-day age (today 1/6; 1/4, 1/5, 1/6 open)
        add_app(s, "A1", "ready_for_review", received=date(2027, 1, 5), due=date(2027, 1, 12))  # age 1, on time
        add_app(s, "A2", "in_review", received=date(2026, 12, 28), due=date(2027, 1, 5),       # age 3, overdue 1
                claimed_by=a.id, claim_until=later)
        add_app(s, "A3", "needs_attention", procedure="koseki-copy",
                received=date(2026, 12, 25), due=date(2026, 12, 25))                            # age 4, overdue 4
        add_app(s, "A4", "pending_approval", procedure="address-change",
                received=date(2026, 12, 21), due=date(2027, 1, 6))                              # age 8, due soon
        add_app(s, "A5", "received", received=date(2026, 12, 1), due=date(2027, 1, 8),           # age >10, due soon
                claimed_by=b.id, claim_until=jst(TODAY, 9))                                     # lease expired
        add_app(s, "A6", "approved", procedure="dog-death", received=date(2026, 12, 30), due=None)  # age 3
        # not office work: waiting for the applicant, or finished
        add_app(s, "R1", "returned", received=date(2026, 11, 2), due=date(2026, 11, 20))
        add_app(s, "C1", "closed", received=date(2026, 11, 2), due=date(2026, 11, 20))
        app_pk = s.scalar(select(Application.id).limit(1))

        def ev(at: datetime, actor, action="approve"):
            s.add(ApplicationEvent(application_pk=app_pk, revision=1, at=at, actor_id=actor, action=action,
                                   from_status="in_review", to_status="approved"))
        ev(jst(TODAY, 9), a.id)                                   # 1/6
        ev(jst(date(2027, 1, 5), 23, 30), b.id, "return")          # 1/5 in Japan, 14:30 UTC
        ev(jst(date(2027, 1, 5), 0, 30), b.id, "final_reject")     # 1/5 in Japan, still 1/4 in UTC
        ev(jst(date(2026, 12, 24), 10), a.id)                     # first day of the 14-day window
        ev(jst(date(2026, 12, 23), 10), a.id)                     # outside the window
        ev(jst(TODAY, 8), None, "checks_passed")                  # automatic: not a decision
        for at, outcome, resolution in ((jst(TODAY, 8), "ingested", None), (jst(TODAY, 10), "quarantined", None),
                                        (jst(TODAY, 7), "quarantined", "discarded")):
            s.add(IntakeRecord(file_name=f"{outcome}.zip", file_sha256="0" * 64, outcome=outcome, at=at,
                               resolution=resolution))
    return bo, sup, a, b


def test_snapshot_matches_hand_computed_values(office):
    bo, sup, a, b = office
    snap = dashboard.snapshot(bo, sup, today=TODAY, now=NOW)
    assert snap.by_status == {"ready_for_review": 1, "in_review": 1, "needs_attention": 1, "pending_approval": 1,
                              "received": 1, "approved": 1, "returned": 1, "closed": 1}
    assert snap.by_procedure == {"juminhyo-copy": 5, "koseki-copy": 1, "address-change": 1, "dog-death": 1}
    assert ("needs_attention", "koseki-copy", 1) in snap.by_status_procedure
    assert snap.ageing == {"0-2": 1, "3-5": 3, "6-10": 1, ">10": 1}
    assert snap.open_total == 6
    assert (snap.overdue_count, snap.due_soon_count) == (2, 2)
    assert [(o.application_id, o.business_days_late, o.claimed_by) for o in snap.overdue] == [
        ("A3", 4, None), ("A2", 1, "審査 太郎")]
    per_day = dict(snap.decisions_per_day)
    assert len(per_day) == 14 and min(per_day) == date(2026, 12, 24) and max(per_day) == TODAY
    assert per_day[TODAY] == 1 and per_day[date(2027, 1, 5)] == 2 and per_day[date(2026, 12, 24)] == 1
    assert sum(per_day.values()) == 4
    assert snap.decisions_by_staff == {"審査 太郎": 2, "審査 次郎": 2}
    assert snap.last_sync_at == jst(TODAY, 10).astimezone(UTC)
    assert snap.quarantine_open == 1
    loads = {w.code: (w.claimed_now, w.decisions) for w in snap.workload}
    assert loads == {"rev1": (1, 2), "rev2": (0, 2)}  # rev2's lease has expired


def test_empty_database_and_permission(bo):
    sup = make_staff(bo, "sup1", ["supervisor"])
    rev = make_staff(bo, "rev1", ["reviewer"])
    snap = dashboard.snapshot(bo, sup, today=TODAY, now=NOW)
    assert snap.open_total == 0 and snap.overdue == () and snap.last_sync_at is None
    assert sum(n for _, n in snap.decisions_per_day) == 0
    with pytest.raises(PermissionDenied):
        dashboard.snapshot(bo, rev)
