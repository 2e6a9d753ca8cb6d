from datetime import date

import pytest

from backoffice.issuance.era import ERAS, era_year, kanji_number, to_wareki, to_wareki_year


def test_example_from_the_brief():
    assert to_wareki(date(2026, 11, 28)) == "令和8年11月28日"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # 明治: from 1868-01-25 by the official convention
        (date(1868, 1, 25), "明治元年1月25日"),
        (date(1869, 1, 1), "明治2年1月1日"),
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1912, 7, 30), "大正元年7月30日"),
        (date(1913, 1, 1), "大正2年1月1日"),
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1927, 1, 1), "昭和2年1月1日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(1990, 1, 1), "平成2年1月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2020, 1, 1), "令和2年1月1日"),
    ],
)
def test_boundaries(day, expected):
    assert to_wareki(day) == expected


def test_era_year_pairs():
    assert era_year(date(2019, 5, 1)) == ("令和", 1)
    assert era_year(date(1989, 1, 7)) == ("昭和", 64)
    assert era_year(date(1985, 4, 1)) == ("昭和", 60)
    assert [name for _, name in ERAS] == ["令和", "平成", "昭和", "大正", "明治"]


@pytest.mark.parametrize("day", [date(1868, 1, 24), date(1800, 1, 1), date(1, 1, 1)])
def test_before_meiji_is_refused(day):
    with pytest.raises(ValueError, match="明治"):
        to_wareki(day)


def test_kanji_numerals_are_optional():
    assert to_wareki(date(2026, 11, 28), kanji=True) == "令和八年十一月二十八日"
    assert to_wareki(date(2019, 5, 10), kanji=True) == "令和元年五月十日"
    assert kanji_number(31) == "三十一"
    assert to_wareki_year(date(2019, 6, 1)) == "令和元年"
