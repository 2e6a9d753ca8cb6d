"""Counter appointments (brief.md capability 6): slots for a day, booking by hand or from
the appointment an applicant requested in the bundle (bundle-v1 §4 `appointment`), the
day's list, check-in, no-show, cancellation and the link to an application.

Capacity holds under concurrent booking from many workstations: the slot row is created
on first use (INSERT ... ON CONFLICT DO NOTHING) and then locked (PostgreSQL SELECT ...
FOR UPDATE; on SQLite the write transaction is BEGIN IMMEDIATE) before seats are counted;
the unique (slot, seat) constraint is a second guard.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, or_, select, text, true
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.casework import notices
from backoffice.db import units
from backoffice.db.engine import is_person
from backoffice.db.models import Application, Revision
from backoffice.db.models_supervision import Appointment, AppointmentSlot, CounterLocation
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, NotFound
from backoffice.platform.timeutil import JST, as_utc, parse_rfc3339, to_jst, utcnow
from backoffice.records import restriction
from backoffice.supervision import counters

log = logging.getLogger(__name__)

BOOKED, CHECKED_IN, NO_SHOW, CANCELLED = "booked", "checked_in", "no_show", "cancelled"


class BookingError(BackofficeError):
    """The slot is full, closed, not a slot, over, or the application is already booked."""


@dataclass(frozen=True)
class SlotInfo:
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked: int

    @property
    def free(self) -> int:
        return max(self.capacity - self.booked, 0)


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    location_code: str
    starts_at: datetime
    seat: int | None
    visitor_name: str
    purpose: str
    source: str
    status: str
    application_pk: int | None
    application_id: str | None
    checked_in_at: datetime | None
    # booked for a protected person's application (支援措置, records/restriction.py): the
    # visitor's name is blank and screens show a masked text
    restricted: bool = False


def _require_application(s: Session, actor: Actor, application_pk: int) -> None:
    """Need-to-know (issue 16): an appointment tied to an application belongs to that
    application's department; counter staff run the counter for every department."""
    department = s.scalar(select(Application.department).where(Application.id == application_pk))
    if department is None:
        raise NotFound(f"no application {application_pk}")
    scope.require_department(actor, department, handover=True)


def _visible(actor: Actor) -> ColumnElement[bool]:
    """Appointments the actor's day list shows: those of no application (a booking by hand
    carries no application's data) and those of an application of the actor's departments
    (every department for counter staff). Used with the outer join to applications."""
    mine = scope.condition(actor, Application.department, handover=True)
    return true() if mine is None else or_(Appointment.application_pk.is_(None), mine)


def _info(a: Appointment, code: str, application_id: str | None, hidden: bool = False) -> AppointmentInfo:
    return AppointmentInfo(a.id, code, as_utc(a.starts_at), a.seat, "" if hidden else a.visitor_name, a.purpose,
                           a.source, a.status, a.application_pk, application_id, as_utc(a.checked_in_at), hidden)


def _hidden(s: Session, application_pk: int | None) -> bool:
    return application_pk is not None and restriction.is_restricted(s, application_pk)


def slots_for_day(bo: Backoffice, actor: Actor, code: str, day: date) -> list[SlotInfo]:
    """Every slot of the day with its bookings; empty when the counter is closed."""
    require(actor, "appointment.view")
    with bo.db.read() as s:
        loc = counters.get_location(s, code)
        if not counters.is_open(bo, s, loc, day):
            return []
        times = counters.schedule(loc, day)
        if not times:
            return []
        taken: dict[datetime, int] = {}
        if is_person(s):  # issue 19: the person reads only some bookings; the server counts them all
            for start, n in s.execute(text("SELECT starts_at, taken FROM bo_seats_taken(:l, :a, :b)"),
                                      {"l": loc.id, "a": times[0].starts_at, "b": times[-1].starts_at}):
                taken[as_utc(start)] = int(n)
            return [SlotInfo(t.starts_at, t.ends_at, loc.capacity, taken.get(t.starts_at, 0)) for t in times]
        for start in s.scalars(select(Appointment.starts_at).where(
                Appointment.location_pk == loc.id, Appointment.seat.is_not(None),
                Appointment.starts_at >= times[0].starts_at, Appointment.starts_at <= times[-1].starts_at)):
            taken[as_utc(start)] = taken.get(as_utc(start), 0) + 1
        return [SlotInfo(t.starts_at, t.ends_at, loc.capacity, taken.get(t.starts_at, 0)) for t in times]


def _locked_slot(s: Session, loc: CounterLocation, start: datetime, end: datetime) -> AppointmentSlot:
    units.insert_if_absent(s, AppointmentSlot, ["location_pk", "starts_at"],
                           location_pk=loc.id, starts_at=start, ends_at=end)
    q = select(AppointmentSlot).where(AppointmentSlot.location_pk == loc.id, AppointmentSlot.starts_at == start)
    return s.scalars(units.for_update(s, q)).one()


def _book(s: Session, bo: Backoffice, actor: Actor, code: str, starts_at: datetime, visitor_name: str,
          purpose: str, application_pk: int | None, source: str) -> AppointmentInfo:
    if application_pk is not None:  # need-to-know (issue 16) before anything about the booking
        _require_application(s, actor, application_pk)
    if not visitor_name.strip():
        raise BookingError("a visitor name is required", code="visitor_required")
    person = is_person(s)  # issue 19: the server locks, counts the seats and writes (bo_appointment_book)
    loc = counters.get_location(s, code, shared_lock=not person)  # a counter change waits, or is waited for
    start = as_utc(starts_at)
    day = to_jst(start).date()
    if not counters.is_open(bo, s, loc, day):
        raise BookingError(f"{loc.name} is closed on {day.isoformat()}", code="counter_closed", counter=loc.name, day=day)
    slot_time = next((t for t in counters.schedule(loc, day) if t.starts_at == start), None)
    if slot_time is None:
        raise BookingError(f"{to_jst(start):%H:%M} is not a slot of {loc.name} "
                           f"({loc.opens:%H:%M}-{loc.closes:%H:%M}, every {loc.slot_minutes} min)",
                           code="not_a_slot", counter=loc.name, starts_at=start)
    if slot_time.ends_at <= utcnow():
        raise BookingError(f"the {to_jst(start):%Y-%m-%d %H:%M} slot is already over", code="slot_over", starts_at=start)
    if application_pk is not None and s.scalar(select(Appointment.id).where(
            Appointment.application_pk == application_pk, Appointment.status == BOOKED)):
        raise BookingError("this application already has an appointment; cancel it first", code="already_booked")
    if person:
        return _book_as_person(s, loc, code, start, slot_time.ends_at, visitor_name, purpose, application_pk,
                               source)
    slot = _locked_slot(s, loc, start, slot_time.ends_at)
    seats = set(s.scalars(select(Appointment.seat).where(Appointment.slot_pk == slot.id,
                                                        Appointment.seat.is_not(None))))
    free = sorted(set(range(1, loc.capacity + 1)) - seats)
    if not free:
        raise BookingError(f"the {to_jst(start):%Y-%m-%d %H:%M} slot of {loc.name} is full "
                           f"({loc.capacity} of {loc.capacity} booked)", code="slot_full", counter=loc.name,
                           starts_at=start)
    appt = Appointment(slot_pk=slot.id, seat=free[0], location_pk=loc.id, starts_at=start,
                       application_pk=application_pk, visitor_name=visitor_name.strip(),
                       purpose=purpose, source=source, status=BOOKED, booked_at=utcnow(), booked_by=actor.id)
    s.add(appt)
    s.flush()
    app_id = s.scalar(select(Application.application_id).where(Application.id == application_pk)) \
        if application_pk else None
    audit.record(s, actor, "appointment.book", f"appointment:{appt.id}", counter=code,
                 starts_at=to_jst(start).isoformat(), application=app_id, source=source)
    _notify(s, application_pk, "appointment_booked", loc.name, start)
    return _info(appt, code, app_id, _hidden(s, application_pk))


def _server(s: Session, statement: str, params: dict[str, object], **where: object) -> object:
    """A person's appointment change by the server's function; its refusals in BookingError's words."""
    try:
        return s.scalar(text(statement), params)
    except DBAPIError as exc:
        said = str(getattr(getattr(exc.orig, "diag", None), "message_primary", "") or "")
        if said in ("slot_full", "slot_over", "already_booked", "visitor_required", "appointment_state", "not_a_slot"):
            raise BookingError(f"refused by the server: {said}", code=said, **where) from None
        raise


def _code(s: Session, appt: Appointment) -> str:
    loc = s.get(CounterLocation, appt.location_pk)
    assert loc is not None
    return loc.code


def _book_as_person(s: Session, loc: CounterLocation, code: str, start: datetime, end: datetime,
                    visitor_name: str, purpose: str, application_pk: int | None, source: str) -> AppointmentInfo:
    pk = _server(s, "SELECT bo_appointment_book(:c, :s, :e, :v, :p, :a, :src)",
                 {"c": code, "s": start, "e": end, "v": visitor_name, "p": purpose, "a": application_pk,
                  "src": source}, counter=loc.name, starts_at=start)
    appt = s.get(Appointment, pk)
    assert appt is not None
    app_id = s.scalar(select(Application.application_id).where(Application.id == application_pk)) \
        if application_pk else None
    return _info(appt, code, app_id, _hidden(s, application_pk))


def book(bo: Backoffice, actor: Actor, code: str, starts_at: datetime, visitor_name: str, *,
         purpose: str = "", application_pk: int | None = None) -> AppointmentInfo:
    """Book a seat by hand (phone call, walk-in)."""
    require(actor, "appointment.manage")
    with bo.db.write() as s:
        return _book(s, bo, actor, code, starts_at, visitor_name, purpose, application_pk, "hand")


def requested_appointment(s: Session, app: Application) -> dict[str, str] | None:
    raw = s.scalar(select(Revision.application_json).where(
        Revision.application_pk == app.id, Revision.revision == app.revision))
    return json.loads(raw).get("appointment") if raw else None


def book_from_application(bo: Backoffice, actor: Actor, pk: int) -> AppointmentInfo:
    """Book the appointment the applicant asked for in the bundle (location by code or name)."""
    require(actor, "appointment.manage")
    with bo.db.write() as s:
        app = units.load_for_update(s, Application, pk, what="application", lock=False)
        scope.require_department(actor, app.department, handover=True)  # need-to-know (issue 16)
        wanted = requested_appointment(s, app)
        if not wanted:
            raise BookingError(f"{app.application_id} requests no appointment", code="no_requested_appointment",
                               application=app.application_id)
        place = str(wanted.get("location", ""))
        code = s.scalar(select(CounterLocation.code).where(
            (CounterLocation.code == place) | (CounterLocation.name == place)))
        if code is None:
            raise BookingError(f"{app.application_id} asks for an unknown counter {place!r}", code="unknown_counter",
                               application=app.application_id)
        return _book(s, bo, actor, code, parse_rfc3339(wanted["start"]), app.applicant_name,
                     app.procedure, app.id, "application")


def day_list(bo: Backoffice, actor: Actor, code: str, day: date) -> list[AppointmentInfo]:
    """The day's appointments at one counter (cancelled ones left out). Audited: names.
    The whole Japan-time day, not only today's slot grid: a booking left outside the hours
    by a later change of the counter (counters.save_setup) is still listed, to be moved."""
    require(actor, "appointment.view")
    with bo.db.write() as s:
        loc = counters.get_location(s, code)
        start = datetime.combine(day, time(0), JST)
        q = (select(Appointment, Application.application_id, Application.restricted)
             .outerjoin(Application, Application.id == Appointment.application_pk)
             .where(Appointment.location_pk == loc.id, Appointment.status != CANCELLED, _visible(actor),
                    Appointment.starts_at >= start.astimezone(UTC),
                    Appointment.starts_at < (start + timedelta(days=1)).astimezone(UTC))
             .order_by(Appointment.starts_at, Appointment.seat, Appointment.id))
        rows = [_info(a, code, app_id, bool(hidden)) for a, app_id, hidden in s.execute(q)]
        audit.record(s, actor, "appointment.list", f"counter:{code}", day=day.isoformat(), count=len(rows))
        return rows


def _change(bo: Backoffice, actor: Actor, appointment_id: int, to: str, allowed: set[str]) -> AppointmentInfo:
    require(actor, "appointment.manage")
    with bo.db.write() as s:
        person = is_person(s)
        appt = units.load_for_update(s, Appointment, appointment_id, what="appointment", lock=not person)
        if appt.application_pk is not None:
            _require_application(s, actor, appt.application_pk)
        if appt.status not in allowed:
            raise BookingError(f"appointment {appointment_id} is {appt.status}; cannot mark it {to}",
                               code="appointment_state", status=appt.status)
        if person:  # issue 19: the server checks again and writes, with the audit entry and notice
            _server(s, "SELECT bo_appointment_set(:i, :t)", {"i": appt.id, "t": to}, status=appt.status)
            s.refresh(appt)
            app_id = s.scalar(select(Application.application_id).where(Application.id == appt.application_pk))
            return _info(appt, _code(s, appt), app_id, _hidden(s, appt.application_pk))
        appt.status = to
        if to == CHECKED_IN:
            appt.checked_in_at = utcnow()
        if to == CANCELLED:
            appt.seat = None  # frees the seat
        audit.record(s, actor, f"appointment.{to}", f"appointment:{appt.id}")
        loc = s.get(CounterLocation, appt.location_pk)
        if to == CANCELLED and loc is not None:
            _notify(s, appt.application_pk, "appointment_cancelled", loc.name, as_utc(appt.starts_at))
        code = s.get(CounterLocation, appt.location_pk).code  # type: ignore[union-attr]
        app_id = s.scalar(select(Application.application_id).where(Application.id == appt.application_pk))
        return _info(appt, code, app_id, _hidden(s, appt.application_pk))


def _notify(s: Session, application_pk: int | None, event: str, counter: str, start: datetime) -> None:
    """The applicant hears of a booking or cancellation for their application (notice/1,
    portal-v1 §1), queued in the booking's own transaction: exactly once."""
    if application_pk is None:
        return
    app = s.get(Application, application_pk)
    if app is None:
        return
    when = to_jst(start)
    notices.queue(s, app, event, message=f"{notices.MESSAGES[event]}（{when.month}月{when.day}日 "
                                         f"{when:%H:%M}、{counter}）")


def check_in(bo: Backoffice, actor: Actor, appointment_id: int) -> AppointmentInfo:
    return _change(bo, actor, appointment_id, CHECKED_IN, {BOOKED, NO_SHOW})


def no_show(bo: Backoffice, actor: Actor, appointment_id: int) -> AppointmentInfo:
    return _change(bo, actor, appointment_id, NO_SHOW, {BOOKED})


def cancel(bo: Backoffice, actor: Actor, appointment_id: int) -> AppointmentInfo:
    return _change(bo, actor, appointment_id, CANCELLED, {BOOKED})


def link_application(bo: Backoffice, actor: Actor, appointment_id: int, application_id: str) -> AppointmentInfo:
    """Attach an appointment made by hand to the application the visitor came about."""
    require(actor, "appointment.manage")
    with bo.db.write() as s:
        person = is_person(s)
        appt = units.load_for_update(s, Appointment, appointment_id, what="appointment", lock=not person)
        if appt.application_pk is not None:  # moving it away from an application is acting on that one too
            _require_application(s, actor, appt.application_pk)
        pk = s.scalar(select(Application.id).where(Application.application_id == application_id.strip()))
        if pk is None:
            raise NotFound(f"no application {application_id}")
        _require_application(s, actor, pk)
        if person:  # issue 19: by the server
            s.execute(text("SELECT bo_appointment_link(:i, :a)"), {"i": appt.id, "a": application_id.strip()})
            s.refresh(appt)
            return _info(appt, _code(s, appt), application_id.strip(), _hidden(s, pk))
        appt.application_pk = pk
        audit.record(s, actor, "appointment.link", f"appointment:{appt.id}", application=application_id)
        code = s.get(CounterLocation, appt.location_pk).code  # type: ignore[union-attr]
        return _info(appt, code, application_id.strip(), _hidden(s, pk))
