"""gateway, sync, applications list, quarantine list, scans import, demo."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from dataclasses import replace
from pathlib import Path

from backoffice.casework import queries
from backoffice.casework.workflow import STATUSES
from backoffice.cli.common import operator_actor, print_json
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import ConfigError, UsageError

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    g = sub.add_parser("gateway", help="sanitize raw submissions into signed bundles")
    g.add_argument("--raw", required=True, type=Path, help="folder of raw submissions (folders or zips)")
    g.add_argument("--key", required=True, type=Path, help="gateway Ed25519 private key (PEM)")
    g.add_argument("--spool", type=Path, help="spool folder (default: intake.spool)")
    g.set_defaults(handler=cmd_gateway)

    s = sub.add_parser("sync", help="ingest bundles from the spool inbox")
    s.add_argument("--spool", type=Path, help="spool folder (default: intake.spool)")
    s.add_argument("--once", action="store_true", help="ingest what is there now, then exit")
    s.set_defaults(handler=cmd_sync)

    a = sub.add_parser("applications", help="applications")
    asub = a.add_subparsers(dest="applications_command", metavar="ACTION")
    asub.required = True
    lst = asub.add_parser("list", help="list applications")
    lst.add_argument("--status", choices=STATUSES)
    lst.add_argument("--format", choices=("text", "json"), default="text")
    lst.set_defaults(handler=cmd_applications_list)

    q = sub.add_parser("quarantine", help="refused bundles")
    qsub = q.add_subparsers(dest="quarantine_command", metavar="ACTION")
    qsub.required = True
    ql = qsub.add_parser("list", help="list refused bundles with their reasons")
    ql.add_argument("--format", choices=("text", "json"), default="text")
    ql.set_defaults(handler=cmd_quarantine_list)

    sc = sub.add_parser("scans", help="paper documents scanned at the counter ([counter] scan_folder)")
    scsub = sc.add_subparsers(dest="scans_command", metavar="ACTION")
    scsub.required = True
    si = scsub.add_parser("import", help="check and take in the scan folder's files (refused ones to quarantine/)")
    si.add_argument("--watch", type=float, metavar="SECONDS",
                    help="keep watching the folder, taking files in every SECONDS (until Ctrl+C)")
    si.set_defaults(handler=cmd_scans_import)

    d = sub.add_parser("demo", help="make realistic raw submissions and push them through gateway and sync")
    d.add_argument("--count", type=int, default=40)
    d.set_defaults(handler=cmd_demo)


def _with_spool(bo: Backoffice, spool: Path | None) -> Backoffice:
    """The context with --spool DIR as its spool: a new context over a changed copy of the
    (frozen) configuration, sharing the database; the one given is left as it was."""
    if spool is None:
        return bo
    return replace(bo, config=replace(bo.config, spool=spool.resolve()))


def cmd_gateway(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.gateway.bundler import run_gateway
    from backoffice.platform.spool import Spool

    if not args.raw.is_dir():
        raise UsageError(f"--raw {args.raw} is not a folder")
    # the spool given explicitly; run_gateway makes its folders
    spool = Spool(args.spool.resolve() if args.spool is not None else bo.config.spool)
    report = run_gateway(args.raw, args.key, spool)
    for name, bundle_id in report.bundles:
        print(f"{name}\t{bundle_id}")
    for name, reason in report.failed:
        print(f"{name}\tFAILED: {reason}", file=sys.stderr)
    print(f"bundles {len(report.bundles)}, failed {len(report.failed)}")
    return 1 if report.failed else 0


def _say(line: str, level: int = logging.INFO, *, err: bool = False) -> None:
    """What the agent prints also goes to its log file (agent.log): a scheduled agent's
    output is usually discarded (issue 22)."""
    print(line, file=sys.stderr if err else sys.stdout, flush=True)
    log.log(level, "%s", line, extra={"printed": True})  # not a second time on the console


def cmd_sync(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.intake.ingest import sync_once
    from backoffice.intake.settings import load_intake_settings
    from backoffice.supervision.counters import seed_if_empty

    bo = _with_spool(bo, args.spool)
    settings = load_intake_settings(bo.config)
    if seed_if_empty(bo):  # with per-person roles nobody else may (issue 19)
        _say("added the shipped counters to the empty database", err=True)
    if args.once:
        summary = sync_once(bo, settings=settings)
        for p in summary.problems:
            _say(f"problem: {p}", logging.WARNING, err=True)
        from backoffice.cli.commands_portal import portal_lines

        for line, err in portal_lines(summary):  # portal-v1 §4: inquiries N, acks N
            _say(line, logging.WARNING if err else logging.INFO, err=err)
        _say(summary.line())
        return 1 if summary.problems else 0
    from backoffice.audit.schedule import run_scheduled_verify
    from backoffice.export.schedule import run_scheduled_export
    from backoffice.records.agent import run_exchange
    from backoffice.retention.housekeeping import run_scheduled_retention

    _say(f"watching {bo.spool.inbox} (Ctrl+C to stop)", err=True)
    while True:  # the sync agent: intake, notices, the daily export, audit check and retention
        try:
            # Keys, trust anchors and CRLs are re-read every cycle: a new gateway key or CRL
            # takes effect without restarting the agent (a broken file keeps the last good set).
            try:
                settings = load_intake_settings(bo.config)
            except ConfigError as exc:
                _say(f"keeping the previous keys: {exc}", logging.WARNING, err=True)
            summary = sync_once(bo, settings=settings)
            if summary.inquiries or summary.acks:
                _say(summary.portal_line())
            if summary.ingested or summary.duplicates or summary.quarantined:
                _say(summary.line())
            for line in run_exchange(bo):  # register requests out, answers in (records-v1)
                _say(line)
            for batch in run_scheduled_export(bo) or []:
                _say(f"scheduled export {batch.batch_id}: {batch.rows} rows")
            checked = run_scheduled_verify(bo)  # daily after 02:00 JST; broken: logged at ERROR
            if checked is not None:
                _say(f"audit chain {'intact' if checked.intact else 'BROKEN'}: head {checked.head_seq} "
                     f"{checked.head_hash}", logging.INFO if checked.intact else logging.ERROR)
            kept = run_scheduled_retention(bo)  # daily after 03:00 JST: close by rule, then retention
            if kept is not None:
                _say(f"daily retention: closed {kept.closed}, {kept.line()}")
        except Exception as exc:  # noqa: BLE001 - the agent keeps running; the next cycle retries
            log.exception("sync cycle failed")
            print(f"sync cycle failed: {exc}", file=sys.stderr, flush=True)  # logged just above
        time.sleep(bo.config.sync_interval_seconds)


def cmd_applications_list(bo: Backoffice, args: argparse.Namespace) -> int:
    rows = queries.applications(bo, operator_actor(), status=args.status)
    if args.format == "json":
        print_json([r.to_cli_json() for r in rows])
    else:
        for r in rows:
            due = r.due_date.isoformat() if r.due_date else "-"
            att = ",".join(r.attention)
            print(f"{r.application_id}\t{r.revision}\t{r.procedure}\t{r.status}\t{due}\t{r.applicant_name}\t{att}")
    return 0


def cmd_quarantine_list(bo: Backoffice, args: argparse.Namespace) -> int:
    rows = queries.quarantined(bo, operator_actor())
    if args.format == "json":
        print_json([r.to_cli_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.bundle}\t{r.reason}\t{r.detail}")
    return 0


def cmd_scans_import(bo: Backoffice, args: argparse.Namespace) -> int:
    """One line per file: `imported NAME`, `quarantined NAME REASON`, `already NAME`; exit 1
    when a file was refused. With --watch, every SECONDS until interrupted."""
    from backoffice.intake import scans

    actor = operator_actor()
    refused = False
    while True:
        report = scans.import_folder(bo, actor)
        for name in report.imported:
            print(f"imported\t{name}", flush=True)
        for name in report.already:
            print(f"already\t{name}", flush=True)
        for name, reason in report.quarantined:
            print(f"quarantined\t{name}\t{reason}", flush=True)
            refused = True
        if not args.watch:
            return 1 if refused else 0
        try:
            time.sleep(max(1.0, args.watch))
        except KeyboardInterrupt:
            return 1 if refused else 0


def cmd_demo(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.demo.generate import run_demo

    result = run_demo(bo, count=args.count, progress=lambda msg: print(msg, file=sys.stderr))
    print(result.line())
    return 0
