"""The figures for 業務改革 (issue 18): per procedure and month of receipt, how many
applications came online and at the counter, how many were completed online from start to
finish (真の普及), processing time in business days, corrections, rejections, withdrawals,
paper, staff touches. docs/figures.md says what each figure means and how it is computed.

The module's parts: figures_sql.py makes the statements (one reads the applications
received in the period, their events folded into a few flags, grouped by procedure, month
and processing days, a decided application's business days counted in SQL through the
business-day index of backoffice/platform/calendar.py made here by `day_table`), and
figures_tally.py adds the groups up per procedure and month; here they are run, the
aggregates the retention run kept for the applications it deleted (`figure_aggregates`,
written by `retained_rows()` below) are added, so a month's figures stay the same after
retention, and the sums become rates, medians and percentiles. The figures hold no
personal data and are not audited (like the dashboard); a supervisor limited to some
departments sees only theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.db.engine import dialect
from backoffice.db.models import Application, ApplicationEvent
from backoffice.db.models_figures import FigureAggregate
from backoffice.platform.calendar import BusinessCalendar
from backoffice.platform.catalog import Catalog
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import UsageError
from backoffice.platform.timeutil import JST, to_jst, today_jst
from backoffice.supervision.figures_sql import plan_for_postgresql, statements
from backoffice.supervision.figures_tally import (  # noqa: F401  (FREE_TEXT, percentile: for the reports and tests)
    FREE_TEXT,
    DayIndex,
    ReasonMatcher,
    Tally,
    accumulate,
    percentile,
    ratio,
)

MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
TOTAL = "*"  # the procedure code of the every-procedure line


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
        online_completion_rate=ratio(t.online_complete, t.completed),
        processing_days_median=percentile(t.days, 0.5),
        processing_days_p90=percentile(t.days, 0.9),
        within_standard_rate=ratio(t.within_standard, t.with_standard),
        returned_rate=ratio(t.returned, t.received),
        rejected_rate=ratio(t.rejected, t.ended),
        withdrawn_rate=ratio(t.withdrawn, t.ended),
        paper_attachment_rate=ratio(t.paper, t.received),
        touches_per_application=ratio(t.touches, t.received),
        return_reasons=tuple(sorted(t.return_reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        completed=t.completed, decided=sum(t.days.values()),
        standard_days=proc.processing_days if proc else None,
    )


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
        plan_for_postgresql(conn)
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
