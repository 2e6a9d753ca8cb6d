"""Ingest one validated bundle in one transaction (bundle-v1 §7 check 13 and §5), then the
pre-review checks that set ready_for_review or needs_attention (cli-v1 attention codes)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit, workflow
from ..context import Backoffice
from ..db.models import Application, Document, IntakeRecord, Revision
from ..errors import BundleRejected
from ..security.permissions import Actor
from ..textnorm import search_key
from ..timeutil import parse_rfc3339, to_jst, utcnow
from .applicant_sig import check_applicant_signature
from .prechecks import precheck
from .settings import IntakeSettings

log = logging.getLogger(__name__)


def _birth(app_json: dict[str, Any]) -> date | None:
    text = app_json["applicant"].get("birth_date")
    return date.fromisoformat(text) if text else None


def _apply_applicant(app: Application, aj: dict[str, Any], bo: Backoffice) -> None:
    a = aj["applicant"]
    proc = bo.catalog.get(aj["procedure"])
    assert proc is not None  # check 11 guarantees it
    payment = aj.get("payment") or None
    app.procedure = aj["procedure"]
    app.department = proc.department
    app.applicant_name = a["name"]
    app.applicant_kana = a.get("name_kana", "")
    app.search_key = search_key(a["name"], a.get("name_kana", ""))
    app.birth_date = _birth(aj)
    app.postal_code = a.get("postal_code", "")
    app.address = a.get("address", "")
    app.delivery_method = aj["delivery"]["method"]
    app.fee_due = proc.fee_due(aj.get("form") or {})
    app.payment_amount = payment["amount"] if payment else None
    app.payment_transaction_id = payment.get("transaction_id") if payment else None
    app.submitted_at = parse_rfc3339(aj["submitted_at"])


def _revision_target(s: Session, aj: dict[str, Any]) -> Application | None:
    """Check 13: revision 1 must be new; revision n+1 must answer a returned revision n."""
    app_id, rev = aj["application_id"], aj["revision"]
    app = s.scalar(select(Application).where(Application.application_id == app_id).with_for_update())
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


def _possible_duplicate(s: Session, app: Application) -> bool:
    q = select(Application.id).where(
        Application.search_key == app.search_key, Application.birth_date == app.birth_date,
        Application.procedure == app.procedure, Application.id != app.id,
        Application.status.in_(workflow.OPEN_STATUSES)).limit(1)
    return s.scalar(q) is not None


def receive_bundle(bo: Backoffice, settings: IntakeSettings, actor: Actor, vb: Any,
                   file_name: str, file_sha: str) -> Application:
    """Ingest one bundle in its own transaction."""
    with bo.db.write() as s:
        return receive_in(s, bo, settings, actor, vb, file_name, file_sha)


def receive_in(s: Session, bo: Backoffice, settings: IntakeSettings, actor: Actor, vb: Any,
               file_name: str, file_sha: str) -> Application:
    """Ingest one bundle inside the caller's transaction (all of it or, on BundleRejected,
    the caller rolls back to its savepoint)."""
    aj = vb.application
    now = utcnow()
    app = _revision_target(s, aj)
    resubmission = app is not None
    if app is None:
        app = Application(application_id=aj["application_id"], revision=1, status="",
                          attention=[], received_at=now, updated_at=now, paused_days=0)
        _apply_applicant(app, aj, bo)
        s.add(app)
        s.flush()
    else:
        if app.returned_at is not None:  # 行政手続法第6条: waiting for the applicant doesn't count
            app.paused_days += bo.calendar.business_days_between(
                to_jst(app.returned_at).date(), to_jst(now).date())
        app.returned_at = None
        app.revision = aj["revision"]
        _apply_applicant(app, aj, bo)
    proc = bo.catalog.get(aj["procedure"])
    assert proc is not None
    app.due_date = bo.calendar.due_date(to_jst(app.received_at).date(), proc.processing_days,
                                        app.paused_days)
    rev = Revision(application_pk=app.id, revision=aj["revision"], bundle_id=vb.bundle_id,
                   application_json=vb.application_bytes, signature_json=vb.signature_bytes,
                   gateway_json=vb.gateway_bytes, submitted_at=app.submitted_at, received_at=now)
    s.add(rev)
    s.flush()
    with s.no_autoflush:  # the queries below read rows flushed above; one flush at commit
        _receive_rest(s, bo, settings, actor, vb, app, rev, proc, resubmission, file_name, file_sha, now)
    return app


def _receive_rest(s: Session, bo: Backoffice, settings: IntakeSettings, actor: Actor, vb: Any,
                  app: Application, rev: Revision, proc: Any, resubmission: bool, file_name: str,
                  file_sha: str, now: Any) -> None:
    aj = vb.application
    files = {f.attachment_id: f for f in vb.files}
    rejected = {r["attachment_id"]: r["reason"] for r in vb.rejected}
    for att in aj.get("attachments", []):
        f = files.get(att["id"])
        s.add(Document(revision_pk=rev.id, attachment_id=att["id"], kind=att["kind"],
                       original_file=att["file"], path=f.path if f else None,
                       media_type=f.media_type if f else None, sha256=f.sha256 if f else None,
                       pages=f.pages if f else 0, actions=list(f.actions) if f else [],
                       rejected_reason=None if f else rejected.get(att["id"], "missing"),
                       data=f.data if f else None))
    workflow.transition(s, actor, app, "resubmit" if resubmission else "receive",
                        bundle_id=vb.bundle_id)

    # Pre-review checks: problems mark the application for attention; they never drop it.
    sig = check_applicant_signature(vb.application_bytes, aj, vb.signature,
                                    trust_anchors=settings.trust_anchors, crls=settings.crls)
    codes: list[str] = []
    if proc.signature_required or vb.signature is not None:
        codes.extend(sig.codes)
    codes.extend(precheck(aj, proc, vb.gateway))
    if _possible_duplicate(s, app):
        codes.append("possible_duplicate")
    codes = list(dict.fromkeys(codes))
    rev.attention = codes
    rev.signature_checks = [
        {"name": c.name, "passed": c.passed, "detail": c.detail} for c in sig.checks]
    app.attention = codes
    workflow.transition(s, actor, app, "checks_failed" if codes else "checks_passed",
                        attention=codes)
    s.add(IntakeRecord(file_name=file_name, file_sha256=file_sha, bundle_id=vb.bundle_id,
                       outcome="ingested", at=now,
                       stored_path=str(bo.spool.archive / file_name)))
    audit.record(s, actor, "intake.ingest", f"application:{app.application_id}",
                 bundle_id=vb.bundle_id, revision=aj["revision"], attention=codes)
