"""Moving an office from the shared `backoffice_app` role to one login role per person
(issue 19; `backoffice db person-roles`, docs/deployment-postgresql.md 9.4).

Run as the server's superuser, after `db upgrade` (migration 0015) and before the desktops are
switched to `[database] per_person = true`. For every enabled account whose staff code can
name a role it creates the login role `bo_<code>` (member of the persons' group) with a
temporary password, made here and sent to the server only as a SCRAM verifier, and sets the
account's "choose a new password" flag, so the person replaces it at their first login (the
login dialog asks, as after an administrator's reset). The temporary passwords are returned
for the administrator to hand over (printed once, on the terminal; never logged or stored).
A disabled account's role is set to NOLOGIN. Run again, it changes nothing for accounts that
have their role already (idempotent) and makes roles only for accounts added since.
`retire_shared` finally makes the shared role NOLOGIN, once every workstation runs per person.
Each created role is recorded in the audit log (`staff.db_login`, actor os:<superuser>).
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor
from backoffice.accounts.rls import PERSON_GROUP, person_role
from backoffice.audit import log as audit
from backoffice.db import roles
from backoffice.db.models import Staff
from backoffice.platform.errors import UsageError

log = logging.getLogger(__name__)

# no 0/O, 1/l/I: read aloud or copied from paper without doubt
_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def temporary_password() -> str:
    """Four groups of five from an unambiguous alphabet (about 116 bits)."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(5)) for _ in range(4))


@dataclass(frozen=True)
class Moved:
    lines: list[str]  # what was done, one line per account (no password in them)
    handed_over: dict[str, str]  # staff code -> temporary password, for the administrator only


def move(database_url: str, ask: roles.Ask, *, superuser: str = "postgres",
         retire_shared: bool = False, reset: frozenset[str] = frozenset()) -> Moved:
    """`reset`: staff codes whose existing role gets a new temporary password (a forgotten
    password once the office runs per person); their live sessions end."""
    from psycopg import sql

    url = roles.server_url(database_url)
    shared = url.username or "backoffice_app"
    conn = roles.connect(roles.as_user(url, superuser), ask, "superuser", autocommit=False)
    engine = create_engine("postgresql+psycopg://", creator=lambda: conn, hide_parameters=True)
    lines: list[str] = []
    handed: dict[str, str] = {}
    actor = Actor(code=f"os:{superuser}", name=superuser, roles=frozenset())
    try:
        with Session(engine) as s, s.begin():
            raw: Any = s.connection().connection.driver_connection
            if not raw.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]:
                raise UsageError(f"{superuser} is not the server's superuser; run "
                                 "'backoffice db person-roles --superuser NAME'")
            if raw.execute("SELECT 1 FROM pg_proc WHERE proname = 'bo_logged_in'").fetchone() is None:
                raise roles.NotInOrder("the database is not migrated for per-person roles: run "
                                       "'backoffice db upgrade' (as the owner) first")
            if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (PERSON_GROUP,)).fetchone() is None:
                raise roles.NotInOrder(f"no group role {PERSON_GROUP}: run 'backoffice db setup-roles' "
                                       "and then 'backoffice db upgrade' first")
            for st in s.scalars(select(Staff).order_by(Staff.code)):
                try:
                    role = person_role(st.code)
                except ValueError:
                    lines.append(f"{st.code}: cannot name a PostgreSQL role (letters, digits and '_' "
                                 "only); give the person a new account with such a code")
                    continue
                row = raw.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
                if st.disabled:
                    if row is not None and row[0]:
                        raw.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role)))
                        lines.append(f"{st.code}: account disabled; role {role} set to NOLOGIN")
                    continue
                if row is not None and st.code not in reset:
                    lines.append(f"{st.code}: role {role} exists; unchanged")
                    continue
                password = temporary_password()
                verifier = roles.scram_verifier(raw, role, password)
                if row is None:
                    raw.execute(sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT "
                                        "PASSWORD {} IN ROLE {}").format(
                        sql.Identifier(role), sql.Literal(verifier), sql.Identifier(PERSON_GROUP)))
                else:
                    raw.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                        sql.Identifier(role), sql.Literal(verifier)))
                    st.session_epoch += 1  # as an administrator's reset: live sessions end
                st.must_change_password = True
                audit.record(s, actor, "staff.db_login", f"staff:{st.code}", role=role, created=row is None,
                             by="db person-roles")
                handed[st.code] = password
                lines.append(f"{st.code}: role {role} {'created' if row is None else 'given a new password'}; "
                             "the person chooses a new password at the first login")
            unknown = reset - {st.code for st in s.scalars(select(Staff))}
            if unknown:
                raise UsageError(f"--reset {', '.join(sorted(unknown))}: no such staff code")
            if retire_shared:
                flags = raw.execute("SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = %s",
                                    (shared,)).fetchone()
                if flags is None:
                    lines.append(f"shared role {shared}: does not exist")
                elif flags[0]:
                    raise UsageError(f"{shared} is a superuser; it is not the shared application role")
                elif flags[1]:
                    raw.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(shared)))
                    lines.append(f"shared role {shared} set to NOLOGIN: no workstation logs in with it any more")
                else:
                    lines.append(f"shared role {shared} is NOLOGIN already; unchanged")
    finally:
        engine.dispose()
        conn.close()
    log.info("db person-roles: %d role(s) created%s", len(handed),
             ", shared role retired" if retire_shared else "")
    return Moved(lines, handed)
