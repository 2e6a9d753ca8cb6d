"""Dashboard snapshot on 100,000 applications: the full service (permission, statements,
assembly into frozen rows) against the bare SQL statements it runs. Target <= 300 ms.

    .venv/bin/python benchmarks/bench_dashboard.py [--db URL] [--count 100000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from backoffice.accounts.permissions import Actor
from backoffice.casework.workflow import STATUSES
from backoffice.db.models import Application, ApplicationEvent, IntakeRecord, Staff
from backoffice.platform.timeutil import today_jst, utcnow
from backoffice.supervision import dashboard

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.conftest import make_backoffice  # noqa: E402

PROCS = ["juminhyo-copy", "inkan-certificate", "koseki-copy", "tax-certificate", "facility-use", "address-change"]


def fill(bo, n: int) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(7)
    now = utcnow()
    with bo.db.engine.begin() as c:
        c.execute(insert(Staff), [{"code": f"s{i}", "name": f"職員 {i}", "password_hash": "x", "disabled": False,
                                   "session_epoch": 0, "created_at": now} for i in range(1, 41)])
        for start in range(0, n, 10_000):
            rows, events = [], []
            for i in range(start, min(n, start + 10_000)):
                rec = now - timedelta(hours=rnd.randint(0, 24 * 120))
                status = rnd.choice(STATUSES)
                claimed = rnd.randint(1, 40) if status == "in_review" and rnd.random() < 0.5 else None
                rows.append({"application_id": f"OSK-B-{i:07d}", "revision": 1, "procedure": rnd.choice(PROCS),
                             "department": "市民課", "status": status, "attention": [], "applicant_name": "山田 太郎",
                             "applicant_kana": "ヤマダ タロウ", "search_key": "やまだたろう", "postal_code": "",
                             "address": "", "delivery_method": "mail", "fee_due": 300, "submitted_at": rec,
                             "received_at": rec, "due_date": (rec + timedelta(days=rnd.randint(5, 20))).date(),
                             "paused_days": 0, "claimed_by": claimed,
                             "claim_expires_at": now + timedelta(minutes=10) if claimed else None, "updated_at": now})
            c.execute(insert(Application), rows)
        ids = [r[0] for r in c.exec_driver_sql("SELECT id FROM applications")]
        for start in range(0, len(ids), 10_000):
            events = [{"application_pk": pk, "revision": 1, "at": now - timedelta(hours=rnd.randint(0, 24 * 60)),
                       "actor_id": rnd.randint(1, 40), "action": rnd.choice(["approve", "reject", "return", "receive"]),
                       "from_status": "in_review", "to_status": "approved"} for pk in ids[start:start + 10_000]]
            c.execute(insert(ApplicationEvent), events)
        c.execute(insert(IntakeRecord), [{"file_name": f"b{i}.zip", "file_sha256": "0" * 64, "outcome": "ingested",
                                          "at": now - timedelta(minutes=i)} for i in range(2000)])
    with bo.db.engine.begin() as c:
        c.exec_driver_sql("ANALYZE")


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db")
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    bo = make_backoffice(args.db or f"sqlite:///{tmp / 'bench.db'}", tmp)
    t = time.perf_counter()
    fill(bo, args.count)
    print(f"{bo.db.dialect}: inserted {args.count:,} applications + events in {time.perf_counter() - t:.1f} s")
    sup = Actor(code="sup", name="sup", roles=frozenset({"supervisor"}))
    today, now = today_jst(), datetime.now(UTC)

    def bare() -> None:
        with bo.db.read() as s:
            for stmt in dashboard.statements(bo.calendar, bo.db.dialect, today, now).values():
                s.execute(stmt).all()

    snap = dashboard.snapshot(bo, sup)  # warm caches, calendar tables
    bare()
    bare_ms = timed(bare, args.repeat)
    full_ms = timed(lambda: dashboard.snapshot(bo, sup, today=today, now=now), args.repeat)
    print(f"open {snap.open_total:,}, overdue {snap.overdue_count:,}, decisions 14d "
          f"{sum(n for _, n in snap.decisions_per_day):,}")
    print(f"bare SQL {bare_ms:.1f} ms, snapshot {full_ms:.1f} ms, ratio {full_ms / bare_ms:.2f}x "
          f"({'within' if full_ms <= 300 else 'OVER'} the 300 ms target)")
    bo.close()


if __name__ == "__main__":
    main()
