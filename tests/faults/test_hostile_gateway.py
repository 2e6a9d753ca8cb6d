"""A corpus of >= 200 generated hostile or broken files through the real gateway and sync:
every file ends as a sanitized attachment or a rejection with a reason, every bundle is
ingested or quarantined, and nothing crashes or hangs."""

from __future__ import annotations

import hashlib
import json
import os
import random
import time

from sqlalchemy import select

from backoffice.db.models import Document
from backoffice.gateway import keys as gatewaykeys
from backoffice.gateway.bundler import run_gateway
from backoffice.gateway.sanitize import SanitizeLimits
from backoffice.intake.ingest import sync_once
from tests import builders
from tests.intake import hostile
from tests.intake.conftest import make_env

N_FILES = int(os.environ.get("HOSTILE_FILES", "1000" if os.environ.get("FAULT_SOAK") == "1" else "210"))
PER_SUBMISSION = 10


def _mutants(rng: random.Random, n: int) -> list[tuple[str, bytes]]:
    seeds = {"jpg": hostile.jpeg_with_exif((320, 240)), "png": hostile.png_with_text(),
             "pdf": hostile.reportlab_pdf(2), "gif": hostile.animated_gif(), "tif": hostile.multipage_tiff(2)}
    files = [(name, data) for name, data in hostile.hostile_corpus().items()]
    while len(files) < n:
        ext, data = rng.choice(list(seeds.items()))
        b = bytearray(data)
        op = rng.choice(["flip", "truncate", "splice", "zero", "dup"])
        if op == "flip":
            for _ in range(rng.randint(1, 40)):
                b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        elif op == "truncate":
            b = b[: rng.randrange(1, len(b))]
        elif op == "splice":
            other = rng.choice(list(seeds.values()))
            cut = rng.randrange(len(b))
            b = b[:cut] + other[rng.randrange(len(other)):]
        elif op == "zero":
            start = rng.randrange(len(b))
            b[start:start + rng.randint(1, 500)] = bytes(min(500, len(b) - start))
        else:
            start = rng.randrange(len(b))
            b = b[:start] + b[start:start + 300] * rng.randint(2, 20) + b[start:]
        files.append((f"m{len(files):04d}-{op}.{ext}", bytes(b)))
    return files[:n]


def test_hostile_corpus_through_gateway_and_sync(sqlite_url, tmp_path):
    env = make_env(sqlite_url, tmp_path)
    key_file = tmp_path / "gateway.pem"
    gw = builders.make_gateway_key()
    gatewaykeys.write_private_key(gw, key_file)
    gatewaykeys.write_public_key(gw, env.bo.config.gateway_public_keys[0])
    rng = random.Random(2026)
    files = _mutants(rng, N_FILES)
    raw = tmp_path / "raw"
    for i in range(0, len(files), PER_SUBMISSION):
        chunk = files[i:i + PER_SUBMISSION]
        folder = raw / f"sub-{i:05d}"
        folder.mkdir(parents=True)
        app = builders.sample_application(application_id=f"OSK-H-{i:05d}", delivery__method="counter",
                                          payment=None)
        app["attachments"] = []
        for j, (name, data) in enumerate(chunk):
            (folder / name).write_bytes(data)
            app["attachments"].append({"id": f"h{j}", "file": name, "kind": "other",
                                       "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
        (folder / "application.json").write_text(json.dumps(app, ensure_ascii=False), encoding="utf-8")
    t0 = time.perf_counter()
    report = run_gateway(raw, key_file, env.bo.spool, limits=SanitizeLimits(timeout_seconds=20))
    t_gateway = time.perf_counter() - t0
    assert report.failed == []
    summary = sync_once(env.bo)
    assert summary.problems == []
    assert summary.ingested + summary.quarantined == len(report.bundles)
    with env.bo.db.read() as s:
        docs = s.execute(select(Document.media_type, Document.rejected_reason)).all()
    sanitized = [m for m, r in docs if m]
    rejected = [r for m, r in docs if not m]
    assert len(docs) == len(files)
    assert all(m in ("application/pdf", "image/png", "image/jpeg") for m in sanitized)
    assert all(r and len(r) > 5 for r in rejected)  # each rejection says why
    print(f"\nhostile corpus: {len(files)} files in {len(report.bundles)} submissions: "
          f"{len(sanitized)} sanitized, {len(rejected)} rejected with a reason; "
          f"gateway {t_gateway:.1f} s ({t_gateway / len(files) * 1000:.0f} ms/file), sync ok")
    env.bo.close()
