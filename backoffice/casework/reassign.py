"""Reassignment by a supervisor: see who holds what, release a claim, or hand an
application over to another reviewer with a fresh lease. Every change is audited with the
previous holder, so "who had it when" can always be answered."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import MATRIX, Actor, require
from backoffice.audit import log as audit
from backoffice.casework import review, workflow
from backoffice.db.engine import is_person
from backoffice.db.models import Application, Staff, StaffDepartment, StaffRole
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import ClaimError, NotFound, TransitionError
from backoffice.platform.timeutil import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HeldClaim:
    pk: int
    application_id: str
    procedure: str
    status: str
    staff_id: int
    staff_code: str
    staff_name: str
    expires_at: datetime


@dataclass(frozen=True)
class Reviewer:
    id: int
    code: str
    name: str


def held_claims(bo: Backoffice, actor: Actor) -> list[HeldClaim]:
    """Applications someone holds right now (lease not expired), by holder then id."""
    require(actor, "application.reassign")
    now = utcnow()
    q = (select(Application.id, Application.application_id, Application.procedure, Application.status,
                Staff.id, Staff.code, Staff.name, Application.claim_expires_at)
         .join(Staff, Staff.id == Application.claimed_by)
         .where(Application.claim_expires_at > now)
         .order_by(Staff.code, Application.id))
    departments = scope.condition(actor, Application.department)  # need-to-know (issue 16)
    if departments is not None:
        q = q.where(departments)
    with bo.db.read() as s:
        return [HeldClaim(*row) for row in s.execute(q)]  # type: ignore[arg-type]  # expiry not NULL here


def reviewers(bo: Backoffice, actor: Actor) -> list[Reviewer]:
    """Active staff who may claim applications: the people work can be handed to."""
    require(actor, "application.reassign")
    roles = MATRIX["application.claim"]
    q = (select(Staff.id, Staff.code, Staff.name).join(StaffRole, StaffRole.staff_id == Staff.id)
         .where(StaffRole.role.in_(roles), Staff.disabled.is_(False)).distinct().order_by(Staff.code))
    shared = scope.condition(actor, StaffDepartment.department)  # people of the actor's departments
    if shared is not None:
        q = q.where(Staff.id.in_(select(StaffDepartment.staff_id).where(shared)))
    with bo.db.read() as s:
        return [Reviewer(*row) for row in s.execute(q)]


def release(bo: Backoffice, actor: Actor, pk: int) -> None:
    """Free an application someone holds (it returns to the queue for anyone to claim)."""
    require(actor, "application.release_claim")
    review.release(bo, actor, pk)


@dataclass(frozen=True)
class _Taker:
    id: int
    code: str
    roles: frozenset[str]
    departments: frozenset[str]


def _eligible(s: Session, staff_id: int) -> _Taker:
    # columns, not the Staff row: a person connected as their own role (issue 19) may not read
    # the password hashes
    row = s.execute(select(Staff.id, Staff.code).where(Staff.id == staff_id, Staff.disabled.is_(False))).first()
    if row is None:
        raise NotFound(f"no active staff member {staff_id}")
    person = _Taker(row.id, row.code,
                    frozenset(s.scalars(select(StaffRole.role).where(StaffRole.staff_id == staff_id))),
                    frozenset(s.scalars(select(StaffDepartment.department).where(
                        StaffDepartment.staff_id == staff_id))))
    if not person.roles & MATRIX["application.claim"]:
        raise ClaimError(f"{person.code} has no reviewer role and cannot take applications")
    return person


def hand_over(bo: Backoffice, actor: Actor, pk: int, to_staff_id: int) -> review.ClaimInfo:
    """Give the application to another reviewer: they hold it now with a fresh lease."""
    require(actor, "application.reassign")
    now = utcnow()
    with bo.db.write() as s:
        as_person = is_person(s)
        app = review._load(s, pk, lock=not as_person)
        scope.require_department(actor, app.department)
        if app.status not in review.CLAIMABLE:
            raise TransitionError(f"{app.application_id} is {app.status} and cannot be handed over")
        person = _eligible(s, to_staff_id)
        if app.department not in person.departments:
            raise ClaimError(f"{person.code} does not work for {app.department} and cannot take "
                             f"{app.application_id}", code="other_department")
        if app.status == workflow.PENDING and "supervisor" not in person.roles:
            raise ClaimError(f"{app.application_id} awaits a supervisor's decision; {person.code} is not a supervisor")
        if as_person:  # issue 19: the server checks again and writes the lease and the audit entry
            s.execute(text("SELECT bo_reassign(:a, :c, :m)"),
                      {"a": app.application_id, "c": person.code, "m": bo.config.lease_minutes})
            s.refresh(app)
            log.info("%s handed %s to %s", actor.code, app.application_id, person.code)
            assert app.claim_expires_at is not None
            return review.ClaimInfo(app.id, app.application_id, app.status, app.claim_expires_at)
        previous = app.claimed_by
        app.claimed_by = person.id
        app.claim_expires_at = now + timedelta(minutes=bo.config.lease_minutes)
        audit.record(s, actor, "application.reassign", f"application:{app.application_id}",
                     previous=previous, to=person.id)
        log.info("%s handed %s to %s", actor.code, app.application_id, person.code)
        return review.ClaimInfo(app.id, app.application_id, app.status, app.claim_expires_at)
