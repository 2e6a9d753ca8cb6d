"""Time helpers. Staff and the spec speak Japan time; the database stores aware UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import overload

JST = timezone(timedelta(hours=9), "JST")


def utcnow() -> datetime:
    return datetime.now(UTC)


def now_jst() -> datetime:
    return datetime.now(JST)


@overload
def as_utc(dt: datetime) -> datetime: ...
@overload
def as_utc(dt: None) -> None: ...
def as_utc(dt: datetime | None) -> datetime | None:
    """A time read from the database as an aware UTC time (None stays None). SQLite hands
    back naive datetimes; we only ever store UTC, so a naive one is UTC. The one place
    that says so: compare, subtract and hash only what passed through here."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def to_jst(dt: datetime) -> datetime:
    return as_utc(dt).astimezone(JST)


def rfc3339(dt: datetime) -> str:
    """RFC 3339 in Japan time with offset, seconds precision: 2026-11-28T09:20:11+09:00."""
    return to_jst(dt).replace(microsecond=0).isoformat()


def parse_rfc3339(text: str) -> datetime:
    """Parse RFC 3339 that must carry an offset; raises ValueError otherwise."""
    if not isinstance(text, str) or "T" not in text.upper():
        raise ValueError(f"not an RFC 3339 date-time: {text!r}")
    dt = datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    if dt.tzinfo is None:
        raise ValueError(f"date-time without offset: {text!r}")
    return dt


def today_jst() -> date:
    return now_jst().date()


def last_slot(now: datetime, export_time: time) -> datetime:
    """The latest daily moment `export_time` (Japan time) at or before `now`."""
    local = to_jst(now)
    slot = datetime.combine(local.date(), export_time.replace(tzinfo=None), JST)
    return slot if slot <= local else slot - timedelta(days=1)


def is_due(now: datetime, export_time: time | None, last_run: datetime | None) -> bool:
    """True when a scheduled export should run now: a schedule is set and the last
    scheduled run (None: never) is older than the latest slot."""
    if export_time is None:
        return False
    slot = last_slot(now, export_time)
    return last_run is None or to_jst(last_run) < slot
