"""What the register answer means for a decision (records-v1 §4): a record procedure is
approved only with a `found` record; approving one whose record differs (record_mismatch)
needs a written reason, which is audited; an application whose person is protected
(`restricted`, 支援措置) is decided only by a supervisor."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db.models import Application
from backoffice.db.models_records import RecordRequest
from backoffice.platform.catalog import Procedure
from backoffice.platform.config import Config
from backoffice.platform.errors import TransitionError
from backoffice.records import policy


def latest(s: Session, app: Application) -> RecordRequest | None:
    """The newest request of the application's current revision (answered or not)."""
    return s.scalars(select(RecordRequest).where(RecordRequest.application_pk == app.id,
                                                  RecordRequest.revision == app.revision)
                     .order_by(RecordRequest.seq.desc()).limit(1)).first()


def check_decision(s: Session, config: Config, actor: Actor, app: Application, proc: Procedure | None,
                   decision: str, reason: str | None) -> None:
    """Raise TransitionError (or PermissionDenied) when the register forbids this decision now."""
    if not policy.needs_record(config, proc):
        return
    req = latest(s, app)
    if app.restricted or (req is not None and req.result == "restricted"):  # 支援措置 (records/restriction.py)
        require(actor, "record.restricted")
    if decision != "approve":
        return
    if req is None or req.result != "found":
        raise TransitionError("this certificate is issued from the register: it can be approved only "
                              "once the register has found the person", code="record_required")
    if req.findings:
        if not (reason and reason.strip()):
            raise TransitionError("the register differs from the application ("
                                  + ", ".join(req.findings) + "): write why it may be approved",
                                  code="record_reason_required")
        audit.record(s, actor, "records.mismatch_accepted", f"application:{app.application_id}",
                     request_id=req.request_id, findings=list(req.findings), reason=reason)
