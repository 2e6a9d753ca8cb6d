"""The desktop connected as the person (issue 19, `[database] per_person = true`), on a
throwaway PostgreSQL server whose pg_hba.conf asks every role but the test's superuser for a
SCRAM password (the shared test server trusts everyone, so a wrong password could not be
refused there): one server per test process (tests/conftest.py `scram_server`), a database
of its own per module.

- The login dialog's core function (`staff.sign_in`) opens the connection as the person's
  login role: a wrong password or an unknown code gets the application's own sentence, a
  disabled login role "this account is disabled".
- A 税務課 reviewer logged in that way does not get the 市民課 application in the queue even
  with the core's department filter switched off: the server's row-level security refused it
  (the same actor on the shared role with the filter off does get it, so the test can fail).
- Decisions made as the person go through bo_transition and give what the core path gives:
  the same status, notices (event, text, reason), decision columns and export item.
- "Choose a new password" (the move from the shared role, an administrator's reset): the
  person sets their role's password at login; the old one stops working.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from backoffice.accounts import rls, scope
from backoffice.accounts.permissions import Actor
from backoffice.administration import staff
from backoffice.audit import log as audit
from backoffice.casework import detail, queues, review
from backoffice.db.models import Application, AuditEntry, Comment, ExportItem, Notice, Staff
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import (
    AuthenticationError,
    BackofficeError,
    NotFound,
    PermissionDenied,
)
from tests.conftest import make_backoffice
from tests.ui.factories import make_applications

pytestmark = pytest.mark.postgres

ADMIN = Actor(code="os:admin", name="admin", roles=frozenset({"admin"}))
PW = "person pass phrase 2026"
TAX, CITIZEN = "税務課", "市民課"


@pytest.fixture(scope="module")
def scram_cluster(scram_server: str) -> Iterator[str]:
    """The superuser's URL of a database of this module's own on the worker's SCRAM server
    (tests/conftest.py `scram_server`: the superuser trusted, everyone else by SCRAM
    password), copied from its migrated template."""
    name = f"bo_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(scram_server.replace("postgresql+psycopg://", "postgresql://") + "/postgres",
                         autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE bo_template").format(sql.Identifier(name)))
    yield f"{scram_server}/{name}"


@pytest.fixture(scope="module")
def shared(scram_cluster: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backoffice]:
    """The office as it runs today (here as the superuser): schema, persons' grants."""
    bo = make_backoffice(scram_cluster, tmp_path_factory.mktemp("perperson"))
    with psycopg.connect(scram_cluster.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        rls.grant_persons(conn, "public")
    with bo.db.write() as s:  # the chain's first entry, by the core
        audit.record(s, ADMIN, "test.seed")
    yield bo
    bo.close()


def _person(bo: Backoffice, url: str, roles: list[str], departments: list[str], *,
            must_change: bool = False, password: str = PW) -> str:
    """A staff account and its login role (as the superuser would make it); its code."""
    code = f"p{uuid.uuid4().hex[:8]}"
    with bo.db.write() as s:
        staff.create_staff(s, ADMIN, code, f"職員 {code}", roles, password, departments,
                           known=bo.catalog.departments(), must_change=must_change)
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(rls.person_role(code)), sql.Literal(password), sql.Identifier(rls.PERSON_GROUP)))
    return code


def _desktop(bo: Backoffice) -> Backoffice:
    """What the desktop opens with `[database] per_person = true`: no connection yet."""
    return Backoffice.open(replace(bo.config, per_person=True))


def _sign_in(bo: Backoffice, code: str, password: str = PW, **kw: Any) -> staff.LoginSession:
    return staff.sign_in(_desktop(bo), code, password, "pc-19", **kw)


def test_the_server_checks_the_password(shared: Backoffice, scram_cluster: str) -> None:
    code = _person(shared, scram_cluster, ["reviewer"], [TAX])
    for who, password in ((code, "not the password 2026"), ("nobody19", PW), ("悪い code", PW)):
        with pytest.raises(AuthenticationError) as refused:
            _sign_in(shared, who, password)
        assert str(refused.value) == "wrong staff code or password", who
    session = _sign_in(shared, code)
    assert session.bo is not None and session.bo.db.person is not None
    assert session.bo.db.person.role == rls.person_role(code)
    assert PW not in str(session.bo.db.engine.url) and PW not in repr(session.bo.db.person)
    assert session.actor.departments == {TAX} and session.actor.roles == {"reviewer"}
    assert staff.verify_password_for(session.bo.db, session, PW)  # the idle lock
    assert not staff.verify_password_for(session.bo.db, session, "not the password 2026")
    staff.logout(session.bo.db, session)
    session.bo.close()
    with psycopg.connect(scram_cluster.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(rls.person_role(code))))
    with pytest.raises(AuthenticationError) as refused:
        _sign_in(shared, code)
    assert str(refused.value) == "this account is disabled"
    with shared.db.read() as s:  # login and logout written by the server in the person's name
        rows = [(e.actor, e.action) for e in s.scalars(select(AuditEntry).where(AuditEntry.actor == code))]
        assert rows == [(code, "login"), (code, "logout")]
        assert audit.verify_chain(s).intact


def test_the_server_keeps_a_citizen_application_out_of_a_tax_reviewers_queue(
        shared: Backoffice, scram_cluster: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code = _person(shared, scram_cluster, ["reviewer"], [TAX])
    tag = uuid.uuid4().hex[:6].upper()
    citizen = make_applications(shared, 1, procedures=("juminhyo-copy",), prefix=f"Q{tag}-C-")[0]
    tax = make_applications(shared, 1, procedures=("tax-certificate",), prefix=f"Q{tag}-T-")[0]
    session = _sign_in(shared, code)
    assert session.bo is not None
    mine = queues.QueueFilter(search=f"Q{tag}")
    monkeypatch.setattr(scope, "condition", lambda *_a, **_k: None)  # the core's filter off
    # the same actor on the shared role, filter off: both (so the next assertion can fail)
    assert {r.application_id for r in queues.load_page(shared, session.actor, mine)} == {
        citizen.application_id, tax.application_id}
    seen = {r.application_id for r in queues.load_page(session.bo, session.actor, mine)}
    assert seen == {tax.application_id}  # the server refused the 市民課 row
    counts = queues.load_counts(session.bo, session.actor)
    assert counts.get("procedure:juminhyo-copy", 0) == 0 and counts["procedure:tax-certificate"] >= 1
    with pytest.raises(Exception) as caught:  # nor can it be changed by its key
        review.claim(session.bo, session.actor, citizen.pk)
    assert "no application" in str(caught.value)
    with pytest.raises(Exception) as caught:
        review.add_comment(session.bo, session.actor, citizen.pk, "見えないはずの申請")
    assert "no application" in str(caught.value)
    # what a reviewer does with their own: open it (the view audited by the server), comment
    shown = detail.application_detail(session.bo, session.actor, tax.pk)
    assert shown.application_id == tax.application_id
    review.add_comment(session.bo, session.actor, tax.pk, "電話で確認済み")
    with shared.db.read() as s:
        assert s.scalar(select(Comment.text).where(Comment.application_pk == tax.pk)) == "電話で確認済み"
        assert s.scalar(select(Comment.staff_id).where(Comment.application_pk == tax.pk)) == session.actor.id
        seen_by = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.actor == code))]
    assert "application.view" in seen_by and "application.comment" in seen_by
    # a write the server refuses reaches the desktop as the core's error (said in words there)
    with pytest.raises(PermissionDenied, match="the server refused"):
        with session.bo.db.write() as s:
            s.execute(text("UPDATE applications SET status = 'approved'"))
    with pytest.raises(NotFound):
        with session.bo.db.write() as s:
            s.execute(text("SELECT bo_transition(:a, 'start_review')"), {"a": citizen.application_id})
    session.bo.close()
    # the person's direct writes by hand (psql): only their own claim and their own comments
    u = make_url(scram_cluster)
    with psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=rls.person_role(code),
                         password=PW, autocommit=True) as conn:
        conn.execute("UPDATE applications SET claimed_by = %s WHERE id = %s", (session.actor.id, tax.pk))
        for statement, args in (
                ("UPDATE applications SET claimed_by = %s WHERE id = %s", (session.actor.id + 1000, tax.pk)),
                ("INSERT INTO comments (application_pk, staff_id, at, text) VALUES (%s, %s, now(), 'x')",
                 (tax.pk, session.actor.id + 1000)),
                ("UPDATE applications SET status = 'approved' WHERE id = %s", (tax.pk,)),
                ("UPDATE applications SET decided_by = %s WHERE id = %s", (session.actor.id, tax.pk)),
                ("DELETE FROM comments WHERE application_pk = %s", (tax.pk,))):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, args)
        assert conn.execute("UPDATE applications SET claimed_by = NULL WHERE id = %s RETURNING id",
                            (citizen.pk,)).fetchall() == []  # not a row the person can reach


def _outcome(bo: Backoffice, pk: int) -> dict[str, Any]:
    with bo.db.read() as s:
        app = s.get(Application, pk)
        assert app is not None
        notices = sorted((n.event, n.message, n.reason, n.revision)
                         for n in s.scalars(select(Notice).where(Notice.application_pk == pk)))
        items = [(i.decision, i.decided_by is not None and i.decided_by == app.decided_by)
                 for i in s.scalars(select(ExportItem).where(ExportItem.application_pk == pk))]
        return {"status": app.status, "notices": notices, "export": items,
                "decided": app.decided_at is not None, "returned": app.returned_at is not None,
                "claimed": app.claimed_by}


def test_decisions_as_the_person_give_what_the_core_gives(shared: Backoffice, scram_cluster: str) -> None:
    """approve, reject and return: once by the core on the shared role, once by the same kind
    of reviewer connected as themselves (bo_transition): same notices and columns."""
    core_code = _person(shared, scram_cluster, ["reviewer"], [TAX])
    person_code = _person(shared, scram_cluster, ["reviewer"], [TAX])
    core_actor = staff.login(shared.db, core_code, PW, "pc-core").actor
    session = _sign_in(shared, person_code)
    assert session.bo is not None
    tag = uuid.uuid4().hex[:6].upper()
    apps = make_applications(shared, 6, procedures=("tax-certificate",), prefix=f"D{tag}-")
    cases = (("approve", None), ("reject", "必要書類が確認できません。"), ("return", "住所を補正してください。"))
    for n, (decision, reason) in enumerate(cases):
        by_core, by_person = apps[2 * n], apps[2 * n + 1]
        review.claim(shared, core_actor, by_core.pk)
        review.decide(shared, core_actor, by_core.pk, decision, reason)
        review.claim(session.bo, session.actor, by_person.pk)
        with session.bo.db.read() as s:  # the claim: the person's one direct write
            assert s.scalar(select(Application.claimed_by).where(Application.id == by_person.pk)) == session.actor.id
        assert review.decide(session.bo, session.actor, by_person.pk, decision, reason) \
            == _outcome(shared, by_core.pk)["status"]
        core, person = _outcome(shared, by_core.pk), _outcome(shared, by_person.pk)
        assert person == core, decision
        assert core["notices"], decision  # each of these decisions tells the applicant
    with shared.db.read() as s:
        assert audit.verify_chain(s).intact
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.actor == person_code)
                                                .order_by(AuditEntry.seq))]
    assert actions.count("application.claim") == 3 and "application.approve" in actions
    assert "application.return" in actions and "application.reject" in actions
    session.bo.close()


def test_a_person_chooses_their_password_at_the_first_login(shared: Backoffice, scram_cluster: str) -> None:
    """After the move from the shared role (or an administrator's reset): the handed-over
    password opens the login only to choose one's own, which the server keeps from then on."""
    code = _person(shared, scram_cluster, ["reviewer"], [CITIZEN], must_change=True, password="handed over 2026")
    with pytest.raises(staff.PasswordChangeRequired):
        _sign_in(shared, code, "handed over 2026")
    new = "my own long passphrase 19"
    session = _sign_in(shared, code, "handed over 2026", new_password=new)
    assert session.bo is not None
    session.bo.db.engine.dispose()  # the pool's next connection must use the new password
    with session.bo.db.read() as s:
        assert s.scalar(select(Staff.must_change_password).where(Staff.code == code)) is False
    with pytest.raises(AuthenticationError) as wrong:  # the server checks the current password
        staff.change_own_password(session.bo.db, session, "not my password 2026", "and another one 2026 x")
    assert wrong.value.code == "wrong_current_password"
    with pytest.raises(BackofficeError) as same:
        staff.change_own_password(session.bo.db, session, new, new)
    assert same.value.code == "same_password"
    staff.change_own_password(session.bo.db, session, new, "and another one 2026 x")
    session.bo.close()
    with pytest.raises(AuthenticationError):
        _sign_in(shared, code, "handed over 2026")
    with pytest.raises(AuthenticationError):
        _sign_in(shared, code, new)
    again = _sign_in(shared, code, "and another one 2026 x")  # no change asked any more
    assert again.actor.code == code
    assert again.bo is not None
    again.bo.close()


def test_the_move_from_the_shared_role(shared: Backoffice, scram_cluster: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`backoffice db person-roles` (docs/deployment-postgresql.md 9.4), through the command
    line as the administrator runs it: a role with a temporary password for each enabled
    account, the disabled one's role NOLOGIN, a code that cannot name a role reported; the
    person logs in with the temporary password only to choose their own; run again, nothing
    changes; --retire-shared makes the shared role NOLOGIN."""
    from backoffice.cli.main import main

    tag = uuid.uuid4().hex[:6]
    app_role = f"shared_{tag}"
    admin = scram_cluster.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'shared role password 19'").format(sql.Identifier(app_role)))
    enabled, gone, dashed = f"mv{tag}", f"mvd{tag}", f"mv-{tag}"
    with shared.db.write() as s:
        for code in (enabled, gone, dashed):
            staff.create_staff(s, ADMIN, code, f"職員 {code}", ["reviewer"], PW, [TAX],
                               known=shared.catalog.departments())
        staff.set_disabled(s, ADMIN, gone, True)
    with psycopg.connect(admin, autocommit=True) as conn:  # made before the account was disabled
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
            sql.Identifier(rls.person_role(gone)), sql.Identifier(rls.PERSON_GROUP)))
    url = scram_cluster.replace("postgres@", f"{app_role}@")
    assert main(["--db", url, "db", "person-roles"]) == 0
    out = capsys.readouterr().out
    assert f"{enabled}: role {rls.person_role(enabled)} created" in out
    assert f"{gone}: account disabled; role {rls.person_role(gone)} set to NOLOGIN" in out
    assert f"{dashed}: cannot name a PostgreSQL role" in out
    temporary = next(line.split()[1] for line in out.splitlines() if line.strip().startswith(enabled + " "))
    assert len(temporary) >= 12 and temporary not in out.split("temporary passwords")[0]

    with pytest.raises(staff.PasswordChangeRequired):
        _sign_in(shared, enabled, temporary)
    session = _sign_in(shared, enabled, temporary, new_password="chosen by the person 2026")
    assert session.actor.departments == {TAX} and session.bo is not None
    session.bo.close()

    assert main(["--db", url, "db", "person-roles"]) == 0  # again: nothing new
    again = capsys.readouterr().out
    assert f"{enabled}: role {rls.person_role(enabled)} exists; unchanged" in again
    assert "temporary passwords" not in again
    assert main(["--db", url, "db", "person-roles", "--reset", enabled]) == 0  # forgotten password
    out = capsys.readouterr().out
    assert f"{enabled}: role {rls.person_role(enabled)} given a new password" in out
    reset = next(line.split()[1] for line in out.splitlines() if line.strip().startswith(enabled + " "))
    with pytest.raises(AuthenticationError):
        _sign_in(shared, enabled, "chosen by the person 2026")
    with pytest.raises(staff.PasswordChangeRequired):
        _sign_in(shared, enabled, reset)
    assert main(["--db", url, "db", "person-roles", "--retire-shared"]) == 0
    assert f"shared role {app_role} set to NOLOGIN" in capsys.readouterr().out
    with psycopg.connect(admin, autocommit=True) as conn:
        flags = conn.execute("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN (%s, %s, %s)",
                             (app_role, rls.person_role(gone), rls.person_role(enabled))).fetchall()
    assert dict(flags) == {app_role: False, rls.person_role(gone): False, rls.person_role(enabled): True}
    with shared.db.read() as s:
        rows = [(e.actor, e.target) for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "staff.db_login"))]
    assert ("os:postgres", f"staff:{enabled}") in rows


def test_two_step_decisions_as_persons_give_what_the_core_gives(shared: Backoffice, scram_cluster: str) -> None:
    """address-change (two steps): the reviewer recommends, a supervisor (not the recommender)
    decides or sends back — once by the core on the shared role, once by persons connected as
    themselves through bo_transition: the same status, notices, recommendation and export item."""
    def people() -> tuple[str, str]:
        rev = _person(shared, scram_cluster, ["reviewer"], [CITIZEN])
        sup = _person(shared, scram_cluster, ["supervisor"], [CITIZEN])
        return rev, sup

    core_rev, core_sup = (staff.login(shared.db, c, PW, "pc-core").actor for c in people())
    p_rev, p_sup = (_sign_in(shared, c) for c in people())
    assert p_rev.bo is not None and p_sup.bo is not None
    tag = uuid.uuid4().hex[:6].upper()
    apps = make_applications(shared, 4, procedures=("address-change",), prefix=f"W{tag}-")
    assert shared.catalog.get("address-change") is not None and shared.catalog.get("address-change").two_step

    def chain(bo_rev: Backoffice, rev: Actor, bo_sup: Backoffice, sup: Actor, pk: int, second: str) -> None:
        review.claim(bo_rev, rev, pk)
        assert review.decide(bo_rev, rev, pk, "approve") == "pending_approval"
        with pytest.raises(PermissionDenied):  # a reviewer never takes the second step
            review.claim(bo_rev, rev, pk)
        review.claim(bo_sup, sup, pk)
        review.decide(bo_sup, sup, pk, second, None if second == "approve" else "記載内容を確認してください。")

    def extra(pk: int) -> dict[str, Any]:
        with shared.db.read() as s:
            app = s.get(Application, pk)
            assert app is not None
            return {"recommendation": app.recommendation, "recommended": app.recommended_by is not None}

    for n, second in enumerate(("approve", "return")):
        by_core, by_person = apps[2 * n], apps[2 * n + 1]
        chain(shared, core_rev, shared, core_sup, by_core.pk, second)
        chain(p_rev.bo, p_rev.actor, p_sup.bo, p_sup.actor, by_person.pk, second)
        core = {**_outcome(shared, by_core.pk), **extra(by_core.pk)}
        person = {**_outcome(shared, by_person.pk), **extra(by_person.pk)}
        # the claim: kept by the supervisor who sent it back (core and server alike), else none
        assert core.pop("claimed") == (core_sup.id if second == "return" else None)
        assert person.pop("claimed") == (p_sup.actor.id if second == "return" else None)
        assert person == core, second
    assert _outcome(shared, apps[1].pk)["status"] == "approved"
    assert _outcome(shared, apps[3].pk)["status"] == "in_review"  # sent back to the reviewer
    p_rev.bo.close()
    p_sup.bo.close()
