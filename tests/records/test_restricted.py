"""A protected person (支援措置: the register answered `restricted`) is never shown or found
by name outside the application screen of a supervisor (issue 15 leftovers, records-v1 §4,
backoffice/records/restriction.py): queues, search, the application list, the counter's
hand-over lists and linked inquiries show the application id and a masked name; the detail
withholds the applicant, the form and the attachments from everyone but `record.restricted`
holders, and every view says in the audit log whether the person was shown. Both engines."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.casework import detail, queries, queues, review
from backoffice.casework.queues import QueueFilter
from backoffice.db.models import AuditEntry
from backoffice.issuance import delivery
from backoffice.platform.errors import PermissionDenied
from backoffice.portal import inquiries
from backoffice.records.answers import load_answers
from backoffice.records.requests import request_pending
from tests import builders
from tests.records.conftest import found

AGENT = system_actor("records-test")
REVIEWER = Actor(code="r001", name="審査 一郎", roles=frozenset({"reviewer"}))
SUPERVISOR = Actor(code="s001", name="監督 花子", roles=frozenset({"supervisor"}))
COUNTER = Actor(code="c001", name="窓口 次郎", roles=frozenset({"counter"}))
PROTECTED, OTHER = "OSK-2026-0001234", "OSK-2026-0001235"
NAME = "山田 太郎"  # both applicants have this name (the sample's signer); only one is protected


def restricted(request_id: str) -> dict:
    return {"request_id": request_id, "result": "restricted", "as_of": "2026-11-30T10:00:00+09:00"}


def two_answered(renv) -> tuple[int, int]:
    """PROTECTED answered `restricted`, OTHER `found` (same name, birth and address)."""
    for app_id in (PROTECTED, OTHER):
        renv.intake.put(renv.intake.bundle(builders.sample_application(application_id=app_id)))
    renv.intake.sync()
    assert request_pending(renv.bo, AGENT).rows == 2
    renv.answer_batch([restricted(f"{PROTECTED}.r1"), found(f"{OTHER}.r1")])
    assert load_answers(renv.bo, AGENT).answered == 2
    return review.find_pk(renv.bo, PROTECTED), review.find_pk(renv.bo, OTHER)


def _by_id(rows) -> dict:
    return {r.application_id: r for r in rows}


def test_queues_mask_the_protected_person_for_everyone(renv):
    pk, other = two_answered(renv)
    for who in (REVIEWER, SUPERVISOR):
        rows = _by_id(queues.load_page(renv.bo, who, QueueFilter()))
        assert set(rows) == {PROTECTED, OTHER}
        hidden = rows[PROTECTED]
        assert (hidden.applicant_name, hidden.applicant_kana, hidden.birth_date, hidden.restricted) == ("", "", None, True)
        assert rows[OTHER].applicant_name == NAME and not rows[OTHER].restricted
        assert rows[PROTECTED].attention == ("record_restricted",)
    # the kana sort places the protected person by a blank key, and keyset pages still see every row once
    seen, after = [], None
    while page := queues.load_page(renv.bo, REVIEWER, QueueFilter(), sort="applicant_kana", after_key=after, limit=1):
        seen += [r.application_id for r in page]
        after = queues.sort_key(page[-1], "applicant_kana")
    assert seen == [PROTECTED, OTHER]


def test_a_search_by_name_or_birth_finds_the_protected_person_only_for_a_supervisor(renv):
    two_answered(renv)
    for text in ("山田", "やまだ", "ﾔﾏﾀﾞ", "1985-04-01"):
        assert set(_by_id(queues.load_page(renv.bo, REVIEWER, QueueFilter(search=text)))) == {OTHER}, text
        found_rows = _by_id(queues.load_page(renv.bo, SUPERVISOR, QueueFilter(search=text)))
        assert set(found_rows) == {PROTECTED, OTHER}, text
        assert found_rows[PROTECTED].applicant_name == ""  # found, still masked in the list
    # by application id everyone finds it (the id is what a masked row shows)
    assert set(_by_id(queues.load_page(renv.bo, REVIEWER, QueueFilter(search=PROTECTED)))) == {PROTECTED}
    # the search is audited with what was asked, and the result count the reviewer got
    with renv.bo.db.read() as s:
        counts = [e.detail["results"] for e in s.scalars(select(AuditEntry).where(
            AuditEntry.action == "application.search", AuditEntry.actor == "r001").order_by(AuditEntry.seq))]
    assert counts == [1, 1, 1, 1, 1]


def test_application_list_and_its_json_mask_the_person(renv):
    two_answered(renv)
    rows = _by_id(queries.applications(renv.bo, SUPERVISOR))  # the list masks for supervisors too
    out = rows[PROTECTED].to_cli_json()
    assert out["applicant_name"] == "" and out["restricted"] is True
    assert out["record"]["result"] == "restricted"
    assert rows[OTHER].to_cli_json()["applicant_name"] == NAME and rows[OTHER].to_cli_json()["restricted"] is False
    assert NAME not in json.dumps(out, ensure_ascii=False)


def test_counter_lists_and_search_mask_the_person(renv):
    pk, other = two_answered(renv)
    assert _by_id(delivery.counter_search(renv.bo, COUNTER, "山田")).keys() == {OTHER}
    by_id = _by_id(delivery.counter_search(renv.bo, COUNTER, PROTECTED))
    assert by_id[PROTECTED].restricted and by_id[PROTECTED].applicant_name == "" and by_id[PROTECTED].birth_date is None
    by_receipt = delivery.find_by_receipt_texts(renv.bo, COUNTER, [f"受付番号:{PROTECTED}"])
    assert [(r.application_id, r.applicant_name, r.restricted) for r in by_receipt] == [(PROTECTED, "", True)]
    with renv.bo.db.write() as s:  # both to the hand-over list (status as after issuance)
        from backoffice.db.models import Application

        for a in s.scalars(select(Application)):
            a.status = "issued"
    listed = _by_id(delivery.list_rows(renv.bo, COUNTER, "issued"))
    assert listed[PROTECTED].applicant_name == "" and listed[PROTECTED].restricted
    assert listed[OTHER].applicant_name == NAME


def test_the_detail_withholds_the_person_from_all_but_supervisors_and_every_view_is_audited(renv):
    pk, other = two_answered(renv)
    d = detail.application_detail(renv.bo, REVIEWER, pk)
    assert d.restricted and d.withheld
    assert d.applicant.name == d.applicant.address == d.applicant.phone == "" and d.applicant.birth_date is None
    assert d.form == () and d.documents == () and d.appointment is None
    assert NAME not in repr(d) and "中之島" not in repr(d)
    full = detail.application_detail(renv.bo, SUPERVISOR, pk)
    assert full.restricted and not full.withheld and full.applicant.name == NAME and full.documents
    plain = detail.application_detail(renv.bo, REVIEWER, other)
    assert not plain.restricted and plain.applicant.name == NAME
    with pytest.raises(PermissionDenied) as exc:
        detail.document_bytes(renv.bo, REVIEWER, full.documents[0].id, application_pk=pk)
    assert exc.value.code == "record_restricted"
    assert detail.document_bytes(renv.bo, SUPERVISOR, full.documents[0].id, application_pk=pk)[1]
    with renv.bo.db.read() as s:
        views = [(e.actor, e.detail.get("restricted"), e.detail.get("shown")) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(("application.view", "document.view")))
            .order_by(AuditEntry.seq))]
    assert views == [("r001", True, False), ("s001", True, True), ("r001", None, None), ("s001", None, None)]


def test_inquiries_linked_to_the_protected_application_mask_the_person(renv):
    two_answered(renv)
    for app_id in (PROTECTED, OTHER):
        inquiries.enter(renv.bo, SUPERVISOR, channel="phone", name=NAME, name_kana="ヤマダ タロウ",
                        text="いつ届きますか", category="other", application_id=app_id, phone="090-0000-0000")
    rows = {r.application_id: r for r in inquiries.queue(renv.bo, REVIEWER)}
    assert rows[PROTECTED].name == "" and rows[PROTECTED].restricted
    assert rows[OTHER].name == NAME
    assert {r.application_id for r in inquiries.queue(renv.bo, REVIEWER, search="山田")} == {OTHER}
    assert {r.application_id for r in inquiries.queue(renv.bo, SUPERVISOR, search="山田")} == {PROTECTED, OTHER}
    iid = rows[PROTECTED].inquiry_id
    d = inquiries.detail(renv.bo, REVIEWER, iid)
    assert d.withheld and d.name == "" and d.phone is None
    assert inquiries.detail(renv.bo, SUPERVISOR, iid).name == NAME
    # the application screen's list of linked inquiries: the question's start only for those
    # who may open the application (it may name the person), date, channel and status for all
    pk = review.find_pk(renv.bo, PROTECTED)
    assert [(i.channel, i.opening) for i in detail.application_detail(renv.bo, REVIEWER, pk).inquiries] == [("phone", "")]
    assert [i.opening for i in detail.application_detail(renv.bo, SUPERVISOR, pk).inquiries] == ["いつ届きますか"]
    with renv.bo.db.read() as s:
        shown = [e.detail.get("shown") for e in s.scalars(select(AuditEntry).where(
            AuditEntry.action == "inquiry.view", AuditEntry.target == f"inquiry:{iid}").order_by(AuditEntry.seq))]
    assert shown == [False, True]


def test_the_queue_page_shows_the_masked_text_not_the_name(qtbot, japanese, renv):
    """As a reviewer sees it: the queue page lists both applications; the protected one
    reads 「（支援措置対象）」 in the name column and nothing in the kana column."""
    from PySide6.QtCore import Qt

    from tests.ui.factories import make_staff
    from ui.pages.queue_page import QueuePage
    from ui.workers import Workers

    two_answered(renv)
    reviewer = make_staff(renv.bo, "rev1", ["reviewer"], "審査 太郎")
    workers = Workers()
    try:
        page = QueuePage(renv.bo, reviewer, workers)
        qtbot.addWidget(page)
        page.show()
        page.queue_list.setCurrentRow(len(page.defs) - 1)  # 「すべての未完了」
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
        m = page.model
        shown = {m.index(r, m.COL_ID).data(): (m.index(r, m.COL_NAME).data(), m.index(r, m.COL_KANA).data(),
                                               m.index(r, m.COL_ATTENTION).data())
                 for r in range(m.rowCount())}
        assert shown[PROTECTED][0] == "（支援措置対象）" and shown[PROTECTED][1] == ""
        assert "支援措置" in shown[PROTECTED][2]
        assert shown[OTHER][0] == NAME
        every_cell = [m.index(r, c).data() or "" for r in range(m.rowCount()) for c in range(m.columnCount())]
        assert sum(NAME in cell for cell in every_cell) == 1  # only the other applicant's row
        page.grab().save(str(renv.exchange.parent / "queue-restricted.png"))
        # the reviewer searches the shared name: only the other applicant is found
        page.search.setText("山田")  # typed through the input method (QTest types ASCII only)
        with qtbot.waitSignal(m.page_loaded, timeout=10000):
            qtbot.keyClick(page.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: m.rowCount() == 1, timeout=10000)
        assert m.index(0, m.COL_ID).data() == OTHER and m.index(0, m.COL_NAME).data() == NAME
    finally:
        workers.shutdown()


def test_appointments_of_the_protected_application_mask_the_visitor(renv):
    from datetime import date, datetime, time

    from backoffice.platform.timeutil import JST
    from backoffice.supervision import appointments, counters
    from tests.ui.factories import make_staff

    pk, other = two_answered(renv)
    clerk = make_staff(renv.bo, "cnt1", ["counter"], "窓口 次郎")
    counters.locations(renv.bo, clerk)  # seeds resources/counters.toml
    day = date(2027, 5, 6)
    booked = appointments.book(renv.bo, clerk, "shimin-1f", datetime.combine(day, time(9), JST), NAME,
                               application_pk=pk)
    assert booked.restricted and booked.visitor_name == ""
    appointments.book(renv.bo, clerk, "shimin-1f", datetime.combine(day, time(10), JST), NAME, application_pk=other)
    listed = {a.application_id: a for a in appointments.day_list(renv.bo, clerk, "shimin-1f", day)}
    assert (listed[PROTECTED].visitor_name, listed[PROTECTED].restricted) == ("", True)
    assert listed[OTHER].visitor_name == NAME and not listed[OTHER].restricted
    assert appointments.check_in(renv.bo, clerk, booked.id).visitor_name == ""


def test_only_a_supervisor_claims_it_and_next_skips_it_for_a_reviewer(renv):
    from backoffice.casework import workflow
    from tests.ui.factories import make_staff

    pk, other = two_answered(renv)
    reviewer = make_staff(renv.bo, "rev1", ["reviewer"], "審査 太郎")
    supervisor = make_staff(renv.bo, "sup1", ["supervisor"], "決裁 花子")
    with pytest.raises(PermissionDenied) as exc:
        review.claim(renv.bo, reviewer, pk)
    assert exc.value.code == "record_restricted"
    statuses = (workflow.READY, workflow.ATTENTION)
    # same due date, PROTECTED the older id: "next" would hand it out first, but skips it
    assert review.claim_next(renv.bo, reviewer, statuses=statuses).application_id == OTHER
    assert review.claim(renv.bo, supervisor, pk).application_id == PROTECTED


def test_the_mark_stays_when_a_later_answer_finds_the_person(renv):
    """A protection once learnt is not dropped: a newer `found` answer (a re-request) leaves
    the application masked, and its register record still only for a supervisor."""
    from datetime import UTC, datetime

    from backoffice.db.models_records import RecordAnswer, RecordRequest
    from backoffice.records.view import ANSWERED, RESTRICTED, record_comparison

    pk, other = two_answered(renv)
    with renv.bo.db.write() as s:
        first = s.scalars(select(RecordRequest).where(RecordRequest.application_pk == pk)).one()
        answer = json.dumps(found(f"{PROTECTED}.r1.2"), ensure_ascii=False).encode()
        again = RecordRequest(request_id=f"{PROTECTED}.r1.2", application_pk=pk, revision=1, seq=2,
                              kind=first.kind, queued_at=datetime.now(UTC), batch_pk=first.batch_pk)
        s.add(again)
        s.flush()
        s.add(RecordAnswer(request_pk=again.id, result="found", as_of=datetime.now(UTC), answer=answer,
                           answer_sha256="0" * 64, answered_at=datetime.now(UTC), batch_pk=first.batch_pk,
                           findings=[]))
    assert record_comparison(renv.bo, REVIEWER, pk).state == RESTRICTED
    assert record_comparison(renv.bo, SUPERVISOR, pk).state == ANSWERED
    assert _by_id(queues.load_page(renv.bo, REVIEWER, QueueFilter()))[PROTECTED].applicant_name == ""
    assert detail.application_detail(renv.bo, REVIEWER, pk).withheld
