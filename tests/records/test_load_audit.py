"""A loaded answer batch leaves an audit chain that verifies, with one entry per application
whose stored detail is the value that was hashed (the load stores each entry's canonical
JSON as it is, audit.entry_rows(detail_text=True)), and no answer in it. Both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.audit import log as audit
from backoffice.db.models import AuditEntry
from backoffice.records.answers import load_answers
from backoffice.records.requests import request_pending
from tests import builders
from tests.records.conftest import found, resident_record
from tests.records.test_exchange import AGENT


def test_loaded_batch_chains_verifiable_entries(renv):
    for i in range(3):
        renv.intake.put(renv.intake.bundle(builders.sample_application(application_id=f"OSK-2026-{1234 + i:07d}")))
    renv.intake.sync()
    request_pending(renv.bo, AGENT)
    renv.answer_batch([found("OSK-2026-0001234.r1"),
                       found("OSK-2026-0001235.r1", resident_record(birth="1985-04-02")),
                       {"request_id": "OSK-2026-0001236.r1", "result": "not_found",
                        "as_of": "2026-11-30T10:00:00+09:00"}])
    assert load_answers(renv.bo, AGENT).answered == 3
    with renv.bo.db.read() as s:
        assert audit.verify_chain(s).intact
        entries = {e.target: e for e in s.scalars(select(AuditEntry).where(AuditEntry.action.like("application.%")))}
        assert all(audit.entry_hash(e) == e.hash for e in entries.values())
    details = {t: e.detail for t, e in entries.items()}
    assert details["application:OSK-2026-0001234"] == {
        "revision": 1, "from_status": "received", "to_status": "ready_for_review", "reason": None,
        "attention": [], "request_id": "OSK-2026-0001234.r1", "result": "found"}
    # (the later two are also possible_duplicate: the same sample applicant)
    assert details["application:OSK-2026-0001235"]["attention"][-1] == "record_mismatch"
    assert details["application:OSK-2026-0001236"]["attention"][-1] == "record_not_found"
    assert "1985-04-02" not in repr(details) and "山田" not in repr(details)  # no answer in the log


def test_a_failing_status_update_fails_the_batch_whole(bo):
    """The applications' UPDATE is sent while the audit entries are chained (PostgreSQL:
    pipeline mode): its error still surfaces when the block ends, and nothing of the
    transaction is kept. On SQLite it runs before the block."""
    from datetime import UTC, datetime

    from backoffice.db.models import Application
    from backoffice.records.answers import _updating_apps
    from tests.records.util import insert_waiting

    insert_waiting(bo, 2)
    bad = [{"pk": 1, "v_status": "ready_for_review", "v_attention": [], "v_at": datetime.now(UTC)},
           {"pk": 2, "v_status": "x" * 100 if bo.db.dialect == "postgresql" else "ready_for_review",
            "v_attention": None, "v_at": datetime.now(UTC)}]
    ran = []
    assert bo.db.dialect in ("sqlite", "postgresql")
    if bo.db.dialect == "postgresql":  # VARCHAR(24) is enforced there: the UPDATE fails
        with pytest.raises(Exception, match="too long"), bo.db.write() as s:
            with _updating_apps(s.connection(), bad, datetime.now(UTC)):
                ran.append(True)
        assert ran == [True]
        with bo.db.read() as s:
            assert set(s.scalars(select(Application.status))) == {"received"}
    else:
        with bo.db.write() as s, _updating_apps(s.connection(), bad, datetime.now(UTC)):
            ran.append(True)
        with bo.db.read() as s:
            assert set(s.scalars(select(Application.status))) == {"ready_for_review"}
