"""Administration by staff connected as their own login role (issue 19, `[database] per_person =
true`, PostgreSQL; migration 0022).

Persons hold no INSERT, UPDATE or DELETE on the catalog, counter, intake, export or checkpoint
tables (backoffice/db/roles.py `grant_persons`), so these acts of the desktop reach the server
through narrow SECURITY DEFINER functions. Each takes the caller from the session's login role
(never a parameter), checks that it is an enabled account whose roles hold the permission of
the core's MATRIX (through `bo_rule`, generated from the same matrix) and, where the core limits
the act to departments, that the thing acted on is of the caller's departments; each writes its
audit entry itself through `bo_audit`, in the caller's name, with the detail the core writes:

- `bo_catalog_change(code, effective_from, entry, note)` (`catalog.manage`: administrators): a
  dated version of one procedure, today (Japan) or later, its department one of the catalog's on
  that day, the fee a non-negative integer and the processing days 0-365; the server works out
  what changed against the version in force on that day itself (`catalog.change` with
  `changes`, `added`, `note`); false and nothing written when nothing changed.
- `bo_counter_save(code, name, opens, closes, slot_minutes, capacity, affected, affected_slots)`,
  `bo_counter_close_days(code, first, last, note, affected)`, `bo_counter_reopen_days(code,
  first, last)` (`appointment.configure`: supervisors and administrators): the counter's set-up
  and closures with the checks of supervision/counters.py (`counter.create`,
  `counter.configure`, `counter.close_days`, `counter.reopen_days`).
  `bo_counter_bookings(code)` gives the set-up's preview every coming booking of the counter
  (the seats are counted from all of them), the visitor's name only where the person reads the
  booking itself (the appointments policy of migration 0021).
- `bo_quarantine_resolve(record_id, resolution, note)` (`quarantine.resolve`: supervisors): a
  refused bundle retried or discarded (a note required), only a bundle of the caller's
  departments, or of no known department for one who works for every department of the catalog
  (accounts/scope.py `require_refused_bundle`) (`quarantine.retry` / `quarantine.discard`).
  The records of refused bundles are under row-level security (policy `bo_person_read` on
  `intake_records`: a person holding `quarantine.view` reads those of their departments, those
  of no known department when they work for every department, administrators every one) and
  persons may not read their `detail` and `resolution_note` columns (the detail may quote the
  applicant's name); `bo_refused_bundle_notes(ids)` hands them out only where the core shows the
  record in full (scope.refused_bundle_access), never to an administrator.
- the export-v1 batches (`bo_export_open`, `bo_export_reexport`, `bo_export_written`:
  `export.run`) and the database copy of a signed audit checkpoint (`bo_audit_checkpoint`:
  `audit.verify`) are in backoffice/export/server_export.py; install_sql and uninstall_sql here
  include them, and FUNCTIONS and _HELPERS list them.

The core calls them when its unit of work is a person's (`is_person`), after the same checks in
Python. What the person's act does not do on the server: a catalog change is published to the
portal (catalog/1) by the agent's next cycle (`publishing.publish_due`), not in the change's own
transaction, because persons do not write the outbox; the shipped counters are seeded by the
shared role or the agent, not by a person's first look at the counter list.
"""

from __future__ import annotations

from backoffice.accounts.server_sql import (
    CALLER,
    JST,
    PATH,
    caller_departments,
    caller_roles,
    check_schema,
    lit,
)
from backoffice.export import server_export

# What persons may EXECUTE (backoffice/db/roles.py PERSON_FUNCTIONS lists them too).
FUNCTIONS = ("bo_catalog_change(text, date, text, text)",
             "bo_counter_save(text, text, time, time, integer, integer, integer, integer)",
             "bo_counter_close_days(text, date, date, text, integer)",
             "bo_counter_reopen_days(text, date, date)", "bo_counter_bookings(text)",
             "bo_quarantine_resolve(integer, text, text)", "bo_refused_bundle_notes(integer[])",
             *server_export.FUNCTIONS)
_HELPERS = ("bo_admin_actor(text)", "bo_catalog_departments(date)", *server_export.HELPERS)


def install_sql(schema: str) -> list[str]:
    check_schema(schema)
    from backoffice.administration.catalog_admin import MAX_PROCESSING_DAYS
    from backoffice.supervision.counters import (
        CODE_RE,
        MAX_CAPACITY,
        MAX_CLOSURE_DAYS,
        MAX_SLOT_MINUTES,
    )

    s = schema
    today = f"{JST.format(t='now()')}::date"
    counter_code = lit(CODE_RE.pattern)
    hhmm = "to_char({c}, 'HH24:MI')"
    return [
        # the caller: an enabled account holding `permission` (bo_rule, the core's MATRIX)
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_admin_actor(permission text, OUT me_id integer, OUT me_code text,
                                            OUT my_roles text[], OUT my_depts text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
BEGIN
    SELECT st.id, st.code INTO me_id, me_code FROM {s}.staff st
     WHERE {CALLER};
    {caller_roles(s)}
    {caller_departments(s)}
    IF me_id IS NULL OR NOT {s}.bo_rule(my_roles, ARRAY[]::text[], NULL, permission, false) THEN
        RAISE EXCEPTION '% may not %', session_user, permission USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$""",
        # the departments of the catalog in force on `day` (Catalog.departments of that day)
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_catalog_departments(day date) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER {PATH} AS $$
    SELECT COALESCE(array_agg(DISTINCT v.entry::jsonb ->> 'department'), ARRAY[]::text[])
      FROM (SELECT DISTINCT ON (p.code) p.entry FROM {s}.procedure_versions p
             WHERE p.effective_from <= day ORDER BY p.code, p.effective_from DESC) v
$$""",
        # --- the catalog (administration/catalog_admin.py schedule) -------------------------
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_catalog_change(proc_code text, from_day date, entry_text text,
                                                change_note text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me record; e jsonb; base jsonb; changes jsonb := '[]'::jsonb;
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('catalog.manage');
    IF from_day IS NULL OR from_day < {today} THEN
        RAISE EXCEPTION '% is in the past; a new version takes effect today or later', from_day
            USING ERRCODE = 'check_violation';
    END IF;
    IF proc_code IS NULL OR length(proc_code) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'procedure code %', proc_code USING ERRCODE = 'invalid_parameter_value';
    END IF;
    e := entry_text::jsonb;
    IF jsonb_typeof(e) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'a procedure is a table of procedures-v1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT COALESCE(e ->> 'department' = ANY({s}.bo_catalog_departments(from_day)), false) THEN
        RAISE EXCEPTION '%: unknown department %', proc_code, e ->> 'department'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_typeof(e -> 'fee_per_copy') IS DISTINCT FROM 'number'
       OR (e ->> 'fee_per_copy')::numeric < 0 OR (e ->> 'fee_per_copy')::numeric % 1 <> 0 THEN
        RAISE EXCEPTION '%: fee_per_copy must be a non-negative integer', proc_code
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF COALESCE(jsonb_typeof(e -> 'processing_days'), 'null') <> 'null'
       AND (jsonb_typeof(e -> 'processing_days') <> 'number'
            OR (e ->> 'processing_days')::numeric NOT BETWEEN 0 AND {MAX_PROCESSING_DAYS}
            OR (e ->> 'processing_days')::numeric % 1 <> 0) THEN
        RAISE EXCEPTION '%: processing_days must be 0-{MAX_PROCESSING_DAYS}', proc_code
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT p.entry::jsonb INTO base FROM {s}.procedure_versions p
     WHERE p.code = proc_code AND p.effective_from <= from_day ORDER BY p.effective_from DESC LIMIT 1;
    IF base IS NOT NULL THEN  -- what changed, key by key (catalog_admin.diff)
        SELECT COALESCE(jsonb_agg(jsonb_build_object('key', k.k, 'before', base -> k.k, 'after', e -> k.k)
                                  ORDER BY k.k COLLATE "C"), '[]'::jsonb)
          INTO changes
          FROM (SELECT jsonb_object_keys(base) UNION SELECT jsonb_object_keys(e)) AS k(k)
         WHERE COALESCE(base -> k.k, 'null'::jsonb) IS DISTINCT FROM COALESCE(e -> k.k, 'null'::jsonb);
        IF changes = '[]'::jsonb THEN
            RETURN false;
        END IF;
    END IF;
    UPDATE {s}.procedure_versions p SET entry = entry_text::json, created_at = now(), created_by = me.me_code,
           note = COALESCE(change_note, '')
     WHERE p.code = proc_code AND p.effective_from = from_day;
    IF NOT FOUND THEN
        INSERT INTO {s}.procedure_versions (code, effective_from, entry, created_at, created_by, note)
        VALUES (proc_code, from_day, entry_text::json, now(), me.me_code, COALESCE(change_note, ''));
    END IF;
    PERFORM {s}.bo_audit('catalog.change', 'procedure:' || proc_code,
                         jsonb_build_object('effective_from', to_char(from_day, 'YYYY-MM-DD'), 'changes', changes,
                                            'added', base IS NULL, 'note', NULLIF(change_note, '')));
    RETURN true;
END
$$""",
        # --- counters and closures (supervision/counters.py) ---------------------------------
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_counter_save(counter_code text, counter_name text, opens_at time,
                                              closes_at time, minutes integer, seats integer,
                                              affected integer, affected_slots integer) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me record; loc record; nm text := btrim(counter_name); before jsonb; after jsonb; changed jsonb;
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('appointment.configure');
    IF counter_code IS NULL OR counter_code !~ {counter_code} THEN
        RAISE EXCEPTION 'counter code %', counter_code USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF nm IS NULL OR length(nm) NOT BETWEEN 1 AND 100 OR opens_at IS NULL OR closes_at IS NULL
       OR opens_at >= closes_at OR minutes IS NULL OR minutes NOT BETWEEN 5 AND {MAX_SLOT_MINUTES}
       OR (extract(epoch FROM closes_at - opens_at)::integer / 60) % minutes <> 0
       OR seats IS NULL OR seats NOT BETWEEN 1 AND {MAX_CAPACITY} THEN
        RAISE EXCEPTION 'counter %: name, hours, slot length or seats out of bounds', counter_code
            USING ERRCODE = 'check_violation';
    END IF;
    after := jsonb_build_object('name', nm, 'opens', {hhmm.format(c='opens_at')},
                                'closes', {hhmm.format(c='closes_at')}, 'slot_minutes', minutes, 'capacity', seats);
    SELECT * INTO loc FROM {s}.counter_locations c WHERE c.code = counter_code FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO {s}.counter_locations (code, name, opens, closes, slot_minutes, capacity)
        VALUES (counter_code, nm, opens_at, closes_at, minutes, seats);
        PERFORM {s}.bo_audit('counter.create', 'counter:' || counter_code, after);
        RETURN 'created';
    END IF;
    before := jsonb_build_object('name', loc.name, 'opens', {hhmm.format(c='loc.opens')},
                                 'closes', {hhmm.format(c='loc.closes')}, 'slot_minutes', loc.slot_minutes,
                                 'capacity', loc.capacity);
    IF before = after THEN
        RETURN 'unchanged';
    END IF;
    SELECT jsonb_object_agg(k, jsonb_build_array(before -> k, after -> k)) INTO changed
      FROM jsonb_object_keys(before) k WHERE before -> k IS DISTINCT FROM after -> k;
    UPDATE {s}.counter_locations SET name = nm, opens = opens_at, closes = closes_at, slot_minutes = minutes,
           capacity = seats WHERE id = loc.id;
    PERFORM {s}.bo_audit('counter.configure', 'counter:' || counter_code,
                         jsonb_build_object('changed', changed, 'affected', affected,
                                            'affected_slots', affected_slots));
    RETURN 'changed';
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_counter_close_days(counter_code text, first_day date, last_day date,
                                                    closure_note text, affected integer) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me record; loc_id integer; added integer; nt text := btrim(COALESCE(closure_note, ''));
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('appointment.configure');
    IF first_day IS NULL OR last_day IS NULL OR last_day < first_day OR first_day < {today}
       OR last_day - first_day + 1 > {MAX_CLOSURE_DAYS} OR length(nt) > 200 THEN
        RAISE EXCEPTION 'closure % to %: from today on, at most {MAX_CLOSURE_DAYS} days, a note of at most 200',
            first_day, last_day USING ERRCODE = 'check_violation';
    END IF;
    SELECT c.id INTO loc_id FROM {s}.counter_locations c WHERE c.code = counter_code FOR UPDATE;
    IF loc_id IS NULL THEN
        RAISE EXCEPTION 'no counter %', counter_code USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO {s}.counter_closures (location_pk, day, note)
    SELECT loc_id, d::date, nt FROM generate_series(first_day, last_day, interval '1 day') d
    ON CONFLICT (location_pk, day) DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    IF added > 0 THEN
        PERFORM {s}.bo_audit('counter.close_days', 'counter:' || counter_code,
                             jsonb_build_object('first', to_char(first_day, 'YYYY-MM-DD'),
                                                'last', to_char(last_day, 'YYYY-MM-DD'), 'days', added,
                                                'note', nt, 'affected', affected));
    END IF;
    RETURN added;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_counter_reopen_days(counter_code text, first_day date, last_day date)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me record; loc_id integer; gone integer; since date;
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('appointment.configure');
    IF first_day IS NULL OR last_day IS NULL OR last_day < first_day THEN
        RAISE EXCEPTION 'the range ends before it starts' USING ERRCODE = 'check_violation';
    END IF;
    since := greatest(first_day, {today});  -- the past stays as it was
    SELECT c.id INTO loc_id FROM {s}.counter_locations c WHERE c.code = counter_code FOR UPDATE;
    IF loc_id IS NULL THEN
        RAISE EXCEPTION 'no counter %', counter_code USING ERRCODE = 'no_data_found';
    END IF;
    IF last_day < since THEN
        RETURN 0;
    END IF;
    DELETE FROM {s}.counter_closures c WHERE c.location_pk = loc_id AND c.day BETWEEN since AND last_day;
    GET DIAGNOSTICS gone = ROW_COUNT;
    IF gone > 0 THEN
        PERFORM {s}.bo_audit('counter.reopen_days', 'counter:' || counter_code,
                             jsonb_build_object('first', to_char(since, 'YYYY-MM-DD'),
                                                'last', to_char(last_day, 'YYYY-MM-DD'), 'days', gone));
    END IF;
    RETURN gone;
END
$$""",
        # the counter's coming bookings for the set-up's preview (counters.coming_bookings): every one,
        # as the seats are counted from all of them, the visitor's name only where the person
        # reads the booking itself (the appointments policy of migration 0021)
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_counter_bookings(counter_code text)
RETURNS TABLE(booking_id integer, starts_at timestamptz, seat integer, application_pk integer, visitor_name text)
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE me record; names boolean; everywhere boolean;
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('appointment.configure');
    names := {s}.bo_rule(me.my_roles, ARRAY[]::text[], NULL, 'appointment.view', false);
    everywhere := {s}.bo_rule(me.my_roles, ARRAY[]::text[], '', 'appointment.view', true);
    RETURN QUERY
    SELECT ap.id, ap.starts_at, ap.seat, ap.application_pk,
           CASE WHEN names AND (ap.application_pk IS NULL OR everywhere
                                OR EXISTS (SELECT 1 FROM {s}.applications a
                                            WHERE a.id = ap.application_pk AND a.department = ANY(me.my_depts)))
                THEN ap.visitor_name::text END
      FROM {s}.appointments ap JOIN {s}.counter_locations c ON c.id = ap.location_pk
     WHERE c.code = counter_code AND ap.status = 'booked' AND ap.starts_at >= now()
     ORDER BY ap.starts_at, ap.seat, ap.id;
END
$$""",
        # --- refused bundles (intake/quarantine.py) ------------------------------------------
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_quarantine_resolve(record_id integer, what text, why_note text)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me record; rec record;
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('quarantine.resolve');
    IF what IS NULL OR what NOT IN ('retried', 'discarded') THEN
        RAISE EXCEPTION 'a refused bundle is retried or discarded' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF what = 'discarded' AND btrim(COALESCE(why_note, '')) = '' THEN
        RAISE EXCEPTION 'a note is required to discard a refused bundle' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT r.id, r.file_name, r.outcome, r.reason, r.department, r.resolution AS done INTO rec
      FROM {s}.intake_records r WHERE r.id = record_id FOR UPDATE;
    IF NOT FOUND OR rec.outcome <> 'quarantined' THEN
        RAISE EXCEPTION 'no refused bundle %', record_id USING ERRCODE = 'no_data_found';
    END IF;
    -- need-to-know (scope.require_refused_bundle): one of the caller's departments, or of no
    -- known department for someone who works for every department of the catalog
    IF rec.department IS NULL THEN
        IF NOT {s}.bo_catalog_departments({today}) <@ me.my_depts THEN
            RAISE EXCEPTION '% may not act on a refused bundle of no known department', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NOT {s}.bo_rule(me.my_roles, me.my_depts, rec.department, 'quarantine.resolve', false) THEN
        RAISE EXCEPTION '% may not act on a refused bundle of %', session_user, rec.department
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF rec.done IS NOT NULL THEN
        RAISE EXCEPTION '% was already %', rec.file_name, rec.done USING ERRCODE = 'check_violation';
    END IF;
    UPDATE {s}.intake_records r SET resolution = what,
           resolution_note = CASE WHEN what = 'retried' THEN NULLIF(why_note, '') ELSE why_note END,
           resolved_by = me.me_id, resolved_at = now()
     WHERE r.id = rec.id;
    PERFORM {s}.bo_audit(CASE WHEN what = 'retried' THEN 'quarantine.retry' ELSE 'quarantine.discard' END,
                         'bundle:' || rec.file_name,
                         jsonb_build_object('reason', rec.reason, 'note', COALESCE(why_note, '')));
    RETURN rec.file_name;
END
$$""",
        # what a refused bundle's record says beyond file, time and reason (the detail may quote
        # the applicant's name): only to whom the core shows it in full (scope.refused_bundle_access)
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_refused_bundle_notes(ids integer[])
RETURNS TABLE(record_id integer, detail text, resolution_note text)
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE me record; everything boolean;
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('quarantine.view');
    IF NOT {s}.bo_rule(me.my_roles, ARRAY[]::text[], NULL, 'application.view', false) THEN
        RETURN;  -- an administrator: file, time and reason only
    END IF;
    everything := {s}.bo_catalog_departments({today}) <@ me.my_depts;
    RETURN QUERY SELECT r.id, r.detail, r.resolution_note FROM {s}.intake_records r
     WHERE r.id = ANY(ids) AND r.outcome = 'quarantined'
       AND (r.department = ANY(me.my_depts) OR (r.department IS NULL AND everything));
END
$$""",
        # the records of refused bundles by department for persons (the core's need-to-know);
        # the records of accepted bundles (no detail) stay readable (the dashboard's last intake)
        "ALTER TABLE intake_records ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS bo_not_person ON intake_records",
        "CREATE POLICY bo_not_person ON intake_records FOR ALL USING (NOT (SELECT bo_person())) "
        "WITH CHECK (NOT (SELECT bo_person()))",
        "DROP POLICY IF EXISTS bo_person_read ON intake_records",
        f"""CREATE POLICY bo_person_read ON intake_records FOR SELECT USING ((SELECT bo_person()) AND (
    outcome <> 'quarantined' OR (
        (SELECT bo_rule((SELECT bo_my_roles()), ARRAY[]::text[], NULL, 'quarantine.view', false))
        AND (NOT (SELECT bo_rule((SELECT bo_my_roles()), ARRAY[]::text[], NULL, 'application.view', false))
             OR department::text = ANY((SELECT bo_my_departments())::text[])
             OR (department IS NULL AND (SELECT COALESCE(array_agg(DISTINCT v.entry::jsonb ->> 'department'),
                                                          ARRAY[]::text[])
                                           FROM (SELECT DISTINCT ON (p.code) p.entry FROM procedure_versions p
                                                  WHERE p.effective_from <= {today}
                                                  ORDER BY p.code, p.effective_from DESC) v)
                                          <@ (SELECT bo_my_departments())::text[])))))""",
        *server_export.install_sql(s),  # export batches and audit checkpoints
        *(f"REVOKE ALL ON FUNCTION {s}.{f} FROM PUBLIC" for f in (*_HELPERS, *FUNCTIONS)),
    ]


def uninstall_sql() -> list[str]:
    return ["DROP POLICY IF EXISTS bo_person_read ON intake_records",
            "DROP POLICY IF EXISTS bo_not_person ON intake_records",
            "ALTER TABLE intake_records DISABLE ROW LEVEL SECURITY",
            *(f"DROP FUNCTION IF EXISTS {f}" for f in (*FUNCTIONS, *_HELPERS))]


# -- called by the core in a person's unit of work ----------------------------------------
