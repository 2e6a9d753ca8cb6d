"""`stats --month YYYY-MM [--format json|csv|xlsx|pdf] [--out FILE] [--encoding utf-8-bom|cp932]`
(issue 18): the figures of the applications received in that month (docs/figures.md).
JSON (docs/formats/stats-v1.md) and CSV go to standard output without --out; the xlsx
workbook and the PDF summary to --out, else to stats-YYYY-MM.xlsx/.pdf in the current
folder, whose path is printed. An empty month is an empty report (exit 0)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from backoffice.cli.common import operator_actor
from backoffice.platform import fileperms
from backoffice.platform.context import Backoffice
from backoffice.supervision import figures, reports


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("stats", help="the figures of one month for 業務改革 (JSON, CSV, xlsx or PDF)")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="month of receipt (Japan time)")
    p.add_argument("--format", choices=("json", "csv", "xlsx", "pdf"), default="json")
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="write here (json/csv: default standard output; xlsx/pdf: default stats-YYYY-MM.<format>)")
    p.add_argument("--encoding", choices=tuple(reports.CSV_ENCODINGS), default="utf-8-bom",
                   help="CSV only: UTF-8 with BOM (Excel, default) or CP932 (Shift_JIS)")
    p.set_defaults(handler=cmd_stats)


def cmd_stats(bo: Backoffice, args: argparse.Namespace) -> int:
    actor = operator_actor()
    figures.parse_month(args.month)
    month = figures.month_figures(bo, actor, args.month)
    data: bytes
    if args.format == "json":
        data = (json.dumps(month.as_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    elif args.format == "csv":
        data = reports.to_csv(month, args.encoding)
    else:
        trend = figures.trend(bo, actor, args.month)
        data = (reports.to_xlsx(month, trend) if args.format == "xlsx" else reports.to_pdf(month, trend))
        if args.out is None:
            args.out = Path(f"stats-{args.month}.{args.format}")
    if args.out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    part = args.out.with_name(args.out.name + ".part")  # a crash leaves no half-written report
    fileperms.write_file(part, data)
    os.replace(part, args.out)
    if args.format in ("xlsx", "pdf"):
        print(args.out)
    return 0
