"""`backoffice counters` (list / close / reopen / set): the desktop's 窓口と休止日 from the
command line, through the same core functions (audit, impact check); a change that would
leave booked appointments without a place is refused with the bookings listed unless
--confirm is given, and no booking is ever cancelled. Both engines."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from backoffice.cli.main import main
from backoffice.db.models import AuditEntry
from backoffice.db.models_supervision import Appointment, CounterClosure, CounterLocation
from backoffice.platform.timeutil import JST, today_jst
from backoffice.supervision import appointments, counters
from tests.ui.factories import make_applications, make_staff

DAY = date(2027, 5, 6)  # a Thursday
NEXT = DAY + timedelta(days=1)


def at(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm), JST)


def cli(bo, *args: str) -> int:
    return main(["--db", bo.config.database_url, "counters", *args])


@pytest.fixture
def office(bo):
    clerk = make_staff(bo, "cnt1", ["counter"])
    counters.locations(bo, clerk)  # seeds resources/counters.toml
    return bo, clerk


def _audit(bo, action: str) -> list[AuditEntry]:
    with bo.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)))


def _closed(bo, code: str) -> list[tuple[date, str]]:
    with bo.db.read() as s:
        return [(c.day, c.note) for c in s.scalars(
            select(CounterClosure).join(CounterLocation, CounterClosure.location_pk == CounterLocation.id)
            .where(CounterLocation.code == code).order_by(CounterClosure.day))]


def _status(bo, appointment_id: int) -> str:
    with bo.db.read() as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        return row.status


def test_list_close_refused_then_confirmed_and_reopen(office, capsys):
    bo, clerk = office
    app = make_applications(bo, 1)[0]
    booked = appointments.book(bo, clerk, "hoken-2f", at(DAY, 9), "山田 太郎", application_pk=app.pk)

    assert cli(bo, "list", "--format", "json") == 0
    listed = {c["code"]: c for c in json.loads(capsys.readouterr().out)}
    with bo.db.read() as s:
        rows = list(s.scalars(select(CounterLocation)))
    assert set(listed) == {r.code for r in rows}
    hoken = next(r for r in rows if r.code == "hoken-2f")
    assert listed["hoken-2f"] == {"code": "hoken-2f", "name": hoken.name, "opens": f"{hoken.opens:%H:%M}",
                                  "closes": f"{hoken.closes:%H:%M}", "slot_minutes": hoken.slot_minutes,
                                  "capacity": hoken.capacity, "closures": []}

    # a booking falls on the days: refused, listed, nothing written
    assert cli(bo, "close", "--counter", "hoken-2f", "--from", DAY.isoformat(), "--to", NEXT.isoformat(),
               "--reason", "庁舎点検") == 1
    out, err = capsys.readouterr()
    assert "2027-05-06 09:00\tclosed_day\t山田 太郎\t" + app.application_id in out
    assert "06-0000-0000 / taro@example.jp" in out
    assert "nothing changed" in err and "--confirm" in err and len(err.strip().splitlines()) == 1
    assert _closed(bo, "hoken-2f") == [] and _audit(bo, "counter.close_days") == []
    assert len(_audit(bo, "counter.preview")) == 1  # names were listed: audited as on the screen

    assert cli(bo, "close", "--counter", "hoken-2f", "--from", DAY.isoformat(), "--to", NEXT.isoformat(),
               "--reason", "庁舎点検", "--confirm", "--format", "json") == 0
    done = json.loads(capsys.readouterr().out)
    assert (done["status"], done["first"], done["last"]) == ("closed", "2027-05-06", "2027-05-07")
    assert [(a["appointment_id"], a["starts_at"], a["reason"], a["visitor_name"]) for a in done["affected"]] == [
        (booked.id, "2027-05-06T09:00:00+09:00", "closed_day", "山田 太郎")]
    assert _closed(bo, "hoken-2f") == [(DAY, "庁舎点検"), (NEXT, "庁舎点検")]
    [entry] = _audit(bo, "counter.close_days")
    assert entry.actor.startswith("os:") and entry.target == "counter:hoken-2f"
    assert (entry.detail["days"], entry.detail["affected"]) == (2, 1)
    assert _status(bo, booked.id) == "booked"  # never cancelled

    assert cli(bo, "list") == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("hoken-2f\t"))
    assert line.endswith("closed: 2027-05-06..2027-05-07 (庁舎点検)")

    assert cli(bo, "reopen", "--counter", "hoken-2f", "--date", NEXT.isoformat()) == 0
    assert "1 day(s) reopened" in capsys.readouterr().out
    assert _closed(bo, "hoken-2f") == [(DAY, "庁舎点検")]
    assert _audit(bo, "counter.reopen_days")[0].detail["days"] == 1
    assert cli(bo, "reopen", "--counter", "hoken-2f", "--date", NEXT.isoformat()) == 0  # nothing left there
    assert "nothing changed" in capsys.readouterr().out
    assert len(_audit(bo, "counter.reopen_days")) == 1


def test_wrong_usage_exits_2_and_changes_nothing(office, capsys):
    bo, _clerk = office
    today = today_jst()
    cases = [
        (["close", "--counter", "nowhere", "--from", DAY.isoformat(), "--reason", "x"], "hoken-2f"),
        (["close", "--counter", "hoken-2f", "--from", (today - timedelta(days=1)).isoformat(), "--reason", "x"],
         "in the past"),
        (["close", "--counter", "hoken-2f", "--from", NEXT.isoformat(), "--to", DAY.isoformat(), "--reason", "x"],
         "before it starts"),
        (["close", "--counter", "hoken-2f", "--from", DAY.isoformat()], "--reason"),
        (["reopen", "--counter", "hoken-2f", "--date", "2027-13-01"], "not a date"),
        (["set", "--counter", "new-1f", "--name", "新窓口"], "--opens"),
        (["set", "--counter", "hoken-2f", "--slot-minutes", "7"], "whole number"),
    ]
    for args, said in cases:
        assert cli(bo, *args) == 2, args
        err = capsys.readouterr().err
        assert said in err and len(err.strip().splitlines()) == 1, (args, err)
    assert _closed(bo, "hoken-2f") == [] and _audit(bo, "counter.close_days") == []
    assert _audit(bo, "counter.configure") == [] and _audit(bo, "counter.create") == []


def test_fewer_seats_refused_until_confirmed_and_a_new_counter(office, capsys):
    bo, clerk = office
    with bo.db.read() as s:
        cap = s.scalar(select(CounterLocation.capacity).where(CounterLocation.code == "shimin-1f"))
    seats = [appointments.book(bo, clerk, "shimin-1f", at(DAY, 10), f"来庁者 {i}") for i in range(2)]
    assert cap >= 2
    assert cli(bo, "set", "--counter", "shimin-1f", "--capacity", "1") == 1
    assert "\tover_capacity\t来庁者 1\t" in capsys.readouterr().out
    assert _audit(bo, "counter.configure") == []
    assert cli(bo, "set", "--counter", "shimin-1f", "--capacity", "1", "--confirm") == 0
    assert "1 booking(s) stay booked" in capsys.readouterr().out
    [entry] = _audit(bo, "counter.configure")
    assert entry.detail["changed"] == {"capacity": [cap, 1]} and entry.detail["affected"] == 1
    assert [_status(bo, a.id) for a in seats] == ["booked", "booked"]

    assert cli(bo, "set", "--counter", "fukushi-2f", "--name", "福祉課 2階", "--opens", "09:00", "--closes", "12:00",
               "--slot-minutes", "20", "--capacity", "2", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["status"] == "added"
    assert _audit(bo, "counter.create")[0].detail["slot_minutes"] == 20
