"""Inquiries under the retention rules (issue 17 item 6; docs/retention.md).

- An inquiry linked to an application shares its fate: anonymized when the application
  is anonymized, deleted when it is deleted (backoffice/retention/rules.py calls
  `of_applications` in the same unit of work).
- A closed inquiry with no application follows the first [[retention.rule]] whose
  `procedure` is its procedure (or "*") and whose `outcome` is "*" (an inquiry has no
  decision); the period counts from its closing.
- Anonymizing clears the name, kana, search key, e-mail, phone and text, and the text of
  every answer and note; the inquiry id, dates, channel, category and department stay for
  the figures. FAQ entries and announcements hold no citizen's data and are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from backoffice.db.models_portal import Inquiry, InquiryEntry
from backoffice.platform.timeutil import to_jst

ANONYMIZED = "（匿名化済み）"


def anonymize(s: Session, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for stmt in (
            update(Inquiry).where(Inquiry.id.in_(chunk)).values(
                name=ANONYMIZED, name_kana=ANONYMIZED, search_key="", email=None, phone=None, text=ANONYMIZED,
                close_reason=None),
            update(InquiryEntry).where(InquiryEntry.inquiry_pk.in_(chunk)).values(text=ANONYMIZED),
        ):
            s.execute(stmt, execution_options={"synchronize_session": False})


def remove(s: Session, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        s.execute(delete(Inquiry).where(Inquiry.id.in_(ids[start:start + 500])),
                  execution_options={"synchronize_session": False})


def of_applications(s: Session, *, deleted: list[int], anonymized: list[int]) -> tuple[int, int]:
    """The inquiries of applications that go: deleted with them, anonymized with them.
    Returns (deleted, anonymized) counts."""
    gone = list(s.scalars(select(Inquiry.id).where(Inquiry.application_pk.in_(deleted)))) if deleted else []
    hidden = list(s.scalars(select(Inquiry.id).where(Inquiry.application_pk.in_(anonymized),
                                                     Inquiry.name != ANONYMIZED))) if anonymized else []
    remove(s, gone)
    anonymize(s, hidden)
    return len(gone), len(hidden)


def due(s: Session, rule_for: Callable[[str, str], Any], today: date) -> tuple[list[int], list[int]]:
    """(to delete, to anonymize): closed inquiries without an application whose rule's
    period has passed since closing."""
    doomed: list[int] = []
    hidden: list[int] = []
    for pk, procedure, closed_at, name in s.execute(
            select(Inquiry.id, Inquiry.procedure, Inquiry.closed_at, Inquiry.name)
            .where(Inquiry.status == "closed", Inquiry.application_pk.is_(None), Inquiry.closed_at.is_not(None))):
        rule = rule_for(procedure or "", "*")
        if closed_at is None or rule is None or rule.outcome != "*" or to_jst(closed_at).date() + timedelta(days=rule.after_days) > today:
            continue
        if rule.action == "delete":
            doomed.append(pk)
        elif name != ANONYMIZED:
            hidden.append(pk)
    return doomed, hidden
