"""The figures for 業務改革 (issue 18): per procedure and month of receipt, how many
applications came online and at the counter, how many were completed online from start to
finish (真の普及), processing time in business days, corrections, rejections, withdrawals,
paper, staff touches. docs/figures.md says what each figure means and how it is computed.

One statement reads the applications received in the period (their events folded into a
few flags by a GROUP BY, the counter visits as EXISTS) grouped by procedure, month and
everything a figure tells apart; a decided application's business days are counted in the
same SQL through a table of business-day indexes (the calendar of
backoffice/platform/calendar.py, handed to SQL as a VALUES list), so a year of a million
applications comes back as a few thousand groups; the medians, percentiles and per-month
sums are made here. To
those live applications the aggregates the retention run kept for the ones it deleted
(`figure_aggregates`, written by `retained_rows()` below) are added, so a month's figures
stay the same after retention. The figures hold no personal data and are not audited (like
the dashboard); a supervisor limited to some departments sees only theirs.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    Select,
    and_,
    case,
    cast,
    column,
    exists,
    func,
    null,
    or_,
    select,
    values,
)
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.db.engine import dialect
from backoffice.db.models import Application, ApplicationEvent, Delivery
from backoffice.db.models_figures import CounterEntry, FigureAggregate
from backoffice.db.models_supervision import Appointment, CounterPayment
from backoffice.platform.calendar import BusinessCalendar
from backoffice.platform.catalog import Catalog
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import UsageError
from backoffice.platform.resources import resource_path
from backoffice.platform.timeutil import JST, to_jst, today_jst

MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
APPROVE_ACTIONS = ("approve", "final_approve")
REJECT_ACTIONS = ("reject", "final_reject")
TOTAL = "*"  # the procedure code of the every-procedure line
FREE_TEXT = ""  # the return-reason key of a reason written without a template


def parse_month(text: str) -> tuple[int, int]:
    """`YYYY-MM` -> (year, month); anything else is a usage error."""
    m = MONTH.fullmatch(text.strip())
    if m is None:
        raise UsageError(f"month must be YYYY-MM (e.g. 2026-11), not {text!r}")
    return int(m.group(1)), int(m.group(2))


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(key: str, n: int) -> str:
    y, m = parse_month(key)
    total = y * 12 + (m - 1) + n
    return month_key(total // 12, total % 12 + 1)


def month_bounds(first: str, last: str) -> tuple[datetime, datetime]:
    """UTC [start, end) of Japan-time months first..last."""
    y, m = parse_month(first)
    start = datetime.combine(date(y, m, 1), time(0), JST).astimezone(UTC)
    y, m = parse_month(add_months(last, 1))
    end = datetime.combine(date(y, m, 1), time(0), JST).astimezone(UTC)
    return start, end


# --- return reasons: the reason template a reason was written from --------------------------


@dataclass(frozen=True)
class ReasonMatcher:
    """Classifies a return reason by the template (resources/reason_templates.toml) it was
    written from, placeholders matching whatever was typed there. Only the titles leave
    this module: a freely written reason (which may name a person) counts as FREE_TEXT."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def load(cls) -> ReasonMatcher:
        try:
            data = tomllib.loads(resource_path("reason_templates.toml").read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            return cls(())
        out = []
        for t in data.get("return", []):
            if not isinstance(t, dict) or not t.get("title") or not t.get("text"):
                continue
            parts = re.split(r"[{｛][^{}｛｝\n]{1,30}[}｝]", str(t["text"]).strip())
            out.append((str(t["title"]), re.compile(".+?".join(re.escape(p) for p in parts), re.S)))
        return cls(tuple(out))

    def classify(self, reason: str | None) -> str | None:
        if reason is None:  # removed by retention (anonymized): kept in figure_aggregates
            return None
        text = reason.strip()
        for title, pattern in self.patterns:
            if pattern.fullmatch(text):
                return title
        return FREE_TEXT


# --- per application ------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    """Additive sums for one procedure and month (live applications plus retained rows)."""

    received_online: int = 0
    received_counter: int = 0
    completed: int = 0
    online_complete: int = 0
    ended: int = 0
    rejected: int = 0
    withdrawn: int = 0
    returned: int = 0
    paper: int = 0
    touches: int = 0
    with_standard: int = 0
    within_standard: int = 0
    days: Counter[int] = field(default_factory=Counter)
    return_reasons: Counter[str] = field(default_factory=Counter)

    @property
    def received(self) -> int:
        return self.received_online + self.received_counter

    def merge(self, other: Tally) -> None:
        for name in ("received_online", "received_counter", "completed", "online_complete", "ended",
                     "rejected", "withdrawn", "returned", "paper", "touches", "with_standard",
                     "within_standard"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.days.update(other.days)
        self.return_reasons.update(other.return_reasons)

    def add_row(self, r: FigureAggregate) -> None:
        for name in ("received_online", "received_counter", "completed", "online_complete", "ended",
                     "rejected", "withdrawn", "returned", "paper", "touches", "with_standard",
                     "within_standard"):
            setattr(self, name, getattr(self, name) + getattr(r, name))
        for k, v in (r.days or {}).items():
            self.days[int(k)] += int(v)
        for k, v in (r.return_reasons or {}).items():
            self.return_reasons[str(k)] += int(v)


def _ratio(n: int, d: int) -> float | None:
    return None if d == 0 else n / d


def percentile(hist: Counter[int], q: float) -> float | None:
    """Nearest-rank percentile (q in (0, 1]) of a {value: count} histogram; the median
    (q = 0.5) of an even count is the mean of the two middle values."""
    n = sum(hist.values())
    if n == 0:
        return None
    values = sorted(hist.items())

    def nth(k: int) -> int:  # 1-based
        seen = 0
        for v, c in values:
            seen += c
            if seen >= k:
                return v
        return values[-1][0]

    if q == 0.5:
        if n % 2:
            return float(nth(n // 2 + 1))
        return (nth(n // 2) + nth(n // 2 + 1)) / 2
    return float(nth(max(1, math.ceil(q * n))))


@dataclass(frozen=True)
class ProcedureFigures:
    procedure: str
    name: str
    received_online: int
    received_counter: int
    online_completion_rate: float | None
    processing_days_median: float | None
    processing_days_p90: float | None
    within_standard_rate: float | None
    returned_rate: float | None
    rejected_rate: float | None
    withdrawn_rate: float | None
    paper_attachment_rate: float | None
    touches_per_application: float | None
    return_reasons: tuple[tuple[str, int], ...]  # most frequent first (FREE_TEXT = 自由記述)
    completed: int
    decided: int  # with processing days
    standard_days: int | None

    @property
    def received(self) -> int:
        return self.received_online + self.received_counter

    def as_json(self) -> dict[str, Any]:
        """The stats JSON entry (docs/formats/stats-v1.md)."""
        return {
            "procedure": self.procedure,
            "received": {"online": self.received_online, "counter": self.received_counter},
            "online_completion_rate": self.online_completion_rate,
            "processing_days_median": self.processing_days_median,
            "processing_days_p90": self.processing_days_p90,
            "within_standard_rate": self.within_standard_rate,
            "returned_rate": self.returned_rate,
            "rejected_rate": self.rejected_rate,
            "withdrawn_rate": self.withdrawn_rate,
            "paper_attachment_rate": self.paper_attachment_rate,
            "touches_per_application": self.touches_per_application,
        }


@dataclass(frozen=True)
class MonthFigures:
    month: str
    procedures: tuple[ProcedureFigures, ...]
    total: ProcedureFigures | None = None  # every procedure together (code "*"); None when empty

    def as_json(self) -> dict[str, Any]:
        return {"month": self.month, "procedures": [p.as_json() for p in self.procedures]}


def _finish(code: str, catalog: Catalog, t: Tally) -> ProcedureFigures:
    proc = catalog.get(code)
    return ProcedureFigures(
        procedure=code, name=proc.name if proc else ("合計" if code == TOTAL else code),
        received_online=t.received_online, received_counter=t.received_counter,
        online_completion_rate=_ratio(t.online_complete, t.completed),
        processing_days_median=percentile(t.days, 0.5),
        processing_days_p90=percentile(t.days, 0.9),
        within_standard_rate=_ratio(t.within_standard, t.with_standard),
        returned_rate=_ratio(t.returned, t.received),
        rejected_rate=_ratio(t.rejected, t.ended),
        withdrawn_rate=_ratio(t.withdrawn, t.ended),
        paper_attachment_rate=_ratio(t.paper, t.received),
        touches_per_application=_ratio(t.touches, t.received),
        return_reasons=tuple(sorted(t.return_reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        completed=t.completed, decided=sum(t.days.values()),
        standard_days=proc.processing_days if proc else None,
    )


# --- the statements -------------------------------------------------------------------------


def _flag(cond: Any) -> Any:
    return func.max(case((cond, 1), else_=0))


def _jst_day(column: Any, dialect: str) -> Any:
    """The Japan-time calendar date of a UTC timestamp column, in SQL (with _jst_month, the
    one place the figures' SQL differs by database)."""
    if dialect == "postgresql":
        return cast(func.timezone("Asia/Tokyo", column), Date)
    return func.date(column, "+9 hours")  # SQLite stores naive UTC text


def _jst_month(column: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return func.to_char(func.timezone("Asia/Tokyo", column), "YYYY-MM")
    return func.strftime("%Y-%m", column, "+9 hours")


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
    (`day_table`): joined twice as a VALUES list, it lets SQL count each decided
    application's business days (index of the decision day - index of the day of receipt -
    paused days, at least 0), so groups are per month, not per pair of days. A decided
    application whose decision day is outside that list (or every one, when `days` is None:
    the retention run) is grouped by its days of receipt and decision and days paused
    instead, and counted here. The benchmark runs these bare."""
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
    cols = [a.procedure, a.department, _jst_month(a.received_at, dialect).label("month"),
            rday.label("rday"), dday.label("dday"), func.coalesce(a.paused_days, 0).label("paused"),
            case((finished, 1), else_=0).label("finished"),
            case((counter, 1), else_=0).label("counter"),
            case((CounterEntry.paper_documents > 0, 1), else_=0).label("paper"),
            no_counter.label("no_counter"),
            func.coalesce(ev.c.returned, 0).label("returned"), func.coalesce(ev.c.approved, 0).label("approved"),
            func.coalesce(ev.c.rejected, 0).label("rejected"),
            func.coalesce(ev.c.withdrawn, 0).label("withdrawn"),
            func.coalesce(ev.c.touches, 0).label("touches")]
    joined = (select().select_from(a).outerjoin(CounterEntry, CounterEntry.application_pk == a.id)
              .outerjoin(ev, ev.c.pk == a.id))
    if days:
        cal = values(column("day", Date), column("idx", Integer), name="cal").data(list(days)).cte("cal")
        cr, cd = cal.alias("cr"), cal.alias("cd")
        joined = joined.outerjoin(cr, cr.c.day == rday).outerjoin(cd, cd.c.day == dday)
        cols += [cr.c.idx.label("ridx"), cd.c.idx.label("didx")]
    per_app = joined.add_columns(*cols).where(in_range).subquery("per_app")
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
    month = _jst_month(a.received_at, dialect)
    reasons = (select(a.procedure, month, e.reason, func.count())
               .join(a, a.id == e.application_pk)
               .where(in_range, e.action == "return", e.reason.is_not(None))
               .group_by(a.procedure, month, e.reason))
    start_key = f"{start.astimezone(JST):%Y-%m}"
    end_key = f"{end.astimezone(JST):%Y-%m}"
    r = FigureAggregate
    kept = select(r).where(r.received_month >= start_key, r.received_month < end_key)
    if departments is not None:
        kept = kept.where(r.department.in_(departments))
    return apps, reasons, kept


class DayIndex:
    """Business days counted from a fixed origin, one dict lookup per date: the business
    days in (a, b] are index(b) - index(a). Made a year at a time (365 calendar checks)."""

    def __init__(self, calendar: BusinessCalendar) -> None:
        self.calendar = calendar
        self._index: dict[date, int] = {}
        self._years: dict[int, int] = {}  # year -> index of its 1 January

    def __call__(self, d: date) -> int:
        found = self._index.get(d)
        if found is None:
            self._fill(d.year)
            found = self._index[d]
        return found

    def _fill(self, year: int) -> None:
        base = self._years.get(year)
        if base is None:
            base = self._years[year] = self.calendar.business_days_between(date(2000, 1, 1), date(year, 1, 1))
        n, d = base, date(year, 1, 1)
        self._index[d] = n
        while True:
            d += timedelta(days=1)
            if d.year != year:
                break
            n += self.calendar.is_business_day(d)
            self._index[d] = n


MAX_DAY_TABLE = 1500  # days joined in SQL; a decision later than that is counted in Python


def day_table(index: DayIndex, start: datetime, end: datetime, today: date) -> list[tuple[date, int]]:
    """(date, business-day index) from the first day of receipt to some weeks after the
    later of the last day of receipt and today: the days the decisions fall on."""
    first = start.astimezone(JST).date()
    last = max((end - timedelta(microseconds=1)).astimezone(JST).date(), today) + timedelta(days=60)
    last = min(last, first + timedelta(days=MAX_DAY_TABLE))
    out, d = [], first
    while d <= last:
        out.append((d, index(d)))
        d += timedelta(days=1)
    return out


def _jst(value: datetime | str) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return to_jst(value)


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def accumulate(rows: Iterable[Sequence[Any]], days: DayIndex, standards: dict[str, int | None],
               out: dict[Any, Tally], *, by_department: bool = False) -> None:
    """Add each group of the applications statement to its month's and procedure's Tally
    (key (month, procedure), or (month, procedure, department)); docs/figures.md says what
    counts."""
    for (procedure, department, month, bdays, rday, dday, paused, n, counter, withdrawn, rejected, ended,
         completed, online_complete, returned, paper, touches) in rows:
        key = (month, procedure, department) if by_department else (month, procedure)
        t = out.get(key)
        if t is None:
            t = out[key] = Tally()
        t.received_counter += int(counter)
        t.received_online += n - int(counter)
        t.withdrawn += int(withdrawn)  # approved and then withdrawn counts as withdrawn
        t.rejected += int(rejected)
        t.ended += int(ended)
        t.completed += int(completed)
        t.online_complete += int(online_complete)
        t.returned += int(returned)
        t.paper += int(paper)
        t.touches += int(touches)
        if bdays is None and dday is not None:  # decided, its days not counted in SQL
            d = days(_day(dday)) - days(_day(rday)) - paused
            bdays = d if d > 0 else 0
        if bdays is not None:  # every application of the group was decided
            t.days[bdays] += n
            standard = standards.get(procedure)
            if standard is not None:
                t.with_standard += n
                if bdays <= standard:
                    t.within_standard += n


def _departments(actor: Actor) -> list[str] | None:
    if not scope.limited(actor):
        return None
    return sorted(actor.departments or ())


def tallies(s: Session, catalog: Catalog, calendar: BusinessCalendar, first: str, last: str, *,
            departments: Sequence[str] | None = None) -> dict[tuple[str, str], Tally]:
    """{(month, procedure): Tally} for months first..last (Japan time)."""
    start, end = month_bounds(first, last)
    out: dict[tuple[str, str], Tally] = {}
    standards = {p.code: p.processing_days for p in catalog}
    index = DayIndex(calendar)
    apps, reasons, kept = statements(start, end, departments=departments, dialect=dialect(s),
                                     days=day_table(index, start, end, today_jst()))
    conn = s.connection()  # Core rows: the ORM's row processing doubled the time
    if dialect(s) == "postgresql":
        # the grouping holds up to a group per application: in the default 4 MB it spilled
        # to disk and took 3x the time of the plain GROUP BY (benchmarks/bench_figures.py)
        conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")
        # the planner's row estimates make it JIT-compile this statement: 0.86 of 3.5 s for
        # 200,000 applications went to compiling (EXPLAIN ANALYZE), more than it saved
        conn.exec_driver_sql("SET LOCAL jit = off")
    accumulate(conn.execute(apps), index, standards, out)
    matcher = ReasonMatcher.load()
    for procedure, month, reason, n in conn.execute(reasons):  # one row per distinct text
        title = matcher.classify(reason)
        if title is not None:
            out.setdefault((month, procedure), Tally()).return_reasons[title] += n
    for row in s.scalars(kept):
        out.setdefault((row.received_month, row.procedure), Tally()).add_row(row)
    return out


def _months(bo: Backoffice, actor: Actor, first: str, last: str) -> list[MonthFigures]:
    require(actor, "dashboard.view")
    depts = _departments(actor)
    if depts is not None and not depts:
        return [MonthFigures(m, ()) for m in _month_keys(first, last)]
    with bo.db.read() as s:
        sums = tallies(s, bo.catalog, bo.calendar, first, last, departments=depts)
    result = []
    for m in _month_keys(first, last):
        procs = sorted(((code, t) for (mm, code), t in sums.items() if mm == m and t.received),
                       key=lambda ct: ct[0])
        total = Tally()
        for _, t in procs:
            total.merge(t)
        result.append(MonthFigures(m, tuple(_finish(code, bo.catalog, t) for code, t in procs),
                                   _finish(TOTAL, bo.catalog, total) if procs else None))
    return result


def _month_keys(first: str, last: str) -> list[str]:
    keys, m = [], first
    while m <= last:
        keys.append(m)
        m = add_months(m, 1)
    return keys


def month_figures(bo: Backoffice, actor: Actor, month: str) -> MonthFigures:
    """The figures of one month: one entry per procedure that received anything in it
    (an empty month gives no entries, not an error)."""
    parse_month(month)
    return _months(bo, actor, month, month)[0]


def trend(bo: Backoffice, actor: Actor, last: str, months: int = 12) -> list[MonthFigures]:
    """The figures of `months` months ending with `last`, oldest first (for the charts)."""
    parse_month(last)
    return _months(bo, actor, add_months(last, -(months - 1)), last)


# --- retention: what the run keeps of the applications it removes --------------------------


def retained_rows(s: Session, catalog: Catalog, calendar: BusinessCalendar, *,
                  deleted: Sequence[int], anonymized: Sequence[int], now: datetime
                  ) -> list[FigureAggregate]:
    """The figure_aggregates rows for one retention run, made before it deletes `deleted`
    and anonymizes `anonymized` (application primary keys): everything about the deleted
    ones, and the return reasons of the anonymized ones (whose reason texts it clears;
    their other facts stay readable in their rows)."""
    a, e = Application, ApplicationEvent
    sums: dict[Any, Tally] = {}
    standards = {p.code: p.processing_days for p in catalog}
    index = DayIndex(calendar)
    matcher = ReasonMatcher.load()
    for start in range(0, len(deleted), 500):
        apps, _, _ = statements(datetime(1900, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC),
                                dialect=dialect(s), pks=list(deleted[start:start + 500]))
        accumulate(s.connection().execute(apps), index, standards, sums, by_department=True)
    pks = list(deleted) + list(anonymized)
    for start in range(0, len(pks), 500):
        chunk = pks[start:start + 500]
        for procedure, department, received_at, reason in s.execute(
                select(a.procedure, a.department, a.received_at, e.reason)
                .join(a, a.id == e.application_pk)
                .where(a.id.in_(chunk), e.action == "return", e.reason.is_not(None))):
            title = matcher.classify(reason)
            if title is not None:
                key = (f"{_jst(received_at):%Y-%m}", procedure, department)
                sums.setdefault(key, Tally()).return_reasons[title] += 1
    rows = []
    for (month, procedure, department), t in sorted(sums.items()):
        rows.append(FigureAggregate(
            procedure=procedure, department=department, received_month=month,
            received_online=t.received_online, received_counter=t.received_counter,
            completed=t.completed, online_complete=t.online_complete, ended=t.ended,
            rejected=t.rejected, withdrawn=t.withdrawn, returned=t.returned, paper=t.paper,
            touches=t.touches, with_standard=t.with_standard, within_standard=t.within_standard,
            days={str(k): v for k, v in sorted(t.days.items())},
            return_reasons=dict(sorted(t.return_reasons.items())), run_at=now))
    return rows
