"""The grants of `backoffice db setup-roles` / `db upgrade` (backoffice/db/roles.py) on a
real PostgreSQL server — the throwaway cluster's or BACKOFFICE_TEST_PG's: the application
role can work but can neither edit nor delete audit entries or checkpoints nor change the
schema; the auditor reads the audit trail and nothing else; a second run changes nothing.
Roles and the database get names of their own, so a shared server is left as it was."""

import uuid

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from backoffice.accounts.permissions import system_actor
from backoffice.audit import log as audit
from backoffice.db import roles
from backoffice.db.engine import Database, make_engine
from backoffice.platform.errors import UsageError
from backoffice.platform.secrets import set_database_password
from tests.conftest import pg_url


def _never_asked(prompt: str) -> str:
    raise AssertionError(f"asked on a server that trusts its local clients: {prompt}")


@pytest.mark.postgres
def test_roles_and_grants_on_a_real_server(memory_keyring):
    server = make_url(pg_url())  # a superuser: the throwaway cluster's, or BACKOFFICE_TEST_PG
    tag = uuid.uuid4().hex[:8]
    names = roles.RoleNames(owner=f"bo_owner_{tag}", app=f"bo_app_{tag}", auditor=f"bo_aud_{tag}")
    database = f"bo_{tag}"
    app_url = server.set(username=names.app, password=None, database=database)
    url_text = app_url.render_as_string(hide_password=False)
    admin = server.render_as_string(hide_password=False).replace("postgresql+psycopg://", "postgresql://")
    set_database_password(url_text, "stored beforehand, long")  # an unattended set-up
    asked: list[str] = []
    try:
        out = roles.setup_roles(url_text, _never_asked, superuser=server.username or "postgres",
                                names=names, new_password=lambda role: asked.append(role) or f"{role} long password")
        assert f"role {names.app} created (SCRAM-SHA-256) with the password from the OS credential store" in out
        assert asked == [names.owner, names.auditor]
        assert out[0].startswith("warning: database.url has sslmode=prefer")  # no verify-full here
        with pytest.raises(UsageError, match="run 'backoffice db upgrade'"):
            with psycopg.connect(admin.rsplit("/", 1)[0] + f"/{database}", autocommit=True) as c:
                roles.apply_grants(c, names)  # grants before the schema exists: refused
        assert roles.upgrade(url_text, _never_asked, names=names)[0] is None
        assert roles.upgrade(url_text, _never_asked, names=names)[0] is not None  # again: grants only
        again = roles.setup_roles(url_text, _never_asked, superuser=server.username or "postgres",
                                  names=names, new_password=_never_asked)
        assert f"role {names.owner} exists; unchanged" in again
        reset = roles.setup_roles(url_text, _never_asked, superuser=server.username or "postgres", names=names,
                                  reset=frozenset({names.app}), new_password=lambda role: "a new long password")
        assert f"role {names.app} password changed (SCRAM-SHA-256)" in reset  # asked, not the stored one
        set_database_password(url_text, "a new long password")

        db = Database(make_engine(url_text))
        with db.write() as s:
            audit.record(s, system_actor(), "test.append", "x")  # appending works
        for sql in ("UPDATE audit_log SET target = 'forged'", "DELETE FROM audit_log",
                    "UPDATE audit_checkpoints SET head_hash = 'x'", "DELETE FROM audit_checkpoints",
                    "CREATE TABLE evil (id int)", "DELETE FROM alembic_version"):
            with pytest.raises(ProgrammingError, match="permission denied"):
                with db.engine.begin() as conn:
                    conn.execute(text(sql))
        with db.read() as s:
            assert audit.verify_chain(s).intact
        db.dispose()

        auditor = make_engine(app_url.set(username=names.auditor).render_as_string(hide_password=False))
        with auditor.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() >= 1
        for sql in ("SELECT count(*) FROM applications", "SELECT count(*) FROM staff",
                    "INSERT INTO audit_checkpoints (id) VALUES (1)"):
            with pytest.raises(ProgrammingError, match="permission denied"):
                with auditor.begin() as conn:
                    conn.execute(text(sql))
        auditor.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            for role in (names.app, names.auditor, names.owner):
                c.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_role_names_are_checked_before_anything_runs():
    with pytest.raises(UsageError, match="lower-case"):
        roles.RoleNames(owner="Owner; DROP").check()
    with pytest.raises(UsageError, match="must differ"):
        roles.RoleNames(owner="same", app="same").check()
    with pytest.raises(UsageError, match="SQLite needs no roles"):
        roles.server_url("sqlite:///x.db")
    with pytest.raises(UsageError, match="holds a password"):
        roles.server_url("postgresql+psycopg://backoffice_app:secret@db/backoffice")
