"""Issuing and payments as the person (issue 19 item 3, migration 0020), on the SCRAM cluster
of tests/core/test_per_person.py, with a real issuing key in the (memory) keyring.

- A 市民課 counter clerk connected as their own login role issues a 税務課 certificate through
  the core (service.issue_document -> bo_next_serial, bo_register_key, bo_issue) and gets
  what the core gives on the shared role: status, serial of the same counter (the next
  number), the certificate row in their name, the applicant's notice, a PDF whose QR verifies;
  then reprints it (bo_reprint). A 税務課 supervisor revokes it (bo_revoke).
- Payments: the clerk records a counter payment (bo_counter_payment), a 税務課 supervisor
  imports a settlement file (bo_settlement_import: twice = once; a conflicting file refused
  with its line, nothing kept) and records a refund (bo_refund).
- Refused by the server, with the core's own checks switched off or by hand with psycopg:
  wrong role, wrong department, forged serials and keys, direct INSERT/UPDATE, reading the
  key registry and the settlement imports.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import Any

import keyring
import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from backoffice.accounts import keystore, rls
from backoffice.administration import staff
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.casework.notices import MESSAGES
from backoffice.db import roles
from backoffice.db.models import Application, AuditEntry, Certificate, Notice, SerialCounter
from backoffice.db.models_supervision import CounterPayment, Refund, Settlement
from backoffice.issuance import server_issuing, service
from backoffice.issuance.verify import verify_file
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import NotFound, PermissionDenied
from backoffice.supervision import payments, server_payments
from tests.core.test_per_person import CITIZEN, PW, TAX, _person, _sign_in, scram_cluster, shared  # noqa: F401
from tests.memkeyring import MemoryKeyring
from tests.supervision.helpers import settlement_csv
from tests.ui.factories import make_applications

pytestmark = pytest.mark.postgres
T = "2026-11-28T09:16:02+09:00"
_KEYS: dict[str, str] = {}


@pytest.fixture
def keyed(shared: Backoffice, memory_keyring: Any) -> Iterator[Backoffice]:  # noqa: F811
    """The shared office with the workstation's issuing key in the keyring (the same key for
    every test of the module: the key id is registered once per database)."""
    kid = shared.config.key_id
    if kid in _KEYS:
        keystore._put(kid, _KEYS[kid], None)
    else:
        keystore.create_issuing_key(kid)
        secret = keystore._get(kid)
        assert secret is not None
        _KEYS[kid] = secret
    yield shared


def test_the_persons_may_call_the_functions_of_0020(shared: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    """Each function of 0020: SECURITY DEFINER with a search_path of its own, executable by the
    persons' group; bo_use_serial (moves the counter) by nobody but the functions."""
    assert set(server_issuing.FUNCTIONS) | set(server_payments.FUNCTIONS) <= set(roles.PERSON_FUNCTIONS)
    assert not set(server_issuing._INTERNAL) & set(roles.PERSON_FUNCTIONS)
    with psycopg.connect(scram_cluster.replace("postgresql+psycopg://", "postgresql://")) as conn:
        for signature in (*server_issuing.FUNCTIONS, *server_payments.FUNCTIONS, *server_issuing._INTERNAL):
            row = conn.execute("SELECT p.prosecdef, p.proconfig, has_function_privilege(%s, p.oid, 'EXECUTE') "
                               "FROM pg_proc p WHERE p.oid = %s::regprocedure", (rls.PERSON_GROUP, signature)).fetchone()
            assert row is not None and row[1] == ["search_path=pg_catalog, pg_temp"], signature
            internal = signature in server_issuing._INTERNAL
            assert (row[0], row[2]) == (not internal, not internal), signature


def _conn(url: str, code: str) -> psycopg.Connection[Any]:
    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=rls.person_role(code),
                           password=PW, autocommit=True)


def _approved(bo: Backoffice, n: int, method: str = "counter", fee: int = 0) -> list[Any]:
    made = make_applications(bo, n, statuses=(workflow.APPROVED,), procedures=("tax-certificate",),
                             prefix=f"I{uuid.uuid4().hex[:6].upper()}-")
    with bo.db.write() as s:
        for m in made:
            app = s.get(Application, m.pk)
            assert app is not None
            app.delivery_method, app.fee_due = method, fee
    return made


def _outcome(bo: Backoffice, pk: int) -> dict[str, Any]:
    with bo.db.read() as s:
        app = s.get(Application, pk)
        assert app is not None
        certs = [(c.kind, c.template, c.kid, c.status) for c in s.scalars(
            select(Certificate).where(Certificate.application_pk == pk))]
        notices = sorted((n.event, n.message, n.attachment is not None) for n in s.scalars(
            select(Notice).where(Notice.application_pk == pk, Notice.event.in_(("issued", "ready_for_pickup")))))
        return {"status": app.status, "certificates": certs, "notices": notices}


def test_a_counter_clerk_issues_reprints_and_a_supervisor_revokes_as_themselves(
        keyed: Backoffice, scram_cluster: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    bo = keyed
    core_clerk = staff.login(bo.db, _person(bo, scram_cluster, ["counter"], [CITIZEN]), PW, "pc-c").actor
    clerk_code = _person(bo, scram_cluster, ["counter"], [CITIZEN])
    clerk = _sign_in(bo, clerk_code)
    assert clerk.bo is not None
    by_core, by_person, electronic, other = _approved(bo, 4)
    with bo.db.write() as s:
        app = s.get(Application, electronic.pk)
        assert app is not None
        app.delivery_method = "electronic"

    first = service.issue_document(bo, core_clerk, by_core.pk)
    mine = service.issue_document(clerk.bo, clerk.actor, by_person.pk)  # 税務課's, by a 市民課 clerk
    assert mine.status == "issued" and mine.notice_event == "ready_for_pickup"
    assert first.serial and mine.serial and mine.pdf
    prefix, number = first.serial.rsplit("-", 1)
    assert mine.serial == f"{prefix}-{int(number) + 1:08d}"  # the same counter, the next number
    assert _outcome(bo, by_person.pk) == _outcome(bo, by_core.pk)
    assert verify_file(bo, mine.pdf, actor=core_clerk).status == "valid"
    sent = service.issue_document(clerk.bo, clerk.actor, electronic.pk)
    assert _outcome(bo, electronic.pk)["notices"] == [("issued", MESSAGES["issued"], True)]  # the PDF
    with bo.db.read() as s:
        row = s.scalars(select(Certificate).where(Certificate.serial == mine.serial)).one()
        assert (row.issued_by, row.pdf) == (clerk.actor.id, mine.pdf)
        assert s.scalar(select(Application.certificate_serial).where(Application.id == by_person.pk)) == mine.serial
        counter = s.get(SerialCounter, prefix)
        assert counter is not None and counter.last == int(number) + 2
        done = [(e.action, e.target) for e in s.scalars(select(AuditEntry).where(AuditEntry.actor == clerk_code))]
        assert ("certificate.issue", f"certificate:{mine.serial}") in done
        assert ("application.issue", f"application:{by_person.application_id}") in done
        assert ("certificate.issue", f"certificate:{sent.serial}") in done

    assert sent.serial
    again = service.reprint(clerk.bo, clerk.actor, mine.serial, "紙詰まり")
    assert again.serial and again.pdf
    assert again.serial == f"{prefix}-{int(number) + 3:08d}"
    with bo.db.read() as s:
        old = s.scalars(select(Certificate).where(Certificate.serial == mine.serial)).one()
        assert (old.status, old.superseded_by) == ("superseded", again.serial)
        assert s.scalar(select(Application.certificate_serial).where(Application.id == by_person.pk)) == again.serial
    assert verify_file(bo, again.pdf, actor=core_clerk).status == "valid"
    # verifying as the person on a PC without the key: the public key from bo_public_keys
    on_this_pc = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        assert verify_file(clerk.bo, again.pdf, actor=clerk.actor).status == "valid"
        assert verify_file(clerk.bo, mine.pdf, actor=clerk.actor).status == "revoked"  # superseded
    finally:
        keyring.set_keyring(on_this_pc)

    supervisor = _sign_in(bo, _person(bo, scram_cluster, ["supervisor"], [TAX]))
    assert supervisor.bo is not None
    info = service.revoke(supervisor.bo, supervisor.actor, again.serial, "誤交付")
    assert (info.status, info.revoked_reason) == ("revoked", "誤交付")
    with bo.db.read() as s:
        assert audit.verify_chain(s).intact

    # the core's checks off: the server itself refuses
    monkeypatch.setattr(service, "require", lambda *_a, **_k: None)
    monkeypatch.setattr(service.scope, "require_department", lambda *_a, **_k: None)
    with pytest.raises(PermissionDenied):  # counter staff hold no certificate.revoke
        service.revoke(clerk.bo, clerk.actor, sent.serial, "誤り")
    citizen_sup = _sign_in(bo, _person(bo, scram_cluster, ["supervisor"], [CITIZEN]))
    assert citizen_sup.bo is not None
    with pytest.raises(NotFound):  # a 市民課 supervisor on 税務課's certificate (not theirs to revoke)
        service.revoke(citizen_sup.bo, citizen_sup.actor, sent.serial, "誤り")
    admin_code = _person(bo, scram_cluster, ["admin"], [TAX])
    admin = _sign_in(bo, admin_code)
    assert admin.bo is not None
    with pytest.raises((PermissionDenied, NotFound)):  # administrators do not issue
        service.issue_document(admin.bo, admin.actor, other.pk)
    assert _outcome(bo, other.pk)["status"] == "approved"
    for session in (clerk, supervisor, citizen_sup, admin):
        assert session.bo is not None
        session.bo.close()

    # by hand (psql) as the clerk and others
    reviewer_code = _person(bo, scram_cluster, ["reviewer"], [CITIZEN])
    pdf = b"%PDF-1.7 forged"
    sha = "A" * 43
    with _conn(scram_cluster, clerk_code) as conn:
        for statement, args in (
                ("INSERT INTO certificates (serial, application_pk, kind, template, issued_at, body_text, "
                 "body_sha256, pdf, status) VALUES ('2026-ZZ-00000001', %s, 'x', 'x', now(), '', '', '', 'valid')",
                 (other.pk,)),
                ("UPDATE serial_counters SET last = last + 1", ()),
                ("UPDATE certificates SET status = 'valid' WHERE serial = %s", (again.serial,)),
                ("UPDATE applications SET status = 'issued' WHERE id = %s", (other.pk,)),
                ("SELECT * FROM issuing_keys", ()),
                ("SELECT bo_use_serial(%s)", (f"{prefix}-99999999",)),
                ("INSERT INTO notices (message_id, application_pk, application_id, revision, event, at, message)"
                 " VALUES ('x', %s, 'x', 1, 'issued', now(), 'x')", (other.pk,))):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, args)
        nxt = conn.execute("SELECT bo_next_serial(%s, %s)", (other.application_id, prefix.split("-")[1])).fetchone()
        assert nxt is not None and nxt[0] == f"{prefix}-{int(number) + 4:08d}"
        skipped = f"{prefix}-{int(number) + 9:08d}"
        kid = bo.config.key_id
        with pytest.raises(psycopg.errors.CheckViolation):  # not the next number of the counter
            conn.execute("SELECT bo_issue(%s, %s, 'tax-certificate', %s, 'x', %s, 'x', %s)",
                         (other.application_id, skipped, kid, sha, pdf))
        with pytest.raises(psycopg.errors.InvalidParameterValue):  # 税証明 prints the signed QR
            conn.execute("SELECT bo_issue(%s, %s, 'tax-certificate', NULL, 'x', %s, NULL, %s)",
                         (other.application_id, nxt[0], sha, pdf))
        with pytest.raises(psycopg.errors.InvalidParameterValue):  # a key id nobody registered
            conn.execute("SELECT bo_issue(%s, %s, 'tax-certificate', 'forged-kid', 'x', %s, NULL, %s)",
                         (other.application_id, nxt[0], sha, pdf))
        with pytest.raises(psycopg.errors.CheckViolation):  # issued already
            conn.execute("SELECT bo_issue(%s, %s, 'tax-certificate', NULL, 'x', %s, NULL, %s)",
                         (by_person.application_id, nxt[0], sha, pdf))
        with pytest.raises(psycopg.errors.UniqueViolation):  # the city's kid, another key
            conn.execute("SELECT bo_register_key(%s, %s)", (
                bo.config.key_id, "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAforgedforgedforgedforgedforgedforgedforg=\n"
                "-----END PUBLIC KEY-----\n"))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT bo_revoke(%s, 'by hand')", (sent.serial,))
    with _conn(scram_cluster, admin_code) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT bo_next_serial(%s, 'JU')", (other.application_id,))
    with _conn(scram_cluster, reviewer_code) as conn:  # 市民課's reviewer, 税務課's application
        with pytest.raises(psycopg.errors.NoDataFound):
            conn.execute("SELECT bo_next_serial(%s, 'JU')", (other.application_id,))
    assert _outcome(bo, other.pk) == {"status": "approved", "certificates": [], "notices": []}


def test_two_clerks_issuing_at_once_get_consecutive_serials(keyed: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    """bo_next_serial holds the counter row until bo_issue has stored the serial: two persons
    issuing at the same time each wait for the other, and the numbers stay distinct, gap-free."""
    clerks = [_sign_in(keyed, _person(keyed, scram_cluster, ["counter"], [CITIZEN])) for _ in range(2)]
    made = _approved(keyed, 8, method="mail")
    serials: list[str] = []
    failures: list[BaseException] = []

    def run(session: staff.LoginSession, pks: list[int]) -> None:
        assert session.bo is not None
        try:
            serials.extend(str(service.issue_document(session.bo, session.actor, pk).serial) for pk in pks)
        except BaseException as exc:  # reported below, on the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(c, [m.pk for m in made[n::2]])) for n, c in enumerate(clerks)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not failures, failures
    numbers = sorted(int(s.rsplit("-", 1)[1]) for s in serials)
    assert len(set(serials)) == 8 and numbers == list(range(numbers[0], numbers[0] + 8))
    for c in clerks:
        assert c.bo is not None
        c.bo.close()


def test_a_clerk_closes_an_application_without_a_document_as_themselves(
        shared: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    """生活衛生課's 犬の死亡届 has no document: issuing closes it (bo_close_without_output),
    for a 市民課 clerk too, as the core does on the shared role."""
    core_clerk = staff.login(shared.db, _person(shared, scram_cluster, ["counter"], [CITIZEN]), PW, "pc-c").actor
    clerk_code = _person(shared, scram_cluster, ["counter"], [CITIZEN])
    clerk = _sign_in(shared, clerk_code)
    assert clerk.bo is not None
    by_core, by_person = make_applications(shared, 2, statuses=(workflow.APPROVED,), procedures=("dog-death",),
                                           prefix=f"D{uuid.uuid4().hex[:6].upper()}-")
    core = service.issue_document(shared, core_clerk, by_core.pk)
    mine = service.issue_document(clerk.bo, clerk.actor, by_person.pk)
    assert (mine.status, mine.serial, mine.output) == (core.status, core.serial, core.output) == ("closed", None, "none")
    with shared.db.read() as s:
        assert s.scalar(select(AuditEntry.action).where(
            AuditEntry.actor == clerk_code, AuditEntry.target == f"application:{by_person.application_id}")) \
            == "application.close_without_output"
    with _conn(scram_cluster, clerk_code) as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute("SELECT bo_close_without_output(%s)", (by_person.application_id,))  # closed already
    clerk.bo.close()


def test_payments_as_the_person(shared: Backoffice, scram_cluster: str,  # noqa: F811
                                monkeypatch: pytest.MonkeyPatch) -> None:
    bo = shared
    clerk_code = _person(bo, scram_cluster, ["counter"], [CITIZEN])
    sup_code = _person(bo, scram_cluster, ["supervisor"], [TAX])
    clerk, sup = _sign_in(bo, clerk_code), _sign_in(bo, sup_code)
    assert clerk.bo is not None and sup.bo is not None
    paid, online, other = _approved(bo, 3, fee=450)
    receipt = f"R{uuid.uuid4().hex[:8]}"
    pay_id = payments.record_counter_payment(clerk.bo, clerk.actor, paid.application_id, 450, receipt)
    with bo.db.read() as s:
        row = s.get(CounterPayment, pay_id)
        assert row is not None and (row.application_pk, row.amount, row.receipt_no, row.staff_id) == (
            paid.pk, 450, receipt, clerk.actor.id)

    tx = f"PG-{uuid.uuid4().hex[:8]}"
    with bo.db.write() as s:
        app = s.get(Application, online.pk)
        assert app is not None
        app.payment_transaction_id, app.payment_amount = tx, 450
    data = settlement_csv([(tx, online.application_id, 450, T, "credit_card", "paid"),
                           (f"{tx}-X", "", 1200, T, "convenience_store", "paid")])
    res = payments.import_settlement(sup.bo, sup.actor, data, "settle.csv")
    assert (res.rows, res.new, res.already_imported) == (2, 2, False)
    assert payments.import_settlement(sup.bo, sup.actor, data, "again.csv").already_imported
    conflict = settlement_csv([(f"{tx}-N", "", 100, T, "credit_card", "paid"),
                               (tx, online.application_id, 999, T, "credit_card", "paid")])
    with pytest.raises(payments.SettlementFileError) as refused:
        payments.import_settlement(sup.bo, sup.actor, conflict, "bad.csv")
    assert refused.value.line == 3 and tx in str(refused.value)
    refunded = settlement_csv([(tx, online.application_id, 450, T, "credit_card", "refunded")])
    assert payments.import_settlement(sup.bo, sup.actor, refunded, "r.csv").updated == 1
    with bo.db.read() as s:
        assert s.scalar(select(Settlement.status).where(Settlement.transaction_id == tx)) == "refunded"
        assert s.scalar(select(Settlement.id).where(Settlement.transaction_id == f"{tx}-N")) is None
    # the paid one withdrawn: the supervisor records the refund of the counter payment
    with bo.db.write() as s:
        app = s.get(Application, paid.pk)
        assert app is not None
        app.status = workflow.WITHDRAWN
    assert [r.application_id for r in payments.refunds_owed(sup.bo, sup.actor)] == [paid.application_id]
    payments.record_refund(sup.bo, sup.actor, paid.application_id, 450, "現金で返金")
    assert payments.refunds_owed(sup.bo, sup.actor) == []
    with bo.db.read() as s:
        assert s.scalar(select(Refund.recorded_by).where(Refund.application_pk == paid.pk)) == sup.actor.id
        done = {(e.actor, e.action) for e in s.scalars(select(AuditEntry).where(
            AuditEntry.actor.in_([clerk_code, sup_code]), AuditEntry.action.like("payment.%")))}
        assert done == {(clerk_code, "payment.counter"), (sup_code, "payment.import"), (sup_code, "payment.refund")}
        assert audit.verify_chain(s).intact

    # the core's checks off: the server refuses a refund by the clerk (no payment.reconcile)
    monkeypatch.setattr(payments, "require", lambda *_a, **_k: None)
    monkeypatch.setattr(payments.scope, "require_department", lambda *_a, **_k: None)
    with pytest.raises(PermissionDenied):
        payments.record_refund(clerk.bo, clerk.actor, other.application_id, 450)
    with pytest.raises(PermissionDenied):
        payments.import_settlement(clerk.bo, clerk.actor, settlement_csv([("PG-Z", "", 1, T, "x", "paid")]), "z.csv")
    clerk.bo.close()
    sup.bo.close()

    citizen_sup = _person(bo, scram_cluster, ["supervisor"], [CITIZEN])
    reviewer = _person(bo, scram_cluster, ["reviewer"], [TAX])
    with _conn(scram_cluster, clerk_code) as conn:
        for statement, args in (
                ("INSERT INTO counter_payments (application_pk, receipt_no, amount, received_at, staff_id) "
                 "VALUES (%s, 'R-hand', 450, now(), NULL)", (other.pk,)),
                ("INSERT INTO settlements (transaction_id, application_id, amount, paid_at, method, status, "
                 "import_pk) VALUES ('PG-hand', '', 1, now(), 'x', 'paid', 1)", ()),
                ("UPDATE counter_payments SET amount = 1", ()),
                ("DELETE FROM counter_payments", ()),
                ("SELECT * FROM settlement_imports", ()),
                ("SELECT bo_refund(%s, 450, '')", (other.application_id,))):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, args)
        with pytest.raises(psycopg.errors.CheckViolation):  # not the fee due
            conn.execute("SELECT bo_counter_payment(%s, 1, 'R-one-yen')", (other.application_id,))
        with pytest.raises(psycopg.errors.CheckViolation):  # a receipt number already used
            conn.execute("SELECT bo_counter_payment(%s, 450, %s)", (other.application_id, receipt))
    with _conn(scram_cluster, reviewer) as conn:  # reviewers record no payment, import nothing
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT bo_counter_payment(%s, 450, 'R-rev')", (other.application_id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT bo_settlement_import('x'::bytea, 'f', 'utf-8', '[]'::jsonb)")
    with _conn(scram_cluster, citizen_sup) as conn:  # 市民課's supervisor, 税務課's application
        with pytest.raises(psycopg.errors.NoDataFound):
            conn.execute("SELECT bo_refund(%s, 450, '')", (online.application_id,))
        with pytest.raises(psycopg.errors.NoDataFound):
            conn.execute("SELECT bo_counter_payment(%s, 450, 'R-cs')", (other.application_id,))
    with bo.db.read() as s:
        assert s.scalar(select(CounterPayment.id).where(CounterPayment.application_pk == other.pk)) is None
        assert s.scalar(select(Refund.id).where(Refund.application_pk.in_([other.pk, online.pk]))) is None


def test_a_register_request_before_issuing_is_queued_by_the_server(
        shared: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    """bo_record_requeue (migration 0027, records/issue.py ensure_fresh as a person) tried by
    hand: refused to an administrator (no certificate.issue), to a 市民課 reviewer for a 税務課
    application (not found: only counter staff issue across departments), for an application
    not approved, for an unknown register kind and a request the application never had; a
    counter clerk's call queues one request, and a second call answers the same one; writing
    record_requests by hand stays refused."""
    admin = _person(shared, scram_cluster, ["admin"], [TAX, CITIZEN])
    citizen_reviewer = _person(shared, scram_cluster, ["reviewer"], [CITIZEN])
    clerk = _person(shared, scram_cluster, ["counter"], [CITIZEN])
    app = _approved(shared, 1)[0]  # 税務課's tax certificate
    waiting = make_applications(shared, 1, statuses=(workflow.READY,), procedures=("tax-certificate",),
                                prefix=f"W{uuid.uuid4().hex[:6].upper()}-")[0]
    call = "SELECT bo_record_requeue(%s, %s, %s, %s)"
    with _conn(scram_cluster, admin) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(call, (app.application_id, "tax", None, None))
    with _conn(scram_cluster, citizen_reviewer) as conn, pytest.raises(psycopg.errors.NoDataFound):
        conn.execute(call, (app.application_id, "tax", None, None))
    with _conn(scram_cluster, clerk) as conn:
        for args, refusal in (((waiting.application_id, "tax", None, None), psycopg.errors.CheckViolation),
                              ((app.application_id, "passport", None, None), psycopg.errors.InvalidParameterValue),
                              ((app.application_id, "tax", "nope.r1", "2026-11-01"), psycopg.errors.NoDataFound)):
            with pytest.raises(refusal):
                conn.execute(call, args)
        first = conn.execute(call, (app.application_id, "tax", None, None)).fetchone()
        again = conn.execute(call, (app.application_id, "tax", None, None)).fetchone()
        assert first == again == (f"{app.application_id}.r1",)  # never two waiting at once
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO record_requests (request_id, application_pk, revision, seq, kind, queued_at) "
                         "VALUES ('x.r9', %s, 1, 9, 'tax', now())", (app.pk,))
    with shared.db.read() as s:
        assert [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.actor == clerk, AuditEntry.target == f"application:{app.application_id}"))] == [
            "records.request_queued", "records.request_queued"]
