"""audit.entry_rows (many entries of one unit of work at once, used by the register answer
load) chains exactly as entry_row does one by one: the stored details are the same JSON,
the chain verifies after other entries on both sides, on both engines."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import insert, select

from backoffice.accounts.permissions import system_actor
from backoffice.audit import log as audit
from backoffice.db.models import AuditEntry

ACTOR = system_actor("rows-test")


def test_entry_rows_chain_like_entry_row_and_verify(bo):
    details = [{"revision": 1, "attention": [], "reason": None, "result": "found"},
               {"when": date(2026, 11, 30), "pair": (1, 2), 3: "int key"},  # not plain JSON: round trip
               {"nested": {"list": [1.5, True, "二"]}}]
    with bo.db.write() as s:
        audit.record(s, ACTOR, "before", "x")
        rows = audit.entry_rows(s, ACTOR, [(f"bulk.{i}", f"application:{i}", d) for i, d in enumerate(details)])
        s.execute(insert(AuditEntry), rows)
        audit.record(s, ACTOR, "after", "y")
    with bo.db.read() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert [e.action for e in entries] == ["before", "bulk.0", "bulk.1", "bulk.2", "after"]
        assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
        assert entries[2].detail == {"when": "2026-11-30", "pair": [1, 2], "3": "int key"}
        assert entries[1].detail == details[0] and entries[3].detail == details[2]
        assert all(audit.entry_hash(e) == e.hash for e in entries)
        report = audit.verify_chain(s)
    assert report.intact and report.entries == 5, report


def test_an_edited_bulk_entry_is_detected(bo):
    with bo.db.write() as s:
        s.execute(insert(AuditEntry), audit.entry_rows(s, ACTOR, [("a", "t", {"n": i}) for i in range(3)]))
    with bo.db.write() as s:
        s.scalars(select(AuditEntry).where(AuditEntry.seq == 2)).one().detail = {"n": 99}
    with bo.db.read() as s:
        report = audit.verify_chain(s)
    assert not report.intact and report.first_bad_seq == 2


def test_detail_text_is_the_canonical_json_the_hash_was_made_of(bo):
    details = [{"revision": 1, "attention": ["record_mismatch"], "reason": None, "request_id": "OSK.r1"},
               {"name": "髙橋 \"引用\"\n", "n": 1.5, "ok": True, "nested": {"b": [], "a": {}}},
               {"when": date(2026, 11, 30), 3: "int key"}]  # not plain JSON: the round trip first
    with bo.db.write() as s:
        rows = audit.entry_rows(s, ACTOR, [(f"t.{i}", f"x:{i}", d) for i, d in enumerate(details)], detail_text=True)
        s.rollback()
    for row in rows:
        assert isinstance(row["detail"], audit.JSONText)
        value = json.loads(row["detail"])
        assert row["detail"] == json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        assert audit._row_hash({**row, "detail": value}) == row["hash"]
    assert json.loads(rows[2]["detail"]) == {"when": "2026-11-30", "3": "int key"}
    assert [r["prev_hash"] for r in rows[1:]] == [r["hash"] for r in rows[:-1]]
