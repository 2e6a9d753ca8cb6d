"""Crash safety of the signed outbox (portal-v1 §1, issue 17 "Bad input"): SIGKILL
`backoffice sync --once` at random moments while it writes thousands of messages and new
ones keep being made, then a clean run. Every message is in outbox/ exactly once, as its
JSON and a .sig that verifies over the JSON's bytes, matching the database; no JSON is
left without its signature. Both engines."""

from __future__ import annotations

import base64
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_public_key
from sqlalchemy import func, select

from backoffice.accounts import keystore
from backoffice.db.models_portal import OutboxMessage
from backoffice.portal import outbox
from tests.intake.test_sync import _config_file

ROOT = Path(__file__).resolve().parents[2]
SOAK = os.environ.get("FAULT_SOAK") == "1"  # the sizes it was written with (docs/testing.md)
N_START = int(os.environ.get("OUTBOX_CRASH_MESSAGES", "3000" if SOAK else "800"))
KILLS = int(os.environ.get("OUTBOX_CRASH_KILLS", "10" if SOAK else "6"))


def _make(bo, n: int, start: int) -> None:
    with bo.db.write() as s:
        for i in range(start, start + n):
            outbox.publish(s, "faq/1", f"faq:crash-{i}", {
                "faq_id": f"crash-{i}", "category": "テスト", "procedure": None,
                "question": f"質問 {i} 𠮷", "answer": "回答" * (i % 50), "withdrawn": False, "version": 1})


def test_sigkill_while_the_outbox_is_written(env, tmp_path):
    rng = random.Random(20261130)
    bo = env.bo
    _make(bo, N_START, 0)
    total = N_START
    cmd = [sys.executable, "-m", "backoffice.cli.main", "--config", _config_file(env, tmp_path), "sync", "--once"]
    kills = inside = rounds = 0
    while kills < KILLS:
        assert rounds < 6 * KILLS, f"only {kills} of {rounds} runs were killed"
        rounds += 1
        if rounds > 1:
            n = rng.randint(100, 600)
            _make(bo, n, total)
            total += n
        before = len(list(bo.spool.outbox.glob("*.sig")))
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # wait for the writing to start (a temporary file or a new signature; the command's
        # start-up alone takes seconds on a busy machine), then kill a moment later
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if any(bo.spool.tmp.glob("*.part")) or len(list(bo.spool.outbox.glob("*.sig"))) > before:
                break
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.4))
        if proc.poll() is None:
            inside += (len(list(bo.spool.outbox.glob("*.sig"))) > before
                       or any(bo.spool.tmp.glob("*.part")))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
        else:
            assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
    final = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    print(f"\noutbox crash test ({bo.db.dialect}): {total} messages, {rounds} runs, {kills} SIGKILLs, "
          f"{inside} inside the writing")
    assert inside >= KILLS // 3, "kills must land while messages are being written"

    key = load_pem_public_key(keystore.public_key_pem(bo.config.outbox_kid, kind="outbox"))
    with bo.db.read() as s:
        assert s.scalar(select(func.count(OutboxMessage.id)).where(OutboxMessage.written_at.is_(None))) == 0
        rows = {m.message_id: outbox.message_document(m) for m in s.scalars(select(OutboxMessage))}
    jsons = {p.stem for p in bo.spool.outbox.glob("*.json")}
    sigs = {p.stem for p in bo.spool.outbox.glob("*.sig")}
    assert jsons == sigs == set(rows)  # each exactly once (a file name is its message id), all whole
    faq_ids = []
    for message_id, doc in rows.items():
        data = (bo.spool.outbox / f"{message_id}.json").read_bytes()
        key.verify(base64.b64decode((bo.spool.outbox / f"{message_id}.sig").read_bytes()), data)
        assert json.loads(data) == doc
        if doc["schema"] == "faq/1":
            faq_ids.append(doc["faq_id"])
    assert len(faq_ids) == len(set(faq_ids)) == total
