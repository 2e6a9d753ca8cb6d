"""Japanese-era (和暦) dates for printed certificates.

Boundaries follow the official convention: 明治 is counted from 1868-01-25 (明治改元の詔 applied
retroactively, dates given in the Gregorian calendar as the Family Register offices do); the
first year of an era prints as 「元年」. Dates before 明治 have no Gregorian-based 和暦 here.
"""

from __future__ import annotations

import logging
from datetime import date

log = logging.getLogger(__name__)

# (first day, era name), newest first so lookup is a short scan.
ERAS: tuple[tuple[date, str], ...] = (
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
    (date(1912, 7, 30), "大正"),
    (date(1868, 1, 25), "明治"),
)

_KANJI_DIGITS = "〇一二三四五六七八九"


def era_year(d: date) -> tuple[str, int]:
    """(era name, year within the era) for a date; ValueError before 明治."""
    for start, name in ERAS:
        if d >= start:
            return name, d.year - start.year + 1
    raise ValueError(f"{d.isoformat()} is before the 明治 era (1868-01-25)")


def kanji_number(n: int) -> str:
    """Positional-free kanji numeral as used in vertical/formal dates: 12 -> 十二, 31 -> 三十一."""
    if n <= 0 or n >= 100:
        raise ValueError(f"kanji_number supports 1..99, got {n}")
    tens, ones = divmod(n, 10)
    out = ""
    if tens:
        out = ("" if tens == 1 else _KANJI_DIGITS[tens]) + "十"
    if ones:
        out += _KANJI_DIGITS[ones]
    return out


def _num(n: int, kanji: bool) -> str:
    return kanji_number(n) if kanji else str(n)


def to_wareki(d: date, *, kanji: bool = False) -> str:
    """date(2026, 11, 28) -> 「令和8年11月28日」; date(2019, 5, 1) -> 「令和元年5月1日」.

    With kanji=True: 「令和八年十一月二十八日」 (formal documents printed vertically).
    """
    name, year = era_year(d)
    year_text = "元" if year == 1 else _num(year, kanji)
    return f"{name}{year_text}年{_num(d.month, kanji)}月{_num(d.day, kanji)}日"


def to_wareki_year(d: date, *, kanji: bool = False) -> str:
    """Only the era year: 「令和8年」 (e.g. 年度 on tax certificates)."""
    name, year = era_year(d)
    return f"{name}{'元' if year == 1 else _num(year, kanji)}年"
