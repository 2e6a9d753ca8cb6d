"""Sync throughput on the real mix: bundles like those the gateway really hands over (every
one signed by its own JPKI-style certificate, root -> intermediate -> signer, checked
against a CRL; two attachments each, a 2-page PDF rebuilt as page images and a PNG photo,
both made by the gateway's own code) through `sync_once` (every bundle-v1 check, applicant
signature, pre-review checks, audit, notice, file moves) against a plain baseline measured
in the same run over the same files: unzip, hash and insert the same rows with no checks,
committed like the product commits (GROUP_SIZE bundles per transaction).

The rate is marginal: (count - small) / (time(count) - time(small)), so start-up (imports,
first connection, caches) cancels out. Each run builds a fresh spool and database; the
bundles are made durable first (a bundle-v1 writer fsyncs every bundle). Medians of rounds.

Target: ratio >= 0.5.
    python benchmarks/bench_sync.py [--small 100] [--count 500] [--rounds 3] [--db URL]
"""

from __future__ import annotations

import argparse
import hashlib
import io
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

import keyring  # noqa: E402
from pgschema import throwaway_schema  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from backoffice.accounts import keystore  # noqa: E402
from backoffice.db.models import Application, Document, Revision  # noqa: E402
from backoffice.gateway import keys as gatewaykeys  # noqa: E402
from backoffice.intake.ingest import GROUP_SIZE, sync_once  # noqa: E402
from backoffice.platform.timeutil import parse_rfc3339, utcnow  # noqa: E402
from tests import builders  # noqa: E402
from tests.conftest import make_backoffice  # noqa: E402
from tests.memkeyring import MemoryKeyring  # noqa: E402


def real_attachments() -> tuple[bytes, bytes]:
    """What the gateway really hands over: a 2-page PDF rebuilt as page images (150 dpi)
    and a re-encoded PNG photo of an identity document, made by the gateway's own code."""
    import random
    from datetime import date

    from PIL import Image

    from backoffice.demo.data import id_card_jpeg, multipage_pdf
    from backoffice.gateway.disarm import disarm_image, disarm_pdf
    from backoffice.gateway.sanitize import SanitizeLimits

    limits = SanitizeLimits()
    pdf = disarm_pdf(multipage_pdf("住民票", "山田 太郎", 2), "application/pdf", limits)[0]
    photo = io.BytesIO()
    Image.open(io.BytesIO(id_card_jpeg("山田 太郎", date(1980, 1, 1), "大阪市北区中之島1-3-20",
                                       random.Random(7)))).save(photo, "PNG")
    png = disarm_image(photo.getvalue(), "image/png", limits)[0]
    return pdf, png


def make_bundles(n: int, inbox: Path, gw, pki, files: tuple[bytes, bytes]) -> list[Path]:  # type: ignore[no-untyped-def]
    """n bundles like the real ones: each signed by its own JPKI signer certificate (root ->
    intermediate -> signer, checked against the CRL), with a 2-page PDF and a PNG."""
    pdf, png = files
    paths = []
    for i in range(n):
        key, cert = pki.issue_signer(f"山田 太郎{i}")
        app = builders.sample_application(application_id=f"OSK-B-{i:06d}")
        app["attachments"] = [
            {"id": "a1", "file": "menkyo.png", "kind": "identity_document",
             "sha256": builders.sha256_hex(png), "size": len(png)},
            {"id": "a2", "file": "shorui.pdf", "kind": "supporting_document",
             "sha256": builders.sha256_hex(pdf), "size": len(pdf)},
        ]
        data = builders.application_bytes(app)
        sig = builders.sign_application(data, key, cert, pki.chain)
        bundle_id, z = builders.build_bundle(data, {"a1": (png, "image/png"), "a2": (pdf, "application/pdf")},
                                             gateway_key=gw, signature=sig)
        p = inbox / f"{bundle_id}.zip"
        p.write_bytes(z)
        paths.append(p)
    return paths


def baseline(bo, paths: list[Path]) -> float:  # type: ignore[no-untyped-def]
    """Unzip, hash, insert; committed like the product commits (GROUP_SIZE bundles per
    transaction), so both pay the same number of durable commits."""
    t0 = time.perf_counter()
    for start in range(0, len(paths), GROUP_SIZE):
        with bo.db.write() as s:
            for i, p in enumerate(paths[start:start + GROUP_SIZE], start):
                _insert_plain(s, i, p)
    return time.perf_counter() - t0


def _insert_plain(s, i: int, p: Path) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(p) as z:
        members = {n: z.read(n) for n in z.namelist()}
    for data in members.values():
        hashlib.sha256(data).hexdigest()
    app = json.loads(members["application.json"])
    json.loads(members["gateway.json"])  # parsed like the product does
    now = utcnow()
    a = app["applicant"]
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
    docs = [dict(revision_pk=rev, attachment_id=f["attachment_id"], kind="identity_document",
                 original_file=f["path"], path=f["path"], media_type=f["media_type"], sha256="",
                 pages=f["pages"], actions=[], data=members[f["path"]])
            for f in json.loads(members["gateway.json"])["files"]]
    s.execute(insert(Document), docs)


def one_round(count: int, db: str | None, files: tuple[bytes, bytes]) -> tuple[float, float]:
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
        # the workstation's outbox key: the sync signs each notice into the outbox (portal-v1 §1);
        # without it notices wait in the database and the product would skip that work
        keystore.create_issuing_key(bo.config.outbox_kid, kind="outbox")
        bo.spool.ensure()
        paths = make_bundles(count, bo.spool.inbox, gw, pki, files)
        if hasattr(os, "sync"):
            os.sync()  # as a spool writer leaves them: durable, nothing left for others to flush
        base_s = baseline(bo, paths)
        t0 = time.perf_counter()
        summary = sync_once(bo)
        prod_s = time.perf_counter() - t0
        # every notice written (the first sync also publishes the portal's catalog/1 and slots/1)
        assert summary.ingested == count and summary.notices_written >= count, (summary.line(), summary.notices_written)
        bo.close()
    return base_s, prod_s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--count", type=int, default=500, help="the larger run; the marginal rate is over small -> count")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--db", default=None)
    ap.add_argument("--tiny", action="store_true",
                    help="tiny attachments (a 2-page 8x8 px PDF and an 8x8 PNG): the fixed cost per bundle alone")
    args = ap.parse_args()
    keyring.set_keyring(MemoryKeyring())  # the outbox key of each round (headless: no OS store)
    files = (builders.tiny_pdf(2), builders.tiny_png()) if args.tiny else real_attachments()
    print(f"attachments: {len(files[0]) / 1024:.0f} KiB 2-page PDF, {len(files[1]) / 1024:.0f} KiB PNG; "
          f"every bundle signed by its own certificate (root -> intermediate -> signer, CRL)")
    small = [one_round(args.small, args.db, files) for _ in range(args.rounds)]
    large = [one_round(args.count, args.db, files) for _ in range(args.rounds)]
    for label, n, rounds in (("small", args.small, small), ("large", args.count, large)):
        for i, (b, p) in enumerate(rounds, 1):
            print(f"{label} round {i} ({n} bundles): baseline {n / b:7.1f}/s  product {n / p:7.1f}/s  ratio {b / p:.2f}")
    b_small, p_small = (statistics.median(x[k] for x in small) for k in (0, 1))
    b_large, p_large = (statistics.median(x[k] for x in large) for k in (0, 1))
    extra = args.count - args.small
    base_rate, prod_rate = extra / (b_large - b_small), extra / (p_large - p_small)
    engine = (args.db or "sqlite").split(":")[0].split("+")[0]
    print(f"engine: {engine}  marginal over {args.small} -> {args.count} bundles, medians of {args.rounds} rounds")
    print(f"baseline (unzip+hash+insert): {base_rate:8.1f} bundles/s  ({b_small:.2f} s -> {b_large:.2f} s)")
    print(f"product sync_once:            {prod_rate:8.1f} bundles/s  ({p_small:.2f} s -> {p_large:.2f} s)")
    print(f"ratio product/baseline: {prod_rate / base_rate:.2f}  (target >= 0.5, marginal)")


if __name__ == "__main__":
    main()
