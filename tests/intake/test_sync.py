"""Sync end to end: bundles from an independent producer (tests.builders), a real database."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from backoffice.accounts.permissions import Actor
from backoffice.casework import review
from backoffice.cli.main import main
from backoffice.db.models import Application, Document, IntakeRecord, Notice, Revision
from tests import builders
from tests.conftest import ADMIN_SETUP


def _app(env, application_id):
    with env.bo.db.read() as s:
        return s.scalar(select(Application).where(Application.application_id == application_id))


def test_valid_bundle_is_ingested_with_one_received_notice(env):
    bundle = env.bundle()
    path = env.put(bundle)
    summary = env.sync()
    assert summary.line() == "ingested 1, duplicates 0, quarantined 0"
    assert not path.exists() and (env.bo.spool.archive / path.name).exists()
    app = _app(env, "OSK-2026-0001234")
    assert app.status == "ready_for_review" and app.attention == []
    assert app.fee_due == 600 and app.department == "市民課"
    notices = env.outbox()
    assert [(n["schema"], n["event"], n["application_id"], n["revision"]) for n in notices] == [
        ("notice/1", "received", "OSK-2026-0001234", 1)]
    with env.bo.db.read() as s:
        rev = s.scalar(select(Revision))
        assert rev.bundle_id == bundle[0]
        assert rev.application_json == builders.application_bytes(builders.sample_application())
        doc = s.scalar(select(Document))
        assert doc.kind == "identity_document" and doc.media_type == "image/png"


def test_same_bundle_again_is_a_duplicate_noop(env):
    bundle = env.bundle()
    env.put(bundle)
    env.sync()
    env.put(bundle)  # redelivery
    summary = env.sync()
    assert summary.line() == "ingested 0, duplicates 1, quarantined 0"
    with env.bo.db.read() as s:
        assert s.query(Notice).count() == 1
        assert s.query(Revision).count() == 1


def test_one_bad_bundle_never_stops_the_queue(env_sqlite):
    env = env_sqlite
    env.bo.spool.write_atomic("inbox", "0000-garbage.zip", b"not a zip at all")
    a = builders.sample_application(application_id="OSK-A")
    b = builders.sample_application(application_id="OSK-B")
    env.put(env.bundle(a))
    env.put(env.bundle(b))
    summary = env.sync()
    assert summary.line() == "ingested 2, duplicates 0, quarantined 1"
    with env.bo.db.read() as s:
        q = s.scalar(select(IntakeRecord).where(IntakeRecord.outcome == "quarantined"))
        assert q.reason == "not_a_zip" and q.detail
    assert (env.bo.spool.quarantine / "0000-garbage.zip").exists()


ATTENTION_CASES = {
    "signature_missing": lambda env: env.bundle(sign=False),
    "signature_invalid": lambda env: env.bundle(signature=dict(
        builders.sign_application(b"other bytes", env.signer_key, env.signer_cert, env.pki.chain))),
    "certificate_untrusted": lambda env: env.bundle(signature=builders.sign_application(
        builders.application_bytes(builders.sample_application()),
        *builders.TestPKI("other").issue_signer("山田 太郎"), builders.TestPKI("other").chain)),
    "certificate_expired": lambda env: env.bundle(signature=builders.sign_application(
        builders.application_bytes(builders.sample_application()),
        *env.pki.issue_signer("山田 太郎", dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
                              dt.datetime(2021, 1, 1, tzinfo=dt.UTC)), env.pki.chain)),
    "signer_name_mismatch": lambda env: env.bundle(signature=builders.sign_application(
        builders.application_bytes(builders.sample_application()),
        *env.pki.issue_signer("鈴木 一郎"), env.pki.chain)),
    "payment_missing": lambda env: env.bundle(builders.sample_application(payment=None)),
    "payment_amount_mismatch": lambda env: env.bundle(builders.sample_application(payment__amount=300)),
    "attachment_rejected": lambda env: env.bundle(files={}, rejected=["a1"]),
    "attachment_missing": lambda env: env.bundle(
        builders.sample_application(procedure="koseki-copy", form__copies=1, payment__amount=450,
                                    attachments__0__kind="other")),
}


@pytest.mark.parametrize("code", sorted(ATTENTION_CASES))
def test_attention_codes(env_sqlite, code):
    env = env_sqlite
    env.put(ATTENTION_CASES[code](env))
    assert env.sync().ingested == 1
    app = _app(env, "OSK-2026-0001234")
    assert app.status == "needs_attention"
    assert code in app.attention


def test_certificate_revoked_via_crl(sqlite_url, tmp_path):
    from tests.intake.conftest import make_env

    env = make_env(sqlite_url, tmp_path)
    key, cert = env.pki.issue_signer("山田 太郎")
    env.pki.revoke(cert)
    env.pki.write_files(tmp_path / "data" / "keys")  # updated CRL
    app = builders.sample_application()
    env.put(env.bundle(app, signature=builders.sign_application(
        builders.application_bytes(app), key, cert, env.pki.chain)))
    env.sync()
    assert "certificate_revoked" in _app(env, "OSK-2026-0001234").attention
    env.bo.close()


def test_possible_duplicate(env_sqlite):
    env = env_sqlite
    env.put(env.bundle(builders.sample_application(application_id="OSK-1")))
    env.sync()
    env.put(env.bundle(builders.sample_application(application_id="OSK-2")))
    env.sync()
    assert _app(env, "OSK-1").attention == []
    assert _app(env, "OSK-2").attention == ["possible_duplicate"]


def test_names_outside_jis_x_0208_round_trip(env):
    app = builders.sample_application(applicant__name="𠮷田 髙﨑", applicant__name_kana="ヨシダ タカサキ")
    env.put(env.bundle(app))
    env.sync()
    row = _app(env, "OSK-2026-0001234")
    assert row.applicant_name == "𠮷田 髙﨑"
    assert row.attention == []  # the signer CN matched exactly



def _reviewer(env):
    from backoffice.administration import staff

    with env.bo.db.write() as s:
        info = staff.create_staff(s, ADMIN_SETUP, "r1", "審査 花子", ["reviewer"], "a long passphrase 2026")
    return Actor(code="r1", name="審査 花子", roles=frozenset({"reviewer"}), id=info.id)


def test_revision_conflicts_and_a_correct_resubmission(env):
    env.put(env.bundle())
    env.sync()
    # revision 1 again under a new bundle id, and a revision 2 while nothing was returned
    env.put(env.bundle())
    env.put(env.bundle(builders.sample_application(revision=2)))
    s1 = env.sync()
    assert s1.quarantined == 2
    with env.bo.db.read() as s:
        reasons = {r.reason for r in s.scalars(select(IntakeRecord).where(IntakeRecord.outcome == "quarantined"))}
    assert reasons == {"revision_conflict"}
    # the office returns it, then revision 2 is accepted
    actor = _reviewer(env)
    pk = _app(env, "OSK-2026-0001234").id
    review.claim(env.bo, actor, pk)
    review.decide(env.bo, actor, pk, "return", "本人確認書類が不鮮明です")
    env.put(env.bundle(builders.sample_application(revision=2, form__purpose="年金の手続き")))
    assert env.sync().ingested == 1
    app = _app(env, "OSK-2026-0001234")
    assert app.revision == 2 and app.status == "ready_for_review"
    events = [n["event"] for n in env.outbox()]
    assert events.count("received") == 2 and events.count("returned_for_correction") == 1
    returned = next(n for n in env.outbox() if n["event"] == "returned_for_correction")
    assert returned["reason"] == "本人確認書類が不鮮明です"


def _config_file(env, tmp_path):
    cfg = env.bo.config
    path = tmp_path / "backoffice.toml"
    path.write_text(
        f'[database]\nurl = "{cfg.database_url}"\n'
        f'[intake]\nspool = "{cfg.spool}"\ngateway_public_keys = ["{cfg.gateway_public_keys[0]}"]\n'
        f'trust_anchors = ["{cfg.trust_anchors[0]}"]\ncrl = ["{cfg.crl[0]}"]\n', encoding="utf-8")
    return str(path)


def test_cli_json_output_matches_cli_v1(env, capsys, tmp_path):
    env.put(env.bundle(builders.sample_application(payment=None)))
    env.bo.spool.write_atomic("inbox", "broken.zip", b"PK\x03\x04 truncated")
    conf = _config_file(env, tmp_path)
    assert main(["--config", conf, "sync", "--once"]) == 0
    assert capsys.readouterr().out.strip().endswith("ingested 1, duplicates 0, quarantined 1")
    assert main(["--config", conf, "applications", "list", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    keys = {"application_id", "revision", "procedure", "status", "attention", "applicant_name",
            "bundle_id", "received_at", "due_date", "certificate_serial"}
    assert rows and keys <= set(rows[0])
    assert rows[0]["status"] == "needs_attention" and rows[0]["attention"] == ["payment_missing"]
    assert rows[0]["received_at"].endswith("+09:00")
    assert main(["--config", conf, "quarantine", "list", "--format", "json"]) == 0
    q = json.loads(capsys.readouterr().out)
    assert q == [{"bundle": "broken.zip", "reason": "not_a_zip", "detail": q[0]["detail"]}]


def _put_in_order(env, *bundles):
    import os

    paths = [env.put(b) for b in bundles]
    for i, p in enumerate(paths):  # the inbox is read oldest first
        os.utime(p, (1_700_000_000 + i, 1_700_000_000 + i))
    return paths


def test_one_group_mixes_outcomes_and_keeps_every_rule(env):
    """One group commit: a new application, the same person again (possible duplicate
    found against a row of the same group), a second revision 1 of the first (conflict,
    rolled back alone) and a broken file; the chain, events and notices stay exact."""
    from backoffice.audit import log as audit
    from backoffice.db.models import ApplicationEvent

    first = env.bundle(builders.sample_application(application_id="OSK-G1"))
    again = env.bundle(builders.sample_application(application_id="OSK-G1"))
    same_person = env.bundle(builders.sample_application(application_id="OSK-G2"))
    _put_in_order(env, first, again, same_person)
    env.bo.spool.write_atomic("inbox", "zz-broken.zip", b"PK\x03\x04 truncated")
    summary = env.sync()
    assert summary.line() == "ingested 2, duplicates 0, quarantined 2"
    assert _app(env, "OSK-G1").attention == [] and _app(env, "OSK-G1").status == "ready_for_review"
    g2 = _app(env, "OSK-G2")
    assert g2.attention == ["possible_duplicate"] and g2.status == "needs_attention"
    with env.bo.db.read() as s:
        assert audit.verify_chain(s).intact
        records = {(r.bundle_id, r.outcome, r.reason) for r in s.scalars(select(IntakeRecord))}
        assert records == {(first[0], "ingested", None), (same_person[0], "ingested", None),
                           (again[0], "quarantined", "revision_conflict"),
                           (None, "quarantined", "not_a_zip")}
        assert s.query(Revision).count() == 2
        events = s.execute(select(Application.application_id, ApplicationEvent.action,
                                  ApplicationEvent.from_status, ApplicationEvent.to_status)
                           .join(Application, Application.id == ApplicationEvent.application_pk)
                           .order_by(ApplicationEvent.id)).all()
        assert [tuple(e) for e in events] == [
            ("OSK-G1", "receive", None, "received"), ("OSK-G1", "checks_passed", "received", "ready_for_review"),
            ("OSK-G2", "receive", None, "received"), ("OSK-G2", "checks_failed", "received", "needs_attention")]
        actions = [a for (a,) in s.execute(select(audit.AuditEntry.action).order_by(audit.AuditEntry.seq))]
        assert actions.count("intake.ingest") == 2 and actions.count("intake.quarantine") == 2
    assert sorted((n["application_id"], n["event"]) for n in env.outbox()) == [
        ("OSK-G1", "received"), ("OSK-G2", "received")]


def test_a_bundle_ingested_meanwhile_by_another_agent_is_a_duplicate(env):
    """The duplicate check of validation can be overtaken by another sync agent; the
    unique bundle_id catches it at commit and the bundle is counted as a duplicate."""
    from backoffice.accounts.permissions import system_actor
    from backoffice.intake import ingest
    from backoffice.intake.settings import load_intake_settings

    bundle = env.bundle()
    path = env.put(bundle)
    stale = ingest._validate(env.bo, load_intake_settings(env.bo.config), path)
    assert isinstance(stale.result, ingest.bundle_mod.ValidatedBundle)
    copy = path.read_bytes()
    assert env.sync().ingested == 1  # the other agent
    path.write_bytes(copy)  # the file this agent still holds
    ingest._commit_group(env.bo, system_actor("sync"), [stale])
    assert stale.outcome == "duplicate" and not stale.error
    with env.bo.db.read() as s:
        assert s.query(Revision).count() == 1 and s.query(Notice).count() == 1


def test_resubmission_adds_the_waiting_business_days_to_the_deadline(env):
    """行政手続法第6条: the business days between the return and the corrected revision are
    added to the deadline, counted from the first receipt."""
    env.put(env.bundle())
    env.sync()
    actor = _reviewer(env)
    pk = _app(env, "OSK-2026-0001234").id
    review.claim(env.bo, actor, pk)
    review.decide(env.bo, actor, pk, "return", "本人確認書類が不鮮明です")
    returned = dt.datetime(2026, 11, 2, 1, 0, tzinfo=dt.UTC)  # Monday 10:00 JST
    received = dt.datetime(2026, 10, 30, 1, 0, tzinfo=dt.UTC)
    with env.bo.db.write() as s:
        app = s.get(Application, pk)
        app.returned_at, app.received_at = returned, received
    env.put(env.bundle(builders.sample_application(revision=2)))
    assert env.sync().ingested == 1
    app = _app(env, "OSK-2026-0001234")
    cal = env.bo.calendar
    today = dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=9))).date()
    waited = cal.business_days_between(dt.date(2026, 11, 2), today)
    assert waited > 0 and app.paused_days == waited
    proc = env.bo.catalog.get(app.procedure)
    assert app.due_date == cal.due_date(dt.date(2026, 10, 30), proc.processing_days, waited)
    assert app.returned_at is None and app.revision == 2
