"""Issue 21, defect 9: whoever can write the database could delete the newest entries,
empty the log, or edit an entry and recompute every later hash, and `audit verify` still
said intact. Signed checkpoints of the head, kept outside the database, catch each of them;
both engines, a real Ed25519 key in a (test) credential store, the real command line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select, text

from backoffice.accounts.permissions import system_actor
from backoffice.audit import checkpoint as audit_checkpoint
from backoffice.audit import log as audit
from backoffice.audit.schedule import run_scheduled_verify
from backoffice.cli.main import main
from backoffice.db.models import AuditEntry
from backoffice.db.models_audit import AuditCheckpoint


@pytest.fixture
def logged(bo, memory_keyring, monkeypatch):
    """A log of 10 entries and a checkpoint of it; the CLI finds the same data folder."""
    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(bo.config.base_dir))
    with bo.db.write() as s:
        for i in range(10):
            audit.record(s, system_actor(), "test.event", f"thing:{i}", n=i)
    assert _cli(bo, "audit", "checkpoint") == 0
    return bo


def _cli(bo, *args):
    return main(["--db", bo.config.database_url, *args])


def _verify(bo, capsys, *extra) -> tuple[int, str]:
    capsys.readouterr()
    code = _cli(bo, "audit", "verify", *extra)
    return code, capsys.readouterr().out


def test_intact_log_with_a_checkpoint_verifies(logged, capsys):
    code, out = _verify(logged, capsys)
    assert code == 0 and "intact: 10 entries" in out
    files = list(logged.config.checkpoint_dir.glob("*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["entries"] == 10


def test_deleting_the_newest_entries_is_detected(logged, capsys):
    with logged.db.engine.begin() as c:
        c.execute(text("DELETE FROM audit_log WHERE seq > 7"))
    with logged.db.read() as s:
        assert audit.verify_chain(s).intact  # the chain alone cannot tell
    code, out = _verify(logged, capsys)
    assert code == 1 and "ends at entry 7" in out and "counts 10 entries" in out


def test_deleting_newest_entries_and_the_checkpoint_rows_is_detected_by_the_files(logged, capsys):
    with logged.db.engine.begin() as c:
        c.execute(text("DELETE FROM audit_log WHERE seq > 7"))
        c.execute(delete(AuditCheckpoint))
    code, out = _verify(logged, capsys)
    assert code == 1 and "entries were deleted" in out


def test_an_empty_log_is_refused(logged, capsys):
    with logged.db.engine.begin() as c:
        c.execute(text("DELETE FROM audit_log"))
    code, out = _verify(logged, capsys)
    assert code == 1 and "audit log is empty" in out and "intact" not in out


def test_an_empty_log_is_refused_even_without_any_checkpoint(bo, memory_keyring, monkeypatch, capsys):
    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(bo.config.base_dir))
    code, out = _verify(bo, capsys)
    assert code == 1 and "audit log is empty" in out


def _rewrite_from(bo, seq: int) -> None:
    """Edit entry `seq` and recompute every later hash: a consistent chain."""
    with bo.db.write() as s:
        prev = audit.GENESIS
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all():
            if e.seq == seq:
                e.target = "thing:nothing-to-see"
            if e.seq >= seq:
                e.prev_hash = prev
                e.hash = audit.entry_hash(e)
            prev = e.hash


def test_edit_and_recompute_is_detected(logged, capsys):
    _rewrite_from(logged, 3)
    with logged.db.read() as s:
        assert audit.verify_chain(s).intact  # the rewrite is consistent
    code, out = _verify(logged, capsys)
    assert code == 1 and "entry 10 differs from the signed checkpoint" in out


def test_the_export_sidecar_is_a_checkpoint_the_core_systems_keep(logged, capsys, tmp_path):
    """The folder and the rows are gone too; the copy beside an export batch still tells."""
    from backoffice.export.batch import export_pending
    from tests.export.util import add_staff, insert_decisions

    insert_decisions(logged, 3, staff_pk=add_staff(logged))
    written = export_pending(logged, system_actor("export"))
    sidecar = written[0].manifest_path.with_name(written[0].batch_id + audit_checkpoint.SIDECAR_SUFFIX)
    kept = tmp_path / "core-system-copy.json"
    kept.write_bytes(sidecar.read_bytes())
    manifest = json.loads(written[0].manifest_path.read_text())
    assert "audit_checkpoint" not in manifest  # export-v1's manifest is unchanged
    with logged.db.engine.begin() as c:
        c.execute(text("DELETE FROM audit_log WHERE seq > 5"))
        c.execute(delete(AuditCheckpoint))
    for f in logged.config.checkpoint_dir.glob("*.json"):
        f.unlink()
    code, _ = _verify(logged, capsys)
    assert code == 0  # nothing left to compare with here...
    code, out = _verify(logged, capsys, "--checkpoint", str(kept))
    assert code == 1 and "entries were deleted" in out  # ...but the core systems' copy tells


def test_a_forged_checkpoint_row_is_reported(logged, capsys):
    with logged.db.write() as s:
        row = s.scalar(select(AuditCheckpoint))
        assert row is not None
        row.entries = 3  # a writer of the database "moves" the anchor back
    code, out = _verify(logged, capsys)
    assert code == 1 and "not validly signed" in out


def test_the_daily_verification_makes_a_checkpoint(bo, memory_keyring):
    with bo.db.write() as s:
        for i in range(3):
            audit.record(s, system_actor(), "test.event", f"thing:{i}")
    status = run_scheduled_verify(bo)
    assert status is not None and status.intact
    cps, problems = audit_checkpoint.gather(bo)
    assert problems == [] and [c.reason for c in cps] == ["daily", "daily"]  # file and row
    assert cps[0].entries == 4  # the three entries and the run's own "audit.verify"


def test_each_machine_signs_with_its_own_key(bo, memory_keyring):
    """The sync agent's PC and an exporting PC share the checkpoint folder: each has its own
    key (default id audit-<host name>); both kinds of checkpoint verify anywhere."""
    from dataclasses import replace

    from backoffice.platform.errors import ConfigError

    with bo.db.write() as s:
        audit.record(s, system_actor(), "test.event", "thing:1")
    assert bo.config.checkpoint_key_id.startswith("audit-")
    audit_checkpoint.make(bo, "manual")
    other_pc = replace(bo, config=replace(bo.config, audit_key_id="audit-pc2"))
    audit_checkpoint.make(other_pc, "export")
    cps, problems = audit_checkpoint.gather(bo)
    assert problems == [] and {c.kid for c in cps} == {bo.config.checkpoint_key_id, "audit-pc2"}
    # a third PC whose own credential store makes another key under an id already used
    memory_keyring.store.clear()
    with pytest.raises(ConfigError, match="belongs to another key"):
        audit_checkpoint.make(other_pc, "export")


def test_a_checkpoint_of_a_key_not_known_here_is_skipped(bo, memory_keyring):
    """A row another PC made (its .pem in that PC's own folder) cannot be checked here: no
    false alarm, and it does not count as evidence either."""
    from dataclasses import replace

    with bo.db.write() as s:
        audit.record(s, system_actor(), "test.event", "thing:1")
    elsewhere = replace(bo, config=replace(bo.config, audit_key_id="audit-pc2",
                                           audit_checkpoint_dir=bo.config.base_dir / "pc2-folder"))
    audit_checkpoint.make(elsewhere, "export")
    cps, problems = audit_checkpoint.gather(bo)
    assert (cps, problems) == ([], [])
    with bo.db.read() as s:
        report = audit_checkpoint.check(bo, audit.verify_chain(s))
    assert report.intact


def test_no_checkpoint_is_signed_over_a_broken_chain(logged, capsys):
    with logged.db.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET target = 'thing:x' WHERE seq = 4"))
    before = len(list(logged.config.checkpoint_dir.glob("*.json")))
    capsys.readouterr()
    assert _cli(logged, "audit", "checkpoint") == 1
    assert "no checkpoint made" in capsys.readouterr().err
    assert len(list(logged.config.checkpoint_dir.glob("*.json"))) == before


def test_a_missing_checkpoint_file_is_a_usage_error(logged, capsys, tmp_path):
    assert _cli(logged, "audit", "verify", "--checkpoint", str(tmp_path / "nope.json")) == 2
    assert "no such file" in capsys.readouterr().err
