"""Counter work, inquiries, appointments and reassignment by a person connected as their own
login role (issue 19 item 3, `[database] per_person = true`, PostgreSQL; migration 0021).

Persons hold no INSERT, UPDATE or DELETE on these tables (backoffice/db/roles.py). What the
core's services write for these actions is written by the SECURITY DEFINER functions below,
which take the actor from the session's login role (never a parameter), check the role by the
core's matrix (`bo_rule`, generated from accounts/permissions.MATRIX) and the department as
the service does (accounts/scope.py), and append the audit entries through `bo_audit` (so
they are in the person's name and in the hash chain):

- `bo_counter_number()` / `bo_counter_enter(entry, scan)`: a walk-in application
  (intake/counter_entry.py `enter`): the CTR- number, then the application, its revision
  with the application.json, the scanned paper, the counter entry, the counter payment, the
  events and the audit entries. The department is the procedure's in the catalog the
  database holds (procedure_versions), never the caller's. `bo_scan_attached(path)` answers
  whether a waiting scan is attached already (counter staff read no documents).
- `bo_inquiry_enter/assign/note/link/answer/close` (portal/inquiries.py): a phone or counter
  inquiry, the entry in the person's name, the status, and for an answer the inquiry_answer/1 row of the outbox (signed when
  the outbox is flushed, as every other message).
- `bo_seats_taken(location, from, to)`: the booked seats of every slot, counted over all
  bookings, names left out (a person's reads of `appointments` are limited by the row
  policy below; the count must not be).
- `bo_appointment_book/set/link` (supervision/appointments.py): the seat chosen under the
  slot's row lock, the booking in the person's name, the applicant's notice.
- `bo_reassign(application, staff code, lease minutes)` (casework/reassign.py hand_over).

Row policies: `appointments` under row-level security as `supervision.appointments._visible`
reads them (bookings of no application, and those of an application of the person's
departments, every department for counter staff); `inquiries` and `inquiry_entries` of an
inquiry no one has given a department yet are readable by every person who may view
inquiries (portal/inquiries.py `_scope`), which the policies of migration 0013 did not allow.

Left to the core, not checked again on the server: the entry's field rules
(counter_entry.validate), the fee the catalog asks for, whether a procedure waits for a
register answer (config), the counter's opening days and slot grid (counters.schedule).
"""

from __future__ import annotations

from backoffice.accounts.permissions import MATRIX
from backoffice.accounts.server_sql import (
    CALLER,
    PATH,
    caller_departments,
    caller_roles,
    check_schema,
    lit,
)
from backoffice.casework.notices import MESSAGES
from backoffice.casework.review import CLAIMABLE
from backoffice.casework.workflow import PENDING
from backoffice.intake.scans import KIND as SCAN_KIND

COUNTER_PREFIX = "CTR"  # intake/counter_entry.py ID_PREFIX
TEXT_LIMIT = 4000  # portal/inquiries.py TEXT_LIMIT and ANSWER_LIMIT
NAME_LIMIT = 200  # portal/inquiries.py NAME_LIMIT
MAX_LEASE_MINUTES = 24 * 60

# What migration 0021 installs, with the signatures persons are granted EXECUTE on
# (backoffice/db/roles.py PERSON_FUNCTIONS lists them too).
FUNCTIONS = ("bo_counter_number()", "bo_counter_enter(jsonb, bytea)", "bo_scan_attached(text)",
             "bo_inquiry_assign(text, text, text)", "bo_inquiry_note(text, text)",
             "bo_inquiry_answer(text, text)", "bo_inquiry_close(text, text)",
             "bo_inquiry_enter(jsonb)", "bo_inquiry_link(text, text)",
             "bo_seats_taken(integer, timestamp with time zone, timestamp with time zone)",
             "bo_appointment_book(text, timestamp with time zone, timestamp with time zone, text, text, "
             "integer, text)",
             "bo_appointment_set(integer, text)", "bo_appointment_link(integer, text)",
             "bo_reassign(text, text, integer)")
APPOINTMENT_POLICY = "bo_person_read"
INQUIRY_POLICY = "bo_person_read_undepartmented"


def _me(s: str, permission: str, what: str) -> str:
    """The caller's staff row, roles and departments, and the permission (no department)."""
    assert permission in MATRIX
    return f"""
    SELECT st.id, st.code INTO me_id, me_code FROM {s}.staff st
     WHERE {CALLER};
    {caller_roles(s)}
    {caller_departments(s)}
    IF me_id IS NULL OR NOT {s}.bo_rule(my_roles, ARRAY[]::text[], NULL, {lit(permission)}, false) THEN
        RAISE EXCEPTION 'only a member of staff who may {what}, connected as their own role'
            USING ERRCODE = 'insufficient_privilege';
    END IF;"""


_DECLARE_ME = "me_id integer; me_code text; my_roles text[]; my_depts text[];"


def _fn(s: str, signature: str, returns: str, declare: str, body: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {s}.{signature} RETURNS {returns}
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE {_DECLARE_ME} {declare}
BEGIN{body}
END
$$"""


def _notice(s: str, app: str, event: str, when: str, counter: str) -> str:
    """The applicant's notice of a booking or cancellation (appointments._notify):
    MESSAGES[event] + （M月D日 HH:MM、counter）, Japan time."""
    return f"""
    INSERT INTO {s}.notices (message_id, application_pk, application_id, revision, event, at, message,
                             reason, attachment, written_at)
    SELECT gen_random_uuid()::text, a.id, a.application_id, a.revision, {lit(event)}, now(),
           {lit(MESSAGES[event])} || '（' || to_char({when} AT TIME ZONE 'Asia/Tokyo', 'FMMM"月"FMDD"日 "HH24:MI')
           || '、' || {counter} || '）', NULL, NULL, NULL
      FROM {s}.applications a WHERE a.id = {app};"""


def _counter_sql(s: str) -> list[str]:
    year = "extract(year FROM now() AT TIME ZONE 'Asia/Tokyo')::integer"
    number = _fn(s, "bo_counter_number()", "text", "p text; n integer;", _me(s, "counter.enter", "enter walk-in applications") + f"""
    p := {lit(COUNTER_PREFIX)} || '-' || {year};
    INSERT INTO {s}.serial_counters (prefix, last) VALUES (p, 0) ON CONFLICT (prefix) DO NOTHING;
    UPDATE {s}.serial_counters c SET last = c.last + 1 WHERE c.prefix = p RETURNING c.last INTO n;
    RETURN p || '-' || lpad(n::text, 7, '0');""")
    enter = _fn(s, "bo_counter_enter(entry jsonb, scan_data bytea DEFAULT NULL)", "integer",
                "app_id text; proc text; dept text; doc jsonb; waits boolean; status text; pk integer; "
                "rev_pk integer; fee integer; receipt text; scan jsonb; handed integer; at_ timestamptz := now();",
                _me(s, "counter.enter", "enter walk-in applications") + f"""
    app_id := entry->>'application_id';
    proc := entry->>'procedure';
    IF app_id IS NULL OR app_id !~ '^{COUNTER_PREFIX}-[0-9]{{4}}-[0-9]{{7}}$' THEN
        RAISE EXCEPTION 'application id %: not a counter number', app_id USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT c.last INTO handed FROM {s}.serial_counters c WHERE c.prefix = left(app_id, 8);
    IF handed IS NULL OR substr(app_id, 10)::integer > handed THEN
        RAISE EXCEPTION 'application id % was not handed out by bo_counter_number', app_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT pv.entry->>'department' INTO dept FROM {s}.procedure_versions pv
     WHERE pv.code = proc AND pv.effective_from <= (now() AT TIME ZONE 'Asia/Tokyo')::date
     ORDER BY pv.effective_from DESC LIMIT 1;
    IF dept IS NULL THEN
        RAISE EXCEPTION 'unknown procedure %', proc USING ERRCODE = 'invalid_parameter_value';
    END IF;
    doc := (entry->>'application_json')::jsonb;
    IF doc->>'application_id' IS DISTINCT FROM app_id OR doc->>'channel' IS DISTINCT FROM 'counter'
       OR doc->>'procedure' IS DISTINCT FROM proc OR (doc->>'revision')::integer IS DISTINCT FROM 1
       OR doc->'applicant'->>'name' IS DISTINCT FROM entry->>'name'
       OR doc->'applicant'->>'address' IS DISTINCT FROM entry->>'address' THEN
        RAISE EXCEPTION 'application.json does not describe counter application %', app_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF entry->>'delivery_method' IS NULL OR entry->>'delivery_method' NOT IN ('counter', 'mail')
       OR COALESCE(entry->>'id_document', '') = '' THEN
        RAISE EXCEPTION 'a delivery method (counter or mail) and the identity document checked are needed'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (entry->>'due_date')::date < (now() AT TIME ZONE 'Asia/Tokyo')::date THEN
        RAISE EXCEPTION 'due date % is in the past', entry->>'due_date' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    waits := COALESCE((entry->>'waits')::boolean, false);
    status := CASE WHEN waits THEN 'received' ELSE 'ready_for_review' END;
    fee := COALESCE((entry->>'fee')::integer, 0);
    receipt := NULLIF(entry->>'receipt_no', '');
    IF fee < 0 OR (fee > 0 AND receipt IS NULL) THEN
        RAISE EXCEPTION 'a fee needs the receipt number of its payment' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF receipt IS NOT NULL AND EXISTS (SELECT 1 FROM {s}.counter_payments p WHERE p.receipt_no = receipt) THEN
        RAISE EXCEPTION 'receipt_used' USING ERRCODE = 'unique_violation';
    END IF;
    scan := entry->'scan';
    IF scan_data IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext(scan->>'path'));
        IF EXISTS (SELECT 1 FROM {s}.documents d WHERE d.path = scan->>'path') THEN
            RAISE EXCEPTION 'scan_used' USING ERRCODE = 'unique_violation';
        END IF;
    END IF;
    INSERT INTO {s}.applications (application_id, revision, procedure, department, status, attention,
        applicant_name, applicant_kana, search_key, birth_date, postal_code, address, delivery_method,
        fee_due, payment_amount, submitted_at, received_at, updated_at, paused_days, due_date)
    VALUES (app_id, 1, proc, dept, status, '[]'::json, entry->>'name', entry->>'kana', entry->>'search_key',
        (entry->>'birth_date')::date, entry->>'postal_code', entry->>'address', entry->>'delivery_method',
        fee, NULLIF(fee, 0), at_, at_, at_, 0, (entry->>'due_date')::date)
    RETURNING id INTO pk;
    INSERT INTO {s}.revisions (application_pk, revision, bundle_id, application_json, signature_json,
        gateway_json, submitted_at, received_at, attention, signature_checks)
    VALUES (pk, 1, gen_random_uuid()::text, convert_to(entry->>'application_json', 'UTF8'), NULL,
        convert_to('{{"channel": "counter"}}', 'UTF8'), at_, at_, '[]'::json, '[]'::json)
    RETURNING id INTO rev_pk;
    IF scan_data IS NOT NULL THEN
        INSERT INTO {s}.documents (revision_pk, attachment_id, kind, original_file, path, media_type, sha256,
            pages, actions, data)
        VALUES (rev_pk, 'scan-1', {lit(SCAN_KIND)}, scan->>'file', scan->>'path', scan->>'media_type',
            encode(sha256(scan_data), 'hex'), (scan->>'pages')::integer, COALESCE(scan->'actions', '[]')::json,
            scan_data);
    END IF;
    INSERT INTO {s}.counter_entries (application_pk, entered_at, entered_by, id_document, paper_documents, seconds)
    VALUES (pk, at_, me_id, entry->>'id_document', COALESCE((entry->>'paper_documents')::integer, 0),
            (entry->>'seconds')::integer);
    IF fee > 0 THEN
        INSERT INTO {s}.counter_payments (application_pk, receipt_no, amount, received_at, staff_id)
        VALUES (pk, receipt, fee, at_, me_id);
    END IF;
    INSERT INTO {s}.application_events (application_pk, revision, at, actor_id, action, from_status, to_status, reason)
    VALUES (pk, 1, at_, me_id, 'counter_receive', NULL, 'received', NULL);
    PERFORM {s}.bo_audit('application.counter_receive', 'application:' || app_id,
        jsonb_build_object('revision', 1, 'from_status', 'new', 'to_status', 'received', 'reason', NULL,
                           'channel', 'counter', 'procedure', proc));
    IF NOT waits THEN  -- the system's step (counter-entry) in the core; here within the person's entry
        INSERT INTO {s}.application_events (application_pk, revision, at, actor_id, action, from_status,
                                           to_status, reason)
        VALUES (pk, 1, at_, NULL, 'checks_passed', 'received', 'ready_for_review', NULL);
        PERFORM {s}.bo_audit('application.checks_passed', 'application:' || app_id,
            jsonb_build_object('revision', 1, 'from_status', 'received', 'to_status', 'ready_for_review',
                               'reason', NULL, 'attention', '[]'::jsonb, 'by', 'counter-entry'));
    END IF;
    IF scan_data IS NOT NULL THEN
        PERFORM {s}.bo_audit('counter.scan_attach', 'application:' || app_id,
            jsonb_build_object('file', scan->>'file', 'pages', (scan->>'pages')::integer,
                               'scan', left(scan->>'key', 16)));
    END IF;
    IF fee > 0 THEN
        PERFORM {s}.bo_audit('payment.counter', 'application:' || app_id,
            jsonb_build_object('amount', fee, 'receipt', receipt));
    END IF;
    RETURN pk;""")
    # scans.clear_attached: is this waiting scan attached already (a crash between the commit
    # and the move)? Counter staff may not read documents; the answer names no one.
    attached = f"""
CREATE OR REPLACE FUNCTION {s}.bo_scan_attached(scan_path text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE {_DECLARE_ME}
BEGIN{_me(s, "counter.enter", "enter walk-in applications")}
    RETURN EXISTS (SELECT 1 FROM {s}.documents d WHERE d.path = scan_path);
END
$$"""
    return [number, enter, attached]


def _inquiry_load(s: str) -> str:
    """The inquiry, locked; refused when it is of a department not the caller's
    (portal/inquiries.py _check_department: one without a department is everyone's)."""
    return f"""
    SELECT i.id, i.inquiry_id, i.status, i.department, i.application_id, i.assigned_staff_id INTO inq
      FROM {s}.inquiries i WHERE i.inquiry_id = lower(iid) FOR UPDATE;
    IF NOT FOUND OR NOT (inq.department = ''
                         OR {s}.bo_rule(my_roles, my_depts, inq.department, 'inquiry.handle', false)) THEN
        RAISE EXCEPTION 'no inquiry %', iid USING ERRCODE = 'no_data_found';
    END IF;"""


_OPEN = """
    IF inq.status = 'closed' THEN
        RAISE EXCEPTION 'inquiry % is closed', inq.inquiry_id USING ERRCODE = 'check_violation';
    END IF;"""


def _text_check(var: str, what: str) -> str:
    return f"""
    IF {var} IS NULL OR btrim({var}) = '' OR length({var}) > {TEXT_LIMIT} THEN
        RAISE EXCEPTION 'the {what} must hold 1-{TEXT_LIMIT} characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;"""


def _inquiry_sql(s: str) -> list[str]:
    me = _me(s, "inquiry.handle", "handle inquiries")
    assign = _fn(s, "bo_inquiry_assign(iid text, staff_code text DEFAULT NULL, new_department text DEFAULT NULL)",
                 "text", "inq record; who integer; to_code text;", me + _inquiry_load(s) + _OPEN + f"""
    IF new_department IS NOT NULL THEN
        IF NOT EXISTS (SELECT 1 FROM {s}.procedure_versions pv WHERE pv.entry->>'department' = new_department) THEN
            RAISE EXCEPTION 'unknown department %', new_department USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NOT {s}.bo_rule(my_roles, my_depts, new_department, 'inquiry.handle', false) THEN
            RAISE EXCEPTION '% does not work for %', me_code, new_department USING ERRCODE = 'insufficient_privilege';
        END IF;
        UPDATE {s}.inquiries SET department = new_department WHERE id = inq.id;
        inq.department := new_department;
    END IF;
    to_code := COALESCE(staff_code, me_code);
    SELECT st.id INTO who FROM {s}.staff st WHERE st.code = to_code AND NOT st.disabled;
    IF who IS NULL THEN
        RAISE EXCEPTION 'no active staff member %', to_code USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE {s}.inquiries SET assigned_staff_id = who,
           status = CASE WHEN status = 'new' THEN 'assigned' ELSE status END WHERE id = inq.id;
    PERFORM {s}.bo_audit('inquiry.assign', 'inquiry:' || inq.inquiry_id,
                         jsonb_build_object('to', to_code, 'department', inq.department));
    RETURN to_code;""")
    note = _fn(s, "bo_inquiry_note(iid text, body text)", "integer", "inq record; n integer;",
               me + _text_check("body", "note") + _inquiry_load(s) + f"""
    INSERT INTO {s}.inquiry_entries (inquiry_pk, kind, staff_id, staff_code, at, text)
    VALUES (inq.id, 'note', me_id, me_code, now(), body) RETURNING id INTO n;
    PERFORM {s}.bo_audit('inquiry.note', 'inquiry:' || inq.inquiry_id, '{{}}'::jsonb);
    RETURN n;""")
    # outbox.publish: payload json.dumps(body, ensure_ascii=False); fingerprint the sha256 of
    # json.dumps(body, ensure_ascii=False, sort_keys=True) (", " and ": " between items)
    answer = _fn(s, "bo_inquiry_answer(iid text, body text)", "text",
                 "inq record; msg text := gen_random_uuid()::text; content jsonb; payload text;",
                 me + _text_check("body", "answer") + _inquiry_load(s) + _OPEN + f"""
    INSERT INTO {s}.inquiry_entries (inquiry_pk, kind, staff_id, staff_code, at, text)
    VALUES (inq.id, 'answer', me_id, me_code, now(), body);
    UPDATE {s}.inquiries SET assigned_staff_id = COALESCE(assigned_staff_id, me_id), status = 'answered',
           answered_at = now() WHERE id = inq.id;
    content := jsonb_build_object('inquiry_id', inq.inquiry_id, 'application_id', inq.application_id,
                                  'answer', body, 'answered_by_department', NULLIF(inq.department, ''));
    SELECT '{{' || string_agg(to_json(e.k)::text || ': ' || e.v::text, ', ' ORDER BY e.k COLLATE "C") || '}}'
      INTO payload FROM jsonb_each(content) AS e(k, v);
    INSERT INTO {s}.outbox_messages (message_id, schema, subject, at, payload, fingerprint, written_at,
                                     acknowledged_at)
    VALUES (msg, 'inquiry_answer/1', left('inquiry:' || inq.inquiry_id, 80), now(), payload,
            encode(sha256(convert_to(payload, 'UTF8')), 'hex'), NULL, NULL);
    PERFORM {s}.bo_audit('inquiry.answer', 'inquiry:' || inq.inquiry_id, jsonb_build_object('message_id', msg));
    RETURN msg;""")
    close = _fn(s, "bo_inquiry_close(iid text, reason text DEFAULT NULL)", "text", "inq record; why text;",
                me + _inquiry_load(s) + _OPEN + f"""
    why := NULLIF(btrim(COALESCE(reason, '')), '');
    IF inq.status <> 'answered' AND why IS NULL THEN
        RAISE EXCEPTION 'closing without an answer needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE {s}.inquiries SET status = 'closed', closed_at = now(), close_reason = why WHERE id = inq.id;
    PERFORM {s}.bo_audit('inquiry.close', 'inquiry:' || inq.inquiry_id, jsonb_build_object('reason', why));
    RETURN 'closed';""")
    enter = _fn(s, "bo_inquiry_enter(entry jsonb)", "text",
                "iid text := gen_random_uuid()::text; dept text; body text; app_id text; app_pk integer;",
                me + f"""
    body := entry->>'text';{_text_check("body", "inquiry")}
    IF entry->>'channel' IS NULL OR entry->>'channel' NOT IN ('phone', 'counter') THEN
        RAISE EXCEPTION 'staff enter phone or counter inquiries only' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF btrim(COALESCE(entry->>'name', '')) = '' OR length(entry->>'name') > {NAME_LIMIT}
       OR length(COALESCE(entry->>'name_kana', '')) > {NAME_LIMIT} THEN
        RAISE EXCEPTION 'a name of 1-{NAME_LIMIT} characters is needed' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    dept := entry->>'department';
    IF dept IS NULL THEN  -- the procedure's, as portal/inquiries.py _department
        SELECT pv.entry->>'department' INTO dept FROM {s}.procedure_versions pv
         WHERE pv.code = entry->>'procedure' AND pv.effective_from <= (now() AT TIME ZONE 'Asia/Tokyo')::date
         ORDER BY pv.effective_from DESC LIMIT 1;
        dept := COALESCE(dept, '');
    END IF;
    IF dept <> '' AND NOT {s}.bo_rule(my_roles, my_depts, dept, 'inquiry.handle', false) THEN
        RAISE EXCEPTION '% does not work for %', me_code, dept USING ERRCODE = 'insufficient_privilege';
    END IF;
    app_id := NULLIF(entry->>'application_id', '');
    SELECT a.id INTO app_pk FROM {s}.applications a WHERE a.application_id = app_id ORDER BY a.id DESC LIMIT 1;
    INSERT INTO {s}.inquiries (inquiry_id, channel, status, received_at, name, name_kana, search_key, email, phone,
        application_pk, application_id, procedure, category, text, department, due_date)
    VALUES (iid, entry->>'channel', 'new', now(), entry->>'name', COALESCE(entry->>'name_kana', ''),
        left(COALESCE(entry->>'search_key', ''), 420), NULLIF(entry->>'email', ''), NULLIF(entry->>'phone', ''),
        app_pk, app_id, NULLIF(entry->>'procedure', ''), COALESCE(NULLIF(entry->>'category', ''), 'その他'), body,
        dept, (entry->>'due_date')::date);
    PERFORM {s}.bo_audit('inquiry.enter', 'inquiry:' || iid,
                         jsonb_build_object('channel', entry->>'channel', 'department', dept));
    RETURN iid;""")
    link = _fn(s, "bo_inquiry_link(iid text, app_id text)", "integer", "inq record; pk integer;",
               me + _inquiry_load(s) + f"""
    IF NULLIF(app_id, '') IS NOT NULL THEN
        SELECT a.id INTO pk FROM {s}.applications a WHERE a.application_id = app_id ORDER BY a.id DESC LIMIT 1;
        IF pk IS NULL THEN
            RAISE EXCEPTION 'no application %', app_id USING ERRCODE = 'no_data_found';
        END IF;
    END IF;
    UPDATE {s}.inquiries SET application_pk = pk, application_id = NULLIF(app_id, '') WHERE id = inq.id;
    PERFORM {s}.bo_audit('inquiry.link', 'inquiry:' || inq.inquiry_id, jsonb_build_object('application', app_id));
    RETURN pk;""")
    return [assign, note, answer, close, enter, link]


def _appointment_app_check(s: str, pk: str) -> str:
    """appointments._require_application: the application's department, counter staff across."""
    return f"""
    IF {pk} IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM {s}.applications a WHERE a.id = {pk}
               AND {s}.bo_rule(my_roles, my_depts, a.department, 'appointment.manage', true)) THEN
        RAISE EXCEPTION 'no application %', {pk} USING ERRCODE = 'no_data_found';
    END IF;"""


def _appointment_sql(s: str) -> list[str]:
    manage = _me(s, "appointment.manage", "manage appointments")
    seats = f"""
CREATE OR REPLACE FUNCTION {s}.bo_seats_taken(location integer, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (starts_at timestamptz, taken integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE {_DECLARE_ME}
BEGIN{_me(s, "appointment.view", "view appointments")}
    RETURN QUERY SELECT ap.starts_at, count(*)::integer FROM {s}.appointments ap
     WHERE ap.location_pk = location AND ap.seat IS NOT NULL AND ap.starts_at >= from_at AND ap.starts_at <= to_at
     GROUP BY ap.starts_at;
END
$$"""
    book = _fn(s, "bo_appointment_book(counter_code text, start_at timestamptz, end_at timestamptz, "
                  "visitor text, purpose text DEFAULT '', app_pk integer DEFAULT NULL, source text DEFAULT 'hand')",
               "integer", "loc record; slot_id integer; free_seat integer; appt integer; app_id text;",
               manage + _appointment_app_check(s, "app_pk") + f"""
    IF visitor IS NULL OR btrim(visitor) = '' THEN
        RAISE EXCEPTION 'visitor_required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF source NOT IN ('hand', 'application') THEN
        RAISE EXCEPTION 'booking source %', source USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT l.id, l.code, l.name, l.capacity INTO loc FROM {s}.counter_locations l
     WHERE l.code = counter_code FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no counter %', counter_code USING ERRCODE = 'no_data_found';
    END IF;
    IF end_at <= start_at OR end_at - start_at > interval '1 day' THEN
        RAISE EXCEPTION 'not_a_slot' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF end_at <= now() THEN
        RAISE EXCEPTION 'slot_over' USING ERRCODE = 'check_violation';
    END IF;
    IF app_pk IS NOT NULL AND EXISTS (SELECT 1 FROM {s}.appointments ap
                                       WHERE ap.application_pk = app_pk AND ap.status = 'booked') THEN
        RAISE EXCEPTION 'already_booked' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO {s}.appointment_slots (location_pk, starts_at, ends_at) VALUES (loc.id, start_at, end_at)
    ON CONFLICT (location_pk, starts_at) DO NOTHING;
    SELECT sl.id INTO slot_id FROM {s}.appointment_slots sl
     WHERE sl.location_pk = loc.id AND sl.starts_at = start_at FOR UPDATE;
    SELECT min(n) INTO free_seat FROM generate_series(1, loc.capacity) AS n
     WHERE n NOT IN (SELECT ap.seat FROM {s}.appointments ap WHERE ap.slot_pk = slot_id AND ap.seat IS NOT NULL);
    IF free_seat IS NULL THEN
        RAISE EXCEPTION 'slot_full' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO {s}.appointments (slot_pk, seat, location_pk, starts_at, application_pk, visitor_name, purpose,
                                  source, status, booked_at, booked_by)
    VALUES (slot_id, free_seat, loc.id, start_at, app_pk, btrim(visitor), COALESCE(purpose, ''), source,
            'booked', now(), me_id)
    RETURNING id INTO appt;
    SELECT a.application_id INTO app_id FROM {s}.applications a WHERE a.id = app_pk;
    PERFORM {s}.bo_audit('appointment.book', 'appointment:' || appt, jsonb_build_object(
        'counter', loc.code, 'starts_at', to_char(start_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD"T"HH24:MI:SS')
        || '+09:00', 'application', app_id, 'source', source));
    {_notice(s, "app_pk", "appointment_booked", "start_at", "loc.name")}
    RETURN appt;""")
    change = _fn(s, "bo_appointment_set(appt_id integer, new_status text)", "text",
                 "ap record; allowed text[]; loc_name text;", manage + f"""
    allowed := CASE new_status WHEN 'checked_in' THEN ARRAY['booked', 'no_show']
                               WHEN 'no_show' THEN ARRAY['booked'] WHEN 'cancelled' THEN ARRAY['booked'] END;
    IF allowed IS NULL THEN
        RAISE EXCEPTION 'appointment status %', new_status USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT a.id, a.status, a.application_pk, a.location_pk, a.starts_at INTO ap
      FROM {s}.appointments a WHERE a.id = appt_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no appointment %', appt_id USING ERRCODE = 'no_data_found';
    END IF;{_appointment_app_check(s, "ap.application_pk")}
    IF NOT ap.status = ANY(allowed) THEN
        RAISE EXCEPTION 'appointment_state' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE {s}.appointments SET status = new_status,
           checked_in_at = CASE WHEN new_status = 'checked_in' THEN now() ELSE checked_in_at END,
           seat = CASE WHEN new_status = 'cancelled' THEN NULL ELSE seat END
     WHERE id = appt_id;
    PERFORM {s}.bo_audit('appointment.' || new_status, 'appointment:' || appt_id, '{{}}'::jsonb);
    IF new_status = 'cancelled' THEN
        SELECT l.name INTO loc_name FROM {s}.counter_locations l WHERE l.id = ap.location_pk;
        {_notice(s, "ap.application_pk", "appointment_cancelled", "ap.starts_at", "loc_name")}
    END IF;
    RETURN new_status;""")
    link = _fn(s, "bo_appointment_link(appt_id integer, app_id text)", "integer",
               "ap record; pk integer;", manage + f"""
    SELECT a.id, a.application_pk INTO ap FROM {s}.appointments a WHERE a.id = appt_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no appointment %', appt_id USING ERRCODE = 'no_data_found';
    END IF;{_appointment_app_check(s, "ap.application_pk")}
    SELECT a.id INTO pk FROM {s}.applications a WHERE a.application_id = btrim(app_id);
    IF pk IS NULL THEN
        RAISE EXCEPTION 'no application %', app_id USING ERRCODE = 'no_data_found';
    END IF;{_appointment_app_check(s, "pk")}
    UPDATE {s}.appointments SET application_pk = pk WHERE id = appt_id;
    PERFORM {s}.bo_audit('appointment.link', 'appointment:' || appt_id, jsonb_build_object('application', app_id));
    RETURN pk;""")
    return [seats, book, change, link]


def _reassign_sql(s: str) -> list[str]:
    claimable = "ARRAY[" + ", ".join(lit(c) for c in CLAIMABLE) + "]::text[]"
    claim_roles = "ARRAY[" + ", ".join(lit(r) for r in sorted(MATRIX["application.claim"])) + "]::text[]"
    return [_fn(s, "bo_reassign(app_id text, to_code text, lease_minutes integer)", "timestamptz",
                "app record; person record; until timestamptz;",
                _me(s, "application.reassign", "reassign applications") + f"""
    SELECT a.id, a.application_id, a.department, a.status, a.claimed_by INTO app
      FROM {s}.applications a WHERE a.application_id = app_id FOR UPDATE;
    IF NOT FOUND OR NOT {s}.bo_rule(my_roles, my_depts, app.department, 'application.reassign', false) THEN
        RAISE EXCEPTION 'no application %', app_id USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT app.status = ANY({claimable}) THEN
        RAISE EXCEPTION '% is % and cannot be handed over', app_id, app.status USING ERRCODE = 'check_violation';
    END IF;
    IF lease_minutes IS NULL OR lease_minutes < 1 OR lease_minutes > {MAX_LEASE_MINUTES} THEN
        RAISE EXCEPTION 'lease of % minutes', lease_minutes USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT st.id, st.code,
           ARRAY(SELECT r.role::text FROM {s}.staff_roles r WHERE r.staff_id = st.id) AS roles,
           ARRAY(SELECT d.department::text FROM {s}.staff_departments d WHERE d.staff_id = st.id) AS depts
      INTO person FROM {s}.staff st WHERE st.code = to_code AND NOT st.disabled;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no active staff member %', to_code USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT person.roles && {claim_roles} THEN
        RAISE EXCEPTION '% has no reviewer role and cannot take applications', to_code
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT app.department = ANY(person.depts) THEN
        RAISE EXCEPTION 'other_department' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF app.status = {lit(PENDING)} AND NOT 'supervisor' = ANY(person.roles) THEN
        RAISE EXCEPTION '% awaits a supervisor''s decision; % is not a supervisor', app_id, to_code
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    until := now() + make_interval(mins => lease_minutes);
    UPDATE {s}.applications SET claimed_by = person.id, claim_expires_at = until WHERE id = app.id;
    PERFORM {s}.bo_audit('application.reassign', 'application:' || app_id,
                         jsonb_build_object('previous', app.claimed_by, 'to', person.id));
    RETURN until;""")]


def _policy_sql() -> list[str]:
    """Row-level security of appointments (as appointments._visible) and the inquiries no one
    has given a department yet (as inquiries._scope)."""
    roles = "(SELECT bo_my_roles())"
    view = f"(SELECT bo_rule({roles}, ARRAY[]::text[], NULL, 'appointment.view', false))"
    everywhere = f"(SELECT bo_rule({roles}, ARRAY[]::text[], '', 'appointment.view', true))"
    mine = "a.department::text = ANY((SELECT bo_my_departments())::text[])"
    inquiry = f"(SELECT bo_rule({roles}, ARRAY[]::text[], NULL, 'inquiry.view', false))"
    return [
        "ALTER TABLE appointments ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS bo_not_person ON appointments",
        "CREATE POLICY bo_not_person ON appointments FOR ALL USING (NOT (SELECT bo_person())) "
        "WITH CHECK (NOT (SELECT bo_person()))",
        f"DROP POLICY IF EXISTS {APPOINTMENT_POLICY} ON appointments",
        f"CREATE POLICY {APPOINTMENT_POLICY} ON appointments FOR SELECT USING ((SELECT bo_person()) AND {view} "
        f"AND (application_pk IS NULL OR application_pk IN (SELECT a.id FROM applications a "
        f"WHERE {everywhere} OR {mine})))",
        f"DROP POLICY IF EXISTS {INQUIRY_POLICY} ON inquiries",
        f"CREATE POLICY {INQUIRY_POLICY} ON inquiries FOR SELECT USING ((SELECT bo_person()) AND {inquiry} "
        "AND department = '')",
        f"DROP POLICY IF EXISTS {INQUIRY_POLICY} ON inquiry_entries",
        f"CREATE POLICY {INQUIRY_POLICY} ON inquiry_entries FOR SELECT USING ((SELECT bo_person()) AND {inquiry} "
        "AND inquiry_pk IN (SELECT i.id FROM inquiries i WHERE i.department = ''))",
    ]


def install_sql(schema: str) -> list[str]:
    """What migration 0021 runs on PostgreSQL (in `schema`, as the owner)."""
    check_schema(schema)
    s = schema
    out = [*_counter_sql(s), *_inquiry_sql(s), *_appointment_sql(s), *_reassign_sql(s), *_policy_sql()]
    out += [f"REVOKE ALL ON FUNCTION {s}.{sig} FROM PUBLIC" for sig in FUNCTIONS]
    return out


def uninstall_sql() -> list[str]:
    return [f"DROP POLICY IF EXISTS {INQUIRY_POLICY} ON inquiry_entries",
            f"DROP POLICY IF EXISTS {INQUIRY_POLICY} ON inquiries",
            f"DROP POLICY IF EXISTS {APPOINTMENT_POLICY} ON appointments",
            "DROP POLICY IF EXISTS bo_not_person ON appointments",
            "ALTER TABLE appointments DISABLE ROW LEVEL SECURITY",
            *(f"DROP FUNCTION IF EXISTS {sig}" for sig in FUNCTIONS)]
