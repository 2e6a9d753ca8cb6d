"""schema.person: the one-expression usual case (records/schema.py) accepts exactly what the
field-by-field checks accept; every wrong field of a person or household member is still
refused with its own words."""

from __future__ import annotations

import pytest

from backoffice.records import schema

GOOD = {"name": "山田 太郎", "name_kana": "ヤマダ タロウ", "birth": "1980-01-01", "sex": "1",
        "address": "大阪府大阪市北区中之島1-3-20", "postal_code": "530-0005",
        "relationship": "世帯主", "resident_since": "2010-04-01"}
MEMBER = ("relationship", "resident_since")


def test_a_right_person_and_member_pass():
    assert schema.person(GOOD, "record.person.") is None
    assert schema.person(GOOD, "record.household[0].", extra=MEMBER) is None


@pytest.mark.parametrize(("key", "value", "words"), [
    ("name", "", "record.household[0].name must not be empty"),
    ("name", 7, "record.household[0].name must be a string"),
    ("name_kana", None, "record.household[0].name_kana must be a string"),
    ("birth", "1980-13-01", "record.household[0].birth must be a date YYYY-MM-DD"),
    ("birth", "1980-1-1", "record.household[0].birth must be a date YYYY-MM-DD"),
    ("birth", 19800101, "record.household[0].birth must be a date YYYY-MM-DD"),
    ("sex", 1, 'record.household[0].sex must be "1" or "2"'),
    ("sex", ["1"], 'record.household[0].sex must be "1" or "2"'),
    ("address", None, "record.household[0].address must be a string"),
    ("postal_code", 5300005, "record.household[0].postal_code must be a string"),
    ("relationship", None, "record.household[0].relationship must be a string"),
    ("resident_since", "2010-02-30", "record.household[0].resident_since must be a date YYYY-MM-DD"),
])
def test_each_wrong_field_is_refused_in_words(key, value, words):
    assert schema.person(GOOD | {key: value}, "record.household[0].", extra=MEMBER) == words
    missing = {k: v for k, v in GOOD.items() if k != key}
    assert schema.person(missing, "record.household[0].", extra=MEMBER) is not None


def test_member_fields_are_checked_only_for_members():
    assert schema.person(GOOD | {"relationship": None, "resident_since": "x"}, "record.person.") is None


def test_not_an_object():
    assert schema.person(["山田"], "record.person.") == "record.person must be an object"
