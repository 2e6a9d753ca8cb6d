"""Before a command uses the database: is the URL one we support, can the database be
reached, is it initialised at the newest schema? Each answer is one line (DatabaseNotReady,
a ConfigError: exit 2), never a traceback, and nothing is created on the way: an
uninitialised SQLite path stays absent until `backoffice init` (issue 21 defect 7).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from backoffice.platform.errors import ConfigError

log = logging.getLogger(__name__)

# backend -> drivers this application is built and tested with
# (plain postgresql:// would mean psycopg2, which is not part of the application).
SUPPORTED = {"sqlite": ("pysqlite",), "postgresql": ("psycopg",)}


class DatabaseNotReady(ConfigError):
    """kind: unsupported | unreachable | not_initialised | outdated; where: the URL without
    its password (or the SQLite file). The desktop words each kind in the staff's language."""

    def __init__(self, kind: str, where: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.where = where


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise DatabaseNotReady("unsupported", url.split("://")[0],
                               "database.url is not a database URL (sqlite:///FILE or "
                               "postgresql+psycopg://USER@HOST/DB)") from None


def safe_url(url: str) -> str:
    """The URL as it may be printed: without a password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparsable URL>"


def check_url(url: str) -> None:
    """Only SQLite and PostgreSQL through psycopg (3)."""
    u = _parse(url)
    backend, _, driver = u.drivername.partition("+")  # without loading any dialect
    if backend not in SUPPORTED or (driver or "pysqlite") not in SUPPORTED[backend]:
        raise DatabaseNotReady("unsupported", u.drivername,
                               f"database.url: unsupported database '{u.drivername}' "
                               "(use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)")


def sqlite_file(url: str) -> Path | None:
    u = _parse(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _first_line(exc: BaseException) -> str:
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


_REVISION_LINE = re.compile(r'^(down_revision|revision) = (?:"([^"]+)"|None)$', re.M)


def head_revision() -> str | None:
    """The newest migration, read from the migration files themselves: importing Alembic
    would add a third of a second to every command (migrate.head_revision() when the files
    do not give exactly one head)."""
    revisions, parents = set(), set()
    for path in (Path(__file__).resolve().parent / "migrations" / "versions").glob("*.py"):
        found = dict((m.group(1), m.group(2)) for m in _REVISION_LINE.finditer(path.read_text(encoding="utf-8")))
        if found.get("revision"):
            revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_ready(url: str) -> None:
    """The database answers and is at the newest schema; creates nothing."""
    check_url(url)
    shown = safe_url(url)
    db_file = sqlite_file(url)
    if db_file is not None and not db_file.is_file():
        raise DatabaseNotReady("not_initialised", str(db_file),
                               f"database not initialised: {db_file} does not exist "
                               "(run 'backoffice init' first)")
    if db_file is not None:
        engine = create_engine(url)  # the file exists: connecting creates nothing
    else:
        from backoffice.db.engine import make_engine

        engine = make_engine(url)
    try:
        current = _current_revision(engine)
        head = head_revision()
        if head is None:  # not one head in the files: ask Alembic
            from backoffice.db import migrate

            head = migrate.head_revision(engine)
    except SQLAlchemyError as exc:
        raise DatabaseNotReady("unreachable", shown,
                               f"cannot open the database {shown}: {_first_line(exc)}") from None
    finally:
        engine.dispose()
    if current is None:
        raise DatabaseNotReady("not_initialised", shown, f"database not initialised: {shown} has no "
                                                         "schema (run 'backoffice init' first)")
    if current != head:
        raise DatabaseNotReady("outdated", shown,
                               f"database {shown} is at schema {current}, this version needs {head} "
                               "(run 'backoffice init' to migrate)")


def is_connection_error(exc: BaseException) -> bool:
    """The database could not be reached or the connection broke: worth retrying."""
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def connection_lost(exc: BaseException, url: str) -> DatabaseNotReady | None:
    """The one-line error when `exc` says the database went away (or never answered) during
    a command; None for any other error. The command line maps it to exit 2."""
    if isinstance(exc, SQLAlchemyError) and is_connection_error(exc):
        return unreachable(exc, url)
    return None


def unreachable(exc: SQLAlchemyError, url: str) -> DatabaseNotReady:
    """The one-line error for a connection that failed during a command."""
    shown = safe_url(url)
    return DatabaseNotReady("unreachable", shown, f"cannot reach the database {shown}: {_first_line(exc)}")


def unusable(exc: SQLAlchemyError, url: str) -> DatabaseNotReady:
    """The one-line error for a database that answers but cannot be used (not a database
    file, no permission on the schema, ...)."""
    shown = safe_url(url)
    return DatabaseNotReady("unusable", shown, f"cannot use the database {shown}: {_first_line(exc)}")
