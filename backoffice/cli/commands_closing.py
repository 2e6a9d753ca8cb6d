"""close: delivered, rejected and withdrawn applications become closed by rule (issue 22).

The sync agent does this every day (backoffice/retention/housekeeping.py); the command is for an
administrator who wants to see (--dry-run) or do it now, e.g. before `retention run`.
"""

from __future__ import annotations

import argparse

from backoffice.cli.common import operator_actor, print_json
from backoffice.platform.context import Backoffice
from backoffice.retention.closing import close_due


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = sub.add_parser("close", help="close delivered, rejected and withdrawn applications whose "
                       "[retention] close_after_business_days have passed")
    c.add_argument("--dry-run", action="store_true", help="only list what would be closed")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.set_defaults(handler=cmd_close)


def cmd_close(bo: Backoffice, args: argparse.Namespace) -> int:
    closed = close_due(bo, operator_actor(), dry_run=args.dry_run)
    if args.format == "json":
        print_json([c.to_cli_json() for c in closed])
        return 0
    for c in closed:
        print(f"{c.application_id}\t{c.from_status}\t{c.since.isoformat()}")
    print(f"closed {len(closed)}{' (dry run)' if args.dry_run else ''}")
    return 0
