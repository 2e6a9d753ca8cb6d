"""Staff accounts managed by an administrator connected as their own login role (issue 19,
`[database] per_person = true`, PostgreSQL; migration 0017).

Persons hold no INSERT, UPDATE or DELETE on the account tables (backoffice/db/roles.py
`grant_persons`), so the staff screen's acts reach the server through these narrow SECURITY
DEFINER functions, which check on the server that the caller (the session's login role, never
a parameter) is an enabled account holding `staff.manage` (the core's MATRIX, through
`bo_rule`), change the account rows and the person's login role `bo_<code>` together, and
append the audit entries through `bo_audit` in the caller's name:

- `bo_staff_add(code, name, roles, departments, password_hash, verifier)`: the account, its
  roles and departments, "choose a new password" set, and its login role (a member of the
  persons' group) with the temporary password's SCRAM-SHA-256 verifier made on the
  administrator's PC (a plain password is refused, so none reaches the server's log).
- `bo_staff_set_disabled(code, off)`: disabled, the role NOLOGIN; enabled again, LOGIN. Nobody
  disables their own account and the last enabled administrator stays (as the core).
- `bo_staff_reset(code, password_hash, verifier)`: a new temporary password for the role
  (made if the account had none yet), "choose a new password" set, live sessions ended.
- `bo_staff_set_roles(code, roles)`, `bo_staff_set_departments(code, departments)`.

They touch only roles named bo_<code> that are (or become) plain members of the persons'
group, never a superuser or a role with other rights. The owner that runs `db upgrade` needs
CREATEROLE (docs/deployment-postgresql.md 9.2). administration/staff.py calls them when its
unit of work is a person's (`is_person`), after the same checks in Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import ADMIN, STAFF_ROLES
from backoffice.accounts.rls import PERSON_GROUP, PERSON_PREFIX
from backoffice.accounts.server_sql import (
    CALLER,
    PATH,
    caller_roles,
    check_schema,
    lit,
    refuse_foreign_role,
)

# What persons may EXECUTE (backoffice/db/roles.py PERSON_FUNCTIONS lists them too).
FUNCTIONS = ("bo_staff_add(text, text, text[], text[], text, text)", "bo_staff_set_disabled(text, boolean)",
             "bo_staff_reset(text, text, text)", "bo_staff_set_roles(text, text[])",
             "bo_staff_set_departments(text, text[])")
_HELPERS = ("bo_staff_manager()", "bo_staff_role(text, text, boolean)")


def install_sql(schema: str) -> list[str]:
    check_schema(schema)
    s = schema
    group = lit(PERSON_GROUP)
    roles_known = "ARRAY[" + ", ".join(lit(r) for r in sorted(STAFF_ROLES)) + "]::text[]"
    code_ok = "lower(staff_code) ~ '^[a-z0-9_]{1,32}$'"
    sorted_arr = "(SELECT COALESCE(array_agg(DISTINCT x COLLATE \"C\" ORDER BY x COLLATE \"C\"), ARRAY[]::text[]) FROM unnest({a}) x)"
    account = f"""
    SELECT st.id, st.disabled INTO t_id, was_off FROM {s}.staff st WHERE st.code = staff_code;
    IF t_id IS NULL THEN
        RAISE EXCEPTION 'no staff member %', staff_code USING ERRCODE = 'no_data_found';
    END IF;"""
    last_admin = f"""NOT EXISTS (SELECT 1 FROM {s}.staff o JOIN {s}.staff_roles r ON r.staff_id = o.id
                        WHERE r.role = {lit(ADMIN)} AND NOT o.disabled AND o.id <> t_id)"""
    is_admin = f"EXISTS (SELECT 1 FROM {s}.staff_roles r WHERE r.staff_id = t_id AND r.role = {lit(ADMIN)})"
    return [
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_staff_manager() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; my_roles text[];
BEGIN
    SELECT st.id INTO me_id FROM {s}.staff st
     WHERE {CALLER};
    {caller_roles(s)}
    IF me_id IS NULL OR NOT {s}.bo_rule(my_roles, ARRAY[]::text[], NULL, 'staff.manage', false) THEN
        RAISE EXCEPTION 'only an administrator connected as their own role manages accounts'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN me_id;
END
$$""",
        # the login role of an account: made (with a verifier), re-passworded, LOGIN/NOLOGIN
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_staff_role(staff_code text, verifier text, can_login boolean)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE role_name text; foreign_role boolean; login_kw text;
BEGIN
    IF NOT {code_ok} THEN
        RAISE EXCEPTION 'staff code % cannot name a role', staff_code USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF verifier IS NOT NULL AND verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier made on the workstation, never a password'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    {refuse_foreign_role(group)}
    login_kw := CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END;
    IF foreign_role IS NULL THEN
        IF verifier IS NULL THEN
            RETURN NULL;  -- an account without a login role yet: nothing to enable or disable
        END IF;
        EXECUTE format('CREATE ROLE %I %s NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT PASSWORD %L IN ROLE %I',
                       role_name, login_kw, verifier, {group});
    ELSIF verifier IS NULL THEN
        EXECUTE format('ALTER ROLE %I %s', role_name, login_kw);
    ELSE
        EXECUTE format('ALTER ROLE %I %s PASSWORD %L', role_name, login_kw, verifier);
    END IF;
    PERFORM {s}.bo_audit(CASE WHEN can_login THEN 'staff.db_login' ELSE 'staff.db_login_disabled' END,
                         'staff:' || staff_code,
                         jsonb_build_object('role', role_name, 'created', foreign_role IS NULL,
                                            'password', verifier IS NOT NULL));
    RETURN role_name;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_staff_add(staff_code text, full_name text, roles text[],
                                           departments text[], password_hash text, verifier text)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; t_id integer; want_roles text[]; want_depts text[];
BEGIN
    me_id := {s}.bo_staff_manager();
    IF NOT {code_ok} THEN
        RAISE EXCEPTION 'staff code % cannot name a role', staff_code USING ERRCODE = 'invalid_parameter_value';
    END IF;
    want_roles := {sorted_arr.format(a='roles')};
    want_depts := {sorted_arr.format(a='departments')};
    IF cardinality(want_roles) = 0 OR NOT want_roles <@ {roles_known} THEN
        RAISE EXCEPTION 'roles %: at least one of %', want_roles, {roles_known}
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF verifier IS NULL THEN
        RAISE EXCEPTION 'a new account needs its temporary password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM {s}.staff st WHERE lower(st.code) = lower(staff_code)) THEN
        RAISE EXCEPTION 'staff code % already exists', staff_code USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO {s}.staff (code, name, password_hash, disabled, session_epoch, created_at, must_change_password)
    VALUES (staff_code, full_name, password_hash, false, 0, now(), true) RETURNING id INTO t_id;
    INSERT INTO {s}.staff_roles (staff_id, role) SELECT t_id, x FROM unnest(want_roles) x;
    INSERT INTO {s}.staff_departments (staff_id, department) SELECT t_id, x FROM unnest(want_depts) x;
    PERFORM {s}.bo_audit('staff.create', 'staff:' || staff_code,
                         jsonb_build_object('roles', to_jsonb(want_roles), 'departments', to_jsonb(want_depts)));
    PERFORM {s}.bo_staff_role(staff_code, verifier, true);
    RETURN t_id;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_staff_set_disabled(staff_code text, off boolean) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; t_id integer; was_off boolean;
BEGIN
    me_id := {s}.bo_staff_manager();{account}
    IF off AND t_id = me_id THEN
        RAISE EXCEPTION 'nobody can disable their own account' USING ERRCODE = 'raise_exception';
    END IF;
    IF off AND NOT was_off AND {is_admin} AND {last_admin} THEN
        RAISE EXCEPTION '% is the last enabled administrator', staff_code USING ERRCODE = 'raise_exception';
    END IF;
    PERFORM {s}.bo_audit(CASE WHEN off THEN 'staff.disable' ELSE 'staff.enable' END, 'staff:' || staff_code,
                         '{{}}'::jsonb);
    UPDATE {s}.staff SET disabled = off, session_epoch = session_epoch + 1 WHERE id = t_id;
    IF {code_ok} THEN
        RETURN {s}.bo_staff_role(staff_code, NULL, NOT off);
    END IF;
    RETURN NULL;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_staff_reset(staff_code text, password_hash text, verifier text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; t_id integer; was_off boolean;
BEGIN
    me_id := {s}.bo_staff_manager();{account}
    IF verifier IS NULL THEN
        RAISE EXCEPTION 'a reset needs the temporary password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM {s}.bo_audit('staff.password', 'staff:' || staff_code, '{{}}'::jsonb);
    UPDATE {s}.staff SET password_hash = bo_staff_reset.password_hash, must_change_password = true,
                         session_epoch = session_epoch + 1
     WHERE id = t_id;
    DELETE FROM {s}.login_throttle t WHERE t.code = staff_code;
    RETURN {s}.bo_staff_role(staff_code, verifier, NOT was_off);
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_staff_set_roles(staff_code text, roles text[]) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; t_id integer; was_off boolean; want_roles text[]; had text[];
BEGIN
    me_id := {s}.bo_staff_manager();{account}
    want_roles := {sorted_arr.format(a='roles')};
    IF cardinality(want_roles) = 0 OR NOT want_roles <@ {roles_known} THEN
        RAISE EXCEPTION 'roles %: at least one of %', want_roles, {roles_known}
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT ({lit(ADMIN)} = ANY(want_roles)) AND NOT was_off AND {is_admin} AND {last_admin} THEN
        RAISE EXCEPTION '% is the last enabled administrator and keeps the role', staff_code
            USING ERRCODE = 'raise_exception';
    END IF;
    SELECT COALESCE(array_agg(x.role::text ORDER BY x.role::text COLLATE "C"), ARRAY[]::text[]) INTO had
      FROM {s}.staff_roles x WHERE x.staff_id = t_id;
    IF had = want_roles THEN
        RETURN t_id;
    END IF;
    PERFORM {s}.bo_audit('staff.roles', 'staff:' || staff_code,
                         jsonb_build_object('before', to_jsonb(had), 'after', to_jsonb(want_roles)));
    DELETE FROM {s}.staff_roles x WHERE x.staff_id = t_id;
    INSERT INTO {s}.staff_roles (staff_id, role) SELECT t_id, x FROM unnest(want_roles) x;
    UPDATE {s}.staff SET session_epoch = session_epoch + 1 WHERE id = t_id;
    RETURN t_id;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_staff_set_departments(staff_code text, departments text[]) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; t_id integer; was_off boolean; want_depts text[]; had text[];
BEGIN
    me_id := {s}.bo_staff_manager();{account}
    want_depts := {sorted_arr.format(a='departments')};
    SELECT COALESCE(array_agg(x.department::text ORDER BY x.department::text COLLATE "C"), ARRAY[]::text[])
      INTO had FROM {s}.staff_departments x WHERE x.staff_id = t_id;
    IF had = want_depts THEN
        RETURN t_id;
    END IF;
    PERFORM {s}.bo_audit('staff.departments', 'staff:' || staff_code,
                         jsonb_build_object('before', to_jsonb(had), 'after', to_jsonb(want_depts)));
    DELETE FROM {s}.staff_departments x WHERE x.staff_id = t_id;
    INSERT INTO {s}.staff_departments (staff_id, department) SELECT t_id, x FROM unnest(want_depts) x;
    UPDATE {s}.staff SET session_epoch = session_epoch + 1 WHERE id = t_id;
    RETURN t_id;
END
$$""",
        *(f"REVOKE ALL ON FUNCTION {s}.{f} FROM PUBLIC" for f in (*_HELPERS, *FUNCTIONS)),
    ]


def uninstall_sql() -> list[str]:
    return [f"DROP FUNCTION IF EXISTS {f}" for f in (*FUNCTIONS, *_HELPERS)]


# -- called by administration/staff.py in a person's unit of work ---------------------------

def verifier(session: Session, code: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of the temporary password for bo_<code>, made here by libpq
    (the password itself never reaches the server)."""
    driver = session.connection().connection.driver_connection
    if driver is None:
        raise ValueError("the connection is closed")
    made: bytes = driver.pgconn.encrypt_password(password.encode("utf-8"),
                                                 f"{PERSON_PREFIX}{code.lower()}".encode("ascii"),
                                                 b"scram-sha-256")
    return made.decode("ascii")


def add(session: Session, code: str, name: str, roles: Sequence[str], departments: Sequence[str],
        password_hash: str, password: str) -> int:
    return int(session.execute(text("SELECT bo_staff_add(:c, :n, :r, :d, :h, :v)"), {
        "c": code, "n": name, "r": list(roles), "d": list(departments), "h": password_hash,
        "v": verifier(session, code, password)}).scalar_one())


def set_disabled(session: Session, code: str, off: bool) -> None:
    session.execute(text("SELECT bo_staff_set_disabled(:c, :o)"), {"c": code, "o": off})


def reset(session: Session, code: str, password_hash: str, password: str) -> None:
    session.execute(text("SELECT bo_staff_reset(:c, :h, :v)"),
                    {"c": code, "h": password_hash, "v": verifier(session, code, password)})


def set_roles(session: Session, code: str, roles: Sequence[str]) -> None:
    session.execute(text("SELECT bo_staff_set_roles(:c, :r)"), {"c": code, "r": list(roles)})


def set_departments(session: Session, code: str, departments: Sequence[str]) -> None:
    session.execute(text("SELECT bo_staff_set_departments(:c, :d)"), {"c": code, "d": list(departments)})
