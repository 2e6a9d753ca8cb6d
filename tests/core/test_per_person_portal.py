"""The portal's FAQ entries and announcements as the person (issue 19 item 3, migration 0024,
backoffice/portal/server_portal.py), on the SCRAM cluster of tests/core/test_per_person.py:

- a supervisor connected as their own role creates, changes and withdraws an FAQ entry (one
  made from an inquiry too) and an お知らせ through the core (portal/faq.py -> bo_faq_save,
  bo_faq_withdraw, bo_announcement_save, bo_announcement_withdraw): the rows, the outbox
  messages (the very payload text and fingerprint outbox.publish would store) and the audit
  entries are theirs, in the chain;
- a reviewer is refused by the server when the core's check is switched off;
- by hand with psycopg, the supervisor's INSERT/UPDATE/DELETE on faq_entries, announcements
  and outbox_messages and the functions called with forged arguments are refused.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from backoffice.accounts import rls
from backoffice.accounts.permissions import Actor
from backoffice.audit import log as audit
from backoffice.db import roles
from backoffice.db.models import AuditEntry
from backoffice.db.models_portal import Announcement, FaqEntry, Inquiry, OutboxMessage
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import PermissionDenied
from backoffice.platform.timeutil import JST, rfc3339
from backoffice.portal import faq, inquiries, outbox, server_portal
from tests.core.test_per_person import (  # noqa: F401 (fixtures)
    CITIZEN,
    PW,
    TAX,
    _person,
    _sign_in,
    scram_cluster,
    shared,
)
from tests.core.test_per_person_admin import _refused

pytestmark = pytest.mark.postgres

# os: actors work on the shared role (the core's own writes, for the set-up)
CLERK = Actor(code="os:clerk", name="clerk", roles=frozenset({"supervisor"}))

# Text that JSON escapes: quotes, a backslash, a tab, a newline, a control character, Japanese.
TRICKY = '「住民票」の\t"写し"は\\窓口で。\n改行\x01あり'


def _entries(bo: Backoffice, actor: str, target: str) -> list[AuditEntry]:
    with bo.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.actor == actor, AuditEntry.target == target)
                              .order_by(AuditEntry.seq)))


def _messages(bo: Backoffice, subject: str) -> list[OutboxMessage]:
    with bo.db.read() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.subject == subject)
                              .order_by(OutboxMessage.id)))


def _check_published(bo: Backoffice, code: str, subject: str, schema: str,
                     bodies: list[dict[str, Any]], actions: list[str]) -> None:
    """The outbox rows of `subject` are `bodies` stored as outbox.publish stores them, and the
    audit entries are `code`'s, written by the server (its workstation), naming each message."""
    msgs = _messages(bo, subject)
    assert [m.schema for m in msgs] == [schema] * len(bodies)
    for m, body in zip(msgs, bodies, strict=True):
        assert m.payload == json.dumps(body, ensure_ascii=False)  # byte for byte, key order too
        assert m.fingerprint == outbox.fingerprint(body)
        assert len(m.message_id) == 36 and m.written_at is None
        assert outbox.message_document(m) == {"schema": schema, "message_id": m.message_id,
                                              "at": rfc3339(m.at), **body}
    entries = _entries(bo, code, subject)
    assert [(e.action, e.detail) for e in entries] == [
        (action, {"version": body["version"], "message_id": m.message_id})
        for action, body, m in zip(actions, bodies, msgs, strict=True)]
    assert {e.workstation for e in entries} == {"127.0.0.1"}  # bo_audit's, not the core's


def test_a_supervisor_edits_the_faq_as_themselves(shared: Backoffice, scram_cluster: str,  # noqa: F811
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    code = _person(shared, scram_cluster, ["supervisor"], [TAX])
    sup = _sign_in(shared, code)
    assert sup.bo is not None
    fid = faq.save_faq(sup.bo, sup.actor, None, category="証明書", procedure="juminhyo-copy",
                       question="住民票の写しは？", answer=TRICKY)
    faq.save_faq(sup.bo, sup.actor, fid, category="証明書", procedure=None, question="住民票の写しは？",
                 answer="窓口またはコンビニで。")
    faq.withdraw_faq(sup.bo, sup.actor, fid)
    faq.withdraw_faq(sup.bo, sup.actor, fid)  # withdrawn already: nothing more
    with pytest.raises(faq.PortalContentError):
        faq.save_faq(sup.bo, sup.actor, fid, category="x", procedure=None, question="q", answer="a")
    with shared.db.read() as s:
        row = s.scalars(select(FaqEntry).where(FaqEntry.faq_id == fid)).one()
        assert (row.version, row.withdrawn, row.updated_by, row.procedure, row.answer) == (
            3, True, code, None, "窓口またはコンビニで。")
        assert audit.verify_chain(s).intact
    first = {"faq_id": fid, "category": "証明書", "procedure": "juminhyo-copy", "question": "住民票の写しは？",
             "answer": TRICKY, "withdrawn": False, "version": 1}
    second = {**first, "procedure": None, "answer": "窓口またはコンビニで。", "version": 2}
    _check_published(shared, code, f"faq:{fid}", "faq/1", [first, second, {**second, "withdrawn": True, "version": 3}],
                     ["faq.create", "faq.change", "faq.withdraw"])

    # an inquiry's answer made an FAQ entry (inquiries.answer_to_faq): the entry names the inquiry
    iid = inquiries.enter(sup.bo, sup.actor, channel="phone", name="山田", name_kana="ヤマダ",
                          text="駐車場はありますか？", category="施設", procedure="tax-certificate")
    inquiries.answer(sup.bo, sup.actor, iid, "庁舎地下に駐車場があります。")
    made = inquiries.answer_to_faq(sup.bo, sup.actor, iid)
    with shared.db.read() as s:
        entry = s.scalars(select(FaqEntry).where(FaqEntry.faq_id == made)).one()
        inquiry_pk = s.scalars(select(Inquiry.id).where(Inquiry.inquiry_id == iid)).one()
        assert (entry.source_inquiry_pk, entry.question, entry.updated_by) == (inquiry_pk, "駐車場はありますか？", code)
    assert [e.action for e in _entries(shared, code, f"faq:{made}")] == ["faq.create"]

    # the same through the core on the shared role stores the same kind of rows
    core_id = faq.save_faq(shared, CLERK, None, category="証明書", procedure="juminhyo-copy",
                           question="住民票の写しは？", answer=TRICKY)
    core_msg = _messages(shared, f"faq:{core_id}")[0]
    assert core_msg.payload == json.dumps({**first, "faq_id": core_id}, ensure_ascii=False)
    assert core_msg.fingerprint == outbox.fingerprint({**first, "faq_id": core_id})

    # a reviewer: the core's check switched off, the server refuses
    reviewer = _sign_in(shared, _person(shared, scram_cluster, ["reviewer"], [TAX]))
    assert reviewer.bo is not None
    monkeypatch.setattr(faq, "require", lambda *_a, **_k: None)
    with pytest.raises(PermissionDenied):
        faq.save_faq(reviewer.bo, reviewer.actor, None, category="x", procedure=None, question="q", answer="a")
    with pytest.raises(PermissionDenied):
        faq.save_faq(reviewer.bo, reviewer.actor, made, category="x", procedure=None, question="q", answer="a")
    with pytest.raises(PermissionDenied):
        faq.withdraw_faq(reviewer.bo, reviewer.actor, made)
    assert len(_messages(shared, f"faq:{made}")) == 1
    sup.bo.close()
    reviewer.bo.close()


def test_a_supervisor_publishes_an_announcement_as_themselves(shared: Backoffice, scram_cluster: str,  # noqa: F811
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    code = _person(shared, scram_cluster, ["supervisor"], [TAX])
    sup = _sign_in(shared, code)
    assert sup.bo is not None
    start = datetime(2026, 12, 28, 8, 30, 15, 654321, tzinfo=JST)  # seconds kept, the fraction dropped
    aid = faq.save_announcement(sup.bo, sup.actor, None, title="年末年始の休庁", body=TRICKY,
                                publish_from=start, publish_until=start + timedelta(days=10),
                                procedures=["juminhyo-copy", "tax-certificate"])
    faq.save_announcement(sup.bo, sup.actor, aid, title="年末年始の休庁（変更）", body="1月4日から開庁します。",
                          publish_from=start.astimezone(UTC), publish_until=None, procedures=[])
    faq.withdraw_announcement(sup.bo, sup.actor, aid)
    faq.withdraw_announcement(sup.bo, sup.actor, aid)
    with pytest.raises(faq.PortalContentError):
        faq.save_announcement(sup.bo, sup.actor, aid, title="t", body="b", publish_from=start)
    with shared.db.read() as s:
        row = s.scalars(select(Announcement).where(Announcement.announcement_id == aid)).one()
        assert (row.version, row.withdrawn, row.updated_by, row.publish_from, row.publish_until, row.procedures) == (
            3, True, code, start, None, [])
        assert audit.verify_chain(s).intact
    first = {"announcement_id": aid, "title": "年末年始の休庁", "body": TRICKY,
             "publish_from": "2026-12-28T08:30:15+09:00", "publish_until": "2027-01-07T08:30:15+09:00",
             "procedures": ["juminhyo-copy", "tax-certificate"], "withdrawn": False, "version": 1}
    second = {**first, "title": "年末年始の休庁（変更）", "body": "1月4日から開庁します。", "publish_until": None,
              "procedures": [], "version": 2}
    _check_published(shared, code, f"announcement:{aid}", "announcement/1",
                     [first, second, {**second, "withdrawn": True, "version": 3}],
                     ["announcement.create", "announcement.change", "announcement.withdraw"])
    # the core on the shared role: the same payload text for the same announcement
    core_id = faq.save_announcement(shared, CLERK, None, title="年末年始の休庁", body=TRICKY, publish_from=start,
                                    publish_until=start + timedelta(days=10),
                                    procedures=["juminhyo-copy", "tax-certificate"])
    assert _messages(shared, f"announcement:{core_id}")[0].payload == json.dumps(
        {**first, "announcement_id": core_id}, ensure_ascii=False)

    reviewer = _sign_in(shared, _person(shared, scram_cluster, ["reviewer"], [TAX]))
    assert reviewer.bo is not None
    monkeypatch.setattr(faq, "require", lambda *_a, **_k: None)
    with pytest.raises(PermissionDenied):
        faq.save_announcement(reviewer.bo, reviewer.actor, None, title="t", body="b", publish_from=start)
    with pytest.raises(PermissionDenied):
        faq.withdraw_announcement(reviewer.bo, reviewer.actor, core_id)
    assert len(_messages(shared, f"announcement:{core_id}")) == 1
    sup.bo.close()
    reviewer.bo.close()


def test_the_server_refuses_writes_by_hand(shared: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    code = _person(shared, scram_cluster, ["supervisor"], [TAX])
    reviewer = _person(shared, scram_cluster, ["reviewer"], [TAX])
    fid = faq.save_faq(shared, CLERK, None, category="x", procedure=None, question="q", answer="a")
    gone = faq.save_faq(shared, CLERK, None, category="x", procedure=None, question="q", answer="a")
    faq.withdraw_faq(shared, CLERK, gone)
    aid = faq.save_announcement(shared, CLERK, None, title="t", body="b", publish_from=datetime.now(UTC))
    civic = inquiries.enter(shared, CLERK, channel="phone", name="丙", name_kana="ヘイ", text="q", category="x",
                            department=CITIZEN)
    with shared.db.read() as s:
        civic_pk = s.scalars(select(Inquiry.id).where(Inquiry.inquiry_id == civic)).one()
    good = {"faq_id": None, "category": "x", "procedure": None, "question": "q", "answer": "a"}
    start = datetime.now(UTC).isoformat()
    message = ("INSERT INTO outbox_messages (message_id, schema, subject, at, payload, fingerprint) "
               "VALUES (%s, 'faq/1', 'faq:x', now(), '{}', '')")
    answers = _refused(scram_cluster, code, [
        ("INSERT INTO faq_entries (faq_id, category, question, answer, withdrawn, version, updated_at, updated_by) "
         "VALUES (%s, 'x', 'q', 'a', false, 1, now(), 'someone')", (str(uuid.uuid4()),),
         psycopg.errors.InsufficientPrivilege),
        ("UPDATE faq_entries SET answer = 'changed' WHERE faq_id = %s", (fid,), psycopg.errors.InsufficientPrivilege),
        ("DELETE FROM faq_entries WHERE faq_id = %s", (fid,), psycopg.errors.InsufficientPrivilege),
        ("INSERT INTO announcements (announcement_id, title, body, publish_from, procedures, withdrawn, version, "
         "updated_at, updated_by) VALUES (%s, 't', 'b', now(), '[]', false, 1, now(), 'someone')",
         (str(uuid.uuid4()),), psycopg.errors.InsufficientPrivilege),
        ("UPDATE announcements SET withdrawn = true WHERE announcement_id = %s", (aid,),
         psycopg.errors.InsufficientPrivilege),
        (message, (str(uuid.uuid4()),), psycopg.errors.InsufficientPrivilege),
        ("DELETE FROM outbox_messages", (), psycopg.errors.InsufficientPrivilege),
        # forged arguments: a withdrawn entry, an unknown procedure or entry, an inquiry of
        # another department, an empty or too long text, a period that ends before it starts
        ("SELECT bo_faq_save(%s::jsonb)", (json.dumps({**good, "faq_id": gone}),), psycopg.errors.CheckViolation),
        ("SELECT bo_faq_save(%s::jsonb)", (json.dumps({**good, "faq_id": "no-such"}),), psycopg.errors.NoDataFound),
        ("SELECT bo_faq_save(%s::jsonb)", (json.dumps({**good, "procedure": "no-such-procedure"}),),
         psycopg.errors.InvalidParameterValue),
        ("SELECT bo_faq_save(%s::jsonb)", (json.dumps({**good, "source_inquiry_pk": civic_pk}),),
         psycopg.errors.NoDataFound),
        ("SELECT bo_faq_save(%s::jsonb)", (json.dumps({**good, "answer": " "}),), psycopg.errors.InvalidParameterValue),
        ("SELECT bo_faq_save(%s::jsonb)", (json.dumps({**good, "category": "x" * 65}),),
         psycopg.errors.InvalidParameterValue),
        ("SELECT bo_faq_withdraw('no-such')", (), psycopg.errors.NoDataFound),
        ("SELECT bo_announcement_save(%s::jsonb)", (json.dumps(
            {"title": "t", "body": "b", "publish_from": start, "publish_until": "2000-01-01T00:00:00+00:00"}),),
         psycopg.errors.InvalidParameterValue),
        ("SELECT bo_announcement_save(%s::jsonb)", (json.dumps(
            {"title": "t", "body": "b", "publish_from": start, "procedures": ["no-such-procedure"]}),),
         psycopg.errors.InvalidParameterValue),
    ])
    # a reviewer calling the functions by hand
    answers += _refused(scram_cluster, reviewer, [
        ("SELECT bo_faq_save(%s::jsonb)", (json.dumps(good),), psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_faq_withdraw(%s)", (fid,), psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_announcement_save(%s::jsonb)", (json.dumps({"title": "t", "body": "b", "publish_from": start}),),
         psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_announcement_withdraw(%s)", (aid,), psycopg.errors.InsufficientPrivilege),
    ])
    print("\n".join(answers))
    with shared.db.read() as s:
        assert s.scalar(select(FaqEntry).where(FaqEntry.updated_by.in_([code, reviewer, "someone"]))) is None
        assert s.scalar(select(Announcement).where(Announcement.updated_by.in_([code, reviewer, "someone"]))) is None
        assert s.scalars(select(FaqEntry.answer).where(FaqEntry.faq_id == fid)).one() == "a"
    assert len(_messages(shared, f"faq:{fid}")) == 1 and len(_messages(shared, f"announcement:{aid}")) == 1
    # every function: SECURITY DEFINER with a search_path of its own, granted to the persons as listed
    assert set(server_portal.FUNCTIONS) == set(roles.PERSON_PORTAL_FUNCTIONS)
    with psycopg.connect(scram_cluster.replace("postgresql+psycopg://", "postgresql://")) as conn:
        for signature in server_portal.FUNCTIONS:
            secdef, config, granted, public = conn.execute(
                "SELECT p.prosecdef, p.proconfig, has_function_privilege(%s, p.oid, 'EXECUTE'), "
                "has_function_privilege('public', p.oid, 'EXECUTE') FROM pg_proc p "
                "WHERE p.oid = %s::regprocedure", (rls.PERSON_GROUP, signature)).fetchone()
            assert secdef and config == ["search_path=pg_catalog, pg_temp"] and granted and not public, signature
