"""catalog export / import / versions: the procedure catalog kept in the shared database
(issue 16 item 3; backoffice/administration/catalog_admin.py)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from backoffice.administration import catalog_admin
from backoffice.cli.common import operator_actor
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import UsageError
from backoffice.platform.timeutil import today_jst


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cat = sub.add_parser("catalog", help="the procedure catalog kept in the database (every workstation reads it)")
    csub = cat.add_subparsers(dest="catalog_command", metavar="ACTION")
    csub.required = True
    ex = csub.add_parser("export", help="write the catalog in force (procedures-v1 TOML)")
    ex.add_argument("--out", type=Path, required=True, metavar="FILE")
    ex.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="the catalog in force on that day (default today)")
    ex.set_defaults(handler=cmd_catalog_export)
    im = csub.add_parser("import", help="show the difference of a procedures-v1 file and, once confirmed, "
                         "make it the catalog from a date")
    im.add_argument("file", type=Path)
    im.add_argument("--effective", type=_day, metavar="YYYY-MM-DD",
                    help="the day the changes take effect (default today; never in the past)")
    im.add_argument("--yes", action="store_true", help="apply without asking (scripts)")
    im.add_argument("--note", default="", help="why (kept with the versions and in the audit log)")
    im.set_defaults(handler=cmd_catalog_import)
    ve = csub.add_parser("versions", help="every version of the catalog's procedures, with the day it took effect")
    ve.add_argument("--procedure", metavar="CODE")
    ve.set_defaults(handler=cmd_catalog_versions)


def cmd_catalog_export(bo: Backoffice, args: argparse.Namespace) -> int:
    text = catalog_admin.export_text(bo, operator_actor(), args.on)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote the catalog in force on {(args.on or today_jst()).isoformat()} to {args.out}")
    return 0


def cmd_catalog_import(bo: Backoffice, args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UsageError(f"{args.file}: no such file")
    day = args.effective or today_jst()
    changes = catalog_admin.import_catalog(bo, operator_actor(), args.file, day, apply=False)
    if not changes:
        print(f"no difference from the catalog in force on {day.isoformat()}; nothing changed")
        return 0
    print(f"{len(changes)} change(s) from {day.isoformat()}:")
    for c in changes:
        print("  " + c.line())
    if not args.yes:
        if not sys.stdin.isatty():
            print("nothing changed: confirm with --yes", file=sys.stderr)
            return 1
        answer = input(f"apply these changes from {day.isoformat()}? [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            print("nothing changed")
            return 1
    done = catalog_admin.import_catalog(bo, operator_actor(), args.file, day, apply=True, note=args.note)
    print(f"applied {len(done)} change(s); in force from {day.isoformat()}")
    return 0


def cmd_catalog_versions(bo: Backoffice, args: argparse.Namespace) -> int:
    for v in catalog_admin.versions(bo, operator_actor(), args.procedure):
        print(f"{v.code}\t{v.effective_from.isoformat()}\tfee {v.fee_per_copy}\tdays {v.processing_days}"
              f"\t{v.created_by}\t{v.note}")
    return 0
