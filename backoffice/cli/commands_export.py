"""`export [--out DIR] [--procedure CODE]` (cli-v1): write the pending batch(es) per
export-v1 and print one line per batch written: `<csv path>\t<rows> rows`."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from backoffice.cli.common import operator_actor
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import NotFound, UsageError

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    e = sub.add_parser("export", help="write the pending export batch(es) per export-v1")
    e.add_argument("--out", type=Path, help="export folder (default: export.out)")
    e.add_argument("--procedure", metavar="CODE",
                   help="only this procedure's decisions (default: one ALL batch of every procedure)")
    e.set_defaults(handler=cmd_export)


def cmd_export(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.export.batch import export_pending

    try:
        batches = export_pending(bo, operator_actor(), procedure=args.procedure, out=args.out)
    except NotFound as exc:
        raise UsageError(str(exc)) from exc
    if not batches:
        print("no pending decisions")
        return 0
    for b in batches:
        note = " (completed after an interrupted run)" if b.recovered else ""
        print(f"{b.csv_path}\t{b.rows} rows{note}")
    return 0
