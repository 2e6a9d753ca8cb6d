"""Row-level security on PostgreSQL (issue 19, backoffice/accounts/rls.py, migration 0013), on a
real server: the throwaway cluster's or BACKOFFICE_TEST_PG's.

1. The server's rule (bo_rule, generated from MATRIX) and the core's decision
   (Actor.has + scope.may_see) agree for every role and pair of roles, every permission,
   same and other department, with and without the handover exception.
2. Connected directly with psycopg as a person's own login role (a 税務課 reviewer, a 市民課
   reviewer, counter staff, an administrator, a disabled account), the server shows only
   what the matrix allows and refuses every write and the password hashes.
Roles get names of their own and are dropped afterwards; the schema is the test's own."""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from backoffice.accounts import rls, scope
from backoffice.accounts.permissions import MATRIX, STAFF_ROLES, Actor, system_actor
from backoffice.audit import log as audit
from backoffice.casework import server_writes
from backoffice.db import migrate
from backoffice.db.engine import make_engine
from backoffice.db.models import AuditEntry

pytestmark = pytest.mark.postgres

TAX, CITIZEN = "税務課", "市民課"
ANSWER_RESULT = {TAX: "found", CITIZEN: "not_found"}
PASSWORD = "person pass phrase 19"


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture
def schema_db(pg_schema_url: str) -> Iterator[tuple[str, str]]:
    """(superuser URL with the schema on its search_path, schema name), migrated."""
    engine = make_engine(pg_schema_url)
    migrate.upgrade(engine)
    engine.dispose()
    schema = pg_schema_url.rsplit("%3D", 1)[1]
    yield pg_schema_url, schema


def _ensure_group(conn: psycopg.Connection[Any]) -> None:
    try:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(rls.PERSON_GROUP)))
    except (errors.DuplicateObject, errors.UniqueViolation):
        pass  # another test (or an earlier run) made it


def _agree(url: str) -> list[str]:
    """Every (roles, permission, department, handover) where server and core differ."""
    role_sets = [frozenset({r}) for r in STAFF_ROLES] + [
        frozenset(pair) for pair in itertools.combinations(STAFF_ROLES, 2)] + [frozenset()]
    differ = []
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        for roles in role_sets:
            actor = Actor(code="x", name="x", roles=roles, departments=frozenset({TAX}))
            for permission, department, handover in itertools.product(
                    sorted(MATRIX), (TAX, CITIZEN), (False, True)):
                core = actor.has(permission) and scope.may_see(actor, department, handover=handover)
                row = conn.execute("SELECT bo_rule(%s::text[], %s::text[], %s, %s, %s)",
                                   (sorted(roles), [TAX], department, permission, handover)).fetchone()
                assert row is not None
                if row[0] != core:
                    differ.append(f"{sorted(roles)} {permission} {department} handover={handover}: "
                                  f"server {row[0]}, core {core}")
    return differ


def test_every_decision_agrees(schema_db: tuple[str, str]) -> None:
    assert _agree(schema_db[0]) == []


# ---------------------------------------------------------------- persons on the server

def _seed(conn: psycopg.Connection[Any], tag: str) -> dict[str, str]:
    """Staff (code -> role), two applications with a revision and a document each."""
    staff = {f"tx{tag}": ("reviewer", TAX, False), f"ct{tag}": ("reviewer", CITIZEN, False),
             f"co{tag}": ("counter", CITIZEN, False), f"ad{tag}": ("admin", None, False),
             f"su{tag}": ("supervisor", TAX, False), f"dx{tag}": ("reviewer", TAX, True)}
    for code, (role, dept, disabled) in staff.items():
        sid = conn.execute("INSERT INTO staff (code, name, password_hash, disabled, session_epoch, "
                           "created_at, must_change_password) VALUES (%s, %s, %s, %s, 0, now(), false) "
                           "RETURNING id", (code, code, f"scrypt$secret-of-{code}", disabled)).fetchone()
        assert sid is not None
        conn.execute("INSERT INTO staff_roles VALUES (%s, %s)", (sid[0], role))
        if dept:
            conn.execute("INSERT INTO staff_departments VALUES (%s, %s)", (sid[0], dept))
    for n, dept in enumerate((TAX, CITIZEN), 1):
        app = conn.execute(
            "INSERT INTO applications (application_id, revision, procedure, department, status, "
            "attention, applicant_name, applicant_kana, search_key, postal_code, address, "
            "delivery_method, fee_due, submitted_at, received_at, paused_days, updated_at) VALUES "
            "(%s, 1, 'p', %s, 'ready_for_review', '[]', %s, 'カナ', 'k', '', '', 'mail', 0, now(), "
            "now(), 0, now()) RETURNING id", (f"A-{dept}", dept, f"申請者{n}")).fetchone()
        assert app is not None
        rev = conn.execute(
            "INSERT INTO revisions (application_pk, revision, bundle_id, application_json, "
            "gateway_json, submitted_at, received_at, attention, signature_checks) VALUES "
            "(%s, 1, %s, '\\x7b7d', '\\x7b7d', now(), now(), '[]', '[]') RETURNING id",
            (app[0], str(uuid.uuid4()))).fetchone()
        assert rev is not None
        conn.execute("INSERT INTO documents (revision_pk, attachment_id, kind, original_file, pages, "
                     "actions) VALUES (%s, %s, 'id', %s, 1, '[]')", (rev[0], f"d{n}", f"doc-{dept}.pdf"))
        # a register request and its answer (migration 0023: record_answers reaches its
        # department through the request's application); the result tells the two apart
        batch = conn.execute("INSERT INTO record_batches (batch_id, direction, state, rows, created_at) "
                             "VALUES (%s, 'answer', 'done', 1, now()) RETURNING id", (f"b-{dept}",)).fetchone()
        assert batch is not None
        req = conn.execute("INSERT INTO record_requests (request_id, application_pk, revision, seq, kind, "
                           "queued_at, batch_pk) VALUES (%s, %s, 1, 1, 'resident', now(), %s) RETURNING id",
                           (f"A-{dept}.r1", app[0], batch[0])).fetchone()
        assert req is not None
        conn.execute("INSERT INTO record_answers (request_pk, result, as_of, answer, answer_sha256, answered_at, "
                     "batch_pk, findings) VALUES (%s, %s, now(), '\\x7b7d', %s, now(), %s, '[]')",
                     (req[0], ANSWER_RESULT[dept], "0" * 64, batch[0]))
    return {code: rls.person_role(code) for code in staff}


@pytest.fixture
def persons(schema_db: tuple[str, str]) -> Iterator[tuple[str, str, dict[str, str]]]:
    url, schema = schema_db
    tag = uuid.uuid4().hex[:8]
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        _ensure_group(conn)
        rls.grant_persons(conn, schema)
        for statement in server_writes.grant_sql(schema, rls.PERSON_GROUP):
            conn.execute(statement)
        names = _seed(conn, tag)
        for role in names.values():
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(role), sql.Literal(PASSWORD), sql.Identifier(rls.PERSON_GROUP)))
    engine = make_engine(url)
    with Session(engine) as session:  # the chain's first entry, written by the core
        audit.record(session, system_actor(), "test.seed")
        session.commit()
    engine.dispose()
    try:
        yield url, schema, names
    finally:
        with psycopg.connect(_plain(url), autocommit=True) as conn:
            for role in names.values():
                conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def _as(url: str, schema: str, role: str) -> psycopg.Connection[Any]:
    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port or 5432, dbname=u.database, user=role,
                           password=PASSWORD, options=f"-csearch_path={schema}", autocommit=True)


def _refused(conn: psycopg.Connection[Any], statement: str) -> str:
    with pytest.raises(errors.InsufficientPrivilege) as caught:
        conn.execute(statement)
    return str(caught.value).splitlines()[0]


def _one_col(conn: psycopg.Connection[Any], statement: str) -> list[Any]:
    return sorted(r[0] for r in conn.execute(statement).fetchall())


def test_a_tax_reviewer_sees_tax_only_and_cannot_write(persons: tuple[str, str, dict[str, str]]) -> None:
    url, schema, names = persons
    me = next(v for k, v in names.items() if k.startswith("tx"))
    with _as(url, schema, me) as conn:
        assert _one_col(conn, "SELECT department FROM applications") == [TAX]
        assert _one_col(conn, "SELECT department FROM applications WHERE department = '市民課'") == []
        assert _one_col(conn, "SELECT original_file FROM documents") == [f"doc-{TAX}.pdf"]
        assert len(_one_col(conn, "SELECT id FROM revisions")) == 1
        assert _one_col(conn, "SELECT result FROM record_answers") == [ANSWER_RESULT[TAX]]
        assert _one_col(conn, "SELECT count(*) FROM audit_log") == [0]  # audit.view: not a reviewer
        answers = {
            "update status": _refused(conn, "UPDATE applications SET status = 'approved'"),
            "delete application": _refused(conn, "DELETE FROM applications"),
            "delete document": _refused(conn, "DELETE FROM documents"),
            "insert audit": _refused(conn, "INSERT INTO audit_log (seq, at, actor, workstation, action, "
                                           "target, detail, prev_hash, hash) VALUES (99, now(), 'other', "
                                           "'', 'x', '', '{}', '', 'h')"),
            "delete audit": _refused(conn, "DELETE FROM audit_log"),
            "password hashes": _refused(conn, "SELECT password_hash FROM staff"),
            "staff row whole": _refused(conn, "SELECT * FROM staff"),
            "login throttle": _refused(conn, "SELECT * FROM login_throttle"),
            "disable RLS": _refused(conn, "ALTER TABLE applications DISABLE ROW LEVEL SECURITY"),
            "become another": _refused(conn, f"SET ROLE {names[next(k for k in names if k.startswith('ct'))]}"),
        }
        assert len(_one_col(conn, "SELECT code FROM staff")) >= 6  # names without hashes are fine
        # GRANT by a non-owner is not an error, only a warning, and grants nothing
        notices: list[str] = []
        conn.add_notice_handler(lambda d: notices.append(f"{d.severity}: {d.message_primary}"))
        conn.execute(f"GRANT UPDATE ON applications TO {me}")
        answers["grant to self"] = "; ".join(notices)
        assert any("no privileges were granted" in n for n in notices)
        _refused(conn, "UPDATE applications SET status = 'approved'")
    _write_answers(me, answers)


def _write_answers(who: str, answers: dict[str, str]) -> None:
    """What the server answered, for the closing note (printed with pytest -s)."""
    for what, answer in answers.items():
        print(f"{who}: {what}: {answer}")


def test_other_people_see_what_the_matrix_allows(persons: tuple[str, str, dict[str, str]]) -> None:
    url, schema, names = persons

    def who(prefix: str) -> str:
        return next(v for k, v in names.items() if k.startswith(prefix))

    with _as(url, schema, who("ct")) as conn:  # 市民課 reviewer
        assert _one_col(conn, "SELECT department FROM applications") == [CITIZEN]
        assert _one_col(conn, "SELECT original_file FROM documents") == [f"doc-{CITIZEN}.pdf"]
        assert _one_col(conn, "SELECT result FROM record_answers") == [ANSWER_RESULT[CITIZEN]]
    with _as(url, schema, who("co")) as conn:  # counter: every application for handing over, no document
        assert _one_col(conn, "SELECT department FROM applications") == sorted([TAX, CITIZEN])
        assert _one_col(conn, "SELECT original_file FROM documents") == []
        # register answers: as record_requests, its own department only (no hand-over rule)
        assert _one_col(conn, "SELECT result FROM record_answers") == [ANSWER_RESULT[CITIZEN]]
        assert _one_col(conn, "SELECT request_id FROM record_requests") == [f"A-{CITIZEN}.r1"]
    with _as(url, schema, who("ad")) as conn:  # administrator: no applicant data at all
        for table in ("applications", "revisions", "documents", "notices", "record_requests", "record_answers",
                      "inquiries", "counter_payments"):
            assert _one_col(conn, f"SELECT count(*) FROM {table}") == [0], table
        assert _one_col(conn, "SELECT count(*) FROM audit_log") == [1]  # audit.view (the seed entry)
    with _as(url, schema, who("su")) as conn:  # 税務課 supervisor
        assert _one_col(conn, "SELECT department FROM applications") == [TAX]
        assert _one_col(conn, "SELECT result FROM record_answers") == [ANSWER_RESULT[TAX]]
        assert _one_col(conn, "SELECT count(*) FROM audit_log") == [1]
    with _as(url, schema, who("dx")) as conn:  # disabled account (its role still logs in): nothing
        assert _one_col(conn, "SELECT count(*) FROM applications") == [0]
        assert _one_col(conn, "SELECT count(*) FROM documents") == [0]


def test_every_personal_data_table_is_under_its_policy(schema_db: tuple[str, str]) -> None:
    """Each table of ROW_RULES (payments included, migration 0018) has row-level security and
    both policies on the server, and a permission the core's matrix knows (so the agreement
    check above covers its rule)."""
    url, schema = schema_db
    assert {"counter_payments", "refunds", "settlements"} <= {r.table for r in rls.ROW_RULES}
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        for rule in rls.ROW_RULES:
            assert rule.permission in MATRIX, rule
            on = conn.execute("SELECT c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = %s AND c.relname = %s", (schema, rule.table)).fetchone()
            assert on == (True,), rule.table
            policies = _one_col(conn, f"SELECT policyname FROM pg_policies WHERE schemaname = '{schema}' "
                                      f"AND tablename = '{rule.table}'")
            assert {"bo_not_person", "bo_person_read"} <= set(policies), rule.table


def test_payments_by_department_and_role(persons: tuple[str, str, dict[str, str]]) -> None:
    """Refunds and settlements: payment.reconcile of the person's departments (a 税務課
    supervisor sees 税務課's only, a settlement naming no application nobody); counter
    payments: application.view, counter staff across departments; administrators nothing."""
    url, schema, names = persons
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        imp = conn.execute("INSERT INTO settlement_imports (file_sha256, file_name, encoding, rows, imported_at) "
                           "VALUES (%s, 'f.csv', 'utf-8', 3, now()) RETURNING id", (uuid.uuid4().hex * 2,)).fetchone()
        assert imp is not None
        for dept in (TAX, CITIZEN):
            pk = conn.execute("UPDATE applications SET payment_transaction_id = %s WHERE application_id = %s "
                              "RETURNING id", (f"T-{dept}", f"A-{dept}")).fetchone()
            assert pk is not None
            conn.execute("INSERT INTO settlements (transaction_id, application_id, amount, paid_at, method, status, "
                         "import_pk) VALUES (%s, '', 300, now(), 'card', 'paid', %s)", (f"T-{dept}", imp[0]))
            conn.execute("INSERT INTO settlements (transaction_id, application_id, amount, paid_at, method, status, "
                         "import_pk) VALUES (%s, %s, 300, now(), 'card', 'paid', %s)",
                         (f"N-{dept}", f"A-{dept}", imp[0]))  # names the application only
            conn.execute("INSERT INTO refunds (application_pk, amount, recorded_at, note) VALUES (%s, 300, now(), %s)",
                         (pk[0], dept))
            conn.execute("INSERT INTO counter_payments (application_pk, receipt_no, amount, received_at) "
                         "VALUES (%s, %s, 300, now())", (pk[0], f"R-{dept}"))
        conn.execute("INSERT INTO settlements (transaction_id, application_id, amount, paid_at, method, status, "
                     "import_pk) VALUES ('T-orphan', '', 300, now(), 'card', 'paid', %s)", (imp[0],))
        for code, dept in (("tax-p", TAX), ("citizen-p", CITIZEN)):  # today's catalog: two departments
            conn.execute("INSERT INTO procedure_versions (code, effective_from, entry, created_at, created_by, note) "
                         "VALUES (%s, current_date - 1, %s, now(), 'init', '')",
                         (code, json.dumps({"code": code, "department": dept})))

    def who(prefix: str) -> str:
        return next(v for k, v in names.items() if k.startswith(prefix))

    seen = {}
    for prefix in ("su", "tx", "co", "ad", "dx"):
        with _as(url, schema, who(prefix)) as conn:
            seen[prefix] = (_one_col(conn, "SELECT transaction_id FROM settlements"),
                            _one_col(conn, "SELECT note FROM refunds"),
                            _one_col(conn, "SELECT receipt_no FROM counter_payments"))
            if prefix == "su":
                _refused(conn, "INSERT INTO refunds (application_pk, amount, recorded_at) SELECT id, 1, now() "
                               "FROM applications")
                _refused(conn, "DELETE FROM settlements")
                _refused(conn, "SELECT * FROM settlement_imports")
    assert seen["su"] == ([f"N-{TAX}", f"T-{TAX}"], [TAX], [f"R-{TAX}"])  # 税務課 supervisor
    assert seen["tx"] == ([], [], [f"R-{TAX}"])  # reviewer: no payment.reconcile
    assert seen["co"] == ([], [], sorted([f"R-{TAX}", f"R-{CITIZEN}"]))  # counter: handing over
    assert seen["ad"] == ([], [], [])  # administrator: no applicant data
    assert seen["dx"] == ([], [], [])  # disabled account
    # a payment of no application is office-wide: the 税務課 supervisor sees it once they work
    # for every department of the catalog (scope.covers_all, migration 0026); an
    # administrator, who reads no application, still sees no settlement
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        conn.execute("INSERT INTO staff_departments SELECT s.id, %s FROM staff s WHERE s.code = %s",
                     (CITIZEN, next(k for k in names if k.startswith("su"))))
        conn.execute("INSERT INTO staff_departments SELECT s.id, d FROM staff s, unnest(%s::text[]) d "
                     "WHERE s.code = %s", ([TAX, CITIZEN], next(k for k in names if k.startswith("ad"))))
    with _as(url, schema, who("su")) as conn:
        assert _one_col(conn, "SELECT transaction_id FROM settlements") == sorted(
            [f"N-{TAX}", f"T-{TAX}", f"N-{CITIZEN}", f"T-{CITIZEN}", "T-orphan"])
    with _as(url, schema, who("ad")) as conn:
        assert _one_col(conn, "SELECT transaction_id FROM settlements") == []
    with psycopg.connect(_plain(url), autocommit=True) as conn:  # the rows are there (the test can fail)
        assert len(_one_col(conn, "SELECT transaction_id FROM settlements")) == 5


def test_the_shared_role_is_not_limited(persons: tuple[str, str, dict[str, str]]) -> None:
    """A role that is not a person (the shared application role of installations not yet
    moved, the agent) keeps what its grants give: here, one with SELECT on the tables."""
    url, schema, _names = persons
    role = f"shared_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(PASSWORD)))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), sql.Identifier(role)))
        conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(
            sql.Identifier(schema), sql.Identifier(role)))
    try:
        with _as(url, schema, role) as conn:
            assert _one_col(conn, "SELECT department FROM applications") == sorted([TAX, CITIZEN])
            assert len(_one_col(conn, "SELECT id FROM documents")) == 2
    finally:
        with psycopg.connect(_plain(url), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def _chain(url: str) -> tuple[audit.ChainReport, list[tuple[str, str]]]:
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            rows = [(e.actor, e.action) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
            return audit.verify_chain(session), rows
    finally:
        engine.dispose()


def test_writes_go_through_the_functions(persons: tuple[str, str, dict[str, str]]) -> None:
    """Audit entries in the person's own name, in the core's chain; status changes only as
    the workflow table, the role and the department allow."""
    url, schema, names = persons

    def who(prefix: str) -> tuple[str, str]:
        return next((k, v) for k, v in names.items() if k.startswith(prefix))

    tax_code, tax = who("tx")
    answers: dict[str, str] = {}
    with _as(url, schema, tax) as conn:
        seq = conn.execute("SELECT bo_audit('application.view', 'application:A-税務課', %s::jsonb)",
                           ('{"note": "日本語\\n\\u0001\\"q\\"", "n": 1, "b": [true, null, "x"], "o": {}}',)).fetchone()
        assert seq == (2,)
        assert conn.execute("SELECT bo_transition('A-税務課', 'start_review')").fetchone() == ("in_review",)
        assert _one_col(conn, "SELECT status FROM applications") == ["in_review"]
        for what, statement, error in (
                ("other department", "SELECT bo_transition('A-市民課', 'start_review')", errors.NoDataFound),
                ("second step by a reviewer", "SELECT bo_transition('A-税務課', 'final_approve')",
                 errors.InsufficientPrivilege),
                ("not in the table", "SELECT bo_transition('A-税務課', 'deliver')", errors.CheckViolation),
                ("unknown action", "SELECT bo_transition('A-税務課', 'teleport')", errors.InvalidParameterValue),
                ("receive as a person", "SELECT bo_transition('A-税務課', 'receive')", errors.InvalidParameterValue)):
            with pytest.raises(error) as caught:
                conn.execute(statement)
            answers[what] = str(caught.value).splitlines()[0]
    with _as(url, schema, who("co")[1]) as conn:  # counter: sees the 税務課 application, may not decide
        with pytest.raises(errors.InsufficientPrivilege) as caught:
            conn.execute("SELECT bo_transition('A-税務課', 'approve')")
        answers["counter approves"] = str(caught.value).splitlines()[0]
    with _as(url, schema, who("ad")[1]) as conn:
        with pytest.raises(errors.NoDataFound) as caught:
            conn.execute("SELECT bo_transition('A-税務課', 'withdraw')")
        answers["admin withdraws"] = str(caught.value).splitlines()[0]
    with _as(url, schema, who("dx")[1]) as conn:
        with pytest.raises(errors.InsufficientPrivilege) as caught:
            conn.execute("SELECT bo_audit('x', '', '{}')")
        answers["disabled account audits"] = str(caught.value).splitlines()[0]
    report, rows = _chain(url)
    assert report.intact, report.problem
    assert rows == [("system", "test.seed"), (tax_code, "application.view"),
                    (tax_code, "application.start_review")]
    _write_answers(tax, answers)


def test_a_role_that_is_not_a_person_cannot_call_the_write_functions(schema_db: tuple[str, str]) -> None:
    url, schema = schema_db
    role = f"shared_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(PASSWORD)))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), sql.Identifier(role)))
    try:
        with _as(url, schema, role) as conn:
            _refused(conn, "SELECT bo_audit('x', '', '{}')")
            _refused(conn, "SELECT bo_transition('A', 'approve')")
    finally:
        with psycopg.connect(_plain(url), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_an_administrator_manages_login_roles(persons: tuple[str, str, dict[str, str]]) -> None:
    """Through the narrow functions, not a superuser connection: a login for an existing
    account from a SCRAM verifier made here, then disabled; nobody else may, and roles
    that are not persons' logins are out of reach."""
    url, schema, names = persons
    tag = uuid.uuid4().hex[:8]
    code, other = f"nw{tag}", f"xo{tag}"
    role = rls.person_role(code)
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        sid = conn.execute("INSERT INTO staff (code, name, password_hash, disabled, session_epoch, "
                           "created_at, must_change_password) VALUES (%s, 'n', 'x', false, 0, now(), false) "
                           "RETURNING id", (code,)).fetchone()
        assert sid is not None
        conn.execute("INSERT INTO staff_roles VALUES (%s, 'reviewer')", (sid[0],))
        conn.execute("INSERT INTO staff_departments VALUES (%s, %s)", (sid[0], CITIZEN))
        conn.execute("INSERT INTO staff (code, name, password_hash, disabled, session_epoch, created_at, "
                     "must_change_password) VALUES (%s, 'o', 'x', false, 0, now(), false)", (other,))
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(rls.person_role(other))))
        verifier = conn.pgconn.encrypt_password(PASSWORD.encode(), role.encode(), b"scram-sha-256").decode()

    def who(prefix: str) -> str:
        return next(v for k, v in names.items() if k.startswith(prefix))

    answers: dict[str, str] = {}
    try:
        with _as(url, schema, who("tx")) as conn:
            answers["reviewer creates a login"] = _refused(conn, f"SELECT bo_person_login('{code}', '{verifier}')")
        with _as(url, schema, who("ad")) as conn:
            with pytest.raises(errors.InvalidParameterValue) as caught:
                conn.execute("SELECT bo_person_login(%s, %s)", (code, PASSWORD))
            answers["a password instead of a verifier"] = str(caught.value).splitlines()[0]
            answers["a role that is not a person's"] = _refused(
                conn, f"SELECT bo_person_login('{other}', '{verifier}')")
            assert conn.execute("SELECT bo_person_login(%s, %s)", (code, verifier)).fetchone() == (role,)
        with _as(url, schema, role) as conn:  # the new person logs in and sees their department
            assert _one_col(conn, "SELECT department FROM applications") == [CITIZEN]
        with _as(url, schema, who("ad")) as conn:
            assert conn.execute("SELECT bo_person_disable(%s)", (code,)).fetchone() == (role,)
        with pytest.raises(psycopg.OperationalError) as refused:
            _as(url, schema, role)
        answers["disabled login connects"] = " ".join(str(refused.value).split())[-80:]
        _report, rows = _chain(url)
        assert [a for _w, a in rows][-2:] == ["staff.db_login", "staff.db_login_disabled"]
        assert _report.intact
    finally:
        with psycopg.connect(_plain(url), autocommit=True) as conn:
            for name in (role, rls.person_role(other)):
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
    _write_answers(who("ad"), answers)


def test_the_production_path_with_a_non_superuser_owner(memory_keyring: Any) -> None:
    """As deployed: `db setup-roles` (group role made), `db upgrade` as the non-superuser owner
    (migration 0013 and the persons' grants), the one manual step (owner CREATEROLE); then an
    administrator's login role made by the superuser creates a reviewer's through
    bo_person_login, and the reviewer sees their department and changes a status through
    bo_transition — every function owned by the owner, not a superuser."""
    from backoffice.db import roles
    from backoffice.platform.secrets import set_database_password
    from tests.conftest import pg_url

    server = make_url(pg_url())
    tag = uuid.uuid4().hex[:8]
    names = roles.RoleNames(owner=f"o19_{tag}", app=f"a19_{tag}", auditor=f"u19_{tag}")
    database = f"r19_{tag}"
    url_text = server.set(username=names.app, password=None, database=database).render_as_string(
        hide_password=False)
    admin = _plain(server.render_as_string(hide_password=False))
    in_db = admin.rsplit("/", 1)[0] + f"/{database}"
    set_database_password(url_text, "app long password 19")
    made: list[str] = []

    def never(prompt: str) -> str:
        raise AssertionError(prompt)

    try:
        out = roles.setup_roles(url_text, never, superuser=server.username or "postgres", names=names,
                                new_password=lambda role: f"{role} long password")
        assert any(rls.PERSON_GROUP in line for line in out) or _group_exists(admin)
        roles.upgrade(url_text, never, names=names)
        with psycopg.connect(in_db, autocommit=True) as conn:
            conn.execute(sql.SQL("ALTER ROLE {} CREATEROLE").format(sql.Identifier(names.owner)))
            people = _seed(conn, tag)
            ad = people[f"ad{tag}"]
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(ad), sql.Literal(PASSWORD), sql.Identifier(rls.PERSON_GROUP)))
            made.append(ad)
            tx = people[f"tx{tag}"]
            verifier = conn.pgconn.encrypt_password(PASSWORD.encode(), tx.encode(), b"scram-sha-256").decode()
            owners = {r[0] for r in conn.execute(
                "SELECT pg_get_userbyid(p.proowner) FROM pg_proc p WHERE p.proname LIKE 'bo\\_%'").fetchall()}
            assert owners == {names.owner}
        with _as(in_db, "public", ad) as conn:
            assert conn.execute("SELECT bo_person_login(%s, %s)", (f"tx{tag}", verifier)).fetchone() == (tx,)
            made.append(tx)
            assert _one_col(conn, "SELECT count(*) FROM applications") == [0]
        with _as(in_db, "public", tx) as conn:
            assert _one_col(conn, "SELECT department FROM applications") == [TAX]
            assert conn.execute("SELECT bo_transition('A-税務課', 'start_review')").fetchone() == ("in_review",)
            _refused(conn, "UPDATE applications SET status = 'approved'")
            _refused(conn, "SELECT password_hash FROM staff")
        roles.upgrade(url_text, never, names=names)  # again: grants only, persons keep theirs
        with _as(in_db, "public", tx) as conn:
            assert _one_col(conn, "SELECT status FROM applications") == ["in_review"]
    finally:
        with psycopg.connect(admin, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            for role in (*made, names.app, names.auditor, names.owner):
                c.execute(f'DROP ROLE IF EXISTS "{role}"')


def _group_exists(admin: str) -> bool:
    with psycopg.connect(admin, autocommit=True) as c:
        return c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (rls.PERSON_GROUP,)).fetchone() is not None
