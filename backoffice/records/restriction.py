"""支援措置 (the register's `restricted`, records-v1 §2.2 and §4): a person protected as a
victim of domestic violence, stalking or abuse must not be findable or readable by name in
the back office.

An application is restricted when any register answer to it said `restricted` (this
revision or an earlier one: a protection once learnt is not forgotten because the
applicant corrected a typo). Lists, queues, search results, the counter's hand-over lists
and linked inquiries show such an application only by its id with the name, kana, birth
date and address masked, to everyone (a shared screen is seen by more eyes than the
person's). A search by name, kana or birth date finds it only for those who may open it
(`record.restricted`, supervisors, within their departments); a search by application id
finds it for everyone who may see the department. The application screen shows the
applicant, the form and the attachments only to `record.restricted` holders; every such
view is audited with `restricted: true` and whether it was `shown` (docs/records.md
"Protected persons").

The mark is the column `applications.restricted`, set by the transaction that loads such an
answer (records/answers.py; migration 0016 filled it from the answers loaded before). It is
a column of the application row and not a look-up in `record_answers` because on
PostgreSQL a person connected as their own role may read the row but not always the
register answers (counter staff, accounts/rls.py), and the mask must hold for them too."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, case, literal, select
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor
from backoffice.db.models import Application

RESULT = "restricted"
PERMISSION = "record.restricted"


def clause(application_pk: Any = None) -> ColumnElement[bool]:
    """True for a restricted application: the row's own column, or for a row of another table
    that names an application (`application_pk`, e.g. Inquiry.application_pk) whether it
    names a restricted one."""
    if application_pk is None:
        return Application.restricted.is_(True)
    return application_pk.in_(select(Application.id).where(Application.restricted.is_(True)))


def may_open(actor: Actor) -> bool:
    """May the actor read a restricted application's person and record (department aside)?"""
    return actor.has(PERMISSION)


def findable_by_person(actor: Actor, application_pk: Any = None) -> ColumnElement[bool] | None:
    """The condition a search by name, kana or birth date needs for this actor (None: none):
    restricted applications are found that way only by those who may open them."""
    return None if may_open(actor) else ~clause(application_pk)


def masked(column: Any, blank: Any = "") -> Any:
    """`column`, or `blank` on restricted rows: a sort key that does not order protected
    persons among the others by their name (keyset pages compare the same masked value)."""
    return case((clause(), literal(blank)), else_=column)


def restricted_pks(s: Session, pks: Iterable[int | None]) -> set[int]:
    """Which of these applications are restricted."""
    wanted = sorted({pk for pk in pks if pk is not None})
    out: set[int] = set()
    for start in range(0, len(wanted), 1000):
        out.update(s.scalars(select(Application.id).where(
            Application.id.in_(wanted[start:start + 1000]), Application.restricted.is_(True))))
    return out


def is_restricted(s: Session, application_pk: int) -> bool:
    return bool(restricted_pks(s, [application_pk]))
