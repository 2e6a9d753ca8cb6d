"""Tamper-evident audit log: append-only, each entry hashing the previous entry's hash and
its own canonical content. Writers are serialized (PostgreSQL advisory lock; SQLite write
transactions are BEGIN IMMEDIATE) so the chain never forks and seq has no gaps."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from backoffice.accounts import sessions
from backoffice.accounts.permissions import Actor
from backoffice.db.engine import is_person, is_postgres
from backoffice.db.models import AuditEntry
from backoffice.platform.timeutil import as_utc, utcnow

GENESIS = "0" * 64
_PG_LOCK_KEY = 0x6175646974  # "audit"


def _canonical(seq: int, at: datetime, actor: str, workstation: str, action: str,
               target: str, detail: dict[str, Any], prev_hash: str) -> bytes:
    body = {
        "seq": seq, "at": as_utc(at).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor": actor, "workstation": workstation, "action": action, "target": target,
        "detail": detail, "prev": prev_hash,
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


_HASHED = ("seq", "at", "actor", "workstation", "action", "target", "detail", "prev_hash")


def _row_hash(row: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(**{k: row[k] for k in _HASHED})).hexdigest()


def entry_hash(e: AuditEntry) -> str:
    return _row_hash({k: getattr(e, k) for k in _HASHED})


def _head(session: Session) -> tuple[Any, int, str]:
    """(transaction, seq, hash) of the newest entry. The chain head is read once per
    transaction, under the lock, and then carried along: nobody else can append until this
    transaction ends."""
    head = session.info.get("audit_head")
    if head is None or head[0] is not session.get_transaction():
        if is_postgres(session):
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        head = (session.get_transaction(), *(last if last else (0, GENESIS)))
        session.info["audit_head"] = head
    return head  # type: ignore[no-any-return]


def lock_chain(session: Session) -> None:
    """Take the chain lock now (it is held until the transaction ends): a check-then-write
    that will be audited is then serialized with every other audited writer."""
    if is_person(session):  # the server's bo_audit finds the head itself, under the same lock
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        return
    _head(session)


def entry_row(session: Session, actor: Actor, action: str, target: str = "",
              **detail: Any) -> dict[str, Any]:
    """The next entry of the chain as a row for the caller to insert in this transaction
    (the intake sync inserts many at once); record() is the usual way in."""
    _, last_seq, prev = _head(session)
    seq = last_seq + 1
    # Microseconds are dropped: not every engine keeps them, and the hash must survive storage.
    row: dict[str, Any] = {
        "seq": seq, "at": utcnow().replace(microsecond=0), "actor": actor.code,
        "workstation": actor.workstation, "action": action, "target": target,
        "detail": json.loads(json.dumps(detail, ensure_ascii=False, default=str)), "prev_hash": prev,
    }
    row["hash"] = _row_hash(row)
    session.info["audit_head"] = (session.get_transaction(), seq, row["hash"])
    return row


_SCALARS = frozenset({str, int, bool, float, type(None)})


def _plain(value: Any) -> bool:
    """Is `value` stored as JSON exactly as it is (str, int, float, bool, None, and lists and
    dicts with string keys of those)? Then it needs no round trip through json. Exact types
    only: a subclass (an enum, say) takes the round trip, as before this shortcut. (Loops,
    not all() over generators: a register answer batch asks this of 10,000 details.)"""
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind is list:
        for v in value:
            if type(v) not in _SCALARS and not _plain(v):
                return False
        return True
    if kind is dict:
        for k, v in value.items():
            if type(k) is not str or (type(v) not in _SCALARS and not _plain(v)):
                return False
        return True
    return False


class JSONText(str):
    """A JSON value already serialised (canonical: sorted keys, no spaces, UTF-8), for a
    writer that stores it as it is instead of serialising the value again."""


_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def entry_rows(session: Session, actor: Actor,
               entries: Iterable[tuple[str, str, dict[str, Any]]], *,
               detail_text: bool = False) -> list[dict[str, Any]]:
    """Many entries of one unit of work at once, as rows for the caller to insert in this
    transaction: the same chain, hashes and contents that entry_row() gives one by one, with
    the time read once and a detail that is already plain JSON (see _plain) not serialised
    twice (a register answer batch writes one entry per application, records/answers.py).

    Each entry's detail is serialised once: its canonical JSON is spliced into the canonical
    JSON of the entry (the same bytes as _canonical's json.dumps of the whole, keys in sorted
    order: action, actor, at, detail, prev, seq, target, workstation). With detail_text the
    rows' detail is that text (a JSONText) for a writer that stores it as it is
    (records/answers.py); otherwise the value, as entry_row() gives it."""
    return list(iter_entry_rows(session, actor, entries, detail_text=detail_text))


def iter_entry_rows(session: Session, actor: Actor,
                    entries: Iterable[tuple[str, str, dict[str, Any]]], *,
                    detail_text: bool = False) -> Iterator[dict[str, Any]]:
    """entry_rows() one row at a time, for a writer that sends each row as it is made (the
    chain's head is read, under the lock, when this is called; the session's head moves on
    when the last row has been made)."""
    _, seq, prev = _head(session)
    return _rows(session, actor, entries, detail_text, seq, prev)


def _rows(session: Session, actor: Actor, entries: Iterable[tuple[str, str, dict[str, Any]]],
          detail_text: bool, seq: int, prev: str) -> Iterator[dict[str, Any]]:
    at = utcnow().replace(microsecond=0)
    at_text = as_utc(at).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    head = f',"actor":{_dumps(actor.code)},"at":{_dumps(at_text)},"detail":'
    tail = f',"workstation":{_dumps(actor.workstation)}}}'
    for action, target, detail in entries:
        if not _plain(detail):
            detail = json.loads(json.dumps(detail, ensure_ascii=False, default=str))
        seq += 1
        text = _dumps(detail)
        body = f'{{"action":{_dumps(action)}{head}{text},"prev":{_dumps(prev)},"seq":{seq},"target":{_dumps(target)}{tail}'
        digest = hashlib.sha256(body.encode()).hexdigest()
        yield {"seq": seq, "at": at, "actor": actor.code, "workstation": actor.workstation,
               "action": action, "target": target, "detail": JSONText(text) if detail_text else detail,
               "prev_hash": prev, "hash": digest}
        prev = digest
    session.info["audit_head"] = (session.get_transaction(), seq, prev)


def record(session: Session, actor: Actor, action: str, target: str = "", **detail: Any) -> AuditEntry | None:
    """Append one entry inside the caller's unit of work (it commits or rolls back with it).
    A staff login session must still be valid (issue 21): checked here, in the same
    transaction, so no change is committed for a session that has ended.

    A person connected as their own role (`[database] per_person`, issue 19) may not insert
    into the log: the entry is appended by the server's bo_audit, which takes the actor from
    the login role (never from `actor`) and the workstation from the connection's address;
    nothing is returned (the person may not read the log back)."""
    sessions.check_in(session, actor)
    if is_person(session):
        session.execute(text("SELECT bo_audit(:a, :t, CAST(:d AS jsonb))"),
                        {"a": action, "t": target,
                         "d": json.dumps(detail, ensure_ascii=False, default=str)})
        return None
    entry = AuditEntry(**entry_row(session, actor, action, target, **detail))
    session.add(entry)
    return entry


@dataclass(frozen=True)
class ChainReport:
    intact: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str = ""


def verify_entries(entries: Iterable[AuditEntry]) -> ChainReport:
    prev, expected_seq, count = GENESIS, 1, 0
    for e in entries:
        count += 1
        if e.seq != expected_seq:
            return ChainReport(False, count, expected_seq,
                               f"entry {expected_seq} is missing (next entry is {e.seq})")
        if e.prev_hash != prev:
            return ChainReport(False, count, e.seq, f"entry {e.seq} does not follow entry {e.seq - 1}")
        if entry_hash(e) != e.hash:
            return ChainReport(False, count, e.seq, f"entry {e.seq} was altered (hash mismatch)")
        prev, expected_seq = e.hash, expected_seq + 1
    return ChainReport(True, count)


def verify_chain(session: Session, batch: int = 5000) -> ChainReport:
    def stream() -> Iterable[AuditEntry]:
        after = 0
        while True:
            rows = session.scalars(
                select(AuditEntry).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(batch)
            ).all()
            if not rows:
                return
            yield from rows
            after = rows[-1].seq
            session.expunge_all()

    return verify_entries(stream())
