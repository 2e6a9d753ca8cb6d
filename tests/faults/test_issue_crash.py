"""SIGKILL at random points while `backoffice issue` works through approved applications,
then a clean run: every application issued exactly once (one valid certificate, unique
gap-free serials), one issued/ready_for_pickup notice each, PDFs stored, chain intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from backoffice.audit import log as audit
from backoffice.db.models import Application, Certificate, Notice
from tests.conftest import make_backoffice
from tests.ui.factories import make_applications

ROOT = Path(__file__).resolve().parents[2]
SOAK = os.environ.get("FAULT_SOAK") == "1"  # the size it was written with (docs/testing.md)
N_APPS = int(os.environ.get("ISSUE_CRASH_APPS", "120" if SOAK else "48"))
STRIDE = 12 if SOAK else 6  # at most this many documents between two kills: ~10 + kills either way


def test_sigkill_during_issuance(db_url, tmp_path):
    bo = make_backoffice(db_url, tmp_path)
    make_applications(bo, N_APPS, statuses=("approved",), pdf_pages=1)
    conf = tmp_path / "bo.toml"
    conf.write_text(f'[database]\nurl = "{db_url}"\n[export]\nout = "{tmp_path / "out"}"\n', encoding="utf-8")
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.keyring_file_backend.Backend",
           "BACKOFFICE_TEST_KEYRING_FILE": str(tmp_path / "keyring.json")}
    base = [sys.executable, "-m", "backoffice.cli.main", "--config", str(conf)]
    subprocess.run([*base, "keys", "init"], check=True, env=env, cwd=ROOT, capture_output=True)

    def issued() -> int:
        with bo.db.read() as s:
            return s.scalar(select(func.count(Certificate.id))) or 0

    rng = random.Random(7)
    kills = 0
    for _ in range(60):
        if issued() >= N_APPS:
            break
        target = issued() + rng.randint(1, STRIDE)
        proc = subprocess.Popen([*base, "issue"], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while proc.poll() is None and issued() < target:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.05))  # somewhere inside the next document
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    final = subprocess.run([*base, "issue"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    print(f"\nissuance crash test ({bo.db.dialect}): {N_APPS} applications, {kills} SIGKILLs")
    assert kills >= 10
    with bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Application).where(Application.status != "issued")) == 0
        certs = s.execute(select(Certificate.application_pk, Certificate.serial, func.length(Certificate.pdf))).all()
        assert len(certs) == N_APPS and len({pk for pk, _, _ in certs}) == N_APPS
        assert all(n and n > 1000 for _, _, n in certs)
        numbers = sorted(int(sn.rsplit("-", 1)[1]) for _, sn, _ in certs if "-JU-" in sn)
        assert numbers == list(range(1, len(numbers) + 1))  # unique and gap-free per kind
        per_app = s.execute(select(Notice.application_pk, func.count())
                            .where(Notice.event.in_(("issued", "ready_for_pickup")))
                            .group_by(Notice.application_pk)).all()
        assert len(per_app) == N_APPS and all(c == 1 for _, c in per_app)
        assert audit.verify_chain(s).intact
    bo.close()
