"""The sync agent's own role (issue 19 item 2, backoffice/db/roles.py grant_agent), on a real
PostgreSQL server: the unattended jobs run connected as it — intake of a signed bundle, the
daily export, the audit check, closing by rule and retention's anonymizing — and what they
never need is refused by the server: the attachments' bytes, the password hashes, the login
throttle, changing accounts, keys or the catalog, editing or deleting audit entries."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import time, timedelta
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.administration import staff
from backoffice.audit.schedule import run_scheduled_verify
from backoffice.casework import review
from backoffice.db import roles
from backoffice.db.models import Application, Document, ExportItem
from backoffice.export.schedule import run_scheduled_export
from backoffice.platform.config import RetentionRule
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import to_jst, utcnow
from backoffice.retention.housekeeping import run_retention
from tests.intake.conftest import make_env

pytestmark = pytest.mark.postgres

ADMIN = Actor(code="os:admin", name="admin", roles=frozenset({"admin"}))
PW = "correct horse battery staple 2026"


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_the_agent_runs_its_jobs_and_nothing_more(pg_schema_url: str, tmp_path: Any, memory_keyring: Any) -> None:
    env = make_env(pg_schema_url, tmp_path)
    schema = pg_schema_url.rsplit("%3D", 1)[1]
    agent = f"agent_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_plain(pg_schema_url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(agent)))
        roles.grant_agent(conn, agent, schema)
    try:
        config = dataclasses.replace(
            env.bo.config, database_url=make_url(pg_schema_url).set(username=agent).render_as_string(hide_password=False),
            export_time=time(0, 0), close_after_business_days=0,
            retention=(RetentionRule("*", "*", 0, "anonymize"),))
        as_agent = Backoffice.open(config)
        agent_env = dataclasses.replace(env, bo=as_agent)
        try:
            _jobs(env, agent_env, as_agent)
            _refusals(pg_schema_url, schema, agent)
        finally:
            as_agent.close()
    finally:
        env.bo.close()
        with psycopg.connect(_plain(pg_schema_url), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(agent)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(agent)))


def _jobs(env: Any, agent_env: Any, as_agent: Backoffice) -> None:
    with as_agent.db.read() as s:
        assert s.scalar(select(func.current_user())).startswith("agent_")
    agent_env.put(agent_env.bundle())
    summary = agent_env.sync()  # intake as the agent
    assert summary.ingested == 1 and not summary.problems, summary
    with env.bo.db.write() as s:  # a reviewer of the office (the desktop's part, not the agent's)
        staff.create_staff(s, ADMIN, "rev19", "審査 一郎", ["reviewer"], PW)
    me = staff.login(env.bo.db, "rev19", PW, "pc-1").actor
    with env.bo.db.read() as s:
        pk = s.scalar(select(Application.id))
    review.claim(env.bo, me, pk)
    review.decide(env.bo, me, pk, "reject", "本人確認書類が読み取れません。")
    now = utcnow()
    batches = run_scheduled_export(as_agent, now)  # the daily export as the agent
    assert batches is not None and sum(b.rows for b in batches) == 1
    checked = run_scheduled_verify(as_agent, now)  # the daily audit check as the agent
    assert checked is not None and checked.intact
    report = run_retention(as_agent, system_actor("agent"), today=to_jst(now).date() + timedelta(days=60),
                           slot="test")  # closing by rule, then anonymizing, as the agent
    assert report.closed == 1
    with env.bo.db.read() as s:
        app = s.get(Application, pk)
        assert app is not None and app.status == "closed"
        assert all(d.data is None for d in s.scalars(select(Document)))  # blanked by the agent
        assert s.scalar(select(ExportItem.decision)) == "rejected"


def _refusals(url: str, schema: str, agent: str) -> None:
    u = make_url(url)
    with psycopg.connect(host=u.host, port=u.port or 5432, dbname=u.database, user=agent,
                         options=f"-csearch_path={schema}", autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() is not None  # the rows, yes
        for statement in ("SELECT data FROM documents", "SELECT * FROM documents",
                          "SELECT password_hash FROM staff", "SELECT * FROM login_throttle",
                          "UPDATE staff SET disabled = true", "INSERT INTO staff_roles VALUES (1, 'admin')",
                          "DELETE FROM issuing_keys", "DELETE FROM procedure_versions",
                          "UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log",
                          "DELETE FROM audit_checkpoints", "ALTER TABLE applications DISABLE ROW LEVEL SECURITY"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)


def test_setup_roles_makes_the_agent_and_upgrade_grants_it(memory_keyring: Any) -> None:
    """`db setup-roles --agent` then `db upgrade`, as deployed (a non-superuser owner): the
    agent's role exists with a SCRAM password and only its grants; run again, unchanged."""
    from tests.conftest import pg_url

    server = make_url(pg_url())
    tag = uuid.uuid4().hex[:8]
    names = roles.RoleNames(owner=f"o19_{tag}", app=f"a19_{tag}", auditor=f"u19_{tag}", agent=f"g19_{tag}")
    database = f"g19_{tag}"
    url_text = server.set(username=names.app, password=None, database=database).render_as_string(
        hide_password=False)
    admin = _plain(server.render_as_string(hide_password=False))

    def never(prompt: str) -> str:
        raise AssertionError(prompt)

    try:
        out = roles.setup_roles(url_text, never, superuser=server.username or "postgres", names=names,
                                new_password=lambda role: f"{role} long password", agent=True)
        assert f"role {names.agent} created (SCRAM-SHA-256)" in out
        roles.upgrade(url_text, never, names=names)
        again = roles.setup_roles(url_text, never, superuser=server.username or "postgres", names=names,
                                  new_password=lambda role: f"{role} long password", agent=True)
        assert f"role {names.agent} exists; unchanged" in again
        with psycopg.connect(admin.rsplit("/", 1)[0] + f"/{database}", autocommit=True) as conn:
            def may(kind: str, *args: str) -> bool:
                row = conn.execute(f"SELECT has_{kind}_privilege(%s, {', '.join(['%s'] * len(args))})",
                                   (names.agent, *args)).fetchone()
                assert row is not None
                return bool(row[0])

            assert may("table", "applications", "INSERT") and may("table", "documents", "INSERT")
            assert may("column", "documents", "original_file", "SELECT")
            assert not may("column", "documents", "data", "SELECT")
            assert not may("column", "staff", "password_hash", "SELECT")
            assert not may("table", "staff", "UPDATE") and not may("table", "login_throttle", "SELECT")
            assert may("table", "audit_log", "INSERT") and not may("table", "audit_log", "UPDATE")
            verifier = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (names.agent,)).fetchone()
            assert verifier is not None and str(verifier[0]).startswith("SCRAM-SHA-256$")
    finally:
        with psycopg.connect(admin, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            for role in (names.agent, names.app, names.auditor, names.owner):
                c.execute(f'DROP ROLE IF EXISTS "{role}"')
