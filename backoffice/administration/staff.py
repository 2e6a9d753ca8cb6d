"""Staff accounts and login.

Lockout is per (account, workstation) with a growing delay, so someone guessing at one PC
cannot lock a colleague out everywhere, and a disabled account cannot log in at all.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session, defer

from backoffice.accounts import passwords, sessions
from backoffice.accounts.permissions import ADMIN, STAFF_ROLES, Actor, check_session, require
from backoffice.audit import log as audit
from backoffice.db.engine import Database, is_person
from backoffice.db.models import LoginThrottle, Staff, StaffDepartment, StaffRole
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import AuthenticationError, BackofficeError, NotFound
from backoffice.platform.timeutil import as_utc, utcnow

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 5          # failures before delays start
MAX_DELAY = timedelta(minutes=15)


class PasswordChangeRequired(AuthenticationError):
    """The credentials were right, but the password was set by an administrator: the
    person chooses a new one (login(..., new_password=)) before any session starts."""

    default_code = "password_change_required"


@dataclass(frozen=True)
class StaffInfo:
    id: int
    code: str
    name: str
    roles: tuple[str, ...]
    disabled: bool
    departments: tuple[str, ...] = ()
    last_login_at: datetime | None = None
    must_change_password: bool = False


def _info(s: Staff) -> StaffInfo:
    return StaffInfo(s.id, s.code, s.name, tuple(sorted(r.role for r in s.roles)), s.disabled,
                     tuple(sorted(d.department for d in s.departments)), s.last_login_at,
                     s.must_change_password)


def validate_departments(departments: Sequence[str] | None, known: Sequence[str]) -> list[str]:
    """The departments to give an account: `None` means every known department (as the
    upgrade gives existing accounts); a name the catalog does not know is refused."""
    if departments is None:
        return sorted(set(known))
    names = sorted({d.strip() for d in departments if d.strip()})
    bad = [d for d in names if d not in known]
    if bad:
        raise BackofficeError(f"unknown department {bad[0]!r}; departments are {', '.join(sorted(known))}",
                              code="unknown_department", department=bad[0])
    return names


def known_departments() -> list[str]:
    """The catalog's departments (the names staff can belong to)."""
    from backoffice.platform.catalog import default_catalog

    return default_catalog().departments()


def _validate_roles(roles: list[str] | tuple[str, ...]) -> list[str]:
    if not roles:
        raise BackofficeError("at least one role is needed")
    bad = [r for r in roles if r not in STAFF_ROLES]
    if bad:
        raise BackofficeError(f"unknown role {bad[0]!r}; roles are {', '.join(STAFF_ROLES)}")
    return sorted(set(roles))


def create_staff(session: Session, actor: Actor, code: str, name: str, roles: list[str],
                 password: str, departments: Sequence[str] | None = None, *,
                 known: Sequence[str] | None = None, must_change: bool = False) -> StaffInfo:
    """Create an account (administrators; the command line's operator holds that role).
    `departments` (need-to-know, issue 16): None gives every department of the catalog
    (`known`, by default the installed catalog's). `must_change`: the password is a
    temporary one the person replaces at the first login (the staff screen). In a person's
    unit of work (`[database] per_person`, issue 19) the server's bo_staff_add makes the
    account and its login role with this password (always to be changed at the first login)."""
    require(actor, "staff.manage")
    chosen = validate_departments(departments, known if known is not None else known_departments())
    code = code.strip()
    if not code or len(code) > 32 or not code.isascii() or not code.replace("-", "").replace("_", "").isalnum():
        raise BackofficeError("staff code must be 1-32 ASCII letters, digits, '-' or '_'")
    roles = _validate_roles(roles)
    if session.scalar(select(Staff.id).where(Staff.code == code)) is not None:
        raise BackofficeError(f"staff code {code!r} already exists")
    passwords.check_policy(password, context=(code, name))
    if is_person(session):
        return _person_create(session, code, name, roles, chosen, password)
    staff = Staff(code=code, name=name, password_hash=passwords.hash_password(password),
                  disabled=False, session_epoch=0, created_at=utcnow(), must_change_password=must_change)
    staff.roles = [StaffRole(role=r) for r in roles]
    staff.departments = [StaffDepartment(department=d) for d in chosen]
    session.add(staff)
    session.flush()
    audit.record(session, actor, "staff.create", f"staff:{code}", roles=roles, departments=chosen)
    return _info(staff)


def _person_create(session: Session, code: str, name: str, roles: list[str], departments: list[str],
                   password: str) -> StaffInfo:
    """create_staff as an administrator connected as their own role: the server's
    bo_staff_add (administration/server_accounts.py) writes the rows, the login role and the
    audit entries; the code must also name a role (no '-')."""
    from backoffice.administration import server_accounts

    if "-" in code:
        raise BackofficeError("with personal database logins a staff code may hold only letters, digits and '_'",
                              code="code_not_role", staff=code)
    server_accounts.add(session, code, name, roles, departments, passwords.hash_password(password), password)
    return _info(_account(session, code))


def set_disabled(session: Session, actor: Actor, code: str, disabled: bool) -> None:
    """Disable (or enable) an account; nobody disables themselves, and the last enabled
    administrator stays (issue 16)."""
    require(actor, "staff.manage")
    staff = _account(session, code)
    if disabled and staff.id == actor.id:
        raise BackofficeError("nobody can disable their own account", code="disable_self")
    if disabled and not staff.disabled and _is_last_admin(session, staff):
        raise BackofficeError(f"{code} is the last enabled administrator", code="last_admin", staff=code)
    if is_person(session):  # the server: the row, the login role (NOLOGIN / LOGIN), the audit
        from backoffice.administration import server_accounts

        server_accounts.set_disabled(session, code, disabled)
        return
    # recorded before the change: the audit entry checks the actor's own session, which
    # this very change may end (an administrator's own account)
    audit.record(session, actor, "staff.disable" if disabled else "staff.enable", f"staff:{code}")
    staff.disabled = disabled
    staff.session_epoch += 1  # live sessions of this account end at their next service call


def set_password(session: Session, actor: Actor, code: str, password: str) -> None:
    """An administrator sets a new password (forgotten or compromised); live sessions end
    and the per-workstation failure counters of the account are cleared."""
    require(actor, "staff.manage")
    staff = session.scalar(select(Staff).where(Staff.code == code).options(defer(Staff.password_hash)))
    if staff is None:
        raise NotFound(f"no staff member {code!r}")
    passwords.check_policy(password, context=(code, staff.name))
    if is_person(session):  # the server: the login role's new temporary password, the flag, the audit
        from backoffice.administration import server_accounts

        server_accounts.reset(session, code, passwords.hash_password(password), password)
        return
    audit.record(session, actor, "staff.password", f"staff:{code}")  # before: see set_disabled
    staff.password_hash = passwords.hash_password(password)
    staff.must_change_password = True  # the person chooses their own at the next login (issue 16)
    staff.session_epoch += 1
    session.execute(delete(LoginThrottle).where(LoginThrottle.code == code))


# -- staff administration (issue 16 item 2) -------------------------------------------------

def _account(session: Session, code: str) -> Staff:
    # the hash is never read here (persons may not read that column, issue 19)
    staff = session.scalar(select(Staff).where(Staff.code == code).options(defer(Staff.password_hash)))
    if staff is None:
        raise NotFound(f"no staff member {code!r}", code="staff_not_found", staff=code)
    return staff


def _is_last_admin(session: Session, staff: Staff) -> bool:
    """True when `staff` is an enabled administrator and no other enabled one exists."""
    if staff.disabled or ADMIN not in {r.role for r in staff.roles}:
        return False
    others = session.scalar(select(func.count()).select_from(Staff)
                            .join(StaffRole, StaffRole.staff_id == Staff.id)
                            .where(StaffRole.role == ADMIN, Staff.disabled.is_(False), Staff.id != staff.id))
    return not others


def set_roles(session: Session, actor: Actor, code: str, roles: list[str]) -> StaffInfo:
    """Replace an account's roles; the last enabled administrator keeps `admin`. Live
    sessions of the account end (they carry the old roles)."""
    require(actor, "staff.manage")
    staff = _account(session, code)
    roles = _validate_roles(roles)
    if ADMIN not in roles and _is_last_admin(session, staff):
        raise BackofficeError(f"{code} is the last enabled administrator and keeps the role",
                              code="last_admin", staff=code)
    before = sorted(r.role for r in staff.roles)
    if before == roles:
        return _info(staff)
    if is_person(session):
        from backoffice.administration import server_accounts

        server_accounts.set_roles(session, code, roles)
        session.expire(staff)
        return _info(_account(session, code))
    audit.record(session, actor, "staff.roles", f"staff:{code}", before=before, after=roles)
    staff.roles = [StaffRole(role=r) for r in roles]
    staff.session_epoch += 1
    session.flush()
    return _info(staff)


def set_departments(session: Session, actor: Actor, code: str, departments: Sequence[str], *,
                    known: Sequence[str] | None = None) -> StaffInfo:
    """Replace the departments an account works for (need-to-know); its live sessions end,
    so the next login carries the new set."""
    require(actor, "staff.manage")
    staff = _account(session, code)
    chosen = validate_departments(list(departments), known if known is not None else known_departments())
    before = sorted(d.department for d in staff.departments)
    if before == chosen:
        return _info(staff)
    if is_person(session):
        from backoffice.administration import server_accounts

        server_accounts.set_departments(session, code, chosen)
        session.expire(staff)
        return _info(_account(session, code))
    audit.record(session, actor, "staff.departments", f"staff:{code}", before=before, after=chosen)
    staff.departments = [StaffDepartment(department=d) for d in chosen]
    staff.session_epoch += 1
    session.flush()
    return _info(staff)


def unlock(session: Session, actor: Actor, code: str) -> int:
    """Clear the account's failed-login delays on every workstation; returns how many
    workstations had one."""
    require(actor, "staff.manage")
    _account(session, code)
    if is_person(session):  # no throttle with personal logins: the server's auth_delay slows guesses
        return 0
    n = len(session.scalars(select(LoginThrottle.workstation).where(LoginThrottle.code == code)).all())
    audit.record(session, actor, "staff.unlock", f"staff:{code}", workstations=n)
    session.execute(delete(LoginThrottle).where(LoginThrottle.code == code))
    return n


def locked_codes(session: Session, actor: Actor) -> set[str]:
    """Accounts that some workstation makes wait after failed logins right now."""
    require(actor, "staff.manage")
    if is_person(session):  # the application's throttle is not used (nor readable) with personal logins
        return set()
    now = utcnow()
    return {c for c, until in session.execute(select(LoginThrottle.code, LoginThrottle.locked_until)
                                              .where(LoginThrottle.locked_until.is_not(None)))
            if until is not None and as_utc(until) > now}


def change_own_password(db: Database, session: LoginSession, old: str, new: str) -> None:
    """Every user, from Settings: the old password is required and the new one follows the
    policy (ASVS 2.1) and differs from the old. The person's other sessions go on."""
    actor = session.actor
    check_session(actor)
    if db.person is not None:
        _change_role_password(db, actor, old, new)
        return
    with db.write() as s:
        staff = s.get(Staff, actor.id)
        if staff is None or staff.disabled:
            raise AuthenticationError("this account is disabled", code="account_disabled")
        if not passwords.verify_password(staff.password_hash, old):
            audit.record(s, actor, "staff.password_own.failed", f"staff:{staff.code}")
            failed = True
        else:
            failed = False
            _set_own(s, actor, staff, old, new)
    if failed:  # after the commit, so the failed attempt stays in the audit log
        raise AuthenticationError("the current password is wrong", code="wrong_current_password")


def _change_role_password(db: Database, actor: Actor, old: str, new: str) -> None:
    """change_own_password for a person connected as their own role: the server checks the
    current password (a connection of its own) and keeps the new one (SCRAM)."""
    from backoffice.administration import person_login

    if not person_login.role_password_ok(db, old):
        with db.write() as s:
            audit.record(s, actor, "staff.password_own.failed", f"staff:{actor.code}")
        raise AuthenticationError("the current password is wrong", code="wrong_current_password")
    if passwords.normalize(new) == passwords.normalize(old):
        raise BackofficeError("the new password must differ from the current one", code="same_password")
    passwords.check_policy(new, context=(actor.code, actor.name))
    with db.write() as s:
        sessions.check_in(s, actor)
        person_login.set_role_password(s, db, new)
    if db.person is not None:
        db.person.set_password(new)


def _set_own(s: Session, actor: Actor, staff: Staff, old: str, new: str) -> None:
    if passwords.normalize(new) == passwords.normalize(old):
        raise BackofficeError("the new password must differ from the current one", code="same_password")
    passwords.check_policy(new, context=(staff.code, staff.name))
    audit.record(s, actor, "staff.password_own", f"staff:{staff.code}")
    staff.password_hash = passwords.hash_password(new)
    staff.must_change_password = False


def list_staff(session: Session, actor: Actor) -> list[StaffInfo]:
    require(actor, "staff.manage")
    return [_info(s) for s in session.scalars(select(Staff).order_by(Staff.code)
                                              .options(defer(Staff.password_hash)))]


# One unit of work each, for callers without a session of their own (`backoffice users …`).
def add_account(bo: Backoffice, actor: Actor, code: str, name: str, roles: list[str],
                password: str, departments: Sequence[str] | None = None, *,
                must_change: bool = False) -> StaffInfo:
    """`departments` None: every department of the catalog (`users add` without --department)."""
    with bo.db.write() as s:
        return create_staff(s, actor, code, name, roles, password, departments,
                            known=bo.catalog.departments(), must_change=must_change)


def change_departments(bo: Backoffice, actor: Actor, code: str, departments: Sequence[str]) -> StaffInfo:
    with bo.db.write() as s:
        return set_departments(s, actor, code, departments, known=bo.catalog.departments())


def change_roles(bo: Backoffice, actor: Actor, code: str, roles: list[str]) -> StaffInfo:
    with bo.db.write() as s:
        return set_roles(s, actor, code, roles)


def unlock_account(bo: Backoffice, actor: Actor, code: str) -> int:
    with bo.db.write() as s:
        return unlock(s, actor, code)


def accounts_overview(bo: Backoffice, actor: Actor) -> tuple[list[StaffInfo], set[str]]:
    """The staff screen's list: every account and the codes locked out somewhere now."""
    with bo.db.read() as s:
        return list_staff(s, actor), locked_codes(s, actor)


def accounts(bo: Backoffice, actor: Actor) -> list[StaffInfo]:
    with bo.db.read() as s:
        return list_staff(s, actor)


def disable_account(bo: Backoffice, actor: Actor, code: str, disabled: bool = True) -> None:
    with bo.db.write() as s:
        set_disabled(s, actor, code, disabled)


def reset_password(bo: Backoffice, actor: Actor, code: str, password: str) -> None:
    with bo.db.write() as s:
        set_password(s, actor, code, password)


@dataclass(frozen=True)
class LoginSession:
    actor: Actor
    epoch: int
    # [database] per_person (issue 19): the context connected as this person, for everything
    # the desktop does in this session; None when the desktop's own context is used.
    bo: Backoffice | None = field(default=None, compare=False, repr=False)


def _delay(failures: int) -> timedelta:
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(MAX_DELAY, timedelta(seconds=30 * 2 ** (failures - FREE_ATTEMPTS)))


UNKNOWN = "?"  # the audit log's actor and target for a staff code that names no account


def _unknown_key(code: str) -> str:
    """The throttle key of a code that names no account. What was typed is not kept (it may
    be a password); 16 bits of its hash keep repeated guesses of one wrong code throttled
    like a real account's (so delays do not tell which codes exist) while saying next to
    nothing about the text."""
    return "?" + hashlib.sha256(code.encode("utf-8", "surrogatepass")).hexdigest()[:4]


def _count_failure(s: Session, throttle: LoginThrottle | None, key: str, workstation: str,
                   now: datetime) -> None:
    if throttle is None:
        throttle = LoginThrottle(code=key, workstation=workstation, failures=0)
        s.add(throttle)
    throttle.failures += 1
    delay = _delay(throttle.failures)
    throttle.locked_until = now + delay if delay else None


def login(db: Database, code: str, password: str, workstation: str, *,
          new_password: str | None = None) -> LoginSession:
    """Check code and password. Every failure says the same thing (no account enumeration).
    After an administrator's reset the person must choose a new password: without
    `new_password` the right credentials are answered with PasswordChangeRequired (nothing
    else is said or opened); with it the new password is set and the login goes on."""
    now = utcnow()
    failure: str | None = None
    change_required = False
    with db.write() as s:
        staff = s.scalar(select(Staff).where(Staff.code == code))
        # An unknown code is not kept, not even as a throttle key (issue 21, defect 8).
        key = code if staff is not None else _unknown_key(code)
        throttle = s.get(LoginThrottle, (key, workstation))
        if throttle and throttle.locked_until and as_utc(throttle.locked_until) > now:
            wait = int((as_utc(throttle.locked_until) - now).total_seconds()) + 1
            raise AuthenticationError(f"too many failed attempts on this workstation; try again in {wait} s")
        ok = passwords.verify_password(staff.password_hash if staff else passwords.dummy_hash(), password)
        if not ok or staff is None or staff.disabled:
            _count_failure(s, throttle, key, workstation, now)
            disabled = bool(ok and staff is not None and staff.disabled)
            if staff is not None:
                who = Actor(code=staff.code, name=staff.name, roles=frozenset(), workstation=workstation)
                audit.record(s, who, "login.failed", f"staff:{staff.code}",
                             reason="disabled" if disabled else "bad credentials")
            else:
                # Not an account: what was typed may well be a password typed into the code
                # field, so none of it is recorded.
                who = Actor(code=UNKNOWN, name=UNKNOWN, roles=frozenset(), workstation=workstation)
                audit.record(s, who, "login.failed", f"staff:{UNKNOWN}", reason="unknown staff code")
            failure = "this account is disabled" if disabled else "wrong staff code or password"
        elif staff.must_change_password and new_password is None:
            change_required = True
        else:
            if throttle:
                s.delete(throttle)
            if staff.must_change_password and new_password is not None:
                who = Actor(code=staff.code, name=staff.name, roles=frozenset(), id=staff.id,
                            workstation=workstation)
                _set_own(s, who, staff, password, new_password)
            elif passwords.needs_rehash(staff.password_hash):
                staff.password_hash = passwords.hash_password(password)
            actor = Actor(code=staff.code, name=staff.name, roles=frozenset(r.role for r in staff.roles),
                          id=staff.id, workstation=workstation, epoch=staff.session_epoch,
                          session_check=sessions.checker(db),
                          departments=frozenset(d.department for d in staff.departments))
            staff.last_login_at = now
            audit.record(s, actor, "login", f"staff:{code}")
            result = LoginSession(actor, staff.session_epoch)
    if failure:  # raised after the commit, so the throttle and the audit row are kept
        raise AuthenticationError(failure)
    if change_required:
        raise PasswordChangeRequired("an administrator set this password; choose a new one to log in")
    return result


def sign_in(bo: Backoffice, code: str, password: str, workstation: str, *,
            new_password: str | None = None) -> LoginSession:
    """What the desktop's login dialog calls: login() on the shared database, or, with
    `[database] per_person = true`, a connection as the person's own login role checked by
    the server (administration/person_login.py); the session then carries that context."""
    if not bo.config.per_person:
        return login(bo.db, code, password, workstation, new_password=new_password)
    return _person_sign_in(bo, code, password, workstation, new_password)


def _person_sign_in(bo: Backoffice, code: str, password: str, workstation: str,
                    new_password: str | None) -> LoginSession:
    """The server checked the password when the connection opened (a wrong one: the same
    sentence as login()); the application's throttle table is not consulted (no credential
    exists before the login: the server's auth_delay slows failed passwords). The person's
    staff row gives roles and departments; "choose a new password" works as in login()."""
    from backoffice.administration import person_login
    from backoffice.db import catalog_store
    from backoffice.platform.catalog import default_catalog

    db = person_login.connect(bo.config.database_url, code, password)
    try:
        with db.write() as s:
            staff = s.execute(select(Staff.id, Staff.code, Staff.name, Staff.disabled, Staff.session_epoch,
                                     Staff.must_change_password)
                              .where(func.lower(Staff.code) == code.strip().lower())).first()
            if staff is None or staff.disabled:
                raise AuthenticationError("this account is disabled")
            if staff.must_change_password and new_password is None:
                raise PasswordChangeRequired("an administrator set this password; choose a new one to log in")
            if staff.must_change_password and new_password is not None:
                if passwords.normalize(new_password) == passwords.normalize(password):
                    raise BackofficeError("the new password must differ from the current one",
                                          code="same_password")
                passwords.check_policy(new_password, context=(staff.code, staff.name))
                person_login.set_role_password(s, db, new_password)
            s.execute(text("SELECT bo_logged_in()"))
            roles = frozenset(s.scalars(select(StaffRole.role).where(StaffRole.staff_id == staff.id)))
            departments = frozenset(s.scalars(select(StaffDepartment.department)
                                               .where(StaffDepartment.staff_id == staff.id)))
        if staff.must_change_password and new_password is not None and db.person is not None:
            db.person.set_password(new_password)
        actor = Actor(code=staff.code, name=staff.name, roles=roles, id=staff.id, workstation=workstation,
                      epoch=staff.session_epoch, session_check=sessions.checker(db), departments=departments)
        person_bo = Backoffice(bo.config, db, catalog_store.load(db) or default_catalog())
    except BaseException:
        db.dispose()
        raise
    return LoginSession(actor, staff.session_epoch, bo=person_bo)


def log_in(bo: Backoffice, code: str, password: str, workstation: str) -> LoginSession:
    """login() on the context's database (`backoffice decide --as CODE`)."""
    return login(bo.db, code, password, workstation)


def session_valid(db: Database, session: LoginSession) -> bool:
    """False once the account was disabled or its sessions were ended."""
    with db.read() as s:
        return sessions.problem(s, session.actor) is None


def verify_password_for(db: Database, session: LoginSession, password: str) -> bool:
    """Unlock after idle lock: the same account's password again (for a person connected
    as their own role: checked by the server with a connection of its own)."""
    if db.person is not None:
        from backoffice.administration import person_login

        return person_login.role_password_ok(db, password)
    with db.read() as s:
        staff = s.get(Staff, session.actor.id)
        return bool(staff and not staff.disabled and passwords.verify_password(staff.password_hash, password))


def logout(db: Database, session: LoginSession) -> None:
    """The staff member logged out (or switched user) on this workstation: recorded in the
    audit log next to the login. The desktop has released the application it held and drops
    the session; other workstations where the same person is logged in are not affected
    (an administrator ends every session of an account by disabling it or setting its
    password, which bumps the epoch)."""
    with db.write() as s:
        audit.record(s, session.actor, "logout", f"staff:{session.actor.code}")
