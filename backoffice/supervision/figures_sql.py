"""The statements the figures read (issue 18), and how they are run on PostgreSQL.

`statements` makes three: the applications received in a period grouped by procedure,
department, month of receipt and processing days, with the outcome and counter flags
summed per group; the return reasons grouped by distinct text; the aggregates the
retention run kept. A decided application's business days are counted in SQL through the
business-day index of the days the decisions fall on (figures.day_table): on SQLite a
VALUES list joined for the day of receipt and the day of decision, on PostgreSQL two
array subscripts by the day's offset from the first day (no join, no sort). The Japan-time
date and month are the other place the SQL differs by database. docs/figures.md "Speed"
says what each choice saved."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    column,
    exists,
    func,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    values,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.elements import Grouping

from backoffice.db.models import Application, ApplicationEvent, Delivery
from backoffice.db.models_figures import CounterEntry, FigureAggregate
from backoffice.db.models_supervision import Appointment, CounterPayment
from backoffice.platform.timeutil import JST

APPROVE_ACTIONS = ("approve", "final_approve")
REJECT_ACTIONS = ("reject", "final_reject")


def _flag(cond: Any) -> Any:
    return func.max(case((cond, 1), else_=0))


def _jst_day(column: Any, dialect: str) -> Any:
    """The Japan-time calendar date of a UTC timestamp column, in SQL. On PostgreSQL the
    UTC wall time plus 9 hours: Japan has kept UTC+9 without summer time since 1951, and
    timezone('UTC', …) is several times cheaper per row than timezone('Asia/Tokyo', …)."""
    if dialect == "postgresql":
        return cast(func.timezone("UTC", column) + literal_column("interval '9 hours'"), Date)
    return func.date(column, "+9 hours")  # SQLite stores naive UTC text


def _jst_month(column: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return func.to_char(func.timezone("Asia/Tokyo", column), "YYYY-MM")
    return func.strftime("%Y-%m", column, "+9 hours")


def _pg_array(name: str, items: list[Any], item_type: Any) -> Any:
    """A bound PostgreSQL array that can be subscripted: (%(name)s::T[])[i]; a subscript
    outside it gives NULL."""
    return type_coerce(Grouping(bindparam(name, items, type_=ARRAY(item_type))), ARRAY(item_type))


def _contiguous(days: Sequence[tuple[date, int]]) -> bool:
    return (days[-1][0] - days[0][0]).days == len(days) - 1


def statements(start: datetime, end: datetime, *, departments: Sequence[str] | None = None,
               dialect: str = "sqlite", pks: Sequence[int] | None = None,
               days: Sequence[tuple[date, int]] | None = None) -> tuple[Select[*tuple[Any, ...]], Select[str, str, str | None, int],
                                                  Select[FigureAggregate]]:
    """(applications, return reasons, retained aggregates) of applications received in
    [start, end); `departments` limits them (None: all). The applications statement is
    grouped by procedure, department, month of receipt in Japan time and, for a decided
    application, its processing days, with the outcome and counter flags summed per group
    (how many were rejected, completed online, …), so a year of a million applications comes
    back as about a thousand groups.

    `days` is the business-day index (date, index) of the dates the decisions may fall on
    (figures.day_table, one entry per day from the first day of receipt): it lets SQL count
    each decided application's business days (index of the decision day - index of the day
    of receipt - paused days, at least 0), so groups are per month, not per pair of days.
    A decided application whose decision day is outside that list (or every one, when `days`
    is None: the retention run) is grouped by its days of receipt and decision and days
    paused instead, and counted in Python (figures_tally.accumulate). The benchmark runs
    these bare."""
    a, e = Application, ApplicationEvent
    in_range = and_(a.received_at >= start, a.received_at < end)
    if departments is not None:
        in_range = and_(in_range, a.department.in_(departments))
    if pks is not None:  # the retention run: these applications only
        in_range = and_(in_range, a.id.in_(pks))
    cohort = select(a.id).where(in_range)
    ev = (select(e.application_pk.label("pk"),
                 func.count(e.actor_id).label("touches"),
                 _flag(e.action == "return").label("returned"),
                 _flag(e.action.in_(APPROVE_ACTIONS)).label("approved"),
                 _flag(e.action.in_(REJECT_ACTIONS)).label("rejected"),
                 _flag(e.action == "withdraw").label("withdrawn"))
          .where(e.application_pk.in_(cohort)).group_by(e.application_pk).subquery("ev"))
    counter_visit = (
        exists().where(Delivery.application_pk == a.id, Delivery.method == "counter")
        | exists().where(CounterPayment.application_pk == a.id)
        | exists().where(Appointment.application_pk == a.id, Appointment.status == "checked_in"))
    counter = CounterEntry.id.is_not(None)
    finished = a.status.in_(("delivered", "closed"))
    # online from start to finish, if it was approved and finished (docs/figures.md); only
    # asked of a finished application (the flag is read for those only), and the three
    # lookups of a counter visit only when everything cheaper said yes
    no_counter = case((and_(finished, ~counter, (a.fee_due == 0) | a.payment_transaction_id.is_not(None),
                            a.delivery_method != "counter"),
                       case((counter_visit, 0), else_=1)), else_=0)
    rday, dday = _jst_day(a.received_at, dialect), _jst_day(a.decided_at, dialect)
    month: Any = _jst_month(a.received_at, dialect)
    joined = (select().select_from(a).outerjoin(CounterEntry, CounterEntry.application_pk == a.id)
              .outerjoin(ev, ev.c.pk == a.id))
    index_cols: list[Any] = []
    fence = False
    if days and dialect == "postgresql" and _contiguous(days):
        # the index (and the month) of a day by its offset from the first day of the list
        # (the month as a number yyyymm: an integer array is read in constant time, a text
        # array element by element up to the subscript)
        first = bindparam("first_day", days[0][0], type_=Date)
        index = _pg_array("day_index", [i for _, i in days], Integer)
        months = _pg_array("day_month", [d.year * 100 + d.month for d, _ in days], Integer)
        month = func.coalesce(months[(rday - first) + 1], cast(func.to_char(
            func.timezone("Asia/Tokyo", a.received_at), "YYYYMM"), Integer))
        fence = True
        index_cols = [index[(rday - first) + 1].label("ridx"), index[(dday - first) + 1].label("didx")]
    elif days:
        cal = values(column("day", Date), column("idx", Integer), name="cal").data(list(days)).cte("cal")
        cr, cd = cal.alias("cr"), cal.alias("cd")
        joined = joined.outerjoin(cr, cr.c.day == rday).outerjoin(cd, cd.c.day == dday)
        index_cols = [cr.c.idx.label("ridx"), cd.c.idx.label("didx")]
    cols = [a.procedure, a.department, month.label("month"),
            rday.label("rday"), dday.label("dday"), func.coalesce(a.paused_days, 0).label("paused"),
            case((finished, 1), else_=0).label("finished"),
            case((counter, 1), else_=0).label("counter"),
            case((CounterEntry.paper_documents > 0, 1), else_=0).label("paper"),
            no_counter.label("no_counter"),
            func.coalesce(ev.c.returned, 0).label("returned"), func.coalesce(ev.c.approved, 0).label("approved"),
            func.coalesce(ev.c.rejected, 0).label("rejected"),
            func.coalesce(ev.c.withdrawn, 0).label("withdrawn"),
            func.coalesce(ev.c.touches, 0).label("touches"), *index_cols]
    per_app_q = joined.add_columns(*cols).where(in_range)
    if fence:
        # OFFSET 0 keeps PostgreSQL from pulling the subquery up into the grouping, which
        # copied each column's expression (array subscripts, the Japan-time date, the events'
        # flags) into every place the grouping reads it: computed once per application
        # instead of up to ten times
        per_app_q = per_app_q.offset(literal_column("0"))
    per_app = per_app_q.subquery("per_app")
    p = per_app.c
    decided = and_(p.dday.is_not(None), p.withdrawn == 0, or_(p.approved == 1, p.rejected == 1))
    if days:
        in_sql = and_(decided, p.didx.is_not(None), p.ridx.is_not(None))
        in_python = and_(decided, or_(p.didx.is_(None), p.ridx.is_(None)))
        bdays = p.didx - p.ridx - p.paused
        days_key: Any = case((in_sql, case((bdays > 0, bdays), else_=0)), else_=None)
    else:
        in_python = decided
        days_key = cast(null(), Integer)
    keys = [p.procedure, p.department, p.month, days_key,
            case((in_python, p.rday), else_=None), case((in_python, p.dday), else_=None),
            case((in_python, p.paused), else_=0)]
    # the outcome flags are summed, not grouped by: the groups stay per procedure, month and
    # processing days (docs/figures.md says what each sum counts)
    kept_on = and_(p.withdrawn == 0, p.rejected == 0, p.approved == 1)
    completed = and_(kept_on, p.finished == 1)

    def count_if(cond: Any) -> Any:
        return func.sum(case((cond, 1), else_=0))

    apps = (select(*keys, func.count().label("n"), func.sum(p.counter).label("counter"),
                   func.sum(p.withdrawn).label("withdrawn"),
                   count_if(and_(p.withdrawn == 0, p.rejected == 1)).label("rejected"),
                   count_if(or_(p.withdrawn == 1, p.rejected == 1, p.approved == 1)).label("ended"),
                   count_if(completed).label("completed"),
                   count_if(and_(completed, p.no_counter == 1)).label("online_complete"),
                   func.sum(p.returned).label("returned"), func.sum(p.paper).label("paper"),
                   func.sum(p.touches).label("touches"))
            .group_by(*(k for k in keys if k is not days_key or days)))
    rmonth = _jst_month(a.received_at, dialect)
    reasons = (select(a.procedure, rmonth, e.reason, func.count())
               .join(a, a.id == e.application_pk)
               .where(in_range, e.action == "return", e.reason.is_not(None))
               .group_by(a.procedure, rmonth, e.reason))
    start_key = f"{start.astimezone(JST):%Y-%m}"
    end_key = f"{end.astimezone(JST):%Y-%m}"
    r = FigureAggregate
    kept = select(r).where(r.received_month >= start_key, r.received_month < end_key)
    if departments is not None:
        kept = kept.where(r.department.in_(departments))
    return apps, reasons, kept


def plan_for_postgresql(conn: Connection) -> None:
    """The planner settings of the figures' transaction on PostgreSQL (SET LOCAL: they end
    with it). Measured with EXPLAIN ANALYZE over 200,000 and 1,000,000 applications
    (docs/figures.md "Speed"):

    - enable_sort = off: the planner expects up to a group per application, so it sorted
      all rows for a GroupAggregate (and, before the array subscripts, twice more for merge
      joins on the day list); the groups are about a thousand, which a HashAggregate holds
      in a few hundred kB. The events' per-application flags still come from the index
      order of application_events (in parallel over a million), which needs no sort.
    - jit = off: the row estimates made it JIT-compile the statement, 0.86 s of 3.5 s.
    - work_mem stays at the server's: with 64 MB the planner hashed the events' 200,000
      per-application groups instead of reading them in index order, which was slower."""
    conn.exec_driver_sql("SET LOCAL enable_sort = off")
    conn.exec_driver_sql("SET LOCAL jit = off")
