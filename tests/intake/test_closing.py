"""Closing by rule and the daily retention run (issue 22 item 1), on both engines.

Before: nothing moved a delivered, rejected or withdrawn application to `closed`, so with a
delete-everything rule and the clock at 2040 the retention dry run counted 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select, update

from backoffice.accounts.permissions import Actor
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.db.models import (
    Application,
    ApplicationEvent,
    AuditEntry,
    Document,
    Notice,
    Revision,
)
from backoffice.platform.config import RetentionRule, parse_config
from backoffice.platform.errors import ConfigError, PermissionDenied
from backoffice.platform.timeutil import JST
from backoffice.retention import closing
from backoffice.retention.housekeeping import AGENT, run_scheduled_retention
from backoffice.retention.rules import run_retention
from tests.ui.factories import GOD, make_applications

ADMIN = Actor(code="a1", name="管理", roles=frozenset({"admin"}))
DELETE_ALL = (RetentionRule("*", "*", 1, "delete"),)


def _ended(bo, prefix: str = "OSK-C-") -> dict[str, str]:
    """One delivered, one rejected, one withdrawn and one still open application:
    {application_id: status}."""
    made = make_applications(bo, 4, prefix=prefix, statuses=(
        workflow.APPROVED, workflow.REJECTED, workflow.WITHDRAWN, workflow.READY))
    with bo.db.write() as s:
        app = s.get(Application, made[0].pk)
        workflow.transition(s, GOD, app, "issue")
        workflow.transition(s, GOD, app, "deliver")
    with bo.db.read() as s:
        return dict(s.execute(select(Application.application_id, Application.status)).all())


def _backdate(bo, when: datetime) -> None:
    """Every event (and decision) happened at `when`: the delay counts from there."""
    with bo.db.write() as s:
        s.execute(update(ApplicationEvent).values(at=when))
        s.execute(update(Application).where(Application.decided_at.is_not(None)).values(decided_at=when))


def _statuses(bo) -> dict[str, str]:
    with bo.db.read() as s:
        return dict(s.execute(select(Application.application_id, Application.status)).all())


def test_the_2040_dry_run_counts_what_the_rules_say_and_the_run_deletes_them(bo):
    bo.config = replace(bo.config, retention=DELETE_ALL)
    before = _ended(bo)
    assert sorted(before.values()) == ["delivered", "ready_for_review", "rejected", "withdrawn"]
    dry = run_retention(bo, ADMIN, today=date(2040, 1, 4), dry_run=True)
    assert (dry.closed, dry.deleted, dry.anonymized) == (3, 3, 0)
    assert _statuses(bo) == before  # a dry run changes nothing
    with bo.db.read() as s:
        notices = s.scalar(select(func.count()).select_from(Notice))
    report = run_retention(bo, ADMIN, today=date(2040, 1, 4))
    assert (report.closed, report.deleted) == (3, 3)
    assert list(_statuses(bo).values()) == ["ready_for_review"]
    with bo.db.read() as s:
        assert audit.verify_chain(s).intact
        closes = s.scalars(select(AuditEntry).where(AuditEntry.action == "application.close_by_rule")).all()
        assert len(closes) == 3 and {e.detail["to_status"] for e in closes} == {"closed"}
        run = s.scalar(select(AuditEntry).where(AuditEntry.action == "retention.run"))
        assert run.detail["closed"] == 3
        # deleted applications take their notices along; none was added for closing
        assert s.scalar(select(func.count()).select_from(Notice)) <= notices


def test_closing_waits_the_business_days_and_sends_no_notice(bo):
    # Fri 2026-12-25; 3 business days: Mon 12/28, (12/29-1/3 closed), Mon 1/4, Tue 1/5.
    bo.config = replace(bo.config, close_after_business_days=3)
    _ended(bo)
    _backdate(bo, datetime(2026, 12, 25, 10, 0, tzinfo=JST))
    assert closing.close_due(bo, ADMIN, today=date(2027, 1, 4)) == []
    with bo.db.read() as s:
        notices = s.scalar(select(func.count()).select_from(Notice))
    closed = closing.close_due(bo, ADMIN, today=date(2027, 1, 5))
    assert sorted(c.from_status for c in closed) == ["delivered", "rejected", "withdrawn"]
    assert {c.since for c in closed} == {date(2026, 12, 25)}
    assert sorted(_statuses(bo).values()) == ["closed", "closed", "closed", "ready_for_review"]
    with bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Notice)) == notices
        events = s.scalars(select(ApplicationEvent).where(ApplicationEvent.action == "close_by_rule")).all()
        assert len(events) == 3 and all(e.to_status == "closed" for e in events)
    assert closing.close_due(bo, ADMIN, today=date(2027, 1, 5)) == []  # nothing left to close


def test_closing_needs_the_agent_or_an_administrator(bo_sqlite):
    with pytest.raises(PermissionDenied):
        closing.close_due(bo_sqlite, Actor(code="s", name="s", roles=frozenset({"supervisor"})))
    assert workflow.BY_ACTION["close_by_rule"].notice is None
    assert workflow.BY_ACTION["close_by_rule"].permission == "application.close"


def test_close_after_business_days_is_a_known_key():
    base = parse_config({}, __import__("pathlib").Path("/tmp"), "x.toml")
    assert base.close_after_business_days == 20
    cfg = parse_config({"retention": {"close_after_business_days": 5}}, base.base_dir, "x.toml")
    assert cfg.close_after_business_days == 5
    with pytest.raises(ConfigError, match="close_after_business_days"):
        parse_config({"retention": {"close_after_business_days": -1}}, base.base_dir, "x.toml")
    with pytest.raises(ConfigError, match="unknown key 'close_after_days'"):
        parse_config({"retention": {"close_after_days": 5}}, base.base_dir, "x.toml")


def test_the_agent_closes_and_runs_retention_once_a_day(bo):
    bo.config = replace(bo.config, retention=DELETE_ALL)
    _ended(bo)
    first = run_scheduled_retention(bo, now=datetime(2040, 1, 5, 3, 30, tzinfo=JST))
    assert first is not None and (first.closed, first.deleted) == (3, 3)
    assert run_scheduled_retention(bo, now=datetime(2040, 1, 5, 17, 0, tzinfo=JST)) is None  # done today
    # before 03:00 the next day still belongs to yesterday's run; after it, a new run
    assert run_scheduled_retention(bo, now=datetime(2040, 1, 6, 2, 59, tzinfo=JST)) is None
    again = run_scheduled_retention(bo, now=datetime(2040, 1, 6, 3, 1, tzinfo=JST))
    assert again is not None and (again.closed, again.deleted) == (0, 0)
    with bo.db.read() as s:
        marks = s.scalars(select(AuditEntry).where(AuditEntry.actor == AGENT,
                                                   AuditEntry.action == "retention.run")).all()
        assert [m.detail["slot"] for m in marks] == ["2040-01-05T03:00:00+09:00", "2040-01-06T03:00:00+09:00"]
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.actor == AGENT, AuditEntry.action == "application.close_by_rule")) == 3


def _config_file(env, tmp_path, **retention) -> str:
    keys = env.bo.config
    lines = ["[intake]", f"spool = {json.dumps(str(keys.spool))}",
             f"gateway_public_keys = {json.dumps([str(p) for p in keys.gateway_public_keys])}",
             f"trust_anchors = {json.dumps([str(p) for p in keys.trust_anchors])}",
             "sync_interval_seconds = 0.2", "[retention]"]
    lines += [f"{k} = {v}" for k, v in retention.items()]
    path = tmp_path / "agent.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_the_running_sync_agent_closes_and_runs_retention_once(env, tmp_path):
    """The real agent (`backoffice sync`, several cycles): closing with no delay closes
    today's ended applications; one retention run for the day, not one per cycle."""
    _ended(env.bo)
    cfg = _config_file(env, tmp_path, close_after_business_days=0)
    proc = subprocess.Popen([sys.executable, "-m", "backoffice.cli.main", "--config", cfg,
                             "--db", env.bo.config.database_url, "sync"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "BACKOFFICE_LOG_DIR": str(tmp_path / "logs")})
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and sorted(_statuses(env.bo).values()).count("closed") < 3:
            time.sleep(0.3)
        time.sleep(1.5)  # several more cycles
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert sorted(_statuses(env.bo).values()) == ["closed", "closed", "closed", "ready_for_review"], err
    assert "daily retention: closed 3, anonymized 0, deleted 0" in out
    with env.bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.actor == AGENT, AuditEntry.action == "retention.run")) == 1


def test_the_close_command_lists_and_closes(env, tmp_path, capsys):
    from backoffice.cli.main import main

    before = _ended(env.bo)
    url = env.bo.config.database_url
    waiting = _config_file(env, tmp_path)  # the default delay: 20 business days
    assert main(["--config", waiting, "--db", url, "close", "--dry-run", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    now = _config_file(env, tmp_path, close_after_business_days=0)
    assert main(["--config", now, "--db", url, "close", "--dry-run", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(r["from_status"] for r in listed) == ["delivered", "rejected", "withdrawn"]
    assert set(listed[0]) == {"application_id", "from_status", "since"}
    assert _statuses(env.bo) == before
    assert main(["--config", now, "--db", url, "close"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "closed 3" and len(out) == 4 and all(len(line.split("\t")) == 3 for line in out[:3])
    assert main(["--config", now, "--db", url, "retention", "run", "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "closed 0 (dry run)"
    with env.bo.db.read() as s:  # the operator at the command line did it, audited
        actors = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "application.close_by_rule")))
    assert len(actors) == 1 and next(iter(actors)).startswith("os:")


def test_deleting_many_is_one_statement_per_500(bo):
    """One DELETE per application made the first real run quadratic (12 s for 2,000 on
    SQLite, 14 s on PostgreSQL; 0.7 s / 1.1 s in bulk): a backlog of years must not hold
    the database for an hour."""
    from sqlalchemy import event

    make_applications(bo, 30, prefix="OSK-B-", statuses=(workflow.REJECTED, workflow.WITHDRAWN),
                      with_documents=lambda _i: False)
    bo.config = replace(bo.config, retention=DELETE_ALL)
    deletes: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _many):  # noqa: ANN001
        if statement.lstrip().upper().startswith(("DELETE FROM APPLICATIONS", "UPDATE REVISIONS")):
            deletes.append(statement)

    event.listen(bo.db.engine, "before_cursor_execute", count)
    try:
        report = run_retention(bo, ADMIN, today=date(2040, 1, 4))
    finally:
        event.remove(bo.db.engine, "before_cursor_execute", count)
    assert (report.closed, report.deleted) == (30, 30)
    assert len(deletes) == 1
    assert _statuses(bo) == {}


def test_anonymizing_many_is_a_few_statements(bo):
    """The same for anonymizing: 8 statements per application took 10 ms each (20 s for
    2,000 on SQLite; 2.5 s in bulk)."""
    from sqlalchemy import event

    made = make_applications(bo, 30, prefix="OSK-A-", statuses=(workflow.REJECTED, workflow.WITHDRAWN))
    bo.config = replace(bo.config, retention=(RetentionRule("*", "*", 1, "anonymize"),))
    updates: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _many):  # noqa: ANN001
        if statement.lstrip().upper().startswith("UPDATE REVISIONS"):
            updates.append(statement)

    event.listen(bo.db.engine, "before_cursor_execute", count)
    try:
        report = run_retention(bo, ADMIN, today=date(2040, 1, 4))
    finally:
        event.remove(bo.db.engine, "before_cursor_execute", count)
    assert (report.closed, report.anonymized) == (30, 30)
    assert len(updates) == 1
    with bo.db.read() as s:
        apps = s.scalars(select(Application)).all()
        assert {a.applicant_name for a in apps} == {"（匿名化済み）"} and all(a.address == "" for a in apps)
        assert s.scalar(select(func.count()).select_from(Document).join(Revision).where(
            Revision.application_pk.in_([m.pk for m in made]), Document.data.is_not(None))) == 0
        assert set(s.scalars(select(Revision.application_json))) == {b"{}"}
