"""What the portal must know about the back office's own data (portal-v1 §1): the procedure
catalog (catalog/1) and each counter's bookable slots (slots/1).

Both are published when their content differs from the last message about them, in one
transaction with that comparison (and, on PostgreSQL, under one advisory lock): so a
change is published exactly once, also across crashes and restarts, and the first cycle
after `init` on an empty outbox history publishes the catalog. The check runs in every
sync cycle just before the outbox is written, so a booking, a cancellation, a closure or a
counter edit made on any workstation reaches the portal with the next cycle, and the
horizon moving on by a day or a slot of today ending (free 0 from then on) is published
too. A catalog change (backoffice/administration/catalog_admin.py) also queues its
catalog/1 in its own transaction.

catalog/1 lists the catalog in force plus the changes already scheduled, each with its
effective_from, read from the database (procedure_versions): a version that takes effect
on a later day is published when it is scheduled, and the catalog is published again on
that day, when the catalog in force has changed (docs/formats/portal-v1.md).
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from backoffice.db import catalog_store
from backoffice.db.engine import is_postgres
from backoffice.db.models_catalog import ProcedureVersion
from backoffice.db.models_supervision import Appointment, CounterLocation
from backoffice.platform.catalog import Procedure
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import as_utc, rfc3339, today_jst, utcnow
from backoffice.portal import outbox
from backoffice.supervision import counters

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ catalog/1
def _public(p: Procedure) -> dict[str, Any]:
    """One procedure as catalog/1 lists it, without effective_from."""
    return {"code": p.code, "name": p.name, "department": p.department, "fee_per_copy": p.fee_per_copy,
            "processing_days": p.processing_days, "signature": "required" if p.signature_required else "none",
            "required_attachments": list(p.required_attachments)}


def _dated_in(s: Session) -> catalog_store.DatedCatalog | None:
    """The catalog kept in the database, read in the caller's transaction (not the copy the
    process opened with: another workstation may have changed it since); None before init."""
    versions: dict[str, list[tuple[date, dict[str, Any]]]] = {}
    for code, since, entry in s.execute(select(ProcedureVersion.code, ProcedureVersion.effective_from,
                                               ProcedureVersion.entry).order_by(ProcedureVersion.id)):
        versions.setdefault(code, []).append((since, dict(entry)))
    return catalog_store.DatedCatalog(versions) if versions else None


def _runs(s: Session, bo: Backoffice) -> dict[str, list[tuple[date | None, dict[str, Any]]]]:
    """Per procedure code, what the portal sees of it over time: (first day, public entry),
    oldest first. Consecutive versions that differ only in what catalog/1 does not carry
    (template, fields, approval steps ...) are one run: the portal hears of no change there.
    The first day is None for a catalog that is not in the database yet (the file's)."""
    dated = _dated_in(s)
    if dated is None:
        return {p.code: [(None, _public(p))] for p in bo.catalog}
    runs: dict[str, list[tuple[date | None, dict[str, Any]]]] = {}
    for code, versions in dated.versions.items():
        code_runs = runs.setdefault(code, [])
        for since, _entry in versions:
            proc = dated.on(since).get(code)
            if proc is None:
                continue
            public = _public(proc)
            if not code_runs or code_runs[-1][1] != public:
                code_runs.append((since, public))
    return runs


def catalog_listing(s: Session, bo: Backoffice, previous: list[dict[str, Any]],
                    today: date | None = None) -> list[dict[str, Any]]:
    """catalog/1's `procedures` (portal-v1 §1): the whole catalog in force today plus the
    changes already scheduled, each with its `effective_from`.

    - A procedure's entry in force carries the day its run took effect; a seeded one (in
      force "always", catalog_store.SEED_DATE) or one from the catalog file carries the day
      the back office first published it as it is (kept from `previous`, else today).
    - Each later run follows with its own effective_from (after today): the portal knows
      in advance and switches on that day by itself. On that day the catalog in force
      changes (the superseded entry leaves the list), and the next check publishes again.
    """
    day = today or today_jst()
    before: dict[str, list[dict[str, Any]]] = {}
    for p in previous:
        before.setdefault(str(p.get("code")), []).append(p)
    listed: list[dict[str, Any]] = []
    for code, code_runs in _runs(s, bo).items():
        in_force = [r for r in code_runs if r[0] is None or r[0] <= day]
        if in_force:
            since, public = in_force[-1]
            if since is None or since <= catalog_store.SEED_DATE:
                kept = [p["effective_from"] for p in before.get(code, [])
                        if {k: v for k, v in p.items() if k != "effective_from"} == public
                        and isinstance(p.get("effective_from"), str) and p["effective_from"] <= day.isoformat()]
                effective = kept[-1] if kept else day.isoformat()
            else:
                effective = since.isoformat()
            listed.append({**public, "effective_from": effective})
        listed += [{**public, "effective_from": since.isoformat()}
                   for since, public in code_runs if since is not None and since > day]
    return listed


def _same_listing(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    def key(p: dict[str, Any]) -> tuple[str, str]:
        return str(p.get("code")), str(p.get("effective_from"))

    return outbox.fingerprint(sorted(a, key=key)) == outbox.fingerprint(sorted(b, key=key))


def _serialize(s: Session) -> None:
    """One catalog/slots check at a time (the sync agent's cycle, a catalog change on a
    workstation): on PostgreSQL two would otherwise both see the old message and both
    publish; SQLite's write transaction (BEGIN IMMEDIATE) already holds the write lock."""
    if is_postgres(s):
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


_PG_LOCK_KEY = 0x706F7274616C  # "portal"


def catalog_in(s: Session, bo: Backoffice, today: date | None = None) -> bool:
    """Queue catalog/1 when the listing (catalog in force plus scheduled changes, with their
    effective_from) differs from the last one published, in the caller's transaction: so
    each change is published exactly once, also across crashes and restarts, and a
    scheduled change twice: in advance, and on the day it takes effect."""
    _serialize(s)
    last = outbox.last_published(s, "catalog")
    previous: list[dict[str, Any]] = json.loads(last.payload).get("procedures", []) if last is not None else []
    listed = catalog_listing(s, bo, previous, today)
    if last is not None and _same_listing(listed, previous):
        return False
    outbox.publish(s, "catalog/1", "catalog", {"procedures": listed})
    log.info("catalog/1 queued (%d entries)", len(listed))
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
    _serialize(s)
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
