"""Business-day deadline classes across the 2026/27 year-end closure, Golden Week 2027 and
a correction pause; the SQL cut-offs agree with the per-day rule on every date."""

from datetime import date, timedelta

import pytest

from backoffice.platform.calendar import BusinessCalendar
from backoffice.supervision import deadlines

CAL = BusinessCalendar()


def test_year_end_closure_2026_27():
    # Fri 12/25 + 2 business days: Mon 12/28, then 12/29-1/3 closed, Mon 1/4
    assert CAL.add_business_days(date(2026, 12, 25), 2) == date(2027, 1, 4)
    assert deadlines.due_soon_until(CAL, date(2026, 12, 28)) == date(2027, 1, 5)
    today = date(2026, 12, 28)
    assert deadlines.classify(CAL, date(2027, 1, 5), today) == deadlines.DUE_SOON
    assert deadlines.classify(CAL, date(2027, 1, 6), today) == deadlines.ON_TIME
    assert deadlines.classify(CAL, date(2026, 12, 28), today) == deadlines.DUE_SOON  # due today: not late
    assert deadlines.classify(CAL, date(2026, 12, 25), today) == deadlines.OVERDUE
    assert deadlines.classify(CAL, None, today) is None
    # due Fri 12/25, seen Wed 1/6: late on 12/28, 1/4, 1/5, 1/6
    assert deadlines.business_days_late(CAL, date(2026, 12, 25), date(2027, 1, 6)) == 4
    # received during the closure: nothing counts until 1/4
    assert deadlines.ageing_days(CAL, date(2026, 12, 29), date(2027, 1, 3)) == 0
    assert deadlines.ageing_bucket(CAL, date(2026, 12, 21), date(2027, 1, 6)) == "6-10"


def test_golden_week_2027():
    # Thu 4/29 Showa Day; Fri 4/30 open; 5/3-5/5 holidays; Thu 5/6 open
    assert not CAL.is_business_day(date(2027, 4, 29))
    assert CAL.add_business_days(date(2027, 4, 28), 3) == date(2027, 5, 7)
    assert deadlines.due_soon_until(CAL, date(2027, 4, 30)) == date(2027, 5, 7)
    assert deadlines.classify(CAL, date(2027, 5, 7), date(2027, 4, 30)) == deadlines.DUE_SOON
    assert deadlines.classify(CAL, date(2027, 5, 10), date(2027, 4, 30)) == deadlines.ON_TIME
    assert deadlines.ageing_days(CAL, date(2027, 4, 28), date(2027, 5, 6)) == 2
    assert deadlines.ageing_bucket(CAL, date(2027, 4, 26), date(2027, 5, 7)) == "3-5"  # 27,28,30,6,7


def test_correction_pause_moves_the_deadline_by_business_days():
    received = date(2027, 4, 26)  # Mon; 5 days: 4/27, 4/28, 4/30, 5/6, 5/7
    assert CAL.due_date(received, 5) == date(2027, 5, 7)
    # the applicant took 3 business days to correct: 5/10, 5/11, 5/12
    paused = CAL.due_date(received, 5, paused_days=3)
    assert paused == date(2027, 5, 12)
    assert deadlines.classify(CAL, paused, date(2027, 5, 10)) == deadlines.DUE_SOON
    assert deadlines.classify(CAL, CAL.due_date(received, 5), date(2027, 5, 10)) == deadlines.OVERDUE


def test_city_closure_counts_like_a_holiday():
    cal = BusinessCalendar([date(2027, 1, 4)])
    assert cal.add_business_days(date(2026, 12, 28), 1) == date(2027, 1, 5)
    assert deadlines.due_soon_until(cal, date(2026, 12, 28)) == date(2027, 1, 6)


@pytest.mark.parametrize("today", [date(2027, 1, 6), date(2027, 1, 4), date(2027, 5, 6),
                                   date(2027, 5, 9), date(2026, 12, 30)])
def test_sql_cutoffs_agree_with_the_per_day_rule(today):
    cutoffs = deadlines.ageing_cutoffs(CAL, today)
    labels = [label for label, _ in deadlines.AGEING_BUCKETS]
    for back in range(0, 60):
        received = today - timedelta(days=back)
        by_cutoff = next((labels[i] for i, c in enumerate(cutoffs) if received >= c), labels[-1])
        assert by_cutoff == deadlines.ageing_bucket(CAL, received, today), received
