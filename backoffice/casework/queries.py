"""Read-side services: plain frozen rows for lists and screens (never live ORM objects)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session, load_only

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db.engine import is_person
from backoffice.db.models import Application, IntakeRecord, Revision
from backoffice.db.models_records import RecordAnswer, RecordRequest
from backoffice.platform.catalog import default_catalog
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import rfc3339
from backoffice.records import restriction


@dataclass(frozen=True)
class ApplicationRow:
    pk: int
    application_id: str
    revision: int
    procedure: str
    department: str
    status: str
    attention: tuple[str, ...]
    applicant_name: str
    applicant_kana: str
    birth_date: date | None
    bundle_id: str | None
    received_at: datetime
    due_date: date | None
    certificate_serial: str | None
    claimed_by: int | None
    claim_expires_at: datetime | None
    # records-v1 §6: the register answer of the current revision, {"result", "as_of"}; None
    # while none has arrived (or the procedure has no register)
    record: dict[str, str] | None = None
    # 支援措置 (records/restriction.py): name, kana and birth date are blanked; screens show
    # a masked text and the application id only
    restricted: bool = False

    def to_cli_json(self) -> dict[str, object]:
        """cli-v1 "JSON output" of applications list."""
        return {
            "application_id": self.application_id,
            "revision": self.revision,
            "procedure": self.procedure,
            "status": self.status,
            "attention": list(self.attention),
            "applicant_name": self.applicant_name,
            "bundle_id": self.bundle_id,
            "received_at": rfc3339(self.received_at),
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "certificate_serial": self.certificate_serial,
            "record": self.record,
            "restricted": self.restricted,
        }


def masked(row: ApplicationRow) -> ApplicationRow:
    """The row of a protected person (支援措置) as lists show it: no name, kana or birth date."""
    return replace(row, applicant_name="", applicant_kana="", birth_date=None, restricted=True)


def row_of(app: Application, bundle_id: str | None) -> ApplicationRow:
    return ApplicationRow(
        pk=app.id, application_id=app.application_id, revision=app.revision,
        procedure=app.procedure, department=app.department, status=app.status,
        attention=tuple(app.attention or ()), applicant_name=app.applicant_name,
        applicant_kana=app.applicant_kana, birth_date=app.birth_date, bundle_id=bundle_id,
        received_at=app.received_at, due_date=app.due_date,
        certificate_serial=app.certificate_serial, claimed_by=app.claimed_by,
        claim_expires_at=app.claim_expires_at,
    )


def _current_bundle():  # type: ignore[no-untyped-def]
    return (
        select(Revision.bundle_id)
        .where(Revision.application_pk == Application.id, Revision.revision == Application.revision)
        .scalar_subquery()
    )


def list_applications(session: Session, actor: Actor, *, status: str | None = None,
                      limit: int | None = None) -> list[ApplicationRow]:
    """Every application (or those in one status), oldest first. Audited as a search."""
    require(actor, "application.search")
    q = select(Application, _current_bundle()).order_by(Application.received_at, Application.id)
    if status:
        q = q.where(Application.status == status)
    departments = scope.condition(actor, Application.department)  # need-to-know (issue 16)
    if departments is not None:
        q = q.where(departments)
    if limit:
        q = q.limit(limit)
    rows = [row_of(a, b) for a, b in session.execute(q)]
    hidden = restriction.restricted_pks(session, [r.pk for r in rows])
    rows = _with_records(session, [masked(r) if r.pk in hidden else r for r in rows])
    audit.record(session, actor, "application.list", "applications", status=status, count=len(rows))
    return rows


def _with_records(session: Session, rows: list[ApplicationRow]) -> list[ApplicationRow]:
    """Each row with the result and as_of of its current revision's newest register request
    (records-v1 §6), when that request has been answered."""
    newest: dict[int, tuple[int, str | None, datetime | None]] = {}
    pks = [r.pk for r in rows]
    for start in range(0, len(pks), 1000):
        for pk, seq, result, as_of in session.execute(
                select(RecordRequest.application_pk, RecordRequest.seq, RecordAnswer.result, RecordAnswer.as_of)
                .join(Application, (Application.id == RecordRequest.application_pk)
                      & (Application.revision == RecordRequest.revision))
                .outerjoin(RecordAnswer, RecordAnswer.request_pk == RecordRequest.id)
                .where(RecordRequest.application_pk.in_(pks[start:start + 1000]))):
            if pk not in newest or seq > newest[pk][0]:
                newest[pk] = (seq, result, as_of)
    if not newest:
        return rows
    out = []
    for r in rows:
        seq_result = newest.get(r.pk)
        if seq_result is not None and seq_result[1] is not None and seq_result[2] is not None:
            r = replace(r, record={"result": seq_result[1], "as_of": rfc3339(seq_result[2])})
        out.append(r)
    return out


def applications(bo: Backoffice, actor: Actor, *, status: str | None = None,
                 limit: int | None = None) -> list[ApplicationRow]:
    """list_applications in a unit of work of its own (`backoffice applications list`)."""
    with bo.db.write() as s:  # the search is audited
        return list_applications(s, actor, status=status, limit=limit)


@dataclass(frozen=True)
class QuarantineRow:
    id: int
    bundle: str
    reason: str
    detail: str
    at: datetime
    bundle_id: str | None
    resolution: str | None
    resolution_note: str | None
    # need-to-know (issue 16, docs/departments.md): the bundle's department when known, and
    # whether the detail was withheld (an administrator sees file, time and reason only)
    department: str | None = None
    detail_withheld: bool = False

    def to_cli_json(self) -> dict[str, str]:
        return {"bundle": self.bundle, "reason": self.reason, "detail": self.detail}

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def list_quarantine(session: Session, actor: Actor, *, include_resolved: bool = False,
                    departments: Sequence[str] | None = None) -> list[QuarantineRow]:
    """Refused bundles the actor may see (scope.refused_bundle_access): those of their
    departments, those of no known department only for a person who works for every one of
    `departments` (the catalog's; default: resources/procedures.toml's); an administrator
    sees every record without its detail."""
    require(actor, "quarantine.view")
    known = departments if departments is not None else default_catalog().departments()
    q = select(IntakeRecord).where(IntakeRecord.outcome == "quarantined").order_by(IntakeRecord.id)
    if not include_resolved:
        q = q.where(IntakeRecord.resolution.is_(None))
    mine = scope.refused_bundle_condition(actor, IntakeRecord.department, known)  # need-to-know (issue 16)
    if mine is not None:
        q = q.where(mine)
    person = is_person(session)
    if person:  # issue 19: persons may not read the detail and the note; the server hands them out
        q = q.options(load_only(*(getattr(IntakeRecord, c) for c in PERSON_RECORD_COLUMNS)))
    records = list(session.scalars(q))
    notes: dict[int, tuple[str | None, str | None]] = {}
    if person and records:
        notes = {int(i): (d, n) for i, d, n in session.execute(
            text("SELECT * FROM bo_refused_bundle_notes(:ids)"), {"ids": [r.id for r in records]})}
    out = []
    for r in records:
        withheld = scope.refused_bundle_access(actor, r.department, known) != scope.FULL
        detail, note = notes.get(r.id, (None, None)) if person else (r.detail, r.resolution_note)
        out.append(QuarantineRow(r.id, r.file_name, r.reason or "", "" if withheld else detail or "", r.at,
                                 r.bundle_id, r.resolution, None if withheld else note, r.department, withheld))
    return out


# What a person reads of a refused bundle's record themselves (backoffice/db/roles.py
# PERSON_HIDDEN_COLUMNS: not the detail and the resolution note)
PERSON_RECORD_COLUMNS = ("id", "file_name", "file_sha256", "bundle_id", "outcome", "reason", "at", "stored_path",
                         "resolution", "resolved_by", "resolved_at", "department")


def quarantined(bo: Backoffice, actor: Actor, *, include_resolved: bool = False) -> list[QuarantineRow]:
    """list_quarantine in a read of its own (`backoffice quarantine list`, the quarantine page)."""
    with bo.db.read() as s:
        return list_quarantine(s, actor, include_resolved=include_resolved, departments=bo.catalog.departments())
