"""Setting counters up (issue 16 item 4): hours, slot length, seats and closures; what a
change does to the bookings already made is shown before saving, names for supervisors
only; saving is one audited transaction. Both engines."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from backoffice.db.models import Application, AuditEntry
from backoffice.db.models_supervision import Appointment, CounterClosure, CounterLocation
from backoffice.platform.errors import PermissionDenied
from backoffice.platform.timeutil import JST, today_jst
from backoffice.supervision import appointments, counter_closures, counters
from backoffice.supervision.counters import CounterSetupError, Setup
from tests.persons import is_acting
from tests.ui.factories import make_applications, make_staff

DAY = date(2027, 5, 6)  # a Thursday


def at(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm), JST)


@pytest.fixture
def office(bo):
    clerk = make_staff(bo, "cnt1", ["counter"])
    sup = make_staff(bo, "sup1", ["supervisor"])
    admin = make_staff(bo, "adm1", ["admin"])
    counters.locations(bo, clerk)  # seeds resources/counters.toml
    return bo, clerk, sup, admin


def hoken(**changes: object) -> Setup:
    base = Setup("hoken-2f", "保険年金課 2階 窓口", time(9), time(17), 30, 2)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _audit(bo, action: str) -> list[AuditEntry]:
    with bo.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)))


def _counter(bo, code: str) -> CounterLocation:
    with bo.db.read() as s:
        loc = s.scalar(select(CounterLocation).where(CounterLocation.code == code))
        assert loc is not None
        return loc


def test_shorter_hours_list_the_bookings_outside_then_save_audited(office):
    bo, clerk, sup, admin = office
    app = make_applications(bo, 1)[0]
    early = appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "山田 太郎", application_pk=app.pk)
    late = appointments.book(bo, clerk, "hoken-2f", at(DAY, 16, 30), "佐藤 花子")
    appointments.book(bo, clerk, "hoken-2f", at(DAY, 12), "鈴木 一郎")  # stays inside
    gone = appointments.book(bo, clerk, "hoken-2f", at(DAY, 16), "取消 次郎")
    appointments.cancel(bo, clerk, gone.id)  # cancelled bookings are nobody's concern

    new = hoken(opens=time(10), closes=time(16))
    impact = counters.preview_setup(bo, sup, new)
    assert impact.names_shown and impact.booked == 3
    assert [(a.appointment_id, a.reason, a.visitor_name, a.application_id, a.contact) for a in impact.affected] == [
        (early.id, "outside_hours", "山田 太郎", app.application_id, "06-0000-0000 / taro@example.jp"),
        (late.id, "outside_hours", "佐藤 花子", None, None)]
    assert _counter(bo, "hoken-2f").opens == time(9)  # a preview changes nothing
    assert len(_audit(bo, "counter.preview")) == 1  # names were read

    saved = counters.save_setup(bo, sup, new, seen=impact.ids)
    assert saved.ids == impact.ids
    loc = _counter(bo, "hoken-2f")
    assert (loc.opens, loc.closes) == (time(10), time(16))
    [entry] = _audit(bo, "counter.configure")
    assert entry.actor == "sup1" and entry.target == "counter:hoken-2f"
    assert entry.detail["changed"] == {"opens": ["09:00", "10:00"], "closes": ["17:00", "16:00"]}
    assert entry.detail["affected"] == 2
    # the bookings stay, and the appointments page still lists the one now before opening
    rows = appointments.day_list(bo, clerk, "hoken-2f", DAY)
    assert [r.visitor_name for r in rows] == ["山田 太郎", "鈴木 一郎", "佐藤 花子"]
    assert all(r.status == "booked" for r in rows)
    # saving the same again changes nothing and writes nothing
    assert not counters.save_setup(bo, sup, new, seen=frozenset()).changed
    assert len(_audit(bo, "counter.configure")) == 1


def test_fewer_seats_and_longer_slots(office):
    bo, clerk, sup, _admin = office
    seats = [appointments.book(bo, clerk, "shimin-1f", at(DAY, 10), f"来庁者 {i}") for i in range(3)]
    half = appointments.book(bo, clerk, "shimin-1f", at(DAY, 10, 30), "半端 一郎")
    shimin = Setup("shimin-1f", "市民課 1階 証明書窓口", time(9), time(17, 30), 30, 1)
    impact = counters.preview_setup(bo, sup, shimin)
    assert [(a.appointment_id, a.reason) for a in impact.affected] == [
        (seats[1].id, "over_capacity"), (seats[2].id, "over_capacity")]  # the first seat keeps its place
    assert impact.count("over_capacity") == 2 and impact.slots == 1
    hourly = dataclasses.replace(shimin, closes=time(17), slot_minutes=60, capacity=3)
    assert [(a.appointment_id, a.reason) for a in counters.preview_setup(bo, sup, hourly).affected] == [
        (half.id, "not_a_slot")]


def test_an_administrator_sees_slots_and_counts_but_no_names(office):
    bo, clerk, _sup, admin = office
    app = make_applications(bo, 1)[0]
    appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "山田 太郎", application_pk=app.pk)
    impact = counters.preview_setup(bo, admin, hoken(opens=time(9, 30), closes=time(17, 30)))
    assert not impact.names_shown
    [a] = impact.affected
    assert (a.starts_at, a.reason, a.visitor_name, a.application_id, a.contact) == (
        at(DAY, 9), "outside_hours", None, None, None)
    assert _audit(bo, "counter.preview") == []  # no personal data was read
    data = counters.contact_csv(bo, admin, impact, ["日時", "理由", "氏名", "申請番号", "連絡先"],
                                lambda r: r, lambda t: f"{t.astimezone(JST):%Y/%m/%d %H:%M}")
    assert data.decode("utf-8-sig").splitlines() == ["日時,理由", "2027/05/06 09:00,outside_hours"]
    assert [o.counter.code for o in counters.setup_overview(bo, admin)] == ["hoken-2f", "kosodate-3f", "shimin-1f"]


def test_names_only_within_the_readers_departments(office):
    bo, clerk, sup, _admin = office
    app = make_applications(bo, 1)[0]  # 市民課
    appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "山田 太郎", application_pk=app.pk)
    appointments.book(bo, clerk, "hoken-2f", at(DAY, 9, 30), "電話 予約")  # by hand: no application
    tax = dataclasses.replace(sup, departments=frozenset({"税務課"}))
    impact = counters.preview_setup(bo, tax, hoken(opens=time(10)))
    assert [(a.visitor_name, a.application_id, a.contact, a.other_department) for a in impact.affected] == [
        (None, None, None, True), ("電話 予約", None, None, False)]
    data = counters.contact_csv(bo, tax, impact, ["日時", "理由", "氏名", "申請番号", "連絡先"], lambda r: r,
                                lambda t: f"{t.astimezone(JST):%H:%M}", other_department="他課の申請")
    assert data.decode("utf-8-sig").splitlines()[1:] == ["09:00,outside_hours,他課の申請", "09:30,outside_hours,電話 予約,,"]
    mine = dataclasses.replace(sup, departments=frozenset({"市民課"}))
    assert counters.preview_setup(bo, mine, hoken(opens=time(10))).affected[0].contact == \
        "06-0000-0000 / taro@example.jp"


def test_a_protected_person_is_masked_in_the_list(office):
    """支援措置: a booking of a restricted application shows its number but neither the name
    nor the contact, to every reader (as every list does, records/restriction.py)."""
    bo, clerk, sup, _admin = office
    app = make_applications(bo, 1)[0]
    appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "山田 太郎", application_pk=app.pk)
    with bo.db.write() as s:
        s.get(Application, app.pk).restricted = True
    for who in (sup, make_staff(bo, "sup2", ["supervisor", "reviewer"])):
        impact = counters.preview_setup(bo, who, hoken(opens=time(10)))
        assert [(a.visitor_name, a.application_id, a.contact, a.restricted) for a in impact.affected] == [
            (None, app.application_id, None, True)]
    data = counters.contact_csv(bo, sup, impact, ["日時", "理由", "氏名", "申請番号", "連絡先"], lambda r: r,
                                lambda t: f"{t.astimezone(JST):%H:%M}", restricted="（支援措置）")
    assert data.decode("utf-8-sig").splitlines()[1] == f"09:00,outside_hours,（支援措置）,{app.application_id},"
    assert "山田" not in data.decode("utf-8-sig")


def test_closing_a_range_lists_its_bookings_then_reopening(office):
    bo, clerk, sup, _admin = office
    on_day = appointments.book(bo, clerk, "hoken-2f", at(DAY, 11), "山田 太郎")
    appointments.book(bo, clerk, "hoken-2f", at(DAY + timedelta(days=1), 11), "翌日 花子")
    appointments.book(bo, clerk, "kosodate-3f", at(DAY, 11), "別窓口 一郎")  # another counter
    first, last = DAY - timedelta(days=1), DAY
    impact = counter_closures.preview_closure(bo, sup, "hoken-2f", first, last)
    assert [(a.appointment_id, a.reason) for a in impact.affected] == [(on_day.id, "closed_day")]
    saved = counter_closures.close_days(bo, sup, "hoken-2f", first, last, " 庁舎点検 ", seen=impact.ids)
    assert saved.ids == impact.ids
    [entry] = _audit(bo, "counter.close_days")
    assert entry.detail == {"first": first.isoformat(), "last": last.isoformat(), "days": 2,
                            "note": "庁舎点検", "affected": 1}
    [over] = [o for o in counters.setup_overview(bo, sup) if o.counter.code == "hoken-2f"]
    assert over.closures == (counters.ClosureRange(first, last, "庁舎点検"),)
    assert appointments.slots_for_day(bo, clerk, "hoken-2f", DAY) == []
    # the same days again: nothing new, nothing written
    assert not counter_closures.close_days(bo, sup, "hoken-2f", DAY, DAY).changed
    assert counter_closures.reopen_days(bo, sup, "hoken-2f", first, last) == 2
    assert _audit(bo, "counter.reopen_days")[0].detail["days"] == 2
    assert len(appointments.slots_for_day(bo, clerk, "hoken-2f", DAY)) == 16


@pytest.mark.parametrize(("setup", "code"), [
    (hoken(opens=time(17), closes=time(9)), "hours_reversed"),
    (hoken(closes=time(17, 30), slot_minutes=60), "slot_not_dividing"),
    (hoken(capacity=0), "bad_capacity"),
    (hoken(slot_minutes=3), "bad_slot_minutes"),
    (hoken(name="  "), "counter_name"),
    (hoken(code="Hoken 2F"), "bad_counter_code"),
])
def test_bad_setups_are_refused_with_a_reason(office, setup, code):
    bo, _clerk, sup, _admin = office
    for call in (counters.preview_setup, counters.save_setup):
        with pytest.raises(CounterSetupError) as caught:
            call(bo, sup, setup)
        assert caught.value.code == code
    assert _counter(bo, "hoken-2f").capacity == 2


def test_bad_closures_are_refused(office):
    bo, _clerk, sup, _admin = office
    with pytest.raises(CounterSetupError) as caught:
        counter_closures.close_days(bo, sup, "hoken-2f", DAY, DAY - timedelta(days=1))
    assert caught.value.code == "closure_reversed"
    with pytest.raises(CounterSetupError) as caught:
        counter_closures.preview_closure(bo, sup, "hoken-2f", today_jst() - timedelta(days=1), today_jst())
    assert caught.value.code == "closure_past"
    with pytest.raises(CounterSetupError) as caught:
        counter_closures.close_days(bo, sup, "hoken-2f", DAY, DAY + timedelta(days=400))
    assert caught.value.code == "closure_too_long"
    with bo.db.read() as s:
        assert s.scalars(select(CounterClosure)).all() == []


def test_bookings_made_after_the_preview_stop_the_save(office):
    bo, clerk, sup, _admin = office
    new = hoken(opens=time(10))
    impact = counters.preview_setup(bo, sup, new)
    assert impact.affected == ()
    appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "山田 太郎")  # another workstation, meanwhile
    with pytest.raises(CounterSetupError) as caught:
        counters.save_setup(bo, sup, new, seen=impact.ids)
    assert caught.value.code == "impact_changed"
    assert _counter(bo, "hoken-2f").opens == time(9)
    with pytest.raises(CounterSetupError):
        counter_closures.close_days(bo, sup, "hoken-2f", DAY, DAY, seen=frozenset())


def test_a_new_counter(office):
    bo, clerk, sup, _admin = office
    counters.save_setup(bo, sup, Setup("zeimu-2f", "税務課 2階 窓口", time(8, 45), time(17, 15), 15, 4))
    [entry] = _audit(bo, "counter.create")
    assert entry.detail["opens"] == "08:45" and entry.detail["capacity"] == 4
    slots = appointments.slots_for_day(bo, clerk, "zeimu-2f", DAY)
    assert len(slots) == 34 and slots[0].free == 4


@pytest.mark.postgres
def test_nothing_half_saved_when_the_server_ends_the_connection(pg_schema_url, tmp_path, monkeypatch):
    """PostgreSQL: the server really ends the session's connection after the closure days
    were written and before the audit entry and the commit (pg_terminate_backend from a
    second connection). Nothing of the closure stays."""
    from sqlalchemy import create_engine, text

    from tests.conftest import make_backoffice

    bo = make_backoffice(pg_schema_url, tmp_path)
    try:
        clerk = make_staff(bo, "cnt1", ["counter"])
        sup = make_staff(bo, "sup1", ["supervisor"])
        counters.locations(bo, clerk)
        real = counters.audit.record
        killer = create_engine(bo.db.engine.url)

        def drop_then_record(s, *a, **k):
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with killer.connect() as c:
                assert c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar_one()
            return real(s, *a, **k)

        monkeypatch.setattr(counters.audit, "record", drop_then_record)
        with pytest.raises(OperationalError):
            counter_closures.close_days(bo, sup, "hoken-2f", DAY, DAY + timedelta(days=7), "点検")
        monkeypatch.undo()
        killer.dispose()
        with bo.db.read() as s:
            assert s.scalars(select(CounterClosure)).all() == []
        assert _audit(bo, "counter.close_days") == []
        counter_closures.close_days(bo, sup, "hoken-2f", DAY, DAY)  # the pool recovers: the next save works
        assert len(_audit(bo, "counter.close_days")) == 1
    finally:
        bo.close()


@pytest.mark.postgres
def test_a_booking_during_a_change_waits_and_sees_the_new_hours(pg_schema_url, tmp_path):
    """PostgreSQL: while a change of the counter holds its row (FOR UPDATE, as save_setup
    does), a booking waits (FOR SHARE on the counter) instead of slipping in under the old
    hours unseen by the preview; once the change commits, the booking meets the new hours."""
    import threading

    from backoffice.db import units
    from backoffice.supervision.appointments import BookingError
    from tests.conftest import make_backoffice

    bo = make_backoffice(pg_schema_url, tmp_path)
    try:
        clerk = make_staff(bo, "cnt1", ["counter"])
        counters.locations(bo, clerk)
        outcome: list[object] = []

        def book() -> None:
            try:
                outcome.append(appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "山田 太郎"))
            except BookingError as exc:
                outcome.append(exc.code)

        with bo.db.write() as s:
            loc = s.scalar(units.for_update(s, select(CounterLocation).where(CounterLocation.code == "hoken-2f")))
            booking = threading.Thread(target=book)
            booking.start()
            booking.join(1.5)
            assert booking.is_alive() and outcome == []  # waiting for the change
            loc.opens = time(10)
        booking.join(20)
        assert outcome == ["not_a_slot"]
        with bo.db.read() as s:
            assert s.scalars(select(Appointment)).all() == []
    finally:
        bo.close()


def test_nothing_half_saved_when_the_database_drops(office, monkeypatch):
    """The connection fails after the rows were written but before the commit (at the audit
    entry): the transaction rolls back whole — no closure days, no new hours, no entry."""
    bo, clerk, sup, _admin = office
    if is_acting(bo):
        pytest.skip("per-person: the rows and the audit entry are one server function call "
                    "(bo_counter_close_days, bo_counter_save): no core step between them to interrupt")
    appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "山田 太郎")
    before = len(_audit(bo, "counter.close_days")) + len(_audit(bo, "counter.configure"))

    def drop(*_a, **_k):
        raise OperationalError("INSERT INTO audit_log", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(counters.audit, "record", drop)
    with pytest.raises(OperationalError):
        counter_closures.close_days(bo, sup, "hoken-2f", DAY, DAY + timedelta(days=7), "点検")
    with pytest.raises(OperationalError):
        counters.save_setup(bo, sup, hoken(opens=time(10), capacity=1))
    monkeypatch.undo()
    with bo.db.read() as s:
        assert s.scalars(select(CounterClosure)).all() == []
        assert s.scalar(select(Appointment.status)) == "booked"
    loc = _counter(bo, "hoken-2f")
    assert (loc.opens, loc.capacity) == (time(9), 2)
    assert len(_audit(bo, "counter.close_days")) + len(_audit(bo, "counter.configure")) == before


SERVICES = [
    lambda bo, a: counters.setup_overview(bo, a),
    lambda bo, a: counters.preview_setup(bo, a, hoken(capacity=3)),
    lambda bo, a: counters.save_setup(bo, a, hoken(capacity=3)),
    lambda bo, a: counter_closures.preview_closure(bo, a, "hoken-2f", DAY, DAY),
    lambda bo, a: counter_closures.close_days(bo, a, "hoken-2f", DAY, DAY),
    lambda bo, a: counter_closures.reopen_days(bo, a, "hoken-2f", DAY, DAY),
    lambda bo, a: counters.contact_csv(bo, a, counters.Impact("hoken-2f", "x", (), False, 0), ["a", "b"],
                                       str, str),
]


def test_who_may_set_counters_up(office):
    """Every setup service with every role: allowed exactly when MATRIX gives the role
    appointment.configure (supervisor, admin)."""
    bo, _clerk, _sup, _admin = office
    for role in ("counter", "reviewer", "supervisor", "admin"):
        who = make_staff(bo, f"w{role[:3]}", [role])
        allowed = who.has("appointment.configure")
        assert allowed == (role in ("supervisor", "admin"))
        for call in SERVICES:
            if allowed:
                call(bo, who)
            else:
                with pytest.raises(PermissionDenied):
                    call(bo, who)


def test_contact_list_csv_guards_against_formulas(office):
    bo, clerk, sup, _admin = office
    appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "=HYPERLINK(\"x\")")
    impact = counters.preview_setup(bo, sup, hoken(opens=time(10)))
    data = counters.contact_csv(bo, sup, impact, ["日時", "理由", "氏名", "申請番号", "連絡先"],
                                lambda r: {"outside_hours": "受付時間外"}[r],
                                lambda t: f"{t.astimezone(JST):%Y/%m/%d %H:%M}")
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "日時,理由,氏名,申請番号,連絡先"
    assert lines[1] == "2027/05/06 09:00,受付時間外,\"'=HYPERLINK(\"\"x\"\")\",,"
    [entry] = _audit(bo, "counter.contacts_export")
    assert entry.detail == {"count": 1, "names": True}
