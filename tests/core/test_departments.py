"""Departments and need-to-know, staff administration (issue 16 items 1-2), on both engines.

A reviewer of 税務課, logged in like the desktop and `decide --as` log in, cannot reach a
市民課 application through any service; the staff administration keeps the last
administrator and refuses self-disabling; a password an administrator set must be
replaced at the next login; everyone changes their own password with the old one."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from backoffice.accounts.permissions import Actor
from backoffice.administration import staff
from backoffice.audit import query as audit_query
from backoffice.casework import detail, queries, queues, reassign, review
from backoffice.db import migrate
from backoffice.db.engine import make_engine
from backoffice.db.models import AuditEntry
from backoffice.issuance import delivery
from backoffice.platform.errors import (
    AuthenticationError,
    BackofficeError,
    NotFound,
    PermissionDenied,
    SessionEnded,
)
from backoffice.supervision import dashboard
from tests.persons import is_acting, refusals
from tests.ui.factories import make_applications

ADMIN = Actor(code="os:admin", name="admin", roles=frozenset({"admin"}))
PW = "correct horse battery staple 2026"
NEW_PW = "a brand new passphrase for 2027"


def _add(bo, code, roles, departments=None, pw=PW):
    with bo.db.write() as s:
        return staff.create_staff(s, ADMIN, code, f"職員 {code}", list(roles), pw, departments,
                                  known=bo.catalog.departments())


def _audit(bo, action):
    with bo.db.read() as s:
        return [(e.actor, e.target, e.detail) for e in s.scalars(sa.select(AuditEntry).where(AuditEntry.action == action))]


def test_a_tax_reviewer_cannot_reach_a_citizen_application(bo):
    _add(bo, "tax1", ["reviewer"], ["税務課"])
    _add(bo, "sup1", ["supervisor"], ["税務課"])
    _add(bo, "cit1", ["reviewer"], ["市民課"])
    citizen = make_applications(bo, 1, procedures=("juminhyo-copy",), start=1)[0]
    tax = make_applications(bo, 1, procedures=("tax-certificate",), start=2)[0]
    me = staff.login(bo.db, "tax1", PW, "pc-1").actor
    boss = staff.login(bo.db, "sup1", PW, "pc-1").actor
    assert me.departments == {"税務課"}

    def refused(call):
        with pytest.raises(refusals(bo, PermissionDenied)) as exc:
            call()
        assert isinstance(exc.value, NotFound) or exc.value.code == "other_department"

    refused(lambda: detail.application_detail(bo, me, citizen.pk))
    refused(lambda: detail.revision_diff(bo, me, citizen.pk, 1, 1))
    doc = detail.application_detail(bo, staff.login(bo.db, "cit1", PW, "pc-2").actor, citizen.pk).documents[0].id
    refused(lambda: detail.document_bytes(bo, me, doc))
    refused(lambda: review.claim(bo, me, citizen.pk))
    refused(lambda: review.decide(bo, me, citizen.pk, "approve"))
    refused(lambda: review.add_comment(bo, me, citizen.pk, "見せて"))
    refused(lambda: review.withdraw(bo, me, citizen.pk, "取下げ"))
    refused(lambda: reassign.hand_over(bo, boss, citizen.pk, me.id or 0))
    with bo.db.write() as s:
        found = queues.page(s, me, queues.QueueFilter(search="OSK-2026"))
        listed = queries.list_applications(s, me)
        counts = queues.counts(s, me)
    assert [r.application_id for r in found] == [tax.application_id]
    assert [r.application_id for r in listed] == [tax.application_id]
    assert counts["open"] == 1
    assert delivery.counter_search(bo, me, citizen.application_id) == []
    taken = review.claim_next(bo, me)
    assert taken is not None and taken.application_pk == tax.pk
    assert set(dashboard.snapshot(bo, boss).by_procedure) == {"tax-certificate"}
    assert audit_query.search(bo, boss, application_id=citizen.application_id) == []
    # their own department's application is theirs to work on
    assert detail.application_detail(bo, me, tax.pk).department == "税務課"


def test_counter_staff_reach_every_department_only_for_handing_over(bo):
    _add(bo, "c1", ["counter"], [])
    counter = staff.login(bo.db, "c1", PW, "pc-1").actor
    tax = make_applications(bo, 1, procedures=("tax-certificate",), start=3)[0]
    assert [r.application_id for r in delivery.counter_search(bo, counter, tax.application_id)] == [tax.application_id]
    with pytest.raises(PermissionDenied):  # not the form contents
        detail.application_detail(bo, counter, tax.pk)


def test_accounts_get_departments_and_unknown_ones_are_refused(bo):
    every = _add(bo, "all1", ["reviewer"])  # no list: every department of the catalog
    assert set(every.departments) == set(bo.catalog.departments())
    with pytest.raises(BackofficeError) as exc:
        _add(bo, "bad1", ["reviewer"], ["総務課X"])
    assert exc.value.code == "unknown_department"
    sess = staff.login(bo.db, "all1", PW, "pc-1")
    with bo.db.write() as s:
        info = staff.set_departments(s, ADMIN, "all1", ["市民課"], known=bo.catalog.departments())
    assert info.departments == ("市民課",)
    with pytest.raises(SessionEnded):  # the open session carried the old set
        queues.load_counts(bo, sess.actor)
    assert staff.login(bo.db, "all1", PW, "pc-1").actor.departments == {"市民課"}
    assert _audit(bo, "staff.departments")[0][2]["after"] == ["市民課"]


def test_last_admin_and_self_disable_guards(bo):
    _add(bo, "a1", ["admin"])
    me = staff.login(bo.db, "a1", PW, "pc-1").actor
    with pytest.raises(BackofficeError) as exc, bo.db.write() as s:
        staff.set_disabled(s, me, "a1", True)
    assert exc.value.code == "disable_self"
    with pytest.raises(BackofficeError) as exc, bo.db.write() as s:
        staff.set_disabled(s, ADMIN, "a1", True)
    assert exc.value.code == "last_admin"
    with pytest.raises(BackofficeError) as exc, bo.db.write() as s:
        staff.set_roles(s, ADMIN, "a1", ["supervisor"])
    assert exc.value.code == "last_admin"
    _add(bo, "a2", ["admin"])
    with bo.db.write() as s:
        staff.set_roles(s, ADMIN, "a1", ["supervisor"])
    with pytest.raises(BackofficeError), bo.db.write() as s:  # a2 is now the last one
        staff.set_disabled(s, ADMIN, "a2", True)
    assert _audit(bo, "staff.roles")[0][2] == {"before": ["admin"], "after": ["supervisor"]}


def test_reset_password_must_be_replaced_at_login(bo):
    _add(bo, "r1", ["reviewer"], ["市民課"])
    with bo.db.write() as s:
        staff.set_password(s, ADMIN, "r1", "an administrator's choice 2026")
    with pytest.raises(staff.PasswordChangeRequired):
        staff.login(bo.db, "r1", "an administrator's choice 2026", "pc-1")
    with pytest.raises(AuthenticationError) as exc:  # a wrong password says nothing more
        staff.login(bo.db, "r1", "not the password at all", "pc-1", new_password=NEW_PW)
    assert exc.value.code == "login_failed"
    with pytest.raises(BackofficeError):  # the new one follows the policy
        staff.login(bo.db, "r1", "an administrator's choice 2026", "pc-1", new_password="short")
    sess = staff.login(bo.db, "r1", "an administrator's choice 2026", "pc-1", new_password=NEW_PW)
    assert sess.actor.code == "r1"
    assert staff.login(bo.db, "r1", NEW_PW, "pc-1").actor.code == "r1"  # no change asked again
    with bo.db.read() as s:
        info = {i.code: i for i in staff.list_staff(s, ADMIN)}["r1"]
    assert not info.must_change_password and info.last_login_at is not None


def test_change_own_password_needs_the_old_one(bo):
    if is_acting(bo):  # the test server trusts every role: a password cannot be wrong there
        pytest.skip("per-person: the server's password check is tested on a SCRAM server "
                    "(tests/core/test_per_person.py test_a_person_chooses_their_password_at_the_first_login)")
    _add(bo, "r2", ["reviewer"], ["市民課"])
    sess = staff.login(bo.db, "r2", PW, "pc-1")
    with pytest.raises(AuthenticationError) as exc:
        staff.change_own_password(bo.db, sess, "wrong old password here", NEW_PW)
    assert exc.value.code == "wrong_current_password"
    with pytest.raises(BackofficeError) as exc:
        staff.change_own_password(bo.db, sess, PW, PW)
    assert exc.value.code == "same_password"
    staff.change_own_password(bo.db, sess, PW, NEW_PW)
    assert staff.session_valid(bo.db, sess)  # this session goes on
    with pytest.raises(AuthenticationError):
        staff.login(bo.db, "r2", PW, "pc-2")
    assert staff.login(bo.db, "r2", NEW_PW, "pc-2").actor.code == "r2"
    assert [a for a, _, _ in _audit(bo, "staff.password_own")] == ["r2"]
    assert [a for a, _, _ in _audit(bo, "staff.password_own.failed")] == ["r2"]


def test_unlock_clears_the_delays(bo):
    _add(bo, "r3", ["reviewer"], ["市民課"])
    for _ in range(staff.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationError):
            staff.login(bo.db, "r3", "wrong wrong wrong wrong", "pc-9")
    with bo.db.read() as s:
        assert staff.locked_codes(s, ADMIN) == {"r3"}
    with bo.db.write() as s:
        assert staff.unlock(s, ADMIN, "r3") == 1
    with bo.db.read() as s:
        assert staff.locked_codes(s, ADMIN) == set()
    assert staff.login(bo.db, "r3", PW, "pc-9").actor.code == "r3"
    with pytest.raises(NotFound), bo.db.write() as s:
        staff.unlock(s, ADMIN, "nobody")


def test_upgrade_gives_existing_staff_every_department(db_url):
    engine = make_engine(db_url)
    cfg = migrate.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0008")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO staff (id, code, name, password_hash, disabled, session_epoch, created_at) "
                             "VALUES (1, 'old1', 'x', 'h', false, 0, CURRENT_TIMESTAMP)"))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        got = {d for (d,) in conn.execute(sa.text("SELECT department FROM staff_departments WHERE staff_id = 1"))}
    engine.dispose()
    from backoffice.platform.catalog import default_catalog

    assert got == set(default_catalog().departments())


def test_users_commands_for_departments_roles_and_unlock(bo, monkeypatch, capsys):
    import io

    from backoffice.cli.main import main

    db = ["--db", bo.config.database_url]
    monkeypatch.setattr("sys.stdin", io.StringIO(PW + "\n"))
    assert main([*db, "users", "add", "t010", "--name", "税務 一郎", "--role", "reviewer",
                 "--department", "税務課", "--department", "市民課", "--password-stdin"]) == 0
    assert "departments: 市民課, 税務課" in capsys.readouterr().out
    assert staff.login(bo.db, "t010", PW, "pc-1").actor.departments == {"市民課", "税務課"}
    monkeypatch.setattr("sys.stdin", io.StringIO(PW + "\n"))
    assert main([*db, "users", "add", "t011", "--name", "x", "--role", "reviewer",
                 "--department", "総務課X", "--password-stdin"]) != 0
    assert "unknown department '総務課X'" in capsys.readouterr().err
    assert main([*db, "users", "departments", "t010", "--department", "税務課"]) == 0
    assert main([*db, "users", "roles", "t010", "--role", "reviewer", "--role", "supervisor"]) == 0
    assert main([*db, "users", "unlock", "t010"]) == 0
    assert main([*db, "users", "list"]) == 0
    assert "t010\t職員 t010" not in (out := capsys.readouterr().out)
    assert "t010\t税務 一郎\treviewer,supervisor\t税務課" in out
    actor = staff.login(bo.db, "t010", PW, "pc-1").actor
    assert actor.departments == {"税務課"} and actor.roles == {"reviewer", "supervisor"}


def test_the_export_screen_keeps_to_the_supervisors_departments(bo, tmp_path):
    from backoffice.export import batch

    _add(bo, "sx1", ["supervisor"], ["税務課"])
    boss = staff.login(bo.db, "sx1", PW, "pc-1").actor
    with pytest.raises(PermissionDenied) as exc:  # every procedure's decisions: not theirs
        batch.export_pending(bo, boss, out=tmp_path)
    assert exc.value.code == "other_department"
    with pytest.raises(PermissionDenied):
        batch.export_pending(bo, boss, "juminhyo-copy", out=tmp_path)
    assert batch.export_pending(bo, boss, "tax-certificate", out=tmp_path) == []  # nothing pending
    every = Actor(code="os:op", name="op", roles=frozenset({"supervisor"}))
    citizen = make_applications(bo, 1, procedures=("juminhyo-copy",), start=7)[0]
    review.claim(bo, every, citizen.pk)
    review.decide(bo, every, citizen.pk, "approve")
    assert batch.pending_counts(bo, every) == {"juminhyo-copy": 1}
    assert batch.pending_counts(bo, boss) == {}
    batch.export_pending(bo, every, out=tmp_path)
    assert len(batch.history(bo, every)) == 1 and batch.history(bo, boss) == []


def test_an_administrator_reads_no_searched_names_in_the_audit_log(bo):
    _add(bo, "r9", ["reviewer"], ["市民課"])
    _add(bo, "a9", ["admin"])
    make_applications(bo, 1, procedures=("juminhyo-copy",), start=9)
    reviewer = staff.login(bo.db, "r9", PW, "pc-1").actor
    with bo.db.write() as s:
        queues.page(s, reviewer, queues.QueueFilter(search="ヤマダ タロウ"))
    admin = staff.login(bo.db, "a9", PW, "pc-1").actor  # logged in: searches are not listed at all
    assert audit_query.search(bo, admin, action_prefix="application.search") == []
    seen = audit_query.search(bo, ADMIN, action_prefix="application.search")  # not limited: text hidden
    assert seen and all(r.detail["query"] == "…" for r in seen) and seen[0].detail["results"] >= 0
    boss = Actor(code="os:sup", name="sup", roles=frozenset({"supervisor"}))
    assert audit_query.search(bo, boss, action_prefix="application.search")[0].detail["query"] == "ヤマダ タロウ"


def test_payments_appointments_and_refused_bundles_keep_to_departments(bo):
    """Issue 16 leftovers (docs/departments.md): the payment lists, the day's appointments,
    the refused bundles and the dashboard's count of them show a 市民課 supervisor only
    市民課's; a provider payment or a refused bundle of no known department only a person
    who works for every department; an administrator sees refused bundles without their
    detail; counter staff run payments and appointments for every department."""
    from datetime import datetime

    from backoffice.db.models import Application, IntakeRecord
    from backoffice.db.models_supervision import Settlement, SettlementImport
    from backoffice.intake import quarantine
    from backoffice.platform.timeutil import JST, utcnow
    from backoffice.supervision import appointments, counters, payments

    _add(bo, "sup1", ["supervisor"], ["市民課"])
    _add(bo, "rev1", ["reviewer"], ["市民課"])
    _add(bo, "cnt1", ["counter"], ["市民課"])
    _add(bo, "adm1", ["admin"], ["市民課"])
    _add(bo, "all1", ["supervisor"])  # every department of the catalog: the office-wide duty
    sup, rev, cnt, adm, every = (staff.login(bo.db, c, PW, "pc-1").actor
                                 for c in ("sup1", "rev1", "cnt1", "adm1", "all1"))
    citizen = make_applications(bo, 1, procedures=("juminhyo-copy",), start=1)[0]
    tax = make_applications(bo, 1, procedures=("tax-certificate",), start=2)[0]

    def refused(call, code="other_department"):
        with pytest.raises(refusals(bo, PermissionDenied)) as exc:  # per person: the row is hidden
            call()
        assert isinstance(exc.value, NotFound) or exc.value.code == code

    # payments: both paid online with a wrong amount, then rejected (a refund is owed); and a
    # provider payment that names no application
    with bo.db.write() as s:
        imp = SettlementImport(file_sha256="1" * 64, file_name="s.csv", encoding="utf-8", rows=3,
                               imported_at=utcnow())
        s.add(imp)
        s.flush()
        ids = {}
        for made in (citizen, tax):
            app = s.get(Application, made.pk)
            app.payment_transaction_id, app.status = f"TX-{made.pk}", "rejected"
            ids[made.pk] = app.application_id
            s.add(Settlement(transaction_id=f"TX-{made.pk}", application_id=app.application_id,
                             amount=app.fee_due + 10, paid_at=utcnow(), method="card", status="paid",
                             import_pk=imp.id))
        s.add(Settlement(transaction_id="TX-ORPHAN", application_id="", amount=100, paid_at=utcnow(),
                         method="card", status="paid", import_pk=imp.id))
    home_id, other_id = ids[citizen.pk], ids[tax.pk]
    assert {m.transaction_id for m in payments.mismatches(bo, sup)} == {f"TX-{citizen.pk}"}
    assert {m.transaction_id for m in payments.mismatches(bo, every)} == {
        f"TX-{citizen.pk}", f"TX-{tax.pk}", "TX-ORPHAN"}
    assert [r.application_id for r in payments.refunds_owed(bo, sup)] == [home_id]
    assert {r.application_id for r in payments.refunds_owed(bo, every)} == {home_id, other_id}
    refused(lambda: payments.record_refund(bo, sup, other_id, 300))
    refused(lambda: payments.record_counter_payment(bo, sup, other_id, 300, "R-1"))
    payments.record_refund(bo, sup, home_id, 300)
    assert payments.refunds_owed(bo, sup) == []
    with pytest.raises(payments.PaymentError):  # counter staff pass the department; paid online already
        payments.record_counter_payment(bo, cnt, other_id, 300, "R-2")

    # appointments: tied to each application, and one by hand with none
    counters.locations(bo, cnt)
    day = datetime(2027, 5, 6, tzinfo=JST).date()
    appointments.book(bo, cnt, "hoken-2f", datetime(2027, 5, 6, 9, 0, tzinfo=JST), "市民 一郎",
                      application_pk=citizen.pk)
    taxed = appointments.book(bo, cnt, "hoken-2f", datetime(2027, 5, 6, 9, 30, tzinfo=JST), "税務 二郎",
                              application_pk=tax.pk)
    appointments.book(bo, cnt, "hoken-2f", datetime(2027, 5, 6, 10, 0, tzinfo=JST), "電話 花子")
    for who in (sup, rev):
        assert {a.visitor_name for a in appointments.day_list(bo, who, "hoken-2f", day)} == {"市民 一郎", "電話 花子"}
    assert len(appointments.day_list(bo, cnt, "hoken-2f", day)) == 3
    refused(lambda: appointments.check_in(bo, sup, taxed.id))
    refused(lambda: appointments.book(bo, sup, "hoken-2f", datetime(2027, 5, 6, 11, 0, tzinfo=JST), "x",
                                      application_pk=tax.pk))
    assert appointments.check_in(bo, cnt, taxed.id).status == "checked_in"

    # refused bundles of 市民課, 税務課 and of no known department
    with bo.db.write() as s:
        recs = [IntakeRecord(file_name=f"{d or 'none'}.zip", file_sha256="0" * 64, outcome="quarantined",
                             reason="bad_signature", detail=f"detail {d}", at=utcnow(), department=d)
                for d in ("市民課", "税務課", None)]
        s.add_all(recs)
        s.flush()
        home_rec, other_rec, unknown_rec = (r.id for r in recs)
    with bo.db.read() as s:
        mine = queries.list_quarantine(s, sup, departments=bo.catalog.departments())
        all_of_them = queries.list_quarantine(s, every, departments=bo.catalog.departments())
        for_admin = queries.list_quarantine(s, adm, departments=bo.catalog.departments())
    assert [(r.id, r.detail) for r in mine] == [(home_rec, "detail 市民課")]
    assert [r.id for r in all_of_them] == [home_rec, other_rec, unknown_rec]
    assert all(r.detail.startswith("detail") and not r.detail_withheld for r in all_of_them)
    assert [r.id for r in for_admin] == [home_rec, other_rec, unknown_rec]
    assert all(r.detail == "" and r.detail_withheld and r.reason == "bad_signature" for r in for_admin)
    assert dashboard.snapshot(bo, sup).quarantine_open == 1
    assert dashboard.snapshot(bo, every).quarantine_open == 3
    refused(lambda: quarantine.retry(bo, sup, other_rec))
    refused(lambda: quarantine.discard(bo, sup, unknown_rec, "note"), "refused_bundle_unknown_department")
    with pytest.raises(NotFound):  # allowed; the test wrote no bundle file
        quarantine.retry(bo, every, unknown_rec)
    with pytest.raises(NotFound):
        quarantine.discard(bo, sup, home_rec, "note")


def test_the_department_axis_of_payments_appointments_and_refused_bundles_on_both_engines(bo, memory_keyring):
    """tests/core/test_access_matrix.py's department axis for the payment, appointment and
    refused-bundle actions, here on both engines: every role holding the permission, on an
    application (or refused bundle) of its own department and of another."""
    import dataclasses

    from backoffice.accounts.permissions import MATRIX
    from tests.core import test_access_matrix as matrix
    from tests.ui.factories import make_staff

    wanted = [s for s in matrix.ONE_APPLICATION if s[0].split(".")[0] in ("payments", "appointments", "quarantine")]
    assert len(wanted) == 9
    actors = {r: dataclasses.replace(make_staff(bo, f"e-{r}", [r]), departments=frozenset({matrix.HOME}))
              for r in matrix.STAFF_ROLES_ONLY}
    checked = 0
    for name, permission, call in wanted:
        for role in (r for r in matrix.STAFF_ROLES_ONLY if r in MATRIX[permission]):
            for where in ("same", "other"):
                ctx = matrix._apps(bo, matrix.HOME if where == "same" else matrix.OTHER)
                reaches_everywhere = role == "counter" and name in matrix.HANDOVER
                try:
                    call(bo, actors[role], ctx)
                except PermissionDenied as exc:
                    assert where == "other" and not reaches_everywhere, f"{name} refused {role} ({where}): {exc}"
                    assert exc.code == "other_department"
                    checked += 1
                    continue
                except Exception:  # noqa: BLE001 - allowed, then failed for a domain reason
                    pass
                assert where == "same" or reaches_everywhere, f"{name} let a {matrix.HOME} {role} reach {matrix.OTHER}"
                checked += 1
    assert checked == 32  # payments 8, appointments 20, refused bundles 4
