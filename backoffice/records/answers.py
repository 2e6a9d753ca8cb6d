"""Loading register answers (records-v1 §2.2, §3): the checks in the spec's order, all or
nothing per batch, refused batches in `refused/` with their reason file and an audit entry,
a redelivered batch a no-op.

Order of work for a batch that passes: one transaction appends the answers (`record_answers`,
one row per answered request: COPY on PostgreSQL, executemany on SQLite), records the
applications' new status and attention codes and the audit entries; only then are its
files moved to `done/`. A crash in between leaves the batch in `answers/`; the next run
finds every answer already recorded (identical: no-op) and moves it. A refused batch is
audited first, then its reason file is written and its files moved.
"""

from __future__ import annotations

import base64
import binascii
import gc
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import (
    ARRAY,
    String,
    Table,
    any_,
    bindparam,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.db import units
from backoffice.db.engine import is_postgres
from backoffice.db.models import Application, ApplicationEvent, AuditEntry
from backoffice.db.models_records import RecordAnswer, RecordBatch, RecordRequest
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, ConfigError
from backoffice.platform.spool import fsync_dir, move_unique
from backoffice.platform.timeutil import parse_rfc3339, utcnow
from backoffice.records import policy, schema
from backoffice.records.bulk import copy_rows, executemany, inserting, same_as_before
from backoffice.records.compare import compare
from backoffice.records.exchange import Exchange

log = logging.getLogger(__name__)

MAX_MANIFEST = 1 << 20  # bytes; a larger manifest is not even read (signature_invalid)
MAX_SIGNATURE = 4096
MAX_LINE = 32 << 20  # one answer (a seal image is some kB)
MANIFEST_KEYS = ("spec", "batch_id", "direction", "created_at", "file", "rows", "sha256")
_HEX64 = re.compile(r"[0-9a-f]{64}")
SUFFIX = ".manifest.json"


class Refused(BackofficeError):
    def __init__(self, reason: str, detail: str, line: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail, self.line = reason, detail, line


@dataclass(frozen=True)
class LoadReport:
    answered: int  # answers applied (new ones; identical redeliveries are not counted)
    refused: int  # batches refused
    batches: tuple[tuple[str, str], ...] = ()  # (answer_id, "done" | reason)

    def line(self) -> str:
        return f"answered {self.answered}, refused {self.refused}"


def load_public_keys(paths: tuple[Path, ...]) -> list[Ed25519PublicKey]:
    if not paths:
        raise ConfigError("no [records] public_keys configured: answers cannot be verified")
    keys = []
    for path in paths:
        try:
            key = serialization.load_pem_public_key(Path(path).read_bytes())
        except OSError as exc:
            raise ConfigError(f"cannot read records public key {path}: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise ConfigError(f"records public key {path} is not a PEM public key: {exc}") from None
        if not isinstance(key, Ed25519PublicKey):
            raise ConfigError(f"records public key {path} is not an Ed25519 key")
        keys.append(key)
    return keys


# --- reading files without following links --------------------------------------------------

def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file (not a link, not a folder) of at most `limit` bytes;
    None when it is missing, not a regular file or larger."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            return None
        data = f.read(limit + 1)
    return data if len(data) <= limit else None


def _open_regular(path: Path) -> Any:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    f = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
        f.close()
        raise OSError("not a regular file")
    return f


# --- the checks of §3, in order ----------------------------------------------------------

def _check_signature(folder: Path, answer_id: str, keys: list[Ed25519PublicKey]) -> bytes:
    """Check 1; returns the manifest's exact bytes."""
    manifest = _read_regular(folder / f"{answer_id}{SUFFIX}", MAX_MANIFEST)
    if manifest is None:
        raise Refused("signature_invalid", f"the manifest is not a regular file of at most {MAX_MANIFEST} "
                                           "bytes, so it was not verified")
    sig_bytes = _read_regular(folder / f"{answer_id}.manifest.sig", MAX_SIGNATURE)
    if sig_bytes is None:
        raise Refused("signature_invalid", f"no {answer_id}.manifest.sig beside the manifest")
    try:
        sig = base64.b64decode(b"".join(sig_bytes.split()), validate=True)
    except (binascii.Error, ValueError):
        raise Refused("signature_invalid", ".manifest.sig is not base64") from None
    for key in keys:
        try:
            key.verify(sig, manifest)
            return manifest
        except InvalidSignature:
            continue
    raise Refused("signature_invalid", "the signature verifies under none of the configured [records] public_keys")


def _check_manifest(raw: bytes, answer_id: str) -> dict[str, Any]:
    """Check 2."""
    try:
        m = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused("manifest_invalid", "the manifest is not UTF-8 JSON") from None
    if not isinstance(m, dict):
        raise Refused("manifest_invalid", "the manifest is not a JSON object")
    missing = [k for k in MANIFEST_KEYS if k not in m]
    if missing:
        raise Refused("manifest_invalid", f"the manifest lacks {', '.join(missing)}")
    problems = []
    if m["spec"] != "records/1":
        problems.append('spec must be "records/1"')
    if m["direction"] != "answer":
        problems.append('direction must be "answer"')
    if m["batch_id"] != answer_id:
        problems.append(f"batch_id must be the file's own id {answer_id!r}")
    if m["file"] != f"{answer_id}.jsonl":
        problems.append(f"file must be {answer_id}.jsonl")
    if not isinstance(m["rows"], int) or isinstance(m["rows"], bool) or m["rows"] < 0:
        problems.append("rows must be a whole number")
    if not isinstance(m["sha256"], str) or not _HEX64.fullmatch(m["sha256"]):
        problems.append("sha256 must be 64 lowercase hex digits")
    try:
        parse_rfc3339(m["created_at"])
    except (ValueError, TypeError):
        problems.append("created_at must be an RFC 3339 date-time with offset")
    if problems:
        raise Refused("manifest_invalid", "; ".join(problems))
    return m


def _lines(path: Path) -> Iterator[bytes]:
    """The file's lines without their LF (a last line without LF counts too); a line longer
    than MAX_LINE is returned cut, one byte over, for check 4 to refuse."""
    with _open_regular(path) as f:
        while True:
            line = f.readline(MAX_LINE + 1)
            if not line:
                return
            if len(line) > MAX_LINE:
                yield line  # over the limit: schema_error, and the rest is not read
                return
            yield line[:-1] if line.endswith(b"\n") else line


def _check_file(folder: Path, m: dict[str, Any]) -> None:
    """Check 3: hash, then line count (one streamed pass)."""
    h, count, last = hashlib.sha256(), 0, b"\n"
    try:
        with _open_regular(folder / m["file"]) as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
                count += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        raise Refused("hash_mismatch", f"{m['file']} is missing or not a regular file") from None
    if last != b"\n":
        count += 1
    if h.hexdigest() != m["sha256"]:
        raise Refused("hash_mismatch", f"SHA-256 of {m['file']} is {h.hexdigest()}, the manifest says {m['sha256']}")
    if count != m["rows"]:
        raise Refused("row_count_mismatch", f"{m['file']} has {count} lines, the manifest says {m['rows']}")


_APPS = cast(Table, Application.__table__)
_REQS = cast(Table, RecordRequest.__table__)
_ANS = cast(Table, RecordAnswer.__table__)
_EVENTS = cast(Table, ApplicationEvent.__table__)
_AUDIT = cast(Table, AuditEntry.__table__)


def _in(conn: Any, column: Any, values: list[Any]) -> list[Any]:
    """WHERE clauses that together select the rows whose `column` is one of `values`, in one
    statement with one parameter: on PostgreSQL `column = ANY(array)`, on SQLite
    `column IN (SELECT value FROM json_each(list))`. One statement and one plan, where IN
    lists of 1,000 parameters (under SQLite's limit of bound parameters) took 30-40 ms each
    on PostgreSQL to build, send and plan, and on SQLite three lookups of 10,000 took 84 ms
    against 50 ms (measured; the parameters' expansion in SQLAlchemy was the difference)."""
    if not values:
        return []
    if is_postgres(conn):
        return [column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))]
    listed = func.json_each(bindparam(None, json.dumps(values), type_=String)).table_valued("value")
    return [column.in_(select(listed.c.value).scalar_subquery())]


def _json_list(value: Any) -> list[Any]:
    """A JSON column read as it is stored (type_coerce to String: no json.loads per row for
    the usual "[]"); PostgreSQL's driver answers the value itself."""
    if type(value) is not str:
        return cast(list[Any], value or [])
    return [] if value == "[]" else cast(list[Any], json.loads(value) or [])


@dataclass
class _Known:
    pk: int
    application_pk: int
    revision: int
    kind: str
    sent: bool
    answer_sha: str | None
    line: bytes | None  # the request as sent (its subject and JPKI facts, for the comparison)


Fresh = tuple[int, dict[str, Any], _Known, bytes, str]  # line number, answer, request, its bytes, their sha256


def _parse(folder: Path, m: dict[str, Any], s: Session) -> list[Fresh]:
    """Checks 4, 5 and 6. Returns (line number, answer, its request, line bytes, sha256) of
    the answers not yet recorded (one equal to the answer already recorded is dropped: a
    no-op; "equal" is the same JSON value, whatever the spacing or key order)."""
    parsed: list[tuple[int, Any, bytes]] = []
    first_bad: Refused | None = None
    for no, raw in enumerate(_lines(folder / m["file"]), 1):
        if len(raw) > MAX_LINE:
            first_bad = Refused("schema_error", f"line {no} is longer than {MAX_LINE} bytes", no)
            break
        try:
            parsed.append((no, json.loads(raw.decode("utf-8")), raw))
        except (UnicodeDecodeError, ValueError) as exc:
            first_bad = Refused("invalid_json", f"line {no} is not UTF-8 JSON ({type(exc).__name__})", no)
            break
    ids = sorted({obj["request_id"] for _, obj, _ in parsed
                  if isinstance(obj, dict) and isinstance(obj.get("request_id"), str)
                  and len(obj["request_id"]) <= schema.MAX_REQUEST_ID})
    known: dict[str, _Known] = {}
    conn = s.connection()
    for where in _in(conn, _REQS.c.request_id, ids):
        for row in conn.execute(select(_REQS.c.request_id, _REQS.c.id, _REQS.c.application_pk, _REQS.c.revision,
                                       _REQS.c.kind, _REQS.c.batch_pk, _ANS.c.answer_sha256, _REQS.c.line)
                                .select_from(_REQS.outerjoin(_ANS, _ANS.c.request_pk == _REQS.c.id))
                                .where(where)).all():  # all(): one fetchall, not a fetchone per row
            known[row[0]] = _Known(row[1], row[2], row[3], row[4], row[5] is not None, row[6], row[7])
    for no, obj, _ in parsed:  # check 4 of the lines before the first unreadable one
        rid = obj.get("request_id") if isinstance(obj, dict) else None
        req = known.get(rid) if isinstance(rid, str) else None
        if problem := schema.answer(obj, req.kind if req and req.sent else None):
            raise Refused("schema_error", f"line {no}: {problem}", no)
    if first_bad is not None:
        raise first_bad
    for no, obj, _ in parsed:  # check 5
        req = known.get(obj["request_id"])
        if req is None or not req.sent:
            raise Refused("unknown_request", f"line {no}: request_id {obj['request_id']!r} was never sent", no)
    answered = [known[obj["request_id"]].pk for _, obj, _ in parsed if known[obj["request_id"]].answer_sha]
    recorded: dict[int, Any] = {}
    for where in _in(conn, _ANS.c.request_pk, answered):  # a redelivery: the answers recorded before
        recorded.update((pk, json.loads(body or b"null"))
                        for pk, body in conn.execute(select(_ANS.c.request_pk, _ANS.c.answer).where(where)).all())
    fresh: list[Fresh] = []
    seen: dict[str, Any] = {}
    for no, obj, raw in parsed:  # check 6
        req = known[obj["request_id"]]
        if req.pk in recorded and recorded[req.pk] is None:
            continue  # answered, and the answer removed since by retention: nothing to apply
        earlier = recorded[req.pk] if req.pk in recorded else seen.get(obj["request_id"])
        if earlier is not None and earlier != obj:
            raise Refused("answer_conflict", f"line {no}: request {obj['request_id']!r} was already answered "
                                             "with different content", no)
        if earlier is None:
            seen[obj["request_id"]] = obj
            fresh.append((no, obj, req, raw, hashlib.sha256(raw).hexdigest()))
    return fresh


# --- applying a batch --------------------------------------------------------------------

_UPDATE_APP = _APPS.update().where(_APPS.c.id == bindparam("pk")).values(
    status=bindparam("v_status"), attention=bindparam("v_attention", type_=_APPS.c.attention.type),
    updated_at=bindparam("v_at"))


@contextmanager
def _updating_apps(conn: Any, rows: list[dict[str, Any]], now: Any) -> Iterator[None]:
    """The applications' new status and attention. PostgreSQL: one UPDATE … FROM unnest(arrays)
    (0.46 s against 0.63-0.71 s pipelined for 10,000, measured; the server's row and index
    updates are the rest), sent in pipeline mode so that the block runs while the server
    updates (its outcome, an error included, is awaited when the block ends; the block must
    not use the connection); SQLite: executemany, then the block."""
    if not is_postgres(conn):
        executemany(conn, _UPDATE_APP, rows)
        yield
        return
    dumps = same_as_before(json.dumps)
    driver = conn.connection.driver_connection
    with driver.pipeline(), driver.cursor() as cur:
        cur.execute(
            "UPDATE applications SET status = u.status, attention = CAST(u.attention AS JSON), updated_at = %(at)s "
            "FROM unnest(CAST(%(pk)s AS BIGINT[]), CAST(%(status)s AS TEXT[]), CAST(%(attention)s AS TEXT[])) "
            "AS u(pk, status, attention) WHERE applications.id = u.pk",
            {"at": now, "pk": [r["pk"] for r in rows], "status": [r["v_status"] for r in rows],
             "attention": [dumps(r["v_attention"]) for r in rows]})
        yield


_ANSWER_COLS = ("request_pk", "result", "as_of", "answer", "answer_sha256", "answered_at", "batch_pk", "findings")
_AUDIT_COLS = ("seq", "at", "actor", "workstation", "action", "target", "detail", "prev_hash", "hash")
_audit_values = itemgetter(*_AUDIT_COLS)


def _subject(line: bytes | None) -> tuple[dict[str, Any], dict[str, Any] | None]:
    # our own UTF-8 line, decoded first: json.loads of bytes guesses the encoding in Python
    req = json.loads(line.decode("utf-8")) if line else {}
    return req.get("subject") or {}, req.get("jpki")


def _apply(s: Session, actor: Actor, answer_id: str, m: dict[str, Any],
           fresh: list[Fresh]) -> None:
    now = utcnow()
    batch = RecordBatch(batch_id=answer_id, direction="answer", state="done", rows=m["rows"],
                        sha256=m["sha256"], created_at=now)
    s.add(batch)
    s.flush()
    conn = s.connection()
    app_pks = sorted({req.application_pk for _, _, req, _, _ in fresh})
    apps = {}
    for where in _in(conn, _APPS.c.id, app_pks):
        for row in s.execute(units.for_update(s, select(
                _APPS.c.id, _APPS.c.application_id, _APPS.c.revision, _APPS.c.status,
                type_coerce(_APPS.c.attention, String)).where(where))).all():
            apps[row[0]] = row
    # each application's newest request, grouped in the query (a correlated max() per row
    # was planned as a scan of record_requests per application on fresh statistics: 40 s)
    newest: dict[int, int] = {}
    for where in _in(conn, _REQS.c.application_pk, app_pks):
        newest.update((r[0], r[1]) for r in conn.execute(
            select(_REQS.c.application_pk, func.max(_REQS.c.id)).where(where).group_by(_REQS.c.application_pk)).all())
    batch_pk = batch.id
    app_updates, events = [], []
    entries: list[tuple[str, str, dict[str, Any]]] = []  # audit entries, chained as they are written
    as_of: dict[str, Any] = {}  # the batch's answers mostly share one as_of: parsed once each
    shared: dict[tuple[str, ...], list[str]] = {}  # equal findings and attention lists: one object each,
    # which same_as_before then serialises once per run of equal rows (most are [] or one code)
    plans: dict[str, workflow.Change] = {}  # the status change planned once per action (see below)
    # the answers are sent as they are made (PostgreSQL: the server stores them meanwhile);
    # nothing below uses the connection until the block ends
    with inserting(conn, _ANS, _ANSWER_COLS) as put_answer:
        for _, obj, req, body, sha in fresh:
            findings: list[str] | None = None
            result = obj["result"]
            if result == "found":
                subject, facts = _subject(req.line)
                found = compare(req.kind, obj["record"], subject, facts).findings
                findings = shared.get(found)
                if findings is None:
                    findings = shared[found] = list(found)
            when = as_of.get(obj["as_of"])
            if when is None:
                when = as_of[obj["as_of"]] = parse_rfc3339(obj["as_of"]).astimezone(UTC)
            put_answer((req.pk, result, when, body, sha, now, batch_pk, findings))
            app = apps.get(req.application_pk)
            if app is None or app.revision != req.revision or newest.get(req.application_pk) != req.pk:
                continue  # an answer to an older revision or an older request: kept, changes nothing
            code = policy.MISMATCH if findings else policy.CODE_OF_RESULT.get(result)
            if app.attention != "[]" and (held := _json_list(app.attention)):
                kept = [c for c in held if c not in policy.RECORD_CODES]
                attention = kept + [code] if code else kept
            else:
                attention = [code] if code else []
            key = tuple(attention)
            attention = shared.setdefault(key, attention)
            if app.status == workflow.RECEIVED:
                # planned once per action: the permission and the table's check depend only on the
                # actor, the status (received) and the action, which every such row shares; each
                # row then gets its own event and audit entry with its own detail
                action = "checks_failed" if attention else "checks_passed"
                change = plans.get(action)
                if change is None:
                    change = plans[action] = workflow.plan(actor, app.status, action, application_id="", revision=0)
                app_updates.append({"pk": app.id, "v_status": change.to_status, "v_attention": attention,
                                    "v_at": now})
                events.append(change.event_row(app.id, app.revision, actor))
                entries.append((change.audit_action, f"application:{app.application_id}",
                                {**change.audit_detail, "revision": app.revision, "attention": attention,
                                 "request_id": obj["request_id"], "result": result}))
            else:  # e.g. approved, re-requested because the first answer went stale
                app_updates.append({"pk": app.id, "v_status": app.status, "v_attention": attention, "v_at": now})
                entries.append(("records.answer", f"application:{app.application_id}",
                                {"request_id": obj["request_id"], "result": result, "attention": attention}))
    entries.append(("records.load", f"record_batch:{answer_id}", {"rows": m["rows"], "applied": len(fresh)}))
    chained = audit.iter_entry_rows(s, actor, entries, detail_text=True)  # the chain's head, read now
    # the audit entries are chained while the server updates the applications (PostgreSQL)
    with _updating_apps(conn, app_updates, now) if app_updates else nullcontext():
        audit_rows = [_audit_values(entry) for entry in chained]
    # 支援措置: an answer `restricted` marks its application for good (records/restriction.py),
    # whichever revision or request it answers
    protected = sorted({req.application_pk for _, obj, req, _, _ in fresh if obj["result"] == "restricted"})
    for start in range(0, len(protected), 1000):
        conn.execute(_APPS.update().where(_APPS.c.id.in_(protected[start:start + 1000])).values(restricted=True))
    if events:
        copy_rows(conn, _EVENTS, events)
    with inserting(conn, _AUDIT, _AUDIT_COLS) as put_entry:
        for row in audit_rows:
            put_entry(row)


def _move_all(ex: Exchange, answer_id: str, dest: str) -> None:
    """The batch's files out of answers/, its manifest last: the manifest is what makes a
    batch pending (pending_batches), so a crash part way leaves it in answers/ with whatever
    is not moved yet, and the next run finishes the move (load_one), never a file without
    its manifest."""
    src = ex.path("answers")
    for name in (f"{answer_id}.jsonl", f"{answer_id}.manifest.sig", f"{answer_id}{SUFFIX}"):
        p = src / name
        if os.path.lexists(p):
            move_unique(p, ex.path(dest), sync=False)
    fsync_dir(ex.path(dest))
    fsync_dir(src)


def _refuse(bo: Backoffice, ex: Exchange, actor: Actor, answer_id: str, exc: Refused) -> None:
    with bo.db.write() as s:
        s.add(RecordBatch(batch_id=answer_id[:64], direction="answer", state="refused", rows=0,
                          created_at=utcnow(), reason=exc.reason, detail=exc.detail))
        audit.record(s, actor, "records.refused", f"record_batch:{answer_id}"[:200], reason=exc.reason,
                     detail=exc.detail, line=exc.line)
    reason = json.dumps({"reason": exc.reason, "detail": exc.detail, "line": exc.line}, ensure_ascii=False)
    ex.write_atomic("refused", f"{answer_id}.reason.json", (reason + "\n").encode("utf-8"))
    _move_all(ex, answer_id, "refused")
    log.warning("register answer batch %s refused: %s (line %s)", answer_id, exc.reason, exc.line)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while one batch is parsed and applied, and run once
    after. A batch of 10,000 answers makes some million dicts, lists and strings that all
    stay alive until the commit; the collector's automatic passes walked them again and
    again for nothing (a fifth of the load's CPU time, measured). Memory is still freed by
    reference counting meanwhile; only cycles wait, and the pause ends with the batch."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def load_one(bo: Backoffice, ex: Exchange, actor: Actor, answer_id: str,
             keys: list[Ed25519PublicKey]) -> int:
    """Check and apply one batch; returns the answers applied; raises Refused after moving it."""
    folder = ex.path("answers")
    if not os.path.lexists(folder / f"{answer_id}.jsonl") or not os.path.lexists(folder / f"{answer_id}.manifest.sig"):
        with bo.db.read() as s:
            state = s.scalar(select(RecordBatch.state).where(RecordBatch.batch_id == answer_id,
                                                             RecordBatch.direction == "answer"))
        if state in ("done", "refused"):  # a crash while its files were moved: finish the move
            _move_all(ex, answer_id, state)
            log.info("register answer batch %s: the move to %s/ finished", answer_id, state)
            return 0
    try:
        raw = _check_signature(folder, answer_id, keys)
        m = _check_manifest(raw, answer_id)
        _check_file(folder, m)
        with _no_cycle_collection(), bo.db.write() as s:
            fresh = _parse(folder, m, s)
            if fresh:
                _apply(s, actor, answer_id, m, fresh)
    except Refused as exc:
        _refuse(bo, ex, actor, answer_id, exc)
        raise
    _move_all(ex, answer_id, "done")
    log.info("register answer batch %s: %d answers applied", answer_id, len(fresh))
    return len(fresh)


def pending_batches(ex: Exchange) -> list[str]:
    """Answer ids whose manifest is in answers/ (a batch is whole only then), oldest name first."""
    folder = ex.path("answers")
    return sorted(name[:-len(SUFFIX)] for name in os.listdir(folder)
                  if name.endswith(SUFFIX) and not name.startswith(".") and len(name) > len(SUFFIX))


def load_answers(bo: Backoffice, actor: Actor) -> LoadReport:
    """`records load`: every whole answer batch in answers/; one bad batch never stops the rest."""
    require(actor, "records.exchange")
    ex = Exchange.of(bo.config.records_exchange)
    keys = load_public_keys(bo.config.records_public_keys)
    answered, refused, outcome = 0, 0, []
    with ex.lock():
        for answer_id in pending_batches(ex):
            try:
                answered += load_one(bo, ex, actor, answer_id, keys)
                outcome.append((answer_id, "done"))
            except Refused as exc:
                refused += 1
                outcome.append((answer_id, exc.reason))
    return LoadReport(answered, refused, tuple(outcome))
