"""Loading a row to change it: by key or NotFound, locked FOR UPDATE on PostgreSQL.

Every write is one unit of work (`Database.write()`). On SQLite that unit holds the
database's write lock from its first statement (BEGIN IMMEDIATE, engine.py), so a row read
in it cannot change under it. PostgreSQL runs writers side by side: a row read in order to
change it is locked until commit (SELECT ... FOR UPDATE), and a second writer waits for the
first. `load_for_update` and `for_update` say this once; services call them instead of
writing the dialect test and the NotFound each time (tests/core/test_one_helper.py).
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, inspect, select
from sqlalchemy.orm import Session

from backoffice.db.engine import is_postgres
from backoffice.platform.errors import NotFound

M = TypeVar("M")
S = TypeVar("S", bound=Select[*tuple[Any, ...]])


def for_update(session: Session, stmt: S, *, skip_locked: bool = False, of: Any = None,
               shared: bool = False) -> S:
    """`stmt` with FOR UPDATE on PostgreSQL (SKIP LOCKED for "the next free one" queues;
    `of`: lock only that table's rows of a join; `shared`: FOR SHARE, which many holders
    may take at once and which waits for, and keeps out, a FOR UPDATE); unchanged on
    SQLite, whose write transaction already excludes other writers."""
    if not is_postgres(session):
        return stmt
    return stmt.with_for_update(skip_locked=skip_locked, of=of, read=shared)


def insert_if_absent(session: Session, model: type[Any], key: list[str], **values: Any) -> bool:
    """INSERT ... ON CONFLICT (key) DO NOTHING on either engine (a counter or slot row that
    another writer may create at the same moment); True when this call added the row."""
    from sqlalchemy.dialects import postgresql, sqlite

    insert = postgresql.insert if is_postgres(session) else sqlite.insert
    result = session.execute(insert(model).values(**values).on_conflict_do_nothing(index_elements=key))
    return bool(getattr(result, "rowcount", 0) == 1)


def load_for_update(session: Session, model: type[M], key: object, *, what: str, by: Any = None,
                    lock: bool = True, **params: Any) -> M:
    """The `model` row whose primary key (or column `by`) is `key`, locked for the
    rest of the unit of work on PostgreSQL (`lock=False`: only loaded). NotFound("no
    <what> <key>") when there is none; `params` go with it (code=..., application=...)."""
    column = by if by is not None else inspect(model).primary_key[0]
    q = select(model).where(column == key)
    row = session.scalar(for_update(session, q) if lock else q)
    if row is None:
        raise NotFound(f"no {what} {key}", **params)
    return row
