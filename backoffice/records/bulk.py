"""Bulk writes of one register answer batch (records/answers.py): many rows into a table in
the caller's transaction, as fast as the engine and the role allow.

- `executemany`: one statement, many parameter sets, straight to the driver (SQLite; and
  anywhere a column default must be filled in).
- `inserting` / `copy_rows`: on PostgreSQL a binary COPY … FROM STDIN kept open while the
  caller makes the rows; for a role under row-level security (the agent's own role, the
  shared role: issue 19), whose COPY into the table PostgreSQL refuses, a COPY into a
  temporary table of the same columns and one INSERT … SELECT; executemany when the role
  may not make temporary tables.
- `same_as_before`: a converter that answers the row before's result for the same value.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Integer, LargeBinary, String, Table

from backoffice.audit import log as audit
from backoffice.db.engine import is_postgres


def executemany(conn: Any, stmt: Any, rows: list[Any], keys: tuple[str, ...] | None = None) -> None:
    """`stmt` with many parameter sets, straight to the driver's executemany. Each value still
    goes through its column type's bind processor (JSON, dates, bytes), as SQLAlchemy does;
    what is skipped is SQLAlchemy's per-row parameter building, which for 10,000 answers cost
    more than SQLite's own work (0.4 s of 0.65 s per statement, measured). The rows are dicts,
    or tuples of the values of `keys` in that order."""
    if keys is None:
        keys = tuple(rows[0])
        rows = [tuple(r[k] for k in keys) for r in rows]
    dialect = conn.dialect
    compiled = stmt.compile(dialect=dialect, column_keys=list(keys) if stmt.is_insert else None)
    if not set(compiled.binds) <= set(keys):  # a column default to fill in: SQLAlchemy's way
        conn.execute(stmt, [dict(zip(keys, r, strict=True)) for r in rows])
        return
    procs = {}
    for name, bind in compiled.binds.items():
        proc = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if proc is not None:
            proc = _json_text_as_is(proc) if isinstance(bind.type, JSON) else proc
            procs[name] = same_as_before(proc)
    index = {k: i for i, k in enumerate(keys)}
    if compiled.positional:
        order = [index[k] for k in compiled.positiontup or []]
    else:
        order = list(range(len(keys)))
    names = list(compiled.positiontup or []) if compiled.positional else list(keys)
    conv = [(i, procs[name]) for i, name in enumerate(names) if name in procs]
    params: list[Any] = []
    append = params.append
    for r in rows:
        values = [r[j] for j in order]
        for i, proc in conv:
            values[i] = proc(values[i])
        append(tuple(values) if compiled.positional else dict(zip(names, values, strict=True)))
    conn.exec_driver_sql(compiled.string, params)


def _json_text_as_is(proc: Any) -> Any:
    """A JSON column's bind processor that stores a value already serialised
    (audit.JSONText, the audit entries' canonical detail) as it is."""
    def convert(value: Any) -> Any:
        return value if type(value) is audit.JSONText else proc(value)
    return convert


def same_as_before(proc: Any) -> Any:
    """`proc`, answering the same object as the row before without converting it again (the
    batch's one time of change is in every row: 30,000 datetime formats on SQLite otherwise).
    Only the very object is reused (`is`), never an equal one, and nothing changes the rows
    while one statement's parameters are built."""
    last: list[Any] = [object(), None]

    def convert(value: Any) -> Any:
        if value is last[0]:
            return last[1]
        last[0], last[1] = value, proc(value)
        return last[1]
    return convert


# PostgreSQL types for COPY's binary format, by the column's SQLAlchemy type (most specific
# first); a table with a column of another type is copied in text format
_BINARY_TYPES: tuple[tuple[type, str], ...] = (
    (BigInteger, "int8"), (Integer, "int4"), (DateTime, "timestamptz"), (LargeBinary, "bytea"),
    (JSON, "json"), (Boolean, "bool"), (String, "text"))


def _binary_type(column: Any) -> str | None:
    kind = column.type
    if isinstance(kind, DateTime) and not kind.timezone:
        return None
    return next((name for cls, name in _BINARY_TYPES if isinstance(kind, cls)), None)


def _row_security(conn: Any, table: str) -> bool:
    """Does row-level security apply to this role on `table`? PostgreSQL refuses COPY … FROM
    then ("not supported with row-level security"): the agent's own role and the shared
    application role (issue 19) are under the tables' policies, only the owner is not. Those
    roles stage the rows in a temporary table instead (found by the per-person run of the suite)."""
    return bool(conn.exec_driver_sql("SELECT row_security_active(%(t)s)", {"t": table}).scalar())


@contextmanager
def inserting(conn: Any, table: Table, cols: tuple[str, ...]) -> Iterator[Callable[[tuple[Any, ...]], None]]:
    """INSERT rows into `table` as the caller makes them (each a tuple of the values of `cols`
    in that order, given to the function this yields). On PostgreSQL with one COPY … FROM
    STDIN in this transaction, open while the rows are made, so the server inserts the rows
    sent while the client makes the next ones (COPY was half the time of the pipelined
    executemany for the events and audit entries of 10,000 answers, measured), in binary
    format (no text escaping of the answers' bytes on either side: 0.2 s less for 10,000
    answers, measured). Elsewhere, or when a column's Python-side default would be needed,
    the rows are collected and written by executemany when the block ends. Nothing may use
    the connection inside the block. JSON values are serialised as SQLAlchemy's JSON type
    does (json.dumps; None as JSON null); an audit.JSONText is stored as it is."""
    staged: str | None = None
    collect = not is_postgres(conn) or any(c.default is not None and c.name not in cols for c in table.c)
    if not collect and _row_security(conn, table.name):
        if _may_stage(conn):
            staged = _stage(conn, table, cols)
        else:
            collect = True
    if collect:
        rows: list[tuple[Any, ...]] = []
        yield rows.append
        if rows:
            executemany(conn, table.insert(), rows, cols)
        return
    from psycopg.types.json import Json  # PostgreSQL's driver, present whenever PostgreSQL is

    json_null = Json(None)

    def as_is(text: str) -> str:
        return text
    quote = conn.dialect.identifier_preparer.quote
    as_json = [i for i, c in enumerate(cols) if isinstance(table.c[c].type, JSON)]
    types = [_binary_type(table.c[c]) for c in cols]
    binary = None not in types
    column_list = ", ".join(quote(c) for c in cols)
    sql = f"COPY {quote(staged or table.name)} ({column_list}) FROM STDIN"
    yield from _copying(conn, sql, binary, types, as_json, json_null, as_is)
    if staged is not None:  # one INSERT … SELECT: the policies' checks, once per statement
        conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({column_list}) "
                             f"SELECT {column_list} FROM {quote(staged)}")
        conn.exec_driver_sql(f"DROP TABLE {quote(staged)}")


_STAGED = itertools.count()


def _may_stage(conn: Any) -> bool:
    """May this role make temporary tables (PostgreSQL's default for every role)?"""
    return bool(conn.exec_driver_sql("SELECT has_database_privilege(current_database(), 'TEMP')").scalar())


def _stage(conn: Any, table: Table, cols: tuple[str, ...]) -> str:
    """A temporary table of `cols` of `table` (no policies, so COPY may fill it), dropped at
    the transaction's end at the latest: for a role under row-level security (the agent's own
    role, the shared role), whose COPY into `table` itself PostgreSQL refuses."""
    quote = conn.dialect.identifier_preparer.quote
    name = f"bo_stage_{table.name}_{next(_STAGED)}"
    conn.exec_driver_sql(f"CREATE TEMP TABLE {quote(name)} ON COMMIT DROP AS SELECT "
                         f"{', '.join(quote(c) for c in cols)} FROM {quote(table.name)} WITH NO DATA")
    return name


def _copying(conn: Any, sql: str, binary: bool, types: list[Any], as_json: list[int], json_null: Any,
             as_is: Callable[[str], str]) -> Iterator[Callable[[tuple[Any, ...]], None]]:
    from psycopg.types.json import Json
    with conn.connection.driver_connection.cursor() as cur, \
            cur.copy(sql + (" (FORMAT BINARY)" if binary else "")) as copy:
        if binary:
            copy.set_types(types)
        write = copy.write_row
        if not as_json:
            yield write
            return

        def put(row: tuple[Any, ...]) -> None:
            values = list(row)
            for i in as_json:  # binary: the object itself (psycopg dumps it); text: its JSON;
                value = values[i]  # an audit.JSONText is already JSON: stored as it is
                if type(value) is audit.JSONText:
                    values[i] = Json(value, dumps=as_is) if binary else str(value)
                else:
                    values[i] = (json_null if value is None else value) if binary else json.dumps(value)
            write(values)
        yield put


def copy_rows(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys) into `table`, as inserting does."""
    cols = tuple(rows[0])
    values = itemgetter(*cols) if len(cols) > 1 else lambda r: (r[cols[0]],)  # itemgetter(c): not a tuple
    with inserting(conn, table, cols) as put:
        for r in rows:
            put(values(r))
