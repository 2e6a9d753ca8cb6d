"""Every service with every role: allowed exactly when the role/permission matrix
(backoffice/accounts/permissions.py) says so. "Allowed" means the call is not refused with
PermissionDenied (it may still fail for a domain reason on this tiny data set)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from backoffice.accounts.permissions import MATRIX, Actor
from backoffice.administration import staff
from backoffice.audit import query as audit_query
from backoffice.casework import detail, queries, queues, reassign, review
from backoffice.export import batch
from backoffice.intake import quarantine
from backoffice.issuance import delivery, verify
from backoffice.issuance import service as issuance
from backoffice.platform.errors import PermissionDenied
from backoffice.retention import closing
from backoffice.retention import rules as retention
from backoffice.supervision import appointments, counters, dashboard, payments
from tests.conftest import make_backoffice
from tests.ui.factories import make_applications, make_staff

ROLES = ("counter", "reviewer", "supervisor", "admin", "system")


def _s(fn):  # services that take a session
    def call(bo, actor, ctx):
        with bo.db.write() as s:
            return fn(s, actor, ctx)
    return call


# (name, permission, call(bo, actor, ctx))
SERVICES = [
    ("review.claim", "application.claim", lambda bo, a, c: review.claim(bo, a, c["ready"])),
    ("review.claim_next", "application.claim", lambda bo, a, c: review.claim_next(bo, a)),
    ("review.release(other)", "application.release_claim", lambda bo, a, c: review.release(bo, a, c["held"])),
    ("review.decide", "application.decide", lambda bo, a, c: review.decide(bo, a, c["held"], "approve")),
    ("review.withdraw", "application.withdraw", lambda bo, a, c: review.withdraw(bo, a, c["ready"], "取下げ")),
    ("review.resolve_attention", "application.decide", lambda bo, a, c: review.resolve_attention(bo, a, c["ready"], "x")),
    ("review.add_comment", "application.comment", lambda bo, a, c: review.add_comment(bo, a, c["ready"], "メモ")),
    ("queries.list_applications", "application.search", _s(lambda s, a, c: queries.list_applications(s, a))),
    ("queries.list_quarantine", "quarantine.view", _s(lambda s, a, c: queries.list_quarantine(s, a))),
    ("queues.page", "application.search", _s(lambda s, a, c: queues.page(s, a, queues.QueueFilter(search="ヤマダ")))),
    ("queues.counts", "application.search", _s(lambda s, a, c: queues.counts(s, a))),
    ("detail.application_detail", "application.view", lambda bo, a, c: detail.application_detail(bo, a, c["ready"])),
    ("detail.document_bytes", "document.view", lambda bo, a, c: detail.document_bytes(bo, a, c["doc"])),
    ("detail.revision_diff", "application.view", lambda bo, a, c: detail.revision_diff(bo, a, c["ready"], 1, 1)),
    ("quarantine.retry", "quarantine.resolve", lambda bo, a, c: quarantine.retry(bo, a, 999999)),
    ("quarantine.discard", "quarantine.resolve", lambda bo, a, c: quarantine.discard(bo, a, 999999, "note")),
    ("staff.create_staff", "staff.manage", _s(lambda s, a, c: staff.create_staff(
        s, a, f"n{a.code[:4]}", "新人", ["reviewer"], "a long passphrase 2026"))),
    ("staff.set_disabled", "staff.manage", _s(lambda s, a, c: staff.set_disabled(s, a, "nobody", True))),
    ("staff.list_staff", "staff.manage", _s(lambda s, a, c: staff.list_staff(s, a))),
    ("issuance.issue_document", "certificate.issue", lambda bo, a, c: issuance.issue_document(bo, a, c["ready"])),
    ("issuance.revoke", "certificate.revoke", lambda bo, a, c: issuance.revoke(bo, a, "2026-JU-00000001", "x")),
    ("issuance.certificates_of", "application.view", lambda bo, a, c: issuance.certificates_of(bo, a, c["ready"])),
    ("verify.verify_decoded", "certificate.verify", lambda bo, a, c: verify.verify_decoded(bo, ["x"], actor=a)),
    ("delivery.counter_search", "application.search", lambda bo, a, c: delivery.counter_search(bo, a, "ヤマダ")),
    ("delivery.record_counter_handover", "delivery.record",
     lambda bo, a, c: delivery.record_counter_handover(bo, a, c["ready"], "運転免許証", "")),
    ("delivery.address_sheet_pdf", "delivery.record", lambda bo, a, c: delivery.address_sheet_pdf(bo, a, [c["ready"]])),
    ("dashboard.snapshot", "dashboard.view", lambda bo, a, c: dashboard.snapshot(bo, a)),
    ("reassign.held_claims", "application.reassign", lambda bo, a, c: reassign.held_claims(bo, a)),
    ("reassign.hand_over", "application.reassign", lambda bo, a, c: reassign.hand_over(bo, a, c["held"], c["staff_id"])),
    ("counters.locations", "appointment.view", lambda bo, a, c: counters.locations(bo, a)),
    ("counters.add_closure", "appointment.configure",
     lambda bo, a, c: counters.add_closure(bo, a, "nowhere", date(2027, 1, 5))),
    ("appointments.day_list", "appointment.view",
     lambda bo, a, c: appointments.day_list(bo, a, "nowhere", date(2027, 1, 5))),
    ("appointments.book", "appointment.manage", lambda bo, a, c: appointments.book(
        bo, a, "nowhere", datetime(2027, 1, 5, 1, 0), "山田 太郎")),
    ("payments.mismatches", "payment.reconcile", lambda bo, a, c: payments.mismatches(bo, a)),
    ("payments.import_settlement", "payment.reconcile",
     lambda bo, a, c: payments.import_settlement(bo, a, b"bad", "x.csv")),
    ("payments.record_counter_payment", "payment.record",
     lambda bo, a, c: payments.record_counter_payment(bo, a, "OSK-NONE", 300, "R-1")),
    ("export.export_pending", "export.run", lambda bo, a, c: batch.export_pending(bo, a)),
    ("export.history", "export.view", lambda bo, a, c: batch.history(bo, a)),
    ("audit_query.search", "audit.view", lambda bo, a, c: audit_query.search(bo, a)),
    ("audit_query.chain_status", "audit.verify", lambda bo, a, c: audit_query.chain_status(bo, a)),
    ("retention.run_retention", "retention.run", lambda bo, a, c: retention.run_retention(bo, a, dry_run=True)),
    ("closing.close_due", "application.close", lambda bo, a, c: closing.close_due(bo, a, dry_run=True)),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("matrix")
    bo = make_backoffice(f"sqlite:///{tmp / 'm.db'}", tmp)
    actors = {r: make_staff(bo, f"x-{r}", [r]) for r in ROLES if r != "system"}
    actors["system"] = Actor(code="system", name="system", roles=frozenset({"system"}))
    holder = make_staff(bo, "holder", ["reviewer"])
    yield bo, actors, holder
    bo.close()


@pytest.fixture
def ctx(world):
    bo, actors, holder = world
    made = make_applications(bo, 2, start=int(datetime.now().timestamp() * 1000) % 10**7)
    review.claim(bo, holder, made[1].pk)
    det = detail.application_detail(bo, Actor(code="t", name="t", roles=frozenset({"reviewer"})), made[0].pk)
    return {"ready": made[0].pk, "held": made[1].pk, "doc": det.documents[0].id, "staff_id": holder.id}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,permission,call", SERVICES, ids=[s[0] for s in SERVICES])
def test_service_allows_exactly_the_matrix(world, ctx, role, name, permission, call, memory_keyring):
    bo, actors, _ = world
    actor = actors[role]
    allowed = role in MATRIX[permission]
    try:
        call(bo, actor, ctx)
    except PermissionDenied:
        assert not allowed, f"{name} refused {role}, but the matrix gives it {permission}"
        return
    except Exception:  # noqa: BLE001 - allowed, then failed for a domain reason
        pass
    assert allowed, f"{name} let {role} through without {permission}"


def test_every_permission_is_exercised():
    used = {p for _, p, _ in SERVICES} | {"intake.run", "intake.receive", "audit.view", "audit.verify",
                                            "keys.manage", "application.approve_second", "certificate.issue"}
    assert set(MATRIX) - used == set(), f"permissions without a service test: {set(MATRIX) - used}"


_ = timedelta
