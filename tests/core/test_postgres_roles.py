"""docs/sql/grants.sql on a real PostgreSQL server: the application role can work but can
neither edit nor delete audit entries nor change the schema."""

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from backoffice.accounts.permissions import system_actor
from backoffice.audit import log as audit
from backoffice.db import migrate
from backoffice.db.engine import Database, make_engine
from tests.conftest import pg_url

GRANTS = (Path(__file__).resolve().parents[2] / "docs" / "sql" / "grants.sql").read_text()


@pytest.mark.postgres
def test_app_role_cannot_edit_audit_or_schema():
    import psycopg

    server = make_url(pg_url())  # a superuser: the throwaway cluster's, or BACKOFFICE_TEST_PG
    tag = uuid.uuid4().hex[:8]
    owner, app, schema = f"bo_owner_{tag}", f"bo_app_{tag}", f"s_{tag}"
    admin = server.render_as_string(hide_password=False).replace("postgresql+psycopg://", "postgresql://")
    database = server.database
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"CREATE ROLE {owner} LOGIN")
        c.execute(f"CREATE ROLE {app} LOGIN")
        c.execute(f'GRANT CREATE ON DATABASE "{database}" TO {owner}')
        c.execute(f"CREATE SCHEMA {schema} AUTHORIZATION {owner}")
        c.execute(f"GRANT USAGE ON SCHEMA {schema} TO {app}")
    try:
        def as_role(role: str) -> str:
            url = server.set(username=role, password=None).update_query_dict(
                {"options": f"-csearch_path={schema}"})
            return url.render_as_string(hide_password=False)

        owner_engine = make_engine(as_role(owner))
        migrate.upgrade(owner_engine)
        with owner_engine.begin() as conn:
            sql = "\n".join(ln for ln in GRANTS.splitlines() if not ln.strip().startswith("--"))
            for stmt in filter(None, (part.strip() for part in sql.split(";"))):
                conn.exec_driver_sql(stmt.replace("SCHEMA public", f"SCHEMA {schema}").replace("backoffice_app", app))
        owner_engine.dispose()

        db = Database(make_engine(as_role(app)))
        with db.write() as s:
            audit.record(s, system_actor(), "test.append", "x")  # appending works
        for sql in ("UPDATE audit_log SET target = 'forged'", "DELETE FROM audit_log",
                    "CREATE TABLE evil (id int)", "DELETE FROM alembic_version"):
            with pytest.raises(ProgrammingError, match="permission denied"):
                with db.engine.begin() as conn:
                    conn.execute(text(sql))
        with db.read() as s:
            assert audit.verify_chain(s).intact
        db.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as c:
            c.execute(f"DROP SCHEMA {schema} CASCADE")
            c.execute(f'REVOKE ALL ON DATABASE "{database}" FROM {owner}')
            c.execute(f"DROP ROLE {app}")
            c.execute(f"DROP ROLE {owner}")
