"""Export of final decisions to core business systems, in batches (export-v1).

Exactly once, in decision order, crash safe. The protocol (docs/export.md):

1. Under the export lock (an OS lock on `<out>/.export.lock`, released by the OS when the
   process dies), first finish every batch left `pending` by an interrupted run.
2. One transaction (SQLite BEGIN IMMEDIATE; PostgreSQL advisory lock, then the audit
   chain lock): insert an ExportBatch row state='pending' with its batch_id and, per
   procedure, the range of the decision sequence it takes (ExportRange: export_items.id
   from the end of the procedure's previous range to the newest committed decision);
   audit "export.run"; commit. From here the rows belong to exactly one batch, whatever
   happens, and assigning cost one row per procedure, not one UPDATE per decision.
3. Write `<batch_id>.csv` then `<batch_id>.manifest.json`, each through a temporary name,
   fsync, rename, fsync dir. The rows are read back ordered by (decided_at, id), so a
   rewrite of the same batch yields the same rows; created_at comes from the batch row.
4. Mark the batch state='written' with its sha256 and row count.

A crash before 2 commits leaves nothing; between 2 and 4 the batch is pending and step 1
of the next run completes it under the same batch_id (if the manifest already made it to
disk with a matching CSV, those files are kept as they are). A manifest on disk is the
only sign of a whole batch: consumers take a CSV only when its manifest exists.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Generator, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from backoffice.accounts import scope, sessions
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import checkpoint as audit_checkpoint
from backoffice.audit import log as audit
from backoffice.db.engine import is_person, is_postgres
from backoffice.db.models import ExportBatch, ExportItem, ExportRange, Staff
from backoffice.export import csvfile
from backoffice.export.csvfile import ProgressFn
from backoffice.export.rows import fields_query, rows_query
from backoffice.platform import fileperms
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, NotFound, PermissionDenied
from backoffice.platform.timeutil import to_jst, utcnow

log = logging.getLogger(__name__)

ALL = "ALL"
CHUNK = 5000
_PG_LOCK_KEY = 0x6578706F7274  # "export"


@dataclass(frozen=True)
class BatchInfo:
    batch_id: str
    procedure: str | None  # None: every procedure (an ALL batch)
    created_at: datetime
    created_by: str | None  # staff code; None for the system, operators and the scheduler
    rows: int
    sha256: str
    state: str  # pending | written
    reexport_of: str | None
    csv_path: Path | None = None
    manifest_path: Path | None = None
    replaced: int = 0
    recovered: bool = False  # completed after an interrupted run
    created_by_name: str | None = None  # the staff member's name (history), for reading


class ExportError(BackofficeError):
    pass


# --- the export lock --------------------------------------------------------------------

@contextmanager
def _dir_lock(out: Path) -> Iterator[None]:
    """One exporter per export folder at a time; the OS drops the lock of a killed process."""
    fileperms.ensure_dir(out)
    f: IO[bytes] = os.fdopen(fileperms.create(out / ".export.lock", os.O_RDWR | os.O_CREAT), "a+b")
    try:
        if os.name == "nt":  # pragma: no cover - Windows workstations
            import msvcrt
            import time

            while True:
                try:
                    msvcrt.locking(f.fileno(), msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
                    break
                except OSError:
                    time.sleep(0.5)
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        csvfile.remove_stale_temps(out)
        yield
    finally:
        f.close()  # closing releases the lock


def _serialize(s: Session) -> None:
    """Batch creation is serialized: SQLite write transactions are BEGIN IMMEDIATE already.

    The ranges need more on PostgreSQL: no decision may commit later with an id below a
    range's end. Every decision queues its ExportItem while holding the audit chain lock
    (review._final takes it first; it is held until commit), so once the exporter holds
    that lock too, every id handed out so far belongs to a committed decision, and every
    later decision gets a larger id. SQLite has one writer at a time, so the same holds."""
    if is_postgres(s):
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    audit.lock_chain(s)


# --- ranges of the decision sequence ----------------------------------------------------

def _procedures(s: Session) -> list[str]:
    """The distinct procedures of export_items by a loose index scan (one probe of
    ix_export_items_sequence per procedure, not a scan of the whole decision history)."""
    first = select(func.min(ExportItem.procedure).label("p")).cte("procs", recursive=True)
    step = select(select(func.min(ExportItem.procedure)).where(ExportItem.procedure > first.c.p)
                  .scalar_subquery()).where(first.c.p.is_not(None))
    procs = first.union_all(step)
    return [p for p in s.scalars(select(procs.c.p)) if p is not None]


def _watermarks(s: Session) -> dict[str, int]:
    """Per procedure, the end of its newest range (0 when none was exported by range)."""
    return {p: int(hi) for p, hi in s.execute(
        select(ExportRange.procedure, func.max(ExportRange.hi)).group_by(ExportRange.procedure))}


def _pending_ranges(s: Session, procedure: str | None) -> list[tuple[str, int, int, int]]:
    """(procedure, lo, hi, rows): the decisions of each procedure not in any batch, which
    are exactly those after the procedure's watermark (items of batches written before
    migration 0007 carry batch_pk and are left out)."""
    marks = _watermarks(s)
    found = []
    for p in [procedure] if procedure is not None else _procedures(s):
        lo = marks.get(p, 0)
        hi, n = s.execute(select(func.max(ExportItem.id), func.count())
                          .where(ExportItem.procedure == p, ExportItem.id > lo,
                                 ExportItem.batch_pk.is_(None))).one()
        if n:
            found.append((p, lo, int(hi), int(n)))
    return found


def membership() -> Any:
    """(export_items.id, export_batches.id) of every decision in a batch: by range, or by
    the batch_pk mark of batches written before migration 0007. For checks and tests."""
    ranged = (select(ExportItem.id.label("item_pk"), ExportRange.batch_pk.label("batch_pk"))
                .join(ExportRange, (ExportRange.procedure == ExportItem.procedure)
                      & (ExportItem.id > ExportRange.lo) & (ExportItem.id <= ExportRange.hi))
                .where(ExportItem.batch_pk.is_(None)))
    legacy = (select(ExportItem.id.label("item_pk"), ExportItem.batch_pk.label("batch_pk"))
              .where(ExportItem.batch_pk.is_not(None)))
    return ranged.union_all(legacy)


# --- batch ids ---------------------------------------------------------------------------

def _new_batch_id(s: Session, created_at: datetime, tag: str, out: Path) -> str:
    """`YYYYMMDD-HHMMSS-<procedure or ALL>-NNNN` (Japan time). The counter starts at 0001
    for each (second, procedure-or-ALL) and counts up past ids already in the database or
    on disk, so ids are unique even for several batches within one second."""
    prefix = f"{to_jst(created_at):%Y%m%d-%H%M%S}-{tag}-"
    taken = set(s.scalars(select(ExportBatch.batch_id)
                          .where(ExportBatch.batch_id.startswith(prefix, autoescape=True))))
    for n in range(1, 10000):
        bid = f"{prefix}{n:04d}"
        if bid not in taken and not csvfile.csv_path(out, bid).exists() \
                and not csvfile.manifest_path(out, bid).exists():
            return bid
    raise ExportError(f"more than 9999 export batches in one second for {tag}")


# --- reading rows ------------------------------------------------------------------------

def _ranges(s: Session, source_pk: int) -> list[tuple[str, int, int]] | None:
    """(procedure, lo, hi) of a batch taken by range (since migration 0007); None for a
    batch marked row by row before it."""
    found = [(p, int(lo), int(hi)) for p, lo, hi in s.execute(
        select(ExportRange.procedure, ExportRange.lo, ExportRange.hi)
        .where(ExportRange.batch_pk == source_pk).order_by(ExportRange.procedure))]
    return found or None


def _fetch_chunks(s: Session, stmt: Any) -> Generator[list[tuple[Any, ...]], None, None]:
    """The rows of `stmt` as plain DBAPI tuples, CHUNK at a time, streamed (a server-side
    cursor on PostgreSQL). SQLAlchemy compiles the statement; its Row objects are skipped
    (a measurable share of the export time): the columns are text and integers, which
    neither sqlite3 nor psycopg needs a result or bind processor for."""
    conn = s.connection()
    compiled = stmt.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    args: Any = tuple(params[k] for k in compiled.positiontup or ()) if compiled.positional else params
    dbapi: Any = conn.connection.driver_connection
    postgres = is_postgres(conn)
    cur = dbapi.cursor(name="export_rows") if postgres else dbapi.cursor()
    try:
        cur.execute(str(compiled), args)
        while part := cur.fetchmany(CHUNK):
            yield part
    finally:
        cur.close()


def _prefetched(chunks: Generator[list[tuple[Any, ...]], None, None],
                ahead: int = 2) -> Generator[list[tuple[Any, ...]], None, None]:
    """`chunks`, fetched by a helper thread up to `ahead` chunks in advance. On PostgreSQL
    the fetch mostly waits on the server with the GIL released, so it overlaps with the
    CSV encoding (SQLite steps hold the GIL for most of a row, so it is not used there).
    An error in the fetch is raised here; stopping early stops the helper."""
    q: queue.Queue[Any] = queue.Queue(ahead)
    stop = threading.Event()
    end = object()

    def put(item: Any) -> bool:
        """Hand over unless the consumer has stopped (then it would never be taken)."""
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for part in chunks:
                if not put(part):
                    return
            put(end)
        except BaseException as exc:  # noqa: BLE001 - handed to the consuming thread
            put(exc)
        finally:
            chunks.close()

    helper = threading.Thread(target=run, name="export-fetch", daemon=True)
    helper.start()
    try:
        while (item := q.get()) is not end:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        helper.join()


def _source_pk(s: Session, batch: ExportBatch) -> int:
    """The batch whose items a re-export repeats (followed to the first original)."""
    seen = 0
    while batch.reexport_of is not None:
        orig = s.scalar(select(ExportBatch).where(ExportBatch.batch_id == batch.reexport_of))
        if orig is None or seen > 100:
            raise ExportError(f"{batch.batch_id}: original batch {batch.reexport_of} is missing")
        batch, seen = orig, seen + 1
    return batch.id


def _info(b: ExportBatch, code: str | None, out: Path | None = None, **kw: Any) -> BatchInfo:
    return BatchInfo(b.batch_id, b.procedure, b.created_at, code, b.rows, b.sha256, b.state,
                     b.reexport_of,
                     csvfile.csv_path(out, b.batch_id) if out else None,
                     csvfile.manifest_path(out, b.batch_id) if out else None, **kw)


# --- writing a pending batch -------------------------------------------------------------

def _complete(bo: Backoffice, batch_pk: int, out: Path, progress: ProgressFn | None,
              recovered_by: Actor | None = None, made_by: Actor | None = None) -> BatchInfo:
    """Steps 3 and 4 for one pending batch (also the recovery of an interrupted one)."""
    with bo.db.read() as s:
        b = s.get(ExportBatch, batch_pk)
        assert b is not None
        src = _source_pk(s, b)
        ranges = _ranges(s, src)
        created_by = s.scalar(select(Staff.code).where(Staff.id == b.created_by)) if b.created_by else None
    recovered = recovered_by is not None
    done = csvfile.complete_on_disk(out, b.batch_id) if recovered else None
    if done is not None:  # the crash came after the manifest: keep the files as they are
        rows, sha, replaced = int(done["rows"]), str(done["sha256"]), len(done["replaced_characters"])
    else:
        enc = csvfile.BatchEncoder(b.batch_id)
        total = b.rows
        with csvfile.atomic_file(csvfile.csv_path(out, b.batch_id)) as f:
            f.write(enc.header())
            with bo.db.read() as s:
                dialect = bo.db.dialect

                def fields(keys: list[int]) -> dict[int, Any]:
                    return {row[0]: tuple(row[1:]) for row in s.execute(fields_query(dialect, keys))}

                chunks = _fetch_chunks(s, rows_query(dialect, src, ranges, lines=True))
                parts = _prefetched(chunks) if dialect == "postgresql" else chunks
                with closing(parts):  # an error stops the fetch before the session ends
                    for part in parts:
                        f.write(enc.encode_lines(part, fields))
                        if progress:
                            progress(enc.rows, total)
        rows, sha, replaced = enc.rows, enc.sha256, len(enc.replaced)
        csvfile.write_atomic(csvfile.manifest_path(out, b.batch_id), csvfile.manifest_bytes(
            b.batch_id, b.created_at, rows, sha, enc.replaced, b.reexport_of))
    b = _mark_written(bo, batch_pk, rows, sha, recovered_by, kept_files=done is not None, made_by=made_by)
    log.info("export batch %s written: %d rows, %d replaced field(s)", b.batch_id, rows, replaced)
    return _info(b, created_by, out, replaced=replaced, recovered=recovered)


def _mark_written(bo: Backoffice, batch_pk: int, rows: int, sha: str, recovered_by: Actor | None,
                  kept_files: bool, made_by: Actor | None = None) -> ExportBatch:
    """Step 4: the files are durable; the batch is done."""
    with bo.db.write() as s:
        if is_person(s):  # the server: only its maker, or a recovery audited in the person's name
            actor = recovered_by if recovered_by is not None else made_by
            assert actor is not None
            sessions.check_in(s, actor)  # the login session still holds, in this transaction
            s.execute(text("SELECT bo_export_written(:b, :r, :h, :rec, :k)"),  # export/server_export.py
                      {"b": batch_pk, "r": rows, "h": sha, "rec": recovered_by is not None, "k": kept_files})
            b = s.get(ExportBatch, batch_pk, populate_existing=True)
            assert b is not None
            return b
        s.execute(update(ExportBatch).where(ExportBatch.id == batch_pk)
                  .values(state="written", sha256=sha, rows=rows))
        b = s.get(ExportBatch, batch_pk)
        assert b is not None
        if recovered_by is not None:
            audit.record(s, recovered_by, "export.recover", f"export:{b.batch_id}", rows=rows,
                         sha256=sha, kept_files=kept_files)
        return b


def _recover(bo: Backoffice, actor: Actor, out: Path, progress: ProgressFn | None) -> list[BatchInfo]:
    with bo.db.read() as s:
        pending = s.execute(select(ExportBatch.id, ExportBatch.batch_id)
                            .where(ExportBatch.state == "pending").order_by(ExportBatch.id)).all()
    done = []
    for pk, bid in pending:
        log.warning("completing export batch %s left pending by an interrupted run", bid)
        done.append(audit_checkpoint.beside_batch(bo, _complete(bo, pk, out, progress, recovered_by=actor)))
    return done


def _out(bo: Backoffice, out: Path | str | None) -> Path:
    return Path(out) if out is not None else Path(bo.config.export_out)


def _theirs(bo: Backoffice, actor: Actor) -> set[str] | None:
    """The procedures whose decisions the actor may export or see counted (need-to-know,
    issue 16: those of their departments), or None when not limited."""
    if not scope.limited(actor):
        return None
    return {p.code for p in bo.catalog if scope.may_see(actor, p.department)}


def _require_procedure(bo: Backoffice, actor: Actor, procedure: str | None) -> None:
    """A batch of every procedure (ALL) needs every department; one procedure needs its own."""
    theirs = _theirs(bo, actor)
    if theirs is None:
        return
    if procedure is None:
        if set(bo.catalog.codes()) - theirs:
            raise PermissionDenied(f"{actor.code} does not work for every department; export one procedure "
                                   "of their own (--procedure)", code="other_department", department="*")
    elif procedure not in theirs:
        proc = bo.catalog.get(procedure)
        raise PermissionDenied(f"{actor.code} may not export {procedure}", code="other_department",
                               department=proc.department if proc else procedure)


# --- services ----------------------------------------------------------------------------

def _require_reader(actor: Actor) -> None:
    """Connected as their own role (issue 19), a person writes only the decisions the server
    lets them read: an administrator reads no applicant (docs/deployment-postgresql.md), so
    their batch would be empty. Refused before anything is written; the server's
    bo_export_written refuses a short file as well (migration 0025)."""
    if not actor.has("application.view"):
        raise PermissionDenied(f"{actor.code} reads no applicant when connected as themselves: "
                               "a supervisor exports the decisions", permission="export.run")


def export_pending(bo: Backoffice, actor: Actor, procedure: str | None = None,
                   out: Path | str | None = None, progress: ProgressFn | None = None) -> list[BatchInfo]:
    """Write every pending decision (of `procedure`, else of all procedures as one ALL
    batch) to a new batch; first complete any batch an interrupted run left pending.
    Returns the batches written (recovered ones first); empty when nothing was pending."""
    require(actor, "export.run")
    _require_procedure(bo, actor, procedure)
    if procedure is not None and procedure not in bo.catalog:
        with bo.db.read() as s:
            if s.scalar(select(ExportItem.id).where(ExportItem.procedure == procedure).limit(1)) is None:
                raise NotFound(f"unknown procedure {procedure!r}")
    target = _out(bo, out)
    with _dir_lock(target):
        written = _recover(bo, actor, target, progress)
        created_at = utcnow().replace(microsecond=0)
        with bo.db.write() as s:
            _serialize(s)
            batch_id = _new_batch_id(s, created_at, procedure or ALL, target)
            if is_person(s):  # the server takes the ranges and writes the row and entry in the person's name
                _require_reader(actor)
                sessions.check_in(s, actor)  # the login session still holds, in this transaction
                opened = s.execute(text("SELECT bo_export_open(:b, :p, :t, :o)"),  # export/server_export.py
                                   {"b": batch_id, "p": procedure, "t": created_at, "o": str(target)}).scalar_one()
                if opened is None:
                    return written
                pk = opened
            else:
                ranges = _pending_ranges(s, procedure)
                if not ranges:
                    return written
                b = ExportBatch(batch_id=batch_id, procedure=procedure, created_at=created_at, created_by=actor.id,
                                rows=sum(r[3] for r in ranges), sha256="", state="pending", reexport_of=None)
                s.add(b)
                s.flush()
                s.add_all(ExportRange(batch_pk=b.id, procedure=p, lo=lo, hi=hi, rows=n) for p, lo, hi, n in ranges)
                audit.record(s, actor, "export.run", f"export:{b.batch_id}", procedure=procedure or ALL,
                             rows=b.rows, out=str(target))
                pk = b.id
        written.append(audit_checkpoint.beside_batch(bo, _complete(bo, pk, target, progress, made_by=actor)))
    return written


def reexport(bo: Backoffice, actor: Actor, batch_id: str, out: Path | str | None = None,
             progress: ProgressFn | None = None) -> BatchInfo:
    """Write the rows of batch `batch_id` again under a new batch id linked to it
    (ExportBatch.reexport_of, manifest key "reexport_of"). The rows are the same decisions
    in the same order; their columns are read from the database now."""
    require(actor, "export.run")
    target = _out(bo, out)
    with _dir_lock(target):
        _recover(bo, actor, target, progress)
        created_at = utcnow().replace(microsecond=0)
        with bo.db.write() as s:
            _serialize(s)
            orig = s.scalar(select(ExportBatch).where(ExportBatch.batch_id == batch_id))
            if orig is None:
                raise NotFound(f"no export batch {batch_id}")
            _require_procedure(bo, actor, orig.procedure)
            batch_id = _new_batch_id(s, created_at, orig.procedure or ALL, target)
            if is_person(s):  # the server writes the row and the entry in the person's name
                _require_reader(actor)
                sessions.check_in(s, actor)  # the login session still holds, in this transaction
                pk = int(s.execute(text("SELECT bo_export_reexport(:r, :b, :t, :o)"),  # export/server_export.py
                                   {"r": orig.batch_id, "b": batch_id, "t": created_at, "o": str(target)}).scalar_one())
            else:
                b = ExportBatch(batch_id=batch_id, procedure=orig.procedure, created_at=created_at,
                                created_by=actor.id, rows=orig.rows, sha256="", state="pending",
                                reexport_of=orig.batch_id)
                s.add(b)
                s.flush()
                audit.record(s, actor, "export.reexport", f"export:{b.batch_id}", original=orig.batch_id,
                             rows=orig.rows, out=str(target))
                pk = b.id
        return audit_checkpoint.beside_batch(bo, _complete(bo, pk, target, progress, made_by=actor))


def history(bo: Backoffice, actor: Actor, limit: int = 100) -> list[BatchInfo]:
    """The newest batches first, with row counts and hashes (no personal data)."""
    require(actor, "export.view")
    with bo.db.read() as s:
        q = select(ExportBatch, Staff.code, Staff.name).outerjoin(Staff, Staff.id == ExportBatch.created_by)
        theirs = _theirs(bo, actor)
        if theirs is not None:  # their procedures' batches (ALL ones only for every department)
            q = q.where(ExportBatch.procedure.in_(sorted(theirs)) if set(bo.catalog.codes()) - theirs
                        else ExportBatch.procedure.is_(None) | ExportBatch.procedure.in_(sorted(theirs)))
        rows = s.execute(q.order_by(ExportBatch.id.desc()).limit(limit)).all()
        return [_info(b, code, created_by_name=name) for b, code, name in rows]


def pending_counts(bo: Backoffice, actor: Actor) -> dict[str, int]:
    """Decisions not yet in a written batch, per procedure (those of a batch an interrupted
    run left pending included: the next run writes them)."""
    require(actor, "export.view")
    counts: dict[str, int] = {}
    with bo.db.read() as s:
        waiting = [(p, n) for p, _lo, _hi, n in _pending_ranges(s, None)]
        in_pending = s.execute(select(ExportRange.procedure, func.sum(ExportRange.rows))
                               .join(ExportBatch, ExportBatch.id == ExportRange.batch_pk)
                               .where(ExportBatch.state == "pending").group_by(ExportRange.procedure)).all()
        legacy = s.execute(select(ExportItem.procedure, func.count())
                           .join(ExportBatch, ExportBatch.id == ExportItem.batch_pk)
                           .where(ExportBatch.state == "pending").group_by(ExportItem.procedure)).all()
    theirs = _theirs(bo, actor)
    for proc, n in [*waiting, *in_pending, *legacy]:
        if theirs is None or proc in theirs:
            counts[proc] = counts.get(proc, 0) + int(n)
    return dict(sorted(counts.items()))
