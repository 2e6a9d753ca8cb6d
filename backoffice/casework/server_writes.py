"""Writes that cannot be forged (issue 19 item 3): the PostgreSQL functions through which a
person connected as their own login role (backoffice/accounts/rls.py) appends to the audit
log and changes an application's status. Persons hold no INSERT, UPDATE or DELETE on the
tables; these SECURITY DEFINER functions do the write after checking, on the server:

- `bo_audit(action, target, detail)`: one entry of the hash chain, the actor taken from the
  session's login role (never a parameter), the chain lock and the hash exactly as
  backoffice/audit/log.py makes them, so `audit verify` checks these entries like any other.
- `bo_transition(application_id, action, reason)`: the transition table generated from
  `backoffice.casework.workflow.RULES` (source statuses, target, permission), the person's
  roles and departments by the core's matrix (bo_rule), the two-step rule (the recommender
  never decides), then the status, the application_events row and the audit entry in one
  transaction.

- `bo_person_login(code, verifier)` / `bo_person_disable(code)`: an administrator creates,
  re-passwords (SCRAM verifier made on the workstation) and disables a person's login role.

Since migration 0015 `bo_transition` also does what the core's services do with a change
(casework/review.py, casework/notices.py), so a desktop connected as the person
(`[database] per_person = true`, administration/staff.py `sign_in`) gets the same result: the
applicant notice of the rule (text generated from notices.MESSAGES), the recommendation and
its recommender, the return time, the decision time and decider with the export item of a
final decision, and the claim released. `bo_logged_in()` records a person's login (time and
audit entry) and `bo_password_changed()` clears their "choose a new password" flag after they
set their own role's password. Not done on the server: the register-answer gate of approvals
(records-v1 §4) is checked by the desktop before it calls bo_transition, not by the server.
"""

from __future__ import annotations

from backoffice.accounts.permissions import MATRIX
from backoffice.accounts.rls import PERSON_GROUP
from backoffice.accounts.server_sql import (
    PATH,
    caller_departments,
    caller_roles,
    check_schema,
    from_caller,
    lit,
    refuse_foreign_role,
)
from backoffice.casework.notices import MESSAGES
from backoffice.casework.workflow import APPROVED, PENDING, REJECTED, RULES, WITHDRAWN

# Actions counter staff take on any department's application (scope.may_see(handover=True),
# issuance/delivery.py): bo_transition checks their permission with the handover exception.
HANDOVER_ACTIONS = ("deliver",)
AUDIT_LOCK_KEY = 0x6175646974  # the advisory lock of backoffice/audit/log.py (_PG_LOCK_KEY)


def _rules_values() -> str:
    rows = []
    for r in RULES:
        if "new" in r.source:
            continue  # receiving is the agent's (intake), never a person's status change
        assert r.permission in MATRIX
        sources = "ARRAY[" + ", ".join(lit(s) for s in sorted(r.source)) + "]::text[]"
        notice = "NULL::text" if r.notice is None else lit(r.notice)
        message = "NULL::text" if r.notice is None else lit(MESSAGES[r.notice])
        rows.append(f"({lit(r.action)}, {sources}, {lit(r.target)}, {lit(r.permission)}, "
                    f"{notice}, {message})")
    return ",\n            ".join(rows)


def install_sql(schema: str) -> list[str]:
    check_schema(schema)
    s = schema
    me = from_caller(s)
    second = ", ".join(lit(a) for a in (APPROVED, REJECTED))
    final = ", ".join(lit(a) for a in (APPROVED, REJECTED, WITHDRAWN))
    handover = "ARRAY[" + ", ".join(lit(a) for a in HANDOVER_ACTIONS) + "]::text[]"
    return [
        # Python's json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_canonical(j jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE {PATH} AS $$
DECLARE out text;
BEGIN
    CASE jsonb_typeof(j)
    WHEN 'object' THEN
        SELECT '{{' || COALESCE(string_agg(to_json(e.k)::text || ':' || {s}.bo_canonical(e.v), ','
                                           ORDER BY e.k COLLATE "C"), '') || '}}'
          INTO out FROM jsonb_each(j) AS e(k, v);
    WHEN 'array' THEN
        SELECT '[' || COALESCE(string_agg({s}.bo_canonical(e.v), ',' ORDER BY e.n), '') || ']'
          INTO out FROM jsonb_array_elements(j) WITH ORDINALITY AS e(v, n);
    ELSE
        out := j::text;
    END CASE;
    RETURN out;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_audit(action text, target text, detail jsonb) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE
    who text; last_seq bigint; prev text; at_ timestamptz; body text; h text;
    place text := left(COALESCE(host(inet_client_addr()), 'local'), 100);
BEGIN
    SELECT st.code INTO who {me};
    IF who IS NULL THEN
        RAISE EXCEPTION 'only a member of staff connected as their own role writes audit entries'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock({AUDIT_LOCK_KEY});
    SELECT a.seq, a.hash INTO last_seq, prev FROM {s}.audit_log a ORDER BY a.seq DESC LIMIT 1;
    last_seq := COALESCE(last_seq, 0);
    prev := COALESCE(prev, repeat('0', 64));
    at_ := date_trunc('second', now());
    body := {s}.bo_canonical(jsonb_build_object(
        'seq', last_seq + 1,
        'at', to_char(at_ AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS".000000Z"'),
        'actor', who, 'workstation', place, 'action', action, 'target', COALESCE(target, ''),
        'detail', COALESCE(detail, '{{}}'::jsonb), 'prev', prev));
    h := encode(sha256(convert_to(body, 'UTF8')), 'hex');
    INSERT INTO {s}.audit_log (seq, at, actor, workstation, action, target, detail, prev_hash, hash)
    VALUES (last_seq + 1, at_, who, place, action, COALESCE(target, ''),
            COALESCE(detail, '{{}}'::jsonb)::json, prev, h);
    RETURN last_seq + 1;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_transition(app_id text, action text, reason text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE
    me_id integer; my_roles text[]; my_depts text[];
    rule record; app record;
BEGIN
    SELECT st.id INTO me_id {me};
    IF me_id IS NULL THEN
        RAISE EXCEPTION 'only a member of staff connected as their own role changes a status'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    {caller_roles(s)}
    {caller_departments(s)}
    SELECT * INTO rule FROM (VALUES
            {_rules_values()}
        ) AS t(action, sources, target, permission, notice, message) WHERE t.action = bo_transition.action;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown action %', action USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT a.id, a.department, a.status, a.revision, a.recommended_by INTO app
      FROM {s}.applications a WHERE a.application_id = app_id FOR UPDATE;
    IF NOT FOUND OR NOT {s}.bo_rule(my_roles, my_depts, app.department, 'application.view', true) THEN
        RAISE EXCEPTION 'no application %', app_id USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT {s}.bo_rule(my_roles, my_depts, app.department, rule.permission,
                       action = ANY({handover})) THEN
        RAISE EXCEPTION '% may not %', session_user, rule.permission USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT app.status = ANY(rule.sources) THEN
        RAISE EXCEPTION 'cannot % an application that is %', action, app.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF app.status = {lit(PENDING)} AND rule.target IN ({second}) AND app.recommended_by = me_id THEN
        RAISE EXCEPTION 'the recommender may not decide the second step'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE {s}.applications SET status = rule.target, updated_at = date_trunc('second', now())
     WHERE id = app.id;
    INSERT INTO {s}.application_events (application_pk, revision, at, actor_id, action, from_status,
                                       to_status, reason)
    VALUES (app.id, app.revision, date_trunc('second', now()), me_id, action, app.status,
            rule.target, reason);
    -- the audit entry first: it takes the chain lock, under which an export item's id is
    -- handed out (casework/review.py _final, export/batch.py)
    PERFORM {s}.bo_audit('application.' || action, 'application:' || app_id,
                         jsonb_build_object('revision', app.revision, 'from_status', app.status,
                                            'to_status', rule.target, 'reason', reason));
    -- what the core's services do with the change (casework/review.py)
    IF action IN ('recommend_approve', 'recommend_reject') THEN
        UPDATE {s}.applications SET recommendation = substr(action, 11), recommended_by = me_id,
               claimed_by = NULL, claim_expires_at = NULL WHERE id = app.id;
    ELSIF action = 'send_back' THEN
        UPDATE {s}.applications SET recommendation = NULL WHERE id = app.id;
    ELSIF action = 'return' THEN
        UPDATE {s}.applications SET returned_at = date_trunc('second', now()), claimed_by = NULL,
               claim_expires_at = NULL WHERE id = app.id;
    ELSIF rule.target IN ({final}) THEN
        UPDATE {s}.applications SET decided_at = date_trunc('second', now()), decided_by = me_id,
               claimed_by = NULL, claim_expires_at = NULL WHERE id = app.id;
        INSERT INTO {s}.export_items (application_pk, procedure, decision, decided_at, decided_by)
        SELECT app.id, a.procedure, rule.target, date_trunc('second', now()),
               (SELECT e.actor_id FROM {s}.application_events e
                 WHERE e.application_pk = app.id AND e.to_status = rule.target
                 ORDER BY e.at, e.id LIMIT 1)
          FROM {s}.applications a WHERE a.id = app.id;
    END IF;
    -- the applicant's notice (casework/notices.py), in the same transaction
    IF rule.notice IS NOT NULL THEN
        INSERT INTO {s}.notices (message_id, application_pk, application_id, revision, event, at,
                                 message, reason, attachment, written_at)
        VALUES (gen_random_uuid()::text, app.id, app_id, app.revision, rule.notice, now(),
                rule.message, reason, NULL, NULL);
    END IF;
    RETURN rule.target;
END
$$""",
        *_login_functions(s, me),
        *_person_role_functions(s, me),
        f"REVOKE ALL ON FUNCTION {s}.bo_audit(text, text, jsonb) FROM PUBLIC",
        f"REVOKE ALL ON FUNCTION {s}.bo_person_login(text, text) FROM PUBLIC",
        f"REVOKE ALL ON FUNCTION {s}.bo_person_disable(text) FROM PUBLIC",
        f"REVOKE ALL ON FUNCTION {s}.bo_transition(text, text, text) FROM PUBLIC",
        f"REVOKE ALL ON FUNCTION {s}.bo_logged_in() FROM PUBLIC",
        f"REVOKE ALL ON FUNCTION {s}.bo_password_changed() FROM PUBLIC",
    ]


def _login_functions(s: str, me: str) -> list[str]:
    """bo_logged_in(): a person's login, its time on their staff row and the audit entry.
    bo_password_changed(): after the person set their own role's password (ALTER ROLE
    CURRENT_USER PASSWORD, which PostgreSQL lets every role do for itself), the "choose a new
    password" flag an administrator's reset set is cleared and the change audited."""
    return [
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_logged_in() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; who text;
BEGIN
    SELECT st.id, st.code INTO me_id, who {me};
    IF me_id IS NULL THEN
        RAISE EXCEPTION 'only a member of staff connected as their own role logs in'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE {s}.staff SET last_login_at = date_trunc('second', now()) WHERE id = me_id;
    PERFORM {s}.bo_audit('login', 'staff:' || who, '{{}}'::jsonb);
    RETURN me_id;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_password_changed() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; who text;
BEGIN
    SELECT st.id, st.code INTO me_id, who {me};
    IF me_id IS NULL THEN
        RAISE EXCEPTION 'only a member of staff connected as their own role changes their password'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE {s}.staff SET must_change_password = false WHERE id = me_id;
    PERFORM {s}.bo_audit('staff.password_own', 'staff:' || who, '{{}}'::jsonb);
    RETURN me_id;
END
$$""",
    ]


def _person_role_functions(s: str, me: str) -> list[str]:
    """bo_person_login(code, verifier) / bo_person_disable(code): an administrator connected
    as their own role creates a person's login role (or sets its password: a SCRAM verifier
    made on the workstation, never the password) and disables it. They touch only roles
    named bo_<code> of an existing staff row that are (or become) plain members of the
    persons' group; the function's owner needs CREATEROLE (docs/deployment-postgresql.md)."""
    group = lit(PERSON_GROUP)
    check = f"""
    SELECT st.id INTO me_id {me};
    {caller_roles(s)}
    IF me_id IS NULL OR NOT {s}.bo_rule(my_roles, ARRAY[]::text[], NULL, 'staff.manage', false) THEN
        RAISE EXCEPTION 'only an administrator connected as their own role manages logins'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF lower(staff_code) !~ '^[a-z0-9_]{{1,32}}$' THEN
        RAISE EXCEPTION 'staff code % cannot name a role', staff_code USING ERRCODE = 'invalid_parameter_value';
    END IF;
    {refuse_foreign_role(group)}"""
    declare = "DECLARE me_id integer; my_roles text[]; role_name text; foreign_role boolean;"
    return [
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_person_login(staff_code text, verifier text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
{declare}
BEGIN{check}
    IF NOT EXISTS (SELECT 1 FROM {s}.staff st WHERE lower(st.code) = lower(staff_code) AND NOT st.disabled) THEN
        RAISE EXCEPTION 'no enabled account %', staff_code USING ERRCODE = 'no_data_found';
    END IF;
    IF verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier made on the workstation, never a password'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF foreign_role IS NULL THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT PASSWORD %L IN ROLE %I',
                       role_name, verifier, {group});
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role_name, verifier);
    END IF;
    PERFORM {s}.bo_audit('staff.db_login', 'staff:' || staff_code,
                         jsonb_build_object('role', role_name, 'created', foreign_role IS NULL));
    RETURN role_name;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_person_disable(staff_code text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
{declare}
BEGIN{check}
    IF foreign_role IS NULL THEN
        RAISE EXCEPTION 'no login role %', role_name USING ERRCODE = 'no_data_found';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', role_name);
    PERFORM {s}.bo_audit('staff.db_login_disabled', 'staff:' || staff_code,
                         jsonb_build_object('role', role_name));
    RETURN role_name;
END
$$""",
    ]


def deliver_sql(schema: str) -> list[str]:
    """bo_deliver(application_id, method, id_document, note) (migration 0019): counter staff
    connected as their own role hand over (or record as mailed / sent) an issued document. It
    checks delivery.record with the counter's handover exception (issuance/delivery.py), writes
    the delivery row in the caller's name (staff_id from the login role, never a parameter) and
    changes the status through bo_transition (event, audit entry, the applicant's `delivered`
    notice) in the same transaction. The audit entry of a delivery made this way carries what
    bo_transition records (statuses, revision); the method, identity document and serial are
    on the delivery row."""
    check_schema(schema)
    s = schema
    me = from_caller(s)
    return [f"""
CREATE OR REPLACE FUNCTION {s}.bo_deliver(app_id text, method text, id_document text DEFAULT NULL,
                                         note text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; my_roles text[]; my_depts text[]; app record;
BEGIN
    SELECT st.id INTO me_id {me};
    {caller_roles(s)}
    {caller_departments(s)}
    IF me_id IS NULL OR NOT {s}.bo_rule(my_roles, ARRAY[]::text[], NULL, 'delivery.record', false) THEN
        RAISE EXCEPTION 'only a member of staff who records deliveries, connected as their own role'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF method IS NULL OR method NOT IN ('counter', 'mail', 'electronic') THEN
        RAISE EXCEPTION 'delivery method %', method USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT a.id, a.department, a.certificate_serial INTO app
      FROM {s}.applications a WHERE a.application_id = app_id FOR UPDATE;
    IF NOT FOUND OR NOT {s}.bo_rule(my_roles, my_depts, app.department, 'delivery.record', true) THEN
        RAISE EXCEPTION 'no application %', app_id USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO {s}.deliveries (application_pk, certificate_serial, method, at, staff_id, id_document, note)
    VALUES (app.id, app.certificate_serial, method, now(), me_id, id_document, NULLIF(note, ''));
    RETURN {s}.bo_transition(app_id, 'deliver', NULL);
END
$$""", f"REVOKE ALL ON FUNCTION {s}.bo_deliver(text, text, text, text) FROM PUBLIC"]


def uninstall_sql() -> list[str]:
    return ["DROP FUNCTION IF EXISTS bo_password_changed()",
            "DROP FUNCTION IF EXISTS bo_logged_in()",
            "DROP FUNCTION IF EXISTS bo_person_disable(text)",
            "DROP FUNCTION IF EXISTS bo_person_login(text, text)",
            "DROP FUNCTION IF EXISTS bo_transition(text, text, text)",
            "DROP FUNCTION IF EXISTS bo_audit(text, text, jsonb)",
            "DROP FUNCTION IF EXISTS bo_canonical(jsonb)"]


def grant_sql(schema: str, group: str) -> list[str]:
    """EXECUTE on the write functions for the persons' group role."""
    g = '"' + group.replace('"', '""') + '"'
    return [f"GRANT EXECUTE ON FUNCTION {schema}.bo_audit(text, text, jsonb) TO {g}",
            f"GRANT EXECUTE ON FUNCTION {schema}.bo_person_login(text, text) TO {g}",
            f"GRANT EXECUTE ON FUNCTION {schema}.bo_person_disable(text) TO {g}",
            f"GRANT EXECUTE ON FUNCTION {schema}.bo_transition(text, text, text) TO {g}",
            f"GRANT EXECUTE ON FUNCTION {schema}.bo_logged_in() TO {g}",
            f"GRANT EXECUTE ON FUNCTION {schema}.bo_password_changed() TO {g}"]
