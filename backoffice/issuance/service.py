"""Issuance services: issue, reprint and revoke certificates/notices, serial numbers, lookups.

One function per user intent, each one unit of work (`bo.db.write()`): the serial is
allocated, the PDF rendered and stored, the application moved to `issued` and the
applicant notice queued in the same transaction, so a crash leaves either all or nothing.

Serials (certificate-qr-v1 `sn`): `<year>-<kind code>-<8 digits>`, e.g. 2026-JU-00001234,
counted per (year, kind code) in serial_counters. The year is the JST issue year.

A person connected as their own role (issue 19, `[database] per_person = true`) holds no
write on these tables: the serial comes from the server's bo_next_serial and the document,
its serial, the status, the audit entries and the notice are written by bo_issue, bo_reprint
and bo_revoke (issuance/server_issuing.py, migration 0020) after the same checks here. The
document itself (body, QR signature with the workstation's key, PDF) is made here as always.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from backoffice.accounts import keystore, scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.db import units
from backoffice.db.engine import is_person
from backoffice.db.models import Application, Certificate, Revision, SerialCounter
from backoffice.issuance import registry
from backoffice.issuance.document import DocumentData, body_sha256, compose_body, render_pdf
from backoffice.issuance.qr import make_payload, sign_qr
from backoffice.issuance.templates import load_template
from backoffice.platform.context import Backoffice
from backoffice.platform.demo_mode import is_demo_kid, key_folder
from backoffice.platform.errors import BackofficeError, NotFound, TransitionError
from backoffice.platform.timeutil import today_jst, utcnow
from backoffice.records import issue as record_issue

log = logging.getLogger(__name__)

# The kind code of each procedure is catalog data (`serial_code`, Catalog.kind_code).
SERIAL_DIGITS = 8


def allocate_serial(session: Session, code: str, year: int) -> str:
    """Next serial for (year, code) inside the caller's write transaction.

    SQLite: the write transaction already holds the database write lock (BEGIN IMMEDIATE).
    PostgreSQL: INSERT ... ON CONFLICT DO NOTHING creates the row, SELECT ... FOR UPDATE
    locks it until commit, so concurrent issuers queue on the row and never share a number.
    """
    prefix = f"{year}-{code}"
    units.insert_if_absent(session, SerialCounter, ["prefix"], prefix=prefix, last=0)
    counter = units.load_for_update(session, SerialCounter, prefix, what="serial counter", by=SerialCounter.prefix)
    counter.last += 1
    session.flush()
    return f"{prefix}-{counter.last:0{SERIAL_DIGITS}d}"


@dataclass(frozen=True)
class IssuedInfo:
    application_pk: int
    application_id: str
    procedure: str
    output: str  # certificate | notice | none
    serial: str | None  # None when the procedure has no output (closed without a document)
    status: str  # the application's new status
    notice_event: str | None
    kid: str | None = None
    pdf: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class BatchResult:
    issued: tuple[IssuedInfo, ...]
    failed: tuple[tuple[str, str], ...]  # (application id, reason)
    # the errors behind `failed`, in its order (the desktop says them in the staff's words)
    errors: tuple[BaseException, ...] = field(default=(), repr=False, compare=False)


@dataclass(frozen=True)
class CertificateInfo:
    serial: str
    application_id: str
    kind: str
    template: str
    kid: str | None
    issued_at: datetime
    status: str
    superseded_by: str | None
    revoked_reason: str | None
    body_sha256: str


def _info(c: Certificate, application_id: str) -> CertificateInfo:
    return CertificateInfo(c.serial, application_id, c.kind, c.template, c.kid, c.issued_at,
                           c.status, c.superseded_by, c.revoked_reason, c.body_sha256)


def _load_app(s: Session, pk: int) -> Application:
    # a person may not lock a row they do not claim; the server's functions lock it
    return units.load_for_update(s, Application, pk, what="application", lock=not is_person(s))


def _application_json(s: Session, app: Application) -> dict[str, object]:
    raw = s.scalar(select(Revision.application_json).where(
        Revision.application_pk == app.id, Revision.revision == app.revision))
    if raw is None:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        log.warning("application.json of %s does not parse; issuing from the record", app.application_id)
        return {}
    return data if isinstance(data, dict) else {}


def _document_data(bo: Backoffice, s: Session, app: Application, serial: str, template: str,
                   issued_on: date) -> DocumentData:
    aj = _application_json(s, app)
    raw_form = aj.get("form")
    form: dict[str, Any] = raw_form if isinstance(raw_form, dict) else {}
    data = DocumentData(
        serial=serial, kind=app.procedure, template=template, issued_on=issued_on,
        application_id=app.application_id, name=app.applicant_name,
        name_kana=app.applicant_kana, birth_date=app.birth_date, address=app.address,
        postal_code=app.postal_code, form=dict(form),
        city_name=bo.config.city_name, city_code=bo.config.city_code, mayor=bo.config.mayor,
        demo=is_demo_kid(bo.config.key_id),
    )
    # records-v1 §5: a register procedure prints the register's facts, not the form's
    return record_issue.apply(s, bo.config, app, bo.catalog.get(app.procedure), data)


def _produce(bo: Backoffice, s: Session, actor: Actor, app: Application, template_name: str,
             key: object | None) -> Certificate:
    """Allocate a serial, compose, sign and render; add the Certificate row (not yet linked)."""
    template = load_template(template_name)
    issued_on = today_jst()
    if is_person(s):  # the server hands out the next number and moves its counter on storing it
        serial = s.scalar(text("SELECT bo_next_serial(:a, :k)"),
                          {"a": app.application_id, "k": bo.catalog.kind_code(app.procedure)})
    else:
        serial = allocate_serial(s, bo.catalog.kind_code(app.procedure), issued_on.year)
    data = _document_data(bo, s, app, serial, template_name, issued_on)
    lines = compose_body(template, data)
    digest = body_sha256(lines)
    qr_text: str | None = None
    kid: str | None = None
    if template.show_qr:
        if key is None:
            key = keystore.load_issuing_key(bo.config.key_id, demo_keys=key_folder(bo.config))
        kid = bo.config.key_id
        # its public half in the shared registry, so every workstation can verify this paper
        registry.ensure_registered(s, actor, kid, key.public_key())  # type: ignore[attr-defined]
        payload = make_payload(serial=serial, kind=app.procedure, city_code=bo.config.city_code,
                               issued_on=issued_on, application_id=app.application_id,
                               name=app.applicant_name, birth=app.birth_date, body_sha256=digest)
        qr_text = sign_qr(payload, key, kid)  # type: ignore[arg-type]
    pdf = render_pdf(template, data, lines, qr_text)
    cert = Certificate(serial=serial, application_pk=app.id, kind=app.procedure,
                       template=template_name, kid=kid, issued_at=utcnow(), issued_by=actor.id,
                       body_text="\n".join(lines), body_sha256=digest, qr_text=qr_text, pdf=pdf,
                       status="valid")
    if not is_person(s):  # a person's certificate row is written by bo_issue / bo_reprint
        s.add(cert)
        s.flush()
    return cert


def _document_args(cert: Certificate) -> dict[str, object]:
    return {"serial": cert.serial, "kid": cert.kid, "body": cert.body_text, "sha": cert.body_sha256,
            "qr": cert.qr_text, "pdf": cert.pdf}


def issue_document(bo: Backoffice, actor: Actor, pk: int, *, key: object | None = None) -> IssuedInfo:
    """Issue the certificate/notice of one approved application (or close it when its
    procedure has no output). `key` lets a batch load the issuing key once."""
    require(actor, "certificate.issue")
    record_issue.ensure_fresh(bo, actor, pk)  # records-v1 §5: a stale answer is asked again, never printed
    with bo.db.write() as s:
        app = _load_app(s, pk)
        scope.require_department(actor, app.department, handover=True)  # counter: any department
        workflow.check(actor, "issue", app.status)  # approved, right role: fail before work
        proc = bo.catalog.get(app.procedure)
        if proc is None:
            raise BackofficeError(f"{app.application_id}: procedure {app.procedure} is not in the catalog")
        if proc.output == "none" or not proc.template:
            if is_person(s):  # counter staff of any department, as here (bo_transition: deliver only)
                s.execute(text("SELECT bo_close_without_output(:a)"), {"a": app.application_id})
                s.refresh(app)
            else:
                workflow.transition(s, actor, app, "close_without_output")
            return IssuedInfo(app.id, app.application_id, app.procedure, "none", None, app.status, None)
        cert = _produce(bo, s, actor, app, proc.template, key)
        event = "ready_for_pickup" if app.delivery_method == "counter" else "issued"
        if is_person(s):  # the row, the serial, the status, audit and notice on the server
            s.execute(text("SELECT bo_issue(:a, :serial, :template, :kid, :body, :sha, :qr, :pdf)"),
                      {"a": app.application_id, "template": cert.template, **_document_args(cert)})
            s.refresh(app)
            log.info("issued %s for %s", cert.serial, app.application_id)
            return IssuedInfo(app.id, app.application_id, app.procedure, proc.output, cert.serial,
                              app.status, event, cert.kid, cert.pdf)
        app.certificate_serial = cert.serial
        attachment = cert.pdf if app.delivery_method == "electronic" else None
        audit.record(s, actor, "certificate.issue", f"certificate:{cert.serial}",
                     application=app.application_id, kind=app.procedure, kid=cert.kid,
                     body_sha256=cert.body_sha256)
        workflow.transition(s, actor, app, "issue", notice_event=event, attachment=attachment,
                            serial=cert.serial)
        log.info("issued %s for %s", cert.serial, app.application_id)
        return IssuedInfo(app.id, app.application_id, app.procedure, proc.output, cert.serial,
                          app.status, event, cert.kid, cert.pdf)


def issuable_pks(bo: Backoffice, application_id: str | None = None) -> list[int]:
    with bo.db.read() as s:
        q = select(Application.id).where(Application.status == workflow.APPROVED)
        if application_id:
            q = select(Application.id).where(Application.application_id == application_id)
        pks = list(s.scalars(q.order_by(Application.id)))
    if application_id and not pks:
        raise NotFound(f"no application {application_id}")
    return pks


def issue_pending(bo: Backoffice, actor: Actor, application_id: str | None = None, *,
                  progress: Callable[[int, int, IssuedInfo | None], None] | None = None,
                  pks: Sequence[int] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> BatchResult:
    """Issue every approved application (or the one named, or the `pks` given: the
    desktop's "Issue selected"). One failure (e.g. a name that does not fit the QR budget)
    does not stop the batch; it is reported in `failed`. `cancelled()` is asked before
    each application (the desktop's Cancel button)."""
    require(actor, "certificate.issue")
    todo = issuable_pks(bo, application_id) if pks is None else list(pks)
    key = None
    issued: list[IssuedInfo] = []
    failed: list[tuple[str, str]] = []
    errors: list[BaseException] = []
    for n, pk in enumerate(todo, 1):
        if cancelled is not None and cancelled():
            break
        if key is None and _needs_key(bo, pk):  # no key: nothing could be issued, stop
            key = keystore.load_issuing_key(bo.config.key_id, demo_keys=key_folder(bo.config))
        info: IssuedInfo | None
        try:
            info = issue_document(bo, actor, pk, key=key)
            issued.append(info)
        except (BackofficeError, ValueError) as exc:
            label = _app_id(bo, pk)
            log.warning("could not issue %s: %s", label, exc)
            failed.append((label, str(exc)))
            errors.append(exc)
            info = None
        if progress:
            progress(n, len(todo), info)
    return BatchResult(tuple(issued), tuple(failed), tuple(errors))


def _needs_key(bo: Backoffice, pk: int) -> bool:
    with bo.db.read() as s:
        proc = bo.catalog.get(s.scalar(select(Application.procedure).where(Application.id == pk)) or "")
    return bool(proc and proc.output != "none" and proc.template and load_template(proc.template).show_qr)


def _app_id(bo: Backoffice, pk: int) -> str:
    with bo.db.read() as s:
        return s.scalar(select(Application.application_id).where(Application.id == pk)) or str(pk)


def _load_cert(s: Session, serial: str, lock: bool = True) -> Certificate:
    return units.load_for_update(s, Certificate, serial, what="certificate", by=Certificate.serial,
                                 lock=lock and not is_person(s))


def reprint(bo: Backoffice, actor: Actor, serial: str, reason: str = "") -> IssuedInfo:
    """A fresh copy under a new serial (the paper jammed, was spoiled or lost before it left
    the office); the old serial becomes superseded and verifies as revoked from then on.
    The application's status does not change and the applicant gets no new notice."""
    require(actor, "certificate.issue")
    with bo.db.write() as s:
        old = _load_cert(s, serial)
        if old.status != "valid":
            raise TransitionError(f"certificate {serial} is {old.status}; only the current one can be reprinted")
        app = _load_app(s, old.application_pk)
        scope.require_department(actor, app.department, handover=True)
        if app.status not in (workflow.ISSUED, workflow.DELIVERED):
            raise TransitionError(f"{app.application_id} is {app.status}; reprint needs issued or delivered")
        proc = bo.catalog.get(app.procedure)
        cert = _produce(bo, s, actor, app, old.template, None)
        if is_person(s):  # the new row, the old one superseded and the audit entry on the server
            s.execute(text("SELECT bo_reprint(:old, :serial, :kid, :body, :sha, :qr, :pdf, :reason)"),
                      {"old": serial, "reason": reason or None, **_document_args(cert)})
            return IssuedInfo(app.id, app.application_id, app.procedure,
                              proc.output if proc else "certificate", cert.serial, app.status, None,
                              cert.kid, cert.pdf)
        old.status, old.superseded_by = "superseded", cert.serial
        app.certificate_serial = cert.serial
        audit.record(s, actor, "certificate.reprint", f"certificate:{cert.serial}",
                     application=app.application_id, supersedes=serial, reason=reason or None)
        return IssuedInfo(app.id, app.application_id, app.procedure, proc.output if proc else "certificate",
                          cert.serial, app.status, None, cert.kid, cert.pdf)


def revoke(bo: Backoffice, actor: Actor, serial: str, reason: str) -> CertificateInfo:
    """Supervisors: the paper must no longer be relied on (issued in error, fraud)."""
    require(actor, "certificate.revoke")
    if not reason.strip():
        raise TransitionError("a reason is required to revoke a certificate")
    with bo.db.write() as s:
        cert = _load_cert(s, serial)
        if cert.status == "revoked":
            raise TransitionError(f"certificate {serial} is already revoked")
        app_id, department = s.execute(select(Application.application_id, Application.department)
                                       .where(Application.id == cert.application_pk)).one()
        scope.require_department(actor, department)  # need-to-know (issue 16)
        previous = cert.status
        if is_person(s):  # the server checks certificate.revoke and the department again
            s.execute(text("SELECT bo_revoke(:s, :r)"), {"s": serial, "r": reason.strip()})
            s.refresh(cert)
            return _info(cert, app_id)
        cert.status, cert.revoked_reason = "revoked", reason.strip()
        audit.record(s, actor, "certificate.revoke", f"certificate:{serial}", application=app_id,
                     previous_status=previous, reason=reason.strip())
        return _info(cert, app_id)


def serial_status(session: Session, serial: str) -> str | None:
    """"valid" | "superseded" | "revoked", or None when this office has no such serial."""
    return session.scalar(select(Certificate.status).where(Certificate.serial == serial))


def certificate_info(bo: Backoffice, actor: Actor, serial: str) -> CertificateInfo:
    require(actor, "certificate.verify")
    with bo.db.read() as s:
        cert = _load_cert(s, serial, lock=False)
        app_id = s.scalar(select(Application.application_id).where(Application.id == cert.application_pk)) or ""
        return _info(cert, app_id)


def certificates_of(bo: Backoffice, actor: Actor, pk: int) -> list[CertificateInfo]:
    """Every document issued for one application, newest first."""
    require(actor, "application.view")
    with bo.db.read() as s:
        app_id, department = s.execute(select(Application.application_id, Application.department)
                                       .where(Application.id == pk)).first() or ("", "")
        scope.require_department(actor, department, handover=True)  # counter staff: any department
        rows = s.scalars(select(Certificate).where(Certificate.application_pk == pk)
                         .order_by(Certificate.id.desc())).all()
        return [_info(c, app_id) for c in rows]


def certificate_pdf(bo: Backoffice, actor: Actor, serial: str) -> bytes:
    """The stored PDF (for printing or saving); audited, it shows personal data."""
    require(actor, "application.view")
    with bo.db.write() as s:
        cert = _load_cert(s, serial, lock=False)
        department = s.scalar(select(Application.department).where(Application.id == cert.application_pk)) or ""
        scope.require_department(actor, department, handover=True)
        audit.record(s, actor, "certificate.view", f"certificate:{serial}")
        return bytes(cert.pdf)
