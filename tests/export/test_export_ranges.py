"""Batches as ranges of the decision sequence (export-v1, docs/export.md "Exactly once"):
one row per procedure instead of one UPDATE per decision; a decision still committing
while a batch is assigned is never skipped (PostgreSQL); an id deleted by retention is
never handed out again (SQLite); batches marked row by row before migration 0007 keep
working (re-export, history, nothing exported twice)."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest
from alembic import command
from sqlalchemy import delete, func, insert, select, text

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.casework import review
from backoffice.db import migrate
from backoffice.db.engine import Database, make_engine
from backoffice.db.models import Application, ExportBatch, ExportItem, ExportRange
from backoffice.export import batch
from backoffice.platform.timeutil import utcnow
from tests.conftest import make_backoffice
from tests.export import util


def _members(bo) -> dict[int, list[int]]:
    """export_items.id -> the batches that claim it."""
    with bo.db.read() as s:
        member = batch.membership().subquery()
        found: dict[int, list[int]] = {}
        for item, b in s.execute(select(member.c.item_pk, member.c.batch_pk)):
            found.setdefault(item, []).append(b)
    return found


def _file_ids(bo) -> list[str]:
    return [r["application_id"] for b in sorted(util.read_all(bo.config.export_out), key=lambda b: b.batch_id)
            for r in b.rows]


def _viewer(bo) -> Actor:
    return Actor(code="sup9", name="決裁 太郎", roles=frozenset({"supervisor"}), id=util.add_staff(bo))


def test_assigning_a_batch_writes_one_row_per_procedure(bo):
    util.insert_decisions(bo, 30)
    (info,) = batch.export_pending(bo, system_actor())
    assert info.rows == 30
    with bo.db.read() as s:
        ranges = s.execute(select(ExportRange.procedure, ExportRange.lo, ExportRange.hi, ExportRange.rows)
                           .order_by(ExportRange.procedure)).all()
        assert s.scalar(select(func.count()).select_from(ExportItem).where(ExportItem.batch_pk.is_not(None))) == 0
    assert [(p, lo, n) for p, lo, _hi, n in ranges] == [
        ("inkan-certificate", 0, 10), ("juminhyo-copy", 0, 10), ("tax-certificate", 0, 10)]
    assert max(hi for *_, hi, _n in ranges) == 30
    util.insert_decisions(bo, 4, start=30)
    assert batch.pending_counts(bo, _viewer(bo)) == {"inkan-certificate": 1, "juminhyo-copy": 2,
                                                        "tax-certificate": 1}
    (second,) = batch.export_pending(bo, system_actor(), procedure="juminhyo-copy")
    with bo.db.read() as s:
        lo = s.scalar(select(ExportRange.lo).join(ExportBatch, ExportBatch.id == ExportRange.batch_pk)
                      .where(ExportBatch.batch_id == second.batch_id))
    assert second.rows == 2 and lo == dict((p, hi) for p, _lo, hi, _n in ranges)["juminhyo-copy"]
    (third,) = batch.export_pending(bo, system_actor())
    assert third.rows == 2
    assert sorted(_file_ids(bo)) == [f"OSK-2026-{i:07d}" for i in range(34)]
    assert all(len(b) == 1 for b in _members(bo).values()) and len(_members(bo)) == 34


def test_ids_deleted_by_retention_are_never_handed_out_again(bo):
    """Retention deletes applications (their export items go with them). Were the newest
    ids handed out again, the next decision would land inside an exported range and never
    be exported (SQLite reuses the largest rowid unless the table is AUTOINCREMENT)."""
    util.insert_decisions(bo, 5)
    (first,) = batch.export_pending(bo, system_actor())
    with bo.db.write() as s:
        s.execute(delete(Application).where(Application.id >= 4))
    util.insert_decisions(bo, 1, start=3)  # the same procedure as the deleted newest one
    (second,) = batch.export_pending(bo, system_actor())
    assert (first.rows, second.rows) == (5, 1)
    assert _file_ids(bo)[-1] == "OSK-2026-0000003"


@pytest.mark.postgres
def test_a_decision_committing_during_the_assignment_is_not_skipped(pg_schema_url, tmp_path):
    """A decision whose id was handed out before a later decision's, but which commits
    after it, must not fall inside a range taken in between (PostgreSQL; SQLite has one
    writer at a time). The exporter waits for it (the audit chain lock)."""
    bo = make_backoffice(pg_schema_url, tmp_path)
    try:
        staff_pk = util.add_staff(bo)
        actor = Actor(code="sup9", name="決裁 太郎", roles=frozenset({"supervisor"}), id=staff_pk)
        util.insert_decisions(bo, 3, staff_pk=staff_pk)
        flushed, finish = threading.Event(), threading.Event()
        errors: list[BaseException] = []

        def decide_slowly() -> None:
            try:
                with bo.db.write() as s:
                    app = s.get(Application, 2)
                    assert app is not None
                    review._final(s, app, actor, "withdrawn", utcnow())
                    s.flush()  # its id is handed out now; the commit comes later
                    flushed.set()
                    finish.wait(60)
            except BaseException as exc:  # noqa: BLE001 - reported by the main thread
                errors.append(exc)
                flushed.set()

        slow = threading.Thread(target=decide_slowly)
        slow.start()
        assert flushed.wait(60) and not errors
        util.insert_decisions(bo, 2, start=3)  # later decisions with larger ids commit first
        exporter = threading.Thread(target=lambda: batch.export_pending(bo, system_actor()))
        exporter.start()
        deadline = time.monotonic() + 30
        with bo.db.engine.connect() as conn:  # wait until the exporter waits for a lock (or is done)
            while exporter.is_alive() and time.monotonic() < deadline:
                if conn.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                    break
                conn.rollback()
                time.sleep(0.01)
        finish.set()
        slow.join(60)
        exporter.join(60)
        assert not errors and not slow.is_alive() and not exporter.is_alive()
        batch.export_pending(bo, system_actor())
        with bo.db.read() as s:
            n_items = s.scalar(select(func.count()).select_from(ExportItem))
        assert n_items == 6
        assert len(_file_ids(bo)) == 6  # the late decision is in a file
        members = _members(bo)
        assert len(members) == 6 and all(len(b) == 1 for b in members.values())
    finally:
        bo.close()


def test_batches_marked_before_migration_0007_keep_working(db_url, tmp_path):
    """A database at 0006 with a batch marked row by row and decisions still pending:
    after the upgrade the pending ones are exported once, the old batch re-exports the same
    rows, and a downgrade puts the range batches back as marks."""
    engine = make_engine(db_url)
    cfg = migrate.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        old = conn.execute(insert(ExportBatch).values(
            batch_id="20261128-090000-ALL-0001", procedure=None, created_at=util.T0, created_by=None, rows=4,
            sha256="0" * 64, state="written", reexport_of=None).returning(ExportBatch.id)).scalar_one()
    util.insert_decisions(SimpleNamespace(db=Database(engine)), 11)  # 11 decisions at 0006
    with engine.begin() as conn:  # the old protocol: 4 decisions marked with their batch
        conn.execute(ExportItem.__table__.update().where(ExportItem.id <= 4).values(batch_pk=old))
        conn.execute(delete(Application).where(Application.id == 11))  # the newest: retention
    engine.dispose()
    bo = make_backoffice(db_url, tmp_path)  # migrates to head (SQLite: export_items rebuilt)
    try:
        with bo.db.read() as s:
            assert list(s.scalars(select(ExportItem.id).order_by(ExportItem.id))) == list(range(1, 11))
        util.insert_decisions(bo, 1, start=10)
        with bo.db.write() as s:  # retention deletes the newest again: after 0007 its id is not reused
            newest = s.scalar(select(func.max(ExportItem.id)))
            s.execute(delete(Application).where(Application.id == 11))
        util.insert_decisions(bo, 1, start=10)
        with bo.db.read() as s:
            assert s.scalar(select(func.max(ExportItem.id))) == newest + 1
        viewer = _viewer(bo)
        assert sum(batch.pending_counts(bo, viewer).values()) == 7
        (new,) = batch.export_pending(bo, system_actor())
        assert new.rows == 7
        again = batch.reexport(bo, system_actor(), "20261128-090000-ALL-0001")
        files = {b.batch_id: [r["application_id"] for r in b.rows] for b in util.read_all(bo.config.export_out)}
        assert files[again.batch_id] == [f"OSK-2026-{i:07d}" for i in range(4)]
        assert files[new.batch_id] == [f"OSK-2026-{i:07d}" for i in range(4, 11)]
        assert batch.export_pending(bo, system_actor()) == []
        members = _members(bo)
        assert len(members) == 11 and all(len(b) == 1 for b in members.values())
        new_pk = {h.batch_id: h for h in batch.history(bo, viewer)}
        assert set(new_pk) == {"20261128-090000-ALL-0001", new.batch_id, again.batch_id}
    finally:
        bo.close()
    engine = make_engine(db_url)
    # the project's own downgrade: on SQLite it runs with foreign keys off, as a table rebuilt
    # by a later migration's downgrade (0016 drops applications.restricted) must not cascade
    migrate.downgrade(engine, "0006")
    with engine.connect() as conn:
        marks = conn.execute(text("SELECT b.batch_id, count(*) FROM export_items i JOIN export_batches b"
                                  " ON b.id = i.batch_pk GROUP BY b.batch_id ORDER BY b.batch_id")).all()
    engine.dispose()
    assert [(bid, n) for bid, n in marks] == [("20261128-090000-ALL-0001", 4), (new.batch_id, 7)]


def test_prefetched_chunks_pass_errors_on_and_stop_when_the_consumer_stops():
    closed = []

    def chunks(n, fail_at=None):
        try:
            for i in range(n):
                if i == fail_at:
                    raise OSError("connection lost")
                yield [(i,)]
        finally:
            closed.append(n)

    assert [c[0][0] for c in batch._prefetched(chunks(10))] == list(range(10))
    with pytest.raises(OSError, match="connection lost"):
        list(batch._prefetched(chunks(10, fail_at=4)))
    early = batch._prefetched(chunks(1000), ahead=1)
    assert next(early) == [(0,)]
    early.close()  # the consumer stops: the helper ends and closes the source
    assert closed == [10, 10, 1000]
    assert not [t for t in threading.enumerate() if t.name == "export-fetch"]
