"""`records request` and `records load` (records-v1 §6): the register exchange with the core
systems. The sync agent does both every cycle; the commands are for an operator (and for
scripts) who wants it now."""

from __future__ import annotations

import argparse

from backoffice.cli.common import operator_actor
from backoffice.platform.context import Backoffice
from backoffice.records.answers import load_answers
from backoffice.records.requests import request_pending


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = sub.add_parser("records", help="register exchange with the core systems (records-v1)")
    rsub = r.add_subparsers(dest="records_command", metavar="ACTION", parser_class=type(r))
    rsub.required = True
    q = rsub.add_parser("request", help="write one batch with every register request not yet sent")
    q.set_defaults(handler=cmd_request)
    ld = rsub.add_parser("load", help="load every answer batch in answers/ (checked; refused ones to refused/)")
    ld.set_defaults(handler=cmd_load)


def cmd_request(bo: Backoffice, args: argparse.Namespace) -> int:
    report = request_pending(bo, operator_actor())
    print(report.line())
    return 0


def cmd_load(bo: Backoffice, args: argparse.Namespace) -> int:
    report = load_answers(bo, operator_actor())
    print(report.line())
    return 1 if report.refused else 0
