"""Issue 21 defect 10: JSON nested 100,000 levels deep is a refusal with its reason, in the
gateway (raw application.json) and in the sync (application.json, gateway.json,
application.sig.json of a bundle), never a RecursionError traceback."""

from __future__ import annotations

import logging
import zipfile

from sqlalchemy import select

from backoffice.db.models import IntakeRecord
from backoffice.gateway import keys as gatewaykeys
from backoffice.gateway.bundler import run_gateway
from backoffice.platform.spool import Spool
from tests import builders
from tests.intake.conftest import make_env

DEPTH = 100_000
STORED = zipfile.ZIP_STORED  # deflated, the nesting would trip the 100:1 ratio check first
DEEP_LIST = b"[" * DEPTH + b"]" * DEPTH
DEEP_OBJECT = b'{"a":' * DEPTH + b"1" + b"}" * DEPTH


def test_gateway_refuses_deeply_nested_application_json(tmp_path, caplog):
    key = gatewaykeys.generate_private_key()
    gatewaykeys.write_private_key(key, tmp_path / "gateway.pem")
    raw = tmp_path / "raw"
    for name, data in (("deep-list", DEEP_LIST), ("deep-object", DEEP_OBJECT)):
        (raw / name).mkdir(parents=True)
        (raw / name / "application.json").write_bytes(data)
    caplog.set_level(logging.INFO)
    report = run_gateway(raw, tmp_path / "gateway.pem", Spool(tmp_path / "spool"))
    assert report.bundles == []
    failed = dict(report.failed)
    assert failed == {"deep-list": "application.json is nested too deeply",
                      "deep-object": "application.json is nested too deeply"}
    assert not [r for r in caplog.records if r.exc_info]  # a refusal, not a traceback
    assert sorted(p.name for p in (raw / "failed").iterdir()) == ["deep-list", "deep-object"]


def test_sync_quarantines_deeply_nested_members(sqlite_url, tmp_path):
    env = make_env(sqlite_url, tmp_path)
    try:
        env.put(builders.build_bundle(DEEP_OBJECT, {}, gateway_key=env.gateway_key, compression=STORED))
        env.put(builders.build_bundle(
            builders.application_bytes(builders.sample_application(application_id="OSK-SIG")),
            {"a1": (builders.tiny_png(), "image/png")}, gateway_key=env.gateway_key, compression=STORED, signature=DEEP_LIST))
        env.put(builders.build_bundle(
            builders.application_bytes(builders.sample_application(application_id="OSK-GW")),
            gateway_key=env.gateway_key, compression=STORED, gateway_json=DEEP_LIST))
        summary = env.sync()
        assert summary.problems == []
        assert (summary.ingested, summary.quarantined) == (1, 2)  # a bad signature file is attention
        with env.bo.db.read() as s:
            details = sorted((r.reason, r.detail) for r in s.scalars(
                select(IntakeRecord).where(IntakeRecord.outcome == "quarantined")))
        assert details == [("invalid_json", "application.json: is nested too deeply"),
                           ("invalid_json", "gateway.json: is nested too deeply")]
    finally:
        env.bo.close()
