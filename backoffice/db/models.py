"""Persistent model (SQLAlchemy 2, typed). Schema changes go through Alembic migrations.

Times are stored as UTC; dates (birth, due) as plain dates. Exact bytes that arrived
(application.json, gateway.json, signatures, sanitized files) are stored as blobs so the
record can always be re-checked against the bundle.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UTCDateTime = DateTime(timezone=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UTCDateTime}


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    session_epoch: Mapped[int] = mapped_column(Integer, default=0)  # bump ends live sessions
    created_at: Mapped[datetime]
    # issue 16: the administrator's reset makes the person choose a new password at login
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None]
    roles: Mapped[list[StaffRole]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", lazy="selectin"
    )
    departments: Mapped[list[StaffDepartment]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", lazy="selectin"
    )


class StaffRole(Base):
    __tablename__ = "staff_roles"
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    staff: Mapped[Staff] = relationship(back_populates="roles")


class StaffDepartment(Base):
    """The departments (the catalog's `department` names) a staff member works for:
    reviewers and supervisors see and act only on those departments' applications
    (need-to-know, issue 16; backoffice/accounts/scope.py)."""

    __tablename__ = "staff_departments"
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    department: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff: Mapped[Staff] = relationship(back_populates="departments")


class LoginThrottle(Base):
    """Failed logins per (account code, workstation): an attacker at one PC cannot lock
    the account out on every other PC (ASVS 2.2.1)."""

    __tablename__ = "login_throttle"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    workstation: Mapped[str] = mapped_column(String(100), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]


class Application(Base):
    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[str] = mapped_column(String(40), unique=True)
    revision: Mapped[int] = mapped_column(Integer)  # current revision
    procedure: Mapped[str] = mapped_column(String(64))
    department: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(24))
    attention: Mapped[list[Any]] = mapped_column(JSON, default=list)
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_kana: Mapped[str] = mapped_column(String(200))
    search_key: Mapped[str] = mapped_column(String(400))  # normalized name+kana for search
    birth_date: Mapped[date | None] = mapped_column(Date)
    postal_code: Mapped[str] = mapped_column(String(8), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    delivery_method: Mapped[str] = mapped_column(String(16))
    fee_due: Mapped[int] = mapped_column(Integer, default=0)
    payment_amount: Mapped[int | None] = mapped_column(Integer)
    payment_transaction_id: Mapped[str | None] = mapped_column(String(100))
    submitted_at: Mapped[datetime]
    received_at: Mapped[datetime]
    due_date: Mapped[date | None] = mapped_column(Date)
    paused_days: Mapped[int] = mapped_column(Integer, default=0)  # business days waiting on applicant
    returned_at: Mapped[datetime | None]
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    claim_expires_at: Mapped[datetime | None]
    recommendation: Mapped[str | None] = mapped_column(String(16))
    recommended_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    certificate_serial: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[datetime]
    anonymized_at: Mapped[datetime | None]  # personal data removed by the retention rules
    # a register answer said `restricted` (支援措置): masked in every list (records/restriction.py)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="application", order_by="Revision.revision", lazy="raise"
    )
    __table_args__ = (
        Index("ix_applications_queue", "status", "due_date", "id"),
        Index("ix_applications_received", "received_at", "id"),
        Index("ix_applications_procedure", "procedure", "status"),
        Index("ix_applications_claimed", "claimed_by"),
        Index("ix_applications_search", "search_key"),
        Index("ix_applications_decided", "decided_at", "id"),
    )


class Revision(Base):
    __tablename__ = "revisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_pk: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    application_json: Mapped[bytes] = mapped_column(LargeBinary)
    signature_json: Mapped[bytes | None] = mapped_column(LargeBinary)
    gateway_json: Mapped[bytes] = mapped_column(LargeBinary)
    submitted_at: Mapped[datetime]
    received_at: Mapped[datetime]
    attention: Mapped[list[Any]] = mapped_column(JSON, default=list)
    signature_checks: Mapped[list[Any]] = mapped_column(JSON, default=list)
    application: Mapped[Application] = relationship(back_populates="revisions")
    __table_args__ = (UniqueConstraint("application_pk", "revision", name="uq_revisions_app_rev"),)


class Document(Base):
    """A sanitized attachment (data set) or one the gateway rejected (data null)."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_pk: Mapped[int] = mapped_column(ForeignKey("revisions.id", ondelete="CASCADE"), index=True)
    attachment_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    original_file: Mapped[str] = mapped_column(String(255))
    path: Mapped[str | None] = mapped_column(String(255))
    media_type: Mapped[str | None] = mapped_column(String(64))
    sha256: Mapped[str | None] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    actions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    rejected_reason: Mapped[str | None] = mapped_column(Text)
    data: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class IntakeRecord(Base):
    """Outcome of every bundle file the sync looked at (ingested, duplicate, quarantined)."""

    __tablename__ = "intake_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    bundle_id: Mapped[str | None] = mapped_column(String(36), index=True)
    outcome: Mapped[str] = mapped_column(String(16))  # ingested | duplicate | quarantined
    reason: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime]
    stored_path: Mapped[str | None] = mapped_column(String(500))
    resolution: Mapped[str | None] = mapped_column(String(16))  # retried | discarded
    resolution_note: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    resolved_at: Mapped[datetime | None]
    # A refused bundle's department when its procedure could be read from signed content
    # (need-to-know, issue 16; docs/departments.md); None: not known
    department: Mapped[str | None] = mapped_column(String(64))


class ApplicationEvent(Base):
    """Every status change, decision and recommendation (what happened, who, why)."""

    __tablename__ = "application_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_pk: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str | None] = mapped_column(Text)
    # the export's decided_by lookup (backoffice/export/rows.py _columns)
    __table_args__ = (Index("ix_application_events_decision", "application_pk", "to_status", "at", "id"),)


class Comment(Base):
    """Internal comments between staff; never sent to the applicant."""

    __tablename__ = "comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_pk: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)


class Notice(Base):
    """Applicant notice (notice/1) queued in the same transaction as its status change and
    written to the spool outbox afterwards, idempotently by message_id."""

    __tablename__ = "notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(36), unique=True)
    application_pk: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int] = mapped_column(Integer)
    event: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime]
    message: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    written_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]  # the portal's ack/1 (portal-v1 §2; migration 0011)
    __table_args__ = (Index("ix_notices_unwritten", "written_at", "id"),)


class AuditEntry(Base):
    """Append-only, hash-chained audit log. seq is gap-free (assigned under a lock)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(32))
    workstation: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(48))
    target: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_audit_target", "target"), Index("ix_audit_actor_at", "actor", "at"))


class Certificate(Base):
    __tablename__ = "certificates"
    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    application_pk: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    template: Mapped[str] = mapped_column(String(64))
    kid: Mapped[str | None] = mapped_column(String(64))
    issued_at: Mapped[datetime]
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    body_text: Mapped[str] = mapped_column(Text)
    body_sha256: Mapped[str] = mapped_column(String(64))
    qr_text: Mapped[str | None] = mapped_column(Text)
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    status: Mapped[str] = mapped_column(String(16), default="valid")  # valid | superseded | revoked
    superseded_by: Mapped[str | None] = mapped_column(String(40))
    revoked_reason: Mapped[str | None] = mapped_column(Text)


class SerialCounter(Base):
    __tablename__ = "serial_counters"
    prefix: Mapped[str] = mapped_column(String(40), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class ExportBatch(Base):
    __tablename__ = "export_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(80), unique=True)
    procedure: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    rows: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))  # pending | written
    reexport_of: Mapped[str | None] = mapped_column(String(80))


class ExportItem(Base):
    """One final decision to export (queued with the decision). `id` is the decision
    sequence: a batch takes a range of it per procedure (ExportRange). On SQLite the table
    is AUTOINCREMENT so an id is never handed out twice, even after retention deleted the
    newest rows (a reused id below a range's end would never be exported)."""

    __tablename__ = "export_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_pk: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    procedure: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(16))
    decided_at: Mapped[datetime]
    # Who decided (export-v1 decided_by), stored with the decision since migration 0008;
    # NULL for older items, whose export looks it up (backoffice/export/rows.py).
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Only batches written before migration 0007 (one UPDATE per decision) set this;
    # newer batches own their items through ExportRange.
    batch_pk: Mapped[int | None] = mapped_column(ForeignKey("export_batches.id"), index=True)
    __table_args__ = (Index("ix_export_items_pending", "batch_pk", "decided_at", "id"),
                      Index("ix_export_items_sequence", "procedure", "id", "batch_pk", "decided_at"),
                      {"sqlite_autoincrement": True})


class ExportRange(Base):
    """The decisions of one procedure that one batch holds: export_items of `procedure`
    with lo < id <= hi (and no legacy batch_pk). Ranges of one procedure follow each other
    without gaps (lo = the previous hi), so assigning a batch writes one row per procedure,
    not one per decision."""

    __tablename__ = "export_ranges"
    batch_pk: Mapped[int] = mapped_column(ForeignKey("export_batches.id"), primary_key=True)
    procedure: Mapped[str] = mapped_column(String(64), primary_key=True)
    lo: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    hi: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    rows: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_export_ranges_procedure_hi", "procedure", "hi"),)


class Delivery(Base):
    """How an issued document reached the applicant (mail, counter handover, electronic)."""

    __tablename__ = "deliveries"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_pk: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    certificate_serial: Mapped[str | None] = mapped_column(String(40))
    method: Mapped[str] = mapped_column(String(16))  # mail | counter | electronic
    at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    id_document: Mapped[str | None] = mapped_column(String(64))  # identity document checked at the counter
    note: Mapped[str | None] = mapped_column(Text)
