"""Row-level security on PostgreSQL (issue 19): the server itself limits what a member of
staff connected as their own login role sees, by the same matrix the core uses.

One source: the SQL is generated here from `backoffice.accounts.permissions.MATRIX` (who
holds which permission) and the department rule of `backoffice.accounts.scope` (a person
sees rows of their departments; counter staff see across departments what handing over
needs). `ROW_RULES` says, for every table holding personal data, which permission a row
needs and how the row reaches its department. Migration 0013 installs the result;
tests/core/test_rls.py checks that the server's decision and the core's agree for every
role and same/other department, and that a person connected with psycopg is refused.

The person behind a connection: a login role that is a member of the group role
`PERSON_GROUP` (`backoffice_staff`) and is named `bo_<staff code in lower case>`
(`person_role`), which ties it to its staff row. Such a role sees only what that row's
roles and departments allow (nothing once the account is disabled, nothing if no staff row
has its name). Any other role that holds table grants — the
shared `backoffice_app` of installations not yet moved to per-person roles, and the agent
— is not a person and is not limited by the policies (its grants are the limit). Owners
and superusers bypass row-level security as PostgreSQL always does.

Persons are members of the group role `PERSON_GROUP`, which `grant_persons`
(backoffice/db/roles.py, applied by `backoffice db upgrade`) gives SELECT on the tables (never the password hashes, never the audit log's write rights, no INSERT,
UPDATE or DELETE: writes by persons are still to come, see docs/deployment-postgresql.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from backoffice.accounts.permissions import COUNTER, MATRIX
from backoffice.db.roles import PERSON_GROUP, grant_persons

__all__ = ["LATER_TABLES", "PAYMENT_TABLES", "PERSON_GROUP", "PERSON_PREFIX", "ROW_RULES", "SETTLEMENTS_VIA",
           "SETTLEMENTS_VIA_0018", "RowRule", "grant_persons", "install_sql", "person_role", "rule_function_sql",
           "tables_sql", "tables_uninstall_sql", "uninstall_sql"]

PERSON_PREFIX = "bo_"
_CODE_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_SCHEMA_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def person_role(code: str) -> str:
    """The PostgreSQL login role of the staff member with this code."""
    name = f"{PERSON_PREFIX}{code.lower()}"
    if not _CODE_RE.match(code.lower()):
        raise ValueError(f"staff code {code!r} cannot name a PostgreSQL role "
                         "(letters, digits and '_' only)")
    return name


@dataclass(frozen=True)
class RowRule:
    """Who may read a row of `table`: `permission` (MATRIX) and, when `department` is not
    None, the row's department (an SQL expression over the row) among the person's —
    or any department for counter staff when `handover` (scope.may_see(handover=True))."""

    table: str
    permission: str
    department: str | None
    handover: bool = False
    via: str | None = None  # "key IN (SELECT … WHERE {cond})": the parent rows whose department is allowed


# A row's department through its parent, as "key IN (an uncorrelated set)": the set is built
# once per statement (a hashed SubPlan). A correlated lookup per row made the planner
# JIT-compile every read of documents (0.6 s of 0.7 s for the shared role) and, as functions,
# took a person 83 s for 20,000 documents.
_APP_SQL = "application_pk IN (SELECT a.id FROM applications a WHERE {cond})"
_REV_SQL = ("revision_pk IN (SELECT r.id FROM revisions r JOIN applications a ON a.id = r.application_pk "
            "WHERE {cond})")
_INQ_SQL = "inquiry_pk IN (SELECT i.id FROM inquiries i WHERE {cond})"
_REQ_SQL = ("request_pk IN (SELECT r.id FROM record_requests r JOIN applications a ON a.id = r.application_pk "
            "WHERE {cond})")


# The departments of today's catalog (each procedure's newest version in effect, Japan's date;
# administration/server_admin.py bo_catalog_departments, written out here because this policy
# also exists before that function's migration) within the person's own: scope.covers_all.
_EVERY_DEPARTMENT = ("(SELECT COALESCE(array_agg(DISTINCT v.entry::jsonb ->> 'department'), ARRAY[]::text[]) "
                     "FROM (SELECT DISTINCT ON (p.code) p.entry FROM procedure_versions p "
                     "WHERE p.effective_from <= (now() AT TIME ZONE 'UTC' + interval '9 hours')::date "
                     "ORDER BY p.code, p.effective_from DESC) v) <@ (SELECT bo_my_departments())")
SETTLEMENTS_VIA = (
    "(transaction_id IN (SELECT a.payment_transaction_id FROM applications a WHERE {cond}) "
    "OR application_id IN (SELECT a.application_id FROM applications a WHERE {cond}) "
    # no application: for one who reads every application (application.view, every department)
    "OR ((SELECT bo_rule((SELECT bo_my_roles()), ARRAY[]::text[], NULL, 'application.view', false)) "
    f"AND {_EVERY_DEPARTMENT} "
    "AND transaction_id NOT IN (SELECT a.payment_transaction_id FROM applications a "
    "WHERE a.payment_transaction_id IS NOT NULL) "
    "AND application_id NOT IN (SELECT a.application_id FROM applications a)))")
# Before migration 0026: a settlement of no application was seen by no person.
SETTLEMENTS_VIA_0018 = ("(transaction_id IN (SELECT a.payment_transaction_id FROM applications a WHERE {cond}) "
                        "OR application_id IN (SELECT a.application_id FROM applications a WHERE {cond}))")


def _via_app(table: str, permission: str, *, handover: bool) -> RowRule:
    return RowRule(table, permission, "a.department", handover=handover, via=_APP_SQL)


# Every table holding personal data, and what a row needs (the core's equivalent in brackets).
ROW_RULES: tuple[RowRule, ...] = (
    # the application, its revisions, events, comments, notices, payments: application.view
    # by department; counter staff across departments for handing over (casework/detail)
    RowRule("applications", "application.view", "department", handover=True),
    _via_app("revisions", "application.view", handover=True),
    _via_app("application_events", "application.view", handover=True),
    _via_app("comments", "application.view", handover=True),
    _via_app("notices", "application.view", handover=True),
    _via_app("counter_payments", "application.view", handover=True),
    _via_app("deliveries", "application.view", handover=True),
    _via_app("certificates", "application.view", handover=True),
    # attachments: document.view, own departments only (no counter)
    RowRule("documents", "document.view", "a.department", via=_REV_SQL),
    # register answers (records-v1): the department's reviewers and supervisors only
    _via_app("record_requests", "application.view", handover=False),
    RowRule("record_answers", "application.view", "a.department", via=_REQ_SQL),
    # inquiries: inquiry.view by department, counter across departments
    RowRule("inquiries", "inquiry.view", "department", handover=True),
    RowRule("inquiry_entries", "inquiry.view", "i.department", handover=True, via=_INQ_SQL),
    # the audit trail (who read whom): audit.view, no department at the row level
    RowRule("audit_log", "audit.view", None),
    # payments (migration 0018): refunds and the provider's settlements are reconciliation
    # (supervision/payments.py, payment.reconcile) of the person's departments; a settlement
    # reaches its department through the application carrying its transaction id or named in
    # it. A settlement of no application (none carries its transaction id, none has the id it
    # names) is office-wide: seen, as by the core (scope.covers_all), by whoever reads
    # applications and works for every department of today's catalog (migration 0026; before,
    # by nobody). Stricter than the core in one way, because the row's application must be
    # readable (application.view): administrators (payment.reconcile, no application.view)
    # see none. Counter payments: above (application.view, counter across departments, as
    # record_counter_payment's handover rule).
    _via_app("refunds", "payment.reconcile", handover=False),
    RowRule("settlements", "payment.reconcile", "a.department", via=SETTLEMENTS_VIA),
)
# The tables migration 0018 put under row-level security (0013 did the others; a new
# installation gets all of them from 0013, which reads ROW_RULES as it is now).
PAYMENT_TABLES = ("refunds", "settlements")
# Tables made after migration 0013, each getting its policies from the migration that makes
# it (tables_sql): 0013 and its downgrade pass them by.
LATER_TABLES = ("record_answers",)  # migration 0023



def _array(values: Any) -> str:
    return "ARRAY[" + ", ".join(_lit(v) for v in sorted(values)) + "]::text[]"


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def rule_function_sql(schema: str) -> str:
    """bo_rule(roles, departments, department, permission, handover): the core's decision
    (Actor.has(permission) and scope.may_see(department, handover)) as an SQL function,
    generated from MATRIX."""
    cases = "\n".join(f"        WHEN {_lit(p)} THEN roles && {_array(r)}" for p, r in sorted(MATRIX.items()))
    return f"""
CREATE OR REPLACE FUNCTION {schema}.bo_rule(roles text[], departments text[], department text,
                                   permission text, handover boolean) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(CASE permission
{cases}
        ELSE false END, false)
       AND (department IS NULL OR department = ANY(departments)
            OR (handover AND {_lit(COUNTER)} = ANY(roles)))
$$"""


def _person_functions(schema: str) -> list[str]:
    # Every name qualified with the schema (written plain, so a dump of one schema replays
    # into another by replacing "schema."), and a search_path that holds nothing to shadow it.
    path = "SET search_path = pg_catalog, pg_temp"
    s = schema
    me = (f"FROM {s}.staff s WHERE {_lit(PERSON_PREFIX)} || lower(s.code) = current_user::text "
          "AND NOT s.disabled")
    return [
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_person() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE {path} AS $$
    SELECT COALESCE((SELECT pg_has_role(current_user, g.oid, 'MEMBER') FROM pg_roles g
                     WHERE g.rolname = {_lit(PERSON_GROUP)}), false)
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_my_roles() RETURNS text[]
LANGUAGE sql STABLE {path} AS $$
    SELECT COALESCE(array_agg(r.role::text), ARRAY[]::text[])
    FROM {s}.staff_roles r WHERE r.staff_id = (SELECT s.id {me})
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_my_departments() RETURNS text[]
LANGUAGE sql STABLE {path} AS $$
    SELECT COALESCE(array_agg(d.department::text), ARRAY[]::text[])
    FROM {s}.staff_departments d WHERE d.staff_id = (SELECT s.id {me})
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_sees(department text, permission text, handover boolean)
RETURNS boolean
LANGUAGE sql STABLE {path} AS $$
    SELECT {s}.bo_rule({s}.bo_my_roles(), {s}.bo_my_departments(), department, permission, handover)
$$""",
    ]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def install_sql(schema: str) -> list[str]:
    """The statements migration 0013 runs on PostgreSQL (in `schema`, as the owner)."""
    if not _SCHEMA_RE.match(schema):
        raise ValueError(f"schema {schema!r}: lower-case letters, digits and '_' only")
    out = [rule_function_sql(schema), *_person_functions(schema)]
    for rule in ROW_RULES:
        if rule.table not in LATER_TABLES:
            out += _table_sql(rule)
    return out


def _table_sql(rule: RowRule) -> list[str]:
    t = _ident(rule.table)
    # NULL means "no department rule" to bo_rule; a row whose department cannot be
    # found (its application hidden or gone) must not become that: '' matches no one's.
    dept = "NULL" if rule.department is None else f"COALESCE({rule.department}, '')"
    return [
        f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
        # not a person (the shared application role, the agent): the grants are the limit.
        f"CREATE POLICY bo_not_person ON {t} FOR ALL USING (NOT (SELECT bo_person())) "
        "WITH CHECK (NOT (SELECT bo_person()))",
        f"CREATE POLICY bo_person_read ON {t} FOR SELECT USING ({_person_condition(rule, dept)})",
    ]


def tables_sql(tables: tuple[str, ...], rules: tuple[RowRule, ...] | None = None) -> list[str]:
    """The policies of these tables alone, replaced if present (migrations 0018, 0026);
    `rules`: other rules than ROW_RULES (a downgrade's earlier ones)."""
    out: list[str] = []
    for rule in ROW_RULES if rules is None else rules:
        if rule.table in tables:
            out += [f"DROP POLICY IF EXISTS bo_person_read ON {_ident(rule.table)}",
                    f"DROP POLICY IF EXISTS bo_not_person ON {_ident(rule.table)}", *_table_sql(rule)]
    return out


def tables_uninstall_sql(tables: tuple[str, ...]) -> list[str]:
    return [s for rule in ROW_RULES if rule.table in tables for s in (
        f"DROP POLICY IF EXISTS bo_person_read ON {_ident(rule.table)}",
        f"DROP POLICY IF EXISTS bo_not_person ON {_ident(rule.table)}",
        f"ALTER TABLE {_ident(rule.table)} DISABLE ROW LEVEL SECURITY")]


def _person_condition(rule: RowRule, dept: str) -> str:
    """bo_rule(my roles, my departments, the row's department, permission, handover), split
    so that everything about the person is asked once per statement ((SELECT f()) is an
    InitPlan) and only `department = ANY(mine)` is left per row: with bo_rule called per row,
    a reviewer reading 10,000 applications took 1.7 s instead of a few dozen ms.
    Equivalent because bo_rule(r, d, x, p, h) = holds(p) AND (x = ANY(d) OR (h AND counter in r))
    and bo_rule(r, {}, '', p, h) = holds(p) AND h AND counter in r."""
    perm = _lit(rule.permission)
    me = "(SELECT bo_my_roles())"
    holds = f"(SELECT bo_rule({me}, ARRAY[]::text[], NULL, {perm}, false))"
    if rule.department is None:
        return f"(SELECT bo_person()) AND {holds}"
    everywhere = f"(SELECT bo_rule({me}, ARRAY[]::text[], '', {perm}, {'true' if rule.handover else 'false'}))"
    cond = f"({everywhere} OR {dept}::text = ANY((SELECT bo_my_departments())::text[]))"
    return f"(SELECT bo_person()) AND {holds} AND " + (rule.via.format(cond=cond) if rule.via else cond)


# The direct writes a person makes (migration 0015): taking, renewing and giving back the claim
# lease of an application of their departments (casework/review.py claim/renew/release; the
# lease may name only the person or nobody), and adding an internal comment in their own name
# to an application of their departments. The columns and table are the only ones persons may
# write (backoffice/db/roles.py PERSON_COLUMN_UPDATES, PERSON_INSERTS); a status and everything
# that goes with it change only through bo_transition.
CLAIM_POLICY = "bo_person_claim"
COMMENT_POLICY = "bo_person_comment"


def person_write_sql() -> list[str]:
    me = (f"(SELECT s.id FROM staff s WHERE {_lit(PERSON_PREFIX)} || lower(s.code) = current_user::text "
          "AND NOT s.disabled)")
    rule = "(SELECT bo_rule((SELECT bo_my_roles()), ARRAY[]::text[], NULL, {p}, false))"
    mine = "department::text = ANY((SELECT bo_my_departments())::text[])"
    may = f"({rule.format(p=_lit('application.claim'))} OR {rule.format(p=_lit('application.release_claim'))})"
    comment = rule.format(p=_lit("application.comment"))
    return [f"DROP POLICY IF EXISTS {CLAIM_POLICY} ON applications",
            f"CREATE POLICY {CLAIM_POLICY} ON applications FOR UPDATE "
            f"USING ((SELECT bo_person()) AND {may} AND {mine}) "
            f"WITH CHECK (claimed_by IS NULL OR claimed_by = {me})",
            f"DROP POLICY IF EXISTS {COMMENT_POLICY} ON comments",
            f"CREATE POLICY {COMMENT_POLICY} ON comments FOR INSERT "
            f"WITH CHECK ((SELECT bo_person()) AND staff_id = {me} AND {comment} AND application_pk IN "
            f"(SELECT a.id FROM applications a WHERE a.{mine}))"]


def uninstall_sql() -> list[str]:
    out: list[str] = []
    for rule in ROW_RULES:
        if rule.table in LATER_TABLES:
            continue
        t = _ident(rule.table)
        out += [f"DROP POLICY IF EXISTS bo_person_read ON {t}",
                f"DROP POLICY IF EXISTS bo_not_person ON {t}",
                f"ALTER TABLE {t} DISABLE ROW LEVEL SECURITY"]
    out += ["DROP FUNCTION IF EXISTS bo_sees(text, text, boolean)",
            "DROP FUNCTION IF EXISTS bo_my_departments()",
            "DROP FUNCTION IF EXISTS bo_my_roles()",
            "DROP FUNCTION IF EXISTS bo_person()",
            "DROP FUNCTION IF EXISTS bo_rule(text[], text[], text, text, boolean)"]
    return out
