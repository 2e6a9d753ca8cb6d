"""Engines and sessions. SQLite: WAL, foreign keys, synchronous=FULL, and write
transactions that take the write lock up front (BEGIN IMMEDIATE) so read-then-write
units of work (audit chain, claims) never interleave between processes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.platform import fileperms
from backoffice.platform.errors import NotFound, PermissionDenied, TransitionError

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


class Person:
    """A person's own login on PostgreSQL (`[database] per_person`, issue 19): the role and the
    password typed at login, kept in this process's memory only (never a file, the credential
    store or a log) and handed to libpq for each new connection of the pool."""

    def __init__(self, role: str, password: str) -> None:
        self.role = role
        self._password = password

    def __repr__(self) -> str:
        return f"Person({self.role!r})"

    def set_password(self, password: str) -> None:
        """After the person changed their role's password: the pool's next connections use it."""
        self._password = password

    def password(self) -> str:
        return self._password


def make_person_engine(url: str, person: Person) -> Engine:
    """The server, database and TLS parameters of database.url, the person's role as user;
    the password is added to each connection's parameters when it is made (do_connect),
    so it is in no URL that could be printed."""
    u = make_url(url).set(username=person.role, password=None)
    engine = create_engine(u, pool_pre_ping=True, hide_parameters=True,
                           connect_args={"connect_timeout": 10, "keepalives": 1, "keepalives_idle": 30,
                                         "keepalives_interval": 10, "keepalives_count": 3})

    @event.listens_for(engine, "do_connect")
    def _password(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        cparams["password"] = person.password()

    return engine


def is_person(session: Session) -> bool:
    """True for a unit of work of a person connected as their own role: writes go through
    the server's functions (audit/log.py record, casework/workflow.py transition)."""
    return bool(session.info.get("person"))


@contextmanager
def server_refusals(role: str | None) -> Iterator[None]:
    """For a person connected as their own role (issue 19; `role`, None for anyone else), the
    server's refusals become the core's errors, so the desktop says them in words: no right
    (42501: a table or column the role may not write, a row policy) -> PermissionDenied;
    bo_transition's "no application" (P0002) -> NotFound; a status the transition table does
    not allow from (23514) -> TransitionError."""
    if role is None:
        yield
        return
    try:
        yield
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        first = str(exc.orig).splitlines()[0] if exc.orig is not None else str(exc)
        if state == "42501":
            raise PermissionDenied(f"the server refused {role}: {first}") from exc
        if state == "P0002":
            raise NotFound(first) from exc
        if state == "23514":
            raise TransitionError(first) from exc
        raise


class Database:
    """Session factories: `read()` for queries, `write()` for one unit of work. `person`: the
    desktop connected as the person who logged in (make_person_engine)."""

    def __init__(self, engine: Engine, person: Person | None = None) -> None:
        self.engine = engine
        self.person = person
        write_engine = engine.execution_options(sqlite_begin="IMMEDIATE") if is_sqlite(engine) else engine
        info = {"person": True} if person is not None else {}
        self._read = sessionmaker(engine, expire_on_commit=False, info=info)
        self._write = sessionmaker(write_engine, expire_on_commit=False, info=info)

    @property
    def dialect(self) -> str:
        return dialect(self.engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with server_refusals(self._role()), self._read() as s:  # close() ends the transaction; loaded objects stay readable
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits once at the end, rolls back on any error."""
        with server_refusals(self._role()), self._write() as s, s.begin():
            yield s

    def _role(self) -> str | None:
        return self.person.role if self.person is not None else None

    def dispose(self) -> None:
        self.engine.dispose()
