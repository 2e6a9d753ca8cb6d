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
from backoffice.db.models_records import RecordAnswer, RecordRequest
from backoffice.platform.catalog import Procedure
from backoffice.platform.config import Config
from backoffice.platform.errors import TransitionError
from backoffice.records import policy


def latest(s: Session, app: Application) -> tuple[RecordRequest | None, RecordAnswer | None]:
    """The newest request of the application's current revision and its answer (None: none
    yet; the request None too when there is no request)."""
    row = s.execute(select(RecordRequest, RecordAnswer)
                    .outerjoin(RecordAnswer, RecordAnswer.request_pk == RecordRequest.id)
                    .where(RecordRequest.application_pk == app.id, RecordRequest.revision == app.revision)
                    .order_by(RecordRequest.seq.desc()).limit(1)).first()
    return (None, None) if row is None else (row[0], row[1])


def check_decision(s: Session, config: Config, actor: Actor, app: Application, proc: Procedure | None,
                   decision: str, reason: str | None) -> None:
    """Raise TransitionError (or PermissionDenied) when the register forbids this decision now."""
    if not policy.needs_record(config, proc):
        return
    req, ans = latest(s, app)
    if app.restricted or (ans is not None and ans.result == "restricted"):  # 支援措置 (records/restriction.py)
        require(actor, "record.restricted")
    if decision != "approve":
        return
    if req is None or ans is None or ans.result != "found":
        raise TransitionError("this certificate is issued from the register: it can be approved only "
                              "once the register has found the person", code="record_required")
    if ans.findings:
        if not (reason and reason.strip()):
            raise TransitionError("the register differs from the application ("
                                  + ", ".join(ans.findings) + "): write why it may be approved",
                                  code="record_reason_required")
        audit.record(s, actor, "records.mismatch_accepted", f"application:{app.application_id}",
                     request_id=req.request_id, findings=list(ans.findings), reason=reason)
