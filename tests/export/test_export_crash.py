"""Crash safety (export-v1 "Rules"): SIGKILL `backoffice export` at random moments while
new decisions keep arriving, then a clean run; every decision is in exactly one batch on
disk, in decision order, no CSV without its manifest, no temporary files, and the
database marks match the files. Both engines."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from backoffice.db.models import Application, ExportBatch, ExportItem
from backoffice.export import batch
from tests.export import util

ROOT = Path(__file__).resolve().parents[2]
SOAK = os.environ.get("FAULT_SOAK") == "1"  # the sizes it was written with (docs/testing.md)
N_START = int(os.environ.get("EXPORT_CRASH_ROWS", "3000"))
KILLS = int(os.environ.get("EXPORT_CRASH_KILLS", "20" if SOAK else "10"))
MAX_ROUNDS = 6 * KILLS  # a run that finishes before its kill moment is a round without a kill


def test_sigkill_during_export(bo, tmp_path):
    rng = random.Random(20261128)
    out = tmp_path / "exports"
    conf = tmp_path / "export.toml"
    conf.write_text(f'[database]\nurl = "{bo.config.database_url}"\n[export]\nout = "{out}"\n', encoding="utf-8")
    cmd = [sys.executable, "-m", "backoffice.cli.main", "--config", str(conf), "export"]
    util.insert_decisions(bo, N_START, name=lambda i: "𠮷田 花子" if i % 97 == 0 else f"山田 {i}")
    total, kills, moments = N_START, 0, {"startup": 0, "temp file": 0, "pending batch": 0}
    round_no = 0
    while kills < KILLS or moments["temp file"] + moments["pending batch"] < 5:
        assert round_no < MAX_ROUNDS, f"only {kills} of {round_no} runs were killed"
        if round_no:  # decisions keep arriving between runs
            n = rng.randint(50, 400)
            util.insert_decisions(bo, n, start=total)
            total += n
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        mode = rng.choice(("time", "tmp", "tmp"))
        # "time": a random moment, often still in start-up; "tmp": once the files are being
        # written, however long start-up takes on a busy machine
        deadline = time.monotonic() + (rng.uniform(0.2, 1.5) if mode == "time" else 60)
        while proc.poll() is None and time.monotonic() < deadline:
            if mode == "tmp" and any(p.name.endswith(".tmp") for p in _ls(out)):
                time.sleep(rng.uniform(0, 0.02))  # somewhere inside the file writes
                break
            time.sleep(0.001)
        if proc.poll() is None:
            with_tmp = any(p.name.endswith(".tmp") for p in _ls(out))
            proc.send_signal(signal.SIGKILL)
            kills += 1
            proc.wait()
            with bo.db.read() as s:
                pending = s.scalar(select(ExportBatch.id).where(ExportBatch.state == "pending"))
            moments["temp file" if with_tmp else "pending batch" if pending else "startup"] += 1
        else:
            assert proc.returncode == 0, proc.stderr.read().decode()
        round_no += 1
    final = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    assert subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True).stdout == "no pending decisions\n"
    print(f"\nexport crash test ({bo.db.dialect}): {total} decisions, {round_no} runs, {kills} SIGKILLs, "
          f"killed at {moments}")
    assert moments["temp file"] + moments["pending batch"] >= 5, "kills must land inside exports"

    batches = util.read_all(out)  # manifests, hashes, rows, header, no temp files
    rows = [r for b in sorted(batches, key=lambda b: b.batch_id) for r in b.rows]
    ids = [r["application_id"] for r in rows]
    assert len(ids) == len(set(ids)) == total  # every decision exactly once
    assert ids == sorted(ids)  # decision order across and within batches (ids follow decided_at)
    with bo.db.read() as s:
        db_batches = dict(s.execute(select(ExportBatch.batch_id, ExportBatch.sha256)
                                    .where(ExportBatch.state == "written")).all())
        assert s.scalar(select(ExportBatch.id).where(ExportBatch.state != "written")) is None
        member = batch.membership().subquery()
        pairs = s.execute(select(Application.application_id, ExportBatch.batch_id)
                          .join(ExportItem, ExportItem.application_pk == Application.id)
                          .join(member, member.c.item_pk == ExportItem.id)
                          .join(ExportBatch, ExportBatch.id == member.c.batch_pk)).all()
        marks = dict(pairs)
        assert len(pairs) == len(marks) == total  # each decision marked in exactly one batch
    assert db_batches == {b.batch_id: b.manifest["sha256"] for b in batches}
    assert marks == {r["application_id"]: b.batch_id for b in batches for r in b.rows}
    replaced = [e for b in batches for e in b.manifest["replaced_characters"]]
    assert len(replaced) == len(range(0, N_START, 97))  # only the first decisions carry 𠮷


def _ls(out: Path) -> list[Path]:
    try:
        return list(out.iterdir())
    except FileNotFoundError:
        return []
