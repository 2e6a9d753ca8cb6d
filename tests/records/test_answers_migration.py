"""Migration 0023: the register answers move from columns of record_requests to a table of
their own and back, without losing one (both engines; on PostgreSQL the row policy comes
and goes with the table)."""

from __future__ import annotations

from sqlalchemy import inspect, text

from backoffice.db import migrate
from backoffice.db.engine import is_postgres, make_engine

ANSWER = b'{"request_id":"A-1.r1","result":"found"}'


def _seed(conn) -> None:
    conn.execute(text("INSERT INTO applications (id, application_id, revision, procedure, department, status, "
                      "attention, applicant_name, applicant_kana, search_key, postal_code, address, "
                      "delivery_method, fee_due, submitted_at, received_at, paused_days, updated_at, restricted) "
                      "VALUES (1, 'A-1', 1, 'p', 'd', 'received', '[]', 'n', 'k', 'k', '', '', 'mail', 0, "
                      ":t, :t, 0, :t, false)"), {"t": "2026-11-30 00:00:00+00:00"})
    conn.execute(text("INSERT INTO record_batches (id, batch_id, direction, state, rows, created_at) "
                      "VALUES (7, 'b', 'answer', 'done', 1, :t)"), {"t": "2026-11-30 00:00:00+00:00"})
    for pk in (1, 2):  # the first answered, the second still waiting
        conn.execute(text("INSERT INTO record_requests (id, request_id, application_pk, revision, seq, kind, "
                          "queued_at, batch_pk) VALUES (:pk, :rid, 1, 1, :pk, 'resident', :t, 7)"),
                     {"pk": pk, "rid": f"A-1.r1{'' if pk == 1 else '.2'}", "t": "2026-11-30 00:00:00+00:00"})


def test_answers_survive_the_move_both_ways(db_url) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        _seed(conn)
        conn.execute(text("INSERT INTO record_answers (request_pk, result, as_of, answer, answer_sha256, "
                          "answered_at, batch_pk, findings) VALUES (1, 'found', :t, :a, :h, :t, 7, :f)"),
                     {"t": "2026-11-30 01:00:00+00:00", "a": ANSWER, "h": "a" * 64, "f": '["address"]'})
    migrate.downgrade(engine, "0022")
    assert "record_answers" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, result, answer, answer_sha256, answer_batch_pk, findings "
                                 "FROM record_requests ORDER BY id")).all()
    assert [(r[0], r[1], bytes(r[2]) if r[2] is not None else None, r[3], r[4]) for r in rows] == [
        (1, "found", ANSWER, "a" * 64, 7), (2, None, None, None, None)]
    migrate.upgrade(engine)
    assert "answer" not in {c["name"] for c in inspect(engine).get_columns("record_requests")}
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT request_pk, result, answer, answer_sha256, batch_pk, findings "
                                 "FROM record_answers")).all()
        if is_postgres(engine):
            policies = conn.execute(text("SELECT policyname FROM pg_policies WHERE tablename = 'record_answers' "
                                         "AND schemaname = current_schema() ORDER BY 1")).scalars().all()
            assert policies == ["bo_not_person", "bo_person_read"]
    assert len(rows) == 1 and rows[0][:2] == (1, "found") and bytes(rows[0][2]) == ANSWER
    assert rows[0][3:5] == ("a" * 64, 7) and "address" in str(rows[0][5])
    engine.dispose()
