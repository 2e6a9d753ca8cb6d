"""Several sync agents on one spool at once (bundle-v1 §2): every desktop workstation runs a
background sync on the shared inbox, and a sync agent may run beside them. Processes race
for the same files; each valid bundle must be ingested exactly once with one notice, each
refused file quarantined once, nothing left in the inbox, the audit chain intact. Both
engines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from backoffice.audit import log as audit
from backoffice.db.models import Application, IntakeRecord, Notice, Revision
from tests import builders
from tests.intake.conftest import make_env, outbox_keyring, with_outbox_key  # noqa: F401 - fixture
from tests.intake.test_sync import _config_file

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ROOT = Path(__file__).resolve().parents[2]
AGENTS = int(os.environ.get("SYNC_AGENTS", "4"))
BUNDLES = int(os.environ.get("SYNC_AGENT_BUNDLES", "240"))


@pytest.fixture
def env(db_url, tmp_path, outbox_keyring):  # noqa: F811 - the fixture
    e = with_outbox_key(make_env(db_url, tmp_path), outbox_keyring)  # the outbox is signed (portal-v1)
    yield e
    e.bo.close()


@pytest.mark.parametrize("lock", [True, False], ids=["spool-lock", "no-lock"])
def test_agents_racing_on_one_inbox_ingest_each_bundle_once(env, tmp_path, lock):
    """With the spool lock the agents take turns (no bundle is read twice, so no agent
    counts another's work as duplicates); without it (a file system that cannot lock)
    they really race and the database alone keeps every outcome exact."""
    expected_ok, expected_bad = set(), set()
    for i in range(BUNDLES):
        if i % 20 == 3:
            name = f"bad-{i:04d}.zip"
            env.bo.spool.write_atomic("inbox", name, b"not a zip %d" % i)
            expected_bad.add(name)
            continue
        app = builders.sample_application(application_id=f"OSK-R-{i:05d}", applicant__name="山田 " + str(i).translate(FULLWIDTH))
        bundle = env.bundle(app, sign=False)
        env.put(bundle)
        expected_ok.add(bundle[0])
    cmd = [sys.executable, "-m", "backoffice.cli.main", "--config", _config_file(env, tmp_path), "sync", "--once"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=dict(os.environ, BACKOFFICE_SYNC_GROUP=str(5 + 7 * k),
                                       BACKOFFICE_SYNC_LOCK="1" if lock else "0"))
             for k in range(AGENTS)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode in (0, 1), err  # 1: this agent quarantined something
        assert "database:" not in err and "deadlock" not in err.lower(), err  # no agent gave up
    ingested = sum(int(out.split("ingested ")[1].split(",")[0]) for out, _ in outputs)
    print(f"\n{AGENTS} sync agents ({env.bo.db.dialect}, lock {lock}): " + " | ".join(o.strip() for o, _ in outputs))
    assert ingested == len(expected_ok)  # each bundle ingested by exactly one agent
    if lock:
        assert sum(int(out.split("duplicates ")[1].split(",")[0]) for out, _ in outputs) == 0

    assert not list(env.bo.spool.inbox.glob("*.zip"))
    with env.bo.db.read() as s:
        assert sorted(s.scalars(select(Revision.bundle_id))) == sorted(expected_ok)
        assert s.scalar(select(func.count(Application.id))) == len(expected_ok)
        received = s.execute(select(Notice.application_id, func.count()).where(Notice.event == "received")
                             .group_by(Notice.application_id)).all()
        assert len(received) == len(expected_ok) and all(c == 1 for _, c in received)
        open_quarantine = s.execute(
            select(IntakeRecord.file_name, func.count()).where(IntakeRecord.outcome == "quarantined")
            .group_by(IntakeRecord.file_name)).all()
        assert {name for name, _ in open_quarantine} == expected_bad
        assert all(c == 1 for _, c in open_quarantine), open_quarantine  # one record per file
        assert audit.verify_chain(s).intact
    written = env.outbox()  # the notices (the catalog/1 message is there too)
    assert sorted(w["application_id"] for w in written) == sorted(
        f"OSK-R-{i:05d}" for i in range(BUNDLES) if i % 20 != 3)
    assert sorted(p.name for p in env.bo.spool.quarantine.iterdir()) == sorted(expected_bad)
    assert len(list(env.bo.spool.archive.iterdir())) >= len(expected_ok)
