"""Register requests, exactly once (records-v1 §2.1).

The protocol (the order is what makes it exactly once across crashes):

1. Under the exchange lock, first finish every request batch left `pending` by an
   interrupted run (same batch_id, same bytes: the lines are kept in the database).
2. One transaction: every application revision that waits for its answer (status
   `received`, a record procedure, identity verified, no request yet for that revision)
   gets its request row; those and every re-request queued by issuance (a stale answer)
   join a new RecordBatch `pending` with their exact JSON line; audit `records.request`;
   commit. From here a request belongs to exactly one batch whatever happens.
3. Write `<batch_id>.jsonl`, then `<batch_id>.manifest.json`, each through `tmp/`, fsynced
   and renamed; the manifest last, so the core systems never see half a batch.
4. Mark the batch `written`.

A crash before 2 commits leaves nothing; between 2 and 4 step 1 of the next run rewrites
the same files (a manifest already on disk over a matching file is kept as it is).
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, func, select
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db import units
from backoffice.db.models import Application, Revision
from backoffice.db.models_records import RecordAnswer, RecordBatch, RecordRequest
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import rfc3339, utcnow
from backoffice.records import jpki, policy
from backoffice.records.exchange import Exchange

log = logging.getLogger(__name__)

SPEC = "records/1"


@dataclass(frozen=True)
class RequestReport:
    batch_id: str | None  # the batch written by this run (None: nothing to request)
    rows: int  # requests whose files this run wrote (also those of completed interrupted batches)
    recovered: tuple[str, ...] = ()  # batches of an interrupted run completed first

    def line(self) -> str:
        return f"requested {self.rows}"


def request_id(application_id: str, revision: int, seq: int) -> str:
    """`<application_id>.r<revision>`, and `.<n>` for the n-th request of a revision (n >= 2)."""
    return f"{application_id}.r{revision}" + (f".{seq}" if seq > 1 else "")


def _bool(value: Any) -> bool:
    return value is True


def _fiscal_year(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def options(kind: str, form: dict[str, Any]) -> dict[str, Any]:
    """§2.1 options by kind, from the applicant's form (false/null when absent)."""
    if kind == "resident":
        return {"include_household": _bool(form.get("include_household")),
                "include_honseki": _bool(form.get("include_honseki"))}
    if kind == "seal":
        return {"registration_number": _text(form.get("registration_number"))}
    if kind == "tax":
        return {"fiscal_year": _fiscal_year(form.get("fiscal_year"))}
    scope = form.get("scope")
    if scope not in ("all", "individual"):
        scope = "individual" if "抄" in str(form.get("kind") or "") else "all"
    return {"honseki": _text(form.get("honseki")), "hittousha": _text(form.get("hittousha")),
            "scope": scope}


def build_line(rid: str, application_id: str, revision: int, kind: str, requested_at: datetime,
               application_json: bytes, signature_json: bytes | None) -> bytes:
    """One request line (UTF-8, no line break), keys in the spec's order."""
    aj = json.loads(application_json)
    a = aj.get("applicant") or {}
    form = aj.get("form") if isinstance(aj.get("form"), dict) else {}
    line = {
        "request_id": rid, "application_id": application_id, "revision": revision, "kind": kind,
        "requested_at": rfc3339(requested_at),
        "subject": {"name": a.get("name", ""), "name_kana": a.get("name_kana", ""),
                    "birth": a.get("birth_date"), "address": a.get("address", ""),
                    "postal_code": a.get("postal_code", "")},
        "jpki": jpki.facts(signature_json),
        "options": options(kind, form),
    }
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _queue_new(s: Session, bo: Backoffice, now: datetime) -> int:
    """Request rows for every revision that waits for its answer and has none yet."""
    kinds = {p.code: p.record for p in bo.catalog if p.record is not None}
    if not kinds:
        return 0
    has = select(RecordRequest.id).where(RecordRequest.application_pk == Application.id,
                                          RecordRequest.revision == Application.revision).exists()
    rows = s.execute(select(Application.id, Application.revision, Application.procedure,
                            Application.attention)
                     .where(Application.status == "received", Application.procedure.in_(sorted(kinds)),
                            ~has).order_by(Application.id)).all()
    new = [{"application_pk": pk, "revision": rev, "seq": 1, "kind": kinds[proc], "queued_at": now,
            "request_id": ""} for pk, rev, proc, attention in rows
           if not policy.IDENTITY_CODES.intersection(attention or [])]
    if not new:
        return 0
    ids = dict(s.execute(select(Application.id, Application.application_id)
                         .where(Application.id.in_([r["application_pk"] for r in new]))).all())
    for r in new:
        r["request_id"] = request_id(ids[r["application_pk"]], r["revision"], 1)
    s.execute(cast(Table, RecordRequest.__table__).insert(), new)
    return len(new)


def queue_again(s: Session, app: Application, kind: str) -> str:
    """Queue a re-request for the application's current revision (§5: a stale answer);
    returns its request_id. The next `records request` sends it."""
    seq = (s.scalar(select(func.max(RecordRequest.seq)).where(
        RecordRequest.application_pk == app.id, RecordRequest.revision == app.revision)) or 0) + 1
    pending = s.scalar(select(RecordRequest.request_id).where(
        RecordRequest.application_pk == app.id, RecordRequest.revision == app.revision,
        ~select(RecordAnswer.request_pk).where(RecordAnswer.request_pk == RecordRequest.id).exists()))
    if pending is not None:  # one already waits for its answer: never two at once
        return pending
    rid = request_id(app.application_id, app.revision, seq)
    s.add(RecordRequest(request_id=rid, application_pk=app.id, revision=app.revision, seq=seq,
                        kind=kind, queued_at=utcnow()))
    return rid


def _new_batch(s: Session, bo: Backoffice, actor: Actor) -> int | None:
    """Step 2: one transaction makes the batch and fixes its lines."""
    now = utcnow()
    _queue_new(s, bo, now)
    queued = s.execute(units.for_update(s, select(RecordRequest.id, RecordRequest.request_id, RecordRequest.revision,
                                                  RecordRequest.kind, Application.application_id,
                                                  Revision.application_json, Revision.signature_json)
                                           .join(Application, Application.id == RecordRequest.application_pk)
                                           .join(Revision, and_(Revision.application_pk == RecordRequest.application_pk,
                                                                Revision.revision == RecordRequest.revision))
                                           .where(RecordRequest.batch_pk.is_(None))
                                           .order_by(RecordRequest.id), of=RecordRequest)).all()
    if not queued:
        return None
    batch = RecordBatch(batch_id=str(uuid.uuid4()), direction="request", state="pending",
                        rows=len(queued), created_at=now)
    s.add(batch)
    s.flush()
    table = cast(Table, RecordRequest.__table__)
    rows = [{"pk": rpk, "v_batch": batch.id, "v_line": build_line(rid, app_id, rev, kind, now, app_json, sig_json)}
            for rpk, rid, rev, kind, app_id, app_json, sig_json in queued]
    s.connection().execute(table.update().where(table.c.id == bindparam("pk"))
                           .values(batch_pk=bindparam("v_batch"), line=bindparam("v_line")), rows)
    audit.record(s, actor, "records.request", f"record_batch:{batch.batch_id}", rows=len(queued))
    return batch.id


def _manifest(batch_id: str, created_at: datetime, rows: int, sha: str, direction: str = "request") -> bytes:
    return (json.dumps({"spec": SPEC, "batch_id": batch_id, "direction": direction,
                        "created_at": rfc3339(created_at), "file": f"{batch_id}.jsonl", "rows": rows,
                        "sha256": sha}, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _write_batch(bo: Backoffice, ex: Exchange, batch_pk: int) -> tuple[str, int]:
    """Steps 3 and 4 for one batch (also the completion of an interrupted one)."""
    with bo.db.read() as s:
        batch = s.get(RecordBatch, batch_pk)
        assert batch is not None
        batch_id, created_at = batch.batch_id, batch.created_at
        lines = s.scalars(select(RecordRequest.line).where(RecordRequest.batch_pk == batch_pk)
                          .order_by(RecordRequest.id)).all()
    data = b"".join(bytes(line or b"") + b"\n" for line in lines)
    sha = hashlib.sha256(data).hexdigest()
    manifest = _manifest(batch_id, created_at, len(lines), sha)
    req = ex.path("requests")
    on_disk = req / f"{batch_id}.jsonl"
    if not ((req / f"{batch_id}.manifest.json").exists() and on_disk.exists()
            and hashlib.sha256(on_disk.read_bytes()).hexdigest() == sha):
        ex.write_atomic("requests", f"{batch_id}.jsonl", data)
        ex.write_atomic("requests", f"{batch_id}.manifest.json", manifest)
    with bo.db.write() as s:
        b = s.get(RecordBatch, batch_pk)
        assert b is not None
        b.state, b.sha256 = "written", sha
    log.info("register request batch %s: %d requests", batch_id, len(lines))
    return batch_id, len(lines)


def request_pending(bo: Backoffice, actor: Actor) -> RequestReport:
    """`records request`: one batch with every request not yet sent (none: no batch)."""
    require(actor, "records.exchange")
    ex = Exchange.of(bo.config.records_exchange)
    with ex.lock():
        with bo.db.read() as s:
            pending = s.scalars(select(RecordBatch.id).where(
                RecordBatch.direction == "request", RecordBatch.state == "pending")
                .order_by(RecordBatch.id)).all()
        done = [_write_batch(bo, ex, pk) for pk in pending]
        recovered = tuple(bid for bid, _ in done)
        earlier = sum(n for _, n in done)
        with bo.db.write() as s:
            batch_pk = _new_batch(s, bo, actor)
        if batch_pk is None:
            return RequestReport(None, earlier, recovered)
        batch_id, rows = _write_batch(bo, ex, batch_pk)
        return RequestReport(batch_id, earlier + rows, recovered)
