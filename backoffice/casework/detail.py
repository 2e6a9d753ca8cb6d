"""Read side of one application for the application screen: plain frozen data (never ORM
objects), document bytes on request, and what changed between two revisions.

Every call reads personal data, so every call is audited (application.view, document.view,
application.diff) in the same unit of work that reads it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db import units
from backoffice.db.catalog_store import DatedCatalog
from backoffice.db.models import (
    Application,
    ApplicationEvent,
    Comment,
    Document,
    Notice,
    Revision,
    Staff,
)
from backoffice.db.models_portal import Inquiry
from backoffice.platform.catalog import Catalog
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import NotFound, PermissionDenied
from backoffice.platform.timeutil import as_utc, to_jst
from backoffice.records import restriction

log = logging.getLogger(__name__)

DIFF_SECTIONS = ("applicant", "form", "delivery", "payment", "appointment")


@dataclass(frozen=True)
class Applicant:
    name: str
    name_kana: str
    birth_date: date | None
    postal_code: str
    address: str
    phone: str
    email: str


@dataclass(frozen=True)
class FormField:
    key: str
    label: str      # catalog label, the key itself when the catalog has none
    value: Any      # str, int, float, bool or a tuple of those


@dataclass(frozen=True)
class Payment:
    fee_due: int
    method: str | None
    amount: int | None
    transaction_id: str | None
    paid_at: str | None

    @property
    def settled(self) -> bool:
        return self.fee_due == 0 or (self.amount is not None and self.amount == self.fee_due)


@dataclass(frozen=True)
class SignatureCheck:
    name: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    attachment_id: str
    kind: str
    original_file: str
    media_type: str | None
    pages: int
    sha256: str | None
    actions: tuple[str, ...]         # what the gateway did to sanitize it
    rejected_reason: str | None      # set when the gateway refused the file (no bytes)


@dataclass(frozen=True)
class LinkedInquiry:
    """An inquiry linked to the application, as the application screen lists it: received
    (aware UTC), channel (portal | phone | counter), status (new | assigned | answered |
    closed) and the start of the question; the id opens it on the inquiries page."""

    inquiry_id: str
    received_at: datetime
    channel: str
    status: str
    opening: str  # the question's first words (at most OPENING_CHARS characters)


OPENING_CHARS = 40


def _opening(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= OPENING_CHARS else one_line[:OPENING_CHARS - 1] + "…"


@dataclass(frozen=True)
class NoticeInfo:
    """One notice/1 to the applicant and its delivery (portal-v1 §3): written to the
    outbox at, acknowledged by the portal at (None: not yet)."""

    event: str
    at: datetime
    written_at: datetime | None
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class EventInfo:
    at: datetime
    actor: str
    action: str
    from_status: str | None
    to_status: str
    reason: str | None
    revision: int


@dataclass(frozen=True)
class CommentInfo:
    at: datetime
    staff: str
    text: str


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    bundle_id: str
    received_at: datetime
    attention: tuple[str, ...]


@dataclass(frozen=True)
class ApplicationDetail:
    pk: int
    application_id: str
    revision: int
    procedure: str
    procedure_name: str
    department: str
    two_step: bool
    status: str
    attention: tuple[str, ...]
    applicant: Applicant
    form: tuple[FormField, ...]
    payment: Payment
    delivery_method: str
    appointment: dict[str, Any] | None
    submitted_at: datetime
    received_at: datetime
    due_date: date | None
    claimed_by: int | None
    claimed_by_name: str | None
    claim_expires_at: datetime | None
    recommendation: str | None
    recommended_by: int | None
    recommended_by_name: str | None
    signature_checks: tuple[SignatureCheck, ...]
    gateway_engine: str
    sanitized_at: str
    documents: tuple[DocumentInfo, ...]
    events: tuple[EventInfo, ...]
    comments: tuple[CommentInfo, ...]
    revisions: tuple[RevisionInfo, ...]
    notices: tuple[NoticeInfo, ...] = ()  # issue 17: written / acknowledged per notice
    inquiries: tuple[LinkedInquiry, ...] = ()  # the inquiries linked to this application
    # 支援措置 (records/restriction.py): `restricted` for a protected person; `withheld` when
    # this reader may not open it: applicant, form, attachments and appointment are left out
    restricted: bool = False
    withheld: bool = False


NOBODY = Applicant("", "", None, "", "", "", "")


def _withheld(d: ApplicationDetail) -> ApplicationDetail:
    return replace(d, applicant=NOBODY, form=(), documents=(), appointment=None, restricted=True, withheld=True,
                   inquiries=tuple(replace(i, opening="") for i in d.inquiries))  # the question may name them


def _refuse_restricted(s: Session, actor: Actor, app_pk: int, application_id: str) -> None:
    """Attachments and revision differences of a protected person only for record.restricted."""
    if not restriction.may_open(actor) and restriction.is_restricted(s, app_pk):
        raise PermissionDenied(f"{application_id} is a protected person's application (支援措置): only "
                               "a supervisor may open it", code="record_restricted")


def _frozen(value: Any) -> Any:
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


def _load(s: Session, pk: int) -> Application:
    return units.load_for_update(s, Application, pk, what="application", lock=False)


def _revision(s: Session, pk: int, number: int) -> Revision:
    rev = s.scalar(select(Revision).where(Revision.application_pk == pk, Revision.revision == number))
    if rev is None:
        raise NotFound(f"application {pk} has no revision {number}")
    return rev


def _names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted))).all())


def form_labels(catalog: Catalog, procedure: str, received_at: datetime) -> dict[str, str]:
    """The labels of the form's fields in the catalog version the application is judged by:
    the one in force on its day of receipt (Japan date), also after later changes (issue 16)."""
    judged_by = catalog.on(to_jst(received_at).date()) if isinstance(catalog, DatedCatalog) else catalog
    proc = judged_by.get(procedure) or catalog.get(procedure)
    return dict(proc.fields) if proc else {}


def relabelled(detail: ApplicationDetail, catalog: Catalog) -> ApplicationDetail:
    """The same detail with its form labels read again from `catalog` (a running desktop
    whose catalog was reloaded, backoffice/db/catalog_store.CatalogWatch); no database."""
    labels = form_labels(catalog, detail.procedure, detail.received_at)
    return replace(detail, form=tuple(replace(f, label=labels.get(f.key, f.key)) for f in detail.form))


def _detail(bo: Backoffice, s: Session, app: Application) -> ApplicationDetail:
    rev = _revision(s, app.id, app.revision)
    aj = json.loads(rev.application_json)
    gw = json.loads(rev.gateway_json) if rev.gateway_json else {}
    proc = bo.catalog.get(app.procedure)
    labels = form_labels(bo.catalog, app.procedure, app.received_at)
    a = aj.get("applicant", {})
    pay = aj.get("payment") or {}
    events = s.scalars(select(ApplicationEvent).where(ApplicationEvent.application_pk == app.id)
                       .order_by(ApplicationEvent.id)).all()
    comments = s.scalars(select(Comment).where(Comment.application_pk == app.id).order_by(Comment.id)).all()
    docs = s.scalars(select(Document).where(Document.revision_pk == rev.id).order_by(Document.id)).all()
    revs = s.scalars(select(Revision).where(Revision.application_pk == app.id).order_by(Revision.revision)).all()
    names = _names(s, {e.actor_id for e in events} | {c.staff_id for c in comments}
                   | {app.claimed_by, app.recommended_by})
    return ApplicationDetail(
        pk=app.id, application_id=app.application_id, revision=app.revision,
        procedure=app.procedure, procedure_name=proc.name if proc else app.procedure,
        department=app.department, two_step=bool(proc and proc.two_step), status=app.status,
        attention=tuple(app.attention or ()),
        applicant=Applicant(a.get("name", app.applicant_name), a.get("name_kana", app.applicant_kana),
                            app.birth_date, a.get("postal_code", ""), a.get("address", ""),
                            a.get("phone", ""), a.get("email", "")),
        form=tuple(FormField(k, labels.get(k, k), _frozen(v)) for k, v in (aj.get("form") or {}).items()),
        payment=Payment(app.fee_due, pay.get("method"), pay.get("amount"), pay.get("transaction_id"),
                        pay.get("paid_at")),
        delivery_method=app.delivery_method, appointment=aj.get("appointment"),
        submitted_at=app.submitted_at, received_at=app.received_at, due_date=app.due_date,
        claimed_by=app.claimed_by, claimed_by_name=names.get(app.claimed_by or 0),
        claim_expires_at=app.claim_expires_at, recommendation=app.recommendation,
        recommended_by=app.recommended_by, recommended_by_name=names.get(app.recommended_by or 0),
        signature_checks=tuple(SignatureCheck(c.get("name", ""), bool(c.get("passed")), c.get("detail", ""))
                               for c in rev.signature_checks or ()),
        gateway_engine=str(gw.get("engine", "")), sanitized_at=str(gw.get("sanitized_at", "")),
        documents=tuple(DocumentInfo(d.id, d.attachment_id, d.kind, d.original_file, d.media_type,
                                     d.pages, d.sha256, tuple(d.actions or ()), d.rejected_reason)
                        for d in docs),
        events=tuple(EventInfo(e.at, names.get(e.actor_id or 0, "system"), e.action, e.from_status,
                               e.to_status, e.reason, e.revision) for e in events),
        comments=tuple(CommentInfo(c.at, names.get(c.staff_id, "?"), c.text) for c in comments),
        revisions=tuple(RevisionInfo(r.revision, r.bundle_id, r.received_at, tuple(r.attention or ()))
                        for r in revs),
        notices=tuple(NoticeInfo(n.event, as_utc(n.at), as_utc(n.written_at), as_utc(n.acknowledged_at))
                      for n in s.execute(select(Notice.event, Notice.at, Notice.written_at, Notice.acknowledged_at)
                                         .where(Notice.application_pk == app.id).order_by(Notice.id))),
        inquiries=tuple(LinkedInquiry(i.inquiry_id, as_utc(i.received_at), i.channel, i.status, _opening(i.text))
                        for i in s.execute(select(Inquiry.inquiry_id, Inquiry.received_at, Inquiry.channel,
                                                  Inquiry.status, Inquiry.text)
                                           .where(Inquiry.application_pk == app.id).order_by(Inquiry.id))),
    )


def application_detail(bo: Backoffice, actor: Actor, pk: int) -> ApplicationDetail:
    require(actor, "application.view")
    with bo.db.write() as s:
        app = _load(s, pk)
        scope.require_department(actor, app.department)  # need-to-know (issue 16)
        detail = _detail(bo, s, app)
        protected: dict[str, bool] = {}
        if restriction.is_restricted(s, app.id):
            shown = restriction.may_open(actor)
            detail = replace(detail, restricted=True) if shown else _withheld(detail)
            protected = {"restricted": True, "shown": shown}
        audit.record(s, actor, "application.view", f"application:{app.application_id}",
                     revision=app.revision, **protected)
    return detail


def document_bytes(bo: Backoffice, actor: Actor, document_id: int, *,
                   application_pk: int | None = None) -> tuple[str, bytes]:
    """(media_type, sanitized bytes) of one document; a rejected one has none (NotFound).
    With `application_pk`, a document of any other application is refused (NotFound, not
    read, not audited): a viewer asks for a document of the application it shows."""
    require(actor, "document.view")
    with bo.db.write() as s:
        row = s.execute(
            select(Document.media_type, Document.data, Document.attachment_id, Application.application_id,
                   Application.id.label("application_pk"), Application.department)
            .join(Revision, Revision.id == Document.revision_pk)
            .join(Application, Application.id == Revision.application_pk)
            .where(Document.id == document_id)).first()
        if row is None or row.data is None:
            raise NotFound(f"document {document_id} has no content")
        if application_pk is not None and row.application_pk != application_pk:
            raise NotFound(f"document {document_id} does not belong to application {application_pk}")
        scope.require_department(actor, row.department)
        _refuse_restricted(s, actor, row.application_pk, row.application_id)
        audit.record(s, actor, "document.view", f"application:{row.application_id}",
                     document=document_id, attachment=row.attachment_id)
        return row.media_type or "application/octet-stream", bytes(row.data)


@dataclass(frozen=True)
class FieldChange:
    path: str                   # "applicant.address", "form.copies", "attachments.a2"
    old: Any                    # None when added
    new: Any                    # None when removed
    kind: str = "changed"       # changed | added | removed


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if isinstance(value, dict) and value:
        for k, v in value.items():
            _flatten(f"{prefix}.{k}", v, out)
    else:
        out[prefix] = _frozen(value)


def _fields(aj: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for section in DIFF_SECTIONS:
        _flatten(section, aj.get(section), out)
    return out


def _attachments(aj: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {a["id"]: (a.get("file", ""), a.get("sha256", "")) for a in aj.get("attachments", [])}


def diff_application_json(a: dict[str, Any], b: dict[str, Any]) -> list[FieldChange]:
    changes: list[FieldChange] = []
    fa, fb = _fields(a), _fields(b)
    for path in list(fa) + [p for p in fb if p not in fa]:
        old, new = fa.get(path), fb.get(path)
        if old != new:
            kind = "added" if path not in fa else "removed" if path not in fb else "changed"
            changes.append(FieldChange(path, old, new, kind))
    aa, ab = _attachments(a), _attachments(b)
    for att in list(aa) + [k for k in ab if k not in aa]:
        old_a, new_a = aa.get(att), ab.get(att)
        if old_a is None:
            assert new_a is not None
            changes.append(FieldChange(f"attachments.{att}", None, new_a[0], "added"))
        elif new_a is None:
            changes.append(FieldChange(f"attachments.{att}", old_a[0], None, "removed"))
        elif old_a[1] != new_a[1]:
            changes.append(FieldChange(f"attachments.{att}", old_a[0], new_a[0], "changed"))
    return changes


def revision_diff(bo: Backoffice, actor: Actor, pk: int, rev_a: int, rev_b: int) -> list[FieldChange]:
    """What the applicant changed from revision a to revision b (the "what changed" panel)."""
    require(actor, "application.view")
    with bo.db.write() as s:
        app = _load(s, pk)
        scope.require_department(actor, app.department)
        _refuse_restricted(s, actor, app.id, app.application_id)
        a = json.loads(_revision(s, pk, rev_a).application_json)
        b = json.loads(_revision(s, pk, rev_b).application_json)
        audit.record(s, actor, "application.diff", f"application:{app.application_id}",
                     revisions=[rev_a, rev_b])
    return diff_application_json(a, b)
