"""decide (cli-v1): the same core services and rules as the desktop application."""

from __future__ import annotations

import argparse
import socket

from backoffice.administration import staff
from backoffice.casework import review
from backoffice.cli.common import read_password
from backoffice.platform.context import Backoffice


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    d = sub.add_parser("decide", help="record a staff member's decision")
    d.add_argument("application_id")
    d.add_argument("--as", dest="as_code", required=True, metavar="CODE", help="staff code")
    d.add_argument("--password-stdin", action="store_true", required=True)
    g = d.add_mutually_exclusive_group(required=True)
    g.add_argument("--approve", dest="decision", action="store_const", const="approve")
    g.add_argument("--reject", dest="decision", action="store_const", const="reject")
    g.add_argument("--return", dest="decision", action="store_const", const="return")
    d.add_argument("--reason", help="reason sent to the applicant (required for --reject and --return)")
    d.set_defaults(handler=cmd_decide)


def cmd_decide(bo: Backoffice, args: argparse.Namespace) -> int:
    password = read_password(args.password_stdin)
    session = staff.log_in(bo, args.as_code, password, socket.gethostname())
    pk = review.find_pk(bo, args.application_id)
    review.claim(bo, session.actor, pk)
    try:
        status = review.decide(bo, session.actor, pk, args.decision, args.reason)
    finally:
        review.release(bo, session.actor, pk)
    print(f"{args.application_id}: {status}")
    return 0
