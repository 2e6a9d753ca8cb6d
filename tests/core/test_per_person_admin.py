"""Administration as the person (issue 19 item 3, migration 0022,
backoffice/administration/server_admin.py, backoffice/export/server_export.py), on the SCRAM
cluster of tests/core/test_per_person.py:

- an administrator connected as their own role schedules a dated fee change through the core
  (catalog_admin -> bo_catalog_change): the version and the audit entry are theirs and the entry
  says what the core's own says for the same kind of change on the shared role;
- a supervisor sets up a counter and closes and reopens days (bo_counter_save,
  bo_counter_close_days, bo_counter_reopen_days);
- a supervisor retries and discards refused bundles of their department (bo_quarantine_resolve);
- a supervisor of every department exports the pending decisions and re-exports the batch
  (bo_export_open, bo_export_written, bo_export_reexport), with the checkpoint beside it
  (bo_audit_checkpoint), and checks the chain as the audit screen does;
- and each time the server refuses the wrong role, the wrong department, and by hand with
  psycopg the direct INSERT/UPDATE/DELETE and the function called with forged arguments.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from backoffice.accounts import rls
from backoffice.administration import catalog_admin, server_admin
from backoffice.audit import log as audit
from backoffice.audit import query as audit_query
from backoffice.casework import queries, workflow
from backoffice.db import roles
from backoffice.db.models import AuditEntry, ExportBatch, ExportItem, IntakeRecord, Staff
from backoffice.db.models_audit import AuditCheckpoint
from backoffice.db.models_catalog import ProcedureVersion
from backoffice.db.models_supervision import (
    Appointment,
    AppointmentSlot,
    CounterClosure,
    CounterLocation,
)
from backoffice.export import batch
from backoffice.intake import quarantine
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import NotFound, PermissionDenied
from backoffice.platform.timeutil import JST, today_jst, utcnow
from backoffice.supervision import counter_closures, counters
from tests.core.test_per_person import (  # noqa: F401 (fixtures)
    ADMIN,
    CITIZEN,
    PW,
    TAX,
    _person,
    _sign_in,
    scram_cluster,
    shared,
)
from tests.ui.factories import make_applications

pytestmark = pytest.mark.postgres


def _entries(bo: Backoffice, actor: str, action: str) -> list[AuditEntry]:
    with bo.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.actor == actor, AuditEntry.action == action)
                              .order_by(AuditEntry.seq)))


def _rows(url: str, code: str, statement: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """What `code` connected with psycopg by hand reads."""
    u = make_url(url)
    with psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=rls.person_role(code), password=PW,
                         autocommit=True) as conn:
        return list(conn.execute(statement, args).fetchall())


def _refused(url: str, code: str, statements: list[tuple[str, tuple[Any, ...], type[Exception]]]) -> list[str]:
    """Each statement as `code` connected with psycopg by hand; the server's answer of each."""
    u = make_url(url)
    answers = []
    with psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=rls.person_role(code), password=PW,
                         autocommit=True) as conn:
        for statement, args, refusal in statements:
            with pytest.raises(refusal) as refused:
                conn.execute(statement, args)
            answers.append(f"{statement[:60]} -> {type(refused.value).__name__}")
    return answers


def test_an_administrator_changes_the_catalog_as_themselves(shared: Backoffice, scram_cluster: str,  # noqa: F811
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    admin_code = _person(shared, scram_cluster, ["admin"], [TAX])
    admin = _sign_in(shared, admin_code)
    assert admin.bo is not None
    day = today_jst() + timedelta(days=3)
    before = catalog_admin._dated(shared).entries_on(day)
    # the same kind of change by the core on the shared role, for comparison
    catalog_admin.change_procedure(shared, ADMIN, "juminhyo-copy", {"fee_per_copy": 350}, day, note="条例改正")
    changes = catalog_admin.change_procedure(admin.bo, admin.actor, "tax-certificate", {"fee_per_copy": 450}, day,
                                             note="条例改正")
    assert [(c.code, c.key, c.before, c.after) for c in changes] == [
        ("tax-certificate", "fee_per_copy", before["tax-certificate"]["fee_per_copy"], 450)]
    with shared.db.read() as s:
        row = s.scalars(select(ProcedureVersion).where(ProcedureVersion.code == "tax-certificate",
                                                       ProcedureVersion.effective_from == day)).one()
        assert (row.entry, row.created_by, row.note) == ({**before["tax-certificate"], "fee_per_copy": 450},
                                                         admin_code, "条例改正")
    core = _entries(shared, ADMIN.code, "catalog.change")[-1].detail
    person = _entries(shared, admin_code, "catalog.change")
    assert len(person) == 1 and person[0].target == "procedure:tax-certificate"
    assert person[0].workstation == "127.0.0.1"  # written by the server's bo_audit, not the core
    assert person[0].detail == {**core, "changes": [{"key": "fee_per_copy", "after": 450,
                                                     "before": before["tax-certificate"]["fee_per_copy"]}]}
    assert core["changes"] == [{"key": "fee_per_copy", "before": before["juminhyo-copy"]["fee_per_copy"],
                                "after": 350}]
    # a second change the same day replaces that day's version; no change writes nothing
    catalog_admin.change_procedure(admin.bo, admin.actor, "tax-certificate", {"fee_per_copy": 500}, day)
    assert catalog_admin.change_procedure(admin.bo, admin.actor, "tax-certificate", {"fee_per_copy": 500}, day) == []
    with shared.db.read() as s:
        rows = s.scalars(select(ProcedureVersion).where(ProcedureVersion.code == "tax-certificate",
                                                        ProcedureVersion.effective_from == day)).all()
        assert [r.entry["fee_per_copy"] for r in rows] == [500]
        assert audit.verify_chain(s).intact
    assert len(_entries(shared, admin_code, "catalog.change")) == 2

    # a supervisor: the core's check switched off, the server refuses
    supervisor = _sign_in(shared, _person(shared, scram_cluster, ["supervisor"], [TAX]))
    assert supervisor.bo is not None
    monkeypatch.setattr(catalog_admin, "require", lambda *_a, **_k: None)
    with pytest.raises(PermissionDenied):
        catalog_admin.change_procedure(supervisor.bo, supervisor.actor, "tax-certificate", {"fee_per_copy": 1}, day)
    entry = dict(before["tax-certificate"])
    good = json.dumps(entry, ensure_ascii=False)
    answers = _refused(scram_cluster, admin_code, [
        ("INSERT INTO procedure_versions (code, effective_from, entry, created_at, created_by, note) "
         "VALUES ('tax-certificate', current_date + 9, %s::json, now(), 'someone', '')", (good,),
         psycopg.errors.InsufficientPrivilege),
        ("UPDATE procedure_versions SET entry = %s::json", (good,), psycopg.errors.InsufficientPrivilege),
        ("DELETE FROM procedure_versions", (), psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_catalog_change('tax-certificate', current_date - 2, %s, '')", (good,),
         psycopg.errors.CheckViolation),
        ("SELECT bo_catalog_change('tax-certificate', current_date + 9, %s, '')",
         (json.dumps({**entry, "department": "秘密課"}),), psycopg.errors.InvalidParameterValue),
        ("SELECT bo_catalog_change('tax-certificate', current_date + 9, %s, '')",
         (json.dumps({**entry, "fee_per_copy": -1}),), psycopg.errors.InvalidParameterValue),
    ])
    answers += _refused(scram_cluster, supervisor.actor.code, [
        ("SELECT bo_catalog_change('tax-certificate', current_date + 9, %s, '')", (good,),
         psycopg.errors.InsufficientPrivilege)])
    # the helpers are not the persons' to call; a disabled account is nobody
    answers += _refused(scram_cluster, admin_code, [
        ("SELECT bo_admin_actor('catalog.manage')", (), psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_catalog_departments(current_date)", (), psycopg.errors.InsufficientPrivilege)])
    with shared.db.write() as s:
        s.execute(update(Staff).where(Staff.code == admin_code).values(disabled=True))
    answers += _refused(scram_cluster, admin_code, [
        ("SELECT bo_catalog_change('tax-certificate', current_date + 9, %s, '')", (good,),
         psycopg.errors.InsufficientPrivilege)])
    print("\n".join(answers))
    with shared.db.read() as s:
        assert s.scalar(select(ProcedureVersion).where(ProcedureVersion.created_by.in_(
            [supervisor.actor.code, "someone"]))) is None
    # every function: SECURITY DEFINER with a search_path of its own, granted as listed
    assert set(server_admin.FUNCTIONS) == set(roles.PERSON_ADMIN_FUNCTIONS)
    with psycopg.connect(scram_cluster.replace("postgresql+psycopg://", "postgresql://")) as conn:
        for signature in (*server_admin.FUNCTIONS, *server_admin._HELPERS):
            secdef, config, granted = conn.execute(
                "SELECT p.prosecdef, p.proconfig, has_function_privilege(%s, p.oid, 'EXECUTE') FROM pg_proc p "
                "WHERE p.oid = %s::regprocedure", (rls.PERSON_GROUP, signature)).fetchone()
            assert secdef and config == ["search_path=pg_catalog, pg_temp"], signature
            assert granted == (signature in server_admin.FUNCTIONS), signature
    admin.bo.close()
    supervisor.bo.close()


def test_a_supervisor_sets_up_a_counter_as_themselves(shared: Backoffice, scram_cluster: str) -> None:  # noqa: F811
    sup_code = _person(shared, scram_cluster, ["supervisor"], [TAX])
    sup = _sign_in(shared, sup_code)
    assert sup.bo is not None
    code = f"t{uuid.uuid4().hex[:6]}"
    setup = counters.Setup(code, "臨時窓口", time(9), time(12), 30, 2)
    assert counters.save_setup(sup.bo, sup.actor, setup).changed
    assert counters.save_setup(sup.bo, sup.actor, setup).changed is False
    # the preview of a change counts every booking (bo_counter_bookings): a 市民課 booking the
    # 税務課 supervisor may not read keeps its seat and is listed without its name
    day = today_jst() + timedelta(days=10)
    while not shared.calendar.is_business_day(day):
        day += timedelta(days=1)
    at = datetime.combine(day, time(9), tzinfo=JST).astimezone(UTC)
    citizen = make_applications(shared, 1, procedures=("juminhyo-copy",), prefix=f"B{uuid.uuid4().hex[:6].upper()}-")[0]
    with shared.db.write() as s:
        loc_pk = s.scalars(select(CounterLocation.id).where(CounterLocation.code == code)).one()
        slot = AppointmentSlot(location_pk=loc_pk, starts_at=at, ends_at=at + timedelta(minutes=30))
        s.add(slot)
        s.flush()
        booked = [Appointment(slot_pk=slot.id, seat=seat, location_pk=loc_pk, starts_at=at, application_pk=pk,
                              visitor_name=name, purpose="", source="hand", status="booked", booked_at=utcnow(),
                              booked_by=None, checked_in_at=None)
                  for seat, pk, name in ((1, None, "来庁者 乙"), (2, citizen.pk, "市民 甲"))]
        s.add_all(booked)
        s.flush()
        hidden = booked[1].id
    impact = counters.preview_setup(sup.bo, sup.actor, counters.Setup(code, "臨時窓口", time(9), time(12), 30, 1))
    assert [(a.appointment_id, a.reason, a.visitor_name, a.other_department) for a in impact.affected] == [
        (hidden, counters.OVER_CAPACITY, None, True)]
    assert impact.booked == 2
    counters.save_setup(sup.bo, sup.actor, counters.Setup(code, "臨時窓口", time(9), time(12), 30, 3))
    first = today_jst() + timedelta(days=2)
    assert counter_closures.close_days(sup.bo, sup.actor, code, first, first + timedelta(days=2), "設備点検").changed
    assert counter_closures.reopen_days(sup.bo, sup.actor, code, first + timedelta(days=1), first + timedelta(days=1)) == 1
    with shared.db.read() as s:
        loc = s.scalars(select(CounterLocation).where(CounterLocation.code == code)).one()
        assert (loc.name, loc.capacity) == ("臨時窓口", 3)
        assert sorted(s.scalars(select(CounterClosure.day).where(CounterClosure.location_pk == loc.id))) == [
            first, first + timedelta(days=2)]
        assert audit.verify_chain(s).intact
    done = {a: [e.detail for e in _entries(shared, sup_code, a)] for a in (
        "counter.create", "counter.configure", "counter.close_days", "counter.reopen_days")}
    assert done == {
        "counter.create": [{"name": "臨時窓口", "opens": "09:00", "closes": "12:00", "slot_minutes": 30,
                            "capacity": 2}],
        "counter.configure": [{"changed": {"capacity": [2, 3]}, "affected": 0, "affected_slots": 0}],
        "counter.close_days": [{"first": first.isoformat(), "last": (first + timedelta(days=2)).isoformat(),
                                "days": 3, "note": "設備点検", "affected": 0}],
        "counter.reopen_days": [{"first": (first + timedelta(days=1)).isoformat(),
                                 "last": (first + timedelta(days=1)).isoformat(), "days": 1}]}
    reviewer_code = _person(shared, scram_cluster, ["reviewer"], [TAX])
    with shared.db.read() as s:
        loc_id = s.scalars(select(CounterLocation.id).where(CounterLocation.code == code)).one()
    answers = _refused(scram_cluster, reviewer_code, [
        ("SELECT bo_counter_save(%s, 'x', '09:00', '12:00', 30, 1, 0, 0)", (code,),
         psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_counter_close_days(%s, current_date + 5, current_date + 5, '', 0)", (code,),
         psycopg.errors.InsufficientPrivilege),
        ("SELECT * FROM bo_counter_bookings(%s)", (code,), psycopg.errors.InsufficientPrivilege)])
    # an administrator counts the bookings but reads no visitor's name
    admin_code = _person(shared, scram_cluster, ["admin"], [TAX, CITIZEN])
    assert sorted(r[4] is None for r in _rows(scram_cluster, admin_code, "SELECT * FROM bo_counter_bookings(%s)",
                                              (code,))) == [True, True]
    assert sorted(r[4] or "" for r in _rows(scram_cluster, sup_code, "SELECT * FROM bo_counter_bookings(%s)",
                                            (code,))) == ["", "来庁者 乙"]
    answers.append("SELECT * FROM bo_counter_bookings(...) -> the bookings; no names as an administrator, "
                   "another department's without its name as a 税務課 supervisor")
    answers += _refused(scram_cluster, sup_code, [
        ("INSERT INTO counter_closures (location_pk, day, note) VALUES (%s, current_date + 20, '')", (loc_id,),
         psycopg.errors.InsufficientPrivilege),
        ("DELETE FROM counter_closures WHERE location_pk = %s", (loc_id,), psycopg.errors.InsufficientPrivilege),
        ("UPDATE counter_locations SET capacity = 50 WHERE id = %s", (loc_id,), psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_counter_close_days(%s, current_date - 3, current_date - 1, '', 0)", (code,),
         psycopg.errors.CheckViolation),
        ("SELECT bo_counter_save(%s, 'x', '09:00', '12:00', 30, 999, 0, 0)", (code,), psycopg.errors.CheckViolation),
        ("SELECT bo_counter_save(%s, 'x', '12:00', '09:00', 30, 1, 0, 0)", (code,), psycopg.errors.CheckViolation),
    ])
    print("\n".join(answers))
    with shared.db.read() as s:
        assert s.get(CounterLocation, loc_id).capacity == 3  # type: ignore[union-attr]
    sup.bo.close()


DETAIL = "申請者 山田 太郎 と署名者 山田 花子 が一致しません"


def _refused_bundle(bo: Backoffice, department: str | None) -> int:
    name = f"bundle-{uuid.uuid4().hex[:8]}.zip"
    bo.spool.quarantine.mkdir(parents=True, exist_ok=True)
    (bo.spool.quarantine / name).write_bytes(b"PK refused")
    with bo.db.write() as s:
        rec = IntakeRecord(file_name=name, file_sha256=uuid.uuid4().hex * 2, bundle_id=None, outcome="quarantined",
                           reason="bad_signature", detail=DETAIL, at=utcnow(), stored_path=str(bo.spool.quarantine / name),
                           department=department)
        s.add(rec)
        s.flush()
        return rec.id


def test_a_supervisor_resolves_refused_bundles_as_themselves(shared: Backoffice, scram_cluster: str,  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    sup_code = _person(shared, scram_cluster, ["supervisor"], [TAX])
    sup = _sign_in(shared, sup_code)
    assert sup.bo is not None
    mine, gone, theirs, unknown = (_refused_bundle(shared, d) for d in (TAX, TAX, CITIZEN, None))
    # the list as the person: their department's with the detail (from bo_refused_bundle_notes);
    # with the core's filter switched off the server still hides the others
    listed = {r.id: r for r in queries.quarantined(sup.bo, sup.actor)}
    assert {mine, gone} <= set(listed) and not {theirs, unknown} & set(listed)
    assert listed[mine].detail == DETAIL and not listed[mine].detail_withheld
    with monkeypatch.context() as m:
        m.setattr(queries.scope, "refused_bundle_condition", lambda *_a, **_k: None)
        assert not {theirs, unknown} & {r.id for r in queries.quarantined(sup.bo, sup.actor)}
    admin_code = _person(shared, scram_cluster, ["admin"], [TAX])
    admin = _sign_in(shared, admin_code)
    assert admin.bo is not None
    seen = {r.id: r for r in queries.quarantined(admin.bo, admin.actor)}  # every record, reason only
    assert {mine, theirs, unknown} <= set(seen) and all(seen[i].detail == "" for i in (mine, theirs, unknown))
    admin.bo.close()
    moved = quarantine.retry(sup.bo, sup.actor, mine, note="鍵を更新")
    assert moved.parent == shared.spool.root / "inbox" and moved.exists()
    quarantine.discard(sup.bo, sup.actor, gone, "重複送信")
    with shared.db.read() as s:
        got = {r.id: (r.resolution, r.resolution_note, r.resolved_by) for r in s.scalars(
            select(IntakeRecord).where(IntakeRecord.id.in_([mine, gone, theirs, unknown])))}
    assert got == {mine: ("retried", "鍵を更新", sup.actor.id), gone: ("discarded", "重複送信", sup.actor.id),
                   theirs: (None, None, None), unknown: (None, None, None)}
    assert [(e.action, e.detail) for e in _entries(shared, sup_code, "quarantine.retry")
            + _entries(shared, sup_code, "quarantine.discard")] == [
        ("quarantine.retry", {"reason": "bad_signature", "note": "鍵を更新"}),
        ("quarantine.discard", {"reason": "bad_signature", "note": "重複送信"})]
    # another department's bundle and one of no known department: the core's check off, the server refuses
    monkeypatch.setattr(quarantine.scope, "require_refused_bundle", lambda *_a, **_k: None)
    for rid in (theirs, unknown):  # the row policy hides the record itself ("no refused bundle")
        with pytest.raises(NotFound):
            quarantine.retry(sup.bo, sup.actor, rid)
    answers = _refused(scram_cluster, admin_code, [
        ("SELECT bo_quarantine_resolve(%s, 'retried', '')", (theirs,), psycopg.errors.InsufficientPrivilege),
        ("SELECT detail FROM intake_records", (), psycopg.errors.InsufficientPrivilege),
        ("SELECT resolution_note FROM intake_records", (), psycopg.errors.InsufficientPrivilege)])
    assert _rows(scram_cluster, admin_code, "SELECT * FROM bo_refused_bundle_notes(%s)", ([mine, theirs],)) == []
    assert _rows(scram_cluster, sup_code, "SELECT * FROM bo_refused_bundle_notes(%s)", ([mine, theirs],)) == [
        (mine, DETAIL, "鍵を更新")]
    assert _rows(scram_cluster, sup_code, "SELECT id FROM intake_records WHERE id = ANY(%s)",
                 ([theirs, unknown],)) == []
    reviewer_code = _person(shared, scram_cluster, ["reviewer"], [TAX])
    assert _rows(scram_cluster, reviewer_code, "SELECT id FROM intake_records WHERE id = %s", (mine,)) == []
    answers += ["SELECT * FROM bo_refused_bundle_notes(...) as the administrator -> no rows",
                "SELECT id FROM intake_records (another department's, none known) as a 税務課 supervisor -> no rows",
                "SELECT id FROM intake_records (a refused bundle) as a reviewer -> no rows"]
    answers += _refused(scram_cluster, reviewer_code, [
        ("SELECT * FROM bo_refused_bundle_notes(%s)", ([mine],), psycopg.errors.InsufficientPrivilege)])
    answers += _refused(scram_cluster, sup_code, [
        ("UPDATE intake_records SET resolution = 'discarded' WHERE id = %s", (theirs,),
         psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_quarantine_resolve(%s, 'discarded', ' ')", (theirs,), psycopg.errors.InvalidParameterValue),
        ("SELECT bo_quarantine_resolve(%s, 'retried', '')", (theirs,), psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_quarantine_resolve(%s, 'retried', '')", (mine,), psycopg.errors.CheckViolation),
        ("SELECT bo_quarantine_resolve(%s, 'deleted', 'x')", (unknown,), psycopg.errors.InvalidParameterValue),
    ])
    print("\n".join(answers))
    # a supervisor of every department may act on the bundle of no known department
    every = _sign_in(shared, _person(shared, scram_cluster, ["supervisor"], shared.catalog.departments()))
    assert every.bo is not None
    quarantine.discard(every.bo, every.actor, unknown, "読めない")
    with shared.db.read() as s:
        assert s.get(IntakeRecord, unknown).resolved_by == every.actor.id  # type: ignore[union-attr]
    sup.bo.close()
    every.bo.close()


def test_a_supervisor_exports_and_checks_the_chain_as_themselves(shared: Backoffice, scram_cluster: str,  # noqa: F811
                                                                 tmp_path: Path, memory_keyring: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    every_code = _person(shared, scram_cluster, ["supervisor"], shared.catalog.departments())
    every = _sign_in(shared, every_code)
    assert every.bo is not None
    procedures = ("tax-certificate", "juminhyo-copy")
    made = make_applications(shared, 3, statuses=(workflow.APPROVED,), procedures=procedures,
                             prefix=f"X{uuid.uuid4().hex[:6].upper()}-")
    with shared.db.write() as s:
        for n, m in enumerate(made):
            s.add(ExportItem(application_pk=m.pk, procedure=procedures[n % 2], decision="approved",
                             decided_at=utcnow(), decided_by=None))
    out = tmp_path / "exports"
    written = batch.export_pending(every.bo, every.actor, out=out)
    assert len(written) == 1 and written[0].rows == 3 and written[0].state == "written"
    first = written[0]
    assert first.csv_path is not None and first.csv_path.exists()
    assert (out / f"{first.batch_id}{batch.audit_checkpoint.SIDECAR_SUFFIX}").exists()
    assert batch.export_pending(every.bo, every.actor, out=out) == []  # nothing pending: nothing written
    again = batch.reexport(every.bo, every.actor, first.batch_id, out=out)
    assert again.rows == 3 and again.reexport_of == first.batch_id
    assert again.csv_path is not None
    def body(path: Path) -> list[bytes]:  # the rows after batch_id and seq (export-v1: Shift_JIS)
        return [line.split(b",", 2)[2] for line in path.read_bytes().splitlines()[1:]]

    assert len(body(first.csv_path)) == 3 and body(again.csv_path) == body(first.csv_path)
    with shared.db.read() as s:
        rows = {b.batch_id: (b.created_by, b.state, b.rows) for b in s.scalars(select(ExportBatch))}
        assert rows[first.batch_id] == (every.actor.id, "written", 3)
        assert rows[again.batch_id] == (every.actor.id, "written", 3)
        checkpoints = s.scalars(select(AuditCheckpoint).where(AuditCheckpoint.reason == "export")).all()
        assert len(checkpoints) == 2
    assert [(e.detail, e.workstation) for e in _entries(shared, every_code, "export.run")] == [
        ({"procedure": "ALL", "rows": 3, "out": str(out)}, "127.0.0.1")]  # the server's bo_audit
    assert [e.detail for e in _entries(shared, every_code, "export.reexport")] == [
        {"original": first.batch_id, "rows": 3, "out": str(out)}]

    # the audit screen's check as the person: the chain and the checkpoints, the entry theirs
    status = audit_query.chain_status(every.bo, every.actor)
    assert status.report.intact, status.report.problem
    assert [e.detail["intact"] for e in _entries(shared, every_code, "audit.verify")] == [True]

    # a supervisor of 税務課 alone: an ALL batch and a 市民課 procedure refused by the server too
    tax_code = _person(shared, scram_cluster, ["supervisor"], [TAX])
    tax = _sign_in(shared, tax_code)
    assert tax.bo is not None
    with shared.db.write() as s:
        s.add(ExportItem(application_pk=made[1].pk, procedure="juminhyo-copy", decision="approved",
                         decided_at=utcnow(), decided_by=None))
    with pytest.raises(PermissionDenied):
        batch.export_pending(tax.bo, tax.actor, out=out)
    monkeypatch.setattr(batch, "_require_procedure", lambda *_a, **_k: None)
    for procedure in (None, "juminhyo-copy"):
        with pytest.raises(PermissionDenied):
            batch.export_pending(tax.bo, tax.actor, procedure=procedure, out=out)
    with pytest.raises(PermissionDenied):
        batch.reexport(tax.bo, tax.actor, first.batch_id, out=out)
    reviewer_code = _person(shared, scram_cluster, ["reviewer"], shared.catalog.departments())
    with shared.db.read() as s:
        first_pk = s.scalars(select(ExportBatch.id).where(ExportBatch.batch_id == first.batch_id)).one()
        head = s.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).one()
    now_id = f"{utcnow() + timedelta(hours=9):%Y%m%d-%H%M%S}-ALL-0001"
    answers = _refused(scram_cluster, reviewer_code, [
        ("SELECT bo_export_open(%s, NULL, now(), '/tmp')", (now_id,), psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_audit_checkpoint(%s, %s, now(), 'k', %s, 'manual')", (head[0], head[1], "A" * 86 + "=="),
         psycopg.errors.InsufficientPrivilege)])
    answers += _refused(scram_cluster, tax_code, [
        ("SELECT bo_export_open(%s, NULL, now(), '/tmp')", (now_id,), psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_export_reexport(%s, %s, now(), '/tmp')", (first.batch_id, now_id),
         psycopg.errors.InsufficientPrivilege)])
    answers += _refused(scram_cluster, every_code, [
        ("INSERT INTO export_batches (batch_id, procedure, created_at, created_by, rows, sha256, state) "
         "VALUES ('forged', NULL, now(), %s, 0, '', 'pending')", (every.actor.id,),
         psycopg.errors.InsufficientPrivilege),
        ("UPDATE export_batches SET state = 'pending' WHERE id = %s", (first_pk,),
         psycopg.errors.InsufficientPrivilege),
        ("DELETE FROM export_ranges", (), psycopg.errors.InsufficientPrivilege),
        ("INSERT INTO audit_checkpoints (entries, head_hash, made_at, kid, signature, reason) "
         "VALUES (1, 'x', now(), 'k', 's', 'manual')", (), psycopg.errors.InsufficientPrivilege),
        ("SELECT bo_export_open('20200101-000000-ALL-0001', NULL, '2020-01-01', '/tmp')", (),
         psycopg.errors.InvalidParameterValue),
        ("SELECT bo_export_open(%s, NULL, now() - interval '1 day', '/tmp')", (now_id,),
         psycopg.errors.InvalidParameterValue),
        ("SELECT bo_export_written(%s, 3, %s, false, false)", (first_pk, "0" * 64), psycopg.errors.CheckViolation),
        ("SELECT bo_audit_checkpoint(%s, %s, now(), 'k', %s, 'manual')", (head[0], "0" * 64, "A" * 86 + "=="),
         psycopg.errors.CheckViolation),
    ])
    print("\n".join(answers))
    # a pending batch of someone else is marked written only as an audited recovery
    with shared.db.write() as s:
        b = ExportBatch(batch_id=f"pending-{uuid.uuid4().hex[:6]}", procedure="tax-certificate", created_at=utcnow(),
                        created_by=None, rows=0, sha256="", state="pending", reexport_of=None)
        s.add(b)
        s.flush()
        other_pk = b.id
    _refused(scram_cluster, tax_code, [("SELECT bo_export_written(%s, 0, %s, false, false)", (other_pk, "0" * 64),
                                        psycopg.errors.InsufficientPrivilege)])
    every.bo.close()
    tax.bo.close()
