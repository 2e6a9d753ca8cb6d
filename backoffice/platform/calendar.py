"""Business days for standard processing periods (標準処理期間, 行政手続法第6条).

Weekends, Japanese national holidays (the maintained `holidays` tables, including
substitute and citizens' holidays), the year-end closure 12/29-1/3 and city closures from
the configuration are not business days. The day of receipt is not counted (初日不算入).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _national(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("JP", years=year).keys())


def is_year_end_closure(d: date) -> bool:
    return (d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3)


class BusinessCalendar:
    def __init__(self, closures: Iterable[date] = ()) -> None:
        self.closures = frozenset(closures)

    def is_business_day(self, d: date) -> bool:
        return not (
            d.weekday() >= 5
            or d in _national(d.year)
            or is_year_end_closure(d)
            or d in self.closures
        )

    def add_business_days(self, start: date, days: int) -> date:
        """The `days`-th business day after `start` (start itself never counts)."""
        if days < 0:
            raise ValueError("days must not be negative")
        d, left = start, days
        while left > 0:
            d += timedelta(days=1)
            if self.is_business_day(d):
                left -= 1
        return d

    def business_days_between(self, start: date, end: date) -> int:
        """Business days in (start, end]: how many count when waiting from start to end."""
        if end <= start:
            return 0
        n, d = 0, start
        while d < end:
            d += timedelta(days=1)
            if self.is_business_day(d):
                n += 1
        return n

    def due_date(self, received: date, processing_days: int | None, paused_days: int = 0) -> date | None:
        if processing_days is None:
            return None
        return self.add_business_days(received, processing_days + paused_days)
