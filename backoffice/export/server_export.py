"""Export batches and audit checkpoints as the person (issue 19, `[database] per_person = true`,
PostgreSQL; migration 0022, installed with backoffice/administration/server_admin.py).

Persons hold no INSERT or UPDATE on the export or checkpoint tables (backoffice/db/roles.py
`grant_persons`); these SECURITY DEFINER functions write them in the caller's name, the caller
taken from the session's login role by `bo_admin_actor` (server_admin.py) and checked there
against the core's MATRIX, the audit entry written through `bo_audit`:

- `bo_export_open(batch_id, procedure, created_at, out)`, `bo_export_reexport(original,
  batch_id, created_at, out)`, `bo_export_written(batch_pk, rows, sha256, recovered,
  kept_files)` (`export.run`): the export-v1 batch row made in the caller's name, its ranges of
  the decision sequence worked out by the server under the export and audit chain locks
  (export/batch.py), one procedure of the caller's departments or an ALL batch only for one who
  works for every department (`bo_export_department`); the batch marked written by its maker,
  or completed after an interrupted run with `export.recover` (`export.run`, `export.reexport`).
- `bo_audit_checkpoint(entries, head_hash, made_at, kid, signature, reason)` (`audit.verify`):
  the database copy of a signed checkpoint (audit/checkpoint.py), only of an entry the chain
  holds with that hash. The server cannot check the Ed25519 signature (the key is on the
  workstation); a forged row is still found out by `audit verify`, which checks every
  signature, and the files kept outside the database are what counts.

server_admin.install_sql appends `install_sql` to its own statements and revokes and drops these
functions with its own (its FUNCTIONS and _HELPERS include FUNCTIONS and HELPERS here).
"""

from __future__ import annotations

from backoffice.accounts.server_sql import JST, PATH, check_schema, lit

# What persons may EXECUTE (in server_admin.FUNCTIONS; backoffice/db/roles.py PERSON_FUNCTIONS lists them too).
FUNCTIONS = ("bo_export_open(text, text, timestamptz, text)",
             "bo_export_reexport(text, text, timestamptz, text)",
             "bo_export_written(integer, integer, text, boolean, boolean)",
             "bo_audit_checkpoint(bigint, text, timestamptz, text, text, text)")
HELPERS = ("bo_export_department(text[], text)",)
# A batch row's time must be the workstation's now (its id is made from it): within this.
CLOCK_SLACK = "10 minutes"


def install_sql(schema: str) -> list[str]:
    """The CREATE statements of these functions (the REVOKEs are server_admin.install_sql's)."""
    check_schema(schema)
    from backoffice.audit.log import _PG_LOCK_KEY as AUDIT_LOCK_KEY
    from backoffice.export.batch import _PG_LOCK_KEY as EXPORT_LOCK_KEY
    from backoffice.export.batch import ALL

    s = schema
    today = f"{JST.format(t='now()')}::date"
    return [

        # a batch of `proc` (NULL: every procedure) is the caller's (export/batch.py _require_procedure)
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_export_department(my_depts text[], proc text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
DECLARE dept text;
BEGIN
    IF proc IS NULL THEN
        IF NOT {s}.bo_catalog_departments({today}) <@ my_depts THEN
            RAISE EXCEPTION '% does not work for every department; export one procedure of their own',
                session_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN;
    END IF;
    SELECT p.entry::jsonb ->> 'department' INTO dept FROM {s}.procedure_versions p
     WHERE p.code = proc AND p.effective_from <= {today} ORDER BY p.effective_from DESC LIMIT 1;
    IF dept IS NULL OR NOT dept = ANY(my_depts) THEN
        RAISE EXCEPTION '% may not export %', session_user, proc USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$""",
        # --- export batches (export/batch.py) --------------------------------------------------
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_export_open(new_batch_id text, proc text, made_at timestamptz, out_dir text)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me record; p text; lo bigint; hi bigint; n integer; total integer := 0; pk integer;
        codes text[] := ARRAY[]::text[]; los bigint[] := ARRAY[]::bigint[]; his bigint[] := ARRAY[]::bigint[];
        ns integer[] := ARRAY[]::integer[];
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('export.run');
    PERFORM {s}.bo_export_department(me.my_depts, proc);
    -- as export/batch.py _serialize: no decision commits later with an id below a range's end
    PERFORM pg_advisory_xact_lock({EXPORT_LOCK_KEY});
    PERFORM pg_advisory_xact_lock({AUDIT_LOCK_KEY});
    IF made_at IS NULL OR abs(extract(epoch FROM made_at - now())) > extract(epoch FROM interval '{CLOCK_SLACK}')
       OR new_batch_id IS DISTINCT FROM
          to_char({JST.format(t='made_at')}, 'YYYYMMDD-HH24MISS') || '-' || COALESCE(proc, {lit(ALL)}) || '-'
          || right(new_batch_id, 4)
       OR right(new_batch_id, 4) !~ '^[0-9]{{4}}$' THEN
        RAISE EXCEPTION 'batch % made at %: not an export-v1 batch id of this moment', new_batch_id, made_at
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR p IN
        WITH RECURSIVE pl(code) AS (  -- a loose index scan (batch.py _procedures)
            SELECT min(i.procedure) FROM {s}.export_items i
            UNION ALL
            SELECT (SELECT min(i.procedure) FROM {s}.export_items i WHERE i.procedure > pl.code)
              FROM pl WHERE pl.code IS NOT NULL)
        SELECT pl.code FROM pl WHERE pl.code IS NOT NULL AND proc IS NULL
        UNION ALL SELECT proc WHERE proc IS NOT NULL
    LOOP
        SELECT COALESCE(max(r.hi), 0) INTO lo FROM {s}.export_ranges r WHERE r.procedure = p;
        SELECT max(i.id), count(*) INTO hi, n FROM {s}.export_items i
         WHERE i.procedure = p AND i.id > lo AND i.batch_pk IS NULL;
        IF n > 0 THEN
            codes := codes || p; los := los || lo; his := his || hi; ns := ns || n; total := total + n;
        END IF;
    END LOOP;
    IF total = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO {s}.export_batches (batch_id, procedure, created_at, created_by, rows, sha256, state, reexport_of)
    VALUES (new_batch_id, proc, made_at, me.me_id, total, '', 'pending', NULL) RETURNING id INTO pk;
    INSERT INTO {s}.export_ranges (batch_pk, procedure, lo, hi, rows)
    SELECT pk, x.p, x.lo, x.hi, x.n FROM unnest(codes, los, his, ns) AS x(p, lo, hi, n);
    PERFORM {s}.bo_audit('export.run', 'export:' || new_batch_id,
                         jsonb_build_object('procedure', COALESCE(proc, {lit(ALL)}), 'rows', total, 'out', out_dir));
    RETURN pk;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_export_reexport(original text, new_batch_id text, made_at timestamptz,
                                                 out_dir text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me record; orig record; pk integer;
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('export.run');
    PERFORM pg_advisory_xact_lock({EXPORT_LOCK_KEY});
    PERFORM pg_advisory_xact_lock({AUDIT_LOCK_KEY});
    SELECT b.batch_id, b.procedure, b.rows INTO orig FROM {s}.export_batches b WHERE b.batch_id = original;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no export batch %', original USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM {s}.bo_export_department(me.my_depts, orig.procedure);
    IF made_at IS NULL OR abs(extract(epoch FROM made_at - now())) > extract(epoch FROM interval '{CLOCK_SLACK}')
       OR new_batch_id IS DISTINCT FROM
          to_char({JST.format(t='made_at')}, 'YYYYMMDD-HH24MISS') || '-' || COALESCE(orig.procedure, {lit(ALL)})
          || '-' || right(new_batch_id, 4)
       OR right(new_batch_id, 4) !~ '^[0-9]{{4}}$' THEN
        RAISE EXCEPTION 'batch % made at %: not an export-v1 batch id of this moment', new_batch_id, made_at
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO {s}.export_batches (batch_id, procedure, created_at, created_by, rows, sha256, state, reexport_of)
    VALUES (new_batch_id, orig.procedure, made_at, me.me_id, orig.rows, '', 'pending', orig.batch_id)
    RETURNING id INTO pk;
    PERFORM {s}.bo_audit('export.reexport', 'export:' || new_batch_id,
                         jsonb_build_object('original', orig.batch_id, 'rows', orig.rows, 'out', out_dir));
    RETURN pk;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_export_written(pk integer, row_count integer, digest text, recovered boolean,
                                                kept_files boolean) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me record; b record;
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('export.run');
    SELECT x.id, x.batch_id, x.procedure, x.created_by, x.state, x.rows INTO b
      FROM {s}.export_batches x WHERE x.id = pk FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no export batch %', pk USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM {s}.bo_export_department(me.my_depts, b.procedure);
    IF b.state <> 'pending' THEN
        RAISE EXCEPTION 'export batch % is % already', b.batch_id, b.state USING ERRCODE = 'check_violation';
    END IF;
    IF NOT COALESCE(recovered, false) AND b.created_by IS DISTINCT FROM me.me_id THEN
        RAISE EXCEPTION 'export batch % is someone else''s: complete it as an interrupted run', b.batch_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF digest IS NULL OR digest !~ '^[0-9a-f]{{64}}$' OR row_count IS NULL OR row_count < 0 THEN
        RAISE EXCEPTION 'a written batch has its row count and sha256' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT COALESCE(recovered, false) AND row_count <> b.rows THEN
        -- a file that holds fewer decisions than its batch would mark the rest as exported:
        -- the caller could not read them all (e.g. an administrator, who reads no applicant)
        RAISE EXCEPTION 'export batch % has % decisions; the file written holds %: not written',
            b.batch_id, b.rows, row_count USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE {s}.export_batches x SET state = 'written', sha256 = digest, rows = row_count WHERE x.id = pk;
    IF recovered THEN
        PERFORM {s}.bo_audit('export.recover', 'export:' || b.batch_id,
                             jsonb_build_object('rows', row_count, 'sha256', digest, 'kept_files', kept_files));
    END IF;
    RETURN b.batch_id;
END
$$""",
        # --- the database copy of a signed checkpoint (audit/checkpoint.py make) -------------
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_audit_checkpoint(entry_count bigint, head text, made timestamptz, key_id text,
                                                  sig text, why text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me record; pk integer;
BEGIN
    SELECT * INTO me FROM {s}.bo_admin_actor('audit.verify');
    IF NOT EXISTS (SELECT 1 FROM {s}.audit_log a WHERE a.seq = entry_count AND a.hash = head) THEN
        RAISE EXCEPTION 'the chain has no entry % with that hash', entry_count USING ERRCODE = 'check_violation';
    END IF;
    IF made IS NULL OR abs(extract(epoch FROM made - now())) > extract(epoch FROM interval '{CLOCK_SLACK}')
       OR why IS NULL OR why NOT IN ('daily', 'export', 'manual')
       OR key_id IS NULL OR length(key_id) NOT BETWEEN 1 AND 64
       OR sig IS NULL OR sig !~ '^[A-Za-z0-9+/]{{86}}==$' THEN
        RAISE EXCEPTION 'not a checkpoint of this moment' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO {s}.audit_checkpoints (entries, head_hash, made_at, kid, signature, reason)
    VALUES (entry_count, head, made, key_id, sig, why) RETURNING id INTO pk;
    RETURN pk;
END
$$""",
    ]


# -- called by the core in a person's unit of work ----------------------------------------
