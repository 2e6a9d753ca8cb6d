"""Payments as the person (issue 19 item 3, migration 0020): the PostgreSQL functions through
which a member of staff connected as their own login role records counter payments and
refunds and imports the provider's settlement files (backoffice/supervision/payments.py).
Persons hold no INSERT or UPDATE on `counter_payments`, `refunds`, `settlements` or
`settlement_imports` (which they cannot even read); these SECURITY DEFINER functions write
them in the caller's name after the core's checks, made again on the server with the core's
matrix (`bo_rule`, backoffice/accounts/rls.py):

- `bo_counter_payment(application_id, amount, receipt_no, received_at)`: payment.record
  (counter staff for any department's application, as the core's handover rule; supervisors
  of their departments); the fee due, no earlier counter or online payment, an unused receipt
  number. Audit `payment.counter`.
- `bo_refund(application_id, amount, note)`: payment.reconcile of the caller's departments,
  a positive amount, one refund per application. Audit `payment.refund`.
- `bo_settlement_import(data, file_name, encoding, rows)`: payment.reconcile; the file's
  SHA-256 is taken on the server from its bytes (the same file twice changes nothing), the
  rows (parsed on the workstation by settlement_file.parse, as JSON) are matched against
  every settlement, not only those the person may read: new, unchanged, paid -> refunded,
  anything else refuses the whole file (SQLSTATE 22000, the file's line in the hint).
  Audit `payment.import`.
"""

from __future__ import annotations

from backoffice.accounts.server_sql import (
    PATH,
    caller_facts,
    check_schema,
    lit,
    refuse_unless,
)

FUNCTIONS = ("bo_counter_payment(text, integer, text, timestamp with time zone)",
             "bo_refund(text, integer, text)",
             "bo_settlement_import(bytea, text, text, jsonb)")


def install_sql(schema: str) -> list[str]:
    """The statements migration 0020 runs on PostgreSQL (in `schema`, as the owner)."""
    check_schema(schema)
    s = schema
    who = caller_facts(s)
    declare = "#variable_conflict use_variable\nDECLARE me_id integer; my_roles text[]; my_depts text[];"

    def may(perm: str, what: str) -> str:
        return refuse_unless(s, perm, what)

    def app_of(perm: str, handover: bool) -> str:
        return f"""
    SELECT a.id, a.application_id, a.department, a.fee_due, a.payment_transaction_id
      INTO app FROM {s}.applications a WHERE a.application_id = btrim(app_key) FOR UPDATE;
    IF NOT FOUND OR NOT {s}.bo_rule(my_roles, my_depts, app.department, {lit(perm)},
                                    {'true' if handover else 'false'}) THEN
        RAISE EXCEPTION 'no application %', app_key USING ERRCODE = 'no_data_found';
    END IF;"""

    return [
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_counter_payment(app_key text, amount integer, receipt_no text,
                                                 received_at timestamptz DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
{declare} app record; receipt text := btrim(receipt_no); new_id bigint;
BEGIN{who}{may('payment.record', 'record payments')}{app_of('payment.record', True)}
    IF receipt IS NULL OR receipt = '' THEN
        RAISE EXCEPTION 'a receipt number is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF app.fee_due <= 0 OR amount IS DISTINCT FROM app.fee_due THEN
        RAISE EXCEPTION '%: the fee due is % yen, not % yen', app.application_id, app.fee_due, amount
            USING ERRCODE = 'check_violation';
    END IF;
    IF received_at > now() + interval '5 minutes' THEN
        RAISE EXCEPTION 'a payment received in the future' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM {s}.counter_payments p WHERE p.application_pk = app.id) THEN
        RAISE EXCEPTION '% was already paid at the counter', app.application_id USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM {s}.settlements t WHERE t.transaction_id = app.payment_transaction_id
                                                 AND t.status = 'paid') THEN
        RAISE EXCEPTION '% was already paid online', app.application_id USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM {s}.counter_payments p WHERE p.receipt_no = receipt) THEN
        RAISE EXCEPTION 'receipt % is already used', receipt USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO {s}.counter_payments (application_pk, receipt_no, amount, received_at, staff_id)
    VALUES (app.id, receipt, amount, COALESCE(received_at, now()), me_id) RETURNING id INTO new_id;
    PERFORM {s}.bo_audit('payment.counter', 'application:' || app.application_id,
                         jsonb_build_object('amount', amount, 'receipt', receipt));
    RETURN new_id;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_refund(app_key text, amount integer, note text DEFAULT '')
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
{declare} app record; new_id bigint;
BEGIN{who}{may('payment.reconcile', 'record refunds')}{app_of('payment.reconcile', False)}
    IF amount IS NULL OR amount <= 0 THEN
        RAISE EXCEPTION 'a refund must be a positive amount' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM {s}.refunds r WHERE r.application_pk = app.id) THEN
        RAISE EXCEPTION 'a refund for % is already recorded', app.application_id USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO {s}.refunds (application_pk, amount, recorded_at, recorded_by, note)
    VALUES (app.id, amount, now(), me_id, COALESCE(note, '')) RETURNING id INTO new_id;
    PERFORM {s}.bo_audit('payment.refund', 'application:' || app.application_id,
                         jsonb_build_object('amount', amount, 'note', COALESCE(note, '')));
    RETURN new_id;
END
$$""",
        f"""
CREATE OR REPLACE FUNCTION {s}.bo_settlement_import(data bytea, file_name text, encoding text, rows jsonb)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {PATH} AS $$
{declare} digest text; imp_id integer; r jsonb; prev record; total integer;
    n_new integer := 0; n_updated integer := 0; n_unchanged integer := 0;
BEGIN{who}{may('payment.reconcile', 'import settlement files')}
    IF data IS NULL OR rows IS NULL OR jsonb_typeof(rows) <> 'array' THEN
        RAISE EXCEPTION 'a settlement file and its rows' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    total := jsonb_array_length(rows);
    digest := encode(sha256(data), 'hex');
    -- the same file at the same time from two workstations: one imports, the other finds it
    PERFORM pg_advisory_xact_lock(hashtext('bo_settlement_import'));
    IF EXISTS (SELECT 1 FROM {s}.settlement_imports i WHERE i.file_sha256 = digest) THEN
        RETURN jsonb_build_object('already_imported', true, 'sha256', digest, 'new', 0, 'updated', 0,
                                  'unchanged', total);
    END IF;
    INSERT INTO {s}.settlement_imports (file_sha256, file_name, encoding, rows, imported_at, imported_by)
    VALUES (digest, left(file_name, 255), left(encoding, 16), total, now(), me_id) RETURNING id INTO imp_id;
    FOR r IN SELECT e FROM jsonb_array_elements(rows) AS e LOOP
        IF (r->>'status') NOT IN ('paid', 'refunded') OR (r->>'amount')::integer < 0
           OR COALESCE(r->>'transaction_id', '') = '' THEN
            RAISE EXCEPTION 'not a settlement row' USING ERRCODE = 'data_exception', HINT = r->>'line';
        END IF;
        SELECT t.id, t.amount, t.application_id, t.method, t.status INTO prev
          FROM {s}.settlements t WHERE t.transaction_id = r->>'transaction_id' FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO {s}.settlements (transaction_id, application_id, amount, paid_at, method, status, import_pk)
            VALUES (r->>'transaction_id', COALESCE(r->>'application_id', ''), (r->>'amount')::integer,
                    (r->>'paid_at')::timestamptz, r->>'method', r->>'status', imp_id);
            n_new := n_new + 1;
        ELSIF (prev.amount, prev.application_id, prev.method, prev.status)
              = ((r->>'amount')::integer, COALESCE(r->>'application_id', ''), r->>'method', r->>'status') THEN
            n_unchanged := n_unchanged + 1;
        ELSIF prev.status = 'paid' AND r->>'status' = 'refunded' AND prev.amount = (r->>'amount')::integer THEN
            UPDATE {s}.settlements SET status = 'refunded' WHERE id = prev.id;
            n_updated := n_updated + 1;
        ELSE
            RAISE EXCEPTION 'transaction % was imported before as % % yen for %', r->>'transaction_id',
                prev.status, prev.amount, COALESCE(NULLIF(prev.application_id, ''), '-')
                USING ERRCODE = 'data_exception', HINT = r->>'line';
        END IF;
    END LOOP;
    PERFORM {s}.bo_audit('payment.import', 'settlement:' || left(digest, 16),
                         jsonb_build_object('file', file_name, 'rows', total, 'new', n_new,
                                            'updated', n_updated));
    RETURN jsonb_build_object('already_imported', false, 'sha256', digest, 'new', n_new,
                              'updated', n_updated, 'unchanged', n_unchanged);
END
$$""",
        *(f"REVOKE ALL ON FUNCTION {s}.{f} FROM PUBLIC" for f in FUNCTIONS),
    ]


def uninstall_sql() -> list[str]:
    return [f"DROP FUNCTION IF EXISTS {f}" for f in FUNCTIONS]
