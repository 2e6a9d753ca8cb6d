"""Inquiries handled by staff (portal-v1 §3), FAQ entries and announcements (faq/1,
announcement/1): each change publishes exactly one message with the next version; views
of personal data are audited; departments limit who sees what. Both engines."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from backoffice.accounts.permissions import Actor
from backoffice.db.models import AuditEntry
from backoffice.db.models_portal import OutboxMessage
from backoffice.platform.errors import PermissionDenied, TransitionError
from backoffice.platform.timeutil import JST
from backoffice.portal import faq, inquiries
from tests.persons import refusals
from tests.ui.factories import make_applications, make_staff


def _messages(bo, schema: str) -> list[dict]:
    with bo.db.read() as s:
        return [json.loads(m.payload) for m in s.scalars(
            select(OutboxMessage).where(OutboxMessage.schema == schema).order_by(OutboxMessage.id))]


def _actions(bo, target: str) -> list[str]:
    with bo.db.read() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.target == target).order_by(AuditEntry.seq)))


def test_phone_inquiry_from_entry_to_answer_and_close(bo):
    clerk = make_staff(bo, "c100", ["counter"])
    reviewer = make_staff(bo, "r100", ["reviewer"])
    app = make_applications(bo, 1)[0]
    iid = inquiries.enter(bo, clerk, channel="phone", name="山田 花子", name_kana="やまだ はなこ",
                          text="証明書はいつ届きますか。", category="手続き", phone="06-1234-5678",
                          procedure="juminhyo-copy")
    with bo.db.write() as s:
        row = inquiries.list_inquiries(s, reviewer)[0]
    assert (row.status, row.channel, row.department) == ("new", "phone", "市民課")
    assert row.due_date == bo.calendar.add_business_days(row.received_at.astimezone(JST).date(), 3)
    inquiries.assign(bo, reviewer, iid)
    inquiries.add_note(bo, reviewer, iid, "前回も同じ質問あり（内部メモ）")
    inquiries.link_application(bo, reviewer, iid, app.application_id)
    message_id = inquiries.answer(bo, reviewer, iid, "通常3開庁日以内に発送します。")
    d = inquiries.detail(bo, reviewer, iid)
    assert d.status == "answered" and d.application_pk == app.pk and d.assigned_to == "r100"
    assert [(e.kind, e.staff_code) for e in d.entries] == [("note", "r100"), ("answer", "r100")]
    answers = _messages(bo, "inquiry_answer/1")
    assert answers == [{"inquiry_id": iid, "application_id": app.application_id,
                        "answer": "通常3開庁日以内に発送します。", "answered_by_department": "市民課"}]
    with bo.db.read() as s:
        assert s.scalar(select(OutboxMessage.message_id).where(OutboxMessage.schema == "inquiry_answer/1")) == message_id
    inquiries.close(bo, reviewer, iid)
    with pytest.raises(TransitionError):
        inquiries.answer(bo, reviewer, iid, "もう一度")
    assert _actions(bo, f"inquiry:{iid}") == [
        "inquiry.enter", "inquiry.assign", "inquiry.note", "inquiry.link", "inquiry.answer",
        "inquiry.view", "inquiry.close"]
    assert [r.inquiry_id for r in inquiries.inquiries_of_application(bo, reviewer, app.pk)] == [iid]


def test_close_without_answer_needs_a_reason(bo):
    clerk = make_staff(bo, "c101", ["counter"])
    iid = inquiries.enter(bo, clerk, channel="counter", name="佐藤 一郎", name_kana="サトウ イチロウ",
                          text="窓口の場所を教えてください。", category="その他")
    with pytest.raises(inquiries.InquiryError):
        inquiries.close(bo, clerk, iid)
    inquiries.close(bo, clerk, iid, "窓口で口頭回答済み")
    d = inquiries.detail(bo, clerk, iid)
    assert (d.status, d.close_reason, d.department) == ("closed", "窓口で口頭回答済み", "")
    assert _messages(bo, "inquiry_answer/1") == []


def test_text_limits_and_search(bo):
    clerk = make_staff(bo, "c102", ["counter"])
    with pytest.raises(inquiries.InquiryError):
        inquiries.enter(bo, clerk, channel="phone", name="山田", name_kana="", text="あ" * 4001, category="x")
    with pytest.raises(inquiries.InquiryError):
        inquiries.enter(bo, clerk, channel="portal", name="山田", name_kana="", text="質問", category="x")
    a = inquiries.enter(bo, clerk, channel="phone", name="山田 花子", name_kana="ヤマダ ハナコ",
                        text="あ" * 4000, category="x", application_id="OSK-2026-0000999")
    inquiries.enter(bo, clerk, channel="phone", name="佐藤 一郎", name_kana="サトウ イチロウ", text="質問",
                    category="x")
    with bo.db.write() as s:
        assert [r.inquiry_id for r in inquiries.list_inquiries(s, clerk, search="やまだ")] == [a]  # kana alike
        assert [r.inquiry_id for r in inquiries.list_inquiries(s, clerk, search="ﾔﾏﾀﾞ")] == [a]  # half-width
        assert [r.inquiry_id for r in inquiries.list_inquiries(s, clerk, search="osk-2026-0000999")] == [a]
        assert len(inquiries.list_inquiries(s, clerk, search="")) == 2
    assert "inquiry.search" in _actions(bo, "inquiries")


def test_departments_limit_the_queue_and_the_detail(bo):
    clerk = make_staff(bo, "c103", ["counter"])
    civic = inquiries.enter(bo, clerk, channel="phone", name="甲", name_kana="コウ", text="q", category="x",
                            procedure="juminhyo-copy")
    tax = inquiries.enter(bo, clerk, channel="phone", name="乙", name_kana="オツ", text="q", category="x",
                          procedure="tax-certificate")
    loose = inquiries.enter(bo, clerk, channel="phone", name="丙", name_kana="ヘイ", text="q", category="x")
    tax_reviewer = Actor(code="r200", name="税", roles=frozenset({"reviewer"}), departments=frozenset({"税務課"}))
    with bo.db.write() as s:
        seen = {r.inquiry_id for r in inquiries.list_inquiries(s, tax_reviewer)}
    assert seen == {tax, loose}
    with pytest.raises(refusals(bo, PermissionDenied)):  # per person: the server hides the row
        inquiries.detail(bo, tax_reviewer, civic)
    with pytest.raises(PermissionDenied):  # a counter clerk may not answer FAQ-style publishing
        faq.save_faq(bo, clerk, None, category="x", procedure=None, question="q", answer="a")


def test_faq_versions_and_answer_to_faq(bo):
    sup = make_staff(bo, "s100", ["supervisor"])
    fid = faq.save_faq(bo, sup, None, category="証明書", procedure="juminhyo-copy",
                       question="住民票の写しの手数料は？", answer="1通300円です。")
    faq.save_faq(bo, sup, fid, category="証明書", procedure="juminhyo-copy",
                 question="住民票の写しの手数料はいくらですか？", answer="1通300円です。")
    faq.withdraw_faq(bo, sup, fid)
    faq.withdraw_faq(bo, sup, fid)  # already withdrawn: nothing more published
    published = _messages(bo, "faq/1")
    assert [(m["version"], m["withdrawn"]) for m in published] == [(1, False), (2, False), (3, True)]
    assert set(published[0]) == {"faq_id", "category", "procedure", "question", "answer", "withdrawn", "version"}
    with pytest.raises(faq.PortalContentError):
        faq.save_faq(bo, sup, fid, category="x", procedure=None, question="q", answer="a")
    with pytest.raises(faq.PortalContentError):
        faq.save_faq(bo, sup, None, category="x", procedure="no-such-procedure", question="q", answer="a")
    iid = inquiries.enter(bo, sup, channel="phone", name="山田", name_kana="ヤマダ", text="駐車場はありますか？",
                          category="施設")
    with pytest.raises(inquiries.InquiryError):
        inquiries.answer_to_faq(bo, sup, iid)
    inquiries.answer(bo, sup, iid, "庁舎地下に駐車場があります。")
    new = inquiries.answer_to_faq(bo, sup, iid)
    entry = next(r for r in faq.list_faq(bo, sup) if r.faq_id == new)
    assert (entry.question, entry.answer, entry.category, entry.version) == (
        "駐車場はありますか？", "庁舎地下に駐車場があります。", "施設", 1)
    assert len(_messages(bo, "faq/1")) == 4


def test_announcements(bo):
    sup = make_staff(bo, "s101", ["supervisor"])
    start = datetime(2026, 12, 1, 9, 0, tzinfo=JST)
    aid = faq.save_announcement(bo, sup, None, title="年末年始の休庁", body="12月29日から1月3日まで休庁します。",
                                publish_from=start, publish_until=start + timedelta(days=40),
                                procedures=["juminhyo-copy"])
    with pytest.raises(faq.PortalContentError):
        faq.save_announcement(bo, sup, aid, title="t", body="b", publish_from=start,
                              publish_until=start - timedelta(days=1))
    faq.withdraw_announcement(bo, sup, aid)
    published = _messages(bo, "announcement/1")
    assert published[0] == {"announcement_id": aid, "title": "年末年始の休庁",
                            "body": "12月29日から1月3日まで休庁します。",
                            "publish_from": "2026-12-01T09:00:00+09:00",
                            "publish_until": "2027-01-10T09:00:00+09:00", "procedures": ["juminhyo-copy"],
                            "withdrawn": False, "version": 1}
    assert (published[1]["version"], published[1]["withdrawn"]) == (2, True)
    assert [a.version for a in faq.list_announcements(bo, sup)] == [2]


def test_retention_takes_inquiries_with_their_application_and_by_rule(db_url, tmp_path):
    from dataclasses import replace

    from backoffice.accounts.permissions import system_actor
    from backoffice.db.models_portal import Inquiry, InquiryEntry
    from backoffice.platform.config import RetentionRule
    from backoffice.platform.timeutil import utcnow
    from backoffice.retention import rules
    from tests.conftest import make_backoffice

    bo = make_backoffice(db_url, tmp_path)
    try:
        bo.config = replace(bo.config, retention=(RetentionRule("*", "*", 30, "anonymize"),))
        clerk = make_staff(bo, "c300", ["counter"])
        old = inquiries.enter(bo, clerk, channel="phone", name="山田 花子", name_kana="ヤマダ ハナコ",
                              text="個人的な相談内容", category="x", phone="06-1111-2222")
        inquiries.add_note(bo, clerk, old, "電話番号は06-1111-2222")
        inquiries.close(bo, clerk, old, "電話で回答済み")
        recent = inquiries.enter(bo, clerk, channel="phone", name="佐藤 一郎", name_kana="サトウ", text="質問",
                                 category="x")
        inquiries.close(bo, clerk, recent, "回答済み")
        with bo.db.write() as s:  # closed 40 days ago
            s.scalars(select(Inquiry).where(Inquiry.inquiry_id == old)).one().closed_at = utcnow() - timedelta(days=40)
        rules.run_retention(bo, system_actor("retention"))
        with bo.db.read() as s:
            kept = {i.inquiry_id: (i.name, i.phone, i.text) for i in s.scalars(select(Inquiry))}
            notes = list(s.scalars(select(InquiryEntry.text)))
        assert kept[old] == ("（匿名化済み）", None, "（匿名化済み）") and notes == ["（匿名化済み）"]
        assert kept[recent][0] == "佐藤 一郎"
    finally:
        bo.close()


def test_appointment_booking_and_cancellation_notify_the_applicant_and_change_the_slots(bo):
    from backoffice.db.models import Notice
    from backoffice.portal import publishing
    from backoffice.supervision import appointments, counters
    from tests.ui.factories import GOD

    app = make_applications(bo, 1)[0]
    loc = counters.locations(bo, GOD)[0]
    day = bo.calendar.add_business_days(datetime.now(JST).date(), 2)
    start = datetime.combine(day, loc.opens, JST)
    clerk = make_staff(bo, "c400", ["counter"])
    publishing.publish_due(bo)
    booked = appointments.book(bo, clerk, loc.code, start, "山田 太郎", application_pk=app.pk)
    assert publishing.publish_due(bo) == 1  # that counter's slots/1 again, one seat fewer
    slots = _messages(bo, "slots/1")[-1]
    first = next(d for d in slots["days"] if d["date"] == day.isoformat())["slots"][0]
    assert first["free"] == loc.capacity - 1
    appointments.cancel(bo, clerk, booked.id)
    with bo.db.read() as s:
        events = [(e, m) for e, m in s.execute(select(Notice.event, Notice.message).where(
            Notice.application_pk == app.pk, Notice.event.like("appointment%")).order_by(Notice.id))]
    assert [e for e, _ in events] == ["appointment_booked", "appointment_cancelled"]
    assert f"{day.month}月{day.day}日" in events[0][1] and loc.name in events[0][1]
