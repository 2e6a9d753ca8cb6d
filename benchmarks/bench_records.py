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
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from pgschema import throwaway_schema  # noqa: E402
from sqlalchemy import Column, MetaData, String, Table, Text  # noqa: E402

from backoffice.accounts.permissions import system_actor  # noqa: E402
from backoffice.records.answers import load_answers  # noqa: E402
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
