"""Sync throughput: 1,000 valid signed bundles through `sync_once` (every bundle-v1 check,
applicant signature, pre-review checks, audit, notice, file moves) against a plain baseline
measured in the same run: unzip, hash and insert the same rows with no checks, one
transaction per bundle like the product (durability per bundle is the requirement).

Each round builds a fresh spool and database; the bundles are made durable first (a
bundle-v1 writer fsyncs every bundle), then the baseline and the product run over the same
files. The figures are the medians of the rounds.

Target here: >= 100 bundles/s on SQLite and a ratio >= 0.5.
    python benchmarks/bench_sync.py [--count 1000] [--rounds 3] [--db URL]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pgschema import throwaway_schema  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from backoffice.db.models import Application, Document, Revision  # noqa: E402
from backoffice.intake import gatewaykeys  # noqa: E402
from backoffice.intake.ingest import sync_once  # noqa: E402
from backoffice.timeutil import parse_rfc3339, utcnow  # noqa: E402
from tests import builders  # noqa: E402
from tests.conftest import make_backoffice  # noqa: E402


def make_bundles(n: int, inbox: Path, gw, pki) -> list[Path]:  # type: ignore[no-untyped-def]
    key, cert = pki.issue_signer("山田 太郎")
    paths = []
    png = builders.tiny_png(64, 48)
    for i in range(n):
        app = builders.sample_application(application_id=f"OSK-B-{i:06d}")
        app["attachments"][0]["sha256"] = builders.sha256_hex(png)
        app["attachments"][0]["size"] = len(png)
        data = builders.application_bytes(app)
        sig = builders.sign_application(data, key, cert, pki.chain)
        bundle_id, z = builders.build_bundle(data, {"a1": (png, "image/png")}, gateway_key=gw, signature=sig)
        p = inbox / f"{bundle_id}.zip"
        p.write_bytes(z)
        paths.append(p)
    return paths


def baseline(bo, paths: list[Path]) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    for i, p in enumerate(paths):
        with zipfile.ZipFile(p) as z:
            members = {n: z.read(n) for n in z.namelist()}
        for data in members.values():
            hashlib.sha256(data).hexdigest()
        app = json.loads(members["application.json"])
        json.loads(members["gateway.json"])  # parsed like the product does
        now = utcnow()
        a = app["applicant"]
        with bo.db.write() as s:
            pk = s.execute(insert(Application).returning(Application.id), [dict(
                application_id=f"BASE-{i}", revision=1, procedure=app["procedure"], department="市民課",
                status="ready_for_review", attention=[], applicant_name=a["name"],
                applicant_kana=a["name_kana"], search_key=a["name"], birth_date=None,
                postal_code=a["postal_code"], address=a["address"], delivery_method="mail", fee_due=600,
                submitted_at=parse_rfc3339(app["submitted_at"]), received_at=now, updated_at=now,
                paused_days=0)]).scalar_one()
            rev = s.execute(insert(Revision).returning(Revision.id), [dict(
                application_pk=pk, revision=1, bundle_id=str(uuid.uuid4()),
                application_json=members["application.json"], signature_json=members.get("application.sig.json"),
                gateway_json=members["gateway.json"], submitted_at=now, received_at=now,
                attention=[], signature_checks=[])]).scalar_one()
            s.execute(insert(Document), [dict(revision_pk=rev, attachment_id="a1", kind="identity_document",
                                              original_file="menkyo.png", path="files/a1.png",
                                              media_type="image/png", sha256="", pages=1, actions=[],
                                              data=members["files/a1.png"])])
    return time.perf_counter() - t0


def one_round(count: int, db: str | None) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp, \
            throwaway_schema(db or f"sqlite:///{Path(tmp) / 'bench.db'}") as url:
        tmp_path = Path(tmp)
        keys = tmp_path / "data" / "keys"
        keys.mkdir(parents=True)
        gw = builders.make_gateway_key()
        gatewaykeys.write_public_key(gw, keys / "gateway.pub.pem")
        pki = builders.TestPKI()
        anchor, crl = pki.write_files(keys)
        bo = make_backoffice(url, tmp_path, trust_anchors=(anchor,), crl=(crl,))
        bo.spool.ensure()
        paths = make_bundles(count, bo.spool.inbox, gw, pki)
        if hasattr(os, "sync"):
            os.sync()  # as a spool writer leaves them: durable, nothing left for others to flush
        base_s = baseline(bo, paths)
        t0 = time.perf_counter()
        summary = sync_once(bo)
        prod_s = time.perf_counter() - t0
        assert summary.ingested == count and summary.notices_written == count, summary.line()
        bo.close()
    return base_s, prod_s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    rounds = [one_round(args.count, args.db) for _ in range(args.rounds)]
    for i, (b, p) in enumerate(rounds, 1):
        print(f"round {i}: baseline {args.count / b:7.1f}/s  product {args.count / p:7.1f}/s  "
              f"ratio {b / p:.2f}")
    base_s = statistics.median(b for b, _ in rounds)
    prod_s = statistics.median(p for _, p in rounds)
    base_rate, prod_rate = args.count / base_s, args.count / prod_s
    engine = (args.db or "sqlite").split(":")[0].split("+")[0]
    print(f"engine: {engine}  bundles: {args.count}  rounds: {args.rounds} (medians below)")
    print(f"baseline (unzip+hash+insert): {base_rate:8.1f} bundles/s  ({base_s:.2f} s)")
    print(f"product sync_once:            {prod_rate:8.1f} bundles/s  ({prod_s:.2f} s)")
    print(f"ratio product/baseline: {prod_rate / base_rate:.2f}  (target >= 0.5; product target >= 100/s)")


if __name__ == "__main__":
    main()
