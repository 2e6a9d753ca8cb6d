"""Tables of the portal's back office (portal-v1, issue 17): the signed outbox's messages
besides notices, inquiries with their answers and notes, FAQ entries and announcements.
Same Base as backoffice.db.models (migration 0011)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.models import Base


class OutboxMessage(Base):
    """One outbound message other than notice/1 (those stay in `notices`): its JSON body is
    fixed when the change is committed, in the same transaction, so it exists exactly once;
    `written_at` is set once the JSON and its signature are in outbox/, `acknowledged_at`
    when the portal's ack/1 names it. `subject` says what it is about (`catalog`,
    `faq:<id>`, `slots:<counter>`, `inquiry:<id>`, ...), for "the last one published"."""

    __tablename__ = "outbox_messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(36), unique=True)
    schema: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime]
    payload: Mapped[str] = mapped_column(Text)  # the body as JSON text, without schema/message_id/at
    fingerprint: Mapped[str] = mapped_column(String(64), default="")  # sha256 of the content
    written_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    __table_args__ = (Index("ix_outbox_messages_unwritten", "written_at", "id"),
                      Index("ix_outbox_messages_subject", "subject", "id"))


class Inquiry(Base):
    """A citizen's question (問い合わせ): inquiry/1 from the portal, or entered by staff for
    a phone call or a visit. Status new -> assigned -> answered -> closed (portal-v1 §3)."""

    __tablename__ = "inquiries"
    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[str] = mapped_column(String(36), unique=True)
    channel: Mapped[str] = mapped_column(String(16))  # portal | phone | counter
    status: Mapped[str] = mapped_column(String(16), index=True)
    received_at: Mapped[datetime]
    name: Mapped[str] = mapped_column(String(200))
    name_kana: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(String(420), default="")  # textnorm.search_key
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    application_pk: Mapped[int | None] = mapped_column(ForeignKey("applications.id", ondelete="SET NULL"))
    application_id: Mapped[str | None] = mapped_column(String(40))  # as the citizen gave it
    procedure: Mapped[str | None] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    department: Mapped[str] = mapped_column(String(100), default="")
    assigned_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    due_date: Mapped[date] = mapped_column(Date)
    answered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    close_reason: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_inquiries_department_status", "department", "status"),)


class InquiryEntry(Base):
    """An answer sent to the citizen (kind `answer`) or an internal note (`note`, never sent)."""

    __tablename__ = "inquiry_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_pk: Mapped[int] = mapped_column(ForeignKey("inquiries.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    staff_code: Mapped[str] = mapped_column(String(32), default="")
    at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)


class FaqEntry(Base):
    """An FAQ entry the portal shows (faq/1); `version` grows by one per change."""

    __tablename__ = "faq_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    faq_id: Mapped[str] = mapped_column(String(36), unique=True)
    category: Mapped[str] = mapped_column(String(64))
    procedure: Mapped[str | None] = mapped_column(String(64))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(32), default="")
    source_inquiry_pk: Mapped[int | None] = mapped_column(ForeignKey("inquiries.id", ondelete="SET NULL"))


class Announcement(Base):
    """An お知らせ (announcement/1) with its publish period; `version` +1 per change."""

    __tablename__ = "announcements"
    id: Mapped[int] = mapped_column(primary_key=True)
    announcement_id: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    publish_from: Mapped[datetime]
    publish_until: Mapped[datetime | None]
    procedures: Mapped[list[Any]] = mapped_column(default=list)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(32), default="")
