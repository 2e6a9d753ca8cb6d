"""What the portal must know about the back office's own data (portal-v1 §1): the procedure
catalog (catalog/1) and each counter's bookable slots (slots/1).

Both are published when their content differs from the last message about them (sha256
of the content, stored with the message), in one transaction with that comparison: so a
change is published exactly once, also across crashes, and the first cycle after `init`
on an empty outbox history publishes the catalog. The check runs in every sync cycle just
before the outbox is written, so a booking, a cancellation, a closure or a counter edit
made on any workstation reaches the portal with the next cycle (the same moment a message
made in the booking's own transaction would be written), and the horizon moving on by a
day or a slot of today ending (free 0 from then on) is published too.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.db.models_supervision import Appointment, CounterLocation
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import as_utc, rfc3339, today_jst, utcnow
from backoffice.portal import outbox
from backoffice.supervision import counters

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ catalog/1
def catalog_procedures(bo: Backoffice) -> list[dict[str, Any]]:
    """The catalog in force as catalog/1 lists it, without effective_from."""
    return [{"code": p.code, "name": p.name, "department": p.department, "fee_per_copy": p.fee_per_copy,
             "processing_days": p.processing_days, "signature": "required" if p.signature_required else "none",
             "required_attachments": list(p.required_attachments)} for p in bo.catalog]


def catalog_in(s: Session, bo: Backoffice) -> bool:
    """Queue catalog/1 when the catalog differs from the last one published. A procedure
    unchanged since then keeps its effective_from; a new or changed one is in force from
    today (the catalog file has no scheduled changes yet, so none are listed)."""
    procs = catalog_procedures(bo)
    fp = outbox.fingerprint(procs)
    last = outbox.last_published(s, "catalog")
    if last is not None and last.fingerprint == fp:
        return False
    before: dict[str, dict[str, Any]] = {}
    if last is not None:
        before = {p["code"]: p for p in json.loads(last.payload).get("procedures", [])}
    today = today_jst().isoformat()
    listed = []
    for p in procs:
        old = before.get(p["code"])
        same = old is not None and {k: v for k, v in old.items() if k != "effective_from"} == p
        listed.append({**p, "effective_from": old["effective_from"] if same and old else today})
    msg = outbox.publish(s, "catalog/1", "catalog", {"procedures": listed})
    msg.fingerprint = fp  # of the content without effective_from: compared on the next cycle
    log.info("catalog/1 queued (%d procedures)", len(listed))
    return True


# ------------------------------------------------------------------ slots/1
def horizon(bo: Backoffice, start: date | None = None) -> list[date]:
    """The next [appointments] publish_days business days, today included when it is one."""
    day = start or today_jst()
    days: list[date] = [day] if bo.calendar.is_business_day(day) else []
    while len(days) < bo.config.publish_days:
        day = bo.calendar.add_business_days(day, 1)
        days.append(day)
    return days


def slots_content(s: Session, bo: Backoffice, loc: CounterLocation, days: list[date]) -> dict[str, Any]:
    """slots/1's body for one counter: every day of the horizon with its slots and free
    seats; a day the counter is closed has no slots."""
    closed = counters.closed_days(s, loc, days[0], days[-1]) if days else set()
    times = {d: counters.schedule(loc, d) for d in days if d not in closed}
    all_times = [t for ts in times.values() for t in ts]
    taken: dict[datetime, int] = {}
    if all_times:
        for start, n in s.execute(
                select(Appointment.starts_at, func.count(Appointment.id))
                .where(Appointment.location_pk == loc.id, Appointment.seat.is_not(None),
                       Appointment.starts_at >= all_times[0].starts_at,
                       Appointment.starts_at <= all_times[-1].starts_at)
                .group_by(Appointment.starts_at)):
            taken[as_utc(start)] = int(n)
    now = utcnow()  # a slot that is over cannot be booked (appointments._book): free 0
    out_days = []
    for d in days:
        slots = [{"start": rfc3339(t.starts_at), "end": rfc3339(t.ends_at),
                  "free": 0 if t.ends_at <= now else max(loc.capacity - taken.get(t.starts_at, 0), 0)}
                 for t in times.get(d, [])]
        out_days.append({"date": d.isoformat(), "slots": slots})
    return {"counter": loc.code, "days": out_days}


def slots_in(s: Session, bo: Backoffice, code: str) -> bool:
    """Queue slots/1 for one counter when its bookable capacity differs from the last
    published; call it in the transaction that changed it."""
    loc = s.scalar(select(CounterLocation).where(CounterLocation.code == code))
    if loc is None:
        return False
    body = slots_content(s, bo, loc, horizon(bo))
    subject = f"slots:{code}"
    fp = outbox.fingerprint(body)
    last = outbox.last_published(s, subject)
    if last is not None and last.fingerprint == fp:
        return False
    outbox.publish(s, "slots/1", subject, body)
    return True


def publish_due(bo: Backoffice) -> int:
    """The sync cycle's check: catalog/1 and every counter's slots/1 when changed."""
    n = 0
    with bo.db.write() as s:
        n += catalog_in(s, bo)
        for code in list(s.scalars(select(CounterLocation.code).order_by(CounterLocation.code))):
            n += slots_in(s, bo, code)
    return n
