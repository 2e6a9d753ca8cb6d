"""Need-to-know by department (issue 16): which applications a staff member may see.

Staff belong to departments (the procedure catalog's `department` names, table
`staff_departments`). A login session's `Actor.departments` holds them; reviewers and
supervisors see and act only on applications of those departments, in every service
(queues, counts, search, detail, documents, claims, decisions, dashboard, reassignment,
audit viewer, export screen). Counter staff see across departments what handing over
needs — the counter services ask with `handover=True` — but nothing more. `None`
(the system, the command-line operator) is not limited.

Services call `require_department(actor, app.department)` after loading one application
and add `condition(actor)` to every query that lists or counts applications. A refusal is
`PermissionDenied` with code `other_department` (docs/departments.md).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false

from backoffice.accounts.permissions import COUNTER, Actor
from backoffice.platform.errors import PermissionDenied


def limited(actor: Actor, *, handover: bool = False) -> bool:
    """True when the actor sees only some departments (for this kind of look-up)."""
    if actor.departments is None:
        return False
    return not (handover and COUNTER in actor.roles)


def may_see(actor: Actor, department: str, *, handover: bool = False) -> bool:
    if not limited(actor, handover=handover):
        return True
    assert actor.departments is not None
    return department in actor.departments


def require_department(actor: Actor, department: str, *, handover: bool = False) -> None:
    """Refuse an application of a department the actor does not work for."""
    if not may_see(actor, department, handover=handover):
        mine = ", ".join(sorted(actor.departments or ())) or "no department"
        raise PermissionDenied(
            f"{actor.code} works for {mine} and may not see applications of {department}",
            code="other_department", department=department)


def condition(actor: Actor, column: Any, *, handover: bool = False) -> ColumnElement[bool] | None:
    """The WHERE condition limiting `column` (a department column) to the actor's
    departments, or None when the actor is not limited."""
    if not limited(actor, handover=handover):
        return None
    assert actor.departments is not None
    if not actor.departments:
        return false()
    result: ColumnElement[bool] = column.in_(sorted(actor.departments))
    return result


def departments_or_all(actor: Actor, known: list[str]) -> list[str]:
    """The departments the actor may see among `known` (all of them when not limited)."""
    if actor.departments is None:
        return list(known)
    return [d for d in known if d in actor.departments]
