"""Issue 21, defect 8: a password typed into the staff-code field must not be kept. A
failed login records the code only when it names an account; otherwise only that an unknown
code was tried. Both engines (PostgreSQL also used to refuse a code longer than the column)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from backoffice.accounts.permissions import Actor
from backoffice.administration import staff
from backoffice.db.models import AuditEntry, LoginThrottle
from backoffice.platform.errors import AuthenticationError

ADMIN = Actor(code="admin1", name="管理者", roles=frozenset({"admin"}))
PW = "correct horse battery staple 2026"
TYPED = "My-Secret-Passw0rd-typed-in-the-wrong-field-2026"  # longer than the code column


def _everything_stored(bo) -> str:
    with bo.db.read() as s:
        rows = [(e.actor, e.workstation, e.action, e.target, json.dumps(e.detail, ensure_ascii=False))
                for e in s.scalars(select(AuditEntry))]
        throttles = [(t.code, t.workstation) for t in s.scalars(select(LoginThrottle))]
    return repr(rows) + repr(throttles)


def test_unknown_code_is_not_recorded(bo):
    with bo.db.write() as s:
        staff.create_staff(s, ADMIN, "r001", "審査 花子", ["reviewer"], PW)
    for typed in (TYPED, TYPED[:20]):
        with pytest.raises(AuthenticationError, match="wrong staff code or password"):
            staff.login(bo.db, typed, "anything at all", "pc-1")
    stored = _everything_stored(bo)
    assert TYPED[:8] not in stored and "Secret" not in stored
    with bo.db.read() as s:
        failed = s.scalars(select(AuditEntry).where(AuditEntry.action == "login.failed")).all()
    assert [(e.actor, e.target, e.detail["reason"]) for e in failed] == [
        ("?", "staff:?", "unknown staff code")] * 2


def test_known_code_is_recorded(bo):
    with bo.db.write() as s:
        staff.create_staff(s, ADMIN, "r001", "審査 花子", ["reviewer"], PW)
    with pytest.raises(AuthenticationError):
        staff.login(bo.db, "r001", "wrong password here", "pc-1")
    with bo.db.read() as s:
        e = s.scalar(select(AuditEntry).where(AuditEntry.action == "login.failed"))
    assert e is not None and (e.actor, e.target, e.detail["reason"]) == ("r001", "staff:r001", "bad credentials")


def test_an_unknown_code_is_still_throttled(bo):
    """Guessing one code again and again is delayed whether or not it names an account,
    so the delays do not tell which codes exist."""
    for _ in range(staff.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationError, match="wrong staff code"):
            staff.login(bo.db, TYPED, "anything at all", "pc-1")
    with pytest.raises(AuthenticationError, match="too many failed attempts"):
        staff.login(bo.db, TYPED, "anything at all", "pc-1")
    assert "Secret" not in _everything_stored(bo)
