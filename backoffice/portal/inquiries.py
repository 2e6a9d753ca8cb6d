"""Inquiries (問い合わせ, portal-v1 §2, §3): from the portal (inquiry/1) or entered by staff
for a phone call or a visit at the counter; a queue per department with a due date in
business days, assignment, internal notes, a link to an application, answers (each one
published as inquiry_answer/1) and closing with or without an answer.

Access follows the applications' rules: a role check on every call, the person's
departments (issue 16: `Actor.departments`, None = not limited) limit what they see and
touch, and every view of an inquiry's personal data is audited (`inquiry.view`).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db import units
from backoffice.db.engine import is_person
from backoffice.db.models import Application, Staff
from backoffice.db.models_portal import Inquiry, InquiryEntry
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, NotFound, TransitionError
from backoffice.platform.textnorm import search_form, search_key
from backoffice.platform.timeutil import rfc3339, to_jst, utcnow
from backoffice.portal import outbox
from backoffice.records import restriction

STATUSES = ("new", "assigned", "answered", "closed")
OPEN_STATUSES = ("new", "assigned", "answered")
CHANNELS = ("portal", "phone", "counter")
TEXT_LIMIT = 4000  # portal-v1 §2: an inquiry's text, in characters
ANSWER_LIMIT = 4000
NAME_LIMIT = 200


class InquiryError(BackofficeError):
    """A refused inquiry action, in staff's words (code says which)."""


# ------------------------------------------------------------------ recording
def due_date(bo: Backoffice, received_at: datetime) -> date:
    """[inquiries] answer_days business days after the day it arrived (Japan time)."""
    return bo.calendar.add_business_days(to_jst(received_at).date(), bo.config.inquiry_answer_days)


def _department(bo: Backoffice, procedure: str | None) -> str:
    proc = bo.catalog.get(procedure) if procedure else None
    return proc.department if proc is not None else ""


def _application_pk(s: Session, application_id: str | None) -> int | None:
    if not application_id:
        return None
    return s.scalar(select(Application.id).where(Application.application_id == application_id)
                    .order_by(Application.id.desc()).limit(1))


def receive_in(s: Session, bo: Backoffice, actor: Actor, fields: dict[str, Any]) -> Inquiry | None:
    """Record an inquiry/1 from the portal (fields already checked by inbound.py); None when
    this inquiry_id is recorded already (delivered twice: recorded once)."""
    require(actor, "inquiry.receive")
    inquiry_id = str(fields["inquiry_id"]).lower()
    if s.scalar(select(Inquiry.id).where(Inquiry.inquiry_id == inquiry_id)) is not None:
        return None
    inq = _new(s, bo, inquiry_id=inquiry_id, channel="portal", received_at=fields["received_at"],
               name=fields["name"], name_kana=fields["name_kana"], email=fields["email"],
               phone=fields["phone"], application_id=fields["application_id"],
               procedure=fields["procedure"], category=fields["category"], text=fields["text"])
    audit.record(s, actor, "inquiry.receive", f"inquiry:{inquiry_id}", channel="portal",
                 department=inq.department)
    return inq


def _new(s: Session, bo: Backoffice, *, inquiry_id: str, channel: str, received_at: datetime,
         name: str, name_kana: str, email: str | None, phone: str | None,
         application_id: str | None, procedure: str | None, category: str, text: str,
         department: str | None = None) -> Inquiry:
    inq = Inquiry(inquiry_id=inquiry_id, channel=channel, status="new", received_at=received_at,
                  name=name, name_kana=name_kana, search_key=search_key(name, name_kana)[:420],
                  email=email, phone=phone, application_pk=_application_pk(s, application_id),
                  application_id=application_id, procedure=procedure, category=category, text=text,
                  department=department if department is not None else _department(bo, procedure),
                  due_date=due_date(bo, received_at))
    s.add(inq)
    s.flush()
    return inq


def check_text(text: str, limit: int = TEXT_LIMIT, what: str = "inquiry") -> None:
    if not text.strip():
        raise InquiryError(f"the {what} is empty", code="inquiry_empty")
    if len(text) > limit:
        raise InquiryError(f"the {what} is {len(text):,} characters long; at most {limit:,} are allowed",
                           code="inquiry_too_long")
    if "\x00" in text:
        raise InquiryError(f"the {what} holds a NUL character", code="inquiry_bad_character")


def enter(bo: Backoffice, actor: Actor, *, channel: str, name: str, name_kana: str, text: str,
          category: str, phone: str | None = None, email: str | None = None,
          application_id: str | None = None, procedure: str | None = None,
          department: str | None = None) -> str:
    """A phone or counter inquiry entered by staff; returns its inquiry_id."""
    require(actor, "inquiry.handle")
    if channel not in ("phone", "counter"):
        raise InquiryError("staff enter phone or counter inquiries only", code="inquiry_channel")
    check_text(text)
    if not name.strip() or len(name) > NAME_LIMIT or len(name_kana) > NAME_LIMIT:
        raise InquiryError("a name of 1-200 characters is needed", code="inquiry_name")
    dept = department if department is not None else _department(bo, procedure)
    _check_department(actor, dept)
    inquiry_id = str(uuid.uuid4())
    with bo.db.write() as s:
        if is_person(s):  # issue 19: the server checks the department again and writes (bo_inquiry_enter)
            now = utcnow()
            entry = {"channel": channel, "name": name, "name_kana": name_kana, "text": text, "category": category,
                     "phone": phone, "email": email, "application_id": application_id or None,
                     "procedure": procedure or None, "department": dept,
                     "search_key": search_key(name, name_kana)[:420], "due_date": due_date(bo, now).isoformat()}
            return str(s.scalar(sql("SELECT bo_inquiry_enter(CAST(:e AS jsonb))"),
                                {"e": json.dumps(entry, ensure_ascii=False)}))
        inq = _new(s, bo, inquiry_id=inquiry_id, channel=channel, received_at=utcnow(), name=name,
                   name_kana=name_kana, email=email, phone=phone, application_id=application_id or None,
                   procedure=procedure or None, category=category or "その他", text=text, department=dept)
        audit.record(s, actor, "inquiry.enter", f"inquiry:{inquiry_id}", channel=channel,
                     department=inq.department)
    return inquiry_id


# ------------------------------------------------------------------ access
def _check_department(actor: Actor, department: str) -> None:
    """As for applications (backoffice/accounts/scope.py); an inquiry nobody has given a
    department yet is open to everyone who handles inquiries."""
    if department:
        scope.require_department(actor, department)


def _scope(actor: Actor) -> list[ColumnElement[bool]]:
    """Only the person's departments (and inquiries without a department yet)."""
    cond = scope.condition(actor, Inquiry.department)
    return [] if cond is None else [or_(cond, Inquiry.department == "")]


def _load(s: Session, actor: Actor, inquiry_id: str, *, lock: bool = False) -> Inquiry:
    # a person (issue 19) may not lock the row: their change is the server's (bo_inquiry_*), which locks it
    inq = units.load_for_update(s, Inquiry, inquiry_id.lower(), what="inquiry", by=Inquiry.inquiry_id,
                                lock=lock and not is_person(s))
    _check_department(actor, inq.department)
    return inq


# ------------------------------------------------------------------ the queue
@dataclass(frozen=True)
class InquiryRow:
    inquiry_id: str
    status: str
    channel: str
    department: str
    application_id: str | None
    received_at: datetime
    due_date: date
    category: str
    name: str
    assigned_to: str | None
    # linked to a protected person's application (支援措置, records/restriction.py): the name is
    # blank and screens show a masked text
    restricted: bool = False

    def to_cli_json(self) -> dict[str, Any]:
        """portal-v1 §4 `inquiries list --format json`."""
        return {"inquiry_id": self.inquiry_id, "status": self.status, "channel": self.channel,
                "department": self.department or None, "application_id": self.application_id,
                "received_at": rfc3339(self.received_at), "due_date": self.due_date.isoformat()}


def list_inquiries(s: Session, actor: Actor, *, status: str | None = None, department: str | None = None,
                   search: str = "", open_only: bool = False, limit: int = 500) -> list[InquiryRow]:
    """The queue, oldest due first. `search` matches the name or kana (full-/half-width and
    hiragana/katakana alike), the application id or the inquiry id."""
    require(actor, "inquiry.view")
    conds = _scope(actor)
    if status:
        conds.append(Inquiry.status == status)
    elif open_only:
        conds.append(Inquiry.status.in_(OPEN_STATUSES))
    if department is not None:
        conds.append(Inquiry.department == department)
    term = search.strip()
    if term:
        key = search_form(term)
        by_name: ColumnElement[bool] = Inquiry.search_key.contains(key, autoescape=True)
        hidden = restriction.findable_by_person(actor, Inquiry.application_pk)
        if hidden is not None:  # a protected person is not found by name through an inquiry either
            by_name = and_(by_name, or_(Inquiry.application_pk.is_(None), hidden))
        conds.append(or_(by_name,
                         func.upper(Inquiry.application_id) == term.upper(),
                         Inquiry.inquiry_id == term.lower()))
    q = (select(Inquiry, Staff.code).outerjoin(Staff, Staff.id == Inquiry.assigned_staff_id).where(*conds)
         .order_by(Inquiry.due_date, Inquiry.received_at, Inquiry.id).limit(limit))
    rows = _masked_rows(s, [(i, code) for i, code in s.execute(q)])
    if term and rows:  # names were searched: a read of personal data, audited once
        audit.record(s, actor, "inquiry.search", "inquiries", found=len(rows))
    return rows


def inquiry_rows(bo: Backoffice, actor: Actor, *, status: str | None = None, search: str = "") -> list[InquiryRow]:
    """list_inquiries in a unit of work of its own (`backoffice inquiries list`)."""
    with bo.db.write() as s:  # a search by name is audited
        return list_inquiries(s, actor, status=status, search=search)


def _row(i: Inquiry, code: str | None) -> InquiryRow:
    return InquiryRow(i.inquiry_id, i.status, i.channel, i.department, i.application_id, i.received_at,
                      i.due_date, i.category, i.name, code)


def _masked_rows(s: Session, found: list[tuple[Inquiry, str | None]]) -> list[InquiryRow]:
    hidden = restriction.restricted_pks(s, [i.application_pk for i, _ in found])
    return [replace(_row(i, code), name="", restricted=True) if i.application_pk in hidden else _row(i, code)
            for i, code in found]


def queue(bo: Backoffice, actor: Actor, **filters: Any) -> list[InquiryRow]:
    """list_inquiries in a unit of its own (a search by name writes its audit row)."""
    with bo.db.write() as s:
        return list_inquiries(s, actor, **filters)


@dataclass(frozen=True)
class Entry:
    kind: str
    staff_code: str
    at: datetime
    text: str
    staff_name: str = ""  # for reading (the desktop shows names, not codes)


@dataclass(frozen=True)
class InquiryDetail:
    inquiry_id: str
    status: str
    channel: str
    received_at: datetime
    due_date: date
    name: str
    name_kana: str
    email: str | None
    phone: str | None
    application_id: str | None
    application_pk: int | None
    procedure: str | None
    category: str
    text: str
    department: str
    assigned_to: str | None
    answered_at: datetime | None
    closed_at: datetime | None
    close_reason: str | None
    entries: tuple[Entry, ...]
    restricted: bool = False  # linked to a protected person's application (支援措置)
    withheld: bool = False    # ... and this reader may not see the person: name, kana, e-mail, phone blank
    assigned_name: str | None = None  # the assignee's name, for reading


def detail(bo: Backoffice, actor: Actor, inquiry_id: str) -> InquiryDetail:
    """One inquiry with its answers and notes; the view is audited (personal data)."""
    require(actor, "inquiry.view")
    with bo.db.write() as s:
        inq = _load(s, actor, inquiry_id)
        code = s.scalar(select(Staff.code).where(Staff.id == inq.assigned_staff_id)) if inq.assigned_staff_id else None
        rows = list(s.scalars(select(InquiryEntry).where(InquiryEntry.inquiry_pk == inq.id).order_by(InquiryEntry.id)))
        codes = {e.staff_code for e in rows} | ({code} if code else set())
        names: dict[str, str] = {c: n for c, n in s.execute(
            select(Staff.code, Staff.name).where(Staff.code.in_(sorted(codes))))} if codes else {}
        entries = tuple(Entry(e.kind, e.staff_code, e.at, e.text, names.get(e.staff_code, "")) for e in rows)
        protected: dict[str, bool] = {}
        name, kana, email, phone = inq.name, inq.name_kana, inq.email, inq.phone
        if inq.application_pk is not None and restriction.is_restricted(s, inq.application_pk):
            shown = restriction.may_open(actor)  # 支援措置: the person only for record.restricted
            protected = {"restricted": True, "shown": shown}
            if not shown:
                name, kana, email, phone = "", "", None, None
        audit.record(s, actor, "inquiry.view", f"inquiry:{inq.inquiry_id}", **protected)
        return InquiryDetail(inq.inquiry_id, inq.status, inq.channel, inq.received_at, inq.due_date,
                             name, kana, email, phone, inq.application_id,
                             inq.application_pk, inq.procedure, inq.category, inq.text, inq.department,
                             code, inq.answered_at, inq.closed_at, inq.close_reason, entries,
                             restricted=bool(protected), withheld=bool(protected) and not protected["shown"],
                             assigned_name=names.get(code) if code else None)


def inquiries_of_application(bo: Backoffice, actor: Actor, application_pk: int) -> list[InquiryRow]:
    """The inquiries linked to one application (its screen opens them)."""
    require(actor, "inquiry.view")
    with bo.db.read() as s:
        q = (select(Inquiry, Staff.code).outerjoin(Staff, Staff.id == Inquiry.assigned_staff_id)
             .where(Inquiry.application_pk == application_pk, *_scope(actor)).order_by(Inquiry.id))
        return _masked_rows(s, [(i, code) for i, code in s.execute(q)])


# ------------------------------------------------------------------ handling
def _staff_pk(s: Session, code: str) -> int:
    pk = s.scalar(select(Staff.id).where(Staff.code == code, Staff.disabled.is_(False)))
    if pk is None:
        raise NotFound(f"no active staff member {code}")
    return pk


def _open(inq: Inquiry) -> None:
    if inq.status == "closed":
        raise TransitionError(f"inquiry {inq.inquiry_id} is closed")


def assign(bo: Backoffice, actor: Actor, inquiry_id: str, staff_code: str | None = None,
           department: str | None = None) -> None:
    """Give the inquiry to a person (default: the caller) and, optionally, a department."""
    require(actor, "inquiry.handle")
    with bo.db.write() as s:
        inq = _load(s, actor, inquiry_id, lock=True)
        _open(inq)
        if department is not None:
            if department not in bo.catalog.departments():
                raise InquiryError(f"unknown department {department!r}", code="inquiry_department")
            _check_department(actor, department)
        code = staff_code or actor.code
        if is_person(s):  # issue 19: the server checks again and writes (server_counter.py)
            s.execute(sql("SELECT bo_inquiry_assign(:i, :c, :d)"),
                      {"i": inq.inquiry_id, "c": code, "d": department})
            return
        if department is not None:
            inq.department = department
        inq.assigned_staff_id = _staff_pk(s, code)
        if inq.status == "new":
            inq.status = "assigned"
        audit.record(s, actor, "inquiry.assign", f"inquiry:{inq.inquiry_id}", to=code,
                     department=inq.department)


def add_note(bo: Backoffice, actor: Actor, inquiry_id: str, text: str) -> None:
    """An internal note: kept with the inquiry, never sent to the citizen."""
    require(actor, "inquiry.handle")
    check_text(text, ANSWER_LIMIT, "note")
    with bo.db.write() as s:
        inq = _load(s, actor, inquiry_id)
        if is_person(s):  # issue 19: the note in the person's name, by the server
            s.execute(sql("SELECT bo_inquiry_note(:i, :t)"), {"i": inq.inquiry_id, "t": text})
            return
        s.add(InquiryEntry(inquiry_pk=inq.id, kind="note", staff_id=actor.id, staff_code=actor.code,
                           at=utcnow(), text=text))
        audit.record(s, actor, "inquiry.note", f"inquiry:{inq.inquiry_id}")


def link_application(bo: Backoffice, actor: Actor, inquiry_id: str, application_id: str | None) -> None:
    """Link the inquiry to an application (None: unlink)."""
    require(actor, "inquiry.handle")
    with bo.db.write() as s:
        inq = _load(s, actor, inquiry_id, lock=True)
        pk = _application_pk(s, application_id) if application_id else None
        if application_id and pk is None:
            raise NotFound(f"no application {application_id}")
        if is_person(s):  # issue 19: by the server
            s.execute(sql("SELECT bo_inquiry_link(:i, :a)"), {"i": inq.inquiry_id, "a": application_id or None})
            return
        inq.application_pk, inq.application_id = pk, application_id or None
        audit.record(s, actor, "inquiry.link", f"inquiry:{inq.inquiry_id}", application=application_id)


def answer(bo: Backoffice, actor: Actor, inquiry_id: str, text: str) -> str:
    """Answer the citizen: kept with the inquiry and published as inquiry_answer/1 in the same
    transaction (so exactly once). Returns the message_id."""
    require(actor, "inquiry.handle")
    check_text(text, ANSWER_LIMIT, "answer")
    with bo.db.write() as s:
        inq = _load(s, actor, inquiry_id, lock=True)
        _open(inq)
        if is_person(s):  # issue 19: entry, status and the outbox row by the server
            return str(s.scalar(sql("SELECT bo_inquiry_answer(:i, :t)"), {"i": inq.inquiry_id, "t": text}))
        now = utcnow()
        s.add(InquiryEntry(inquiry_pk=inq.id, kind="answer", staff_id=actor.id, staff_code=actor.code,
                           at=now, text=text))
        if inq.assigned_staff_id is None and actor.id is not None:
            inq.assigned_staff_id = actor.id
        inq.status, inq.answered_at = "answered", now
        msg = outbox.publish(s, "inquiry_answer/1", f"inquiry:{inq.inquiry_id}", {
            "inquiry_id": inq.inquiry_id, "application_id": inq.application_id, "answer": text,
            "answered_by_department": inq.department or None})
        audit.record(s, actor, "inquiry.answer", f"inquiry:{inq.inquiry_id}", message_id=msg.message_id)
        return msg.message_id


def close(bo: Backoffice, actor: Actor, inquiry_id: str, reason: str | None = None) -> None:
    """Close: after an answer, or without one with a reason (e.g. answered on the phone,
    withdrawn by the citizen, a duplicate)."""
    require(actor, "inquiry.handle")
    with bo.db.write() as s:
        inq = _load(s, actor, inquiry_id, lock=True)
        _open(inq)
        if inq.status != "answered" and not (reason or "").strip():
            raise InquiryError("closing without an answer needs a reason", code="inquiry_reason")
        if is_person(s):  # issue 19: by the server
            s.execute(sql("SELECT bo_inquiry_close(:i, :r)"), {"i": inq.inquiry_id, "r": reason})
            return
        inq.status, inq.closed_at, inq.close_reason = "closed", utcnow(), (reason or "").strip() or None
        audit.record(s, actor, "inquiry.close", f"inquiry:{inq.inquiry_id}", reason=inq.close_reason)


def answer_to_faq(bo: Backoffice, actor: Actor, inquiry_id: str, *, question: str | None = None,
                  category: str | None = None) -> str:
    """Turn an inquiry's latest answer into an FAQ entry in one step (faq/1 version 1);
    the question defaults to the inquiry's text. Returns the faq_id."""
    from backoffice.portal import faq

    require(actor, "portal.edit")
    with bo.db.read() as s:
        inq = _load(s, actor, inquiry_id)
        last = s.scalar(select(InquiryEntry.text).where(InquiryEntry.inquiry_pk == inq.id,
                                                        InquiryEntry.kind == "answer")
                        .order_by(InquiryEntry.id.desc()).limit(1))
        if last is None:
            raise InquiryError("the inquiry has no answer yet", code="inquiry_no_answer")
        values = (category or inq.category, inq.procedure, question or inq.text, last, inq.id)
    faq_id = faq.save_faq(bo, actor, None, category=values[0], procedure=values[1], question=values[2],
                          answer=values[3], source_inquiry_pk=values[4])
    return faq_id


def overdue_count(s: Session, today: date) -> int:
    return int(s.scalar(select(func.count(Inquiry.id)).where(
        Inquiry.status.in_(("new", "assigned")), Inquiry.due_date < today)) or 0)


