"""A throwaway PostgreSQL cluster for one test session (issue 20, item 1).

When BACKOFFICE_TEST_PG is unset, the test session (the xdist controller, or the only
process without xdist) starts its own server: `initdb` in a fresh temporary folder, a
free TCP port on 127.0.0.1 (tried again with another port if someone takes it first) and
the unix socket inside that folder, so it collides with nothing on the machine (the CI box
also runs a server on 5432, which the tests must not depend on). The URL goes into BACKOFFICE_TEST_PG, so xdist
workers and the subprocesses tests launch (sync agents, fault suites) inherit it.

The server is stopped and its folder removed by a small watchdog process that waits on a
pipe held only by the test session: whether pytest ends normally, crashes or is killed,
the pipe closes and the watchdog cleans up — no stray postmaster is left behind.

initdb and postgres refuse to run as root, so as root they run as the `postgres` OS user
(`runuser -u postgres --`) in a folder owned by that user. fsync is off: the tests kill
clients, never the server, and a throwaway cluster needs no durability.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

DATABASE = "test"


@dataclass
class Cluster:
    url: str
    folder: Path
    watchdog: subprocess.Popen[bytes]
    bindir: Path  # pg_dump of the same version as the server

    def stop(self) -> None:
        """Close the watchdog's pipe; it stops the server and removes the folder."""
        if self.watchdog.stdin is not None:
            self.watchdog.stdin.close()
        self.watchdog.wait(timeout=120)


def find_bindir() -> Path | None:
    """The server binaries: initdb on PATH, else the newest /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    if shutil.which("runuser") is None:
        raise RuntimeError("running as root, but `runuser` is missing to start PostgreSQL as "
                           "the postgres user")
    return ["runuser", "-u", "postgres", "--", *cmd]


def _run(cmd: list[str], what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"{what} failed (exit {proc.returncode}): {' | '.join(tail)}")


def start() -> Cluster:
    """initdb + start a private server; raises RuntimeError with the reason when it cannot."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb) found; install the "
                           "`postgresql` package (./setup.sh does as root) or set BACKOFFICE_TEST_PG")
    folder = Path(tempfile.mkdtemp(prefix="backoffice-pg-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        folder.chmod(0o700)
        data = folder / "data"
        _run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                              "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]), "initdb")
        port = _start_server(bindir, data, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    watchdog = subprocess.Popen(
        [sys.executable, "-c", _WATCHDOG, str(bindir / "pg_ctl"), str(data), str(folder),
         *(["postgres"] if os.geteuid() == 0 else [])],
        stdin=subprocess.PIPE, start_new_session=True)  # a Ctrl-C to pytest must not kill it first
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/{DATABASE}"
    try:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{DATABASE}"')
    except BaseException:
        Cluster(url, folder, watchdog, bindir).stop()
        raise
    return Cluster(url, folder, watchdog, bindir)


def _start_server(bindir: Path, data: Path, folder: Path) -> int:
    """Start on a free port; another process may take the port between the probe and the
    server's bind, so a failed start is tried again with a new port."""
    last: RuntimeError | None = None
    for _attempt in range(3):
        port = _free_port()
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        try:
            _run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-l",
                                  str(folder / "server.log"), "-o", options, "-w", "-t", "60",
                                  "start"]), "pg_ctl start")
            return port
        except RuntimeError as exc:
            last = exc
    assert last is not None
    raise last


# Runs in its own process: waits for EOF on stdin (the test session ended or died), then
# stops the server (fast shutdown, immediate if that hangs) and removes the folder.
_WATCHDOG = r"""
import shutil, subprocess, sys
pg_ctl, data, folder = sys.argv[1:4]
prefix = ["runuser", "-u", sys.argv[4], "--"] if len(sys.argv) > 4 else []
sys.stdin.buffer.read()
for mode in ("fast", "immediate"):
    try:
        r = subprocess.run(prefix + [pg_ctl, "-D", data, "-m", mode, "-w", "-t", "30", "stop"],
                           capture_output=True, timeout=60)
        if r.returncode == 0:
            break
    except subprocess.TimeoutExpired:
        pass
shutil.rmtree(folder, ignore_errors=True)
"""
