"""pgaudit (issue 19 item 3, docs/deployment-postgresql.md 9.3) on a throwaway cluster of its
own started with shared_preload_libraries = 'pgaudit,auth_delay' (a shared BACKOFFICE_TEST_PG
server cannot be restarted with other libraries): the object audit role of the guide records
a person's read of applications with psql-like SQL, and a read of a table not granted to the
audit role is not logged; the log line names the person. Skipped when the server binaries or pgaudit are not installed
(./setup.sh installs both as root)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pytest

from backoffice.accounts import rls
from backoffice.db import migrate
from backoffice.db.engine import make_engine
from tests import pgcluster

pytestmark = pytest.mark.postgres


def test_pgaudit_records_a_persons_read_of_applications() -> None:
    bindir = pgcluster.find_bindir()
    if bindir is None or not (bindir.parent / "lib" / "pgaudit.so").exists():
        pytest.skip("no PostgreSQL server binaries with pgaudit (./setup.sh as root installs them)")
    folder = Path(tempfile.mkdtemp(prefix="backoffice-pgaudit-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        folder.chmod(0o700)
        data, log = folder / "data", folder / "server.log"
        pgcluster._run(pgcluster._as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                                                  "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]),
                       "initdb")
        port = pgcluster._free_port()
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c shared_preload_libraries=pgaudit,auth_delay -c auth_delay.milliseconds=100 "
                   "-c log_line_prefix=%m:%u@%d:")
        pgcluster._run(pgcluster._as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log),
                                                  "-o", options, "-w", "-t", "60", "start"]), "pg_ctl start")
        try:
            admin = f"host=127.0.0.1 port={port} user=postgres dbname=postgres"
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute("CREATE DATABASE bo")
            url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/bo"
            engine = make_engine(url)
            migrate.upgrade(engine)
            engine.dispose()
            with psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=bo", autocommit=True) as conn:
                conn.execute("CREATE EXTENSION pgaudit")
                conn.execute("CREATE ROLE backoffice_pgaudit NOLOGIN")
                conn.execute("ALTER SYSTEM SET pgaudit.role = 'backoffice_pgaudit'")
                conn.execute("GRANT SELECT ON applications, revisions, documents, record_requests, "
                             "record_answers, inquiries TO backoffice_pgaudit")
                conn.execute("SELECT pg_reload_conf()")
                conn.execute(f"CREATE ROLE {rls.PERSON_GROUP} NOLOGIN")
                rls.grant_persons(conn, "public")
                conn.execute("CREATE ROLE bo_r777 LOGIN PASSWORD 'x' IN ROLE backoffice_staff")
            with psycopg.connect(f"host=127.0.0.1 port={port} user=bo_r777 dbname=bo", autocommit=True) as conn:
                conn.execute("SELECT applicant_name FROM applications WHERE department = 'marker-19'").fetchall()
                conn.execute("SELECT count(*) FROM procedure_versions").fetchall()
        finally:
            subprocess.run(pgcluster._as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                                      "-w", "stop"]), capture_output=True, check=False)
        text = log.read_text(encoding="utf-8", errors="replace")
        audited = [line for line in text.splitlines() if "AUDIT: OBJECT" in line]
        assert any("marker-19" in line and "public.applications" in line and ":bo_r777@bo:" in line
                   for line in audited), text[-2000:]
        assert not any("procedure_versions" in line for line in audited)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
