"""Many workstations take "next" concurrently (FOR UPDATE SKIP LOCKED on PostgreSQL, the
write transaction on SQLite): no application is claimed twice, none is lost, every one is
decided exactly once, the audit chain stays intact; a killed holder's claims come back when
the lease expires.

Bounded for CI; the full suite of the hardening issue (20 processes, 10,000 applications)
runs with FAULT_SOAK=1 (or CLAIM_PROCS / CLAIM_APPS)."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from datetime import timedelta

from sqlalchemy import func, select, update

from backoffice.accounts.permissions import Actor
from backoffice.audit import log as audit
from backoffice.casework import review
from backoffice.db.models import Application, ApplicationEvent, ExportItem
from backoffice.platform.timeutil import utcnow
from tests.conftest import make_backoffice
from tests.ui.factories import make_applications, make_staff

SOAK = os.environ.get("FAULT_SOAK") == "1"
PROCS = int(os.environ.get("CLAIM_PROCS", "20" if SOAK else "6"))
APPS = int(os.environ.get("CLAIM_APPS", "10000" if SOAK else "600"))


def _worker(url: str, tmp: str, actor: Actor, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from pathlib import Path

    bo = make_backoffice(url, Path(tmp))
    taken, decided = [], 0
    while True:
        info = review.claim_next(bo, actor)
        if info is None:
            break
        taken.append(info.application_pk)
        review.decide(bo, actor, info.application_pk, "approve")
        decided += 1
    bo.close()
    out.put((actor.code, taken, decided))


def _insert_fast(bo, n: int) -> None:
    # factories build real revisions/documents; for thousands of rows skip the images
    made = make_applications(bo, min(n, 50), pdf_pages=1)
    if n > len(made):
        with bo.db.write() as s:
            rows = s.execute(select(Application).where(Application.id == made[0].pk)).scalar_one()
            base = {c.key: getattr(rows, c.key) for c in Application.__table__.columns if c.key != "id"}
        from sqlalchemy import insert

        with bo.db.write() as s:
            s.execute(insert(Application), [dict(base, application_id=f"OSK-RACE-{i:07d}") for i in range(n - len(made))])


def test_concurrent_next_never_claims_twice(db_url, tmp_path):
    bo = make_backoffice(db_url, tmp_path)
    _insert_fast(bo, APPS)
    actors = [make_staff(bo, f"w{i:02d}", ["reviewer"]) for i in range(PROCS)]
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    t0 = time.perf_counter()
    procs = [ctx.Process(target=_worker, args=(db_url, str(tmp_path), a, out)) for a in actors]
    for p in procs:
        p.start()
    results = [out.get(timeout=1800) for _ in procs]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    elapsed = time.perf_counter() - t0
    taken = [pk for _, pks, _ in results for pk in pks]
    print(f"\nclaim race ({bo.db.dialect}): {PROCS} processes, {APPS} applications, "
          f"{len(taken)} claims in {elapsed:.1f} s ({len(taken) / elapsed:.0f}/s)")
    assert len(taken) == len(set(taken)) == APPS  # 0 double claims, none lost
    with bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Application).where(Application.status != "approved")) == 0
        assert s.scalar(select(func.count()).select_from(ExportItem)) == APPS  # 0 lost decisions
        approvals = s.execute(select(ApplicationEvent.application_pk, func.count())
                              .where(ApplicationEvent.action == "approve")
                              .group_by(ApplicationEvent.application_pk)).all()
        assert len(approvals) == APPS and all(c == 1 for _, c in approvals)
        assert audit.verify_chain(s).intact
    bo.close()


def test_a_dead_holders_claim_comes_back_after_the_lease(db_url, tmp_path):
    bo = make_backoffice(db_url, tmp_path)
    made = make_applications(bo, 1, pdf_pages=1)
    dead, alive = make_staff(bo, "dead", ["reviewer"]), make_staff(bo, "alive", ["reviewer"])
    assert review.claim_next(bo, dead).application_pk == made[0].pk  # then the PC dies
    assert review.claim_next(bo, alive) is None  # held: nobody else gets it
    with bo.db.write() as s:  # the lease runs out (15 minutes later)
        s.execute(update(Application).values(claim_expires_at=utcnow() - timedelta(minutes=1)))
    got = review.claim_next(bo, alive, statuses=("ready_for_review", "in_review"))
    assert got is not None and got.application_pk == made[0].pk
    bo.close()
