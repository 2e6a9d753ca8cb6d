"""compare.fold_address skips the steps that cannot change a text and replaces kanji digits
with str.replace: the result is the same as the rules applied one by one, every time
(the reference below is the spec §4 reading written step by step, as it was before)."""

from __future__ import annotations

import random
import re
import unicodedata

from backoffice.records.compare import _kanji_number, fold_address

_STEPS = [
    (re.compile(r"[〇零一二三四五六七八九十百千]+"), _kanji_number),
    (re.compile(r"(?<=\d)ー(?=\d)"), "-"),
    (re.compile(r"[\u2010-\u2015\u2212\u30fc\uff70\u2043\ufe63-]"), "-"),
    (re.compile(r"(?<=\d)(丁目|番地の|番の|番地|番|の)(?=\d)"), "-"),
    (re.compile(r"(?<=\d)(丁目|番地|番|号)(?!\d)"), ""),
    (re.compile(r"-+"), "-"),
]


def _reference(address: str) -> str:
    text = "".join(unicodedata.normalize("NFKC", address).split())
    for pattern, repl in _STEPS:
        text = pattern.sub(repl, text)
    return text.strip("-")


def test_the_address_forms_of_the_spec_fold_alike():
    forms = ["大阪府大阪市北区梅田二丁目1番1号", "大阪府大阪市北区梅田2丁目1-1", "大阪府大阪市北区梅田2-1-1",
             "大阪府大阪市北区梅田２－１－１", "大阪府大阪市北区梅田 2ー1ー1", "大阪府大阪市北区梅田2‐1‐1号"]
    assert {fold_address(f) for f in forms} == {"大阪府大阪市北区梅田2-1-1"}
    # 千 is read as a numeral wherever it stands: the same on both sides, and for comparing only
    assert fold_address("東京都千代田区千代田1番1号") == "東京都1000代田区1000代田1-1"
    assert fold_address("二十三番地の五") == "23-5"
    assert fold_address("〇一丁目") == "1"  # a leading zero is dropped as int() does
    assert fold_address("一〇丁目") == "10"
    assert fold_address("") == "" and fold_address("--") == ""


def test_fold_address_equals_the_rules_one_by_one_on_random_text():
    alphabet = list("〇零一二三四五六七八九十百千0123456789０１２-ー－‐‑‒–—―−ｰ⁃﹣ 　大阪府北区中之島ア丁目番地の号") + \
        ["丁目", "番地", "番", "号", "の", "--", "番地の"]
    rng = random.Random(20261130)
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert fold_address(text) == _reference(text), text
