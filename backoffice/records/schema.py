"""The shape of an answer line and of the records in it (records-v1 §2.2), checked without
the database. Each function returns a problem in words, or None when the value is right.
Keys the spec does not name are ignored (a later version may add some)."""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import Any

from backoffice.platform.timeutil import parse_rfc3339
from backoffice.records.policy import RESULTS

MAX_REQUEST_ID = 64
SEAL_MM = (8, 25)
_PNG = b"\x89PNG\r\n\x1a\n"


def _str(obj: dict[str, Any], key: str, where: str, *, empty: bool = True) -> str | None:
    v = obj.get(key)
    if not isinstance(v, str):
        return f"{where}{key} must be a string"
    if not empty and not v:
        return f"{where}{key} must not be empty"
    return None


def _date(obj: dict[str, Any], key: str, where: str) -> str | None:
    v = obj.get(key)
    if not isinstance(v, str) or len(v) != 10:
        return f"{where}{key} must be a date YYYY-MM-DD"
    try:
        date.fromisoformat(v)
    except ValueError:
        return f"{where}{key} must be a date YYYY-MM-DD"
    return None


def _int(obj: dict[str, Any], key: str, where: str, *, low: int = 0) -> str | None:
    v = obj.get(key)
    if not isinstance(v, int) or isinstance(v, bool) or v < low:
        return f"{where}{key} must be a whole number of at least {low}"
    return None


def _is_date(v: Any) -> bool:
    if not isinstance(v, str) or len(v) != 10:
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _person_ok(p: Any) -> bool:
    """Does P pass every check of person() (without the household extras)? The same checks
    without building any message, for the usual case."""
    return (isinstance(p, dict) and isinstance(name := p.get("name"), str) and name != ""
            and isinstance(p.get("name_kana"), str) and p.get("sex") in ("1", "2")
            and isinstance(p.get("address"), str) and isinstance(p.get("postal_code"), str)
            and _is_date(p.get("birth")))


def _member_ok(m: Any) -> bool:
    """_person_ok, and the household extras (relationship, resident_since)."""
    return _person_ok(m) and isinstance(m.get("relationship"), str) and _is_date(m.get("resident_since"))


def person(p: Any, where: str, *, extra: tuple[str, ...] = ()) -> str | None:
    """P = {name, name_kana, birth, sex "1"|"2", address, postal_code} (+ household extras)."""
    # the usual case first, in one expression: every check below passes (the same checks,
    # without building each one's message); a person that fails one is looked at in order
    if (_person_ok(p)
            and ("relationship" not in extra or isinstance(p.get("relationship"), str))
            and ("resident_since" not in extra or _is_date(p.get("resident_since")))):
        return None
    if not isinstance(p, dict):
        return f"{where.rstrip('.')} must be an object"
    for check in (_str(p, "name", where, empty=False), _str(p, "name_kana", where), _date(p, "birth", where),
                  None if p.get("sex") in ("1", "2") else f"{where}sex must be \"1\" or \"2\"",
                  _str(p, "address", where), _str(p, "postal_code", where)):
        if check:
            return check
    if "relationship" in extra and (problem := _str(p, "relationship", where)):
        return problem
    if "resident_since" in extra and (problem := _date(p, "resident_since", where)):
        return problem
    return None


def _resident_ok(r: dict[str, Any]) -> bool:
    """Does the record pass every check of _resident()? The usual case, without messages."""
    if not (_person_ok(r.get("person")) and isinstance(r.get("householder"), str)
            and isinstance(r.get("relationship"), str) and _is_date(r.get("resident_since"))
            and ((v := r.get("honseki")) is None or isinstance(v, str))
            and ((v := r.get("hittousha")) is None or isinstance(v, str))):
        return False
    household = r.get("household")
    if not isinstance(household, list) or not household:
        return False
    for m in household:
        if not _member_ok(m):
            return False
    return True


def _resident(r: dict[str, Any]) -> str | None:
    if _resident_ok(r):  # the usual case; otherwise the first problem in order, in words
        return None
    for check in (person(r.get("person"), "record.person."), _str(r, "householder", "record."),
                  _str(r, "relationship", "record."), _date(r, "resident_since", "record.")):
        if check:
            return check
    for key in ("honseki", "hittousha"):
        if key in r and r[key] is not None and not isinstance(r[key], str):
            return f"record.{key} must be a string"
    household = r.get("household")
    if not isinstance(household, list) or not household:
        return "record.household must be a list of every member (at least the person)"
    for i, m in enumerate(household):
        if problem := person(m, f"record.household[{i}].", extra=("relationship", "resident_since")):
            return problem
    return None


def _seal(r: dict[str, Any]) -> str | None:
    for check in (person(r.get("person"), "record.person."),
                  _str(r, "registration_number", "record.", empty=False), _date(r, "registered_on", "record.")):
        if check:
            return check
    mm = r.get("seal_mm")
    if not isinstance(mm, (int, float)) or isinstance(mm, bool) or not SEAL_MM[0] <= mm <= SEAL_MM[1]:
        return f"record.seal_mm must be a size in millimetres from {SEAL_MM[0]} to {SEAL_MM[1]}"
    png = r.get("seal_png")
    if not isinstance(png, str):
        return "record.seal_png must be a base64 PNG"
    try:
        raw = base64.b64decode(png, validate=True)
    except (binascii.Error, ValueError):
        return "record.seal_png is not valid base64"
    if not raw.startswith(_PNG):
        return "record.seal_png is not a PNG image"
    return None


def _tax(r: dict[str, Any]) -> str | None:
    for check in (person(r.get("person"), "record.person."), _int(r, "fiscal_year", "record.", low=1989),
                  _int(r, "income_total", "record."), _int(r, "taxable_income", "record."),
                  _int(r, "municipal_tax", "record."), _int(r, "prefectural_tax", "record.")):
        if check:
            return check
    if not isinstance(r.get("taxable"), bool):
        return "record.taxable must be true or false"
    return None


def _koseki(r: dict[str, Any]) -> str | None:
    for check in (_str(r, "honseki", "record.", empty=False), _str(r, "hittousha", "record.", empty=False)):
        if check:
            return check
    members = r.get("members")
    if not isinstance(members, list) or not members:
        return "record.members must be a list of at least one member"
    for i, m in enumerate(members):
        where = f"record.members[{i}]."
        if not isinstance(m, dict):
            return f"record.members[{i}] must be an object"
        for check in (_str(m, "name", where, empty=False), _date(m, "birth", where),
                      None if m.get("sex") in ("1", "2") else f"{where}sex must be \"1\" or \"2\"",
                      _str(m, "relationship", where)):
            if check:
                return check
        events = m.get("events")
        if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
            return f"{where}events must be a list of strings"
    return None


RECORD_CHECKS = {"resident": _resident, "seal": _seal, "tax": _tax, "koseki": _koseki}


def answer(obj: Any, kind: str | None) -> str | None:
    """The line's problem, or None. kind: the kind of the request it answers (None when the
    request is unknown: its record is checked as an object only; check 5 refuses it)."""
    if not isinstance(obj, dict):
        return "a line must be a JSON object"
    rid = obj.get("request_id")
    if not isinstance(rid, str) or not rid or len(rid) > MAX_REQUEST_ID:
        return f"request_id must be a string of 1 to {MAX_REQUEST_ID} characters"
    result = obj.get("result")
    if result not in RESULTS:
        return f"result must be one of {', '.join(RESULTS)}"
    as_of = obj.get("as_of")
    try:
        parse_rfc3339(as_of if isinstance(as_of, str) else "")
    except (ValueError, TypeError):
        return "as_of must be an RFC 3339 date-time with offset"
    record = obj.get("record")
    if result != "found":
        if record is not None:
            return f"record is present only with result found (this one is {result})"
        return None
    if not isinstance(record, dict):
        return "record must be an object when result is found"
    return RECORD_CHECKS[kind](record) if kind is not None else None
