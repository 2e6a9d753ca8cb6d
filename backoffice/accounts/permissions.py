"""The role/permission matrix: the one place that says who may do what.

Every service calls `require(actor, PERMISSION)` before touching data. The matrix is
documented in docs/permissions.md and tested against every service.

`require` is also where a staff login session is checked (issue 21): an actor made by
`staff.login` carries the session epoch and a check (`backoffice/accounts/sessions.py`, one
primary-key lookup), so disabling an account or setting its password ends its power at the
very next service call, not at the desktop's next periodic check.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, field

from backoffice.platform.errors import PermissionDenied

COUNTER, REVIEWER, SUPERVISOR, ADMIN, SYSTEM = "counter", "reviewer", "supervisor", "admin", "system"
STAFF_ROLES = (COUNTER, REVIEWER, SUPERVISOR, ADMIN)

# permission -> roles that hold it
MATRIX: dict[str, frozenset[str]] = {
    "application.search": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "application.view": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "document.view": frozenset({REVIEWER, SUPERVISOR}),
    "application.claim": frozenset({REVIEWER, SUPERVISOR}),
    "application.decide": frozenset({REVIEWER, SUPERVISOR}),
    "application.approve_second": frozenset({SUPERVISOR}),
    "application.comment": frozenset({REVIEWER, SUPERVISOR}),
    "application.withdraw": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "application.release_claim": frozenset({SUPERVISOR}),
    "application.reassign": frozenset({SUPERVISOR}),
    "certificate.issue": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "certificate.revoke": frozenset({SUPERVISOR}),
    "certificate.verify": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "delivery.record": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "intake.run": frozenset({SYSTEM, ADMIN, SUPERVISOR}),
    "intake.receive": frozenset({SYSTEM}),
    "quarantine.view": frozenset({SUPERVISOR, ADMIN}),
    "quarantine.resolve": frozenset({SUPERVISOR}),
    "dashboard.view": frozenset({SUPERVISOR}),
    "export.run": frozenset({SUPERVISOR, ADMIN, SYSTEM}),
    "export.view": frozenset({SUPERVISOR, ADMIN}),
    "audit.view": frozenset({SUPERVISOR, ADMIN}),
    "audit.verify": frozenset({SUPERVISOR, ADMIN, SYSTEM}),
    "staff.manage": frozenset({ADMIN}),
    "catalog.manage": frozenset({ADMIN}),  # the procedure catalog in the database (issue 16)
    "keys.manage": frozenset({ADMIN}),
    "retention.run": frozenset({ADMIN, SYSTEM}),
    "application.close": frozenset({ADMIN, SYSTEM}),  # closing by rule (backoffice/retention/closing.py)
    "appointment.view": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "appointment.manage": frozenset({COUNTER, SUPERVISOR}),
    "appointment.configure": frozenset({SUPERVISOR, ADMIN}),
    "payment.record": frozenset({COUNTER, SUPERVISOR}),
    "payment.reconcile": frozenset({SUPERVISOR, ADMIN}),
    "counter.enter": frozenset({COUNTER, SUPERVISOR}),  # walk-in applications (issue 18)
    # the portal's back office (portal-v1, issue 17; backoffice/portal/)
    "outbox.view": frozenset({SUPERVISOR, ADMIN, SYSTEM}),
    "inquiry.receive": frozenset({SYSTEM}),
    "inquiry.view": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "inquiry.handle": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "portal.edit": frozenset({SUPERVISOR}),
    # the register exchange (records-v1, issue 15; backoffice/records/)
    "records.exchange": frozenset({SYSTEM, ADMIN}),  # write requests, load answers
    "record.restricted": frozenset({SUPERVISOR}),  # open and decide a 支援措置 (restricted) record
}


@dataclass(frozen=True)
class Actor:
    """Who calls a service: a logged-in staff member, or the system (sync agent, scheduler)."""

    code: str
    name: str
    roles: frozenset[str]
    id: int | None = None
    workstation: str = field(default_factory=socket.gethostname)
    # A login session: the account's session epoch at login, and the check that it still
    # holds (None for the system and the command-line operator, which are not sessions).
    epoch: int | None = None
    session_check: Callable[[Actor], None] | None = field(default=None, compare=False, repr=False)
    # Need-to-know (issue 16): the departments whose applications this person may see and
    # act on (backoffice/accounts/scope.py). None: not limited (the system, the command-line
    # operator); a login session always carries its account's set, possibly empty.
    departments: frozenset[str] | None = None

    def has(self, permission: str) -> bool:
        return bool(self.roles & MATRIX[permission])

    @property
    def is_system(self) -> bool:
        return SYSTEM in self.roles


def system_actor(name: str = "system") -> Actor:
    return Actor(code=name, name=name, roles=frozenset({SYSTEM}))


def check_session(actor: Actor) -> None:
    """Raise SessionEnded when the actor's login session has ended (no-op for non-sessions)."""
    if actor.session_check is not None:
        actor.session_check(actor)


def require(actor: Actor, permission: str) -> None:
    if permission not in MATRIX:
        raise KeyError(f"unknown permission {permission!r}")
    check_session(actor)
    if not actor.has(permission):
        raise PermissionDenied(
            f"{actor.code} ({', '.join(sorted(actor.roles)) or 'no role'}) may not {permission}",
            permission=permission,
        )
