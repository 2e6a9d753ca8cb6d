"""The throwaway PostgreSQL cluster the tests start when BACKOFFICE_TEST_PG is unset
(tests/pgcluster.py): it serves, and it is gone afterwards — also when the test process
that started it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import pgcluster

ROOT = Path(__file__).resolve().parents[2]


def _require_binaries() -> None:
    if pgcluster.find_bindir() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true requires the PostgreSQL server binaries")
        pytest.skip("no PostgreSQL server binaries (initdb)")


def _server_running(folder: Path) -> bool:
    pid_file = folder / "data" / "postmaster.pid"
    try:
        pid = int(pid_file.read_text().splitlines()[0])
    except (OSError, ValueError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _gone_within(folder: Path, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not folder.exists():
            return True
        time.sleep(0.05)
    return not folder.exists()


@pytest.mark.postgres
def test_cluster_serves_then_disappears():
    _require_binaries()
    import psycopg

    cluster = pgcluster.start()
    try:
        assert cluster.url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
        assert not cluster.url.endswith(":5432/test")  # never the machine's own server
        with psycopg.connect(cluster.url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            row = conn.execute("select current_database(), rolsuper from pg_roles "
                               "where rolname = current_user").fetchone()
        assert row == ("test", True)  # a superuser: the role-script tests need one
        assert _server_running(cluster.folder)
    finally:
        cluster.stop()
    assert not cluster.folder.exists()


STARTER = """
import sys
sys.path.insert(0, sys.argv[1])
from tests import pgcluster
cluster = pgcluster.start()
print(cluster.folder, flush=True)
sys.stdin.read()
"""


@pytest.mark.postgres
def test_a_killed_test_process_leaves_no_server_behind():
    _require_binaries()
    owner = subprocess.Popen([sys.executable, "-c", STARTER, str(ROOT)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert owner.stdout is not None
    folder = Path(owner.stdout.readline().strip())
    assert folder.name.startswith("backoffice-pg-") and _server_running(folder)
    owner.send_signal(signal.SIGKILL)
    owner.wait()
    assert _gone_within(folder, 60), f"{folder} still there after its owner was killed"


def _shape(url: str) -> dict[str, object]:
    from sqlalchemy import inspect

    from backoffice.db.engine import make_engine

    engine = make_engine(url)
    try:
        insp = inspect(engine)
        shape: dict[str, object] = {}
        for table in sorted(insp.get_table_names()):
            shape[table] = (
                [(c["name"], str(c["type"]), c["nullable"], str(c.get("default"))) for c in insp.get_columns(table)],
                sorted((i["name"], tuple(i["column_names"]), i["unique"]) for i in insp.get_indexes(table)),
                sorted((u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(table)),
                sorted((f["name"], tuple(f["constrained_columns"]), f["referred_table"])
                       for f in insp.get_foreign_keys(table)),
                insp.get_pk_constraint(table)["constrained_columns"],
            )
        with engine.connect() as conn:
            shape["alembic"] = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        return shape
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_schema_copied_from_the_template_is_the_migrated_schema(tmp_path, request):
    """make_backoffice replays one migrated schema into fresh test schemas (conftest.py):
    the copy must be exactly what Alembic makes."""
    from backoffice.db import migrate
    from backoffice.db.engine import make_engine
    from tests.conftest import make_backoffice

    copied = request.getfixturevalue("pg_schema_url")
    make_backoffice(copied, tmp_path).close()
    migrated = copied.replace("csearch_path%3Dt_", "csearch_path%3Du_")
    import psycopg

    schema = migrated.rsplit("%3D", 1)[1]
    plain = migrated.split("?")[0].replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        engine = make_engine(migrated)
        migrate.upgrade(engine)
        engine.dispose()

        def strip(shape: dict[str, object], name: str) -> str:
            return repr(shape).replace(name, "S")

        copy_shape = _shape(copied)
        assert len(copy_shape) > 10  # every table of the schema, plus the Alembic revision
        assert strip(copy_shape, copied.rsplit("%3D", 1)[1]) == strip(_shape(migrated), schema)
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
