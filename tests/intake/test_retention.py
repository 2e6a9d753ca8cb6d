from dataclasses import replace
from datetime import timedelta

from sqlalchemy import func, select

from backoffice.accounts.permissions import Actor
from backoffice.administration import staff
from backoffice.audit import log as audit
from backoffice.casework import review
from backoffice.db.models import Application, Document, Revision, Staff
from backoffice.db.models_retention import RetentionStat
from backoffice.platform.config import RetentionRule, parse_config
from backoffice.platform.errors import ConfigError
from backoffice.platform.timeutil import utcnow
from backoffice.retention.rules import ANONYMIZED, run_retention
from tests import builders
from tests.conftest import ADMIN_SETUP

ADMIN = Actor(code="a1", name="管理", roles=frozenset({"admin"}))


def _closed(env, app_id: str, decision: str) -> int:
    env.put(env.bundle(builders.sample_application(application_id=app_id, applicant__name="𠮷田 花子")))
    env.sync()
    with env.bo.db.write() as s:
        if not s.scalar(select(func.count()).select_from(Staff)):
            staff.create_staff(s, ADMIN_SETUP, "r1", "審査", ["reviewer"], "a long passphrase 2026")
    sess = staff.login(env.bo.db, "r1", "a long passphrase 2026", "pc")
    with env.bo.db.read() as s:
        pk = s.scalar(select(Application.id).where(Application.application_id == app_id))
    review.claim(env.bo, sess.actor, pk)
    review.decide(env.bo, sess.actor, pk, decision, None if decision == "approve" else "要件を満たさない")
    with env.bo.db.write() as s:  # fast-forward: the application was decided long ago and closed
        app = s.get(Application, pk)
        app.status = "closed"
        app.decided_at = utcnow() - timedelta(days=400)
    return pk


def test_anonymize_and_delete_per_rule_with_statistics(env):
    env.bo.config = replace(env.bo.config, retention=(
        RetentionRule("juminhyo-copy", "rejected", 365, "delete"),
        RetentionRule("*", "*", 365, "anonymize"),
    ))
    anon_pk = _closed(env, "OSK-R-1", "approve")
    del_pk = _closed(env, "OSK-R-2", "reject")
    env.put(env.bundle(builders.sample_application(application_id="OSK-R-3")))  # still open
    env.sync()
    dry = run_retention(env.bo, ADMIN, dry_run=True)
    assert (dry.anonymized, dry.deleted) == (1, 1)
    report = run_retention(env.bo, ADMIN)
    assert report.line() == "anonymized 1, deleted 1"
    with env.bo.db.read() as s:
        a = s.get(Application, anon_pk)
        assert a.applicant_name == ANONYMIZED and a.birth_date is None and a.address == ""
        assert all(r == b"{}" for r in s.scalars(select(Revision.application_json).where(Revision.application_pk == anon_pk)))
        assert s.scalar(select(func.count()).select_from(Document).join(Revision).where(
            Revision.application_pk == anon_pk, Document.data.is_not(None))) == 0
        assert s.get(Application, del_pk) is None
        assert s.scalar(select(Application).where(Application.application_id == "OSK-R-3")).applicant_name == "山田 太郎"
        stats = {(r.procedure, r.outcome, r.action, r.count) for r in s.scalars(select(RetentionStat))}
        assert stats == {("juminhyo-copy", "approved", "anonymize", 1), ("juminhyo-copy", "rejected", "delete", 1)}
        assert audit.verify_chain(s).intact
    # running again changes nothing
    assert run_retention(env.bo, ADMIN).line() == "anonymized 0, deleted 0"


def test_retention_needs_admin_and_valid_config(env_sqlite):
    import pytest

    from backoffice.platform.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        run_retention(env_sqlite.bo, Actor(code="s", name="s", roles=frozenset({"supervisor"})))
    with pytest.raises(ConfigError, match="action must be"):
        parse_config({"retention": {"rule": [{"after_days": 10, "action": "burn"}]}}, env_sqlite.bo.config.base_dir, "x.toml")
