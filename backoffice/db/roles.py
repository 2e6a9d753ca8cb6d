"""PostgreSQL roles and grants for a shared deployment (docs/deployment-postgresql.md),
behind `backoffice db setup-roles` and `backoffice db upgrade`.

Three roles, least privilege (issue 19 adds one role per staff member, members of the group
role PERSON_GROUP, whose rights `grant_persons` applies with the others):

- owner   (`backoffice_owner`): owns the database and its schema; only `db upgrade` uses it.
- app     (the user of `database.url`, `backoffice_app`): every workstation and the sync
          agent; reads and writes rows, never changes the schema, never edits or deletes
          audit entries or signed checkpoints.
- auditor (`backoffice_auditor`): reads the audit log and its checkpoints and adds the
          "audit.verify" entry of its own check (`backoffice audit verify` run by
          information security with its own credentials); nothing about applicants.

The host, port, database and TLS parameters (`sslmode`, `sslrootcert`, …) always come from
`database.url`, so every step runs over the same verified TLS connection as the
application. Passwords come from the OS credential store or a prompt; the server is sent
only SCRAM verifiers made on this machine (libpq's PQencryptPasswordConn), so no password
reaches the server's statement log, this program's log or a command line.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import URL, make_url

from backoffice.platform.errors import ConfigError, UsageError

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

# Unquoted PostgreSQL identifiers only: the names are pasted into DDL.
ROLE_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# Tables the application may add to but never change: the hash-chained log and its signed heads.
APPEND_ONLY = ("audit_log", "audit_checkpoints")
# What the read-only auditor sees: the audit trail, and the schema version preflight checks.
AUDITOR_TABLES = ("audit_log", "audit_checkpoints", "alembic_version")

# Issue 19: the group role every person's login role (bo_<code>) belongs to; it holds the
# persons' rights (backoffice/accounts/rls.py has the row-level security they are read under).
PERSON_GROUP = "backoffice_staff"
# Tables persons never read directly, and columns they never read.
# (settlements are read under a row policy since migration 0018: payment.reconcile, by department)
PERSON_NO_READ = ("login_throttle", "issuing_keys", "record_batches", "settlement_imports",
                  "alembic_version")
PERSON_HIDDEN_COLUMNS = {"staff": ("password_hash",),
                         # a refused bundle's detail may quote the applicant's name: handed out by
                         # bo_refused_bundle_notes (migration 0022) where the core shows it
                         "intake_records": ("detail", "resolution_note")}
# The write functions of migration 0013 (backoffice/casework/server_writes.py) persons may call.
PERSON_FUNCTIONS = ("bo_audit(text, text, jsonb)", "bo_transition(text, text, text)",
                    "bo_person_login(text, text)", "bo_person_disable(text)",
                    "bo_logged_in()", "bo_password_changed()",
                    # migration 0017 (backoffice/administration/server_accounts.py FUNCTIONS):
                    # the staff screen of an administrator connected as their own role
                    "bo_staff_add(text, text, text[], text[], text, text)",
                    "bo_staff_set_disabled(text, boolean)", "bo_staff_reset(text, text, text)",
                    "bo_staff_set_roles(text, text[])", "bo_staff_set_departments(text, text[])",
                    # migration 0019: counter staff hand over as themselves (casework/server_writes.py)
                    "bo_deliver(text, text, text, text)",
                    # migration 0020: issuing (issuance/server_issuing.py FUNCTIONS) and payments
                    # (supervision/server_payments.py FUNCTIONS) as the person
                    "bo_next_serial(text, text)", "bo_close_without_output(text)",
                    "bo_issue(text, text, text, text, text, text, text, bytea)",
                    "bo_reprint(text, text, text, text, text, text, bytea, text)",
                    "bo_revoke(text, text)", "bo_register_key(text, text)", "bo_public_keys()",
                    # migration 0027: a register request before issuing (records/issue.py ensure_fresh)
                    "bo_record_requeue(text, text, text, text)",
                    "bo_counter_payment(text, integer, text, timestamp with time zone)",
                    "bo_refund(text, integer, text)", "bo_settlement_import(bytea, text, text, jsonb)")
# The only columns persons UPDATE themselves (the claim lease; rows limited by the policy
# bo_person_claim of migration 0015, backoffice/accounts/rls.py), and the only table they add
# rows to directly.
PERSON_COLUMN_UPDATES = {"applications": ("claimed_by", "claim_expires_at")}
PERSON_INSERTS = ("comments",)  # internal comments in their own name (policy bo_person_comment)

Ask = Callable[[str], str]  # prompt -> password (getpass, or a line of standard input)


# migration 0021 (backoffice/supervision/server_counter.py FUNCTIONS): walk-in applications,
# inquiries, appointments and reassignment as the person
PERSON_COUNTER_FUNCTIONS = ("bo_counter_number()", "bo_counter_enter(jsonb, bytea)", "bo_scan_attached(text)",
                            "bo_inquiry_assign(text, text, text)", "bo_inquiry_note(text, text)",
                            "bo_inquiry_answer(text, text)", "bo_inquiry_close(text, text)",
                            "bo_inquiry_enter(jsonb)", "bo_inquiry_link(text, text)",
                            "bo_seats_taken(integer, timestamp with time zone, timestamp with time zone)",
                            "bo_appointment_book(text, timestamp with time zone, timestamp with time zone, "
                            "text, text, integer, text)",
                            "bo_appointment_set(integer, text)", "bo_appointment_link(integer, text)",
                            "bo_reassign(text, text, integer)")


class NotInOrder(UsageError):
    """A set-up step run before the step it needs (exit 2, with the step to run first)."""


# Issue 19: the unattended agent's own role (sync, register exchange, export, audit check,
# retention), made by `db setup-roles --agent`; its grants (`grant_agent`) are applied by every
# `db upgrade` once it exists. What its jobs never need it does not get:
AGENT_NO_ACCESS = ("login_throttle",)  # the desktop's login throttle
AGENT_READ_ONLY = ("staff", "staff_roles", "staff_departments", "issuing_keys", "procedure_versions",
                   "alembic_version")  # accounts, keys and catalog are the administrators'
AGENT_HIDDEN_COLUMNS = {"staff": ("password_hash",),  # never the password hashes
                        "documents": ("data",)}  # writes attachments and blanks them, never reads them

# Migration 0022: administration as the person (administration/server_admin.py FUNCTIONS, with
# export/server_export.py's):
# catalog versions, counters and closures, refused bundles, export batches, audit checkpoints.
PERSON_ADMIN_FUNCTIONS = ("bo_catalog_change(text, date, text, text)",
                          "bo_counter_save(text, text, time, time, integer, integer, integer, integer)",
                          "bo_counter_close_days(text, date, date, text, integer)",
                          "bo_counter_reopen_days(text, date, date)", "bo_quarantine_resolve(integer, text, text)",
                          "bo_refused_bundle_notes(integer[])", "bo_counter_bookings(text)",
                          "bo_export_open(text, text, timestamptz, text)",
                          "bo_export_reexport(text, text, timestamptz, text)",
                          "bo_export_written(integer, integer, text, boolean, boolean)",
                          "bo_audit_checkpoint(bigint, text, timestamptz, text, text, text)")
# Migration 0024: the portal's FAQ entries and announcements as the person (portal/server_portal.py FUNCTIONS).
PERSON_PORTAL_FUNCTIONS = ("bo_faq_save(jsonb)", "bo_faq_withdraw(text)",
                           "bo_announcement_save(jsonb)", "bo_announcement_withdraw(text)")


@dataclass(frozen=True)
class RoleNames:
    owner: str = "backoffice_owner"
    app: str = "backoffice_app"
    auditor: str = "backoffice_auditor"
    agent: str = "backoffice_agent"

    def check(self) -> None:
        names = (self.owner, self.app, self.auditor, self.agent)
        for name in names:
            if not ROLE_RE.match(name):
                raise UsageError(f"role name {name!r}: use lower-case letters, digits and '_' "
                                 "(at most 63, not starting with a digit)")
        if len(set(names)) != len(names):
            raise UsageError(f"the owner, application, auditor and agent roles must differ: {', '.join(names)}")


def server_url(database_url: str) -> URL:
    """database.url checked to name a PostgreSQL server, a user and a database."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        raise UsageError("the db commands set up a PostgreSQL server; database.url is "
                         f"{url.get_backend_name()!r} (SQLite needs no roles)")
    if not url.username or not url.host or not url.database:
        raise UsageError("database.url must name the application's user, the host and the "
                         "database: postgresql+psycopg://backoffice_app@HOST/backoffice?sslmode=verify-full&sslrootcert=…")
    if url.password:
        raise UsageError("database.url holds a password; remove it (the password belongs in the "
                         "OS credential store: backoffice secrets set-db-password)")
    if not ROLE_RE.match(url.username):
        raise UsageError(f"database.url's user {url.username!r}: use lower-case letters, digits and '_'")
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", url.database):
        raise UsageError(f"database name {url.database!r}: use lower-case letters, digits and '_'")
    return url


def as_user(url: URL, user: str, database: str | None = None) -> URL:
    """The same server and TLS parameters, another user (and database)."""
    return url.set(username=user, password=None, database=database or url.database)


def _tls_note(url: URL) -> str | None:
    mode = url.query.get("sslmode")
    if mode != "verify-full":
        return (f"warning: database.url has sslmode={mode or 'prefer (the default)'}; use "
                "sslmode=verify-full with sslrootcert= so no one can pose as the server")
    return None


def _conninfo(url: URL) -> dict[str, Any]:
    info: dict[str, Any] = {"host": url.host, "port": url.port or 5432, "user": url.username,
                            "dbname": url.database, "connect_timeout": 10}
    if url.password:
        info["password"] = url.password
    for key, value in url.query.items():
        info[key] = value if isinstance(value, str) else value[-1]
    return info


def _needs_password(exc: Exception) -> bool:
    text = str(exc)
    return "no password supplied" in text or "password authentication failed" in text


def connect(url: URL, ask: Ask, what: str, *, autocommit: bool = True) -> psycopg.Connection[Any]:
    """psycopg connection as url's user: the stored password (OS credential store), else
    none (trust, peer, certificate), else asked for once. Errors are one clear line."""
    import psycopg

    from backoffice.platform.secrets import with_database_password

    stored = with_database_password(url.render_as_string(hide_password=False))
    first = make_url(stored) if isinstance(stored, str) else stored
    try:
        return psycopg.connect(**_conninfo(first), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        if not _needs_password(exc) or first.password:
            raise _connection_error(exc, url, what) from None
    password = ask(f"Password of the PostgreSQL role {url.username} ({what}): ")
    try:
        return psycopg.connect(**_conninfo(url.set(password=password)), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        raise _connection_error(exc, url, what) from None


def _connection_error(exc: Exception, url: URL, what: str) -> ConfigError | UsageError:
    detail = " ".join(str(exc).split())
    where = f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"
    if f'role "{url.username}" does not exist' in detail or (
            "password authentication failed" in detail and what == "owner"):
        return NotInOrder(f"cannot connect as {where}: {detail} — run 'backoffice db setup-roles' "
                          "first (as the server's superuser), and store or type the owner's password")
    if f'database "{url.database}" does not exist' in detail:
        return NotInOrder(f"cannot connect as {where}: {detail} — run 'backoffice db setup-roles' first")
    return ConfigError(f"cannot connect to PostgreSQL as {where} ({what}): {detail}")


def _stored_password(url: URL) -> str | None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    from backoffice.platform.secrets import SERVICE, database_secret_name

    try:
        return keyring.get_password(SERVICE, database_secret_name(url))
    except (NoKeyringError, KeyringError):
        return None


def scram_verifier(conn: Any, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of password, made here (the server never sees the password)."""
    verifier: bytes = conn.pgconn.encrypt_password(password.encode("utf-8"), role.encode("ascii"),
                                                   b"scram-sha-256")
    return verifier.decode("ascii")


_scram = scram_verifier


def setup_roles(database_url: str, ask: Ask, *, superuser: str = "postgres",
                names: RoleNames | None = None, reset: frozenset[str] = frozenset(),
                new_password: Callable[[str], str] | None = None, agent: bool = False) -> list[str]:
    """As the server's superuser: create the three roles (LOGIN, SCRAM password), the
    database owned by the owner, and the connect/schema rights. Idempotent: existing roles
    keep their password unless named in `reset`; an existing database is kept if the owner
    owns it. Returns the lines to print. `new_password(role)` gives a role's new password
    (by default asked through `ask`)."""
    from psycopg import sql

    url = server_url(database_url)
    names = names or RoleNames(app=url.username or "backoffice_app")
    names = RoleNames(names.owner, url.username or names.app, names.auditor, names.agent)
    names.check()
    made = (names.owner, names.app, names.auditor, *((names.agent,) if agent else ()))
    unknown = reset - set(made)
    if unknown:
        raise UsageError(f"--reset-password {', '.join(sorted(unknown))}: not one of {', '.join(made)}")
    database = url.database or ""
    out: list[str] = []
    if (note := _tls_note(url)) is not None:
        out.append(note)

    def password_for(role: str, resetting: bool) -> tuple[str, str]:
        """A new role's password: stored beforehand in this PC's credential store under the
        name `secrets set-db-password` uses for that role (for an unattended set-up), else
        asked. A reset always asks: the stored one is the old password."""
        stored = None if resetting else _stored_password(as_user(url, role))
        if stored:
            return stored, " with the password from the OS credential store"
        if new_password is not None:
            return new_password(role), ""
        return ask(f"New password for the PostgreSQL role {role}: "), ""

    with connect(as_user(url, superuser, "postgres"), ask, "superuser") as conn:
        row = conn.execute("SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles "
                           "WHERE rolname = current_user").fetchone()
        if row is None or not (row[0] or (row[1] and row[2])):
            raise UsageError(f"{superuser} may not create roles and databases; run "
                             "'backoffice db setup-roles --superuser NAME' with the server's superuser")
        for role in made:
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if exists and role not in reset:
                out.append(f"role {role} exists; unchanged")
                continue
            password, source = password_for(role, bool(exists))
            if len(password) < 12:
                raise UsageError(f"the password for {role} must be at least 12 characters")
            verb = "ALTER" if exists else "CREATE"
            conn.execute(sql.SQL("{} ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {}").format(
                sql.SQL(verb), sql.Identifier(role), sql.Literal(_scram(conn, role, password))))
            out.append(f"role {role} {'password changed' if exists else 'created'} (SCRAM-SHA-256){source}")
            log.info("db setup-roles: role %s %s", role, "password changed" if exists else "created")
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (PERSON_GROUP,)).fetchone() is None:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN NOINHERIT").format(sql.Identifier(PERSON_GROUP)))
            out.append(f"group role {PERSON_GROUP} created (the persons' login roles join it; issue 19)")
        owner_row = conn.execute("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = %s",
                                 (database,)).fetchone()
        if owner_row is None:
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0").format(
                sql.Identifier(database), sql.Identifier(names.owner)))
            out.append(f"database {database} created, owned by {names.owner}")
        elif owner_row[0] != names.owner:
            raise UsageError(f"database {database} exists but belongs to {owner_row[0]}, not "
                             f"{names.owner}; choose another database name in database.url or "
                             f"--owner {owner_row[0]}")
        else:
            out.append(f"database {database} exists (owner {names.owner}); unchanged")
        others = sql.SQL(", ").join(sql.Identifier(r) for r in made[1:])
        connecting = sql.SQL(", ").join(sql.Identifier(r) for r in (*made[1:], PERSON_GROUP))
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), connecting))
    with connect(as_user(url, superuser, database), ask, "superuser") as conn:
        owner = sql.Identifier(names.owner)
        conn.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        conn.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(owner))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(others))
    out.append(f"next: backoffice db upgrade (as {names.owner}), then on every PC and for every "
               f"Windows account that runs the back office: backoffice secrets set-db-password")
    return out


def apply_grants(conn: Any, names: RoleNames, schema: str = "public") -> None:
    """As the owner, after every migration: the app reads and writes rows (audit entries and
    checkpoints only added), the auditor reads the audit trail. Refuses a database without
    the schema (`db upgrade` migrates first)."""
    from psycopg import sql

    tables = {r[0] for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,)).fetchall()}
    missing = [t for t in (*APPEND_ONLY, "alembic_version") if t not in tables]
    if missing:
        raise NotInOrder(f"the database has no {', '.join(missing)} table yet: run "
                         "'backoffice db upgrade' (it migrates, then grants)")
    s, app, auditor = sql.Identifier(schema), sql.Identifier(names.app), sql.Identifier(names.auditor)

    def each(template: str, tables: tuple[str, ...], role: sql.Identifier) -> None:
        conn.execute(sql.SQL(template).format(
            sql.SQL(", ").join(sql.Identifier(schema, t) for t in tables), role))

    conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}").format(s, app))
    conn.execute(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(s, app))
    each("REVOKE UPDATE, DELETE, TRUNCATE ON {} FROM {}", APPEND_ONLY, app)
    each("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {} FROM {}", ("alembic_version",), app)
    conn.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(s, auditor))
    each("GRANT SELECT ON {} TO {}", AUDITOR_TABLES, auditor)
    each("GRANT INSERT ON {} TO {}", ("audit_log",), auditor)  # its own verification is audited
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (PERSON_GROUP,)).fetchone() is not None:
        grant_persons(conn, schema)
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (names.agent,)).fetchone() is not None:
        grant_agent(conn, names.agent, schema)


def grant_agent(conn: Any, agent: str, schema: str = "public") -> None:
    """The agent's role (issue 19): rows of what its jobs read and write; the audit log and
    its checkpoints only added to; accounts, keys and the catalog read only (staff without
    the password hashes); attachments written and blanked by retention but never read
    (documents without `data`); nothing of the login throttle."""
    from psycopg import sql

    a, s = sql.Identifier(agent), sql.Identifier(schema)
    tables = [r[0] for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (schema,)).fetchall()]
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(s, a))
    conn.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(s, a))
    for table in tables:
        if table in AGENT_NO_ACCESS:
            continue
        t = sql.Identifier(schema, table)
        hidden = AGENT_HIDDEN_COLUMNS.get(table)
        if hidden is None:
            conn.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(t, a))
        else:
            columns = [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND "
                "table_name = %s ORDER BY ordinal_position", (schema, table)).fetchall() if r[0] not in hidden]
            conn.execute(sql.SQL("GRANT SELECT ({}) ON {} TO {}").format(
                sql.SQL(", ").join(sql.Identifier(c) for c in columns), t, a))
        if table in APPEND_ONLY:
            conn.execute(sql.SQL("GRANT INSERT ON {} TO {}").format(t, a))
        elif table not in AGENT_READ_ONLY:
            conn.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(t, a))
    conn.execute(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(s, a))


def grant_persons(conn: Any, schema: str = "public", group: str = PERSON_GROUP) -> None:
    """The persons' group (issue 19): SELECT on every table but PERSON_NO_READ, the staff
    table without the password hashes, rows as the policies of migration 0013 allow; no
    INSERT, UPDATE or DELETE (they write through PERSON_FUNCTIONS, granted when present)."""
    from psycopg import sql

    g, s = sql.Identifier(group), sql.Identifier(schema)
    tables = [r[0] for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (schema,)).fetchall()]
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(s, g))
    conn.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(s, g))
    for table in tables:
        if table in PERSON_NO_READ:
            continue
        hidden = PERSON_HIDDEN_COLUMNS.get(table)
        if hidden is None:
            conn.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier(schema, table), g))
            continue
        columns = [r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND "
            "table_name = %s ORDER BY ordinal_position", (schema, table)).fetchall() if r[0] not in hidden]
        conn.execute(sql.SQL("GRANT SELECT ({}) ON {} TO {}").format(
            sql.SQL(", ").join(sql.Identifier(c) for c in columns), sql.Identifier(schema, table), g))
    for table, updatable in PERSON_COLUMN_UPDATES.items():
        if table in tables:
            conn.execute(sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
                sql.SQL(", ").join(sql.Identifier(c) for c in updatable), sql.Identifier(schema, table), g))
    for table in PERSON_INSERTS:
        if table in tables:
            conn.execute(sql.SQL("GRANT INSERT ON {} TO {}").format(sql.Identifier(schema, table), g))
            seq = conn.execute("SELECT pg_get_serial_sequence(%s, 'id')",
                               (f'"{schema}"."{table}"',)).fetchone()
            if seq is not None and seq[0]:
                conn.execute(sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(sql.SQL(seq[0]), g))
    for signature in (*PERSON_FUNCTIONS, *PERSON_ADMIN_FUNCTIONS, *PERSON_COUNTER_FUNCTIONS,
                      *PERSON_PORTAL_FUNCTIONS):
        name = signature.split("(", 1)[0]
        if conn.execute("SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                        "WHERE n.nspname = %s AND p.proname = %s", (schema, name)).fetchone():
            conn.execute(sql.SQL("GRANT EXECUTE ON FUNCTION {}.{} TO {}").format(
                s, sql.SQL(signature), g))


def upgrade(database_url: str, ask: Ask, *, names: RoleNames | None = None) -> tuple[str | None, str | None]:
    """As the owner: migrate to the newest schema, then (re)apply the grants, in one go so
    no step can be forgotten after an upgrade. Returns (before, after) revisions."""
    from sqlalchemy import create_engine

    from backoffice.db import migrate

    url = server_url(database_url)
    names = names or RoleNames(app=url.username or "backoffice_app")
    names = RoleNames(names.owner, url.username or names.app, names.auditor, names.agent)
    names.check()
    owner_url = as_user(url, names.owner)
    holder: list[Any] = []

    def creator() -> Any:
        if holder:  # the password that worked for the first connection
            import psycopg

            return psycopg.connect(**_conninfo(holder[0]))
        conn = connect(owner_url, ask, "owner", autocommit=False)
        info = conn.info
        holder.append(owner_url.set(password=info.password or None))
        return conn

    engine = create_engine("postgresql+psycopg://", creator=creator, hide_parameters=True,
                           pool_pre_ping=True)
    try:
        with engine.connect() as probe:  # the connection (and the password) before anything else
            probe.exec_driver_sql("SELECT 1")
        before, after = migrate.upgrade(engine)
        with engine.begin() as conn:
            apply_grants(conn.connection.driver_connection, names)
    finally:
        engine.dispose()
    log.info("db upgrade: schema %s -> %s, grants applied", before, after)
    return before, after
