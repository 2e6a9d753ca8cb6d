"""The figures' sums (issue 18): what the applications statement's groups add up to per
procedure and month (`Tally`, filled by `accumulate`), the nearest-rank percentiles of the
processing days, the business-day index those days are counted with when SQL could not
count them, and the classification of return reasons by the template they were written
from. No database access here: backoffice/supervision/figures_sql.py makes the
statements, figures.py runs them and turns the sums into rates."""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from backoffice.db.models_figures import FigureAggregate
from backoffice.platform.calendar import BusinessCalendar
from backoffice.platform.resources import resource_path

FREE_TEXT = ""  # the return-reason key of a reason written without a template
ADDITIVE = ("received_online", "received_counter", "completed", "online_complete", "ended",
            "rejected", "withdrawn", "returned", "paper", "touches", "with_standard",
            "within_standard")


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


# --- per procedure and month ----------------------------------------------------------------


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
        for name in ADDITIVE:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.days.update(other.days)
        self.return_reasons.update(other.return_reasons)

    def add_row(self, r: FigureAggregate) -> None:
        for name in ADDITIVE:
            setattr(self, name, getattr(self, name) + getattr(r, name))
        for k, v in (r.days or {}).items():
            self.days[int(k)] += int(v)
        for k, v in (r.return_reasons or {}).items():
            self.return_reasons[str(k)] += int(v)


def ratio(n: int, d: int) -> float | None:
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


# --- business days --------------------------------------------------------------------------


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


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def accumulate(rows: Iterable[Sequence[Any]], days: Callable[[date], int], standards: dict[str, int | None],
               out: dict[Any, Tally], *, by_department: bool = False) -> None:
    """Add each group of the applications statement (figures_sql.statements) to its month's
    and procedure's Tally (key (month, procedure), or (month, procedure, department));
    `days` is the business-day index (a DayIndex). docs/figures.md says what counts."""
    for (procedure, department, month, bdays, rday, dday, paused, n, counter, withdrawn, rejected, ended,
         completed, online_complete, returned, paper, touches) in rows:
        if isinstance(month, int):  # yyyymm (figures_sql on PostgreSQL)
            month = f"{month // 100:04d}-{month % 100:02d}"
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
