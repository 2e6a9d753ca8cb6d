"""A counter's own closed days (issue 16 item 4, `appointment.configure`): on top of the
business calendar's weekends and holidays, a counter can be closed from one day to another
and reopened. `preview_closure` lists the booked appointments the days would fall on
(`counters.Impact`) before anything is saved; `close_days` and `reopen_days` save in one
transaction, audited, and `close_days` refuses when bookings the person has not seen would
be affected (`impact_changed`). Bookings are never cancelled: they stay and are listed for
contacting the applicants. The counters themselves (hours, slot length, seats), the impact
check and the list for contacting are in backoffice.supervision.counters; the desktop's
窓口と休止日 and `backoffice counters` (backoffice/cli/commands_counters.py) call both."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from backoffice.accounts import sessions
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db.engine import is_person
from backoffice.db.models_supervision import CounterClosure, CounterLocation
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import NotFound
from backoffice.platform.timeutil import today_jst
from backoffice.supervision.counters import (
    MAX_CLOSURE_DAYS,
    CounterSetupError,
    Impact,
    audit_listed,
    closed_days,
    closed_from_today,
    coming_bookings,
    find_counter,
    fits,
    get_location,
    impact_of,
    refuse_unseen,
)


def add_closure(bo: Backoffice, actor: Actor, code: str, day: date, note: str = "") -> None:
    """Close one counter for a day (bookings already made stay; the day list shows them)."""
    require(actor, "appointment.configure")
    with bo.db.write() as s:
        loc = get_location(s, code)
        if day in closed_days(s, loc, day, day):
            return
        if is_person(s):  # the server: the day and the audit entry (counter.close_days) in the person's name
            sessions.check_in(s, actor)
            s.execute(text("SELECT bo_counter_close_days(:c, :f, :l, :n, 0)"),  # server_admin.py
                      {"c": loc.code, "f": day, "l": day, "n": note})
            return
        s.add(CounterClosure(location_pk=loc.id, day=day, note=note))
        audit.record(s, actor, "counter.close_day", f"counter:{code}", day=day.isoformat(), note=note)


def check_closure(first: date, last: date, note: str = "") -> None:
    if last < first:
        raise CounterSetupError(f"the closure ends ({last}) before it starts ({first})",
                                code="closure_reversed", first=first, last=last)
    if first < today_jst():
        raise CounterSetupError(f"{first} is in the past: a closure starts today or later",
                                code="closure_past", first=first)
    if (last - first).days + 1 > MAX_CLOSURE_DAYS:
        raise CounterSetupError(f"a closure is at most {MAX_CLOSURE_DAYS} days", code="closure_too_long",
                                days=MAX_CLOSURE_DAYS)
    if len(note) > 200:
        raise CounterSetupError("the closure note is at most 200 characters", code="closure_note")


def _closure_impact(s: Session, bo: Backoffice, actor: Actor, loc: CounterLocation, first: date,
                    last: date) -> Impact:
    rows = coming_bookings(s, loc)
    closed = closed_from_today(s, loc, rows)
    added = {first + timedelta(days=i) for i in range((last - first).days + 1)}
    before = fits(loc, closed, bo.calendar.is_business_day, rows)
    after = fits(loc, closed | added, bo.calendar.is_business_day, rows)
    return impact_of(s, actor, loc, rows, {k: v for k, v in after.items() if k not in before})


def preview_closure(bo: Backoffice, actor: Actor, code: str, first: date, last: date) -> Impact:
    """The bookings that closing the counter from `first` to `last` would fall on."""
    require(actor, "appointment.configure")
    check_closure(first, last)
    with bo.db.write() as s:
        loc = get_location(s, code)
        impact = _closure_impact(s, bo, actor, loc, first, last)
        audit_listed(s, actor, impact, "closure")
        return impact


def close_days(bo: Backoffice, actor: Actor, code: str, first: date, last: date, note: str = "",
               seen: frozenset[int] | None = None) -> Impact:
    """Close the counter on every day from `first` to `last` (a single day: first == last),
    in one transaction, audited as `counter.close_days`. Days already closed keep their
    note. `seen` as for save_setup. Bookings on those days stay; the Impact lists them."""
    require(actor, "appointment.configure")
    note = note.strip()
    check_closure(first, last, note)
    with bo.db.write() as s:
        loc = find_counter(s, code, lock=not is_person(s))  # a person's lock is the server function's
        if loc is None:
            raise NotFound(f"no counter {code!r}")
        impact = _closure_impact(s, bo, actor, loc, first, last)
        refuse_unseen(impact, seen)
        if is_person(s):  # the server: the days, the audit entry in the person's name
            sessions.check_in(s, actor)  # the login session still holds, in this transaction
            if not s.execute(text("SELECT bo_counter_close_days(:c, :f, :l, :n, :a)"),  # server_admin.py
                             {"c": loc.code, "f": first, "l": last, "n": note, "a": len(impact.affected)}).scalar_one():
                return Impact(impact.counter_code, impact.counter_name, (), impact.names_shown, impact.booked,
                              changed=False)
            return impact
        have = closed_days(s, loc, first, last)
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        new = [d for d in days if d not in have]
        s.add_all(CounterClosure(location_pk=loc.id, day=d, note=note) for d in new)
        if not new:
            return Impact(impact.counter_code, impact.counter_name, (), impact.names_shown, impact.booked,
                          changed=False)
        s.flush()
        audit.record(s, actor, "counter.close_days", f"counter:{loc.code}", first=first.isoformat(),
                     last=last.isoformat(), days=len(new), note=note, affected=len(impact.affected))
        return impact


def reopen_days(bo: Backoffice, actor: Actor, code: str, first: date, last: date) -> int:
    """Remove the counter's own closures from `first` to `last` (today or later; the
    business calendar's holidays stay closed). Audited as `counter.reopen_days`. Returns how
    many days were reopened."""
    require(actor, "appointment.configure")
    if last < first:
        raise CounterSetupError(f"the range ends ({last}) before it starts ({first})",
                                code="closure_reversed", first=first, last=last)
    first = max(first, today_jst())
    with bo.db.write() as s:
        loc = find_counter(s, code, lock=not is_person(s))  # a person's lock is the server function's
        if loc is None:
            raise NotFound(f"no counter {code!r}")
        if last < first:
            return 0
        if is_person(s):  # the server: the days, the audit entry in the person's name
            sessions.check_in(s, actor)  # the login session still holds, in this transaction
            return int(s.execute(text("SELECT bo_counter_reopen_days(:c, :f, :l)"),  # server_admin.py
                                 {"c": loc.code, "f": first, "l": last}).scalar_one())
        gone = s.execute(delete(CounterClosure).where(
            CounterClosure.location_pk == loc.id, CounterClosure.day >= first, CounterClosure.day <= last))
        count = int(getattr(gone, "rowcount", 0) or 0)
        if count:
            audit.record(s, actor, "counter.reopen_days", f"counter:{loc.code}", first=first.isoformat(),
                         last=last.isoformat(), days=count)
        return count
