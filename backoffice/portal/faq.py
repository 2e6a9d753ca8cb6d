"""FAQ entries and announcements (お知らせ) the portal shows (portal-v1 §1 faq/1,
announcement/1). Supervisors create, edit and withdraw them; every change raises the
version by one and publishes the whole entry in the same transaction (exactly once).
A preview is the very JSON the portal would receive, without publishing anything."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from backoffice.accounts import sessions
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db import units
from backoffice.db.engine import is_person
from backoffice.db.models_portal import Announcement, FaqEntry
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError
from backoffice.platform.timeutil import rfc3339, utcnow
from backoffice.portal import outbox

TEXT_LIMIT = 4000
TITLE_LIMIT = 200
CATEGORY_LIMIT = 64


class PortalContentError(BackofficeError):
    """An FAQ entry or announcement that cannot be saved as given (staff's words)."""


def _check(value: str, what: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PortalContentError(f"{what} is empty", code="portal_empty")
    if len(value) > limit:
        raise PortalContentError(f"{what} is {len(value):,} characters long; at most {limit:,}",
                                 code="portal_too_long")
    if "\x00" in value:
        raise PortalContentError(f"{what} holds a NUL character", code="portal_bad_character")
    return value


def _procedure(bo: Backoffice, code: str | None) -> str | None:
    if code and code not in bo.catalog:
        raise PortalContentError(f"unknown procedure {code!r}", code="portal_procedure")
    return code or None


# ------------------------------------------------------------------ FAQ
def faq_body(e: FaqEntry) -> dict[str, Any]:
    return {"faq_id": e.faq_id, "category": e.category, "procedure": e.procedure, "question": e.question,
            "answer": e.answer, "withdrawn": bool(e.withdrawn), "version": e.version}


def preview_faq(*, category: str, procedure: str | None, question: str, answer: str,
                faq_id: str = "(new)", version: int = 1) -> dict[str, Any]:
    """What faq/1 would carry (schema, message_id and at are added when published)."""
    return {"schema": "faq/1", "faq_id": faq_id, "category": category, "procedure": procedure or None,
            "question": question, "answer": answer, "withdrawn": False, "version": version}


def save_faq(bo: Backoffice, actor: Actor, faq_id: str | None, *, category: str, procedure: str | None,
             question: str, answer: str, source_inquiry_pk: int | None = None) -> str:
    """Create (faq_id None) or change an FAQ entry; publishes faq/1. Returns the faq_id."""
    require(actor, "portal.edit")
    _check(category, "the category", CATEGORY_LIMIT)
    _check(question, "the question", TEXT_LIMIT)
    _check(answer, "the answer", TEXT_LIMIT)
    proc = _procedure(bo, procedure)
    with bo.db.write() as s:
        if is_person(s):  # issue 19: the entry, its message and the audit entry by the server
            if faq_id is not None and _faq(s, faq_id).withdrawn:
                raise PortalContentError("a withdrawn FAQ entry cannot be changed", code="portal_withdrawn")
            return _by_server(s, actor, "bo_faq_save(CAST(:e AS jsonb))", e=json.dumps({
                "faq_id": faq_id, "category": category, "procedure": proc, "question": question,
                "answer": answer, "source_inquiry_pk": source_inquiry_pk if faq_id is None else None},
                ensure_ascii=False))
        if faq_id is None:
            e = FaqEntry(faq_id=str(uuid.uuid4()), category=category, procedure=proc, question=question,
                         answer=answer, withdrawn=False, version=1, updated_at=utcnow(),
                         updated_by=actor.code, source_inquiry_pk=source_inquiry_pk)
            s.add(e)
            action = "faq.create"
        else:
            e = _faq(s, faq_id)
            if e.withdrawn:
                raise PortalContentError("a withdrawn FAQ entry cannot be changed", code="portal_withdrawn")
            e.category, e.procedure, e.question, e.answer = category, proc, question, answer
            e.version, e.updated_at, e.updated_by = e.version + 1, utcnow(), actor.code
            action = "faq.change"
        s.flush()
        msg = outbox.publish(s, "faq/1", f"faq:{e.faq_id}", faq_body(e))
        audit.record(s, actor, action, f"faq:{e.faq_id}", version=e.version, message_id=msg.message_id)
        return e.faq_id


def withdraw_faq(bo: Backoffice, actor: Actor, faq_id: str) -> None:
    require(actor, "portal.edit")
    with bo.db.write() as s:
        e = _faq(s, faq_id)
        if e.withdrawn:
            return
        if is_person(s):  # issue 19: by the server (bo_faq_withdraw), which locks and checks again
            _by_server(s, actor, "bo_faq_withdraw(:i)", i=faq_id)
            return
        e.withdrawn, e.version, e.updated_at, e.updated_by = True, e.version + 1, utcnow(), actor.code
        msg = outbox.publish(s, "faq/1", f"faq:{e.faq_id}", faq_body(e))
        audit.record(s, actor, "faq.withdraw", f"faq:{e.faq_id}", version=e.version, message_id=msg.message_id)


def _faq(s: Session, faq_id: str) -> FaqEntry:
    # a person (issue 19) may not lock the row: their change is the server's, which locks it
    return units.load_for_update(s, FaqEntry, faq_id, what="FAQ entry", by=FaqEntry.faq_id,
                                 lock=not is_person(s))


def _by_server(s: Session, actor: Actor, call: str, **params: Any) -> str:
    """A person's save or withdrawal (portal/server_portal.py, migration 0024): the login
    session checked as audit.record does, then the server function `call`; what it returns
    (a save: the entry's id)."""
    sessions.check_in(s, actor)
    return str(s.scalar(text(f"SELECT {call}"), params))


@dataclass(frozen=True)
class FaqRow:
    faq_id: str
    category: str
    procedure: str | None
    question: str
    answer: str
    withdrawn: bool
    version: int
    updated_at: datetime


def list_faq(bo: Backoffice, actor: Actor, *, include_withdrawn: bool = True) -> list[FaqRow]:
    require(actor, "inquiry.view")  # whoever answers inquiries reads the FAQ
    with bo.db.read() as s:
        q = select(FaqEntry).order_by(FaqEntry.category, FaqEntry.id)
        if not include_withdrawn:
            q = q.where(FaqEntry.withdrawn.is_(False))
        return [FaqRow(e.faq_id, e.category, e.procedure, e.question, e.answer, e.withdrawn, e.version,
                       e.updated_at) for e in s.scalars(q)]


# ------------------------------------------------------------------ announcements
def announcement_body(a: Announcement) -> dict[str, Any]:
    return {"announcement_id": a.announcement_id, "title": a.title, "body": a.body,
            "publish_from": rfc3339(a.publish_from),
            "publish_until": rfc3339(a.publish_until) if a.publish_until else None,
            "procedures": list(a.procedures or []), "withdrawn": bool(a.withdrawn), "version": a.version}


def save_announcement(bo: Backoffice, actor: Actor, announcement_id: str | None, *, title: str, body: str,
                      publish_from: datetime, publish_until: datetime | None = None,
                      procedures: list[str] | None = None) -> str:
    """Create or change an お知らせ; publishes announcement/1. Returns its id."""
    require(actor, "portal.edit")
    _check(title, "the title", TITLE_LIMIT)
    _check(body, "the text", TEXT_LIMIT)
    if publish_from.tzinfo is None or (publish_until is not None and publish_until.tzinfo is None):
        raise ValueError("publish period needs time zones")
    if publish_until is not None and publish_until <= publish_from:
        raise PortalContentError("the publish period ends before it starts", code="portal_period")
    codes = [c for c in (_procedure(bo, p) for p in procedures or []) if c]
    publish_from = publish_from.astimezone(UTC)  # stored in UTC (SQLite keeps no offset)
    publish_until = publish_until.astimezone(UTC) if publish_until is not None else None
    with bo.db.write() as s:
        if is_person(s):  # issue 19: by the server (bo_announcement_save)
            if announcement_id is not None and _announcement(s, announcement_id).withdrawn:
                raise PortalContentError("a withdrawn announcement cannot be changed", code="portal_withdrawn")
            return _by_server(s, actor, "bo_announcement_save(CAST(:e AS jsonb))", e=json.dumps({
                "announcement_id": announcement_id, "title": title, "body": body,
                "publish_from": publish_from.isoformat(),
                "publish_until": publish_until.isoformat() if publish_until is not None else None,
                "procedures": codes}, ensure_ascii=False))
        if announcement_id is None:
            a = Announcement(announcement_id=str(uuid.uuid4()), title=title, body=body,
                             publish_from=publish_from, publish_until=publish_until, procedures=codes,
                             withdrawn=False, version=1, updated_at=utcnow(), updated_by=actor.code)
            s.add(a)
            action = "announcement.create"
        else:
            a = _announcement(s, announcement_id)
            if a.withdrawn:
                raise PortalContentError("a withdrawn announcement cannot be changed", code="portal_withdrawn")
            a.title, a.body, a.publish_from, a.publish_until, a.procedures = (
                title, body, publish_from, publish_until, codes)
            a.version, a.updated_at, a.updated_by = a.version + 1, utcnow(), actor.code
            action = "announcement.change"
        s.flush()
        msg = outbox.publish(s, "announcement/1", f"announcement:{a.announcement_id}", announcement_body(a))
        audit.record(s, actor, action, f"announcement:{a.announcement_id}", version=a.version,
                     message_id=msg.message_id)
        return a.announcement_id


def withdraw_announcement(bo: Backoffice, actor: Actor, announcement_id: str) -> None:
    require(actor, "portal.edit")
    with bo.db.write() as s:
        a = _announcement(s, announcement_id)
        if a.withdrawn:
            return
        if is_person(s):  # issue 19: by the server (bo_announcement_withdraw)
            _by_server(s, actor, "bo_announcement_withdraw(:i)", i=announcement_id)
            return
        a.withdrawn, a.version, a.updated_at, a.updated_by = True, a.version + 1, utcnow(), actor.code
        msg = outbox.publish(s, "announcement/1", f"announcement:{a.announcement_id}", announcement_body(a))
        audit.record(s, actor, "announcement.withdraw", f"announcement:{a.announcement_id}",
                     version=a.version, message_id=msg.message_id)


def _announcement(s: Session, announcement_id: str) -> Announcement:
    return units.load_for_update(s, Announcement, announcement_id, what="announcement",
                                 by=Announcement.announcement_id, lock=not is_person(s))


@dataclass(frozen=True)
class AnnouncementRow:
    announcement_id: str
    title: str
    body: str
    publish_from: datetime
    publish_until: datetime | None
    procedures: tuple[str, ...]
    withdrawn: bool
    version: int


def list_announcements(bo: Backoffice, actor: Actor) -> list[AnnouncementRow]:
    require(actor, "inquiry.view")
    with bo.db.read() as s:
        return [AnnouncementRow(a.announcement_id, a.title, a.body, a.publish_from, a.publish_until,
                                tuple(a.procedures or []), a.withdrawn, a.version)
                for a in s.scalars(select(Announcement).order_by(Announcement.publish_from.desc(),
                                                                 Announcement.id))]
