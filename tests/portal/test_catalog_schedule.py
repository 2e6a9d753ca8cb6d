"""catalog/1 and the catalog's dated versions (portal-v1 §1, issue 17): a procedure version
that takes effect on a later day is published when it is scheduled, with its
effective_from, beside the version in force; on that day the catalog in force changes and
the sync cycle publishes it again, once. A second run, a restarted agent and SIGKILLs at
random moments never publish the same change twice. Every message is checked with its
signature by the outbox key. Both engines."""

from __future__ import annotations

import base64
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_public_key
from sqlalchemy import select, update

from backoffice.accounts import keystore
from backoffice.accounts.permissions import Actor
from backoffice.administration import catalog_admin
from backoffice.cli.main import main
from backoffice.db.models_catalog import ProcedureVersion
from backoffice.db.models_portal import OutboxMessage
from backoffice.intake.ingest import sync_once
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import today_jst
from backoffice.portal import outbox, publishing
from tests.intake.test_sync import _config_file

ROOT = Path(__file__).resolve().parents[2]
ADMIN = Actor(code="os:admin", name="admin", roles=frozenset({"admin"}))
KILLS = int(os.environ.get("CATALOG_CRASH_KILLS", "8"))


def _catalog_messages(bo) -> list[dict]:
    """Every catalog/1 in outbox/, oldest first, each verified with its .sig (raises when a
    signature does not verify or is missing)."""
    key = load_pem_public_key(keystore.public_key_pem(bo.config.outbox_kid, kind="outbox"))
    with bo.db.read() as s:
        order = list(s.scalars(select(OutboxMessage.message_id).where(OutboxMessage.schema == "catalog/1")
                               .order_by(OutboxMessage.id)))
    docs = []
    for message_id in order:
        data = (bo.spool.outbox / f"{message_id}.json").read_bytes()
        key.verify(base64.b64decode((bo.spool.outbox / f"{message_id}.sig").read_bytes(), validate=True), data)
        docs.append(json.loads(data))
    on_disk = {p.stem for p in bo.spool.outbox.glob("*.json") if json.loads(p.read_bytes())["schema"] == "catalog/1"}
    assert on_disk == set(order)  # nothing in outbox/ the database does not know, nothing twice
    return docs


def _entries(doc: dict, code: str) -> list[tuple[int, str]]:
    return [(p["fee_per_copy"], p["effective_from"]) for p in doc["procedures"] if p["code"] == code]


def _at(monkeypatch, day: date) -> None:
    """The clock of the publishing check reaches `day` (Japan date)."""
    monkeypatch.setattr(publishing, "today_jst", lambda: day)


def test_a_scheduled_change_is_published_in_advance_and_again_on_its_day(env, monkeypatch, tmp_path, capsys):
    bo = env.bo
    today = today_jst()
    april = today + timedelta(days=20)
    env.sync()
    first = _catalog_messages(bo)
    assert len(first) == 1 and _entries(first[0], "juminhyo-copy") == [(300, today.isoformat())]

    catalog_admin.change_procedure(bo, ADMIN, "juminhyo-copy", {"fee_per_copy": 350}, april, note="手数料条例の改正")
    with bo.db.read() as s:  # queued in the change's own transaction, before any sync cycle
        assert s.scalar(select(OutboxMessage.written_at).where(OutboxMessage.schema == "catalog/1")
                        .order_by(OutboxMessage.id.desc()).limit(1)) is None
    env.sync()
    msgs = _catalog_messages(bo)
    assert len(msgs) == 2
    advance = msgs[1]
    assert _entries(advance, "juminhyo-copy") == [(300, today.isoformat()), (350, april.isoformat())]
    others = [p for p in advance["procedures"] if p["code"] != "juminhyo-copy"]
    assert others == [p for p in first[0]["procedures"] if p["code"] != "juminhyo-copy"]  # unchanged, same dates

    # a change the portal does not see (two-step approval) is no catalog/1
    catalog_admin.change_procedure(bo, ADMIN, "koseki-copy", {"approval_steps": 2}, april + timedelta(days=3))
    # a second run, the command line's, and a restarted agent: nothing new
    env.sync()
    conf = _config_file(env, tmp_path)
    assert main(["--config", conf, "sync", "--once"]) == 0
    again = Backoffice.open(bo.config)
    try:
        sync_once(again)
    finally:
        again.close()
    assert len(_catalog_messages(bo)) == 2

    # the day before: still nothing; on the day: the catalog in force changed, published once
    _at(monkeypatch, april - timedelta(days=1))
    env.sync()
    assert len(_catalog_messages(bo)) == 2
    _at(monkeypatch, april)
    env.sync()
    env.sync()
    assert main(["--config", conf, "sync", "--once"]) == 0
    again = Backoffice.open(bo.config)
    try:
        sync_once(again)
    finally:
        again.close()
    msgs = _catalog_messages(bo)
    assert len(msgs) == 3
    on_the_day = msgs[2]
    assert _entries(on_the_day, "juminhyo-copy") == [(350, april.isoformat())]
    assert [p for p in on_the_day["procedures"] if p["code"] != "juminhyo-copy"] == others
    capsys.readouterr()

    # the portal acknowledges; `outbox status` counts what is left
    st = outbox.status(bo, ADMIN)
    assert st.by_schema.get("catalog/1") == 3


def test_a_new_procedure_scheduled_for_later_is_listed_only_with_its_date(env, monkeypatch):
    bo = env.bo
    later = today_jst() + timedelta(days=5)
    entry = {**catalog_admin._dated(bo).entries_on(later)["juminhyo-copy"], "name": "住民票記載事項証明書交付",
             "name_en": "Certificate of resident record entries", "serial_code": "JK", "fee_per_copy": 200}
    catalog_admin.schedule(bo, ADMIN, {"juminhyo-kisai": entry}, later)
    env.sync()
    msgs = _catalog_messages(bo)
    assert len(msgs) == 1  # the first publication already lists it, with its day
    assert _entries(msgs[0], "juminhyo-kisai") == [(200, later.isoformat())]
    _at(monkeypatch, later)
    env.sync()
    env.sync()
    msgs = _catalog_messages(bo)
    # on its day nothing the portal holds changes: the same entry, the same date
    assert len(msgs) == 1


def test_sigkill_while_a_scheduled_change_takes_effect(env, tmp_path):
    """`sync --once` killed at random moments, on the day changes take effect; then a clean
    run. The day is made to arrive by moving the scheduled versions' date to today in the
    database (a subprocess's clock cannot be moved): for the publishing check that is the
    same as the clock reaching their day."""
    rng = random.Random(20261130)
    bo = env.bo
    tomorrow = today_jst() + timedelta(days=1)
    codes = [c for c in bo.catalog.codes()][:KILLS]
    for i, code in enumerate(codes):
        catalog_admin.change_procedure(bo, ADMIN, code, {"fee_per_copy": 1000 + i}, tomorrow)
    cmd = [sys.executable, "-m", "backoffice.cli.main", "--config", _config_file(env, tmp_path), "sync", "--once"]
    started = time.monotonic()
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    duration = time.monotonic() - started
    advance = _catalog_messages(bo)
    assert all(_entries(advance[-1], c)[-1] == (1000 + i, tomorrow.isoformat()) for i, c in enumerate(codes))
    before = len(advance)
    kills = published_in_killed = 0
    for code in codes:  # one change takes effect per round, then a run is killed
        with bo.db.write() as s:
            s.execute(update(ProcedureVersion).where(ProcedureVersion.code == code,
                                                     ProcedureVersion.effective_from == tomorrow)
                      .values(effective_from=today_jst()))
        with bo.db.read() as s:
            rows_before = len(list(s.scalars(select(OutboxMessage.id).where(OutboxMessage.schema == "catalog/1"))))
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.3 * duration, 1.1 * duration))
        if proc.poll() is not None:  # finished first: the machine is quicker now than when
            duration *= 0.6  # the clean run was timed, so the next kill comes sooner
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
            with bo.db.read() as s:
                rows_after = len(list(s.scalars(select(OutboxMessage.id)
                                                .where(OutboxMessage.schema == "catalog/1"))))
            published_in_killed += rows_after > rows_before
        else:
            assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
    final = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)  # and once more: nothing new
    print(f"\ncatalog crash test ({bo.db.dialect}): one clean run {duration:.1f} s, {len(codes)} rounds, "
          f"{kills} SIGKILLs, {published_in_killed} of them after the catalog/1 was made")
    assert kills >= len(codes) // 2, "most runs must be killed"

    msgs = _catalog_messages(bo)  # every one whole and verified
    after = msgs[before:]
    assert 1 <= len(after) <= len(codes)
    listings = [json.dumps(m["procedures"], sort_keys=True) for m in msgs]
    assert all(a != b for a, b in zip(listings, listings[1:], strict=False))  # never the same twice in a row
    final_doc = msgs[-1]
    for i, code in enumerate(codes):  # all in force today, each once
        assert _entries(final_doc, code) == [(1000 + i, today_jst().isoformat())]
    with bo.db.read() as s:
        assert s.scalar(select(OutboxMessage.id).where(OutboxMessage.written_at.is_(None))) is None
