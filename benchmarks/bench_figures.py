"""Figures for 業務改革 over a year of applications (issue 18 'Speed'): the 12-month trend
(`figures.trend`: permission, the statements, business days, medians and percentiles,
the per-month sums) against, in the same run,

  bare-rows: the same statements (`figures.statements`) executed and fetched bare (on
             PostgreSQL with the product's planner settings), and
  bare-agg:  one GROUP BY per month and procedure computing the additive figures in SQL
             (counts by channel, returned, rejected, withdrawn, paper, touches, decided),
             which cannot compute business days; it is the cheapest SQL of those aggregates.

Target: ratio bare / product >= 0.5. The year holds `--count` applications spread over
the 12 months (20 % entered at the counter), with 4-7 events each.

    .venv/bin/python benchmarks/bench_figures.py [--db URL] [--count 1000000] [--repeat 3]
        [--sqlite-file FILE]   (fill FILE once, measure it again on later runs: filling a
                                million applications takes 12-28 minutes on the shared machine)
        [--pg-schema NAME]     (the same on PostgreSQL: fill schema NAME of --db once and keep
                                it; drop it yourself afterwards: DROP SCHEMA NAME CASCADE)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Integer, case, cast, func, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from backoffice.accounts.permissions import Actor  # noqa: E402
from backoffice.db.models import Application, ApplicationEvent, Staff  # noqa: E402
from backoffice.db.models_figures import CounterEntry  # noqa: E402
from backoffice.platform.timeutil import JST, today_jst, utcnow  # noqa: E402
from backoffice.supervision import figures  # noqa: E402
from backoffice.supervision.figures_sql import plan_for_postgresql  # noqa: E402
from benchmarks.pgschema import throwaway_schema  # noqa: E402
from tests.conftest import make_backoffice  # noqa: E402

PROCS = ["juminhyo-copy", "inkan-certificate", "koseki-copy", "tax-certificate", "facility-use", "address-change"]
YEAR_END = "2026-10"
BATCH = 20_000


def fill(bo, n: int) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(18)
    now = utcnow()
    start = datetime(2025, 11, 1, tzinfo=JST).astimezone(UTC)
    span = (datetime(2026, 11, 1, tzinfo=JST).astimezone(UTC) - start).total_seconds()
    with bo.db.engine.begin() as c:
        c.execute(insert(Staff), [{"code": f"s{i}", "name": f"職員 {i}", "password_hash": "x", "disabled": False,
                                   "session_epoch": 0, "created_at": now} for i in range(1, 41)])
    done = 0
    while done < n:
        size = min(BATCH, n - done)
        apps, plans = [], []
        for i in range(done, done + size):
            rec = start + timedelta(seconds=rnd.random() * span)
            fate = rnd.random()
            status, decided = "in_review", None
            if fate < 0.80:
                status, decided = ("delivered" if rnd.random() < 0.7 else "closed"), rec + timedelta(days=rnd.randint(1, 12))
            elif fate < 0.88:
                status, decided = "rejected", rec + timedelta(days=rnd.randint(1, 12))
            elif fate < 0.93:
                status = "withdrawn"
            plans.append((fate, rnd.random() < 0.2, rnd.random() < 0.12))
            apps.append({"application_id": f"OSK-F-{i:08d}", "revision": 1, "procedure": rnd.choice(PROCS),
                         "department": "市民課", "status": status, "attention": [], "applicant_name": "山田 太郎",
                         "applicant_kana": "ヤマダ タロウ", "search_key": "やまだたろう", "postal_code": "",
                         "address": "", "delivery_method": "counter" if rnd.random() < 0.3 else "mail",
                         "fee_due": 300, "payment_transaction_id": "tx" if rnd.random() < 0.6 else None,
                         "submitted_at": rec, "received_at": rec, "decided_at": decided,
                         "paused_days": rnd.choice((0, 0, 0, 2)), "updated_at": now})
        with bo.db.engine.begin() as c:
            first = c.execute(select(func.coalesce(func.max(Application.id), 0))).scalar_one()
            c.execute(insert(Application), apps)
            events, entries = [], []
            for k, (fate, counter, returned) in enumerate(plans):
                pk = first + 1 + k
                at = apps[k]["received_at"]
                steps = ["receive", "checks_passed", "start_review"]
                if returned:
                    steps += ["return", "resubmit", "checks_passed", "start_review"]
                steps += (["approve", "issue", "deliver"] if fate < 0.80 else ["reject"] if fate < 0.88
                          else ["withdraw"] if fate < 0.93 else [])
                for step in steps:
                    staff = step not in ("receive", "checks_passed", "resubmit")
                    events.append({"application_pk": pk, "revision": 1, "at": at, "action": step,
                                   "actor_id": rnd.randint(1, 40) if staff else None, "from_status": None,
                                   "to_status": "x", "reason": "必要な添付書類が確認できません。住民票を添付して再提出してください。"
                                   if step == "return" else None})
                if counter:
                    entries.append({"application_pk": pk, "entered_at": at, "entered_by": 1,
                                    "id_document": "my_number_card", "paper_documents": rnd.choice((0, 0, 1, 2))})
            c.execute(insert(ApplicationEvent), events)
            if entries:
                c.execute(insert(CounterEntry), entries)
        done += size
    with bo.db.engine.begin() as c:
        c.exec_driver_sql("ANALYZE")


def bare_aggregates(bo):  # type: ignore[no-untyped-def]
    """The additive figures per month and procedure in one GROUP BY (no business days)."""
    a, e = Application, ApplicationEvent
    first, last = figures.add_months(YEAR_END, -11), YEAR_END
    lo, hi = figures.month_bounds(first, last)
    if bo.db.dialect == "postgresql":
        month = func.to_char(func.timezone("Asia/Tokyo", a.received_at), "YYYY-MM")
    else:
        month = func.strftime("%Y-%m", a.received_at, "+9 hours")
    ev = (select(e.application_pk.label("pk"), func.count(e.actor_id).label("touches"),
                 func.max(case((e.action == "return", 1), else_=0)).label("returned"),
                 func.max(case((e.action.in_(("reject", "final_reject")), 1), else_=0)).label("rejected"),
                 func.max(case((e.action == "withdraw", 1), else_=0)).label("withdrawn"))
          .where(e.application_pk.in_(select(a.id).where(a.received_at >= lo, a.received_at < hi)))
          .group_by(e.application_pk).subquery())
    stmt = (select(a.procedure, month.label("m"), func.count(),
                   func.sum(cast(CounterEntry.id.is_not(None), Integer)), func.sum(ev.c.returned),
                   func.sum(ev.c.rejected), func.sum(ev.c.withdrawn), func.sum(ev.c.touches),
                   func.sum(case((CounterEntry.paper_documents > 0, 1), else_=0)), func.count(a.decided_at))
            .select_from(a).outerjoin(CounterEntry, CounterEntry.application_pk == a.id)
            .outerjoin(ev, ev.c.pk == a.id)
            .where(a.received_at >= lo, a.received_at < hi).group_by(a.procedure, month))
    with bo.db.read() as s:
        return s.execute(stmt).all()


def bare_rows(bo) -> int:  # type: ignore[no-untyped-def]
    lo, hi = figures.month_bounds(figures.add_months(YEAR_END, -11), YEAR_END)
    table = figures.day_table(figures.DayIndex(bo.calendar), lo, hi, today_jst())
    apps, reasons, kept = figures.statements(lo, hi, dialect=bo.db.dialect, days=table)
    n = 0
    with bo.db.read() as s:
        conn = s.connection()
        if bo.db.dialect == "postgresql":
            plan_for_postgresql(conn)  # the same planner settings as the product
        for stmt in (apps, reasons):
            n += len(conn.execute(stmt).all())
        n += len(s.scalars(kept).all())
    return n


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db")
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sqlite-file", type=Path, help="SQLite file to fill once and reuse")
    ap.add_argument("--pg-schema", help="PostgreSQL schema of --db to fill once and keep for later runs")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    if args.sqlite_file:
        args.sqlite_file = args.sqlite_file.resolve()
    url0 = args.db or f"sqlite:///{args.sqlite_file or tmp / 'bench.db'}"
    with throwaway_schema(url0, keep=args.pg_schema) as url:
        bo = make_backoffice(url, tmp)
        with bo.db.read() as s:
            have = s.scalar(select(func.count()).select_from(Application))
        if have == args.count:
            print(f"{bo.db.dialect}: reusing {have:,} applications in {args.sqlite_file or args.pg_schema}", flush=True)
        else:
            if have:
                raise SystemExit(f"{url0} holds {have:,} applications, not {args.count:,}")
            t = time.perf_counter()
            fill(bo, args.count)
            print(f"{bo.db.dialect}: inserted {args.count:,} applications (+ events, counter entries) "
                  f"in {time.perf_counter() - t:.0f} s", flush=True)
        sup = Actor(code="sup", name="sup", roles=frozenset({"supervisor"}))
        trend = figures.trend(bo, sup, YEAR_END)  # warm: calendar, caches
        total = sum(p.received for m in trend for p in m.procedures)
        assert total == args.count, (total, args.count)
        rows_s = timed(lambda: bare_rows(bo), args.repeat)
        agg_s = timed(lambda: bare_aggregates(bo), args.repeat)
        product_s = timed(lambda: figures.trend(bo, sup, YEAR_END), args.repeat)
        print(f"12 months, {total:,} applications, {date.today():%Y-%m-%d}")
        print(f"product (figures.trend)        {product_s:.2f} s")
        print(f"bare-rows (same statements)    {rows_s:.2f} s   ratio bare/product: {rows_s / product_s:.2f}")
        print(f"bare-agg (GROUP BY in SQL)     {agg_s:.2f} s   ratio bare/product: {agg_s / product_s:.2f}")
        print(f"ratio product/bare: {min(rows_s, agg_s) / product_s:.2f} (the cheaper bare of the two; target >= 0.5)")
        bo.close()


if __name__ == "__main__":
    main()
