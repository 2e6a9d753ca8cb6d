"""Counter locations that take reservations: opening hours, slot length, capacity and
closures, stored in the database and seeded from resources/counters.toml on first use.
A counter is open on business days (backoffice.platform.calendar) that are not its own closures."""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db.models_supervision import CounterClosure, CounterLocation
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import ConfigError, NotFound
from backoffice.platform.resources import resource_path
from backoffice.platform.timeutil import JST

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CounterInfo:
    pk: int
    code: str
    name: str
    opens: time
    closes: time
    slot_minutes: int
    capacity: int


@dataclass(frozen=True)
class SlotTime:
    starts_at: datetime  # aware, UTC
    ends_at: datetime


def _info(c: CounterLocation) -> CounterInfo:
    return CounterInfo(c.id, c.code, c.name, c.opens, c.closes, c.slot_minutes, c.capacity)


def _hhmm(value: Any, where: str) -> time:
    try:
        return time.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        raise ConfigError(f"{where}: expected HH:MM, got {value!r}") from None


def load_counters_file(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or resource_path("counters.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    out = []
    for code, entry in data.get("counters", {}).items():
        where = f"{path} [counters.{code}]"
        opens, closes = _hhmm(entry.get("opens"), where), _hhmm(entry.get("closes"), where)
        slot, cap = entry.get("slot_minutes"), entry.get("capacity")
        if not isinstance(opens, time) or not isinstance(closes, time) or opens >= closes:
            raise ConfigError(f"{where}: opens must be before closes")
        if not isinstance(slot, int) or slot < 5 or not isinstance(cap, int) or cap < 1:
            raise ConfigError(f"{where}: slot_minutes (>= 5) and capacity (>= 1) must be integers")
        out.append({"code": code, "name": str(entry.get("name", code)), "opens": opens,
                    "closes": closes, "slot_minutes": slot, "capacity": cap})
    return out


def seed(s: Session, path: Path | None = None) -> int:
    """Add the counters of the file that the database does not have yet. Returns how many."""
    have = set(s.scalars(select(CounterLocation.code)))
    added = 0
    for entry in load_counters_file(path):
        if entry["code"] not in have:
            s.add(CounterLocation(**entry))
            added += 1
    if added:
        s.flush()
        log.info("seeded %d counter location(s)", added)
    return added


def locations(bo: Backoffice, actor: Actor) -> list[CounterInfo]:
    """Every counter; seeds the shipped ones into an empty database first."""
    require(actor, "appointment.view")
    with bo.db.read() as s:
        empty = not s.scalar(select(func.count()).select_from(CounterLocation))
    if empty:
        try:
            with bo.db.write() as s:
                seed(s)
        except IntegrityError:  # another workstation seeded at the same moment
            log.debug("counters already seeded by someone else")
    with bo.db.read() as s:
        return [_info(c) for c in s.scalars(select(CounterLocation).order_by(CounterLocation.code))]


def get_location(s: Session, code: str) -> CounterLocation:
    loc = s.scalar(select(CounterLocation).where(CounterLocation.code == code))
    if loc is None:
        raise NotFound(f"no counter {code!r}")
    return loc


def closed_days(s: Session, loc: CounterLocation, start: date, end: date) -> set[date]:
    return set(s.scalars(select(CounterClosure.day).where(
        CounterClosure.location_pk == loc.id, CounterClosure.day >= start, CounterClosure.day <= end)))


def is_open(bo: Backoffice, s: Session, loc: CounterLocation, day: date) -> bool:
    return bo.calendar.is_business_day(day) and day not in closed_days(s, loc, day, day)


def schedule(loc: CounterLocation | CounterInfo, day: date) -> list[SlotTime]:
    """The slots of an open day: from opening time, every slot_minutes, ending by closing."""
    out: list[SlotTime] = []
    start = datetime.combine(day, loc.opens, JST)
    close = datetime.combine(day, loc.closes, JST)
    step = timedelta(minutes=loc.slot_minutes)
    while start + step <= close:
        out.append(SlotTime(start.astimezone(UTC), (start + step).astimezone(UTC)))
        start += step
    return out


def add_closure(bo: Backoffice, actor: Actor, code: str, day: date, note: str = "") -> None:
    """Close one counter for a day (bookings already made stay; the day list shows them)."""
    require(actor, "appointment.configure")
    with bo.db.write() as s:
        loc = get_location(s, code)
        if day in closed_days(s, loc, day, day):
            return
        s.add(CounterClosure(location_pk=loc.id, day=day, note=note))
        audit.record(s, actor, "counter.close_day", f"counter:{code}", day=day.isoformat(), note=note)
