"""The portal's inbound files (portal-v1 §2) and hostile ones: a bad gateway signature,
broken JSON and schema errors are quarantined with their reason and applied not at all;
a 4,001-character inquiry is refused; an inquiry delivered twice is recorded once; a JSON
whose signature has not arrived waits; one bad file never stops the others. Both engines,
through the real sync and the real command line."""

from __future__ import annotations

import base64
import json

from sqlalchemy import func, select

from backoffice.casework import queries
from backoffice.cli.main import main
from backoffice.db.models_portal import Inquiry
from backoffice.portal import inquiries
from tests import builders
from tests.intake.test_sync import _config_file
from tests.portal.conftest import inquiry, put_inquiry, put_signed
from tests.ui.factories import GOD


def _count(e) -> int:
    with e.bo.db.read() as s:
        return s.scalar(select(func.count(Inquiry.id)))


def _quarantined(e) -> dict[str, str]:
    with e.bo.db.read() as s:
        return {r.bundle: r.reason for r in queries.list_quarantine(s, GOD)}


def test_inquiry_is_recorded_once_with_department_and_due_date(env):
    doc = inquiry()
    put_inquiry(env, doc)
    summary = env.sync()
    assert (summary.inquiries, summary.quarantined) == (1, 0)
    put_inquiry(env, doc)  # delivered again
    assert env.sync().inquiries == 0
    assert _count(env) == 1
    with env.bo.db.write() as s:
        rows = inquiries.list_inquiries(s, GOD)
    assert [(r.inquiry_id, r.status, r.channel, r.department) for r in rows] == [
        (doc["inquiry_id"], "new", "portal", "市民課")]
    # 2026-11-30 is a Monday: three business days later
    assert rows[0].due_date.isoformat() == "2026-12-03"
    assert sorted(p.name for p in env.bo.spool.archive.glob("inquiry-*")) == sorted(
        [f"inquiry-{doc['inquiry_id']}.json", f"inquiry-{doc['inquiry_id']}.sig"] * 1
        + [f"inquiry-{doc['inquiry_id']}.1.json", f"inquiry-{doc['inquiry_id']}.1.sig"])


def test_a_json_without_its_signature_waits(env):
    doc = inquiry()
    env.bo.spool.write_atomic("inbox", f"inquiry-{doc['inquiry_id']}.json", json.dumps(doc).encode())
    assert env.sync().inquiries == 0
    assert (env.bo.spool.inbox / f"inquiry-{doc['inquiry_id']}.json").exists()
    data = (env.bo.spool.inbox / f"inquiry-{doc['inquiry_id']}.json").read_bytes()
    env.bo.spool.write_atomic("inbox", f"inquiry-{doc['inquiry_id']}.sig",
                              base64.b64encode(env.gateway_key.sign(data)))
    assert env.sync().inquiries == 1


def test_hostile_files_are_quarantined_and_never_stop_the_rest(env):
    good = inquiry()
    bad_sig = inquiry()
    too_long = inquiry(text="あ" * 4001)
    just_fits = inquiry(text="あ" * 4000)
    wrong_schema = inquiry(schema="inquiry/2")
    missing = inquiry()
    del missing["name"]
    other_key = builders.make_gateway_key()
    put_inquiry(env, bad_sig, key=other_key)
    put_inquiry(env, too_long)
    put_inquiry(env, wrong_schema)
    put_inquiry(env, missing)
    broken = "0c9f3f0e-4a8b-4c39-9d43-7b1c2b0e9a11"
    put_signed(env, f"inquiry-{broken}", b'{"schema": "inquiry/1", "text": ')
    put_signed(env, "ack-1d0f4e2a-8a43-4b0e-9b7a-2a2f6b1c3d4e", b"\xff\xfe not utf-8")
    put_signed(env, "ack-2d0f4e2a-8a43-4b0e-9b7a-2a2f6b1c3d4e", b'{"schema": "ack/1", "message_ids": "x", "at": "2026-11-30T10:00:00+09:00"}')
    put_signed(env, "ack-3d0f4e2a-8a43-4b0e-9b7a-2a2f6b1c3d4e", b'{"schema":"ack/1","message_ids":[],"at":"x"}',
               sig=b"not base64!")
    put_inquiry(env, good)
    put_inquiry(env, just_fits)
    env.put(env.bundle(builders.sample_application()))  # bundles go on as before
    summary = env.sync()
    assert (summary.inquiries, summary.ingested) == (2, 1)
    assert summary.quarantined == 8
    assert _count(env) == 2
    reasons = _quarantined(env)
    assert reasons == {
        f"inquiry-{bad_sig['inquiry_id']}.json": "gateway_signature_invalid",
        f"inquiry-{too_long['inquiry_id']}.json": "schema_error",
        f"inquiry-{wrong_schema['inquiry_id']}.json": "schema_error",
        f"inquiry-{missing['inquiry_id']}.json": "schema_error",
        f"inquiry-{broken}.json": "invalid_json",
        "ack-1d0f4e2a-8a43-4b0e-9b7a-2a2f6b1c3d4e.json": "invalid_json",
        "ack-2d0f4e2a-8a43-4b0e-9b7a-2a2f6b1c3d4e.json": "schema_error",
        "ack-3d0f4e2a-8a43-4b0e-9b7a-2a2f6b1c3d4e.json": "gateway_signature_invalid",
    }
    assert len(list(env.bo.spool.quarantine.glob("*.json"))) == 8
    assert len(list(env.bo.spool.quarantine.glob("*.sig"))) == 8
    assert not list(env.bo.spool.inbox.glob("*.json"))
    assert env.sync().quarantined == 0  # nothing is counted twice


def test_inquiry_file_name_must_match_its_id(env):
    doc = inquiry()
    put_signed(env, "inquiry-11111111-2222-3333-4444-555555555555", json.dumps(doc).encode())
    assert env.sync().quarantined == 1 and _count(env) == 0


def test_cli_sync_inquiries_list(env, tmp_path, capsys):
    doc = inquiry(application_id="OSK-2026-0001234")
    put_inquiry(env, doc)
    env.put(env.bundle(builders.sample_application()))
    conf = _config_file(env, tmp_path)
    assert main(["--config", conf, "sync", "--once"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-2:] == [
        "inquiries 1, acks 0", "ingested 1, duplicates 0, quarantined 0"]
    assert main(["--config", conf, "inquiries", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"inquiry_id": doc["inquiry_id"], "status": "new", "channel": "portal",
                       "department": "市民課", "application_id": "OSK-2026-0001234",
                       "received_at": "2026-11-30T09:15:00+09:00", "due_date": "2026-12-03"}]
    assert main(["--config", conf, "inquiries", "list", "--status", "closed", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    with env.bo.db.read() as s:  # linked to the application it names
        assert s.scalar(select(Inquiry.application_pk)) is not None


def test_a_quarantined_inquiry_retried_after_a_key_fix_is_recorded(env):
    from backoffice.intake import quarantine
    from tests.ui.factories import make_staff

    other = builders.make_gateway_key()  # signed by a gateway key not configured yet
    doc = inquiry()
    put_inquiry(env, doc, key=other)
    assert env.sync().quarantined == 1
    from backoffice.gateway import keys as gatewaykeys

    extra = env.bo.config.gateway_public_keys[0].with_name("gateway2.pub.pem")
    gatewaykeys.write_public_key(other, extra)
    from dataclasses import replace

    env.bo.config = replace(env.bo.config, gateway_public_keys=(*env.bo.config.gateway_public_keys, extra))
    sup = make_staff(env.bo, "s9", ["supervisor"])
    with env.bo.db.read() as s:
        rid = queries.list_quarantine(s, GOD)[0].id
    quarantine.retry(env.bo, sup, rid)
    assert (env.bo.spool.inbox / f"inquiry-{doc['inquiry_id']}.sig").exists()  # with its signature
    assert env.sync().inquiries == 1 and _count(env) == 1


def test_the_gateway_relays_portal_files_signed(env, tmp_path, capsys):
    from backoffice.gateway import keys as gatewaykeys

    raw = tmp_path / "raw"
    raw.mkdir()
    doc = inquiry()
    (raw / f"inquiry-{doc['inquiry_id']}.json").write_bytes(json.dumps(doc, ensure_ascii=False).encode())
    (raw / "ack-5d0f4e2a-8a43-4b0e-9b7a-2a2f6b1c3d4e.json").write_bytes(b"[not json")
    key = tmp_path / "gateway.pem"
    gatewaykeys.write_private_key(env.gateway_key, key)
    conf = _config_file(env, tmp_path)
    assert main(["--config", conf, "gateway", "--raw", str(raw), "--key", str(key)]) == 1  # one refused
    assert "bundles 1, failed 1" in capsys.readouterr().out
    assert main(["--config", conf, "sync", "--once"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-2] == "inquiries 1, acks 0"
    assert (raw / "failed" / "ack-5d0f4e2a-8a43-4b0e-9b7a-2a2f6b1c3d4e.json").exists()
