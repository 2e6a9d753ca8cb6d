"""Counter appointments: slots, closures, capacity (also under concurrent booking from
several processes, on both engines), check-in / no-show / cancel, links to applications."""

import multiprocessing as mp
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from backoffice.accounts.permissions import Actor
from backoffice.db.models_supervision import Appointment
from backoffice.platform.errors import NotFound, PermissionDenied
from backoffice.platform.timeutil import JST
from backoffice.supervision import appointments, counter_closures, counters
from backoffice.supervision.appointments import BookingError
from tests import builders
from tests.ui.factories import make_staff

DAY = date(2027, 5, 6)  # Thu after Golden Week


def at(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm), JST)


@pytest.fixture
def desk(bo):
    clerk = make_staff(bo, "cnt1", ["counter"], "窓口 次郎")
    counters.locations(bo, clerk)  # seeds resources/counters.toml
    return bo, clerk


def test_seeded_counters_and_slots(desk):
    bo, clerk = desk
    locs = {c.code: c for c in counters.locations(bo, clerk)}
    assert set(locs) == {"shimin-1f", "hoken-2f", "kosodate-3f"}
    slots = appointments.slots_for_day(bo, clerk, "hoken-2f", DAY)
    assert len(slots) == 16  # 09:00-17:00 every 30 minutes
    assert slots[0].starts_at == at(DAY, 9) and slots[-1].ends_at == at(DAY, 17)
    assert all(s.free == 2 for s in slots)
    assert appointments.slots_for_day(bo, clerk, "hoken-2f", date(2027, 5, 4)) == []  # Greenery Day
    assert appointments.slots_for_day(bo, clerk, "hoken-2f", date(2027, 5, 8)) == []  # Saturday


def test_capacity_and_refusals(desk):
    bo, clerk = desk
    a = appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "山田 太郎", purpose="国保")
    b = appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "佐藤 花子")
    assert (a.seat, b.seat) == (1, 2)
    with pytest.raises(BookingError, match="full"):
        appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "鈴木 一郎")
    with pytest.raises(BookingError, match="not a slot"):
        appointments.book(bo, clerk, "hoken-2f", at(DAY, 9, 10), "鈴木 一郎")
    with pytest.raises(BookingError, match="not a slot"):
        appointments.book(bo, clerk, "hoken-2f", at(DAY, 17), "鈴木 一郎")  # would end after closing
    with pytest.raises(BookingError, match="closed"):
        appointments.book(bo, clerk, "hoken-2f", at(date(2027, 5, 5), 9), "鈴木 一郎")
    with pytest.raises(BookingError, match="over"):
        appointments.book(bo, clerk, "hoken-2f", at(date(2025, 5, 7), 9), "鈴木 一郎")
    with pytest.raises(NotFound):
        appointments.book(bo, clerk, "nowhere", at(DAY, 9), "鈴木 一郎")
    sup = make_staff(bo, "sup1", ["supervisor"])
    counter_closures.add_closure(bo, sup, "hoken-2f", date(2027, 5, 7), "システム更新")
    with pytest.raises(BookingError, match="closed"):
        appointments.book(bo, clerk, "hoken-2f", at(date(2027, 5, 7), 9), "鈴木 一郎")
    assert appointments.slots_for_day(bo, clerk, "hoken-2f", date(2027, 5, 7)) == []
    # cancelling frees the seat; the next booking takes it
    appointments.cancel(bo, clerk, a.id)
    c = appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "鈴木 一郎")
    assert c.seat == 1
    assert appointments.slots_for_day(bo, clerk, "hoken-2f", DAY)[0].booked == 2


def test_day_list_check_in_no_show_and_link(desk):
    bo, clerk = desk
    from tests.ui.factories import make_applications

    made = make_applications(bo, 1)[0]
    late = appointments.book(bo, clerk, "shimin-1f", at(DAY, 10), "佐藤 花子")
    early = appointments.book(bo, clerk, "shimin-1f", at(DAY, 9, 30), "山田 太郎")
    appointments.book(bo, clerk, "shimin-1f", at(DAY + timedelta(days=1), 9, 30), "翌日 太郎")
    rows = appointments.day_list(bo, clerk, "shimin-1f", DAY)
    assert [r.visitor_name for r in rows] == ["山田 太郎", "佐藤 花子"]
    assert appointments.check_in(bo, clerk, early.id).status == "checked_in"
    assert appointments.no_show(bo, clerk, late.id).status == "no_show"
    with pytest.raises(BookingError):
        appointments.no_show(bo, clerk, early.id)
    assert appointments.check_in(bo, clerk, late.id).checked_in_at is not None  # came late after all
    linked = appointments.link_application(bo, clerk, early.id, made.application_id)
    assert linked.application_id == made.application_id
    rows = appointments.day_list(bo, clerk, "shimin-1f", DAY)
    assert [(r.status, r.application_id) for r in rows] == [("checked_in", made.application_id),
                                                             ("checked_in", None)]
    reviewer = make_staff(bo, "rev1", ["reviewer"])
    with pytest.raises(PermissionDenied):
        appointments.book(bo, reviewer, "shimin-1f", at(DAY, 11), "x")


def test_book_from_the_bundles_requested_appointment(env):
    env.put(env.bundle(builders.sample_application(
        application_id="OSK-2026-0000777", delivery__method="counter",
        appointment={"start": "2027-05-06T14:00:00+09:00", "end": "2027-05-06T14:30:00+09:00",
                     "location": "市民課 1階 証明書窓口"})))
    env.put(env.bundle(builders.sample_application(application_id="OSK-2026-0000778")))
    env.sync()
    bo = env.bo
    clerk = make_staff(bo, "cnt1", ["counter"])
    counters.locations(bo, clerk)
    from backoffice.casework.review import find_pk

    info = appointments.book_from_application(bo, clerk, find_pk(bo, "OSK-2026-0000777"))
    assert (info.location_code, info.starts_at, info.visitor_name, info.source) == (
        "shimin-1f", at(DAY, 14), "山田 太郎", "application")
    assert info.application_id == "OSK-2026-0000777"
    with pytest.raises(BookingError, match="already has an appointment"):
        appointments.book_from_application(bo, clerk, find_pk(bo, "OSK-2026-0000777"))
    with pytest.raises(BookingError, match="requests no appointment"):
        appointments.book_from_application(bo, clerk, find_pk(bo, "OSK-2026-0000778"))


def _book_in_process(url: str, actor: dict, n: int, start, results) -> None:  # runs in a child process
    from pathlib import Path

    from backoffice.platform.config import Config
    from backoffice.platform.context import Backoffice
    from backoffice.supervision import appointments
    from backoffice.supervision.appointments import BookingError

    cfg = Config(database_url=url, spool=Path("."), gateway_public_keys=(), trust_anchors=(), crl=())
    bo = Backoffice.open(cfg)
    who = Actor(code=actor["code"], name=actor["name"], roles=frozenset(actor["roles"]), id=actor["id"])
    start.wait()
    try:
        appointments.book(bo, who, "hoken-2f", at(DAY, 9), f"来庁者 {n}")
        results.put("ok")
    except BookingError:
        results.put("full")
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the test
        results.put(f"error {exc!r}")
    finally:
        bo.close()


@pytest.mark.slow
def test_concurrent_booking_never_exceeds_capacity(desk):
    bo, clerk = desk
    ctx = mp.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    actor = {"code": clerk.code, "name": clerk.name, "roles": sorted(clerk.roles), "id": clerk.id}
    url = bo.config.database_url
    procs = [ctx.Process(target=_book_in_process, args=(url, actor, n, start, results)) for n in range(6)]
    for p in procs:
        p.start()
    start.set()
    outcomes = sorted(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(60)
    assert outcomes == ["full"] * 4 + ["ok"] * 2
    with bo.db.read() as s:
        seats = s.scalars(select(Appointment.seat).where(Appointment.status == "booked")).all()
        assert sorted(seats) == [1, 2]
        assert s.scalar(select(func.count()).select_from(Appointment)) == 2


