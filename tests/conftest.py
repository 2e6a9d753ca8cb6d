from __future__ import annotations

import os

# Qt aborts the whole process without a display; tests run offscreen unless asked otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Log files of the commands and desktops the tests run go to a throwaway folder, not the
# user's log folder (backoffice/platform/logsetup.py; a test's [logging] dir still wins).
os.environ.setdefault("BACKOFFICE_LOG_DIR", __import__("tempfile").mkdtemp(prefix="backoffice-test-logs-"))

import re
import shutil
import subprocess
import uuid
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QLocale

from backoffice.accounts import passwords as _passwords
from backoffice.accounts.permissions import Actor
from tests.memkeyring import MemoryKeyring

# Password hashing in tests: real argon2id with the cheapest parameters. The application's
# (RFC 9106 low-memory: 64 MiB, 3 passes, 4 lanes) cost 0.2-0.4 s of CPU per hash or check,
# and the tests make and check staff passwords all the time (three files of 55 tests: 38 s
# of CPU before, 12 s after). Hashes carry their parameters, so checking and every rule work
# alike; tests/core/test_passwords_cost.py checks the application's own parameters in a
# fresh interpreter (docs/testing.md).
_passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

# An administrator for setting up staff accounts in tests.
ADMIN_SETUP = Actor(code="setup", name="set-up", roles=frozenset({"admin"}))


# The longest tests (docs/testing.md), longest first. `./setup.sh test` runs on several
# xdist workers handing out one test at a time (--maxschedchunk 1): starting these first
# keeps one long test from being the last thing the suite waits for.
LONGEST_FIRST = (
    "tests/test_frozen.py",
    "tests/faults/test_issue_crash.py",
    "tests/intake/test_sync_crash.py",
    "tests/faults/test_claim_race.py",
    "tests/issuance/test_service.py::test_concurrent_issuing",
    "tests/export/test_export_crash.py",
    "tests/issuance/test_qr_robustness.py",
    "tests/test_typecheck.py::test_backoffice_and_ui_type_check_cleanly",
    "tests/portal/test_catalog_schedule.py::test_sigkill",
    "tests/portal/test_outbox_crash.py",
    "tests/issuance/test_verify_cli.py::test_keys_issue_and_verify",
    "tests/records/test_load_crash.py",
    "tests/records/test_request_crash.py",
    "tests/faults/test_sync_agents.py",
    "tests/issuance/test_demo_keys.py::test_headless_demo",
    "tests/supervision/test_appointments.py::test_concurrent_booking",
    "tests/core/test_postgres_setup.py",
)


# Fault traces. A segfault in an xdist worker shows in pytest's summary only as "worker
# 'gw0' crashed while running ..."; faulthandler's trace of every thread went to the
# worker's standard error, which nobody reads. Each process writes it to its own file in
# one folder instead, and the controller prints whatever is in them at the end of the run
# (so a crash in CI leaves the threads' Python stacks in the log's tail).
_FAULT_FILES: list = []


def pytest_sessionstart(session) -> None:
    import faulthandler
    import tempfile

    folder = os.environ.get("BACKOFFICE_FAULT_DIR")
    if folder is None:  # the controller, or a run without xdist: workers inherit the folder
        folder = tempfile.mkdtemp(prefix="backoffice-test-faults-")
        os.environ["BACKOFFICE_FAULT_DIR"] = folder
    name = os.environ.get("PYTEST_XDIST_WORKER", "main")
    f = open(Path(folder) / f"{name}.log", "a", encoding="utf-8")  # noqa: SIM115 - open until exit
    _FAULT_FILES.append(f)
    faulthandler.enable(file=f, all_threads=True)


def _print_fault_traces(config) -> None:
    """In the controller, after pytest's last line (the end of a CI log is what is shown):
    every thread's stack from each crashed worker, project frames only (the frames of
    pytest, xdist and execnet under them are the same in every crash)."""
    folder = os.environ.get("BACKOFFICE_FAULT_DIR")
    reporter = config.pluginmanager.getplugin("terminalreporter")
    if folder is None or hasattr(config, "workerinput") or reporter is None:
        return
    for log in sorted(Path(folder).glob("*.log")):
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        kept = [line for line in lines if line.strip() and not line.startswith("Extension modules")
                and not re.search(r"/(_pytest|pluggy|xdist|execnet)/", line)]
        if kept:
            reporter.write_sep("=", f"fault trace of {log.stem}", red=True)
            for line in kept[:80]:
                reporter.write_line(line)


def pytest_collection_modifyitems(config, items) -> None:
    def rank(item) -> int:  # type: ignore[no-untyped-def]
        for i, prefix in enumerate(LONGEST_FIRST):
            if item.nodeid.startswith(prefix):
                return i
        return len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: the rest keeps pytest's order (and fixture reuse)
    from tests.persons import ACTING_FIXTURES

    def owner_only(item) -> bool:  # type: ignore[no-untyped-def]
        callspec = getattr(item, "callspec", None)
        return (callspec is not None and callspec.params.get("db_url") == "person"
                and (not ACTING_FIXTURES & set(item.fixturenames) or item.nodeid.startswith("tests/faults/")))

    dropped = [item for item in items if owner_only(item)]
    if dropped:  # "[person]" tests that would not act as anyone (tests/persons.py ACTING_FIXTURES)
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if not owner_only(item)]


@pytest.fixture(autouse=True)
def _gc_on_gui_thread(request):
    """No automatic garbage collection in any test, and a collection on this (the GUI)
    thread after each: Python's collector runs in whichever thread allocates, and when it
    frees a Qt object on a worker thread the process deadlocks or crashes (ui/gc_guard.py;
    the application runs the same way). It must hold for every test, not only the Qt ones:
    a window a Qt test left behind keeps its timers, pytest-qt processes events around
    every test, a timer queues a ping on that window's database thread during a plain
    test, and a collection there freed Qt objects of an earlier test ("QBasicTimer::stop:
    Failed. Possibly trying to stop from a different thread", then a segfault in the next
    Qt test). And every Qt test starts in Qt's source language: a test that installed a
    catalog and did not take it out left the next test on this worker reading Japanese."""
    import gc

    qt = "qtbot" in request.fixturenames or "qapp" in request.fixturenames
    gc.disable()
    if qt:
        gc.collect()
    try:
        yield
    finally:
        if qt:  # widgets of this test are freed here, before the next test runs
            _uninstall_translations()
            gc.collect()
        else:  # as ui/gc_guard.py: the generation whose threshold passed (a full
            _collect_due()  # collection after each of 1,600 tests cost 7 min of CPU)


def pytest_collection_finish(session) -> None:
    """Everything imported so far (Qt, SQLAlchemy, reportlab, the project and the test
    modules: about 300,000 objects) lives until the process ends: moved out of the
    collector's reach (gc.freeze), a full collection after a Qt test walks only what the
    tests made since. Each of those collections took about 0.2 s before, 40 % of the CPU of
    tests/ui. Objects made later are collected as before, so a test's widgets are still
    freed on this thread when it ends."""
    import gc

    gc.collect()
    gc.freeze()


def _collect_due() -> None:
    import gc

    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


def _uninstall_translations() -> None:
    """Remove every catalog a test installed (ui.i18n.Translation parents its QTranslators
    to the application) and put the default locale back."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)  # freed here, on the GUI thread, with its last reference
    QLocale.setDefault(_SYSTEM_LOCALE)


_SYSTEM_LOCALE = QLocale.system()  # what a test that installs no catalog runs in


@pytest.fixture
def memory_keyring():
    """A fresh in-memory OS credential store for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# --- databases ------------------------------------------------------------------------
# PostgreSQL: the server BACKOFFICE_TEST_PG names, else a throwaway cluster this process
# starts on first use (tests/pgcluster.py; each xdist worker has its own) and removes at
# the end. Never an assumed server on 5432: a fresh machine has none.
_PG: dict[str, str | None] = {}
_CLUSTERS: list = []  # the throwaway cluster of this process, if one was started


def _start_pg() -> tuple[str | None, str | None]:
    url = os.environ.get("BACKOFFICE_TEST_PG")
    if not url:
        from tests import pgcluster

        try:
            cluster = pgcluster.start()
        except Exception as exc:  # noqa: BLE001 - the reason becomes the skip/fail message
            return None, f"no PostgreSQL for the tests: {exc}".splitlines()[0]
        _CLUSTERS.append(cluster)
        url = cluster.url
        os.environ["BACKOFFICE_TEST_PG"] = url  # subprocesses the tests start see it too
    try:
        import psycopg

        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=10):
            return url, None
    except Exception as exc:  # noqa: BLE001
        return None, f"PostgreSQL not reachable at {url}: {exc}".splitlines()[0]


def pg_problem() -> str | None:
    if not _PG:
        _PG["url"], _PG["problem"] = _start_pg()
    return _PG["problem"]


def pg_url() -> str:
    """The test server's SQLAlchemy URL (a superuser); skips or fails like require_pg()."""
    require_pg()
    url = _PG["url"]
    assert url is not None
    return url


def require_pg() -> None:
    problem = pg_problem()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true requires PostgreSQL: {problem}")
        pytest.skip(problem)


def pytest_unconfigure(config) -> None:
    _print_fault_traces(config)
    while _CLUSTERS:
        _CLUSTERS.pop().stop()
    while _SQLITE_TEMPLATE:
        shutil.rmtree(_SQLITE_TEMPLATE.pop().parent, ignore_errors=True)


@pytest.fixture
def pg_schema_url():
    """A fresh PostgreSQL schema for one test; dropped afterwards."""
    import psycopg

    base = pg_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres),
                        pytest.param("person", marks=[pytest.mark.postgres, pytest.mark.person])])
def db_url(request, tmp_path: Path):
    """Parametrizes a test over both engines with a fresh database each time; "person" is
    PostgreSQL again with the `bo` fixture's units of work run as per-person roles
    (tests/persons.py)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


_SQLITE_TEMPLATE: list[Path] = []  # this process's migrated SQLite database, copied per test


def _sqlite_from_template(url: str) -> None:
    """A new SQLite file starts as a copy of one migrated once per test process: migrating
    costs 0.3-0.5 s, copying a millisecond, and most tests need a fresh migrated database.
    (init_schema() still runs on the copy and finds it current.)"""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == "sqlite:///:memory:":
        return
    target = Path(url[len(prefix):])
    if target.exists() or not target.parent.is_dir():
        return
    if not _SQLITE_TEMPLATE:
        import tempfile

        from sqlalchemy import text

        from backoffice.db import migrate
        from backoffice.db.engine import make_engine

        template = Path(tempfile.mkdtemp(prefix="bo-sqlite-template-")) / "template.db"
        engine = make_engine(f"{prefix}{template}")
        migrate.upgrade(engine)
        with engine.connect() as conn:  # everything into the main file before copying it
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        engine.dispose()
        _SQLITE_TEMPLATE.append(template)
    shutil.copyfile(_SQLITE_TEMPLATE[0], target)


_PG_TEMPLATE: list[tuple[str, str]] = []  # (template schema name, its pg_dump SQL)
_TEST_SCHEMA = re.compile(r"[?&]options=-csearch_path%3D(t_[0-9a-f]{12})$")


def _pg_from_template(url: str) -> None:
    """The PostgreSQL counterpart, on this process's throwaway cluster only (its pg_dump
    matches the server): the schema migrated once, dumped as SQL, replayed into each fresh
    test schema with the schema name swapped (0.1 s instead of 0.5 s of Alembic)."""
    found = _TEST_SCHEMA.search(url)
    if found is None or not _CLUSTERS or not url.startswith(_CLUSTERS[0].url):
        return
    import psycopg

    cluster, schema = _CLUSTERS[0], found.group(1)
    plain = cluster.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        if conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = %s",
                        (schema,)).fetchone() != (0,):
            return  # not a fresh schema (a second Backoffice on the same database)
        if not _PG_TEMPLATE:
            from backoffice.db import migrate
            from backoffice.db.engine import make_engine

            name = f"tmpl_{uuid.uuid4().hex[:12]}"
            conn.execute(f'CREATE SCHEMA "{name}"')
            engine = make_engine(f"{cluster.url}?options=-csearch_path%3D{name}")
            migrate.upgrade(engine)
            engine.dispose()
            dump = subprocess.run(
                [str(cluster.bindir / "pg_dump"), "--dbname", plain, "--schema", name, "--inserts",
                 "--no-owner", "--no-privileges"], capture_output=True, text=True, check=True).stdout
            # session settings, psql meta-commands and the CREATE SCHEMA itself are left out,
            # except check_function_bodies = false: pg_dump creates functions before the
            # tables their SQL bodies name (row-level security's functions)
            sql = "\n".join(line for line in dump.splitlines()
                            if line and (line.startswith("SET check_function_bodies")
                                         or not line.startswith(("--", "\\", "SET ", "SELECT pg_catalog.set_config",
                                                                 "CREATE SCHEMA"))))
            _PG_TEMPLATE.append((name, sql))
        name, sql = _PG_TEMPLATE[0]
        conn.execute(sql.replace(f"{name}.", f"{schema}.").encode("utf-8"))


def make_backoffice(url: str, tmp_path: Path, **config_changes):
    from dataclasses import replace

    from backoffice.platform.config import Config
    from backoffice.platform.context import Backoffice

    base = tmp_path / "data"
    cfg = Config(
        database_url=url, spool=base / "spool",
        gateway_public_keys=(base / "keys" / "gateway.pub.pem",),
        trust_anchors=(base / "keys" / "jpki-root.pem",), crl=(), export_out=base / "exports",
        base_dir=base,
    )
    cfg = replace(cfg, **config_changes)
    _sqlite_from_template(cfg.database_url)
    _pg_from_template(cfg.database_url)
    bo = Backoffice.open(cfg)
    bo.init_schema()
    return bo


SCRAM_HBA = """
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


@pytest.fixture(scope="session")
def scram_server(tmp_path_factory):
    """A private PostgreSQL server per test process for the per-person tests (issue 19):
    the superuser trusted, every other role by SCRAM password (the shared test server trusts
    everyone, so a wrong password could not be refused there). Yields the superuser's URL
    without a database; database `bo_template` holds the migrated schema, from which each
    module's `scram_cluster` (tests/core/test_per_person.py) copies a database of its own.
    One server per process, not per module: initdb, start and migrations cost about 8 s
    of CPU each time, and twelve modules use it."""
    import psycopg
    from psycopg import sql

    from backoffice.accounts import rls
    from tests import pgcluster

    bindir = pgcluster.find_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (./setup.sh as root installs them)")
    folder = Path(__import__("tempfile").mkdtemp(prefix="backoffice-perperson-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        folder.chmod(0o700)
        data = folder / "data"
        pgcluster._run(pgcluster._as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                                                  "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]),
                       "initdb")
        hba = data / "pg_hba.conf"
        pgcluster._run(pgcluster._as_server_user(["sh", "-c", f"printf '%s' '{SCRAM_HBA}' > {hba}"]), "pg_hba.conf")
        port = pgcluster._free_port()
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c password_encryption=scram-sha-256")
        pgcluster._run(pgcluster._as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-l",
                                                  str(folder / "server.log"), "-o", options, "-w", "-t", "60",
                                                  "start"]), "pg_ctl start")
        try:
            base = f"postgresql+psycopg://postgres@127.0.0.1:{port}"
            with psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres",
                                 autocommit=True) as conn:
                conn.execute("CREATE DATABASE bo_template")
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(rls.PERSON_GROUP)))
            template = make_backoffice(f"{base}/bo_template", tmp_path_factory.mktemp("scram-template"))
            template.close()  # CREATE DATABASE … TEMPLATE needs it without connections
            yield base
        finally:
            subprocess.run(pgcluster._as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                                      "-w", "stop"]), capture_output=True, check=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def bo(request, db_url, tmp_path):
    """A migrated Backoffice on a fresh database, both engines, and on PostgreSQL once more
    with each unit of work as its actor's role (tests/persons.py)."""
    from tests.persons import acting_if_person

    instance = acting_if_person(request, make_backoffice(db_url, tmp_path))
    yield instance
    instance.close()


@pytest.fixture
def bo_sqlite(sqlite_url, tmp_path):
    instance = make_backoffice(sqlite_url, tmp_path)
    yield instance
    instance.close()
