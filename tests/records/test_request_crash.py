"""records-v1 §2.1 across crashes: SIGKILL `backoffice records request` at random moments
while new applications keep arriving, then a clean run; every waiting revision is in exactly
one whole batch on disk (manifest last, hash and row count right), no temporary file is
left, and every batch in the database is written. Both engines."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from backoffice.db.models_records import RecordBatch
from tests.records.util import insert_waiting

ROOT = Path(__file__).resolve().parents[2]
SOAK = os.environ.get("FAULT_SOAK") == "1"  # the sizes it was written with (docs/testing.md)
N_START = int(os.environ.get("RECORDS_CRASH_ROWS", "2000" if SOAK else "600"))
KILLS = int(os.environ.get("RECORDS_CRASH_KILLS", "10" if SOAK else "6"))


def _ls(folder: Path) -> list[Path]:
    return list(folder.iterdir()) if folder.exists() else []


def test_sigkill_during_records_request(bo, tmp_path):
    rng = random.Random(20261130)
    exchange = tmp_path / "records"
    conf = tmp_path / "records.toml"
    conf.write_text(f'[database]\nurl = "{bo.config.database_url}"\n[records]\nexchange = "{exchange}"\n',
                    encoding="utf-8")
    cmd = [sys.executable, "-m", "backoffice.cli.main", "--config", str(conf), "records", "request"]
    insert_waiting(bo, N_START, 0)
    total, kills, rounds = N_START, 0, 0
    while kills < KILLS:
        assert rounds < 6 * KILLS, f"only {kills} of {rounds} runs were killed"
        if rounds:
            n = rng.randint(20, 300)
            insert_waiting(bo, n, total)
            total += n
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + rng.uniform(0.3, 2.0)
        while proc.poll() is None and time.monotonic() < deadline:
            if any(p.name.endswith(".part") for p in _ls(exchange / "tmp")):
                time.sleep(rng.uniform(0, 0.01))
                break
            time.sleep(0.001)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
        else:
            assert proc.returncode == 0, proc.stderr.read().decode()
        rounds += 1
    final = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert again.stdout == "requested 0\n"
    ids = []
    for m in sorted((exchange / "requests").glob("*.manifest.json")):
        man = json.loads(m.read_bytes())
        data = (exchange / "requests" / man["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == man["sha256"] and data.count(b"\n") == man["rows"]
        ids += [json.loads(line)["request_id"] for line in data.splitlines()]
    jsonl = {p.name for p in (exchange / "requests").glob("*.jsonl")}
    assert jsonl == {p.name.replace(".manifest.json", ".jsonl") for p in (exchange / "requests").glob("*.manifest.json")}
    assert not any(p.name.endswith(".part") for p in _ls(exchange / "tmp"))  # removed by the next run
    assert len(ids) == len(set(ids)) == total  # every waiting revision exactly once
    with bo.db.read() as s:
        assert s.scalar(select(RecordBatch.id).where(RecordBatch.state != "written")) is None
    print(f"\nrecords request crash test ({bo.db.dialect}): {total} requests, {rounds} runs, {kills} SIGKILLs")
