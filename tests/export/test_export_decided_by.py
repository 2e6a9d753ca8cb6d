"""export_items.decided_by (migration 0008, issue 20 item 4): a decision stores who decided
with its export item, by the rule the export used to apply per row (the first event into
the decided status, else the application's decider); items queued before the migration
keep NULL and print the same decided_by as before, on SQLite and PostgreSQL."""

from __future__ import annotations

from types import SimpleNamespace

from alembic import command
from sqlalchemy import inspect, select, text, update

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.administration import staff
from backoffice.casework import review
from backoffice.db import migrate
from backoffice.db.engine import Database, make_engine
from backoffice.db.models import ExportItem, Staff
from backoffice.export import batch
from tests import builders
from tests.conftest import ADMIN_SETUP, make_backoffice
from tests.export import util

DATA = [c for c in util.HEADER.split(",") if c != "batch_id"]


def _person(bo, code: str, roles: list[str]) -> Actor:
    with bo.db.write() as s:
        info = staff.create_staff(s, ADMIN_SETUP, code, f"職員 {code}", roles, "a long passphrase 2026")
    return Actor(code=info.code, name=info.name, roles=frozenset(info.roles), id=info.id)


def _rows(b: util.Batch) -> list[tuple[str, ...]]:
    return [tuple(r[c] for c in DATA) for r in b.rows]


def test_decisions_store_their_decider_and_the_lookup_prints_the_same(env):
    """Real decisions: each export item holds the staff member of its decision (an approval
    later withdrawn by someone else keeps its approver); with those cleared, as for items
    from before 0008, a re-export prints the same rows."""
    bo = env.bo
    ids = ["OSK-2026-0000011", "OSK-2026-0000012", "OSK-2026-0000013"]
    for app_id in ids:
        env.put(env.bundle(builders.sample_application(application_id=app_id)))
    env.sync()
    rev, sup, sup2 = (_person(bo, "rev1", ["reviewer"]), _person(bo, "sup1", ["supervisor"]),
                      _person(bo, "sup2", ["supervisor"]))
    pks = [review.find_pk(bo, a) for a in ids]
    for pk, (who, decision) in zip(pks, [(rev, "approve"), (rev, "reject"), (sup, "approve")], strict=True):
        assert review.claim(bo, who, pk).status in ("ready_for_review", "needs_attention")
        review.decide(bo, who, pk, decision, reason=None if decision == "approve" else "書類不備のため")
    review.withdraw(bo, sup2, pks[2], "申請者から取下げ")  # approved by sup1, withdrawn by sup2
    with bo.db.read() as s:
        stored = s.execute(select(ExportItem.decision, Staff.code).join(Staff, Staff.id == ExportItem.decided_by)
                           .order_by(ExportItem.id)).all()
    assert [tuple(r) for r in stored] == [("approved", "rev1"), ("rejected", "rev1"), ("approved", "sup1"),
                                          ("withdrawn", "sup2")]
    (first,) = batch.export_pending(bo, sup)
    with bo.db.write() as s:  # as if queued before migration 0008
        s.execute(update(ExportItem).values(decided_by=None))
    again = batch.reexport(bo, system_actor(), first.batch_id)
    files = {b.batch_id: b for b in util.read_all(bo.config.export_out)}
    assert [(r["application_id"], r["decision"], r["decided_by"]) for r in files[first.batch_id].rows] == [
        (ids[0], "approved", "rev1"), (ids[1], "rejected", "rev1"), (ids[2], "approved", "sup1"),
        (ids[2], "withdrawn", "sup2")]
    assert _rows(files[again.batch_id]) == _rows(files[first.batch_id])


def test_items_queued_before_migration_0008_print_the_decider_as_before(db_url, tmp_path):
    """A database at 0007 with decisions pending: after the upgrade their decided_by is NULL
    and the export prints the deciding event's staff member (an approval later withdrawn by
    another keeps its approver), else the application's decider, else nothing; new items
    store theirs. The downgrade drops the column and keeps the decision sequence."""
    engine = make_engine(db_url)
    cfg = migrate.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
    with engine.begin() as conn:  # plain SQL: the models may hold columns added after 0007
        for pk, code in [(1, "appr1"), (2, "wdr2"), (3, "app3")]:
            conn.execute(text("INSERT INTO staff (id, code, name, password_hash, disabled, session_epoch, created_at)"
                              " VALUES (:pk, :code, '職員', 'x', false, 0, :at)"), {"pk": pk, "code": code, "at": util.T0})
    # 0: approved by appr1 then withdrawn by wdr2 (applications.decided_by = wdr2): two items;
    # 1: no event (the application's decider, app3); 2: an event by no staff member, no decider
    util.insert_decisions(SimpleNamespace(db=Database(engine)), 3, staff_pk=3)
    with engine.begin() as conn:
        conn.execute(text("UPDATE applications SET decided_by = CASE id WHEN 1 THEN 2 WHEN 3 THEN NULL"
                          " ELSE decided_by END, status = CASE id WHEN 1 THEN 'withdrawn' ELSE status END"))
        conn.execute(text("UPDATE export_items SET decision = 'approved' WHERE application_pk = 1"))
        conn.execute(text("INSERT INTO export_items (application_pk, procedure, decision, decided_at)"
                          " SELECT application_pk, procedure, 'withdrawn', decided_at FROM export_items"
                          " WHERE application_pk = 1"))
        events = [(1, 1, "approved", util.T0), (1, 2, "withdrawn", util.T0), (3, None, "rejected", util.T0)]
        for app_pk, actor, to_status, at in events:
            conn.execute(text("INSERT INTO application_events (application_pk, revision, at, actor_id, action,"
                              " from_status, to_status) VALUES (:a, 1, :at, :actor, 'x', 'in_review', :to)"),
                         {"a": app_pk, "at": at, "actor": actor, "to": to_status})
        conn.execute(text("UPDATE export_items SET decision = 'rejected' WHERE application_pk = 3"))
    engine.dispose()
    bo = make_backoffice(db_url, tmp_path)  # migrates to head
    try:
        with bo.db.read() as s:
            assert list(s.scalars(select(ExportItem.decided_by).order_by(ExportItem.id))) == [None] * 4
        util.insert_decisions(bo, 1, start=3, staff_pk=1, stored=lambda i: True)  # queued after 0008
        (info,) = batch.export_pending(bo, system_actor())
        (b,) = util.read_all(bo.config.export_out)
        assert [(r["application_id"], r["decision"], r["decided_by"]) for r in b.rows] == [
            ("OSK-2026-0000000", "approved", "appr1"), ("OSK-2026-0000000", "withdrawn", "wdr2"),
            ("OSK-2026-0000001", "rejected", "app3"), ("OSK-2026-0000002", "rejected", ""),
            ("OSK-2026-0000003", "approved", "appr1")]
        assert info.rows == 5
    finally:
        bo.close()
    engine = make_engine(db_url)
    migrate.downgrade(engine, "0007")  # on SQLite with foreign keys off while tables are rebuilt
    columns = {c["name"] for c in inspect(engine).get_columns("export_items")}
    with engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM export_items ORDER BY id")).scalars())
        if engine.dialect.name == "sqlite":  # still AUTOINCREMENT after the rebuilds
            ddl = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'export_items'")).scalar_one()
            assert "AUTOINCREMENT" in ddl
    engine.dispose()
    assert "decided_by" not in columns and ids == [1, 2, 3, 4, 5]
