"""Counter entry, inquiries, appointments and reassignment as the person (issue 19 item 3,
migration 0021, backoffice/supervision/server_counter.py), on the SCRAM cluster of
tests/core/test_per_person.py. Each area through the core as a person of the right role
(the rows in their name, the audit entries theirs and the chain intact), then refused by the
server: through the core with its own checks switched off, and by hand with psycopg (direct
INSERT/UPDATE, the functions called with forged arguments or by the wrong role/department)."""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from backoffice.accounts import keystore, rls
from backoffice.accounts.permissions import Actor
from backoffice.audit import log as audit
from backoffice.casework import reassign, workflow
from backoffice.db import roles
from backoffice.db.models import (
    Application,
    ApplicationEvent,
    AuditEntry,
    Document,
    Notice,
    Revision,
)
from backoffice.db.models_figures import CounterEntry
from backoffice.db.models_portal import Inquiry, InquiryEntry, OutboxMessage
from backoffice.db.models_supervision import Appointment, CounterPayment
from backoffice.intake import counter_entry, scans
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import ClaimError, NotFound, PermissionDenied
from backoffice.platform.timeutil import JST, today_jst
from backoffice.portal import inquiries, outbox
from backoffice.supervision import appointments, counters, server_counter
from tests.core.test_per_person import CITIZEN, PW, TAX, _person, _sign_in, scram_cluster, shared  # noqa: F401
from tests.intake.test_counter_entry import GOOD
from tests.intake.test_counter_scans import pdf_bytes
from tests.ui.factories import make_applications

pytestmark = pytest.mark.postgres

OFFICE = Actor(code="os:office", name="office", roles=frozenset({"supervisor", "counter"}))  # not limited


def _psql(url: str, code: str) -> psycopg.Connection[Any]:
    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=rls.person_role(code),
                           password=PW, autocommit=True)


def _actions(bo: Backoffice, actor: str, target: str) -> list[str]:
    with bo.db.read() as s:
        return [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.actor == actor, AuditEntry.target == target).order_by(AuditEntry.seq))]


def test_every_function_is_granted_to_persons(shared: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    """Each function of migration 0021 is SECURITY DEFINER with its own search_path, executable
    by the persons' group (roles.PERSON_COUNTER_FUNCTIONS, applied by grant_persons) and not by
    PUBLIC."""
    assert server_counter.FUNCTIONS == roles.PERSON_COUNTER_FUNCTIONS
    with psycopg.connect(scram_cluster.replace("postgresql+psycopg://", "postgresql://")) as conn:
        for signature in server_counter.FUNCTIONS:
            row = conn.execute(
                "SELECT p.prosecdef, p.proconfig, has_function_privilege(%s, p.oid, 'EXECUTE'), "
                "p.proacl::text LIKE '%%=X/%%' AND p.proacl::text ~ '(^|[{,])=X' "
                "FROM pg_proc p WHERE p.oid = %s::regprocedure",
                (rls.PERSON_GROUP, f"public.{signature}")).fetchone()
            assert row is not None, signature
            definer, config, granted, public = row
            assert definer and config == ["search_path=pg_catalog, pg_temp"] and granted and not public, signature


def test_a_walk_in_application_entered_as_the_clerk(shared: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    code = _person(shared, scram_cluster, ["counter"], [TAX])  # a 税務課 clerk enters a 市民課 walk-in
    clerk = _sign_in(shared, code)
    assert clerk.bo is not None
    receipt = f"R-{uuid.uuid4().hex[:10]}"
    got = counter_entry.enter(clerk.bo, clerk.actor, replace(GOOD, receipt_no=receipt))
    by_core = counter_entry.enter(shared, OFFICE, replace(GOOD, receipt_no=receipt + "c"))
    assert got.application_id.startswith(f"CTR-{today_jst().year}-") and got.fee == by_core.fee == 600
    assert got.status == by_core.status
    with shared.db.read() as s:
        mine, core = (s.get(Application, pk) for pk in (got.pk, by_core.pk))
        assert mine is not None and core is not None
        fields = ("procedure", "department", "status", "applicant_name", "applicant_kana", "search_key",
                  "birth_date", "postal_code", "address", "delivery_method", "fee_due", "payment_amount",
                  "due_date")
        assert [getattr(mine, f) for f in fields] == [getattr(core, f) for f in fields]
        assert mine.department == CITIZEN  # the catalog's, on the server
        entry = s.scalar(select(CounterEntry).where(CounterEntry.application_pk == got.pk))
        assert entry is not None and (entry.entered_by, entry.id_document) == (clerk.actor.id, "my_number_card")
        pay = s.scalar(select(CounterPayment).where(CounterPayment.application_pk == got.pk))
        assert pay is not None and (pay.receipt_no, pay.amount, pay.staff_id) == (receipt, 600, clerk.actor.id)
        rev = s.scalar(select(Revision).where(Revision.application_pk == got.pk))
        assert rev is not None
        aj = json.loads(rev.application_json)
        assert aj["application_id"] == got.application_id and aj["form"]["copies"] == 2
        events = [(e.action, e.actor_id) for e in s.scalars(select(ApplicationEvent).where(
            ApplicationEvent.application_pk == got.pk).order_by(ApplicationEvent.id))]
        core_events = [e.action for e in s.scalars(select(ApplicationEvent).where(
            ApplicationEvent.application_pk == by_core.pk).order_by(ApplicationEvent.id))]
        assert [a for a, _ in events] == core_events and events[0][1] == clerk.actor.id
        assert audit.verify_chain(s).intact
    assert _actions(shared, code, f"application:{got.application_id}") == [
        "application.counter_receive", "application.checks_passed", "payment.counter"]
    # the receipt already used (its application is of a department the clerk cannot read)
    with pytest.raises(counter_entry.CounterEntryRefused) as refused:
        counter_entry.enter(clerk.bo, clerk.actor, replace(GOOD, receipt_no=receipt + "c"))
    assert refused.value.errors == {"receipt_no": "receipt_used"}
    clerk.bo.close()

    reviewer = _person(shared, scram_cluster, ["reviewer"], [CITIZEN])
    with _psql(scram_cluster, reviewer) as conn:  # no counter.enter
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT bo_counter_number()")
    forged = {"application_id": f"CTR-{today_jst().year}-9999999", "procedure": "juminhyo-copy"}
    with _psql(scram_cluster, code) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the rows by hand
            conn.execute("INSERT INTO applications (application_id, revision, procedure, department, status, "
                         "attention, applicant_name, applicant_kana, search_key, postal_code, address, "
                         "delivery_method, fee_due, submitted_at, received_at, updated_at, paused_days) VALUES "
                         "('CTR-X', 1, 'juminhyo-copy', '市民課', 'ready_for_review', '[]', 'a', 'a', 'a', "
                         "'530-0001', 'a', 'counter', 0, now(), now(), now(), 0)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE serial_counters SET last = last + 100")
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="not handed out"):
            conn.execute("SELECT bo_counter_enter(%s::jsonb)", (json.dumps(forged),))
        number = conn.execute("SELECT bo_counter_number()").fetchone()
        assert number is not None
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="unknown procedure"):
            conn.execute("SELECT bo_counter_enter(%s::jsonb)",
                         (json.dumps({"application_id": number[0], "procedure": "no-such"}),))
        good = {"application_id": number[0], "procedure": "juminhyo-copy", "name": "a", "address": "b",
                "application_json": json.dumps({"application_id": number[0], "channel": "counter",
                                                "procedure": "juminhyo-copy", "revision": 1,
                                                "applicant": {"name": "a", "address": "b"}})}
        for forged_field, said in (({"delivery_method": "drone", "id_document": "passport"}, "delivery method"),
                                   ({"delivery_method": "mail", "id_document": "passport", "due_date": "2000-01-01"},
                                    "in the past")):
            with pytest.raises(psycopg.errors.InvalidParameterValue, match=said):
                conn.execute("SELECT bo_counter_enter(%s::jsonb)", (json.dumps({**good, **forged_field}),))
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="does not describe"):
            conn.execute("SELECT bo_counter_enter(%s::jsonb)", (json.dumps(
                {"application_id": number[0], "procedure": "juminhyo-copy",
                 "application_json": json.dumps({"application_id": got.application_id})}),))


def test_inquiries_answered_as_the_reviewer(shared: Backoffice, scram_cluster: str, memory_keyring,  # noqa: F811
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ours = inquiries.enter(shared, OFFICE, channel="phone", name="山田 太郎", name_kana="ヤマダ タロウ",
                           text="住民票の写しはいつ届きますか", category="証明書", department=CITIZEN)
    theirs = inquiries.enter(shared, OFFICE, channel="phone", name="税 花子", name_kana="ゼイ ハナコ",
                             text="課税証明書について", category="証明書", department=TAX)
    nobody = inquiries.enter(shared, OFFICE, channel="phone", name="未定 次郎", name_kana="ミテイ ジロウ",
                             text="どこに聞けばよいですか", category="その他", department="")
    code = _person(shared, scram_cluster, ["reviewer"], [CITIZEN])
    rev = _sign_in(shared, code)
    assert rev.bo is not None
    seen = {r.inquiry_id for r in inquiries.queue(rev.bo, rev.actor)}
    assert {ours, nobody} <= seen and theirs not in seen  # the policies: department, and no department yet
    assert inquiries.detail(rev.bo, rev.actor, nobody).text == "どこに聞けばよいですか"
    inquiries.assign(rev.bo, rev.actor, ours)
    taken = inquiries.enter(rev.bo, rev.actor, channel="phone", name="電話 三郎", name_kana="デンワ サブロウ",
                            text="窓口の時間を教えてください", category="その他", procedure="juminhyo-copy")
    app = make_applications(shared, 1, procedures=("juminhyo-copy",), prefix=f"Q{uuid.uuid4().hex[:6].upper()}-")[0]
    inquiries.link_application(rev.bo, rev.actor, taken, app.application_id)
    entered = inquiries.detail(rev.bo, rev.actor, taken)
    assert (entered.department, entered.channel, entered.application_pk) == (CITIZEN, "phone", app.pk)
    assert _actions(shared, code, f"inquiry:{taken}") == ["inquiry.enter", "inquiry.link", "inquiry.view"]
    inquiries.add_note(rev.bo, rev.actor, ours, "配達状況を確認")
    message_id = inquiries.answer(rev.bo, rev.actor, ours, "明日発送します。")
    inquiries.close(rev.bo, rev.actor, ours)
    d = inquiries.detail(rev.bo, rev.actor, ours)
    assert (d.status, d.assigned_to) == ("closed", code)
    assert [(e.kind, e.staff_code, e.text) for e in d.entries] == [
        ("note", code, "配達状況を確認"), ("answer", code, "明日発送します。")]
    assert _actions(shared, code, f"inquiry:{ours}") == [
        "inquiry.assign", "inquiry.note", "inquiry.answer", "inquiry.close", "inquiry.view"]
    body = {"inquiry_id": ours, "application_id": None, "answer": "明日発送します。", "answered_by_department": CITIZEN}
    with shared.db.read() as s:
        msg = s.scalar(select(OutboxMessage).where(OutboxMessage.message_id == message_id))
        assert msg is not None and msg.schema == "inquiry_answer/1" and msg.subject == f"inquiry:{ours}"
        assert json.loads(msg.payload) == body and msg.fingerprint == outbox.fingerprint(body)
        assert [e.staff_id for e in s.scalars(select(InquiryEntry).where(
            InquiryEntry.inquiry_pk == _inquiry_pk(s, ours)))] == [rev.actor.id] * 2
    # signed when the outbox is flushed, like any message: the key made here, the signature checked
    keystore.create_issuing_key(shared.config.outbox_kid, kind="outbox")
    assert outbox.flush(shared).written >= 1
    written = next(shared.config.base_dir.rglob(f"{message_id}.json"))
    document = json.loads(written.read_bytes())
    assert {k: document[k] for k in body} == body and document["schema"] == "inquiry_answer/1"
    outbox.load_key(shared).public_key().verify(
        base64.b64decode(written.with_suffix(".sig").read_bytes()), written.read_bytes())

    # refused: the 税務課 inquiry through the core (its department check off) and by hand
    with pytest.raises((NotFound, PermissionDenied)):
        inquiries.answer(rev.bo, rev.actor, theirs, "forged")
    with monkeypatch.context() as m:
        m.setattr(inquiries, "_check_department", lambda *_a, **_k: None)
        with pytest.raises(NotFound):  # the row is not even readable
            inquiries.answer(rev.bo, rev.actor, theirs, "forged")
    rev.bo.close()
    admin = _person(shared, scram_cluster, ["admin"], [CITIZEN])
    with _psql(scram_cluster, code) as conn:
        assert conn.execute("SELECT count(*) FROM inquiries WHERE inquiry_id = %s", (theirs,)).fetchone() == (0,)
        with pytest.raises(psycopg.errors.NoDataFound):
            conn.execute("SELECT bo_inquiry_answer(%s, 'forged')", (theirs,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # an inquiry for another department
            conn.execute("SELECT bo_inquiry_enter(%s::jsonb)", (json.dumps(
                {"channel": "phone", "name": "x", "text": "x", "department": TAX, "due_date": "2030-01-01"}),))
        with pytest.raises(psycopg.errors.NoDataFound):
            conn.execute("SELECT bo_inquiry_link(%s, 'OSK-NONE')", (theirs,))
        with pytest.raises(psycopg.errors.CheckViolation):  # closed
            conn.execute("SELECT bo_inquiry_answer(%s, 'again')", (ours,))
        for statement in ("UPDATE inquiries SET status = 'closed'",
                          "INSERT INTO outbox_messages (message_id, schema, subject, at, payload, fingerprint) "
                          "VALUES ('x', 'inquiry_answer/1', 'x', now(), '{}', '')",
                          "INSERT INTO inquiry_entries (inquiry_pk, kind, staff_code, at, text) "
                          "VALUES (1, 'answer', 'someone', now(), 'x')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with _psql(scram_cluster, admin) as conn:  # no inquiry.handle
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT bo_inquiry_note(%s, 'x')", (nobody,))
    with shared.db.read() as s:
        assert s.scalar(select(OutboxMessage.id).where(OutboxMessage.payload.contains("forged"))) is None


def _inquiry_pk(s: Any, inquiry_id: str) -> int:
    pk = s.scalar(select(Inquiry.id).where(Inquiry.inquiry_id == inquiry_id))
    assert pk is not None
    return int(pk)


def _slot(bo: Backoffice) -> datetime:
    """10:00 Japan time on an open day of 市民課's counter at least two days ahead."""
    counters.locations(bo, OFFICE)  # seeds the counters
    day = today_jst() + timedelta(days=2)
    with bo.db.read() as s:
        loc = counters.get_location(s, "shimin-1f")
        while not counters.is_open(bo, s, loc, day):
            day += timedelta(days=1)
    return datetime.combine(day, time(10, 0), JST)


def test_appointments_as_the_person_count_every_seat(shared: Backoffice, scram_cluster: str,  # noqa: F811
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    start = _slot(shared) + timedelta(minutes=30 * (uuid.uuid4().int % 10))  # a slot no other test took
    tax, citizen = (make_applications(shared, 1, procedures=(p,), prefix=f"A{uuid.uuid4().hex[:6].upper()}-")[0]
                    for p in ("tax-certificate", "juminhyo-copy"))
    hidden = appointments.book(shared, OFFICE, "shimin-1f", start, "税 一郎", application_pk=tax.pk)
    sup_code = _person(shared, scram_cluster, ["supervisor"], [CITIZEN])
    sup = _sign_in(shared, sup_code)
    assert sup.bo is not None
    slot = next(x for x in appointments.slots_for_day(sup.bo, sup.actor, "shimin-1f", start.date())
                if x.starts_at == start)
    assert (slot.capacity, slot.booked) == (3, 1)  # the hidden booking counted
    listed = appointments.day_list(sup.bo, sup.actor, "shimin-1f", start.date())
    assert hidden.id not in {a.id for a in listed}  # its name is not the supervisor's to see
    mine = appointments.book(sup.bo, sup.actor, "shimin-1f", start, "市民 花子", application_pk=citizen.pk)
    by_hand = appointments.book(sup.bo, sup.actor, "shimin-1f", start, "窓口 三郎")
    assert {mine.seat, by_hand.seat} == {2, 3} and mine.application_id == citizen.application_id
    with pytest.raises(appointments.BookingError) as full:
        appointments.book(sup.bo, sup.actor, "shimin-1f", start, "満席 四郎")
    assert full.value.code == "slot_full"
    assert appointments.cancel(sup.bo, sup.actor, mine.id).status == "cancelled"
    assert appointments.check_in(sup.bo, sup.actor, by_hand.id).status == "checked_in"
    assert next(x for x in appointments.slots_for_day(sup.bo, sup.actor, "shimin-1f", start.date())
                if x.starts_at == start).booked == 2
    with shared.db.read() as s:
        row = s.get(Appointment, mine.id)
        assert row is not None and (row.booked_by, row.seat) == (sup.actor.id, None)
        assert [n.event for n in s.scalars(select(Notice).where(Notice.application_pk == citizen.pk)
                                           .order_by(Notice.id)) if n.event.startswith("appointment")] == [
            "appointment_booked", "appointment_cancelled"]
        assert audit.verify_chain(s).intact
    assert _actions(shared, sup_code, f"appointment:{mine.id}") == ["appointment.book", "appointment.cancelled"]
    # refused: the hidden booking through the core with its department check off
    with monkeypatch.context() as m:
        m.setattr(appointments, "_require_application", lambda *_a, **_k: None)
        with pytest.raises(NotFound):  # the row is not readable
            appointments.cancel(sup.bo, sup.actor, hidden.id)
    sup.bo.close()
    reviewer = _person(shared, scram_cluster, ["reviewer"], [TAX])
    with _psql(scram_cluster, sup_code) as conn:
        assert conn.execute("SELECT count(*) FROM appointments WHERE id = %s", (hidden.id,)).fetchone() == (0,)
        assert conn.execute("SELECT taken FROM bo_seats_taken(%s, %s, %s)", (
            row.location_pk, start, start)).fetchone() == (2,)
        with pytest.raises(psycopg.errors.NoDataFound):  # by id, bypassing the core
            conn.execute("SELECT bo_appointment_set(%s, 'cancelled')", (hidden.id,))
        with pytest.raises(psycopg.errors.NoDataFound):  # booking for a 税務課 application
            conn.execute("SELECT bo_appointment_book('shimin-1f', %s, %s, 'x', '', %s)",
                         (start, start + timedelta(minutes=30), tax.pk))
        for statement, args in (
                ("UPDATE appointments SET seat = NULL WHERE id = %s", (hidden.id,)),
                ("INSERT INTO appointments (slot_pk, seat, location_pk, starts_at, visitor_name, purpose, "
                 "source, status, booked_at) SELECT slot_pk, 9, location_pk, starts_at, 'x', '', 'hand', "
                 "'booked', now() FROM appointments WHERE id = %s", (by_hand.id,)),
                ("DELETE FROM appointments WHERE id = %s", (by_hand.id,))):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, args)
    with _psql(scram_cluster, reviewer) as conn:  # appointment.view, not manage
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT bo_appointment_book('shimin-1f', %s, %s, 'x')", (start, start + timedelta(minutes=30)))
    with shared.db.read() as s:
        still = s.get(Appointment, hidden.id)
        assert still is not None and (still.status, still.seat) == ("booked", 1)


def test_a_supervisor_hands_an_application_over_as_themselves(shared: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    app, other = make_applications(shared, 2, procedures=("juminhyo-copy", "tax-certificate"),
                                   prefix=f"R{uuid.uuid4().hex[:6].upper()}-")
    sup_code = _person(shared, scram_cluster, ["supervisor"], [CITIZEN])
    ours, theirs = (_person(shared, scram_cluster, ["reviewer"], [d]) for d in (CITIZEN, TAX))
    sup = _sign_in(shared, sup_code)
    assert sup.bo is not None
    with shared.db.read() as s:
        ids = {st.code: st.id for st in s.scalars(select(reassign.Staff).where(
            reassign.Staff.code.in_([ours, theirs])))}
    claim = reassign.hand_over(sup.bo, sup.actor, app.pk, ids[ours])
    assert claim.application_id == app.application_id
    with shared.db.read() as s:
        row = s.get(Application, app.pk)
        assert row is not None and row.claimed_by == ids[ours] and row.claim_expires_at is not None
    assert _actions(shared, sup_code, f"application:{app.application_id}") == ["application.reassign"]
    with pytest.raises(ClaimError):  # the core: not of the department
        reassign.hand_over(sup.bo, sup.actor, app.pk, ids[theirs])
    sup.bo.close()
    with _psql(scram_cluster, sup_code) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="other_department"):
            conn.execute("SELECT bo_reassign(%s, %s, 15)", (app.application_id, theirs))
        with pytest.raises(psycopg.errors.NoDataFound):  # 税務課's
            conn.execute("SELECT bo_reassign(%s, %s, 15)", (other.application_id, ours))
        with pytest.raises(psycopg.errors.InvalidParameterValue):  # a lease of a year
            conn.execute("SELECT bo_reassign(%s, %s, 525600)", (app.application_id, ours))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the lease in another's name by hand
            conn.execute("UPDATE applications SET claimed_by = %s WHERE id = %s", (ids[ours], app.pk))
    with _psql(scram_cluster, ours) as conn:  # a reviewer may not reassign
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT bo_reassign(%s, %s, 15)", (app.application_id, ours))
    with shared.db.read() as s:
        row = s.get(Application, app.pk)
        assert row is not None and row.claimed_by == ids[ours] and row.status == workflow.READY


def test_a_scan_attached_by_the_clerk_as_themselves(shared: Backoffice, scram_cluster: str,  # noqa: F811
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanned paper of a walk-in written by bo_counter_enter; a crash between the commit
    and the move is repaired by the clerk's next import (bo_scan_attached: counter staff read
    no documents), and the same scan offered again is refused by the server."""
    code = _person(shared, scram_cluster, ["counter"], [CITIZEN])
    clerk = _sign_in(shared, code)
    assert clerk.bo is not None
    clerk.bo.config = replace(clerk.bo.config, scan_folder=tmp_path / "scans")
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "paper.pdf").write_bytes(pdf_bytes(2))
    scans.import_folder(clerk.bo, clerk.actor, settle=False)
    (waiting,) = scans.waiting(clerk.bo)
    scan = scans.load_ready(clerk.bo, waiting.key)
    monkeypatch.setattr(scans, "finish_ready", lambda bo, key: None)  # the PC died after the commit
    got = counter_entry.enter(clerk.bo, clerk.actor, replace(GOOD, scan=scan, receipt_no=f"S-{uuid.uuid4().hex[:8]}"))
    monkeypatch.undo()
    assert len(scans.waiting(clerk.bo)) == 1
    with pytest.raises(scans.ScanRejected) as used:
        counter_entry.enter(clerk.bo, clerk.actor, replace(GOOD, scan=scan, receipt_no=f"S-{uuid.uuid4().hex[:8]}"))
    assert used.value.reason == "scan_used"
    scans.import_folder(clerk.bo, clerk.actor, settle=False)  # finds it attached
    assert scans.waiting(clerk.bo) == []
    with shared.db.read() as s:
        rev = s.scalars(select(Revision).where(Revision.application_pk == got.pk)).one()
        doc = s.scalars(select(Document).where(Document.revision_pk == rev.id)).one()
        assert (doc.kind, doc.original_file, doc.pages, doc.data) == ("paper_scan", "paper.pdf", 2, scan.data)
        paper = s.scalar(select(CounterEntry.paper_documents).where(CounterEntry.application_pk == got.pk))
        assert paper == 2
    assert _actions(shared, code, f"application:{got.application_id}")[-2:] == ["counter.scan_attach",
                                                                                "payment.counter"]
    with _psql(scram_cluster, code) as conn:  # the clerk reads no documents, not even the one just attached
        assert conn.execute("SELECT count(*) FROM documents WHERE id = %s", (doc.id,)).fetchone() == (0,)
    reviewer = _person(shared, scram_cluster, ["reviewer"], [CITIZEN])
    with _psql(scram_cluster, reviewer) as conn:  # not counter.enter
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT bo_scan_attached(%s)", (doc.path,))
    clerk.bo.close()
