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
