"""Counter locations that take reservations: opening hours, slot length, capacity and
closures, stored in the database and seeded from resources/counters.toml on first use.
A counter is open on business days (backoffice.platform.calendar) that are not its own closures.

Setting them up (issue 16 item 4, `appointment.configure`: supervisors and administrators):
`setup_overview` lists every counter with its coming closures; `preview_setup` says which
booked appointments a change would leave outside the hours, off the slot grid or over the
seats (`Impact`) before anything is saved; `save_setup` saves in one transaction, audited,
and refuses when bookings the person has not seen would be affected (`impact_changed`).
Closing and reopening days (`preview_closure`, `close_days`, `reopen_days`) are in
backoffice.supervision.counter_closures, on the impact check of this module (`fits`,
`coming_bookings`, `impact_of`, `refuse_unseen`). Bookings are never cancelled here: the
list is for contacting the applicants, who are then moved or cancelled on the appointments
page. Names and contacts in the list need `appointment.view` (supervisors); administrators
see the slots and counts only (separation of duties, docs/supervision.md)."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.accounts import scope, sessions
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db import units
from backoffice.db.engine import is_person
from backoffice.db.models import Application, Revision
from backoffice.db.models_supervision import Appointment, CounterClosure, CounterLocation
from backoffice.intake.textrules import starts_like_formula
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, ConfigError, NotFound
from backoffice.platform.resources import resource_path
from backoffice.platform.timeutil import JST, as_utc, to_jst, today_jst, utcnow

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
    return _seeded_locations(bo)


def seed_if_empty(bo: Backoffice) -> int:
    """The shipped counters into a database that has none; how many were added. The shared
    role's first look does it, and the sync agent when it starts (cli `sync`): with per-person
    roles (issue 19) a person may not insert counters, so the agent seeds them."""
    with bo.db.read() as s:
        if s.scalar(select(func.count()).select_from(CounterLocation)):
            return 0
    try:
        with bo.db.write() as s:
            return seed(s)
    except IntegrityError:  # another workstation seeded at the same moment
        log.debug("counters already seeded by someone else")
        return 0


def _seeded_locations(bo: Backoffice) -> list[CounterInfo]:
    if bo.db.person is None:  # a person does not seed (no INSERT): the shared role or the agent
        seed_if_empty(bo)
    with bo.db.read() as s:
        return [_info(c) for c in s.scalars(select(CounterLocation).order_by(CounterLocation.code))]


def get_location(s: Session, code: str, *, shared_lock: bool = False) -> CounterLocation:
    """The counter by code. `shared_lock` (a booking): FOR SHARE on PostgreSQL, so a change
    of the counter (save_setup, close_days: FOR UPDATE) waits for the bookings under way,
    and a booking started during a change waits for it and then sees the new hours."""
    q = select(CounterLocation).where(CounterLocation.code == code)
    loc = s.scalar(units.for_update(s, q, shared=True) if shared_lock else q)
    if loc is None:
        raise NotFound(f"no counter {code!r}")
    return loc


def closed_days(s: Session, loc: CounterLocation, start: date, end: date) -> set[date]:
    return set(s.scalars(select(CounterClosure.day).where(
        CounterClosure.location_pk == loc.id, CounterClosure.day >= start, CounterClosure.day <= end)))


def is_open(bo: Backoffice, s: Session, loc: CounterLocation, day: date) -> bool:
    return bo.calendar.is_business_day(day) and day not in closed_days(s, loc, day, day)


def schedule(loc: CounterLocation | CounterInfo | Setup, day: date) -> list[SlotTime]:
    """The slots of an open day: from opening time, every slot_minutes, ending by closing."""
    out: list[SlotTime] = []
    start = datetime.combine(day, loc.opens, JST)
    close = datetime.combine(day, loc.closes, JST)
    step = timedelta(minutes=loc.slot_minutes)
    while start + step <= close:
        out.append(SlotTime(start.astimezone(UTC), (start + step).astimezone(UTC)))
        start += step
    return out


# --- setting counters up (issue 16 item 4) ------------------------------------------------

CODE_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
MAX_CAPACITY = 50
MAX_SLOT_MINUTES = 240
MAX_CLOSURE_DAYS = 366
# why a booked appointment no longer fits, in the order a reader looks for it
CLOSED_DAY, OUTSIDE_HOURS, NOT_A_SLOT, OVER_CAPACITY = "closed_day", "outside_hours", "not_a_slot", "over_capacity"
REASONS = (CLOSED_DAY, OUTSIDE_HOURS, NOT_A_SLOT, OVER_CAPACITY)


class CounterSetupError(BackofficeError):
    """A counter's hours, slot length, seats or closures cannot be saved as given (the
    `code` says which rule; the desktop says it in the staff's words, ui/errors.py)."""

    default_code = "counter_setup"


@dataclass(frozen=True)
class Setup:
    """A counter as it is to be: an existing code changes that counter, a new one adds it."""

    code: str
    name: str
    opens: time
    closes: time
    slot_minutes: int
    capacity: int


@dataclass(frozen=True)
class ClosureRange:
    first: date
    last: date
    note: str


@dataclass(frozen=True)
class CounterOverview:
    counter: CounterInfo
    closures: tuple[ClosureRange, ...]  # today and later, consecutive days with one note joined


@dataclass(frozen=True)
class Affected:
    """A booked appointment the change leaves without a place. `visitor_name`,
    `application_id` and `contact` are None for a reader without `appointment.view`
    (administrators) and, with `other_department`, for a booking of an application of a
    department the reader does not work for (need-to-know, as the day list); `contact`
    also when nothing is known (a booking by hand). With `restricted` (支援措置,
    records/restriction.py) the name and contact are masked for everyone, as in every list:
    the application number is kept, and a `record.restricted` holder opens the application."""

    appointment_id: int
    starts_at: datetime
    reason: str
    visitor_name: str | None
    application_id: str | None
    contact: str | None
    other_department: bool = False
    restricted: bool = False


@dataclass(frozen=True)
class Impact:
    counter_code: str
    counter_name: str
    affected: tuple[Affected, ...]
    names_shown: bool
    booked: int  # coming bookings of the counter that were looked at
    changed: bool = True  # False when saving found nothing to change

    @property
    def ids(self) -> frozenset[int]:
        return frozenset(a.appointment_id for a in self.affected)

    def count(self, reason: str) -> int:
        return sum(1 for a in self.affected if a.reason == reason)

    @property
    def slots(self) -> int:
        return len({a.starts_at for a in self.affected})


def fits(loc: CounterLocation | CounterInfo | Setup, closed: set[date], is_business_day: Callable[[date], bool],
          rows: Iterable[Appointment]) -> dict[int, str]:
    """appointment id -> reason, for the bookings that have no place at `loc` as given."""
    out: dict[int, str] = {}
    grids: dict[date, set[datetime]] = {}
    per_slot: dict[datetime, list[Appointment]] = {}
    for a in rows:
        start = as_utc(a.starts_at)
        local = to_jst(start)
        day = local.date()
        if day in closed or not is_business_day(day):
            out[a.id] = CLOSED_DAY
            continue
        grid = grids.get(day)
        if grid is None:
            grid = grids[day] = {t.starts_at for t in schedule(loc, day)}
        if start not in grid:
            inside = loc.opens <= local.time() < loc.closes
            out[a.id] = NOT_A_SLOT if inside else OUTSIDE_HOURS
            continue
        per_slot.setdefault(start, []).append(a)
    for group in per_slot.values():
        group.sort(key=lambda a: (a.seat or 0, a.id))
        for a in group[loc.capacity:]:  # the last seats booked go first
            out[a.id] = OVER_CAPACITY
    return out


def coming_bookings(s: Session, loc: CounterLocation) -> list[Appointment]:
    if is_person(s):  # every booking, as the seats are counted; names only of those the person reads
        return [Appointment(id=i, starts_at=at, seat=seat, application_pk=pk, visitor_name=name or "",
                            location_pk=loc.id, status="booked")
                for i, at, seat, pk, name in s.execute(text("SELECT * FROM bo_counter_bookings(:c)"),
                                                        {"c": loc.code})]
    return list(s.scalars(select(Appointment).where(
        Appointment.location_pk == loc.id, Appointment.status == "booked",
        Appointment.starts_at >= utcnow()).order_by(Appointment.starts_at, Appointment.seat, Appointment.id)))


def closed_from_today(s: Session, loc: CounterLocation, rows: list[Appointment]) -> set[date]:
    if not rows:
        return set()
    last = to_jst(as_utc(rows[-1].starts_at)).date()
    return closed_days(s, loc, today_jst(), last)


def _contact(s: Session, app: Application) -> str | None:
    """The applicant's phone and e-mail from the application's current revision."""
    if app.anonymized_at is not None:
        return None
    raw = s.scalar(select(Revision.application_json).where(
        Revision.application_pk == app.id, Revision.revision == app.revision))
    try:
        applicant = json.loads(raw).get("applicant") or {} if raw else {}
    except ValueError:
        return None
    parts = [str(applicant.get(k) or "").strip() for k in ("phone", "email")]
    return " / ".join(p for p in parts if p) or None


def impact_of(s: Session, actor: Actor, loc: CounterLocation, rows: list[Appointment],
            newly: dict[int, str], *, changed: bool = True) -> Impact:
    names = actor.has("appointment.view")
    apps: dict[int, Application] = {}
    if names:
        pks = {a.application_pk for a in rows if a.id in newly and a.application_pk is not None}
        if pks:
            apps = {a.id: a for a in s.scalars(select(Application).where(Application.id.in_(pks)))}
    out = []
    for a in rows:
        if a.id not in newly:
            continue
        app = apps.get(a.application_pk) if a.application_pk is not None else None
        if (app is not None and not scope.may_see(actor, app.department)) or (
                names and app is None and a.application_pk is not None):  # a person: not readable to them
            out.append(Affected(a.id, as_utc(a.starts_at), newly[a.id], None, None, None, other_department=True))
            continue
        if app is not None and app.restricted:
            out.append(Affected(a.id, as_utc(a.starts_at), newly[a.id], None, app.application_id, None,
                                restricted=True))
            continue
        out.append(Affected(a.id, as_utc(a.starts_at), newly[a.id],
                            a.visitor_name if names else None,
                            app.application_id if app is not None else None,
                            _contact(s, app) if app is not None else None))
    return Impact(loc.code, loc.name, tuple(out), names, len(rows), changed)


def audit_listed(s: Session, actor: Actor, impact: Impact, what: str) -> None:
    if impact.names_shown and impact.affected:  # names read: audited like the day list
        audit.record(s, actor, "counter.preview", f"counter:{impact.counter_code}", change=what,
                     count=len(impact.affected))


def check_setup(setup: Setup) -> None:
    """Refuse a counter that cannot take bookings as given (CounterSetupError with a code)."""
    if not CODE_RE.match(setup.code):
        raise CounterSetupError(f"counter code {setup.code!r}: lower-case letters, digits and '-', "
                                "at most 32", code="bad_counter_code", counter=setup.code)
    if not setup.name.strip() or len(setup.name.strip()) > 100:
        raise CounterSetupError("a counter needs a name of at most 100 characters", code="counter_name")
    if setup.opens >= setup.closes:
        raise CounterSetupError(f"opens {setup.opens:%H:%M} must be before closes {setup.closes:%H:%M}",
                                code="hours_reversed", opens=setup.opens, closes=setup.closes)
    if not 5 <= setup.slot_minutes <= MAX_SLOT_MINUTES:
        raise CounterSetupError(f"slot length {setup.slot_minutes} min: between 5 and {MAX_SLOT_MINUTES}",
                                code="bad_slot_minutes", minutes=setup.slot_minutes)
    open_minutes = (setup.closes.hour * 60 + setup.closes.minute) - (setup.opens.hour * 60 + setup.opens.minute)
    if open_minutes % setup.slot_minutes:
        raise CounterSetupError(f"{setup.opens:%H:%M}-{setup.closes:%H:%M} is not a whole number of "
                                f"{setup.slot_minutes}-minute slots", code="slot_not_dividing",
                                minutes=setup.slot_minutes, opens=setup.opens, closes=setup.closes)
    if not 1 <= setup.capacity <= MAX_CAPACITY:
        raise CounterSetupError(f"capacity {setup.capacity}: between 1 and {MAX_CAPACITY} seats per slot",
                                code="bad_capacity", capacity=setup.capacity)


def _ranges(days: list[tuple[date, str]]) -> tuple[ClosureRange, ...]:
    out: list[ClosureRange] = []
    for day, note in sorted(days):
        if out and out[-1].last + timedelta(days=1) == day and out[-1].note == note:
            out[-1] = ClosureRange(out[-1].first, day, note)
        else:
            out.append(ClosureRange(day, day, note))
    return tuple(out)


def setup_overview(bo: Backoffice, actor: Actor) -> list[CounterOverview]:
    """Every counter with its closures from today on (seeds the shipped counters first)."""
    require(actor, "appointment.configure")
    infos = _seeded_locations(bo)
    with bo.db.read() as s:
        rows = s.execute(select(CounterClosure.location_pk, CounterClosure.day, CounterClosure.note)
                         .where(CounterClosure.day >= today_jst())).all()
    by_loc: dict[int, list[tuple[date, str]]] = {}
    for pk, day, note in rows:
        by_loc.setdefault(pk, []).append((day, note or ""))
    return [CounterOverview(c, _ranges(by_loc.get(c.pk, []))) for c in infos]


def find_counter(s: Session, code: str, *, lock: bool) -> CounterLocation | None:
    q = select(CounterLocation).where(CounterLocation.code == code)
    return s.scalar(units.for_update(s, q) if lock else q)


def _setup_impact(s: Session, bo: Backoffice, actor: Actor, loc: CounterLocation, setup: Setup,
                  *, changed: bool = True) -> Impact:
    rows = coming_bookings(s, loc)
    closed = closed_from_today(s, loc, rows)
    before = fits(loc, closed, bo.calendar.is_business_day, rows)
    after = fits(setup, closed, bo.calendar.is_business_day, rows)
    return impact_of(s, actor, loc, rows, {k: v for k, v in after.items() if k not in before}, changed=changed)


def preview_setup(bo: Backoffice, actor: Actor, setup: Setup) -> Impact:
    """What saving `setup` would do to the counter's coming bookings; nothing is changed."""
    require(actor, "appointment.configure")
    check_setup(setup)
    with bo.db.write() as s:
        loc = find_counter(s, setup.code, lock=False)
        if loc is None:
            return Impact(setup.code, setup.name.strip(), (), actor.has("appointment.view"), 0)
        impact = _setup_impact(s, bo, actor, loc, setup)
        audit_listed(s, actor, impact, "setup")
        return impact


def refuse_unseen(impact: Impact, seen: frozenset[int] | None) -> None:
    if seen is not None and impact.ids - seen:
        raise CounterSetupError(f"{len(impact.ids - seen)} more booking(s) would be affected than shown; "
                                "check the effect again", code="impact_changed", count=len(impact.ids - seen))


def save_setup(bo: Backoffice, actor: Actor, setup: Setup, seen: frozenset[int] | None = None) -> Impact:
    """Add the counter or change its name, hours, slot length and seats, in one transaction,
    audited (`counter.create` / `counter.configure` with before and after). `seen`: the
    affected appointments the person was shown (`Impact.ids` of the preview); when the
    bookings changed meanwhile and more would be affected, nothing is saved
    (`impact_changed`). Bookings stay as they are: the returned Impact lists them."""
    require(actor, "appointment.configure")
    check_setup(setup)
    name = setup.name.strip()
    with bo.db.write() as s:
        if is_person(s):  # the server: the checks again, the row and the audit entry in the person's name
            return _save_setup_as_person(s, bo, actor, setup, seen)
        loc = find_counter(s, setup.code, lock=True)
        if loc is None:
            loc = CounterLocation(code=setup.code, name=name, opens=setup.opens, closes=setup.closes,
                                  slot_minutes=setup.slot_minutes, capacity=setup.capacity)
            s.add(loc)
            s.flush()
            audit.record(s, actor, "counter.create", f"counter:{setup.code}", name=name,
                         opens=f"{setup.opens:%H:%M}", closes=f"{setup.closes:%H:%M}",
                         slot_minutes=setup.slot_minutes, capacity=setup.capacity)
            return Impact(loc.code, loc.name, (), actor.has("appointment.view"), 0)
        before = {"name": loc.name, "opens": f"{loc.opens:%H:%M}", "closes": f"{loc.closes:%H:%M}",
                  "slot_minutes": loc.slot_minutes, "capacity": loc.capacity}
        after = {"name": name, "opens": f"{setup.opens:%H:%M}", "closes": f"{setup.closes:%H:%M}",
                 "slot_minutes": setup.slot_minutes, "capacity": setup.capacity}
        if before == after:
            return Impact(loc.code, loc.name, (), actor.has("appointment.view"), 0, changed=False)
        impact = _setup_impact(s, bo, actor, loc, setup)
        refuse_unseen(impact, seen)
        loc.name, loc.opens, loc.closes = name, setup.opens, setup.closes
        loc.slot_minutes, loc.capacity = setup.slot_minutes, setup.capacity
        changed = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
        audit.record(s, actor, "counter.configure", f"counter:{loc.code}", changed=changed,
                     affected=len(impact.affected), affected_slots=impact.slots)
        return impact


def _save_setup_as_person(s: Session, bo: Backoffice, actor: Actor, setup: Setup,
                          seen: frozenset[int] | None) -> Impact:
    loc = find_counter(s, setup.code, lock=False)
    impact = Impact(setup.code, setup.name.strip(), (), actor.has("appointment.view"), 0)
    if loc is not None:
        impact = _setup_impact(s, bo, actor, loc, setup)
        refuse_unseen(impact, seen)
    sessions.check_in(s, actor)  # the login session still holds, in this transaction
    done = str(s.execute(text("SELECT bo_counter_save(:c, :n, :o, :e, :m, :k, :a, :sl)"), {  # server_admin.py
        "c": setup.code, "n": setup.name.strip(), "o": setup.opens, "e": setup.closes, "m": setup.slot_minutes,
        "k": setup.capacity, "a": len(impact.affected), "sl": impact.slots}).scalar_one())
    if done == "unchanged":
        return Impact(impact.counter_code, impact.counter_name, (), impact.names_shown, 0, changed=False)
    return impact


def contact_csv(bo: Backoffice, actor: Actor, impact: Impact, header: list[str],
                reason_label: Callable[[str], str], when_label: Callable[[datetime], str],
                other_department: str = "", restricted: str = "") -> bytes:
    """The affected bookings as a CSV file (UTF-8 with BOM, CRLF; opens in Excel) for
    contacting the applicants: the columns of `header` (the caller's language) are the
    time, the reason, then — for a reader who may see them — name, application and contact.
    A cell that would start like a spreadsheet formula gets a leading apostrophe. Audited
    (`counter.contacts_export`: names handed out)."""
    require(actor, "appointment.configure")

    def cell(value: str | None) -> str:
        text = value or ""
        return "'" + text if starts_like_formula(text) else text

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header if impact.names_shown else header[:2])
    for a in impact.affected:
        line = [when_label(a.starts_at), reason_label(a.reason)]
        if impact.names_shown and a.other_department:
            line.append(other_department)
        elif impact.names_shown and a.restricted:
            line += [restricted, cell(a.application_id), ""]
        elif impact.names_shown:
            line += [cell(a.visitor_name), cell(a.application_id), cell(a.contact)]
        w.writerow(line)
    with bo.db.write() as s:
        audit.record(s, actor, "counter.contacts_export", f"counter:{impact.counter_code}",
                     count=len(impact.affected), names=impact.names_shown)
    return buf.getvalue().encode("utf-8-sig")
