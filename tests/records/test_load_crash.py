"""records-v1 §3 across crashes: SIGKILL `backoffice records load` at random moments over
several signed answer batches, then a clean run; every batch is applied all or nothing
(each application's status matches its answer exactly once, one event per answer), the
files end in done/, nothing is left in answers/ or tmp/. Both engines."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from backoffice.accounts.permissions import system_actor
from backoffice.db.models import Application, ApplicationEvent
from backoffice.db.models_records import RecordAnswer, RecordRequest
from backoffice.records.requests import request_pending
from tests import builders
from tests.records.util import insert_waiting, resident_answer

ROOT = Path(__file__).resolve().parents[2]
SOAK = os.environ.get("FAULT_SOAK") == "1"  # the sizes it was written with (docs/testing.md)
BATCHES = int(os.environ.get("RECORDS_LOAD_BATCHES", "16" if SOAK else "8"))
PER_BATCH = int(os.environ.get("RECORDS_LOAD_ROWS", "400" if SOAK else "250"))


def _write_batch(folder: Path, key: Ed25519PrivateKey, aid: str, answers: list[dict]) -> None:
    raw = b"".join(json.dumps(a, ensure_ascii=False).encode() + b"\n" for a in answers)
    man = json.dumps({"spec": "records/1", "batch_id": aid, "direction": "answer",
                      "created_at": "2026-11-30T10:00:00+09:00", "file": f"{aid}.jsonl", "rows": len(answers),
                      "sha256": hashlib.sha256(raw).hexdigest()}).encode()
    (folder / f"{aid}.jsonl").write_bytes(raw)
    (folder / f"{aid}.manifest.sig").write_bytes(base64.b64encode(key.sign(man)))
    (folder / f"{aid}.manifest.json").write_bytes(man)


def test_sigkill_during_records_load(bo, tmp_path):
    rng = random.Random(20261130)
    exchange = tmp_path / "records"
    key = Ed25519PrivateKey.generate()
    keyfile = tmp_path / "core.pub.pem"
    keyfile.write_bytes(builders.public_pem(key))
    conf = tmp_path / "records.toml"
    conf.write_text(f'[database]\nurl = "{bo.config.database_url}"\n[records]\nexchange = "{exchange}"\n'
                    f'public_keys = ["{keyfile}"]\n', encoding="utf-8")
    from dataclasses import replace

    bo.config = replace(bo.config, records_exchange=exchange, records_public_keys=(keyfile,))
    total = BATCHES * PER_BATCH
    insert_waiting(bo, total)
    assert request_pending(bo, system_actor("t")).rows == total
    answers_dir = exchange / "answers"
    for b in range(BATCHES):
        answers = [resident_answer(i) for i in range(b * PER_BATCH, (b + 1) * PER_BATCH)]
        for a in answers[::7]:  # some differ from the application: needs_attention
            a["record"]["person"]["birth"] = "1980-01-02"
        _write_batch(answers_dir, key, f"batch-{b:02d}", answers)
    cmd = [sys.executable, "-m", "backoffice.cli.main", "--config", str(conf), "records", "load"]
    kills = 0
    for _ in range(30):
        if not any(answers_dir.glob("*.manifest.json")):
            break
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        done = len(list((exchange / "done").glob("*"))) if (exchange / "done").exists() else 0
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:  # kill once it makes progress,
            if (exchange / "done").exists() and len(list((exchange / "done").glob("*"))) > done:
                # somewhere in the next batch (or between): a batch of 250 answers now takes some
                # 20-60 ms, so a longer wait let one process finish every batch unkilled
                time.sleep(rng.uniform(0, 0.05))
                break
            time.sleep(0.005)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
        else:
            assert proc.returncode == 0, proc.stderr.read().decode()
    done_before = len(list((exchange / "done").glob("*.manifest.json")))
    final = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    assert not list(answers_dir.iterdir())
    assert len(list((exchange / "done").glob("*.manifest.json"))) >= BATCHES
    assert not list((exchange / "refused").iterdir()) if (exchange / "refused").exists() else True
    with bo.db.read() as s:
        counts = dict(s.execute(select(Application.status, func.count()).group_by(Application.status)).all())
        events = s.scalar(select(func.count()).select_from(ApplicationEvent)
                          .where(ApplicationEvent.action.in_(("checks_passed", "checks_failed"))))
        unanswered = s.scalar(select(func.count()).select_from(RecordRequest).where(
            ~select(RecordAnswer.request_pk).where(RecordAnswer.request_pk == RecordRequest.id).exists()))
    mismatched = sum(len(range(b * PER_BATCH, (b + 1) * PER_BATCH)[::7]) for b in range(BATCHES))
    assert unanswered == 0 and events == total  # every answer applied exactly once
    assert counts == {"needs_attention": mismatched, "ready_for_review": total - mismatched}
    print(f"\nrecords load crash test ({bo.db.dialect}): {BATCHES} batches of {PER_BATCH}, {kills} SIGKILLs, "
          f"{done_before} batches done before the last run")
    assert kills >= 3 and done_before >= 1, "kills must land between and inside batches"
