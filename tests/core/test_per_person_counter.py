"""Counter work as the person (issue 19 item 3, migration 0019): a counter clerk of 市民課
connected as their own login role hands over a 税務課 certificate through the core
(issuance/delivery.py record_counter_handover -> bo_deliver -> bo_transition) and gets what the
core gives on the shared role: the status, the delivery row (method, identity document, note,
the clerk as staff), the applicant's `delivered` notice; the audit entry is in the clerk's name.
The server refuses an administrator (no delivery.record, the core's check switched off), a
reviewer of another department (no handover exception), and a clerk writing the delivery row
by hand. On the SCRAM cluster of tests/core/test_per_person.py."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from backoffice.accounts import rls
from backoffice.administration import staff
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.db.models import Application, AuditEntry, Delivery, Notice
from backoffice.issuance import delivery
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import NotFound, PermissionDenied
from tests.core.test_per_person import CITIZEN, PW, TAX, _person, _sign_in, scram_cluster, shared  # noqa: F401
from tests.ui.factories import make_applications

pytestmark = pytest.mark.postgres


def _outcome(bo: Backoffice, pk: int) -> dict[str, Any]:
    with bo.db.read() as s:
        app = s.get(Application, pk)
        assert app is not None
        rows = [(d.method, d.id_document, d.note, d.certificate_serial)
                for d in s.scalars(select(Delivery).where(Delivery.application_pk == pk))]
        notices = sorted((n.event, n.message) for n in s.scalars(select(Notice).where(Notice.application_pk == pk)))
        return {"status": app.status, "deliveries": rows, "notices": notices}


def test_a_counter_clerk_hands_over_as_themselves(shared: Backoffice, scram_cluster: str,  # noqa: F811
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    core_clerk = staff.login(shared.db, _person(shared, scram_cluster, ["counter"], [CITIZEN]), PW, "pc-c").actor
    clerk_code = _person(shared, scram_cluster, ["counter"], [CITIZEN])
    clerk = _sign_in(shared, clerk_code)
    assert clerk.bo is not None
    tag = uuid.uuid4().hex[:6].upper()
    by_core, by_person, other = make_applications(shared, 3, statuses=(workflow.APPROVED,),
                                                  procedures=("tax-certificate",), prefix=f"H{tag}-")
    with shared.db.write() as s:  # issued (issuing itself is not yet a person's: see the docs)
        for made in (by_core, by_person, other):
            app = s.get(Application, made.pk)
            assert app is not None
            app.status = workflow.ISSUED
    assert delivery.record_counter_handover(shared, core_clerk, by_core.pk, "my_number_card", "") == "delivered"
    assert delivery.record_counter_handover(clerk.bo, clerk.actor, by_person.pk, "my_number_card", "") \
        == "delivered"
    core, person = _outcome(shared, by_core.pk), _outcome(shared, by_person.pk)
    assert person == core and core["status"] == "delivered" and core["deliveries"] == [
        ("counter", "my_number_card", None, None)]
    assert [e for e, _m in core["notices"]].count("delivered") == 1  # besides the factory's earlier ones
    with shared.db.read() as s:
        staff_ids = s.scalars(select(Delivery.staff_id).where(Delivery.application_pk == by_person.pk)).all()
        assert staff_ids == [clerk.actor.id]
        done = [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.actor == clerk_code, AuditEntry.target == f"application:{by_person.application_id}"))]
        assert done == ["application.deliver"]
        assert audit.verify_chain(s).intact
    clerk.bo.close()

    # refused by the server: an administrator (the core's check off), a reviewer of 市民課 on 税務課's
    admin_code = _person(shared, scram_cluster, ["admin"], [TAX])
    reviewer_code = _person(shared, scram_cluster, ["reviewer"], [CITIZEN])
    admin, reviewer = _sign_in(shared, admin_code), _sign_in(shared, reviewer_code)
    assert admin.bo is not None and reviewer.bo is not None
    monkeypatch.setattr(delivery, "require", lambda *_a, **_k: None)
    monkeypatch.setattr(workflow, "check", lambda *_a, **_k: None)
    monkeypatch.setattr(delivery.scope, "require_department", lambda *_a, **_k: None)
    with pytest.raises((PermissionDenied, NotFound)):
        delivery.record_counter_handover(admin.bo, admin.actor, other.pk, "passport", "")
    with pytest.raises((PermissionDenied, NotFound)):
        delivery.record_counter_handover(reviewer.bo, reviewer.actor, other.pk, "passport", "")
    assert _outcome(shared, other.pk)["status"] == "issued" and _outcome(shared, other.pk)["deliveries"] == []
    admin.bo.close()
    reviewer.bo.close()

    u = make_url(scram_cluster)
    for code, refusal in ((admin_code, psycopg.errors.InsufficientPrivilege),  # no delivery.record
                          (reviewer_code, psycopg.errors.NoDataFound)):  # 税務課's: not the reviewer's
        with psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=rls.person_role(code),
                             password=PW, autocommit=True) as conn:
            with pytest.raises(refusal):
                conn.execute("SELECT bo_deliver(%s, 'counter', 'passport')", (other.application_id,))
    # by hand as the clerk: the row in someone's name, the status, a method that does not exist
    with psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=rls.person_role(clerk_code),
                         password=PW, autocommit=True) as conn:
        for statement, args in (
                ("INSERT INTO deliveries (application_pk, method, at, staff_id) VALUES (%s, 'counter', now(), %s)",
                 (other.pk, core_clerk.id)),
                ("UPDATE applications SET status = 'delivered' WHERE id = %s", (other.pk,))):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, args)
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            conn.execute("SELECT bo_deliver(%s, 'drone')", (other.application_id,))
    assert _outcome(shared, other.pk)["status"] == "issued"


def test_a_clerk_records_mailed_documents_as_themselves(shared: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    """record_mailed (all or none) through bo_deliver: two mail applications delivered in the
    clerk's name; a batch holding one that asked for the counter changes nothing."""
    clerk = _sign_in(shared, _person(shared, scram_cluster, ["counter"], [CITIZEN]))
    assert clerk.bo is not None
    tag = uuid.uuid4().hex[:6].upper()
    made = make_applications(shared, 3, statuses=(workflow.APPROVED,), procedures=("tax-certificate",),
                             prefix=f"M{tag}-")
    with shared.db.write() as s:
        for n, m in enumerate(made):
            app = s.get(Application, m.pk)
            assert app is not None
            app.status, app.delivery_method = workflow.ISSUED, "counter" if n == 2 else "mail"
    with pytest.raises(Exception, match="not mail"):
        delivery.record_mailed(clerk.bo, clerk.actor, [made[0].pk, made[2].pk])
    assert _outcome(shared, made[0].pk)["status"] == "issued"  # rolled back whole
    assert delivery.record_mailed(clerk.bo, clerk.actor, [made[0].pk, made[1].pk]) == 2
    for m in made[:2]:
        out = _outcome(shared, m.pk)
        assert out["status"] == "delivered" and out["deliveries"] == [("mail", None, None, None)]
    with shared.db.read() as s:
        assert set(s.scalars(select(Delivery.staff_id).where(
            Delivery.application_pk.in_([made[0].pk, made[1].pk])))) == {clerk.actor.id}
    clerk.bo.close()
