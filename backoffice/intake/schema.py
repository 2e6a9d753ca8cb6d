"""JSON parsing and schema checks for gateway/1 (bundle-v1 §6) and application/1 (§4).

parse_json() refuses what is not strict RFC 8259 JSON in UTF-8 (invalid_json);
check_gateway() and check_application() refuse what does not fit the schema
(schema_error). Every detail names the member and the field. Nothing is normalized:
the parsed values are kept exactly as sent (names outside JIS X 0208 included).
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date
from typing import Any

from backoffice.intake.textrules import (
    APPLICATION_LIMITS,
    GATEWAY_LIMITS,
    INTEGER_MAX,
    SEARCH_KEY_LIMIT,
    refused_character,
    too_long,
)
from backoffice.platform.errors import BundleRejected
from backoffice.platform.textnorm import search_key
from backoffice.platform.timeutil import parse_rfc3339

log = logging.getLogger(__name__)

MEDIA_TYPES = ("application/pdf", "image/png", "image/jpeg")
ATTACHMENT_KINDS = ("identity_document", "supporting_document", "photo", "other")
PAYMENT_METHODS = ("credit_card", "pay_easy", "mobile_carrier", "net_banking", "convenience_store")
DELIVERY_METHODS = ("mail", "counter", "electronic")

_HEX64 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_APP_ID = re.compile(r"[A-Za-z0-9-]{1,40}")
_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_POSTAL = re.compile(r"[0-9]{3}-[0-9]{4}")
# Katakana (U+30A1-30FF incl. ー and ・), phonetic extensions, full-width and ASCII space.
_KANA = re.compile(r"[\u30A1-\u30FF\u31F0-\u31FF\u3000 ]+")
_HALFWIDTH = re.compile(r"[\u0021-\u007E\uFF61-\uFF9F]")  # not allowed in a full-width name
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Valid UTF-8 cannot carry a surrogate: only a \uD800-\uDFFF escape can make one.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")

APPLICATION_KEYS = ("schema", "application_id", "revision", "procedure", "submitted_at",
                    "applicant", "form", "attachments", "payment", "delivery", "appointment")


def _invalid(member: str, why: str) -> BundleRejected:
    return BundleRejected("invalid_json", f"{member}: {why}")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"duplicate key {key!r} in an object")
        obj[key] = value
    return obj


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def parse_json(member: str, data: bytes) -> Any:
    """Strict JSON: UTF-8 without BOM, no duplicate keys, no NaN, no lone surrogates."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise _invalid(member, "starts with a UTF-8 byte order mark, which is not allowed")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _invalid(member, f"is not valid UTF-8 (byte {exc.start})") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise _invalid(member, "is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, duplicate keys, huge integers
        raise _invalid(member, f"is not valid JSON ({exc})") from None
    if not _SURROGATE_ESCAPE.search(text):
        return value
    stack = [value]
    while stack:  # iterative: the parser already bounded the depth
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and _SURROGATE.search(item):
            raise _invalid(member, "contains an unpaired surrogate escape in a string")
    return value


class _Checker:
    """Raises schema_error with '<member>: <field> <problem>'."""

    def __init__(self, member: str) -> None:
        self.member = member

    def fail(self, where: str, problem: str) -> BundleRejected:
        where = where.strip("'")  # field paths are shown bare: applicant.birth_date
        text = f"{self.member}: {where} {problem}" if where else f"{self.member}: {problem}"
        return BundleRejected("schema_error", text)

    def obj(self, value: Any, where: str, required: tuple[str, ...],
            optional: tuple[str, ...] = (), closed: bool = True) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where or "the document", "must be a JSON object")
        for key in required:
            if key not in value:
                raise self.fail("", f"missing key '{_join(where, key)}'")
        if closed:
            for key in value:
                if key not in required and key not in optional:
                    label = f"unknown top-level key '{key}'" if not where \
                        else f"unknown key '{_join(where, key)}'"
                    raise self.fail("", label)
        return value

    def string(self, value: Any, where: str, *, empty: bool = False) -> str:
        if not isinstance(value, str):
            raise self.fail(f"'{where}'", f"must be a string (got {_kind(value)})")
        if not empty and not value.strip():
            raise self.fail(f"'{where}'", "must not be empty")
        if _CONTROL.search(value):
            raise self.fail(f"'{where}'", "must not contain control characters")
        return value

    def bounded(self, text: str, where: str, limit: int) -> str:
        """The length limit of the column the value is stored in (textrules.py)."""
        problem = too_long(text, limit)
        if problem:
            raise self.fail(f"'{where}'", problem)
        return text

    def applicant_text(self, value: Any, where: str, limit: int, *, empty: bool = False) -> str:
        """A string of the applicant's own text: bounded, and free of invisible and
        bidirectional control characters (issue 21; detail 'applicant.name: U+202E ...')."""
        text = self.bounded(self.string(value, where, empty=empty), where, limit)
        problem = refused_character(text)
        if problem:
            raise self.fail(f"{where}:", problem)
        return text

    def pattern(self, value: Any, where: str, regex: re.Pattern[str], what: str) -> str:
        text = self.string(value, where)
        if not regex.fullmatch(text):
            raise self.fail(f"'{where}'", f"{_show(text)} is not {what}")
        return text

    def integer(self, value: Any, where: str, minimum: int) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            raise self.fail(f"'{where}'", f"must be an integer >= {minimum} (got {_show(value)})")
        if value > INTEGER_MAX:  # the integer columns (issue 21): refused alike on both engines
            raise self.fail(f"'{where}'", f"is {value:,}; at most {INTEGER_MAX:,} can be recorded")
        return value

    def timestamp(self, value: Any, where: str) -> None:
        text = self.pattern(value, where, _RFC3339, "an RFC 3339 date-time with an offset")
        try:
            parse_rfc3339(text)
        except ValueError:
            raise self.fail(f"'{where}'", f"{_show(text)} is not a real date-time") from None

    def choice(self, value: Any, where: str, allowed: tuple[str, ...]) -> str:
        if value not in allowed or not isinstance(value, str):
            raise self.fail(f"'{where}'", f"{_show(value)} is not one of {', '.join(allowed)}")
        return value

    def list_(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(f"'{where}'", f"must be a list (got {_kind(value)})")
        return value


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), "?")


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


def safe_file_name(name: str) -> bool:
    """One path segment: no separators, not '.'/'..', no control characters."""
    return (name not in ("", ".", "..") and "/" not in name and "\\" not in name
            and all(c.isprintable() for c in name))


def check_gateway(doc: Any) -> dict[str, Any]:
    """gateway/1 (§6). Unknown keys are allowed here (the spec closes only application.json)."""
    c = _Checker("gateway.json")
    c.obj(doc, "", ("schema", "bundle_id", "application_sha256", "sanitized_at", "engine",
                    "files", "rejected"), closed=False)
    if doc["schema"] != "gateway/1":
        raise c.fail("'schema'", f"must be \"gateway/1\" (got {_show(doc['schema'])})")
    c.pattern(doc["bundle_id"], "bundle_id", _UUID, "a UUID")
    c.pattern(doc["application_sha256"], "application_sha256", _HEX64, "64 lowercase hex digits")
    c.timestamp(doc["sanitized_at"], "sanitized_at")
    c.string(doc["engine"], "engine")
    paths: set[str] = set()
    for i, entry in enumerate(c.list_(doc["files"], "files")):
        w = f"files[{i}]"
        c.obj(entry, w, ("attachment_id", "path", "sha256", "media_type", "pages", "actions"),
              closed=False)
        c.bounded(c.string(entry["attachment_id"], f"{w}.attachment_id"), f"{w}.attachment_id",
                  GATEWAY_LIMITS["files[].attachment_id"])
        path = c.bounded(c.string(entry["path"], f"{w}.path"), f"{w}.path", GATEWAY_LIMITS["files[].path"])
        if not path.startswith("files/") or not safe_file_name(path[6:]):
            raise c.fail(f"'{w}.path'", f"{_show(path)} is not of the form files/<name>")
        if path in paths:
            raise c.fail(f"'{w}.path'", f"{_show(path)} is listed twice")
        paths.add(path)
        c.pattern(entry["sha256"], f"{w}.sha256", _HEX64, "64 lowercase hex digits")
        c.bounded(c.string(entry["media_type"], f"{w}.media_type"),  # the value is check 9's business
                  f"{w}.media_type", GATEWAY_LIMITS["files[].media_type"])
        c.integer(entry["pages"], f"{w}.pages", 1)
        for j, action in enumerate(c.list_(entry["actions"], f"{w}.actions")):
            c.string(action, f"{w}.actions[{j}]", empty=True)
    for i, entry in enumerate(c.list_(doc["rejected"], "rejected")):
        w = f"rejected[{i}]"
        c.obj(entry, w, ("attachment_id", "reason"), closed=False)
        c.string(entry["attachment_id"], f"{w}.attachment_id")
        c.string(entry["reason"], f"{w}.reason", empty=True)
    return doc


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def check_application(doc: Any) -> dict[str, Any]:
    """application/1 (§4): closed schema except inside 'form'."""
    c = _Checker("application.json")
    c.obj(doc, "", APPLICATION_KEYS)
    if doc["schema"] != "application/1":
        raise c.fail("'schema'", f"must be \"application/1\" (got {_show(doc['schema'])})")
    c.pattern(doc["application_id"], "application_id", _APP_ID, "1-40 characters of A-Z a-z 0-9 -")
    c.integer(doc["revision"], "revision", 1)
    c.bounded(c.string(doc["procedure"], "procedure"), "procedure", APPLICATION_LIMITS["procedure"])
    c.timestamp(doc["submitted_at"], "submitted_at")
    _check_applicant(c, doc["applicant"])
    form = c.obj(doc["form"], "form", (), closed=False)
    for key, value in form.items():
        ok = _scalar(value) or (isinstance(value, list) and all(_scalar(v) for v in value))
        if not ok:
            raise c.fail(f"'form.{key}'", "must be a string, number, boolean or a list of those")
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                c.bounded(text, f"form.{key}", APPLICATION_LIMITS["form.*"])
    ids: set[str] = set()
    for i, att in enumerate(c.list_(doc["attachments"], "attachments")):
        w = f"attachments[{i}]"
        c.obj(att, w, ("id", "file", "kind", "sha256", "size"))
        att_id = c.bounded(c.string(att["id"], f"{w}.id"), f"{w}.id", APPLICATION_LIMITS["attachments[].id"])
        if att_id in ids:
            raise c.fail(f"'{w}.id'", f"{_show(att_id)} is used twice")
        ids.add(att_id)
        file_name = c.bounded(c.string(att["file"], f"{w}.file"), f"{w}.file",
                              APPLICATION_LIMITS["attachments[].file"])
        if not safe_file_name(file_name):
            raise c.fail(f"'{w}.file'", "must be a plain file name without folders")
        c.choice(att["kind"], f"{w}.kind", ATTACHMENT_KINDS)
        c.pattern(att["sha256"], f"{w}.sha256", _HEX64, "64 lowercase hex digits")
        c.integer(att["size"], f"{w}.size", 0)
    payment = doc["payment"]
    if payment is not None:
        c.obj(payment, "payment", ("method", "amount", "currency"), ("transaction_id", "paid_at"))
        c.choice(payment["method"], "payment.method", PAYMENT_METHODS)
        c.integer(payment["amount"], "payment.amount", 0)
        if payment["currency"] != "JPY":
            raise c.fail("'payment.currency'", f"must be \"JPY\" (got {_show(payment['currency'])})")
        if "transaction_id" in payment:
            c.bounded(c.string(payment["transaction_id"], "payment.transaction_id"),
                      "payment.transaction_id", APPLICATION_LIMITS["payment.transaction_id"])
        if "paid_at" in payment:
            c.timestamp(payment["paid_at"], "payment.paid_at")
    c.obj(doc["delivery"], "delivery", ("method",))
    c.choice(doc["delivery"]["method"], "delivery.method", DELIVERY_METHODS)
    appointment = doc["appointment"]
    if appointment is not None:
        c.obj(appointment, "appointment", ("start", "end", "location"))
        c.timestamp(appointment["start"], "appointment.start")
        c.timestamp(appointment["end"], "appointment.end")
        c.bounded(c.string(appointment["location"], "appointment.location"), "appointment.location",
                  APPLICATION_LIMITS["appointment.location"])
        if parse_rfc3339(appointment["end"]) < parse_rfc3339(appointment["start"]):
            raise c.fail("'appointment.end'", "is before 'appointment.start'")
    return doc


def _check_applicant(c: _Checker, applicant: Any) -> None:
    c.obj(applicant, "applicant", ("name", "name_kana", "birth_date", "postal_code", "address"),
          ("phone", "email"))
    name = c.applicant_text(applicant["name"], "applicant.name", APPLICATION_LIMITS["applicant.name"])
    bad = _HALFWIDTH.search(name)
    if bad:
        raise c.fail("'applicant.name'", f"must be full-width text (found {bad.group()!r})")
    kana = c.applicant_text(applicant["name_kana"], "applicant.name_kana",
                            APPLICATION_LIMITS["applicant.name_kana"])
    if not _KANA.fullmatch(kana):
        raise c.fail("'applicant.name_kana'", f"{_show(kana)} is not full-width katakana")
    birth = c.pattern(applicant["birth_date"], "applicant.birth_date", _DATE, "a YYYY-MM-DD date")
    try:
        date.fromisoformat(birth)
    except ValueError:
        raise c.fail("'applicant.birth_date'", f"{_show(birth)} is not a real date") from None
    c.pattern(applicant["postal_code"], "applicant.postal_code", _POSTAL, "of the form NNN-NNNN")
    c.applicant_text(applicant["address"], "applicant.address", APPLICATION_LIMITS["applicant.address"])
    for key in ("phone", "email"):
        if key in applicant and applicant[key] is not None:
            c.applicant_text(applicant[key], f"applicant.{key}", APPLICATION_LIMITS[f"applicant.{key}"],
                             empty=True)
    if len(search_key(name, kana)) > SEARCH_KEY_LIMIT:  # NFKC can lengthen text (㍿ -> 株式会社)
        raise c.fail("'applicant.name'", f"and name_kana are too long for the search index once "
                                         f"normalized (at most {SEARCH_KEY_LIMIT:,} characters)")
