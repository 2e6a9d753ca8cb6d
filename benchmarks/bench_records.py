"""Loading a full register answer batch (records-v1 §3) against a bare load, measured in the
same run.

    .venv/bin/python benchmarks/bench_records.py [--count 10000] [--db URL] [--repeat 3]

Product: `load_answers` on one signed batch of N resident answers (a household of three
each) for N applications waiting in a real database: signature, manifest, hash and line
count, every line parsed and checked against its request's kind, the request lookup,
the 審査前処理 comparison (name folding, address forms), one transaction with the answers,
the status changes, events and audit entries, then the files moved to done/.
Bare: read the same JSONL, verify the same signature and hash, json.loads each line and
insert (request_id, result, as_of, answer) rows with one Core executemany.
Target: product/bare >= 0.5 (answers/s); the comparison alone <= 0.5 ms per application.
Best of --repeat for both; each product run gets a fresh database of waiting applications.

Floor (--floor): the part of the product's work that the spec and the design require of any
implementation, measured on the same batch in the same run, each part with nothing around it:
- writes: the four tables' rows of the batch, built before the clock starts, written the
  way the product writes them (records/bulk.py: executemany on SQLite, COPY on PostgreSQL;
  the applications by the product's own statement, answers._updating_apps),
  then the commit: the answers (records-v1 §3), the applications' status and attention, one
  event per changed application and one audit entry per transition (every transition is
  audited, design brief);
- checks: per line, json.loads, the §2.2 schema check, its SHA-256, the request's subject and
  the §4 comparison; the audit chain's canonical JSON and SHA-256 for every entry;
- lookups: each line's request (check 5, the comparison's subject) and each application's
  revision, status, attention and newest request (which change it gets), by the product's
  own statements.
bare / (writes + checks + lookups) is the best ratio the product could reach if everything else it
does (lookups, the loop, building rows, moving files) cost nothing. On PostgreSQL the server
works beside the client, so there the sum is an upper estimate of that floor, not a bound.
"""

from __future__ import annotations

import argparse
import base64
import gc
import hashlib
import json
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from pgschema import throwaway_schema  # noqa: E402
from sqlalchemy import Column, MetaData, String, Table, Text  # noqa: E402

from backoffice.accounts.permissions import system_actor  # noqa: E402
from backoffice.audit import log as audit  # noqa: E402
from backoffice.db.models import Application, ApplicationEvent, AuditEntry  # noqa: E402
from backoffice.db.models_records import RecordAnswer, RecordBatch, RecordRequest  # noqa: E402
from backoffice.platform.timeutil import utcnow  # noqa: E402
from backoffice.records import schema  # noqa: E402
from backoffice.records.answers import _in as answers_in  # noqa: E402
from backoffice.records.answers import _updating_apps as updating_apps  # noqa: E402
from backoffice.records.answers import load_answers  # noqa: E402
from backoffice.records.bulk import copy_rows, inserting  # noqa: E402
from backoffice.records.compare import compare  # noqa: E402
from backoffice.records.requests import request_pending  # noqa: E402
from tests import builders  # noqa: E402
from tests.conftest import make_backoffice  # noqa: E402
from tests.records.util import insert_waiting, resident_answer  # noqa: E402


def _batch(folder: Path, key: Ed25519PrivateKey, count: int) -> tuple[str, bytes, bytes, bytes]:
    raw = b"".join(json.dumps(resident_answer(i), ensure_ascii=False).encode() + b"\n" for i in range(count))
    aid = "bench-answers"
    manifest = json.dumps({"spec": "records/1", "batch_id": aid, "direction": "answer",
                           "created_at": "2026-11-30T10:00:00+09:00", "file": f"{aid}.jsonl", "rows": count,
                           "sha256": hashlib.sha256(raw).hexdigest()}).encode()
    sig = base64.b64encode(key.sign(manifest))
    return aid, raw, manifest, sig


def _put(folder: Path, aid: str, raw: bytes, manifest: bytes, sig: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{aid}.jsonl").write_bytes(raw)
    (folder / f"{aid}.manifest.sig").write_bytes(sig)
    (folder / f"{aid}.manifest.json").write_bytes(manifest)


def product_once(url_base: str | None, tmp: Path, n: int, key: Ed25519PrivateKey, keyfile: Path,
                 batch: tuple[str, bytes, bytes, bytes], as_agent: bool = False) -> float:
    run_dir = Path(tempfile.mkdtemp(dir=tmp))
    with throwaway_schema(url_base or f"sqlite:///{run_dir / 'bench.db'}") as url:
        bo = make_backoffice(url, run_dir)
        try:
            bo.config = replace(bo.config, records_exchange=run_dir / "records", records_public_keys=(keyfile,))
            insert_waiting(bo, n)
            actor = system_actor("bench")
            assert request_pending(bo, actor).rows == n
            if as_agent:  # the load as the agent's own role (issue 19), under row-level security
                from tests.persons import ActingDatabase

                schema = url.rsplit("%3D", 1)[1]
                bo.db = ActingDatabase(bo.db, schema, sorted(bo.catalog.departments()))
            _put(run_dir / "records" / "answers", *batch)
            t0 = time.perf_counter()
            report = load_answers(bo, actor)
            elapsed = time.perf_counter() - t0
            assert (report.answered, report.refused) == (n, 0), report
            return elapsed
        finally:
            bo.close()
            shutil.rmtree(run_dir, ignore_errors=True)


def floor_once(url_base: str | None, tmp: Path, n: int,
               batch: tuple[str, bytes, bytes, bytes]) -> tuple[float, float, float]:
    """(writes, checks, lookups) in seconds: see the module's docstring."""
    from sqlalchemy import func, select, type_coerce

    run_dir = Path(tempfile.mkdtemp(dir=tmp))
    with throwaway_schema(url_base or f"sqlite:///{run_dir / 'floor.db'}") as url:
        bo = make_backoffice(url, run_dir)
        try:
            bo.config = replace(bo.config, records_exchange=run_dir / "records")
            insert_waiting(bo, n)
            actor = system_actor("bench")
            assert request_pending(bo, actor).rows == n
            with bo.db.read() as s:
                reqs = {r.request_id: r for r in s.execute(select(
                    RecordRequest.request_id, RecordRequest.id, RecordRequest.application_pk,
                    RecordRequest.line)).all()}
            lines = batch[1].splitlines()
            # checks: what §2.2, §4 and the audit chain ask of every line and entry; the cycle
            # collector paused as the product pauses it for a batch (answers._no_cycle_collection)
            gc.disable()
            t0 = time.perf_counter()
            details = []
            for raw in lines:
                obj = json.loads(raw.decode("utf-8"))
                assert schema.answer(obj, "resident") is None
                hashlib.sha256(raw).hexdigest()
                req = json.loads(reqs[obj["request_id"]].line.decode("utf-8"))
                findings = compare("resident", obj["record"], req["subject"], req.get("jpki")).findings
                details.append(("application.checks_passed", obj["request_id"],
                                {"revision": 1, "from_status": "received", "to_status": "ready_for_review",
                                 "reason": None, "attention": list(findings), "request_id": obj["request_id"],
                                 "result": obj["result"]}))
            with bo.db.read() as s:
                chained = audit.entry_rows(s, actor, details, detail_text=True)
            checks = time.perf_counter() - t0
            # lookups: each line's request (check 5 and the comparison's subject) and each
            # application's revision, status, attention and newest request (which change it
            # gets), by the product's statements
            ids = sorted(reqs)
            t0 = time.perf_counter()
            with bo.db.write() as s:
                conn = s.connection()
                req_t, ans_t, app_t = cast_table(RecordRequest), cast_table(RecordAnswer), cast_table(Application)
                (where,) = answers_in(conn, req_t.c.request_id, ids)
                found = conn.execute(select(req_t.c.request_id, req_t.c.id, req_t.c.application_pk, req_t.c.revision,
                                            req_t.c.kind, req_t.c.batch_pk, ans_t.c.answer_sha256, req_t.c.line)
                                     .select_from(req_t.outerjoin(ans_t, ans_t.c.request_pk == req_t.c.id))
                                     .where(where)).all()
                pks = sorted({row[2] for row in found})
                (where,) = answers_in(conn, app_t.c.id, pks)
                apps = conn.execute(select(app_t.c.id, app_t.c.application_id, app_t.c.revision, app_t.c.status,
                                           type_coerce(app_t.c.attention, String)).where(where)).all()
                (where,) = answers_in(conn, req_t.c.application_pk, pks)
                newest = conn.execute(select(req_t.c.application_pk, func.max(req_t.c.id)).where(where)
                                      .group_by(req_t.c.application_pk)).all()
            lookups = time.perf_counter() - t0
            assert len(found) == len(apps) == len(newest) == n
            gc.enable()
            # writes: the same rows, built before the clock starts
            now = utcnow()
            with bo.db.write() as s:
                batch_row = RecordBatch(batch_id="floor", direction="answer", state="done", rows=n,
                                        sha256="0" * 64, created_at=now)
                s.add(batch_row)
                s.flush()
                batch_pk = batch_row.id
            answers = []
            for raw in lines:
                obj = json.loads(raw.decode("utf-8"))
                answers.append((reqs[obj["request_id"]].id, obj["result"], now, raw, hashlib.sha256(raw).hexdigest(),
                                now, batch_pk, []))
            pks = [r.application_pk for r in reqs.values()]
            updates = [{"pk": pk, "v_status": "ready_for_review", "v_attention": [], "v_at": now} for pk in pks]
            events = [{"application_pk": pk, "revision": 1, "at": now, "actor_id": None, "action": "checks_passed",
                       "from_status": "received", "to_status": "ready_for_review", "reason": None} for pk in pks]
            cols = ("request_pk", "result", "as_of", "answer", "answer_sha256", "answered_at", "batch_pk", "findings")
            audit_cols = ("seq", "at", "actor", "workstation", "action", "target", "detail", "prev_hash", "hash")
            gc.collect()
            gc.disable()
            with bo.db.write() as s:
                conn = s.connection()
                t0 = time.perf_counter()
                with inserting(conn, cast_table(RecordAnswer), cols) as put:
                    for row in answers:
                        put(row)
                with updating_apps(conn, updates, now):  # the product's statement (unnest on PostgreSQL)
                    pass
                copy_rows(conn, cast_table(ApplicationEvent), events)
                with inserting(conn, cast_table(AuditEntry), audit_cols) as put:
                    for entry in chained:
                        put(tuple(entry[c] for c in audit_cols))
            writes = time.perf_counter() - t0  # the commit included
            gc.enable()
            with bo.db.read() as s:  # every row written, every status changed
                assert s.scalar(select(func.count()).select_from(RecordAnswer)) == n
                assert s.scalar(select(func.count()).select_from(ApplicationEvent)) == n
                assert s.scalar(select(func.count()).select_from(Application)
                                .where(Application.status == "ready_for_review")) == n
                assert audit.verify_chain(s).intact
            return writes, checks, lookups
        finally:
            gc.enable()
            bo.close()
            shutil.rmtree(run_dir, ignore_errors=True)


def cast_table(model: Any) -> Table:
    return cast(Table, model.__table__)


def bare_once(url_base: str | None, tmp: Path, n: int, key: Ed25519PrivateKey,
              batch: tuple[str, bytes, bytes, bytes]) -> float:
    run_dir = Path(tempfile.mkdtemp(dir=tmp))
    aid = batch[0]
    _put(run_dir / "answers", *batch)
    with throwaway_schema(url_base or f"sqlite:///{run_dir / 'bare.db'}") as url:
        bo = make_backoffice(url, run_dir)
        table = Table("bare_answers", MetaData(), Column("request_id", String(64), primary_key=True),
                      Column("result", String(16)), Column("as_of", String(40)), Column("answer", Text))
        table.create(bo.db.engine)
        public = key.public_key()
        try:
            t0 = time.perf_counter()
            folder = run_dir / "answers"
            manifest = (folder / f"{aid}.manifest.json").read_bytes()
            public.verify(base64.b64decode((folder / f"{aid}.manifest.sig").read_bytes()), manifest)
            data = (folder / f"{aid}.jsonl").read_bytes()
            assert hashlib.sha256(data).hexdigest() == json.loads(manifest)["sha256"]
            rows = []
            for line in data.splitlines():
                obj = json.loads(line)
                rows.append({"request_id": obj["request_id"], "result": obj["result"], "as_of": obj["as_of"],
                             "answer": json.dumps(obj.get("record"), ensure_ascii=False)})
            with bo.db.engine.begin() as conn:
                conn.execute(table.insert(), rows)
            elapsed = time.perf_counter() - t0
            assert len(rows) == n
            return elapsed
        finally:
            bo.close()
            shutil.rmtree(run_dir, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file per run)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--floor", action="store_true",
                    help="also measure the work the spec and the design require of any implementation "
                         "(the four tables' writes and the per-line checks, see above) and print the best "
                         "ratio it leaves")
    ap.add_argument("--as-agent", action="store_true",
                    help="PostgreSQL: load as the agent's own role (backoffice_agent, under row-level "
                         "security: INSERT instead of COPY), as per-person installations run it")
    args = ap.parse_args()
    if args.as_agent and not (args.db or "").startswith("postgresql"):
        ap.error("--as-agent needs --db postgresql+psycopg://… (a superuser: the role and its grants are made)")
    tmp = Path(tempfile.mkdtemp(prefix="bench-records-"))
    try:
        key = Ed25519PrivateKey.generate()
        keyfile = tmp / "core.pub.pem"
        keyfile.write_bytes(builders.public_pem(key))
        batch = _batch(tmp, key, args.count)
        print(f"batch: {args.count} answers, {len(batch[1]) / 1e6:.1f} MB JSONL")
        t_product = [product_once(args.db, tmp, args.count, key, keyfile, batch, args.as_agent)
                     for _ in range(args.repeat)]
        t_bare = [bare_once(args.db, tmp, args.count, key, batch) for _ in range(args.repeat)]
        p, b = args.count / min(t_product), args.count / min(t_bare)
        who = " as backoffice_agent" if args.as_agent else ""
        print(f"product load_answers{who}: {p:10,.0f} answers/s  ({min(t_product):.2f} s, "
              f"runs {', '.join(f'{t:.2f}' for t in t_product)} s)")
        print(f"bare verify+parse+insert: {b:10,.0f} answers/s  ({min(t_bare):.2f} s)")
        print(f"ratio product/bare: {p / b:.2f}  (target >= 0.50)")
        if args.floor:
            floors = [floor_once(args.db, tmp, args.count, batch) for _ in range(args.repeat)]
            writes, checks, lookups = (min(f[i] for f in floors) for i in range(3))
            floor = writes + checks + lookups

            def runs(i: int) -> str:
                return ", ".join(f"{f[i]:.2f}" for f in floors)
            print(f"floor: writes {writes:.2f} s (runs {runs(0)}) + checks {checks:.2f} s (runs {runs(1)}) "
                  f"+ lookups {lookups:.2f} s (runs {runs(2)}) = {floor:.2f} s; "
                  f"product {min(t_product):.2f} s is {min(t_product) / floor:.2f} x the floor")
            print(f"best ratio the floor leaves: bare/floor {min(t_bare) / floor:.2f}"
                  f"{' (PostgreSQL: an estimate, the server works beside the client)' if args.db else ''}")
        answer = resident_answer(1)
        subject = {"name": "山田 1", "birth": "1980-01-01", "address": "大阪府大阪市北区中之島1-3-20"}
        jpki = {"name": "山田 1", "birth": "1980-01-01", "sex": "1", "address": "大阪府大阪市北区中之島1-3-20"}
        n = 20_000
        t0 = time.perf_counter()
        for _ in range(n):
            compare("resident", answer["record"], subject, jpki)
        print(f"comparison: {(time.perf_counter() - t0) / n * 1e3:.3f} ms per application (target <= 0.5 ms)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
