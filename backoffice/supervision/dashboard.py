"""Supervisor dashboard: one read-only snapshot of the office (brief.md capability 5).

`snapshot()` runs a fixed handful of GROUP BY queries (see `statements()`, which the
benchmark also runs bare) and turns them into one frozen `DashboardSnapshot` for the UI.
Ageing and deadline classes are computed in SQL from date cut-offs that
`backoffice.supervision.deadlines` derives from the business calendar, so no row is read back just to
be bucketed. The snapshot holds no personal data (application ids only) and is not audited:
it refreshes every minute and would flood the audit log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, select, true
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.casework import workflow
from backoffice.db.engine import dialect
from backoffice.db.models import Application, ApplicationEvent, IntakeRecord, Staff
from backoffice.platform.calendar import BusinessCalendar
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import JST, as_utc, today_jst, utcnow
from backoffice.supervision import deadlines

log = logging.getLogger(__name__)

DECISION_DAYS = 14
OVERDUE_LIST_LIMIT = 200
# Status changes a staff member decides (workflow.RULES); intake's automatic ones are not decisions.
DECISION_ACTIONS = ("approve", "reject", "return", "recommend_approve", "recommend_reject",
                    "final_approve", "final_reject", "send_back")
# Work the office holds: open, minus applications waiting for the applicant's correction.
WORKING_STATUSES = tuple(sorted(workflow.OPEN_STATUSES - {workflow.RETURNED}))


@dataclass(frozen=True)
class OverdueRow:
    pk: int
    application_id: str
    procedure: str
    status: str
    due_date: date
    business_days_late: int
    claimed_by: str | None


@dataclass(frozen=True)
class StaffLoad:
    staff_id: int
    code: str
    name: str
    claimed_now: int
    decisions: int  # in the last DECISION_DAYS days


@dataclass(frozen=True)
class DashboardSnapshot:
    today: date
    taken_at: datetime
    by_status: dict[str, int]
    by_procedure: dict[str, int]
    by_status_procedure: tuple[tuple[str, str, int], ...]
    ageing: dict[str, int]  # bucket label -> open applications, in AGEING_BUCKETS order
    overdue_count: int
    due_soon_count: int
    overdue: tuple[OverdueRow, ...]
    decisions_per_day: tuple[tuple[date, int], ...]  # oldest first, DECISION_DAYS entries
    decisions_by_staff: dict[str, int]
    last_sync_at: datetime | None
    quarantine_open: int
    workload: tuple[StaffLoad, ...] = field(default=())

    @property
    def open_total(self) -> int:
        return sum(self.ageing.values())


def _jst_midnight_utc(d: date) -> datetime:
    return datetime.combine(d, time(0), JST).astimezone(UTC)


def _jst_day(column: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return func.date(func.timezone("Asia/Tokyo", column))
    return func.date(column, "+9 hours")  # SQLite keeps UTC text


def statements(cal: BusinessCalendar, dialect: str, today: date, now: datetime,
               only: ColumnElement[bool] | None = None,
               refused: ColumnElement[bool] | None = None) -> dict[str, Select[Any]]:
    """Every query the snapshot runs, by name. `only` limits the applications counted and
    `refused` the refused bundles (the supervisor's departments, backoffice/accounts/scope.py)."""
    mine = only if only is not None else true()
    open_refused = and_(IntakeRecord.outcome == "quarantined", IntakeRecord.resolution.is_(None),
                        refused if refused is not None else true())
    cutoffs = deadlines.ageing_cutoffs(cal, today)
    labels = [label for label, _ in deadlines.AGEING_BUCKETS]
    age = case(
        *[(Application.received_at >= _jst_midnight_utc(c), literal(labels[i])) for i, c in enumerate(cutoffs)],
        else_=literal(labels[-1]),
    ).label("age")
    soon = deadlines.due_soon_until(cal, today)
    deadline = case(
        (Application.due_date.is_(None), literal("none")),
        (Application.due_date < today, literal(deadlines.OVERDUE)),
        (Application.due_date <= soon, literal(deadlines.DUE_SOON)),
        else_=literal(deadlines.ON_TIME),
    ).label("deadline")
    working = Application.status.in_(WORKING_STATUSES)
    day = _jst_day(ApplicationEvent.at, dialect).label("day")
    since = _jst_midnight_utc(today - timedelta(days=DECISION_DAYS - 1))
    decisions = (select(day, ApplicationEvent.actor_id, func.count())
                 .where(ApplicationEvent.at >= since, ApplicationEvent.action.in_(DECISION_ACTIONS))
                 .group_by(day, ApplicationEvent.actor_id))
    if only is not None:  # the join only when limited (the benchmark measures the plain one)
        decisions = decisions.join(Application, Application.id == ApplicationEvent.application_pk).where(only)
    return {
        "counts": select(Application.status, Application.procedure, func.count()).where(mine)
        .group_by(Application.status, Application.procedure),
        "ageing": select(age, deadline, func.count()).where(working, mine).group_by(age, deadline),
        "overdue": select(Application.id, Application.application_id, Application.procedure,
                          Application.status, Application.due_date, Application.claimed_by)
        .where(working, mine, Application.due_date < today)
        .order_by(Application.due_date, Application.id).limit(OVERDUE_LIST_LIMIT),
        "decisions": decisions,
        "intake": select(
            func.max(IntakeRecord.at),
            func.coalesce(func.sum(case((open_refused, 1), else_=0)), 0)),
        "claims": select(Application.claimed_by, func.count())
        .where(mine, Application.claimed_by.is_not(None), Application.claim_expires_at > now)
        .group_by(Application.claimed_by),
        "staff": select(Staff.id, Staff.code, Staff.name),
    }


def _as_date(v: Any) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v))


def build(s: Session, cal: BusinessCalendar, today: date, now: datetime,
          only: ColumnElement[bool] | None = None,
          refused: ColumnElement[bool] | None = None) -> DashboardSnapshot:
    """Run the statements in one read session and assemble the snapshot."""
    q = statements(cal, dialect(s), today, now, only, refused)
    staff = {sid: (code, name) for sid, code, name in s.execute(q["staff"])}
    name_of = lambda sid: staff.get(sid, ("?", f"#{sid}"))[1] if sid is not None else None  # noqa: E731

    by_status: dict[str, int] = {}
    by_procedure: dict[str, int] = {}
    triples = []
    for status, procedure, n in s.execute(q["counts"]):
        by_status[status] = by_status.get(status, 0) + n
        by_procedure[procedure] = by_procedure.get(procedure, 0) + n
        triples.append((status, procedure, n))

    ageing = {label: 0 for label, _ in deadlines.AGEING_BUCKETS}
    overdue_count = due_soon_count = 0
    for bucket, deadline, n in s.execute(q["ageing"]):
        ageing[bucket] += n
        overdue_count += n if deadline == deadlines.OVERDUE else 0
        due_soon_count += n if deadline == deadlines.DUE_SOON else 0

    overdue = tuple(
        OverdueRow(pk, app_id, proc, status, due, deadlines.business_days_late(cal, due, today), name_of(holder))
        for pk, app_id, proc, status, due, holder in s.execute(q["overdue"])
    )

    per_day = {today - timedelta(days=i): 0 for i in range(DECISION_DAYS - 1, -1, -1)}
    per_staff_ids: dict[int | None, int] = {}
    for d, actor_id, n in s.execute(q["decisions"]):
        dd = _as_date(d)
        if dd in per_day:
            per_day[dd] += n
        per_staff_ids[actor_id] = per_staff_ids.get(actor_id, 0) + n
    last_sync, quarantined = s.execute(q["intake"]).one()
    claims: dict[int, int] = {k: v for k, v in s.execute(q["claims"])}

    busy = set(claims) | {k for k in per_staff_ids if k is not None}
    workload = tuple(sorted(
        (StaffLoad(sid, staff.get(sid, ("?", ""))[0], name_of(sid) or "", claims.get(sid, 0),
                   per_staff_ids.get(sid, 0)) for sid in busy),
        key=lambda w: (-w.claimed_now, -w.decisions, w.code)))
    return DashboardSnapshot(
        today=today, taken_at=now, by_status=by_status, by_procedure=by_procedure,
        by_status_procedure=tuple(sorted(triples)), ageing=ageing,
        overdue_count=overdue_count, due_soon_count=due_soon_count, overdue=overdue,
        decisions_per_day=tuple(per_day.items()),
        decisions_by_staff={(name_of(k) or "system"): v for k, v in per_staff_ids.items()},
        last_sync_at=as_utc(last_sync), quarantine_open=int(quarantined or 0), workload=workload,
    )


def snapshot(bo: Backoffice, actor: Actor, *, today: date | None = None,
             now: datetime | None = None) -> DashboardSnapshot:
    """The dashboard as of now (Japan date `today`)."""
    require(actor, "dashboard.view")
    with bo.db.read() as s:
        return build(s, bo.calendar, today or today_jst(), now or utcnow(),
                     scope.condition(actor, Application.department),  # need-to-know (issue 16)
                     scope.refused_bundle_condition(actor, IntakeRecord.department, bo.catalog.departments()))
