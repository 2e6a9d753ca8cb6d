"""審査前処理 (records-v1 §4): the register's person compared with what the applicant wrote
and with the four facts of the JPKI signing certificate.

The folded forms are for comparing only; nothing folded is ever shown or printed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import jaconv

# Common variant kanji (異体字) folded to the everyday form, for comparing names only.
_VARIANTS = {
    "髙": "高", "﨑": "崎", "嵜": "崎", "邊": "辺", "邉": "辺", "齋": "斎", "齊": "斎",
    "𠮷": "吉", "濱": "浜", "濵": "浜", "澤": "沢", "嶋": "島", "嶌": "島", "廣": "広",
    "櫻": "桜", "國": "国", "圀": "国", "冨": "富", "德": "徳", "惠": "恵", "槇": "槙",
    "眞": "真", "瀨": "瀬", "曻": "昇", "鷗": "鴎", "栁": "柳",
    "桒": "桑", "淺": "浅", "藏": "蔵", "條": "条", "髮": "髪",
}
_FOLD = str.maketrans(_VARIANTS)

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_NUMBER = re.compile(r"[〇零一二三四五六七八九十百千]+")
_KANJI_DIGITS = tuple((k, str(v)) for k, v in _DIGITS.items() if v)  # 一..九
# Hyphen-like characters people type in addresses (NFKC leaves most of them alone), the
# katakana long mark among them (so one between digits, typed for a dash, needs no rule of
# its own); the ASCII hyphen is already one
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u30fc\uff70\u2043\ufe63]")
_BETWEEN = re.compile(r"(?<=\d)(丁目|番地の|番の|番地|番|の)(?=\d)")
_AFTER = re.compile(r"(?<=\d)(丁目|番地|番|号)(?!\d)")
_RUNS = re.compile(r"-+")


def _kanji_number(m: re.Match[str]) -> str:
    return str(_kanji_to_int(m.group()))


def fold_name(name: str) -> str:
    """NFKC, whitespace removed, common variant kanji folded (髙→高, 﨑→崎, 邊/邉→辺, 齋/齊→斎)."""
    text = unicodedata.normalize("NFKC", name or "")
    return "".join(text.split()).translate(_FOLD)


def _kanji_to_int(run: str) -> int:
    """一 → 1, 二十三 → 23, 百五 → 105, 二〇二六 → 2026 (digit by digit when no unit)."""
    if not any(c in _UNITS for c in run):
        return int("".join(str(_DIGITS[c]) for c in run))
    total, current = 0, 0
    for c in run:
        if c in _DIGITS:
            current = current * 10 + _DIGITS[c] if current else _DIGITS[c]
        else:
            total += (current or 1) * _UNITS[c]
            current = 0
    return total + current


def fold_address(address: str) -> str:
    """One form for 「二丁目1番1号」, 「2丁目1-1」, 「2-1-1」, full or half width: NFKC,
    kanji numerals as digits, 丁目/番地/番/の between numbers as '-', 号 dropped, spaces
    and hyphen variants unified.

    The steps that cannot change a text are skipped (their characters are absent), and kanji
    numerals without 十/百/千 or a zero (which would drop leading zeros) are replaced digit
    by digit (str.replace instead of a regular expression calling back per number)."""
    text = "".join(unicodedata.normalize("NFKC", address or "").split())
    if "十" in text or "百" in text or "千" in text or "〇" in text or "零" in text:
        text = _KANJI_NUMBER.sub(_kanji_number, text)
    else:  # digit by digit: the same as _kanji_number without units or a zero
        for kanji, digit in _KANJI_DIGITS:
            if kanji in text:
                text = text.replace(kanji, digit)
    text = _DASHES.sub("-", text)
    if "丁" in text or "番" in text or "の" in text or "号" in text:
        text = _BETWEEN.sub("-", text)
        text = _AFTER.sub("", text)
    if "--" in text:
        text = _RUNS.sub("-", text)
    return text.strip("-")


def fold_kana(kana: str) -> str:
    return "".join(jaconv.hira2kata(unicodedata.normalize("NFKC", kana or "")).split())


@dataclass(frozen=True)
class Comparison:
    """What differs between the register and the application (empty: all equal)."""

    findings: tuple[str, ...]

    @property
    def equal(self) -> bool:
        return not self.findings


def _person_findings(person: dict[str, Any], name: str | None, birth: str | None,
                     address: str | None, prefix: str = "", sex: str | None = None) -> list[str]:
    found = []
    # the same text folds the same: only different texts are folded and compared
    if name is not None and name != (theirs := str(person.get("name", ""))) and fold_name(name) != fold_name(theirs):
        found.append(f"{prefix}name")
    if birth != person.get("birth") and (birth is not None or not prefix):
        found.append(f"{prefix}birth")
    if (address is not None and address != (theirs := str(person.get("address", "")))
            and fold_address(address) != fold_address(theirs)):
        found.append(f"{prefix}address")
    if sex is not None and sex != person.get("sex"):
        found.append(f"{prefix}sex")
    return found


def compare(kind: str, record: dict[str, Any], subject: dict[str, Any],
            jpki: dict[str, Any] | None) -> Comparison:
    """§4 for a `found` record. subject: the request's subject (name, birth, address);
    jpki: the request's four facts or None. A fact the applicant left out (birth) counts as
    different: nothing the register says is taken on trust without a person looking.

    koseki records have no single person: the applicant must be one of the members (same
    folded name and birth); the address is not part of a family register."""
    if kind == "koseki":
        members = [m for m in record.get("members", []) if isinstance(m, dict)]
        named = [m for m in members if fold_name(str(m.get("name", ""))) == fold_name(subject.get("name") or "")]
        if not named:
            return Comparison(("name",))
        if not any(m.get("birth") == subject.get("birth") for m in named):
            return Comparison(("birth",))
        return Comparison(())
    person = record.get("person") or {}
    found = _person_findings(person, subject.get("name") or "", subject.get("birth"),
                             subject.get("address") or "")
    if jpki:
        found += _person_findings(person, jpki.get("name"), jpki.get("birth"), jpki.get("address"),
                                  prefix="jpki.", sex=jpki.get("sex"))
    return Comparison(tuple(found))
