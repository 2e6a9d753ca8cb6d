"""Closing by rule (issue 22): a delivered, rejected or withdrawn application becomes
`closed` a configured number of business days after it got there.

Retention (backoffice/retention/rules.py) only ever touches closed applications, and no person
closes an application by hand in daily work, so without this nothing was ever removed.
The delay (`[retention] close_after_business_days`, default 20) counts business days on
the city's calendar (weekends, holidays, 12/29-1/3, closures) from the Japan-time day the
application was delivered, decided or withdrawn, that day not counted (初日不算入, as for
deadlines). The delay leaves room for what still happens after delivery: a reprint needs
issued or delivered (backoffice/issuance/service.py).

The change is the workflow's `close_by_rule` transition (permission `application.close`,
held by the system — the sync agent — and by administrators at the command line): it is
checked against the table, written as an event and an audit entry, and sends no notice to
the applicant (the table has none for it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select

from backoffice.accounts.permissions import Actor, require
from backoffice.casework import workflow
from backoffice.db import units
from backoffice.db.models import Application, ApplicationEvent
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import to_jst, utcnow

log = logging.getLogger(__name__)

ACTION = "close_by_rule"
CLOSABLE = workflow.BY_ACTION[ACTION].source
_CHUNK = 500  # applications per transaction: a first run may close years of backlog


@dataclass(frozen=True)
class Closable:
    """An application that is (or, in a dry run, would be) closed."""

    pk: int
    application_id: str
    from_status: str
    since: date  # Japan-time day it was delivered, decided or withdrawn

    def to_cli_json(self) -> dict[str, str]:
        return {"application_id": self.application_id, "from_status": self.from_status,
                "since": self.since.isoformat()}


def _since_query() -> Select[int, str, str, datetime]:
    """(pk, id, status, when it entered that status) of every closable application. The
    moment is the newest event into the current status; updated_at for rows without one."""
    A, E = Application, ApplicationEvent
    entered = (select(func.max(E.at)).where(E.application_pk == A.id, E.to_status == A.status)
               .correlate(A).scalar_subquery())
    return (select(A.id, A.application_id, A.status, func.coalesce(entered, A.updated_at))
            .where(A.status.in_(CLOSABLE)).order_by(A.id))


def due(bo: Backoffice, today: date) -> list[Closable]:
    """Applications whose delay has run out by `today` (Japan time); reads no personal data."""
    days = bo.config.close_after_business_days
    cal = bo.calendar
    out: list[Closable] = []
    with bo.db.read() as s:
        for pk, app_id, status, at in s.execute(_since_query()):
            since = to_jst(at).date()
            if cal.add_business_days(since, days) <= today:
                out.append(Closable(pk, app_id, status, since))
    return out


def close_due(bo: Backoffice, actor: Actor, *, today: date | None = None,
              dry_run: bool = False) -> list[Closable]:
    """Close every application whose delay has run out; a dry run only lists them."""
    require(actor, "application.close")
    today = today or to_jst(utcnow()).date()
    found = due(bo, today)
    if dry_run or not found:
        return found
    closed: list[Closable] = []
    days = bo.config.close_after_business_days
    for start in range(0, len(found), _CHUNK):
        chunk = {c.pk: c for c in found[start:start + _CHUNK]}
        with bo.db.write() as s:
            # Locked and re-read: another agent, or a person, may have changed one since.
            apps = s.scalars(units.for_update(s, select(Application).where(Application.id.in_(chunk))
                                              .order_by(Application.id))).all()
            for app in apps:
                c = chunk[app.id]
                if app.status != c.from_status:
                    continue
                workflow.transition(s, actor, app, ACTION, after_business_days=days,
                                    since=c.since.isoformat())
                closed.append(c)
    log.info("closed %d application(s) by rule (%d business days)", len(closed), days)
    return closed
