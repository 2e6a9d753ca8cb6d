"""The small pieces every module of the per-person SECURITY DEFINER functions (issue 19) builds its
SQL from: the check of the schema name, a SQL string literal, the fixed search_path clause, Japan's
time of a timestamptz and the row of the member of staff who is calling.

casework/server_writes.py, administration/server_accounts.py, administration/server_admin.py,
issuance/server_issuing.py, supervision/server_payments.py, supervision/server_counter.py,
export/server_export.py and portal/server_portal.py use them; migrations 0015-0024 install what those modules generate, so the
text made here must not change (a change would change the installed functions too).
"""
from __future__ import annotations

import re

from backoffice.accounts.rls import PERSON_PREFIX

_SCHEMA_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# Every SECURITY DEFINER function fixes its search_path, so no object the caller creates is found first.
PATH = "SET search_path = pg_catalog, pg_temp"

# Japan's date and time of a timestamptz {t} (timeutil.today_jst: JST has no summer time).
JST = "(({t}) AT TIME ZONE 'UTC' + interval '9 hours')"


def check_schema(schema: str) -> str:
    """`schema`, if it is a plain PostgreSQL name (it is written into the SQL as it is); else ValueError."""
    if not _SCHEMA_RE.match(schema):
        raise ValueError(f"schema {schema!r}: lower-case letters, digits and '_' only")
    return schema


def lit(value: str) -> str:
    """`value` as a SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


# The condition on `st` (a row of staff) that it is the enabled member of staff connected as their own role.
CALLER = f"{lit(PERSON_PREFIX)} || lower(st.code) = session_user::text AND NOT st.disabled"


def from_caller(s: str) -> str:
    """`FROM` the staff of schema `s` the caller's own enabled row, as `st`."""
    return f"FROM {s}.staff st WHERE {CALLER}"


def caller_roles(s: str) -> str:
    """PL/pgSQL: the roles of staff row `me_id` INTO `my_roles` (an empty array for none)."""
    return ("SELECT COALESCE(array_agg(r.role::text), ARRAY[]::text[]) INTO my_roles\n"
            f"      FROM {s}.staff_roles r WHERE r.staff_id = me_id;")


def caller_departments(s: str) -> str:
    """PL/pgSQL: the departments of staff row `me_id` INTO `my_depts` (an empty array for none)."""
    return ("SELECT COALESCE(array_agg(d.department::text), ARRAY[]::text[]) INTO my_depts\n"
            f"      FROM {s}.staff_departments d WHERE d.staff_id = me_id;")


def refuse_unless(s: str, permission: str, what: str) -> str:
    """PL/pgSQL: refuse unless the caller (`me_id`, `my_roles`) holds `permission` of the matrix
    (`bo_rule`, no department); `what` completes "only a member of staff who may …"."""
    return f"""
    IF me_id IS NULL OR NOT {s}.bo_rule(my_roles, ARRAY[]::text[], NULL, {lit(permission)}, false) THEN
        RAISE EXCEPTION 'only a member of staff who may {what}, connected as their own role'
            USING ERRCODE = 'insufficient_privilege';
    END IF;"""


def refuse_foreign_role(group: str) -> str:
    """PL/pgSQL: `role_name` := the login role of `staff_code`; refuse when a role of that name
    exists and is not a plain member of the persons' group `group` (a SQL literal): an account
    function never touches a superuser, a role maker or any other role."""
    return f"""role_name := {lit(PERSON_PREFIX)} || lower(staff_code);
    SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
           OR NOT pg_has_role(r.oid, (SELECT g.oid FROM pg_roles g WHERE g.rolname = {group}), 'MEMBER')
      INTO foreign_role FROM pg_roles r WHERE r.rolname = role_name;
    IF foreign_role THEN
        RAISE EXCEPTION 'role % is not a person''s login', role_name USING ERRCODE = 'insufficient_privilege';
    END IF;"""


def caller_facts(s: str) -> str:
    """PL/pgSQL: the caller's staff row INTO `me_id` (NULL for nobody), their roles INTO
    `my_roles` and departments INTO `my_depts`."""
    return f"""
    SELECT st.id INTO me_id {from_caller(s)};
    {caller_roles(s)}
    {caller_departments(s)}"""
