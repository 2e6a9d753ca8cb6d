"""Every service that reads or hands out personal data (viewing an application, opening a
document, searching, printing, exporting) writes exactly one audit entry per call, naming
the actor; every change of an application writes at least one entry about it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from backoffice.casework import detail, queries, queues, review
from backoffice.db.models import AuditEntry
from backoffice.export import batch
from backoffice.issuance import delivery
from backoffice.issuance import service as issuance
from backoffice.supervision import appointments
from tests.conftest import make_backoffice
from tests.ui.factories import make_applications, make_staff


def _s(fn):
    def call(bo, actor, ctx):
        with bo.db.write() as s:
            return fn(s, actor, ctx)
    return call


READS = [
    ("view application", lambda bo, a, c: detail.application_detail(bo, a, c["pk"])),
    ("open document", lambda bo, a, c: detail.document_bytes(bo, a, c["doc"])),
    ("revision diff", lambda bo, a, c: detail.revision_diff(bo, a, c["pk"], 1, 1)),
    ("queue search", _s(lambda s, a, c: queues.page(s, a, queues.QueueFilter(search="ヤマダ")))),
    ("list applications", _s(lambda s, a, c: queries.list_applications(s, a))),
    ("counter search", lambda bo, a, c: delivery.counter_search(bo, a, "山田")),
    ("print address sheets", lambda bo, a, c: delivery.address_sheet_pdf(bo, a, [c["pk"]])),
    ("print certificate", lambda bo, a, c: issuance.certificate_pdf(bo, a, c["serial"])),
    ("appointment list", lambda bo, a, c: appointments.day_list(bo, a, c["counter"], date(2027, 1, 5))),
    ("export", lambda bo, a, c: batch.export_pending(bo, a, out=c["out"])),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    import keyring

    from backoffice.accounts import keystore
    from backoffice.supervision.counters import locations
    from tests.memkeyring import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    tmp = tmp_path_factory.mktemp("auditcov")
    bo = make_backoffice(f"sqlite:///{tmp / 'a.db'}", tmp)
    keystore.create_issuing_key(bo.config.key_id)
    sup = make_staff(bo, "sup", ["supervisor", "reviewer", "counter"])
    made = make_applications(bo, 3)
    pk = made[0].pk
    review.claim(bo, sup, made[1].pk)
    review.decide(bo, sup, made[1].pk, "approve")
    info = issuance.issue_document(bo, sup, made[1].pk)
    det = detail.application_detail(bo, sup, pk)
    ctx = {"pk": pk, "doc": det.documents[0].id, "serial": info.serial,
           "counter": locations(bo, sup)[0].code, "out": tmp / "exports"}
    yield bo, sup, ctx
    bo.close()
    keyring.set_keyring(previous)


def _entries(bo):
    with bo.db.read() as s:
        return s.scalar(select(func.count(AuditEntry.seq)))


@pytest.mark.parametrize("name,call", READS, ids=[r[0] for r in READS])
def test_personal_data_access_writes_exactly_one_entry(world, name, call):
    bo, actor, ctx = world
    before = _entries(bo)
    call(bo, actor, ctx)
    assert _entries(bo) == before + 1, name
    with bo.db.read() as s:
        last = s.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))
    assert last.actor == actor.code


CHANGES = [
    ("claim", lambda bo, a, pk: review.claim(bo, a, pk)),
    ("comment", lambda bo, a, pk: review.add_comment(bo, a, pk, "確認中")),
    ("return", lambda bo, a, pk: review.decide(bo, a, pk, "return", "書類不足")),
]


def test_every_change_is_audited_against_the_application(world):
    bo, actor, ctx = world
    pk = ctx["pk"]
    with bo.db.read() as s:
        app_id = s.scalar(select(AuditEntry.target).where(AuditEntry.action == "application.view")).split(":")[1]
    for name, change in CHANGES:
        before = _entries(bo)
        change(bo, actor, pk)
        with bo.db.read() as s:
            new = s.scalars(select(AuditEntry).where(AuditEntry.seq > before)).all()
        assert new and all(e.target == f"application:{app_id}" for e in new), name
