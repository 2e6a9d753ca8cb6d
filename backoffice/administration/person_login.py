"""The desktop connected as the person (issue 19, `[database] per_person = true`, PostgreSQL).

The staff code names the login role (`bo_<code>`, backoffice/accounts/rls.py) and the typed
password is checked by the server (SCRAM-SHA-256); the application's own password hash is not
used, and no workstation holds a credential that is not its user's. The password stays in the
process's memory for the pool's connections (backoffice/db/engine.py `Person`) and is never
written to a file, the credential store or a log.

`connect` opens the person's Database and answers a refused password with the same sentence
as the application's own login (`wrong staff code or password`), so the login dialog shows the
same Japanese message. With Kerberos single sign-on (docs/deployment-postgresql.md 9.6) the
password may be empty: libpq offers the person's ticket, the server's pg_ident.conf map admits
it only for the role of the code typed (else the same sentence), and `current_user` is checked
after connecting. `set_role_password` is the person choosing their own password (after an
administrator's reset or the move from the shared role, and from Settings): the SCRAM verifier
is made here by libpq, so the password itself never reaches the server or its log.
administration/staff.py `sign_in` is what the login dialog calls.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session

from backoffice.accounts.rls import person_role
from backoffice.db.engine import Database, Person, make_person_engine
from backoffice.platform.errors import AuthenticationError

log = logging.getLogger(__name__)

WRONG = "wrong staff code or password"
DISABLED = "this account is disabled"


def _refusal(exc: OperationalError) -> str | None:
    """The login's sentence for a refusal by the server, or None (not a refusal: unreachable)."""
    detail = str(exc.orig if exc.orig is not None else exc)
    if "password authentication failed" in detail or "no password supplied" in detail:
        return WRONG  # PostgreSQL says the same for a role that does not exist
    if "is not permitted to log in" in detail:
        return DISABLED  # NOLOGIN (bo_person_disable): said only after the right password
    if "GSSAPI authentication failed" in detail or "GSSAPI encryption required but" in detail:
        # Kerberos: pg_ident.conf does not map the ticket's principal to this code's role, or
        # (libpq, gssencmode=require) there is no ticket to offer
        return WRONG
    return None


def by_ticket(database_url: str) -> bool:
    """Does database.url ask libpq for a GSSAPI-encrypted connection (`gssencmode=require`:
    Kerberos single sign-on, docs/deployment-postgresql.md 9.6)? Then the login dialog lets the
    password be left empty; the server decides by the person's ticket."""
    try:
        return make_url(database_url).query.get("gssencmode") == "require"
    except ArgumentError:
        return False


def connect(database_url: str, code: str, password: str) -> Database:
    """The person's own connection, checked now. Raises AuthenticationError(WRONG or
    DISABLED) when the server refuses the login, OperationalError when it cannot be reached."""
    try:
        role = person_role(code.strip())
    except ValueError:
        raise AuthenticationError(WRONG) from None
    person = Person(role, password)
    db = Database(make_person_engine(database_url, person), person)
    try:
        with db.engine.connect() as conn:
            connected_as = conn.exec_driver_sql("SELECT current_user").scalar()
    except OperationalError as exc:
        db.dispose()
        why = _refusal(exc)
        if why is None:
            raise
        log.info("login refused by the server for role %s", role)
        raise AuthenticationError(why) from None
    if connected_as != role:  # never expected: the server admitted someone else
        db.dispose()
        log.warning("login as %s: the server connected %s", role, connected_as)
        raise AuthenticationError(WRONG)
    return db


def role_password_ok(db: Database, password: str) -> bool:
    """Is `password` the person's password now? A connection of its own, closed at once."""
    if db.person is None:
        raise ValueError("not a person's connection")
    probe = Person(db.person.role, password)
    engine = make_person_engine(db.engine.url.render_as_string(hide_password=True), probe)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True
    except OperationalError as exc:
        if _refusal(exc) is None:
            raise
        return False
    finally:
        engine.dispose()


def set_role_password(s: Session, db: Database, new: str) -> None:
    """In the caller's unit of work, as the person: their role's new password (a SCRAM
    verifier made here) and bo_password_changed() (the flag cleared, the change audited).
    The pool's next connections use the new password once this commits."""
    if db.person is None:
        raise ValueError("not a person's connection")
    conn = s.connection()
    driver = conn.connection.driver_connection
    if driver is None:
        raise ValueError("the connection is closed")
    verifier = driver.pgconn.encrypt_password(new.encode("utf-8"), db.person.role.encode("ascii"),
                                       b"scram-sha-256").decode("ascii")
    if "'" in verifier:  # a verifier is base64 and '$:'; never a quote
        raise ValueError("unexpected SCRAM verifier")
    conn.exec_driver_sql(f"ALTER ROLE CURRENT_USER PASSWORD '{verifier}'")
    s.execute(text("SELECT bo_password_changed()"))
