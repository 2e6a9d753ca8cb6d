"""Deadline classes for progress management (brief.md capability 5).

An application is *overdue* when today is past its due date (the due date itself is still
on time), *due soon* when the due date is today or within the next 2 business days, and
*on time* otherwise. Ageing counts business days since receipt, receipt day not counted
(初日不算入, as for the due date itself; 行政手続法第6条).

The SQL side (dashboard) needs the same rules as date cut-offs, so the classes are also
expressed as boundaries: `due_soon_until(today)` and `ageing_cutoffs(today)`.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from backoffice.platform.calendar import BusinessCalendar

log = logging.getLogger(__name__)

DUE_SOON_BUSINESS_DAYS = 2
OVERDUE, DUE_SOON, ON_TIME = "overdue", "due_soon", "on_time"
# ageing buckets: (label, greatest business-day age in the bucket); the last is open-ended
AGEING_BUCKETS: tuple[tuple[str, int | None], ...] = (("0-2", 2), ("3-5", 5), ("6-10", 10), (">10", None))


def due_soon_until(cal: BusinessCalendar, today: date) -> date:
    """The last due date that still counts as due soon."""
    return cal.add_business_days(today, DUE_SOON_BUSINESS_DAYS)


def classify(cal: BusinessCalendar, due: date | None, today: date) -> str | None:
    """overdue / due_soon / on_time, or None when the procedure has no processing period."""
    if due is None:
        return None
    if due < today:
        return OVERDUE
    if due <= due_soon_until(cal, today):
        return DUE_SOON
    return ON_TIME


def business_days_late(cal: BusinessCalendar, due: date, today: date) -> int:
    """How many business days past the due date (0 when not overdue)."""
    return cal.business_days_between(due, today)


def ageing_days(cal: BusinessCalendar, received: date, today: date) -> int:
    return cal.business_days_between(received, today)


def ageing_bucket(cal: BusinessCalendar, received: date, today: date) -> str:
    age = ageing_days(cal, received, today)
    for label, upper in AGEING_BUCKETS:
        if upper is None or age <= upper:
            return label
    raise AssertionError("unreachable")


def ageing_cutoffs(cal: BusinessCalendar, today: date) -> list[date]:
    """For each bounded bucket (upper bound k), the earliest receipt date whose age is <= k.

    Age only grows as the receipt date moves back, so "received on or after cutoff[i]" is
    exactly "age <= k_i": one CASE expression in SQL instead of a calendar per row."""
    bounds = [upper for _label, upper in AGEING_BUCKETS if upper is not None]
    cutoffs: list[date] = []
    d, age = today, 0  # age of a receipt on day d
    for k in bounds:
        # step back while the day before d still has age <= k
        while True:
            prev_age = age + (1 if cal.is_business_day(d) else 0)  # age(d - 1)
            if prev_age > k:
                break
            d, age = d - timedelta(days=1), prev_age
        cutoffs.append(d)
    return cutoffs
