"""Issuing as the person (issue 19 item 3, migration 0020): the PostgreSQL functions through
which a member of staff connected as their own login role (`[database] per_person = true`)
issues, reprints and revokes certificates and notices. Persons hold no INSERT or UPDATE on
`certificates`, `serial_counters`, `applications`, `notices` or `issuing_keys`; these
SECURITY DEFINER functions write them after checking, on the server, the caller's roles and
departments by the core's matrix (`bo_rule`, backoffice/accounts/rls.py) and the statuses the
core's services check (backoffice/issuance/service.py):

- `bo_next_serial(application_id, kind_code)`: the next serial of (JST year, kind code) for
  an application the caller may issue (certificate.issue; counter staff for any department,
  as the core's handover rule). The counter row is locked until the transaction ends, but
  not moved: only `bo_issue` / `bo_reprint` move it, and only to the serial they store, so
  no number is lost and no other number can be stored.
- `bo_issue(application_id, serial, template, kid, body_text, body_sha256, qr_text, pdf)`:
  the certificate row in the caller's name, the application's serial, `approved -> issued`
  (event), the audit entries `certificate.issue` and `application.issue`, and the applicant's
  notice (`ready_for_pickup` for the counter, else `issued`; the PDF attached for electronic
  delivery) — all decided on the server, in one transaction.
- `bo_close_without_output(application_id)`: an approved application whose procedure has no
  document is closed (event and audit entry), with the same right and handover rule as
  issuing (bo_transition gives the counter's exception to `deliver` only).
- `bo_reprint(old_serial, serial, kid, body_text, body_sha256, qr_text, pdf, reason)`: a new
  copy under a new serial of an issued or delivered application; the old one superseded.
- `bo_revoke(serial, reason)`: certificate.revoke (supervisors) of their own departments,
  with a reason.
- `bo_register_key(kid, public_pem)`: the public half of the workstation's issuing key in the
  registry (`issuing_keys`, which persons cannot read), by someone who issues; a kid already
  registered to another key is refused. `bo_public_keys()`: the registry's key ids and public
  keys (never who made them where) for verifying a paper issued on another workstation.

The issuing private key stays in the workstation's keyring: the QR signature and the PDF are
made there (as on the shared role) and reach the server as values. The server checks who
issues, for which application, in which status, under which serial and key id (the kid must
be registered); it cannot check that the PDF and the signature match the body (no Ed25519 in
PostgreSQL) — whoever checks the paper checks its signature against the registered key.
"""

from __future__ import annotations

from backoffice.accounts.server_sql import (
    PATH,
    caller_facts,
    check_schema,
    lit,
    refuse_unless,
)
from backoffice.casework.notices import MESSAGES
from backoffice.casework.workflow import APPROVED, DELIVERED, ISSUED, RULES
from backoffice.issuance.service import SERIAL_DIGITS
from backoffice.issuance.templates import load_template, template_names

PICKUP, ISSUED_NOTICE = "ready_for_pickup", "issued"  # issue_document's notice events

# What persons may call (backoffice/db/roles.py PERSON_FUNCTIONS lists them for the grants).
FUNCTIONS = ("bo_next_serial(text, text)", "bo_close_without_output(text)",
             "bo_record_requeue(text, text, text, text)",
             "bo_issue(text, text, text, text, text, text, text, bytea)",
             "bo_reprint(text, text, text, text, text, text, bytea, text)",
             "bo_revoke(text, text)",
             "bo_register_key(text, text)", "bo_public_keys()")
_INTERNAL = ("bo_use_serial(text)",)


def _issue_rule() -> tuple[str, str]:
    rule = next(r for r in RULES if r.action == "issue")
    assert rule.source == {APPROVED} and rule.target == ISSUED
    return rule.permission, rule.target


def _close_rule() -> tuple[str, str]:
    rule = next(r for r in RULES if r.action == "close_without_output")
    assert rule.source == {APPROVED} and rule.notice is None
    return rule.permission, rule.target


def _qr_templates() -> str:
    """The shipped templates that print the signed QR: a document of one of them must carry a
    key id and a QR text (a template an office adds later is not known to the server)."""
    names = [n for n in template_names() if load_template(n).show_qr]
    return "ARRAY[" + ", ".join(lit(n) for n in names) + "]::text[]"


def install_sql(schema: str) -> list[str]:
    """The statements migration 0020 runs on PostgreSQL (in `schema`, as the owner)."""
    check_schema(schema)
    s = schema
    permission, target = _issue_rule()
    close_permission, closed = _close_rule()
    who = caller_facts(s)
    declare = "me_id integer; my_roles text[]; my_depts text[];"

    def may(perm: str, what: str) -> str:
        return refuse_unless(s, perm, what)

    def app_of(key: str, perm: str, handover: bool, lock: str = "FOR UPDATE") -> str:
        return f"""
    SELECT a.id, a.application_id, a.department, a.status, a.revision, a.procedure, a.delivery_method
      INTO app FROM {s}.applications a WHERE {key} {lock};
    IF NOT FOUND OR NOT {s}.bo_rule(my_roles, my_depts, app.department, {lit(perm)},
                                    {'true' if handover else 'false'}) THEN
        RAISE EXCEPTION 'no application %', app_key USING ERRCODE = 'no_data_found';
    END IF;"""

    kid_check = f"""
    IF tmpl = ANY({_qr_templates()}) AND (kid IS NULL OR qr_text IS NULL OR qr_text = '') THEN
        RAISE EXCEPTION 'template % prints the signed QR: a key id and a QR text are needed', tmpl
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF kid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {s}.issuing_keys k WHERE k.kid = bo_kid) THEN
        RAISE EXCEPTION 'issuing key % is not registered', kid USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF body_sha256 !~ '^[A-Za-z0-9_-]{{43}}$' OR pdf IS NULL OR length(pdf) = 0 THEN
        RAISE EXCEPTION 'a document needs its body hash and its PDF' USING ERRCODE = 'invalid_parameter_value';
    END IF;"""
    return [
        # records-v1 §5 before issuing (records/issue.py ensure_fresh): a register request queued
        # for an approved application that has none (approved before the exchange was switched
        # on) or whose answer is too old to print (then `record_stale` joins its attention and
        # the old request and its as_of are audited, as the core's queue_again and audit do).
        # The next `records request` of the agent sends it. Migration 0027.
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_record_requeue(app_key text, record_kind text, stale_request text,
                                                stale_as_of text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
#variable_conflict use_variable
DECLARE {declare} app record; n integer; rid text;
BEGIN{who}{may(permission, 'issue documents')}{app_of('a.application_id = app_key', permission, True)}
    IF app.status <> {lit(APPROVED)} THEN
        RAISE EXCEPTION 'cannot ask the register again for an application that is %', app.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF record_kind IS NULL OR record_kind NOT IN ('resident', 'seal', 'tax', 'koseki') THEN
        RAISE EXCEPTION 'register kind %', record_kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF stale_request IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM {s}.record_requests r JOIN {s}.record_answers x ON x.request_pk = r.id
             WHERE r.request_id = stale_request AND r.application_pk = app.id) THEN
        RAISE EXCEPTION 'no answered register request % of %', stale_request, app.application_id
            USING ERRCODE = 'no_data_found';
    END IF;
    SELECT r.request_id INTO rid FROM {s}.record_requests r
     WHERE r.application_pk = app.id AND r.revision = app.revision
       AND NOT EXISTS (SELECT 1 FROM {s}.record_answers x WHERE x.request_pk = r.id)
     LIMIT 1;
    IF rid IS NULL THEN  -- one already waiting for its answer: never two at once
        SELECT COALESCE(max(r.seq), 0) + 1 INTO n FROM {s}.record_requests r
         WHERE r.application_pk = app.id AND r.revision = app.revision;
        rid := app.application_id || '.r' || app.revision || CASE WHEN n > 1 THEN '.' || n ELSE '' END;
        INSERT INTO {s}.record_requests (request_id, application_pk, revision, seq, kind, queued_at)
        VALUES (rid, app.id, app.revision, n, record_kind, now());
    END IF;
    IF stale_request IS NULL THEN
        PERFORM {s}.bo_audit('records.request_queued', 'application:' || app.application_id,
                             jsonb_build_object('request_id', rid));
    ELSE
        UPDATE {s}.applications a
           SET attention = (SELECT COALESCE(jsonb_agg(c), '[]'::jsonb) FROM jsonb_array_elements_text(
                               COALESCE(a.attention::jsonb, '[]'::jsonb)) c WHERE c <> 'record_stale')
                           || '["record_stale"]'::jsonb
         WHERE a.id = app.id;
        PERFORM {s}.bo_audit('records.stale', 'application:' || app.application_id,
                             jsonb_build_object('request_id', stale_request, 'as_of', stale_as_of,
                                                'new_request', rid));
    END IF;
    RETURN rid;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_next_serial(app_key text, kind_code text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
#variable_conflict use_variable
DECLARE {declare} app record; prefix text; n bigint;
BEGIN{who}{may(permission, 'issue documents')}{app_of('a.application_id = app_key', permission, True)}
    IF kind_code IS NULL OR kind_code !~ '^[A-Z0-9]{{1,8}}$' THEN
        RAISE EXCEPTION 'serial kind code %', kind_code USING ERRCODE = 'invalid_parameter_value';
    END IF;
    prefix := to_char(now() AT TIME ZONE 'Asia/Tokyo', 'YYYY') || '-' || kind_code;
    INSERT INTO {s}.serial_counters (prefix, last) VALUES (prefix, 0) ON CONFLICT DO NOTHING;
    SELECT c.last INTO n FROM {s}.serial_counters c WHERE c.prefix = prefix FOR UPDATE;
    RETURN prefix || '-' || lpad((n + 1)::text, greatest({SERIAL_DIGITS}, length((n + 1)::text)), '0');
END
$$""",
        # not callable by persons: bo_issue / bo_reprint move the counter to the serial they store
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_use_serial(serial text) RETURNS void
LANGUAGE plpgsql VOLATILE {PATH} AS $$
#variable_conflict use_variable
DECLARE prefix text; n bigint;
BEGIN
    IF serial IS NULL OR serial !~ '^[0-9]{{4}}-[A-Z0-9]{{1,8}}-[0-9]{{{SERIAL_DIGITS},}}$'
       OR left(serial, 4) <> to_char(now() AT TIME ZONE 'Asia/Tokyo', 'YYYY') THEN
        RAISE EXCEPTION 'serial % is not one of this year''s', serial USING ERRCODE = 'invalid_parameter_value';
    END IF;
    prefix := regexp_replace(serial, '-[0-9]+$', '');
    SELECT c.last INTO n FROM {s}.serial_counters c WHERE c.prefix = prefix FOR UPDATE;
    IF n IS NULL OR substr(serial, length(prefix) + 2)::bigint <> n + 1 THEN
        RAISE EXCEPTION 'serial % is not the next of its counter (bo_next_serial)', serial
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE {s}.serial_counters c SET last = n + 1 WHERE c.prefix = prefix;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_issue(app_key text, serial text, template text, kid text,
                                       body_text text, body_sha256 text, qr_text text, pdf bytea)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
#variable_conflict use_variable
DECLARE {declare} app record; bo_kid text := kid; tmpl text := template; event text; note text;
    at_ timestamptz;
BEGIN{who}{may(permission, 'issue documents')}{app_of('a.application_id = app_key', permission, True)}
    IF app.status <> {lit(APPROVED)} THEN
        RAISE EXCEPTION 'cannot issue an application that is %', app.status USING ERRCODE = 'check_violation';
    END IF;
    IF template IS NULL OR template !~ '^[a-z0-9_-]{{1,64}}$' THEN
        RAISE EXCEPTION 'template %', template USING ERRCODE = 'invalid_parameter_value';
    END IF;{kid_check}
    PERFORM {s}.bo_use_serial(serial);
    at_ := date_trunc('second', now());
    INSERT INTO {s}.certificates (serial, application_pk, kind, template, kid, issued_at, issued_by,
                                  body_text, body_sha256, qr_text, pdf, status)
    VALUES (serial, app.id, app.procedure, template, kid, now(), me_id, body_text, body_sha256,
            qr_text, pdf, 'valid');
    UPDATE {s}.applications SET certificate_serial = serial, status = {lit(target)}, updated_at = at_
     WHERE id = app.id;
    INSERT INTO {s}.application_events (application_pk, revision, at, actor_id, action, from_status,
                                       to_status, reason)
    VALUES (app.id, app.revision, at_, me_id, 'issue', app.status, {lit(target)}, NULL);
    event := CASE WHEN app.delivery_method = 'counter' THEN {lit(PICKUP)} ELSE {lit(ISSUED_NOTICE)} END;
    PERFORM {s}.bo_audit('certificate.issue', 'certificate:' || serial,
                         jsonb_build_object('application', app.application_id, 'kind', app.procedure,
                                            'kid', kid, 'body_sha256', body_sha256));
    PERFORM {s}.bo_audit('application.issue', 'application:' || app.application_id,
                         jsonb_build_object('revision', app.revision, 'from_status', app.status,
                                            'to_status', {lit(target)}, 'reason', NULL, 'serial', serial));
    note := CASE event WHEN {lit(PICKUP)} THEN {lit(MESSAGES[PICKUP])} ELSE {lit(MESSAGES[ISSUED_NOTICE])} END;
    INSERT INTO {s}.notices (message_id, application_pk, application_id, revision, event, at,
                             message, reason, attachment, written_at)
    VALUES (gen_random_uuid()::text, app.id, app.application_id, app.revision, event, now(), note, NULL,
            CASE WHEN app.delivery_method = 'electronic' THEN pdf END, NULL);
    RETURN {lit(target)};
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_close_without_output(app_key text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
#variable_conflict use_variable
DECLARE {declare} app record; at_ timestamptz := date_trunc('second', now());
BEGIN{who}{may(close_permission, 'issue documents')}{app_of('a.application_id = app_key', close_permission, True)}
    IF app.status <> {lit(APPROVED)} THEN
        RAISE EXCEPTION 'cannot close_without_output an application that is %', app.status
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE {s}.applications SET status = {lit(closed)}, updated_at = at_ WHERE id = app.id;
    INSERT INTO {s}.application_events (application_pk, revision, at, actor_id, action, from_status,
                                       to_status, reason)
    VALUES (app.id, app.revision, at_, me_id, 'close_without_output', app.status, {lit(closed)}, NULL);
    PERFORM {s}.bo_audit('application.close_without_output', 'application:' || app.application_id,
                         jsonb_build_object('revision', app.revision, 'from_status', app.status,
                                            'to_status', {lit(closed)}, 'reason', NULL));
    RETURN {lit(closed)};
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_reprint(old_serial text, serial text, kid text, body_text text,
                                         body_sha256 text, qr_text text, pdf bytea, reason text)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
#variable_conflict use_variable
DECLARE {declare} app record; old record; bo_kid text := kid; app_key text; tmpl text;
BEGIN{who}{may(permission, 'issue documents')}
    SELECT c.id, c.application_pk, c.status, c.template INTO old
      FROM {s}.certificates c WHERE c.serial = old_serial FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no certificate %', old_serial USING ERRCODE = 'no_data_found';
    END IF;
    app_key := old_serial;{app_of('a.id = old.application_pk', permission, True)}
    IF old.status <> 'valid' THEN
        RAISE EXCEPTION 'certificate % is %; only the current one can be reprinted', old_serial, old.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF app.status NOT IN ({lit(ISSUED)}, {lit(DELIVERED)}) THEN
        RAISE EXCEPTION '% is %; reprint needs issued or delivered', app.application_id, app.status
            USING ERRCODE = 'check_violation';
    END IF;
    tmpl := old.template;{kid_check}
    PERFORM {s}.bo_use_serial(serial);
    INSERT INTO {s}.certificates (serial, application_pk, kind, template, kid, issued_at, issued_by,
                                  body_text, body_sha256, qr_text, pdf, status)
    VALUES (serial, app.id, app.procedure, old.template, kid, now(), me_id, body_text, body_sha256,
            qr_text, pdf, 'valid');
    UPDATE {s}.certificates SET status = 'superseded', superseded_by = serial WHERE id = old.id;
    UPDATE {s}.applications SET certificate_serial = serial WHERE id = app.id;
    PERFORM {s}.bo_audit('certificate.reprint', 'certificate:' || serial,
                         jsonb_build_object('application', app.application_id, 'supersedes', old_serial,
                                            'reason', NULLIF(reason, '')));
    RETURN serial;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_revoke(serial text, reason text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
#variable_conflict use_variable
DECLARE {declare} app record; cert record; app_key text := serial; why text := btrim(reason);
BEGIN{who}{may('certificate.revoke', 'revoke documents')}
    IF why IS NULL OR why = '' THEN
        RAISE EXCEPTION 'a reason is required to revoke a certificate' USING ERRCODE = 'check_violation';
    END IF;
    SELECT c.id, c.application_pk, c.status INTO cert FROM {s}.certificates c
     WHERE c.serial = bo_revoke.serial FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no certificate %', serial USING ERRCODE = 'no_data_found';
    END IF;{app_of('a.id = cert.application_pk', 'certificate.revoke', False, lock='')}
    IF cert.status = 'revoked' THEN
        RAISE EXCEPTION 'certificate % is already revoked', serial USING ERRCODE = 'check_violation';
    END IF;
    UPDATE {s}.certificates SET status = 'revoked', revoked_reason = why WHERE id = cert.id;
    PERFORM {s}.bo_audit('certificate.revoke', 'certificate:' || serial,
                         jsonb_build_object('application', app.application_id,
                                            'previous_status', cert.status, 'reason', why));
    RETURN cert.status;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_register_key(kid text, public_pem text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
#variable_conflict use_variable
DECLARE {declare} who_code text; row_ record; added integer;
BEGIN{who}
    IF me_id IS NULL OR NOT ({s}.bo_rule(my_roles, ARRAY[]::text[], NULL, {lit(permission)}, false)
                            OR {s}.bo_rule(my_roles, ARRAY[]::text[], NULL, 'keys.manage', false)) THEN
        RAISE EXCEPTION 'only a member of staff who issues documents registers an issuing key'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF kid IS NULL OR kid !~ '^[A-Za-z0-9._:-]{{1,64}}$'
       OR public_pem !~ '^-----BEGIN PUBLIC KEY-----' OR length(public_pem) > 1000 THEN
        RAISE EXCEPTION 'issuing key % (a kid and a PEM public key)', kid USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT st.code INTO who_code FROM {s}.staff st WHERE st.id = me_id;
    INSERT INTO {s}.issuing_keys (kid, public_pem, created_at, created_by, workstation)
    VALUES (kid, public_pem, date_trunc('second', now()), left(who_code, 32),
            left(COALESCE(host(inet_client_addr()), 'local'), 100))
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    IF added = 1 THEN
        PERFORM {s}.bo_audit('keys.register', 'key:' || kid, '{{}}'::jsonb);
        RETURN true;
    END IF;
    SELECT k.public_pem, k.workstation INTO row_ FROM {s}.issuing_keys k WHERE k.kid = bo_register_key.kid;
    IF btrim(row_.public_pem, E' \\n') <> btrim(public_pem, E' \\n') THEN
        RAISE EXCEPTION 'issuing key id % is already registered to a different key (created on %)',
            kid, row_.workstation USING ERRCODE = 'unique_violation';
    END IF;
    RETURN false;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_public_keys() RETURNS TABLE (kid text, public_pem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
#variable_conflict use_column
DECLARE {declare}
BEGIN{who}
    IF me_id IS NULL OR NOT ({s}.bo_rule(my_roles, ARRAY[]::text[], NULL, 'certificate.verify', false)
                            OR {s}.bo_rule(my_roles, ARRAY[]::text[], NULL, 'keys.manage', false)) THEN
        RAISE EXCEPTION 'only a member of staff who verifies documents reads the issuing keys'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT k.kid::text, k.public_pem::text FROM {s}.issuing_keys k ORDER BY k.kid;
END
$$""",
        *(f"REVOKE ALL ON FUNCTION {s}.{f} FROM PUBLIC" for f in (*FUNCTIONS, *_INTERNAL)),
    ]


def uninstall_sql() -> list[str]:
    return [f"DROP FUNCTION IF EXISTS {f}" for f in (*FUNCTIONS, *_INTERNAL)]
