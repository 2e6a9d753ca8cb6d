"""docs/sql/grants.sql on a real PostgreSQL server: the application role can work but can
neither edit nor delete audit entries nor change the schema."""

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from backoffice import audit
from backoffice.db import migrate
from backoffice.db.engine import Database, make_engine
from backoffice.security.permissions import system_actor
from tests.conftest import PG_URL, require_pg

GRANTS = (Path(__file__).resolve().parents[2] / "docs" / "sql" / "grants.sql").read_text()


@pytest.mark.postgres
def test_app_role_cannot_edit_audit_or_schema():
    require_pg()
    import psycopg

    tag = uuid.uuid4().hex[:8]
    owner, app, schema = f"bo_owner_{tag}", f"bo_app_{tag}", f"s_{tag}"
    admin = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    host_db = PG_URL.split("@", 1)[1]
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"CREATE ROLE {owner} LOGIN")
        c.execute(f"CREATE ROLE {app} LOGIN")
        c.execute(f"GRANT CREATE ON DATABASE {host_db.rsplit('/', 1)[1].split('?')[0]} TO {owner}")
        c.execute(f"CREATE SCHEMA {schema} AUTHORIZATION {owner}")
        c.execute(f"GRANT USAGE ON SCHEMA {schema} TO {app}")
    try:
        opts = f"?options=-csearch_path%3D{schema}"
        owner_engine = make_engine(f"postgresql+psycopg://{owner}@{host_db}{opts}")
        migrate.upgrade(owner_engine)
        with owner_engine.begin() as conn:
            sql = "\n".join(ln for ln in GRANTS.splitlines() if not ln.strip().startswith("--"))
            for stmt in filter(None, (part.strip() for part in sql.split(";"))):
                conn.exec_driver_sql(stmt.replace("SCHEMA public", f"SCHEMA {schema}").replace("backoffice_app", app))
        owner_engine.dispose()

        db = Database(make_engine(f"postgresql+psycopg://{app}@{host_db}{opts}"))
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
            c.execute(f"REVOKE ALL ON DATABASE {host_db.rsplit('/', 1)[1].split('?')[0]} FROM {owner}")
            c.execute(f"DROP ROLE {app}")
            c.execute(f"DROP ROLE {owner}")
