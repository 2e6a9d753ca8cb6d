"""counters list / close / reopen / set: the counters that take reservations, their hours,
slot length, seats and closed days, from the command line (the desktop's 窓口と休止日).

Every action goes through the same core functions as the screen
(backoffice/supervision/counters.py, counter_closures.py): the `appointment.configure`
check, the audit entries (`counter.close_days`, `counter.reopen_days`, `counter.configure`,
`counter.create`, `counter.preview` when names were listed) and the impact check. A change
that would leave booked appointments without a place is refused (exit 1, nothing changed)
with the bookings listed, unless `--confirm` is given; with it the change is saved only if
the affected bookings are still exactly the ones listed (`impact_changed` otherwise).
Bookings are never cancelled or moved here: they stay booked and are listed so that the
applicants can be contacted. The caller is the operator at the command line
(`common.operator_actor`, the OS account in the audit log), as for `users` and `export`.

Exit codes (cli-v1): 0 done (or nothing to do), 1 refused because bookings would be
affected or changed meanwhile, 2 wrong usage: an unknown counter, a date in the past, an
end before the start, values a counter cannot take."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, time
from typing import Any, TypeVar

from backoffice.cli.common import operator_actor, print_json
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import NotFound, UsageError
from backoffice.platform.timeutil import to_jst
from backoffice.supervision import counter_closures, counters
from backoffice.supervision.counters import (
    Affected,
    CounterOverview,
    CounterSetupError,
    Impact,
    Setup,
)

T = TypeVar("T")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def _hhmm(text: str) -> time:
    try:
        value = time.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time (HH:MM)") from exc
    return value.replace(second=0, microsecond=0)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = sub.add_parser("counters", help="counters that take reservations: hours, seats and closed days")
    csub = c.add_subparsers(dest="counters_command", metavar="ACTION")
    csub.required = True
    lst = csub.add_parser("list", help="every counter with its hours, slot length, seats and coming closures")
    lst.add_argument("--format", choices=("text", "json"), default="text")
    lst.set_defaults(handler=cmd_counters_list)

    cl = csub.add_parser("close", help="close a counter on a day or a range of days (bookings stay)")
    cl.add_argument("--counter", required=True, metavar="CODE")
    cl.add_argument("--from", dest="first", required=True, type=_day, metavar="YYYY-MM-DD",
                    help="the first closed day (today or later)")
    cl.add_argument("--to", dest="last", type=_day, metavar="YYYY-MM-DD",
                    help="the last closed day (default: the --from day only)")
    cl.add_argument("--reason", required=True, help="why, shown with the closure (at most 200 characters)")
    cl.add_argument("--confirm", action="store_true",
                    help="close even though booked appointments fall on these days (they stay booked)")
    cl.add_argument("--format", choices=("text", "json"), default="text")
    cl.set_defaults(handler=cmd_counters_close)

    ro = csub.add_parser("reopen", help="remove a counter's own closure of a day or a range of days")
    ro.add_argument("--counter", required=True, metavar="CODE")
    ro.add_argument("--date", dest="first", required=True, type=_day, metavar="YYYY-MM-DD")
    ro.add_argument("--to", dest="last", type=_day, metavar="YYYY-MM-DD",
                    help="the last day to reopen (default: the --date day only)")
    ro.add_argument("--format", choices=("text", "json"), default="text")
    ro.set_defaults(handler=cmd_counters_reopen)

    st = csub.add_parser("set", help="change a counter's name, hours, slot length or seats, or add a counter")
    st.add_argument("--counter", required=True, metavar="CODE",
                    help="an existing counter, or a new code (lower-case letters, digits, '-')")
    st.add_argument("--name")
    st.add_argument("--opens", type=_hhmm, metavar="HH:MM")
    st.add_argument("--closes", type=_hhmm, metavar="HH:MM")
    st.add_argument("--slot-minutes", type=int, metavar="N")
    st.add_argument("--capacity", type=int, metavar="N", help="seats per slot")
    st.add_argument("--confirm", action="store_true",
                    help="save even though booked appointments no longer fit (they stay booked)")
    st.add_argument("--format", choices=("text", "json"), default="text")
    st.set_defaults(handler=cmd_counters_set)


def _usage(call: Callable[[], T]) -> T:
    """A core refusal of what was asked (no such counter, a date in the past, an end before
    the start, impossible hours) is wrong usage (exit 2); `impact_changed` stays a problem
    found (exit 1, through main)."""
    try:
        return call()
    except NotFound as exc:
        raise UsageError(str(exc)) from exc
    except CounterSetupError as exc:
        if exc.code == "impact_changed":
            raise
        raise UsageError(str(exc)) from exc


def _overview(bo: Backoffice, code: str | None = None) -> tuple[list[CounterOverview], CounterOverview | None]:
    """Every counter (the shipped ones seeded into an empty database, as the screen does)."""
    rows = counters.setup_overview(bo, operator_actor())
    return rows, next((o for o in rows if o.counter.code == code), None)


def _known(rows: list[CounterOverview], code: str) -> UsageError:
    return UsageError(f"no counter {code!r}; the counters are: {', '.join(o.counter.code for o in rows) or '-'}")


def _range_text(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


def counter_json(o: CounterOverview) -> dict[str, Any]:
    c = o.counter
    return {"code": c.code, "name": c.name, "opens": f"{c.opens:%H:%M}", "closes": f"{c.closes:%H:%M}",
            "slot_minutes": c.slot_minutes, "capacity": c.capacity,
            "closures": [{"first": r.first.isoformat(), "last": r.last.isoformat(), "note": r.note}
                         for r in o.closures]}


def affected_json(a: Affected) -> dict[str, Any]:
    return {"appointment_id": a.appointment_id, "starts_at": to_jst(a.starts_at).isoformat(timespec="seconds"),
            "reason": a.reason, "visitor_name": a.visitor_name, "application_id": a.application_id,
            "contact": a.contact, "other_department": a.other_department, "restricted": a.restricted}


def affected_line(a: Affected, names: bool) -> str:
    cells = [f"{to_jst(a.starts_at):%Y-%m-%d %H:%M}", a.reason]
    if names and a.other_department:
        cells.append("(an application of another department)")
    elif names and a.restricted:
        cells += ["(protected person)", a.application_id or "-"]
    elif names:
        cells += [a.visitor_name or "-", a.application_id or "-", a.contact or "-"]
    return "\t".join(cells)


def _print_affected(impact: Impact) -> None:
    for a in impact.affected:
        print("  " + affected_line(a, impact.names_shown))


def cmd_counters_list(bo: Backoffice, args: argparse.Namespace) -> int:
    rows, _ = _overview(bo)
    if args.format == "json":
        print_json([counter_json(o) for o in rows])
        return 0
    for o in rows:
        c = o.counter
        closures = ", ".join(_range_text(r.first, r.last) + (f" ({r.note})" if r.note else "")
                             for r in o.closures) or "-"
        print(f"{c.code}\t{c.name}\t{c.opens:%H:%M}-{c.closes:%H:%M}\t{c.slot_minutes} min\t"
              f"{c.capacity} seat(s)\tclosed: {closures}")
    return 0


def _refused(impact: Impact, what: str, fmt: str, body: dict[str, Any]) -> int:
    """Bookings would be affected and --confirm was not given: list them, change nothing."""
    n = len(impact.affected)
    if fmt == "json":
        print_json({**body, "status": "refused", "affected": [affected_json(a) for a in impact.affected]})
    else:
        print(f"{n} booking(s) in {impact.slots} slot(s) at {impact.counter_code} would no longer have a place "
              f"({what}):")
        _print_affected(impact)
    print(f"nothing changed: {n} booking(s) would be affected; they stay booked and are never cancelled "
          "here. Contact the applicants, then run again with --confirm", file=sys.stderr)
    return 1


def _saved_note(impact: Impact) -> None:
    if impact.affected:
        print(f"{len(impact.affected)} booking(s) stay booked without a place: contact the applicants and move "
              "or cancel them on the appointments page (窓口予約):")
        _print_affected(impact)


def cmd_counters_close(bo: Backoffice, args: argparse.Namespace) -> int:
    actor = operator_actor()
    first, last = args.first, args.last or args.first
    rows, found = _overview(bo, args.counter)
    if found is None:
        raise _known(rows, args.counter)
    body = {"counter": args.counter, "first": first.isoformat(), "last": last.isoformat(),
            "note": args.reason.strip()}
    impact = _usage(lambda: counter_closures.preview_closure(bo, actor, args.counter, first, last))
    if impact.affected and not args.confirm:
        return _refused(impact, f"closed {_range_text(first, last)}", args.format, body)
    saved = _usage(lambda: counter_closures.close_days(bo, actor, args.counter, first, last, args.reason,
                                                       seen=impact.ids))
    status = "closed" if saved.changed else "already_closed"
    if args.format == "json":
        print_json({**body, "status": status, "affected": [affected_json(a) for a in saved.affected]})
        return 0
    if not saved.changed:
        print(f"{args.counter} was already closed on {_range_text(first, last)}; nothing changed")
        return 0
    print(f"{args.counter} closed on {_range_text(first, last)} ({args.reason.strip()})")
    _saved_note(saved)
    return 0


def cmd_counters_reopen(bo: Backoffice, args: argparse.Namespace) -> int:
    first, last = args.first, args.last or args.first
    rows, found = _overview(bo, args.counter)
    if found is None:
        raise _known(rows, args.counter)
    n = _usage(lambda: counter_closures.reopen_days(bo, operator_actor(), args.counter, first, last))
    if args.format == "json":
        print_json({"counter": args.counter, "first": first.isoformat(), "last": last.isoformat(), "reopened": n})
    elif n:
        print(f"{args.counter}: {n} day(s) reopened ({_range_text(first, last)})")
    else:
        print(f"{args.counter} had no closure of its own on {_range_text(first, last)} from today on; "
              "nothing changed (weekends and holidays stay closed)")
    return 0


def _wanted(args: argparse.Namespace, found: CounterOverview | None) -> Setup:
    given = {"name": args.name, "opens": args.opens, "closes": args.closes,
             "slot_minutes": args.slot_minutes, "capacity": args.capacity}
    if found is None:
        missing = [f"--{k.replace('_', '-')}" for k, v in given.items() if v is None]
        if missing:
            raise UsageError(f"no counter {args.counter!r}: a new counter needs {', '.join(missing)}")
        return Setup(args.counter, args.name, args.opens, args.closes, args.slot_minutes, args.capacity)
    if all(v is None for v in given.values()):
        raise UsageError("nothing to change: give --name, --opens, --closes, --slot-minutes or --capacity")
    c = found.counter
    return Setup(c.code, c.name if args.name is None else args.name, args.opens or c.opens, args.closes or c.closes,
                 c.slot_minutes if args.slot_minutes is None else args.slot_minutes,
                 c.capacity if args.capacity is None else args.capacity)


def cmd_counters_set(bo: Backoffice, args: argparse.Namespace) -> int:
    actor = operator_actor()
    _, found = _overview(bo, args.counter)
    setup = _wanted(args, found)
    body = {"counter": setup.code, "name": setup.name.strip(), "opens": f"{setup.opens:%H:%M}",
            "closes": f"{setup.closes:%H:%M}", "slot_minutes": setup.slot_minutes, "capacity": setup.capacity}
    impact = _usage(lambda: counters.preview_setup(bo, actor, setup))
    if impact.affected and not args.confirm:
        return _refused(impact, "the new hours and seats", args.format, body)
    saved = _usage(lambda: counters.save_setup(bo, actor, setup, seen=impact.ids))
    status = "added" if found is None else "saved" if saved.changed else "unchanged"
    if args.format == "json":
        print_json({**body, "status": status, "affected": [affected_json(a) for a in saved.affected]})
        return 0
    hours = f"{setup.opens:%H:%M}-{setup.closes:%H:%M}, {setup.slot_minutes} min, {setup.capacity} seat(s)"
    if status == "unchanged":
        print(f"{setup.code} already has these hours and seats; nothing changed")
    else:
        print(f"{setup.code} ({setup.name.strip()}) {'added' if found is None else 'saved'}: {hours}")
    _saved_note(saved)
    return 0
