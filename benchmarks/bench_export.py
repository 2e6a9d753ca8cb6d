"""Export throughput (export-v1) against a bare CSV writer, measured in the same run.

    .venv/bin/python benchmarks/bench_export.py [--count 100000] [--db URL] [--repeat 3]

Product: `export_pending` on N pending decisions (each with its decider stored, as decisions
are queued since migration 0008) in a real database (default: a fresh
SQLite file; `--db postgresql+psycopg://...` for PostgreSQL, into a throwaway schema):
the assigning transaction (one range row per procedure), the streamed Core select in
decision order (the database joins each row's columns into one line), CP932 CSV with
replacement checks, sha256, manifest, fsync + rename + directory fsync, the final mark.
Bare: csv.writer (QUOTE_MINIMAL, CRLF) writing the same 16-column rows, already in memory
as tuples, to a file opened with encoding cp932 (no database, no hash, no fsync).
Target: product/bare >= 0.5 (rows/s). Best of --repeat for both.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pgschema import throwaway_schema  # noqa: E402
from sqlalchemy import delete  # noqa: E402

from backoffice.accounts.permissions import system_actor  # noqa: E402
from backoffice.db.models import ExportBatch, ExportRange  # noqa: E402
from backoffice.export import batch  # noqa: E402
from backoffice.export.csvfile import HEADER  # noqa: E402
from tests.conftest import make_backoffice  # noqa: E402
from tests.export import util  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-export-"))
    with throwaway_schema(args.db or f"sqlite:///{tmp / 'bench.db'}") as url:
        try:
            run(args, make_backoffice(url, tmp), tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def run(args: argparse.Namespace, bo, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    try:
        staff_pk = util.add_staff(bo)
        t0 = time.perf_counter()
        # decisions as the product queues them since migration 0008 (the decider stored with the item)
        util.insert_decisions(bo, args.count, staff_pk=staff_pk, stored=lambda i: True,
                              name=lambda i: "𠮷田 花子" if i % 1000 == 0 else f"山田 太郎{i}")
        print(f"setup: {args.count} decisions inserted with Core bulk inserts in {time.perf_counter() - t0:.1f} s "
              f"({bo.db.dialect})")
        actor = system_actor()
        t_product = []
        for _ in range(args.repeat):
            with bo.db.write() as s:  # make every decision pending again
                s.execute(delete(ExportRange))
                s.execute(delete(ExportBatch))
            shutil.rmtree(bo.config.export_out, ignore_errors=True)
            t0 = time.perf_counter()
            (info,) = batch.export_pending(bo, actor)
            t_product.append(time.perf_counter() - t0)
            assert info.rows == args.count
        csv_file = info.csv_path
        assert csv_file is not None
        # the same rows as in-memory tuples (read back from the product's file, not timed)
        with open(csv_file, encoding="cp932", newline="") as f:
            rows = [tuple(r) for r in csv.reader(f)][1:]
        rows = [(r[0], int(r[1]), r[2], int(r[3]), *r[4:13], int(r[13]), *r[14:]) for r in rows]
        t_bare = []
        for _ in range(args.repeat):
            target = tmp / "bare.csv"
            t0 = time.perf_counter()
            with open(target, "w", encoding="cp932", errors="replace", newline="") as f:
                w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
                w.writerow(HEADER)
                w.writerows(rows)
            t_bare.append(time.perf_counter() - t0)
        assert target.read_bytes() == csv_file.read_bytes(), "bare and product bytes differ"
        p, b = args.count / min(t_product), args.count / min(t_bare)
        size = csv_file.stat().st_size / 1e6
        print(f"product export_pending: {p:10,.0f} rows/s  ({min(t_product):.2f} s, {size:.1f} MB, "
              f"runs {', '.join(f'{t:.2f}' for t in t_product)} s)")
        print(f"bare csv.writer->cp932: {b:10,.0f} rows/s  ({min(t_bare):.2f} s)")
        print(f"ratio product/bare: {p / b:.2f}  (target >= 0.50)")
        print("load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    finally:
        bo.close()


if __name__ == "__main__":
    main()
