"""The register's answer beside what the applicant wrote (records-v1 §4), for the application
screen. Reading it is audited (`records.view`): a register answer is the most sensitive data
the office holds. A protected person's record (`restricted`, 支援措置) is shown only to
those holding `record.restricted` (supervisors); everyone else sees that it is restricted."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db import units
from backoffice.db.models import Application, Revision
from backoffice.platform.context import Backoffice
from backoffice.records import gate, policy
from backoffice.records.compare import fold_address, fold_name

# states of the comparison panel
NOT_APPLICABLE, WAITING, ANSWERED, RESTRICTED = "not_applicable", "waiting", "answered", "restricted"


@dataclass(frozen=True)
class FieldRow:
    field: str  # name | name_kana | birth | sex | address | postal_code | householder | ...
    applicant: str | date | None  # what the applicant wrote (None: not asked on the form)
    register: str | date | None
    differs: bool


@dataclass(frozen=True)
class RecordComparison:
    state: str
    result: str | None = None  # found | not_found | ambiguous | restricted
    as_of: datetime | None = None
    request_id: str | None = None
    findings: tuple[str, ...] = ()
    rows: tuple[FieldRow, ...] = ()
    household: tuple[dict[str, Any], ...] = ()  # resident: the members as registered


def _d(text: Any) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _rows(kind: str, record: dict[str, Any], applicant: dict[str, Any], findings: tuple[str, ...]) -> list[FieldRow]:
    if kind == "koseki":
        rows = [FieldRow("honseki", None, record.get("honseki"), False),
                FieldRow("hittousha", None, record.get("hittousha"), False)]
        me = next((m for m in record.get("members", []) if isinstance(m, dict)
                   and fold_name(str(m.get("name", ""))) == fold_name(applicant.get("name") or "")), {})
        rows += [FieldRow("name", applicant.get("name"), me.get("name"), "name" in findings),
                 FieldRow("birth", _d(applicant.get("birth_date")), _d(me.get("birth")), "birth" in findings)]
        return rows
    p = record.get("person") or {}
    rows = [
        FieldRow("name", applicant.get("name"), p.get("name"),
                 fold_name(applicant.get("name") or "") != fold_name(p.get("name") or "")),
        FieldRow("name_kana", applicant.get("name_kana"), p.get("name_kana"), False),
        FieldRow("birth", _d(applicant.get("birth_date")), _d(p.get("birth")), applicant.get("birth_date") != p.get("birth")),
        FieldRow("sex", None, p.get("sex"), "jpki.sex" in findings),
        FieldRow("address", applicant.get("address"), p.get("address"),
                 fold_address(applicant.get("address") or "") != fold_address(p.get("address") or "")),
        FieldRow("postal_code", applicant.get("postal_code"), p.get("postal_code"), False),
    ]
    if kind == "resident":
        rows += [FieldRow("householder", None, record.get("householder"), False),
                 FieldRow("relationship", None, record.get("relationship"), False),
                 FieldRow("resident_since", None, _d(record.get("resident_since")), False)]
    elif kind == "seal":
        rows += [FieldRow("registration_number", None, record.get("registration_number"), False),
                 FieldRow("registered_on", None, _d(record.get("registered_on")), False)]
    elif kind == "tax":
        for key in ("fiscal_year", "income_total", "taxable_income", "municipal_tax", "prefectural_tax"):
            value = record.get(key)
            rows.append(FieldRow(key, None, str(value) if value is not None else None, False))
    return rows


def record_comparison(bo: Backoffice, actor: Actor, pk: int) -> RecordComparison:
    """The comparison panel of application `pk` (audited when it shows register data)."""
    require(actor, "application.view")
    with bo.db.write() as s:
        app = units.load_for_update(s, Application, pk, what="application", lock=False)
        scope.require_department(actor, app.department)
        proc = bo.catalog.get(app.procedure)
        if not policy.needs_record(bo.config, proc):
            return RecordComparison(NOT_APPLICABLE)
        assert proc is not None and proc.record is not None
        req, ans = gate.latest(s, app)
        if req is None or ans is None:
            return RecordComparison(WAITING, request_id=req.request_id if req else None)
        target = f"application:{app.application_id}"
        # 支援措置: the mark stays even when a later answer is `found` (records/restriction.py)
        if (ans.result == "restricted" or app.restricted) and not actor.has("record.restricted"):
            audit.record(s, actor, "records.view", target, request_id=req.request_id, shown=False)
            return RecordComparison(RESTRICTED, result=ans.result, as_of=ans.as_of, request_id=req.request_id)
        audit.record(s, actor, "records.view", target, request_id=req.request_id, shown=True)
        findings = tuple(ans.findings or ())
        if ans.result != "found" or ans.answer is None:
            return RecordComparison(ANSWERED, result=ans.result, as_of=ans.as_of, request_id=req.request_id)
        record = json.loads(ans.answer)["record"]
        raw = s.scalar(select(Revision.application_json).where(
            Revision.application_pk == app.id, Revision.revision == app.revision))
        applicant = (json.loads(raw) if raw else {}).get("applicant") or {}
        household = tuple(m for m in record.get("household", []) if isinstance(m, dict)) \
            if proc.record == "resident" else ()
        return RecordComparison(ANSWERED, result=ans.result, as_of=ans.as_of, request_id=req.request_id,
                                findings=findings, rows=tuple(_rows(proc.record, record, applicant, findings)),
                                household=household)
