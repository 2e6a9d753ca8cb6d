"""Is a staff login session still valid? (issue 21, defect 3)

A session is valid while its account exists, is enabled and still has the session epoch it
had at login: `users disable`, `users passwd` and every other way of ending sessions bump
`staff.session_epoch`. The check is one primary-key lookup of two columns, made

- by `require()` at the start of every service call (its own short read), and
- by `audit.record()` inside the caller's unit of work, so a change that commits was made
  by a session that was valid when it was written (SQLite serializes write transactions;
  PostgreSQL's read-committed statements see a disable that committed before).

The per-workstation login throttle is deliberately not part of it: someone typing wrong
passwords at another PC must not be able to end a colleague's live session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor
from backoffice.db.models import Staff
from backoffice.platform.errors import SessionEnded

if TYPE_CHECKING:
    from backoffice.db.engine import Database

ENDED = "session ended: the account was disabled or its sessions were ended; log in again"


def _query(actor_id: int) -> Select[bool, int]:
    return select(Staff.disabled, Staff.session_epoch).where(Staff.id == actor_id)


def _verdict(row: Any, actor: Actor) -> str | None:
    if row is None or row.disabled or row.session_epoch != actor.epoch:
        return ENDED
    return None


def problem(s: Session | Connection, actor: Actor) -> str | None:
    """Why the actor's session is no longer valid, or None while it is (or it is no session)."""
    if actor.id is None or actor.epoch is None:
        return None
    return _verdict(s.execute(_query(actor.id)).first(), actor)


def check_in(s: Session, actor: Actor) -> None:
    """Raise SessionEnded unless the session is valid, inside the caller's transaction."""
    why = problem(s, actor)
    if why is not None:
        raise SessionEnded(why)


def checker(db: Database) -> Callable[[Actor], None]:
    """The check `require()` runs for actors made by `staff.login`: its own short read."""

    def check(actor: Actor) -> None:
        # a bare connection, not an ORM session: this runs at the start of every service call
        with db.engine.connect() as conn:
            why = problem(conn, actor)
        if why is not None:
            raise SessionEnded(why)

    return check
