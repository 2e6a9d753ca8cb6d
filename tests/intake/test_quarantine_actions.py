import pytest
from sqlalchemy import select

from backoffice.accounts.permissions import Actor
from backoffice.casework import queries
from backoffice.db.models import AuditEntry, IntakeRecord
from backoffice.gateway import keys as gatewaykeys
from backoffice.intake import quarantine
from backoffice.platform.errors import BackofficeError, PermissionDenied
from tests import builders

SUPERVISOR = Actor(code="s1", name="係長", roles=frozenset({"supervisor"}))
REVIEWER = Actor(code="r1", name="審査", roles=frozenset({"reviewer"}))


def test_retry_after_adding_the_new_gateway_key(env_sqlite, tmp_path):
    env = env_sqlite
    new_key = builders.make_gateway_key()  # the gateway rotated its key; config not yet updated
    app = builders.sample_application()
    key, cert = env.pki.issue_signer("山田 太郎")
    bundle = builders.build_bundle(builders.application_bytes(app),
                                   {"a1": (builders.tiny_png(), "image/png")}, gateway_key=new_key,
                                   signature=builders.sign_application(builders.application_bytes(app), key, cert, env.pki.chain))
    env.put(bundle)
    assert env.sync().quarantined == 1
    with env.bo.db.read() as s:
        [row] = queries.list_quarantine(s, SUPERVISOR)
    assert row.reason == "gateway_signature_invalid"
    with pytest.raises(PermissionDenied):
        quarantine.retry(env.bo, REVIEWER, row.id)
    # the administrator adds the new public key, the supervisor retries
    extra = tmp_path / "data" / "keys" / "gateway-2.pub.pem"
    gatewaykeys.write_public_key(new_key, extra)
    from dataclasses import replace

    env.bo.config = replace(env.bo.config, gateway_public_keys=env.bo.config.gateway_public_keys + (extra,))
    quarantine.retry(env.bo, SUPERVISOR, row.id, "新しいゲートウェイ鍵を登録")
    assert env.sync().ingested == 1
    with env.bo.db.read() as s:
        assert queries.list_quarantine(s, SUPERVISOR) == []
        assert s.scalar(select(IntakeRecord.resolution).where(IntakeRecord.id == row.id)) == "retried"
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "quarantine.retry")) is not None
    with pytest.raises(BackofficeError, match="already retried"):
        quarantine.retry(env.bo, SUPERVISOR, row.id)


def test_discard_keeps_the_file_and_needs_a_note(env_sqlite):
    env = env_sqlite
    env.bo.spool.write_atomic("inbox", "junk.zip", b"junk")
    env.sync()
    with env.bo.db.read() as s:
        [row] = queries.list_quarantine(s, SUPERVISOR)
    with pytest.raises(BackofficeError, match="note is required"):
        quarantine.discard(env.bo, SUPERVISOR, row.id, " ")
    kept = quarantine.discard(env.bo, SUPERVISOR, row.id, "送信元に再送を依頼済み")
    assert kept.exists() and kept.parent.name == "discarded"
    with env.bo.db.read() as s:
        assert queries.list_quarantine(s, SUPERVISOR) == []
        assert len(queries.list_quarantine(s, SUPERVISOR, include_resolved=True)) == 1


def test_a_refused_bundle_gets_its_department_only_from_signed_content(env_sqlite):
    """Need-to-know (docs/departments.md): a bundle refused after the gateway-signed hash of
    its application.json matched (here: a schema error, check 10) is recorded with the
    department of the procedure it names; one refused before (a broken gateway signature)
    names none, and then only a person who works for every department sees it in full."""
    env = env_sqlite
    broken = builders.sample_application(application_id="OSK-2026-0000091")
    broken["submitted_at"] = "yesterday"
    env.put(env.bundle(broken))
    app = builders.sample_application(application_id="OSK-2026-0000092")
    env.put(builders.build_bundle(builders.application_bytes(app), {"a1": (builders.tiny_png(), "image/png")},
                                  gateway_key=builders.make_gateway_key()))
    assert env.sync().quarantined == 2
    with env.bo.db.read() as s:
        rows = {r.reason: r for r in queries.list_quarantine(s, SUPERVISOR)}
    assert rows["gateway_signature_invalid"].department is None
    [schema] = [r for reason, r in rows.items() if reason != "gateway_signature_invalid"]
    assert schema.department == env.bo.catalog.get(broken["procedure"]).department == "市民課"
    tax_only = Actor(code="t1", name="税務", roles=frozenset({"supervisor"}), departments=frozenset({"税務課"}))
    citizen = Actor(code="c1", name="市民", roles=frozenset({"supervisor"}), departments=frozenset({"市民課"}))
    with env.bo.db.read() as s:
        assert queries.list_quarantine(s, tax_only, departments=env.bo.catalog.departments()) == []
        assert [r.id for r in queries.list_quarantine(s, citizen, departments=env.bo.catalog.departments())] == [
            schema.id]
