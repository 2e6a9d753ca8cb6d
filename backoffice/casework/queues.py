"""Read side of the review queues: filters, sort keys, keyset pages and live counts.

Pages use keyset pagination: the next page starts after the last row's (sort value, id),
so page 500 costs what page 1 costs and rows inserted meanwhile never shift or repeat
rows (OFFSET would re-read and skip everything before the page on every call).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, tuple_
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.casework.queries import ApplicationRow, masked
from backoffice.db.models import Application, Revision
from backoffice.platform.context import Backoffice
from backoffice.platform.textnorm import search_form
from backoffice.records import restriction

log = logging.getLogger(__name__)

PAGE_SIZE = 200

# sort key -> (column, nullable). Every sort ends in id so the order is total.
SORT_COLUMNS: dict[str, tuple[Any, bool]] = {
    "received_at": (Application.received_at, False),
    "due_date": (Application.due_date, True),   # no processing period: sorts last
    "procedure": (Application.procedure, False),
    # a protected person (支援措置) sorts as "" so the page order does not place them by name
    "applicant_kana": (restriction.masked(Application.applicant_kana), False),
}
SORTS = tuple(SORT_COLUMNS)

_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
_ID_CHARS = re.compile(r"^[A-Za-z0-9-]+$")


@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[str, ...] | None = None
    procedure: str | None = None
    department: str | None = None
    mine: bool = False            # claimed by the actor
    attention_only: bool = False  # status needs_attention
    search: str = ""


SortKey = tuple[Any, int]  # (value of the sort column, application pk)


def sort_key(row: ApplicationRow, sort: str) -> SortKey:
    """The keyset position of a row: pass the last row's key as after_key."""
    return (getattr(row, sort), row.pk)


def _birth_date(text: str) -> date | None:
    m = _DATE.match(text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_condition(text: str, actor: Actor) -> ColumnElement[bool] | None:
    """application id prefix, name/kana (any width, hiragana or katakana), birth date. A
    protected person (支援措置) is found by name, kana or birth date only by those who may
    open the record (records/restriction.py); by application id by everyone."""
    text = text.strip()
    if not text:
        return None
    conds: list[ColumnElement[bool]] = []
    person: list[ColumnElement[bool]] = []
    born = _birth_date(text)
    if born:
        person.append(Application.birth_date == born)
    if _ID_CHARS.match(text):
        prefix = _like_escape(text.upper()) + "%"
        conds.append(Application.application_id.like(prefix, escape="\\"))
    norm = search_form(text)
    if norm and not born:
        person.append(Application.search_key.like(f"%{_like_escape(norm)}%", escape="\\"))
    if person:
        hidden = restriction.findable_by_person(actor)
        conds.append(or_(*person) if hidden is None else and_(or_(*person), hidden))
    return or_(*conds)


def _where(actor: Actor, f: QueueFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    mine = scope.condition(actor, Application.department)  # need-to-know (issue 16)
    if mine is not None:
        where.append(mine)
    if f.statuses:
        where.append(Application.status.in_(f.statuses))
    if f.procedure:
        where.append(Application.procedure == f.procedure)
    if f.department:
        where.append(Application.department == f.department)
    if f.mine:
        where.append(Application.claimed_by == actor.id)
    if f.attention_only:
        where.append(Application.status == workflow.ATTENTION)
    cond = search_condition(f.search, actor)
    if cond is not None:
        where.append(cond)
    return where


def _after(sort: str, key: SortKey, descending: bool) -> ColumnElement[bool]:
    col, nullable = SORT_COLUMNS[sort]
    value, pk = key
    if not nullable:
        return tuple_(col, Application.id) < (value, pk) if descending else \
            tuple_(col, Application.id) > (value, pk)
    # Nulls sort after every value ascending (before every value descending).
    if value is None:
        if descending:
            return or_(and_(col.is_(None), Application.id < pk), col.is_not(None))
        return and_(col.is_(None), Application.id > pk)
    if descending:
        return and_(col.is_not(None), tuple_(col, Application.id) < (value, pk))
    return or_(col.is_(None), tuple_(col, Application.id) > (value, pk))


def _order(sort: str, descending: bool) -> list[Any]:
    col, nullable = SORT_COLUMNS[sort]
    order: list[Any] = []
    if nullable:
        order.append(col.is_(None).desc() if descending else col.is_(None))
    order += [col.desc(), Application.id.desc()] if descending else [col, Application.id]
    return order


def _bundle_subquery() -> Any:
    return (select(Revision.bundle_id)
            .where(Revision.application_pk == Application.id, Revision.revision == Application.revision)
            .scalar_subquery())


ROW_COLUMNS = (Application.id, Application.application_id, Application.revision,
               Application.procedure, Application.department, Application.status,
               Application.attention, Application.applicant_name, Application.applicant_kana,
               Application.birth_date)
ROW_TAIL = (Application.received_at, Application.due_date, Application.certificate_serial,
            Application.claimed_by, Application.claim_expires_at, restriction.clause().label("restricted"))


def page_query(actor: Actor, f: QueueFilter, sort: str = "due_date", after_key: SortKey | None = None,
               limit: int = PAGE_SIZE, descending: bool = False) -> Any:
    """The one SELECT a page issues (exposed for the benchmark's bare-query baseline)."""
    if sort not in SORT_COLUMNS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    where = _where(actor, f)
    if after_key is not None:
        where.append(_after(sort, after_key, descending))
    return (select(*ROW_COLUMNS, _bundle_subquery(), *ROW_TAIL)
            .where(*where).order_by(*_order(sort, descending)).limit(limit))


def _row(r: Sequence[Any]) -> ApplicationRow:
    row = ApplicationRow(
        pk=r[0], application_id=r[1], revision=r[2], procedure=r[3], department=r[4],
        status=r[5], attention=tuple(r[6] or ()), applicant_name=r[7], applicant_kana=r[8],
        birth_date=r[9], bundle_id=r[10], received_at=r[11], due_date=r[12],
        certificate_serial=r[13], claimed_by=r[14], claim_expires_at=r[15])
    return masked(row) if r[16] else row


def page(session: Session, actor: Actor, f: QueueFilter, sort: str = "due_date",
         after_key: SortKey | None = None, limit: int = PAGE_SIZE, *,
         descending: bool = False) -> list[ApplicationRow]:
    """One page of a queue. The first page of a text search is audited (personal data is
    looked up), in the caller's unit of work: run searches in `db.write()`."""
    require(actor, "application.search")
    rows = [_row(r) for r in session.execute(page_query(actor, f, sort, after_key, limit, descending))]
    if f.search.strip() and after_key is None:
        audit.record(session, actor, "application.search", "applications",
                     query=f.search.strip(), results=len(rows))
    return rows


def load_page(bo: Backoffice, actor: Actor, f: QueueFilter, sort: str = "due_date",
              after_key: SortKey | None = None, limit: int = PAGE_SIZE, *,
              descending: bool = False) -> list[ApplicationRow]:
    """page() in the right kind of session: a write unit when it must audit a search."""
    audited = bool(f.search.strip()) and after_key is None
    with (bo.db.write() if audited else bo.db.read()) as s:
        return page(s, actor, f, sort, after_key, limit, descending=descending)


def counts(session: Session, actor: Actor) -> dict[str, int]:
    """Live counts for the queue list in one GROUP BY: 'status:<s>', 'attention',
    'returned', 'mine', 'open', and 'procedure:<code>' (open applications only)."""
    require(actor, "application.search")
    mine = func.sum(case((Application.claimed_by == actor.id, 1), else_=0))
    q = (select(Application.status, Application.procedure, func.count(), mine)
         .group_by(Application.status, Application.procedure))
    departments = scope.condition(actor, Application.department)  # need-to-know (issue 16)
    if departments is not None:
        q = q.where(departments)
    out: dict[str, int] = {f"status:{s}": 0 for s in workflow.STATUSES}
    out.update(attention=0, returned=0, mine=0, open=0)
    for status, procedure, n, m in session.execute(q):
        out[f"status:{status}"] = out.get(f"status:{status}", 0) + n
        out["mine"] += int(m or 0)
        if status in workflow.OPEN_STATUSES:
            out["open"] += n
            out[f"procedure:{procedure}"] = out.get(f"procedure:{procedure}", 0) + n
    out["attention"] = out[f"status:{workflow.ATTENTION}"]
    out["returned"] = out[f"status:{workflow.RETURNED}"]
    return out


def load_counts(bo: Backoffice, actor: Actor) -> dict[str, int]:
    with bo.db.read() as s:
        return counts(s, actor)

