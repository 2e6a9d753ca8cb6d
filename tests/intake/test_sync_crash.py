"""Crash safety of the sync (bundle-v1 §2): SIGKILL at random points while it ingests a few
hundred bundles, restart, and prove nothing was lost, duplicated or half-ingested, with
exactly one "received" notice per revision and the audit chain intact."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from backoffice.audit import log as audit
from backoffice.db.models import (
    Application,
    ApplicationEvent,
    Document,
    IntakeRecord,
    Notice,
    Revision,
)
from tests import builders
from tests.intake.test_sync import _config_file

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
SOAK = os.environ.get("FAULT_SOAK") == "1"  # the size it was written with (docs/testing.md)
N_BUNDLES = int(os.environ.get("CRASH_BUNDLES", "300" if SOAK else "180"))


def test_sigkill_during_sync_loses_and_duplicates_nothing(env, tmp_path):
    rng = random.Random(1234)
    expected_ok, expected_bad = set(), 0
    for i in range(N_BUNDLES):
        if i % 25 == 7:  # a share of refused bundles in the stream
            env.bo.spool.write_atomic("inbox", f"bad-{i:04d}.zip", b"garbage %d" % i)
            expected_bad += 1
            continue
        app = builders.sample_application(application_id=f"OSK-C-{i:05d}", applicant__name="山田 " + str(i).translate(FULLWIDTH))
        bundle = env.bundle(app, sign=False)
        env.put(bundle)
        expected_ok.add(bundle[0])
    # one bundle delivered twice (at least once delivery)
    dup_path = sorted(env.bo.spool.inbox.glob("*.zip"))[-1]
    (env.bo.spool.tmp / "dup").write_bytes(dup_path.read_bytes())
    conf = _config_file(env, tmp_path)
    cmd = [sys.executable, "-m", "backoffice.cli.main", "--config", conf, "sync", "--once"]
    kills = 0
    spool = env.bo.spool

    def processed() -> int:
        return len(list(spool.archive.glob("*"))) + len(list(spool.quarantine.glob("*")))

    for _ in range(80):
        if not any(spool.inbox.glob("*.zip")) and not (spool.tmp / "dup").exists():
            break
        target = processed() + rng.randint(1, 20)  # kill after a random number of bundles
        # small random commit groups so kills land between many commits, not only a few
        run_env = dict(os.environ, BACKOFFICE_SYNC_GROUP=str(rng.randint(1, 12)))
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                cwd=Path(__file__).resolve().parents[2], env=run_env)
        while proc.poll() is None and processed() < target:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.03))  # land anywhere inside the next group
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        if (spool.tmp / "dup").exists() and not dup_path.exists():
            (spool.tmp / "dup").replace(dup_path)  # redelivered under its own name
    # a final clean run finishes whatever is left and flushes the outbox
    final = subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    assert final.returncode == 0, final.stderr
    assert kills >= 10, "the test must really interrupt the sync many times"
    print(f"\nsync crash test: {N_BUNDLES} bundles, {kills} SIGKILLs")

    assert not list(env.bo.spool.inbox.glob("*.zip"))
    with env.bo.db.read() as s:
        bundle_ids = s.scalars(select(Revision.bundle_id)).all()
        assert sorted(bundle_ids) == sorted(expected_ok)  # none lost, none twice
        assert s.scalar(select(func.count(Application.id))) == len(expected_ok)
        # no half-ingested application: every one has its revision, document, events, record
        for app_pk, in s.execute(select(Application.id)):
            assert s.scalar(select(func.count(Document.id)).join(Revision).where(Revision.application_pk == app_pk)) == 1
            assert s.scalar(select(func.count(ApplicationEvent.id)).where(ApplicationEvent.application_pk == app_pk)) == 2
        assert s.scalar(select(func.count(IntakeRecord.id)).where(IntakeRecord.outcome == "ingested")) == len(expected_ok)
        quarantined = s.scalar(select(func.count(IntakeRecord.id)).where(IntakeRecord.outcome == "quarantined"))
        assert quarantined == expected_bad
        received = s.execute(select(Notice.application_id, func.count()).where(Notice.event == "received")
                             .group_by(Notice.application_id)).all()
        assert len(received) == len(expected_ok) and all(c == 1 for _, c in received)
        assert s.scalar(select(func.count(Notice.id)).where(Notice.written_at.is_(None))) == 0
        assert audit.verify_chain(s).intact
    written = env.outbox()  # the notices (the catalog/1 message is there too)
    assert len(written) == len(expected_ok)
    assert len({w["application_id"] for w in written}) == len(expected_ok)
    assert len(list(env.bo.spool.quarantine.glob("*"))) == expected_bad
