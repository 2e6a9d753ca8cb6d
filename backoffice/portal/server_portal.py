"""FAQ entries and announcements (お知らせ) by a supervisor connected as their own login role
(issue 19 item 3, `[database] per_person = true`, PostgreSQL; migration 0024).

Persons hold no INSERT, UPDATE or DELETE on `faq_entries`, `announcements`, `outbox_messages`
or `audit_log` (backoffice/db/roles.py). What portal/faq.py writes for these acts is written
by the SECURITY DEFINER functions below, which take the actor from the session's login role
(never a parameter), check `portal.edit` by the core's matrix (`bo_rule`, generated from
accounts/permissions.MATRIX; no department: the portal's content is the whole office's) and
append the audit entry through `bo_audit` (in the person's name, in the hash chain):

- `bo_faq_save(entry)`: a new FAQ entry (no `faq_id`: version 1, `faq.create`) or a change of
  one that is not withdrawn (version + 1, `faq.change`); returns the faq_id.
- `bo_faq_withdraw(faq_id)`: withdrawn, version + 1, `faq.withdraw`; returns the message_id,
  NULL when it was withdrawn already (nothing published, as the core).
- `bo_announcement_save(entry)` / `bo_announcement_withdraw(announcement_id)`: the same for an
  お知らせ (`announcement.create` / `.change` / `.withdraw`).

Each change queues its faq/1 or announcement/1 message in `outbox_messages` in the same
transaction, as outbox.publish does: a new message_id, the subject `faq:<id>` /
`announcement:<id>`, the payload the very text `json.dumps(body, ensure_ascii=False)` gives
(keys in faq_body's / announcement_body's order) and the fingerprint the sha256 of the body
with sorted keys (outbox.fingerprint). The message is signed when the outbox is flushed, as
every other; the audit entry's detail is {version, message_id}, as the core's.

Checked again on the server: the text limits of faq.py, that a procedure named exists in the
catalog the database holds (procedure_versions), the publish period, that a changed entry
is not withdrawn, and that the inquiry an FAQ entry is made from is one the caller may see.
"""

from __future__ import annotations

import json

from backoffice.accounts.permissions import MATRIX
from backoffice.accounts.server_sql import JST, PATH, caller_facts, check_schema, lit
from backoffice.portal.faq import CATEGORY_LIMIT, TEXT_LIMIT, TITLE_LIMIT

PERMISSION = "portal.edit"  # faq.py require()

# What migration 0024 installs, with the signatures persons are granted EXECUTE on
# (backoffice/db/roles.py PERSON_PORTAL_FUNCTIONS lists them too).
FUNCTIONS = ("bo_faq_save(jsonb)", "bo_faq_withdraw(text)",
             "bo_announcement_save(jsonb)", "bo_announcement_withdraw(text)")

# faq.faq_body and faq.announcement_body, in their order (the payload keeps it).
FAQ_KEYS = ("faq_id", "category", "procedure", "question", "answer", "withdrawn", "version")
ANNOUNCEMENT_KEYS = ("announcement_id", "title", "body", "publish_from", "publish_until", "procedures",
                     "withdrawn", "version")


def _me(s: str) -> str:
    """The caller's staff row, code, roles and departments; refused without portal.edit."""
    assert PERMISSION in MATRIX
    return caller_facts(s) + f"""
    SELECT st.code INTO me_code FROM {s}.staff st WHERE st.id = me_id;
    IF me_id IS NULL OR NOT {s}.bo_rule(my_roles, ARRAY[]::text[], NULL, {lit(PERMISSION)}, false) THEN
        RAISE EXCEPTION 'only a member of staff who may edit the portal''s FAQ and announcements, connected as their own role'
            USING ERRCODE = 'insufficient_privilege';
    END IF;"""


def _fn(s: str, signature: str, declare: str, body: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {s}.{signature} RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
DECLARE me_id integer; me_code text; my_roles text[]; my_depts text[];
        content jsonb; msg text := gen_random_uuid()::text; {declare}
BEGIN{_me(s)}{body}
END
$$"""


def _text_check(var: str, what: str, limit: int) -> str:
    """faq._check: not blank, at most `limit` characters (a NUL cannot reach a text value)."""
    return f"""
    IF {var} IS NULL OR btrim({var}) = '' OR length({var}) > {limit} THEN
        RAISE EXCEPTION 'the {what} must hold 1-{limit} characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;"""


def _procedure_check(s: str, code: str) -> str:
    return f"""
    IF {code} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {s}.procedure_versions pv WHERE pv.code = {code}) THEN
        RAISE EXCEPTION 'unknown procedure %', {code} USING ERRCODE = 'invalid_parameter_value';
    END IF;"""


def _json_text(keys: tuple[str, ...], var: str) -> str:
    """SQL: the text json.dumps(d, ensure_ascii=False) gives of the jsonb object `var` whose
    keys are `keys`, in that order (jsonb's text of a value uses the same separators and
    escapes: ", " and ": ", control characters as \\n or \\u00xx, the rest as it is)."""
    parts = " || ', ' || ".join(f"{lit(json.dumps(k) + ': ')} || ({var}->{lit(k)})::text" for k in keys)
    return f"'{{' || {parts} || '}}'"


def _publish(s: str, schema: str, subject: str, keys: tuple[str, ...]) -> str:
    """outbox.publish of `content` (a jsonb with `keys`) as message `msg`."""
    return f"""
    INSERT INTO {s}.outbox_messages (message_id, schema, subject, at, payload, fingerprint, written_at,
                                     acknowledged_at)
    VALUES (msg, {lit(schema)}, left({subject}, 80), now(), {_json_text(keys, "content")},
            encode(sha256(convert_to({_json_text(tuple(sorted(keys)), "content")}, 'UTF8')), 'hex'), NULL, NULL);"""


def _rfc3339(t: str) -> str:
    """timeutil.rfc3339: Japan time with its offset, whole seconds."""
    return f"""to_char({JST.format(t=t)}, 'YYYY-MM-DD"T"HH24:MI:SS') || '+09:00'"""


def _faq_sql(s: str) -> list[str]:
    save = _fn(s, "bo_faq_save(entry jsonb)", "e record; fid text; ver integer; proc text; src integer; action text;",
               f"""
    {_text_check("entry->>'category'", "category", CATEGORY_LIMIT)}{_text_check("entry->>'question'", "question", TEXT_LIMIT)}{_text_check("entry->>'answer'", "answer", TEXT_LIMIT)}
    proc := NULLIF(entry->>'procedure', '');{_procedure_check(s, "proc")}
    fid := NULLIF(entry->>'faq_id', '');
    IF fid IS NULL THEN
        src := (entry->>'source_inquiry_pk')::integer;
        IF src IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM {s}.inquiries i WHERE i.id = src
                   AND (i.department = '' OR {s}.bo_rule(my_roles, my_depts, i.department, 'inquiry.view', true))) THEN
            RAISE EXCEPTION 'no inquiry %', src USING ERRCODE = 'no_data_found';
        END IF;
        fid := gen_random_uuid()::text;
        ver := 1;
        action := 'faq.create';
        INSERT INTO {s}.faq_entries (faq_id, category, procedure, question, answer, withdrawn, version, updated_at,
                                     updated_by, source_inquiry_pk)
        VALUES (fid, entry->>'category', proc, entry->>'question', entry->>'answer', false, 1, now(), me_code, src);
    ELSE
        SELECT f.id, f.withdrawn, f.version INTO e FROM {s}.faq_entries f WHERE f.faq_id = fid FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no FAQ entry %', fid USING ERRCODE = 'no_data_found';
        END IF;
        IF e.withdrawn THEN
            RAISE EXCEPTION 'a withdrawn FAQ entry cannot be changed' USING ERRCODE = 'check_violation';
        END IF;
        ver := e.version + 1;
        action := 'faq.change';
        UPDATE {s}.faq_entries SET category = entry->>'category', procedure = proc, question = entry->>'question',
               answer = entry->>'answer', version = ver, updated_at = now(), updated_by = me_code
         WHERE id = e.id;
    END IF;
    content := jsonb_build_object('faq_id', fid, 'category', entry->>'category', 'procedure', proc,
                                  'question', entry->>'question', 'answer', entry->>'answer', 'withdrawn', false,
                                  'version', ver);{_publish(s, "faq/1", "'faq:' || fid", FAQ_KEYS)}
    PERFORM {s}.bo_audit(action, 'faq:' || fid, jsonb_build_object('version', ver, 'message_id', msg));
    RETURN fid;""")
    withdraw = _fn(s, "bo_faq_withdraw(fid text)", "e record;", f"""
    SELECT f.id, f.faq_id, f.category, f.procedure, f.question, f.answer, f.withdrawn, f.version INTO e
      FROM {s}.faq_entries f WHERE f.faq_id = fid FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no FAQ entry %', fid USING ERRCODE = 'no_data_found';
    END IF;
    IF e.withdrawn THEN
        RETURN NULL;  -- withdrawn already: nothing more published
    END IF;
    UPDATE {s}.faq_entries SET withdrawn = true, version = e.version + 1, updated_at = now(), updated_by = me_code
     WHERE id = e.id;
    content := jsonb_build_object('faq_id', e.faq_id, 'category', e.category, 'procedure', e.procedure,
                                  'question', e.question, 'answer', e.answer, 'withdrawn', true,
                                  'version', e.version + 1);{_publish(s, "faq/1", "'faq:' || e.faq_id", FAQ_KEYS)}
    PERFORM {s}.bo_audit('faq.withdraw', 'faq:' || e.faq_id,
                         jsonb_build_object('version', e.version + 1, 'message_id', msg));
    RETURN msg;""")
    return [save, withdraw]


def _announcement_content(ident: str, title: str, body: str, starts: str, ends: str, procs: str,
                          withdrawn: str, version: str) -> str:
    return f"""
    content := jsonb_build_object('announcement_id', {ident}, 'title', {title}, 'body', {body},
                                  'publish_from', {_rfc3339(starts)},
                                  'publish_until', CASE WHEN {ends} IS NULL THEN NULL ELSE {_rfc3339(ends)} END,
                                  'procedures', {procs}, 'withdrawn', {withdrawn}, 'version', {version});"""


def _announcement_sql(s: str) -> list[str]:
    save = _fn(s, "bo_announcement_save(entry jsonb)",
               "e record; aid text; ver integer; action text; starts timestamptz; ends timestamptz; procs jsonb; "
               "proc_code jsonb;", f"""
    {_text_check("entry->>'title'", "title", TITLE_LIMIT)}{_text_check("entry->>'body'", "text", TEXT_LIMIT)}
    starts := (entry->>'publish_from')::timestamptz;
    ends := (entry->>'publish_until')::timestamptz;
    IF starts IS NULL OR ends <= starts THEN
        RAISE EXCEPTION 'the publish period ends before it starts' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    procs := COALESCE(entry->'procedures', '[]'::jsonb);
    IF jsonb_typeof(procs) <> 'array' THEN
        RAISE EXCEPTION 'procedures: a list of procedure codes' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR proc_code IN SELECT p.value FROM jsonb_array_elements(procs) AS p(value) LOOP
        IF jsonb_typeof(proc_code) <> 'string' OR NOT EXISTS (
                SELECT 1 FROM {s}.procedure_versions pv WHERE pv.code = proc_code #>> '{{}}') THEN
            RAISE EXCEPTION 'unknown procedure %', proc_code USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    aid := NULLIF(entry->>'announcement_id', '');
    IF aid IS NULL THEN
        aid := gen_random_uuid()::text;
        ver := 1;
        action := 'announcement.create';
        INSERT INTO {s}.announcements (announcement_id, title, body, publish_from, publish_until, procedures,
                                       withdrawn, version, updated_at, updated_by)
        VALUES (aid, entry->>'title', entry->>'body', starts, ends, procs::json, false, 1, now(), me_code);
    ELSE
        SELECT a.id, a.withdrawn, a.version INTO e FROM {s}.announcements a WHERE a.announcement_id = aid FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no announcement %', aid USING ERRCODE = 'no_data_found';
        END IF;
        IF e.withdrawn THEN
            RAISE EXCEPTION 'a withdrawn announcement cannot be changed' USING ERRCODE = 'check_violation';
        END IF;
        ver := e.version + 1;
        action := 'announcement.change';
        UPDATE {s}.announcements SET title = entry->>'title', body = entry->>'body', publish_from = starts,
               publish_until = ends, procedures = procs::json, version = ver, updated_at = now(),
               updated_by = me_code
         WHERE id = e.id;
    END IF;{_announcement_content("aid", "entry->>'title'", "entry->>'body'", "starts", "ends", "procs", "false", "ver")}{
        _publish(s, "announcement/1", "'announcement:' || aid", ANNOUNCEMENT_KEYS)}
    PERFORM {s}.bo_audit(action, 'announcement:' || aid, jsonb_build_object('version', ver, 'message_id', msg));
    RETURN aid;""")
    withdraw = _fn(s, "bo_announcement_withdraw(aid text)", "e record;", f"""
    SELECT a.id, a.announcement_id, a.title, a.body, a.publish_from, a.publish_until, a.procedures, a.withdrawn,
           a.version INTO e
      FROM {s}.announcements a WHERE a.announcement_id = aid FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no announcement %', aid USING ERRCODE = 'no_data_found';
    END IF;
    IF e.withdrawn THEN
        RETURN NULL;  -- withdrawn already: nothing more published
    END IF;
    UPDATE {s}.announcements SET withdrawn = true, version = e.version + 1, updated_at = now(),
           updated_by = me_code
     WHERE id = e.id;{_announcement_content("e.announcement_id", "e.title", "e.body", "e.publish_from",
                                            "e.publish_until", "COALESCE(e.procedures::jsonb, '[]'::jsonb)",
                                            "true", "e.version + 1")}{
        _publish(s, "announcement/1", "'announcement:' || e.announcement_id", ANNOUNCEMENT_KEYS)}
    PERFORM {s}.bo_audit('announcement.withdraw', 'announcement:' || e.announcement_id,
                         jsonb_build_object('version', e.version + 1, 'message_id', msg));
    RETURN msg;""")
    return [save, withdraw]


def install_sql(schema: str) -> list[str]:
    """What migration 0024 runs on PostgreSQL (in `schema`, as the owner)."""
    s = check_schema(schema)
    out = [*_faq_sql(s), *_announcement_sql(s)]
    out += [f"REVOKE ALL ON FUNCTION {s}.{sig} FROM PUBLIC" for sig in FUNCTIONS]
    return out


def uninstall_sql() -> list[str]:
    return [f"DROP FUNCTION IF EXISTS {sig}" for sig in FUNCTIONS]
