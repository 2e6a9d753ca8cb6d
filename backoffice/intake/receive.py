"""Ingest one validated bundle (bundle-v1 §7 check 13 and §5) inside the sync's group
transaction, with the pre-review checks that set ready_for_review or needs_attention
(cli-v1 attention codes).

The checks that need no database (applicant signature, payment, attachments) run in the
validation phase (`pre_checks`); `receive_in` then writes the application and revision
at once and leaves the dependent rows (documents, events, audit entries, notice, intake
record) in an `IngestRows` that the group inserts in one statement per table before it
commits. Every refusal (revision_conflict, a status the workflow table does not allow) is
decided before the first write, so a refused bundle leaves nothing behind.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, select
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor
from backoffice.audit import log as audit
from backoffice.casework import notices, workflow
from backoffice.db.models import (
    Application,
    ApplicationEvent,
    AuditEntry,
    Document,
    IntakeRecord,
    Notice,
    Revision,
)
from backoffice.intake.applicant_sig import check_applicant_signature
from backoffice.intake.prechecks import precheck
from backoffice.intake.settings import IntakeSettings
from backoffice.intake.textrules import INTEGER_MAX
from backoffice.platform.catalog import Catalog, Procedure
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BundleRejected
from backoffice.platform.textnorm import search_key
from backoffice.platform.timeutil import parse_rfc3339, to_jst, utcnow
from backoffice.records.policy import waits_for_record

log = logging.getLogger(__name__)

_APPS = cast(Table, Application.__table__)
_REVISIONS = cast(Table, Revision.__table__)
# Built once: constructing a statement costs more than running it on SQLite.
_TARGET_Q = select(_APPS.c.id, _APPS.c.status, _APPS.c.revision, _APPS.c.returned_at,
                   _APPS.c.received_at, _APPS.c.paused_days) \
    .where(_APPS.c.application_id == bindparam("application_id")).with_for_update()
_DUP_BASE = select(_APPS.c.id).where(
    _APPS.c.search_key == bindparam("search_key"), _APPS.c.procedure == bindparam("procedure"),
    _APPS.c.status.in_(sorted(workflow.OPEN_STATUSES)), _APPS.c.id != bindparam("exclude_pk"))
_DUP_Q = {True: _DUP_BASE.where(_APPS.c.birth_date == bindparam("birth_date")).limit(1),
          False: _DUP_BASE.where(_APPS.c.birth_date.is_(None)).limit(1)}
_INSERT_APP = _APPS.insert().returning(_APPS.c.id)
_INSERT_REVISION = _REVISIONS.insert().returning(_REVISIONS.c.id)


@dataclass(frozen=True)
class PreChecks:
    """Findings that need no database: attention codes (without possible_duplicate, which
    is decided against the database) and the applicant signature's individual checks."""

    codes: tuple[str, ...]
    signature_checks: tuple[dict[str, Any], ...]


def pre_checks(settings: IntakeSettings, catalog: Catalog, vb: Any) -> PreChecks:
    aj = vb.application
    proc = catalog.get(aj["procedure"])
    assert proc is not None  # check 11 guarantees it
    fee = proc.fee_due(aj.get("form") or {})
    if fee > INTEGER_MAX:  # e.g. form.copies = 10,000,000: the fee column cannot hold it
        raise BundleRejected("schema_error", f"application.json: form.copies gives a fee of {fee:,} yen; "
                                             f"at most {INTEGER_MAX:,} can be recorded")
    sig = check_applicant_signature(vb.application_bytes, aj, vb.signature,
                                    trust_anchors=settings.trust_anchors, crls=settings.crls)
    codes: list[str] = []
    if proc.signature_required or vb.signature is not None:
        codes.extend(sig.codes)
    codes.extend(precheck(aj, proc, vb.gateway))
    return PreChecks(tuple(dict.fromkeys(codes)),
                     tuple({"name": c.name, "passed": c.passed, "detail": c.detail} for c in sig.checks))


@dataclass
class IngestRows:
    """Rows of a group of bundles that nothing in the group reads back: inserted with one
    statement per table just before the group commits."""

    tables: dict[Any, list[dict[str, Any]]] = field(default_factory=lambda: {
        Document: [], ApplicationEvent: [], AuditEntry: [], Notice: [], IntakeRecord: []})

    def add(self, model: Any, row: dict[str, Any]) -> None:
        self.tables[model].append(row)

    def insert_all(self, s: Session) -> None:
        conn = s.connection()
        for model, rows in self.tables.items():
            if rows:
                conn.execute(model.__table__.insert(), rows)
                rows.clear()


def _birth(app_json: dict[str, Any]) -> date | None:
    text = app_json["applicant"].get("birth_date")
    return date.fromisoformat(text) if text else None


def _applicant_fields(aj: dict[str, Any], proc: Procedure) -> dict[str, Any]:
    a = aj["applicant"]
    payment = aj.get("payment") or None
    return {
        "procedure": aj["procedure"], "department": proc.department,
        "applicant_name": a["name"], "applicant_kana": a.get("name_kana", ""),
        "search_key": search_key(a["name"], a.get("name_kana", "")), "birth_date": _birth(aj),
        "postal_code": a.get("postal_code", ""), "address": a.get("address", ""),
        "delivery_method": aj["delivery"]["method"], "fee_due": proc.fee_due(aj.get("form") or {}),
        "payment_amount": payment["amount"] if payment else None,
        "payment_transaction_id": payment.get("transaction_id") if payment else None,
        "submitted_at": parse_rfc3339(aj["submitted_at"]),
    }


def _revision_target(s: Session, aj: dict[str, Any]) -> Row[Any, Any, Any, Any, Any, Any] | None:
    """Check 13: revision 1 must be new; revision n+1 must answer a returned revision n."""
    app_id, rev = aj["application_id"], aj["revision"]
    app = s.connection().execute(_TARGET_Q, {"application_id": app_id}).first()
    if rev == 1:
        if app is not None:
            raise BundleRejected("revision_conflict",
                                 f"application {app_id} already exists; revision 1 cannot be submitted again")
        return None
    if app is None:
        raise BundleRejected("revision_conflict",
                             f"revision {rev} names application {app_id}, which is unknown here")
    if app.status != workflow.RETURNED or app.revision != rev - 1:
        raise BundleRejected(
            "revision_conflict",
            f"revision {rev} of {app_id} does not answer a return for correction "
            f"(current revision {app.revision} is {app.status})")
    return app


def _possible_duplicate(s: Session, fields: dict[str, Any], exclude_pk: int | None) -> bool:
    """Same person (name, kana, birth date) and procedure, still open."""
    birth = fields["birth_date"]
    return s.connection().execute(_DUP_Q[birth is not None], {
        "search_key": fields["search_key"], "procedure": fields["procedure"], "birth_date": birth,
        "exclude_pk": -1 if exclude_pk is None else exclude_pk}).first() is not None


def receive_in(s: Session, bo: Backoffice, actor: Actor, vb: Any, checks: PreChecks,
               file_name: str, file_sha: str, rows: IngestRows) -> None:
    """Ingest one bundle inside the caller's transaction; raises BundleRejected before
    writing anything."""
    aj = vb.application
    app_id, revision = aj["application_id"], aj["revision"]
    proc = bo.catalog.get(aj["procedure"])
    assert proc is not None  # check 11 guarantees it
    now = utcnow()
    target = _revision_target(s, aj)
    fields = _applicant_fields(aj, proc)
    codes = list(checks.codes)
    if _possible_duplicate(s, fields, target.id if target is not None else None):
        codes.append("possible_duplicate")
    # Both status changes are checked against the workflow table before anything is written.
    first = workflow.plan(actor, target.status if target is not None else "new",
                          "resubmit" if target is not None else "receive",
                          application_id=app_id, revision=revision, bundle_id=vb.bundle_id)
    # records-v1 §1: a record procedure whose applicant was verified stays received
    # (受付済・照会中) with its findings so far; the register's answer decides the next step.
    second = None if waits_for_record(bo.config, proc, codes) else workflow.plan(
        actor, first.to_status, "checks_failed" if codes else "checks_passed",
        application_id=app_id, revision=revision, attention=codes)
    last = second or first
    conn = s.connection()
    state = {**fields, "revision": revision, "status": last.to_status, "attention": codes,
             "updated_at": last.at}
    if target is None:
        state.update(paused_days=0, due_date=bo.calendar.due_date(
            to_jst(now).date(), proc.processing_days, 0))
        pk = conn.execute(_INSERT_APP, {
            **state, "application_id": app_id, "received_at": now}).scalar_one()
    else:
        pk, paused = target.id, target.paused_days
        if target.returned_at is not None:  # 行政手続法第6条: waiting for the applicant doesn't count
            paused += bo.calendar.business_days_between(to_jst(target.returned_at).date(),
                                                        to_jst(now).date())
        state.update(returned_at=None, paused_days=paused, due_date=bo.calendar.due_date(
            to_jst(target.received_at).date(), proc.processing_days, paused))
        conn.execute(_APPS.update().where(_APPS.c.id == pk).values(**state))
    rev_pk = conn.execute(_INSERT_REVISION, {
        "application_pk": pk, "revision": revision, "bundle_id": vb.bundle_id,
        "application_json": vb.application_bytes, "signature_json": vb.signature_bytes,
        "gateway_json": vb.gateway_bytes, "submitted_at": fields["submitted_at"],
        "received_at": now, "attention": codes,
        "signature_checks": [dict(c) for c in checks.signature_checks]}).scalar_one()

    files = {f.attachment_id: f for f in vb.files}
    rejected = {r["attachment_id"]: r["reason"] for r in vb.rejected}
    for att in aj.get("attachments", []):
        f = files.get(att["id"])
        rows.add(Document, {
            "revision_pk": rev_pk, "attachment_id": att["id"], "kind": att["kind"],
            "original_file": att["file"], "path": f.path if f else None,
            "media_type": f.media_type if f else None, "sha256": f.sha256 if f else None,
            "pages": f.pages if f else 0, "actions": list(f.actions) if f else [],
            "rejected_reason": None if f else rejected.get(att["id"], "missing"),
            "data": f.data if f else None})
    for change in (first, second):
        if change is None:
            continue
        rows.add(ApplicationEvent, change.event_row(pk, revision, actor))
        rows.add(AuditEntry, audit.entry_row(s, actor, change.audit_action, change.audit_target,
                                             **change.audit_detail))
        if change.notice_event:
            rows.add(Notice, notices.notice_row(pk, app_id, revision, change.notice_event,
                                                reason=change.reason))
    rows.add(IntakeRecord, {
        "file_name": file_name, "file_sha256": file_sha, "bundle_id": vb.bundle_id,
        "outcome": "ingested", "reason": None, "detail": None, "at": now,
        "stored_path": str(bo.spool.archive / file_name), "resolution": None,
        "resolution_note": None, "resolved_by": None})
    rows.add(AuditEntry, audit.entry_row(s, actor, "intake.ingest", f"application:{app_id}",
                                         bundle_id=vb.bundle_id, revision=revision, attention=codes))
