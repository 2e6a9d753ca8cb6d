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

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, false, or_

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


def covers_all(actor: Actor, known: Sequence[str]) -> bool:
    """True when the actor sees every department among `known` (the catalog's): the
    office-wide duty that things of no known department need (a refused bundle whose
    procedure could not be read, a provider payment naming no application; docs/departments.md)."""
    if actor.departments is None:
        return True
    return set(known) <= actor.departments


# Refused bundles (the quarantine list, its count on the dashboard, retry and discard). A
# record's department is known when the bundle's procedure could be read from content the
# gateway signed (intake_records.department), else None. Read docs/departments.md.
FULL, REASON_ONLY, HIDDEN = "full", "reason", "hidden"


def refused_bundle_access(actor: Actor, department: str | None, known: Sequence[str]) -> str:
    """How much of one refused bundle's record the actor sees: FULL (the detail too, and
    retry or discard when the role allows), REASON_ONLY (file, time and reason: an
    administrator, who sees no applicant's data) or HIDDEN (another department's, or one of
    no known department for a person who does not work for every department)."""
    if not actor.has("application.view"):
        return REASON_ONLY
    if not limited(actor):
        return FULL
    if department is None:
        return FULL if covers_all(actor, known) else HIDDEN
    return FULL if may_see(actor, department) else HIDDEN


def refused_bundle_condition(actor: Actor, column: Any, known: Sequence[str]) -> ColumnElement[bool] | None:
    """The WHERE condition (on intake_records.department) that lists and counts exactly the
    records `refused_bundle_access` does not hide; None: every record."""
    if not actor.has("application.view") or not limited(actor):
        return None
    mine = condition(actor, column)
    assert mine is not None
    if covers_all(actor, known):
        return or_(mine, column.is_(None))
    return mine


def require_refused_bundle(actor: Actor, department: str | None, known: Sequence[str]) -> None:
    """Refuse to act on a refused bundle the actor may not see in full."""
    if refused_bundle_access(actor, department, known) == FULL:
        return
    if department is not None and actor.has("application.view"):
        require_department(actor, department)
    raise PermissionDenied(
        f"{actor.code} may not act on a refused bundle of no known department: that needs a "
        "supervisor who works for every department", code="refused_bundle_unknown_department")
