import multiprocessing as mp

from sqlalchemy import text

from backoffice.accounts.permissions import system_actor
from backoffice.audit import log as audit
from backoffice.cli.main import main
from backoffice.db.engine import Database, make_engine


def _write(bo, n):
    with bo.db.write() as s:
        for i in range(n):
            audit.record(s, system_actor(), "test.event", f"thing:{i}", n=i, name="𠮷田")


def test_intact_chain_verifies(bo):
    _write(bo, 5)
    with bo.db.read() as s:
        r = audit.verify_chain(s)
    assert r.intact and r.entries == 5


def _cli(bo, *args):
    return main(["--db", bo.config.database_url, *args])


def test_edited_row_is_detected(bo, capsys):
    _write(bo, 5)
    assert _cli(bo, "audit", "verify") == 0
    with bo.db.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET target = 'thing:x' WHERE seq = 3"))
    assert _cli(bo, "audit", "verify") == 1
    assert "entry 3 was altered" in capsys.readouterr().out


def test_deleted_row_is_detected(bo, capsys):
    _write(bo, 5)
    with bo.db.engine.begin() as c:
        c.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    assert _cli(bo, "audit", "verify") == 1
    assert "entry 2 is missing" in capsys.readouterr().out


def test_reordered_rows_are_detected(bo, capsys):
    _write(bo, 4)
    with bo.db.engine.begin() as c:  # swap the content of 2 and 3, keeping seq
        rows = {r.seq: r for r in c.execute(text("SELECT * FROM audit_log WHERE seq IN (2,3)"))}
        for seq, other in ((2, 3), (3, 2)):
            o = rows[other]
            c.execute(text("UPDATE audit_log SET target=:t, detail=:d, prev_hash=:p, hash=:h WHERE seq=:s"),
                      {"t": o.target, "d": o.detail if isinstance(o.detail, str) else __import__("json").dumps(o.detail),
                       "p": o.prev_hash, "h": o.hash, "s": seq})
    assert _cli(bo, "audit", "verify") == 1
    assert "entry 2" in capsys.readouterr().out


def _worker(url, n):
    db = Database(make_engine(url))
    for i in range(n):
        with db.write() as s:
            audit.record(s, system_actor(f"p{mp.current_process().pid}"[:32]), "race", f"i:{i}")
    db.dispose()


def test_concurrent_writers_never_fork_the_chain(bo):
    procs = [mp.get_context("spawn").Process(target=_worker, args=(bo.config.database_url, 25)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with bo.db.read() as s:
        r = audit.verify_chain(s)
    assert r.intact and r.entries == 100
