"""Engines and sessions. SQLite: WAL, foreign keys, synchronous=FULL, and write
transactions that take the write lock up front (BEGIN IMMEDIATE) so read-then-write
units of work (audit chain, claims) never interleave between processes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from backoffice.platform import fileperms

log = logging.getLogger(__name__)


def dialect(bind: Session | Connection | Engine) -> str:
    """The one dialect switch: "sqlite" or "postgresql" for a session, connection or engine.
    Code that must differ by database asks here (tests/core/test_one_helper.py)."""
    if isinstance(bind, Session):
        bind = bind.get_bind()
    return bind.dialect.name


def is_postgres(bind: Session | Connection | Engine) -> bool:
    return dialect(bind) == "postgresql"


def is_sqlite(bind: Session | Connection | Engine) -> bool:
    return dialect(bind) == "sqlite"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        db_file = Path(u.database) if u.database and u.database != ":memory:" else None
        if db_file is not None:
            fileperms.ensure_dir(db_file.parent)
        # hide_parameters: an error's message (and so a log line) never carries the row's values
        engine = create_engine(url, echo=echo, hide_parameters=True, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()
            if db_file is not None:
                # Password hashes and applicants: 0600 (or the configured group's 0660),
                # never the umask's 0644. SQLite gives -wal/-shm the database file's mode;
                # they are fixed too for files an older version made.
                for suffix in ("", "-wal", "-shm"):
                    fileperms.fix(f"{db_file}{suffix}")

        @event.listens_for(engine, "begin")
        def _on_begin(conn):  # type: ignore[no-untyped-def]
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    from backoffice.platform.secrets import with_database_password

    # pool_pre_ping: a dropped connection (server restart, network) is replaced, not reused.
    # A dead server or network must fail fast, not hang the single database worker:
    # bounded connect time and TCP keepalives (libpq parameters).
    connect_args = {"connect_timeout": 10, "keepalives": 1, "keepalives_idle": 30,
                    "keepalives_interval": 10, "keepalives_count": 3} if u.get_backend_name() == "postgresql" else {}
    return create_engine(with_database_password(url), echo=echo, pool_pre_ping=True,
                         hide_parameters=True, connect_args=connect_args)


class Database:
    """Session factories: `read()` for queries, `write()` for one unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        write_engine = engine.execution_options(sqlite_begin="IMMEDIATE") if is_sqlite(engine) else engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return dialect(self.engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as s:  # close() ends the transaction; loaded objects stay readable
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits once at the end, rolls back on any error."""
        with self._write() as s, s.begin():
            yield s

    def dispose(self) -> None:
        self.engine.dispose()
