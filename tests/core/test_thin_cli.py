"""The command line is thin (issue 14 item 5): argument parsing and printing only; every act
goes through the same core service the desktop uses, so `backoffice audit verify` leaves the
audit entry the desktop's "Verify chain" button leaves, and prints what cli-v1 says."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from sqlalchemy import select, text

from backoffice.accounts.permissions import Actor
from backoffice.audit import log as audit
from backoffice.audit import query as audit_query
from backoffice.cli.main import main
from backoffice.db.models import AuditEntry

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "backoffice" / "cli"
SUPERVISOR = Actor(code="s001", name="監督 花子", roles=frozenset({"supervisor"}))


def _cli_sources() -> list[Path]:
    return sorted(CLI.rglob("*.py"))


def test_the_cli_imports_no_sqlalchemy_and_never_touches_the_database():
    """No SQL or ORM in backoffice/cli/: no sqlalchemy import, no `<context>.db` (a session
    or engine of the command's own). What a command needs from the database is a core
    service with the permission check and audit the desktop has."""
    found = []
    for path in _cli_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [f"{where}:{node.lineno} imports {a.name}" for a in node.names
                          if a.name.split(".")[0] == "sqlalchemy"]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
                found.append(f"{where}:{node.lineno} imports from {node.module}")
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("backoffice.db.models"):
                found.append(f"{where}:{node.lineno} imports the models ({node.module})")
            elif (isinstance(node, ast.Attribute) and node.attr == "db"
                  and not (isinstance(node.value, ast.Name) and node.value.id == "args")):  # --db URL
                found.append(f"{where}:{node.lineno} uses .db")
    assert found == []


def test_command_modules_are_plain_imports():
    """Every command module always exists: imported by name, not looked up by importlib."""
    text_ = (CLI / "main.py").read_text(encoding="utf-8")
    assert "importlib" not in text_
    from backoffice.cli import main as cli_main

    listed = {m.__name__.rsplit(".", 1)[1] for m in cli_main.COMMAND_MODULES}
    assert listed == {p.stem for p in CLI.glob("commands_*.py")}


def _entries(bo) -> list[AuditEntry]:
    with bo.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "audit.verify")
                              .order_by(AuditEntry.seq)))


def _log(bo, n: int = 4) -> None:
    with bo.db.write() as s:
        for i in range(n):
            audit.record(s, SUPERVISOR, "test.event", f"thing:{i}", n=i)


def _same_entry(desktop: AuditEntry, cli: AuditEntry) -> None:
    assert (cli.action, cli.target) == (desktop.action, desktop.target) == ("audit.verify", "audit:chain")
    assert set(cli.detail) == set(desktop.detail)
    for key in ("intact", "first_bad_seq", "problem"):
        assert cli.detail[key] == desktop.detail[key], key


def test_audit_verify_records_the_check_as_the_desktop_does(bo, capsys, monkeypatch):
    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(bo.config.base_dir))  # the same checkpoint folder
    _log(bo)
    desktop = audit_query.chain_status(bo, SUPERVISOR)  # the audit page's button
    assert desktop.intact
    capsys.readouterr()
    assert main(["--db", bo.config.database_url, "audit", "verify"]) == 0
    out = capsys.readouterr().out.strip()
    # cli-v1 / the admin guides: the line, with the head the check saw (before its own entry)
    m = re.fullmatch(r"audit chain intact: (\d+) entries; head (\d+) ([0-9a-f]{64})", out)
    assert m is not None, out
    entries = _entries(bo)
    assert len(entries) == 2
    d, c = entries
    _same_entry(d, c)
    assert c.actor.startswith("os:") and d.actor == "s001"
    assert int(m[1]) == int(m[2]) == c.detail["head_seq"] == c.seq - 1 == d.seq  # the desktop's entry counted
    assert m[3] == c.detail["head_hash"] == d.hash


def test_a_broken_chain_is_recorded_alike_and_exits_1(bo, capsys, monkeypatch):
    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(bo.config.base_dir))
    _log(bo, 5)
    with bo.db.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET target = 'thing:x' WHERE seq = 3"))
    desktop = audit_query.chain_status(bo, SUPERVISOR)
    assert not desktop.intact and desktop.report.first_bad_seq == 3
    capsys.readouterr()
    assert main(["--db", bo.config.database_url, "audit", "verify"]) == 1
    got = capsys.readouterr()
    assert got.out.startswith("audit chain broken: entry 3 was altered"), got.out
    assert "audit chain BROKEN at entry 3" in got.err  # one line on standard error
    assert len(got.err.strip().splitlines()) == 1, got.err
    d, c = _entries(bo)
    _same_entry(d, c)
    assert c.detail["intact"] is False and c.detail["first_bad_seq"] == 3


def test_checkpoint_files_given_are_named_in_the_entry(bo, capsys, monkeypatch, tmp_path, memory_keyring):
    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(bo.config.base_dir))
    _log(bo)
    url = bo.config.database_url
    assert main(["--db", url, "audit", "checkpoint"]) == 0
    made = sorted(bo.config.checkpoint_dir.glob("*.json"))
    assert len(made) == 1
    kept = tmp_path / "elsewhere.audit-checkpoint.json"
    kept.write_bytes(made[0].read_bytes())
    assert main(["--db", url, "audit", "verify", "--checkpoint", str(kept)]) == 0
    (entry,) = _entries(bo)
    assert entry.detail["checkpoint_files"] == [str(kept)] and entry.detail["intact"] is True
