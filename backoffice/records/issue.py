"""Certificates print what the register says (records-v1 §5).

`ensure_fresh` runs before an application of a record procedure is issued: without a
`found` answer to its current revision nothing is issued; an answer older than
`[records] max_age_days` is never printed: a new request is queued, `record_stale` is set
and the issue reports the application as waiting. `apply` replaces the applicant's typed
facts by the register's and fills the templates' `extra.*` values.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor
from backoffice.audit import log as audit
from backoffice.db.engine import is_person
from backoffice.db.models import Application
from backoffice.db.models_records import RecordAnswer
from backoffice.issuance.document import DocumentData
from backoffice.issuance.era import era_year, to_wareki
from backoffice.platform.catalog import Procedure
from backoffice.platform.config import Config
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, TransitionError
from backoffice.platform.timeutil import to_jst, utcnow
from backoffice.records import gate, policy
from backoffice.records.compare import fold_name
from backoffice.records.requests import queue_again

log = logging.getLogger(__name__)

SEX = {"1": "男", "2": "女"}


class RecordStale(BackofficeError):
    """The register answer is too old to print: a new request is on its way."""


def _answer(ans: RecordAnswer | None) -> dict[str, Any] | None:
    if ans is None or ans.result != "found" or ans.answer is None:
        return None
    data = json.loads(ans.answer)
    return data if isinstance(data, dict) else None


def ensure_fresh(bo: Backoffice, actor: Actor, pk: int) -> None:
    """Before issuing application `pk`: return when its register answer may be printed.
    Otherwise raise RecordStale after committing what makes it printable later: a request
    for an application approved before the exchange was switched on (`record_waiting`), a
    re-request and `record_stale` for an answer older than max_age_days; RecordStale too
    while a request waits; TransitionError when the answer found nobody."""
    problem: RecordStale | None = None
    with bo.db.write() as s:
        # a person (issue 19) may not lock an application they do not claim: the server's
        # bo_record_requeue locks it and writes what queue_again and the audit would
        person = is_person(s)
        app = s.get(Application, pk, with_for_update=not person)
        if app is None:
            return
        proc = bo.catalog.get(app.procedure)
        if not policy.needs_record(bo.config, proc) or app.status != "approved":
            return
        assert proc is not None and proc.record is not None
        req, ans = gate.latest(s, app)
        if req is None:  # approved before the exchange was switched on: ask now, print later
            if person:
                rid = _requeue(s, app, proc.record, None, None)
            else:
                rid = queue_again(s, app, proc.record)
                audit.record(s, actor, "records.request_queued", f"application:{app.application_id}",
                             request_id=rid)
            problem = RecordStale(f"{app.application_id}: waiting for the register's answer ({rid})",
                                  code="record_waiting")
        elif ans is None:
            problem = RecordStale(f"{app.application_id}: waiting for the register's new answer "
                                  f"({req.request_id})", code="record_waiting")
        elif _answer(ans) is None:
            raise TransitionError(f"{app.application_id}: no register record to print from",
                                  code="record_required")
        elif utcnow() - to_jst(ans.as_of) > timedelta(days=bo.config.records_max_age_days):
            if person:
                rid = _requeue(s, app, proc.record, req.request_id, ans.as_of.isoformat())
            else:
                rid = queue_again(s, app, proc.record)
                app.attention = [c for c in (app.attention or []) if c != policy.STALE] + [policy.STALE]
                audit.record(s, actor, "records.stale", f"application:{app.application_id}",
                             request_id=req.request_id, as_of=ans.as_of.isoformat(), new_request=rid)
            problem = RecordStale(f"{app.application_id}: the register answer is older than "
                                  f"{bo.config.records_max_age_days} days; asked again ({rid}), waiting",
                                  code="record_stale")
    if problem is not None:
        raise problem


def _requeue(s: Session, app: Application, kind: str, stale_request: str | None, as_of: str | None) -> str:
    """ensure_fresh's writes for a person: the server's bo_record_requeue (issuance/server_issuing.py)."""
    return str(s.scalar(text("SELECT bo_record_requeue(:a, :k, :r, :t)"),
                        {"a": app.application_id, "k": kind, "r": stale_request, "t": as_of}))


def _d(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _wareki(text: Any) -> str:
    d = _d(text)
    return to_wareki(d) if d else ""


def _member_line(m: dict[str, Any]) -> str:
    """「山田 花子　昭和62年6月15日生　女　妻　平成24年5月1日住民」 (one printed line)."""
    parts = [str(m.get("name", "")), f"{_wareki(m.get('birth'))}生", SEX.get(str(m.get("sex")), ""),
             str(m.get("relationship") or "")]
    if m.get("resident_since"):
        parts.append(f"{_wareki(m['resident_since'])}住民")
    return "　".join(p for p in parts if p)


def _yen(n: Any) -> str:
    return f"{n:,}円" if isinstance(n, int) and not isinstance(n, bool) else ""


def _fiscal(year: Any) -> str:
    """令和8年度 (元年 for the first year of an era): the era of April 1st of that year."""
    if not isinstance(year, int) or isinstance(year, bool):
        return ""
    name, n = era_year(date(year, 4, 1))
    return f"{name}{'元' if n == 1 else n}年度"


def record_extra(kind: str, record: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """The templates' `extra.*` values from a found record (strings, lists of lines, bytes)."""
    person = record.get("person") or {}
    extra: dict[str, Any] = {"sex": SEX.get(str(person.get("sex")), "")}
    if kind == "resident":
        extra.update(householder=record.get("householder", ""), relationship=record.get("relationship", ""),
                     resident_since=_wareki(record.get("resident_since")))
        if options.get("include_household"):
            extra["household"] = [_member_line(m) for m in record.get("household", []) if isinstance(m, dict)]
        if options.get("include_honseki"):
            extra.update(honseki=record.get("honseki") or "", hittousha=record.get("hittousha") or "")
    elif kind == "seal":
        extra.update(registration_number=record.get("registration_number", ""),
                     registered_on=_wareki(record.get("registered_on")),
                     seal_png=base64.b64decode(record["seal_png"]), seal_mm=record.get("seal_mm"))
    elif kind == "tax":
        extra.update(fiscal_year=_fiscal(record.get("fiscal_year")), income=_yen(record.get("income_total")),
                     taxable_income=_yen(record.get("taxable_income")),
                     municipal_tax=_yen(record.get("municipal_tax")),
                     prefectural_tax=_yen(record.get("prefectural_tax")),
                     tax_amount=_yen((record.get("municipal_tax") or 0) + (record.get("prefectural_tax") or 0)),
                     taxable="課税" if record.get("taxable") else "非課税")
    elif kind == "koseki":
        extra.update(honseki=record.get("honseki", ""), hittousha=record.get("hittousha", ""))
        lines: list[str] = []
        for m in record.get("members", []):
            if isinstance(m, dict):
                lines.append(_member_line(m))
                lines += [f"　{e}" for e in m.get("events", []) if isinstance(e, str)]
        extra["members"] = lines
    return extra


def apply(s: Session, config: Config, app: Application, proc: Procedure | None, data: DocumentData) -> DocumentData:
    """`data` with the register's facts when the procedure is issued from the register."""
    if not policy.needs_record(config, proc):
        return data
    assert proc is not None and proc.record is not None
    req, ans = gate.latest(s, app)
    answer = _answer(ans)
    if answer is None or req is None:
        raise TransitionError(f"{app.application_id}: no register record to print from", code="record_required")
    record = answer["record"]
    options = (json.loads(req.line or b"{}").get("options") or {})
    person = record.get("person") or {}
    extra = {**data.extra, **record_extra(proc.record, record, options)}
    # the form lines a template prints that the register decides (registration number, 年度, 本籍, 筆頭者)
    form = dict(data.form)
    if proc.record == "seal":
        form["registration_number"] = extra["registration_number"]
    elif proc.record == "tax":
        form["fiscal_year"] = extra["fiscal_year"]
    elif proc.record == "koseki":
        form.update(honseki=extra["honseki"], hittousha=extra["hittousha"])
        # the applicant's own entry (same folded name) gives the name and birth as registered
        me = next((m for m in record.get("members", []) if isinstance(m, dict)
                   and fold_name(str(m.get("name", ""))) == fold_name(data.name)), None)
        if me is None:
            return replace(data, form=form, extra=extra)
        return replace(data, name=str(me.get("name", data.name)), birth_date=_d(me.get("birth")) or data.birth_date,
                       form=form, extra=extra)
    return replace(data, name=person.get("name", data.name), name_kana=person.get("name_kana", data.name_kana),
                   birth_date=_d(person.get("birth")) or data.birth_date, address=person.get("address", data.address),
                   postal_code=person.get("postal_code", data.postal_code), form=form, extra=extra)
