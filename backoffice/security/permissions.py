"""The role/permission matrix: the one place that says who may do what.

Every service calls `require(actor, PERMISSION)` before touching data. The matrix is
documented in docs/permissions.md and tested against every service.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

from ..errors import PermissionDenied

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
    "keys.manage": frozenset({ADMIN}),
    "retention.run": frozenset({ADMIN, SYSTEM}),
    "appointment.view": frozenset({COUNTER, REVIEWER, SUPERVISOR}),
    "appointment.manage": frozenset({COUNTER, SUPERVISOR}),
    "appointment.configure": frozenset({SUPERVISOR, ADMIN}),
    "payment.record": frozenset({COUNTER, SUPERVISOR}),
    "payment.reconcile": frozenset({SUPERVISOR, ADMIN}),
}


@dataclass(frozen=True)
class Actor:
    """Who calls a service: a logged-in staff member, or the system (sync agent, scheduler)."""

    code: str
    name: str
    roles: frozenset[str]
    id: int | None = None
    workstation: str = field(default_factory=socket.gethostname)

    def has(self, permission: str) -> bool:
        return bool(self.roles & MATRIX[permission])

    @property
    def is_system(self) -> bool:
        return SYSTEM in self.roles


def system_actor(name: str = "system") -> Actor:
    return Actor(code=name, name=name, roles=frozenset({SYSTEM}))


def require(actor: Actor, permission: str) -> None:
    if permission not in MATRIX:
        raise KeyError(f"unknown permission {permission!r}")
    if not actor.has(permission):
        raise PermissionDenied(
            f"{actor.code} ({', '.join(sorted(actor.roles)) or 'no role'}) may not {permission}"
        )
