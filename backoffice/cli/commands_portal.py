"""outbox status, inquiries list/show/answer/close, and the outbox key (portal-v1 §4)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from backoffice.cli.common import operator_actor, print_json
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import rfc3339

if TYPE_CHECKING:
    from backoffice.intake.ingest import SyncSummary


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from backoffice.portal.inquiries import STATUSES

    o = sub.add_parser("outbox", help="the signed outbox to the portal")
    osub = o.add_subparsers(dest="outbox_command", metavar="ACTION")
    osub.required = True
    st = osub.add_parser("status", help="messages the portal has not acknowledged yet")
    st.add_argument("--format", choices=("text", "json"), default="text")
    st.set_defaults(handler=cmd_outbox_status)

    q = sub.add_parser("inquiries", help="inquiries from the portal, the phone and the counter")
    qsub = q.add_subparsers(dest="inquiries_command", metavar="ACTION")
    qsub.required = True
    ql = qsub.add_parser("list", help="list inquiries, oldest due first")
    ql.add_argument("--status", choices=STATUSES)
    ql.add_argument("--search", default="", help="name, kana, application id or inquiry id")
    ql.add_argument("--format", choices=("text", "json"), default="text")
    ql.set_defaults(handler=cmd_inquiries_list)
    qs = qsub.add_parser("show", help="one inquiry with its answers and notes (audited)")
    qs.add_argument("inquiry_id")
    qs.set_defaults(handler=cmd_inquiries_show)


def cmd_outbox_status(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.portal import outbox

    st = outbox.status(bo, operator_actor())
    if args.format == "json":
        print_json(st.to_cli_json())
        return 0
    oldest = rfc3339(st.oldest_unacknowledged_at) if st.oldest_unacknowledged_at else "-"
    print(f"unacknowledged {st.unacknowledged}, oldest {oldest}, not yet written {st.unwritten}")
    for schema, n in st.by_schema.items():
        print(f"{schema}\t{n}")
    if st.key_problem:
        print(f"outbox key missing: messages wait in the database ({st.key_problem})")
    return 0


def cmd_inquiries_list(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.portal import inquiries

    rows = inquiries.inquiry_rows(bo, operator_actor(), status=args.status, search=args.search)
    if args.format == "json":
        print_json([r.to_cli_json() for r in rows])
        return 0
    for r in rows:
        print(f"{r.inquiry_id}\t{r.status}\t{r.channel}\t{r.department or '-'}\t{r.due_date.isoformat()}\t"
              f"{r.application_id or '-'}\t{r.category}")
    return 0


def cmd_inquiries_show(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.portal import inquiries

    d = inquiries.detail(bo, operator_actor(), args.inquiry_id)
    print(f"{d.inquiry_id}\t{d.status}\t{d.channel}\t{d.department or '-'}\tdue {d.due_date.isoformat()}")
    print(f"{d.name} ({d.name_kana})\t{d.email or '-'}\t{d.phone or '-'}\t{d.application_id or '-'}")
    print(d.text)
    for e in d.entries:
        print(f"--- {e.kind} {e.staff_code} {rfc3339(e.at)}\n{e.text}")
    return 0


# ------------------------------------------------------------------ keys init / keys public
def ensure_outbox_key(bo: Backoffice) -> str:
    """`keys init`: the outbox key beside the issuing key (portal-v1 §1); one line to print."""
    from backoffice.accounts import keystore
    from backoffice.platform.demo_mode import key_folder

    kid = bo.config.outbox_kid
    made = keystore.create_issuing_key(kid, demo_keys=key_folder(bo.config), kind="outbox")
    return f"created outbox key {kid}" if made else f"outbox key {kid} exists; unchanged"


def write_outbox_public(bo: Backoffice, out: Path) -> Path:
    """`keys public --out DIR`: DIR/outbox-<key_id>.pem for the portal."""
    from backoffice.accounts import keystore
    from backoffice.platform import fileperms
    from backoffice.platform.demo_mode import key_folder

    kid = bo.config.outbox_kid
    pem = keystore.public_key_pem(kid, demo_keys=key_folder(bo.config), kind="outbox")
    fileperms.ensure_dir(out)
    path = out / f"outbox-{kid}.pem"
    fileperms.write_file(path, pem)
    return path


def portal_lines(summary: SyncSummary) -> list[tuple[str, bool]]:
    """`sync`: what the portal's files did, as (line, to standard error). The last one is
    portal-v1 §4's `inquiries N, acks N`, printed just before `ingested N, ...`."""
    lines: list[tuple[str, bool]] = []
    if summary.outbox_key_problem:
        lines.append((f"outbox messages wait in the database: {summary.outbox_key_problem}", True))
    if summary.unknown_acks:
        lines.append((f"acks named {summary.unknown_acks} unknown message id(s); ignored", False))
    lines.append((summary.portal_line(), False))
    return lines
