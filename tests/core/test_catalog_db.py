"""The procedure catalog in the shared database with dated versions (issue 16 item 3), on
both engines: `init` seeds it from resources/procedures.toml and every later open reads it;
a fee change scheduled for a future date applies to applications received from that date
and not before; bad changes are refused; `catalog export` / `import` (difference shown,
confirmation, broken file refused with its line)."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from backoffice.accounts.permissions import Actor
from backoffice.administration import catalog_admin
from backoffice.cli.main import main
from backoffice.db import catalog_store
from backoffice.db.models import Application, AuditEntry
from backoffice.platform.catalog import default_catalog
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, CatalogError, PermissionDenied
from backoffice.platform.timeutil import today_jst, utcnow
from tests import builders
from tests.intake.conftest import make_env

ADMIN = Actor(code="os:admin", name="admin", roles=frozenset({"admin"}))


def _reopened(bo) -> Backoffice:
    again = Backoffice.open(bo.config)
    assert isinstance(again.catalog, catalog_store.DatedCatalog)
    return again


def test_init_seeds_the_catalog_and_every_open_reads_it(bo):
    again = _reopened(bo)
    try:
        assert again.catalog.entries_on(today_jst()) == default_catalog().raw
        assert again.catalog.get("juminhyo-copy").fee_per_copy == 300
        assert set(again.catalog.departments()) == set(default_catalog().departments())
        bo.init_schema()  # a second init seeds nothing more
        assert len(catalog_admin.versions(again, ADMIN)) == len(default_catalog().codes())
    finally:
        again.close()


def test_a_future_fee_applies_from_its_day_and_not_before(db_url, tmp_path):
    env = make_env(db_url, tmp_path)
    env.bo.close()
    env.bo = _reopened(env.bo)
    bo = env.bo
    today = today_jst()
    april = today + timedelta(days=30)
    changes = catalog_admin.change_procedure(bo, ADMIN, "juminhyo-copy", {"fee_per_copy": 350}, april,
                                             note="手数料条例の改正")
    assert [c.line() for c in changes] == ["~ juminhyo-copy.fee_per_copy: 300 -> 350"]
    assert bo.catalog.get("juminhyo-copy").fee_per_copy == 300          # still in force today
    assert bo.catalog.on(april).get("juminhyo-copy").fee_per_copy == 350
    assert bo.catalog.on(april - timedelta(days=1)).get("juminhyo-copy").fee_per_copy == 300

    env.put(env.bundle(builders.sample_application(application_id="OSK-2026-0000001")))
    env.sync()                                   # received today: the fee of today's version
    bo.catalog._today = lambda: april            # the clock reaches the day the change takes effect
    env.put(env.bundle(builders.sample_application(application_id="OSK-2026-0000002")))
    env.sync()
    with bo.db.read() as s:
        fees = dict(s.execute(select(Application.application_id, Application.fee_due)).all())
    assert fees == {"OSK-2026-0000001": 600, "OSK-2026-0000002": 700}  # 2 copies each
    # judged by the version of its day, also after the change: stored with the application
    bo.catalog._today = today_jst
    with bo.db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "catalog.change"))
    assert entry is not None and entry.detail["changes"] == [{"key": "fee_per_copy", "before": 300, "after": 350}]
    assert entry.detail["effective_from"] == april.isoformat()
    bo.close()


def test_bad_changes_are_refused_and_nothing_is_half_saved(bo):
    again = _reopened(bo)
    today = today_jst()
    try:
        def refused(values, day=today, code=None):
            with pytest.raises((BackofficeError, CatalogError)) as exc:
                catalog_admin.change_procedure(again, ADMIN, "tax-certificate", values, day)
            if code:
                assert exc.value.code == code
            return exc.value

        refused({"fee_per_copy": 500}, today - timedelta(days=1), "effective_date_past")
        assert "must not be negative" in str(refused({"fee_per_copy": -1}))
        refused({"processing_days": 400}, code="bad_processing_days")
        refused({"department": "総務課X"}, code="unknown_department")
        refused({"template": "no-such-template"}, code="unknown_template")
        assert "wrong type" in str(refused({"fee_per_copy": "500"}))
        with pytest.raises(PermissionDenied):
            catalog_admin.change_procedure(again, Actor(code="s", name="s", roles=frozenset({"supervisor"})),
                                           "tax-certificate", {"fee_per_copy": 1}, today)
        assert len(catalog_admin.versions(again, ADMIN, "tax-certificate")) == 1
    finally:
        again.close()


def test_export_and_import_with_the_difference_shown_first(bo, tmp_path, capsys, monkeypatch):
    db = ["--db", bo.config.database_url]
    out = tmp_path / "catalog.toml"
    assert main([*db, "catalog", "export", "--out", str(out)]) == 0
    assert main([*db, "catalog", "import", str(out)]) == 0
    assert "no difference" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8").replace("fee_per_copy = 300", "fee_per_copy = 320", 1)
    changed = tmp_path / "changed.toml"
    changed.write_text(text, encoding="utf-8")
    later = (today_jst() + timedelta(days=10)).isoformat()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal and no --yes: nothing changes
    assert main([*db, "catalog", "import", str(changed), "--effective", later]) == 1
    shown = capsys.readouterr()
    assert "~ juminhyo-copy.fee_per_copy: 300 -> 320" in shown.out and "--yes" in shown.err
    assert main([*db, "catalog", "import", str(changed), "--effective", later, "--yes"]) == 0
    assert "applied 1 change(s)" in capsys.readouterr().out
    assert main([*db, "catalog", "versions", "--procedure", "juminhyo-copy"]) == 0
    assert f"juminhyo-copy\t{later}\tfee 320" in capsys.readouterr().out
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace("fee_per_copy = 320", "fee_per_copy = -5", 1), encoding="utf-8")
    assert main([*db, "catalog", "import", str(broken), "--yes"]) != 0
    err = capsys.readouterr().err
    assert "line" in err and "fee_per_copy must not be negative" in err


def test_processing_period_zero_is_a_same_day_procedure(db_url, tmp_path):
    """processing_days 0–365 (issue 16): 0 is accepted by the change service, the TOML
    export/import and intake, and an application received that day is due that same day."""
    env = make_env(db_url, tmp_path)
    env.bo.close()
    env.bo = _reopened(env.bo)
    bo = env.bo
    today = today_jst()
    changes = catalog_admin.change_procedure(bo, ADMIN, "juminhyo-copy", {"processing_days": 0}, today,
                                             note="即日交付")
    assert [c.line() for c in changes] == ["~ juminhyo-copy.processing_days: 3 -> 0"]
    assert bo.catalog.get("juminhyo-copy").processing_days == 0
    env.put(env.bundle(builders.sample_application(application_id="OSK-2026-0000003")))
    env.sync()
    with bo.db.read() as s:
        due = s.scalar(select(Application.due_date))
    assert due == bo.calendar.due_date(today, 0) == today  # due on the day of receipt
    # the TOML form keeps the 0 (not dropped as "no standard period") and reads it back
    text = catalog_admin.export_text(bo, ADMIN)
    assert "processing_days = 0" in text
    path = tmp_path / "same-day.toml"
    path.write_text(text, encoding="utf-8")
    assert catalog_admin.import_catalog(bo, ADMIN, path, today, apply=False) == []
    with pytest.raises((BackofficeError, CatalogError), match="0 or more"):
        catalog_admin.change_procedure(bo, ADMIN, "juminhyo-copy", {"processing_days": -1}, today)
    bo.close()


def test_field_labels_are_part_of_a_dated_version(bo):
    """Field labels (issue 16): validated, audited, and the application screen shows those of
    the version the application is judged by (in force on its day of receipt)."""
    from backoffice.casework import detail
    from tests.ui.factories import make_applications

    again = _reopened(bo)
    try:
        today = today_jst()
        old, new = make_applications(again, 2, procedures=("juminhyo-copy",))
        with again.db.write() as s:  # one received before today, one today
            s.get(Application, new.pk).received_at = utcnow()
        labels = dict(again.catalog.get("juminhyo-copy").fields)
        for bad, code in (({**labels, "purpose": "  "}, "field_label_empty"),
                          ({**labels, "purpose": "長" * 41}, "field_label_too_long")):
            with pytest.raises(BackofficeError) as exc:
                catalog_admin.change_procedure(again, ADMIN, "juminhyo-copy", {"fields": bad}, today)
            assert exc.value.code == code
        changes = catalog_admin.change_procedure(again, ADMIN, "juminhyo-copy",
                                                 {"fields": {**labels, "purpose": "使用目的（提出先）"}}, today)
        assert [c.key for c in changes] == ["fields"]
        reader = Actor(code="t", name="t", roles=frozenset({"reviewer"}))

        def label(pk):
            return {f.key: f.label for f in detail.application_detail(again, reader, pk).form}.get("purpose")

        assert label(new.pk) == "使用目的（提出先）"   # judged by today's version
        assert label(old.pk) == "使用目的"             # received before: the version of its day
        with again.db.read() as s:
            entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "catalog.change"))
        assert entry is not None and entry.detail["changes"][0]["key"] == "fields"
        assert entry.detail["changes"][0]["after"]["purpose"] == "使用目的（提出先）"
    finally:
        again.close()


def test_a_running_program_sees_another_workstations_change_after_the_check(bo):
    """Two programs on one database (issue 16): an administrator changes a fee in one; the
    other's catalog shows it after its next cheap check, without a restart; a version
    scheduled for tomorrow is reported when the day comes."""
    one, two = _reopened(bo), _reopened(bo)
    try:
        watch = catalog_store.CatalogWatch(two)
        assert watch.check() is False                       # nothing changed
        today = today_jst()
        catalog_admin.change_procedure(one, ADMIN, "juminhyo-copy", {"fee_per_copy": 350}, today)
        assert one.catalog.get("juminhyo-copy").fee_per_copy == 350
        assert two.catalog.get("juminhyo-copy").fee_per_copy == 300   # not seen yet
        assert watch.check() is True
        assert two.catalog.get("juminhyo-copy").fee_per_copy == 350
        assert watch.check() is False                       # once
        tomorrow = today + timedelta(days=1)
        catalog_admin.change_procedure(one, ADMIN, "juminhyo-copy", {"fee_per_copy": 400}, tomorrow)
        assert watch.check() is True and two.catalog.get("juminhyo-copy").fee_per_copy == 350
        two.catalog._today = watch._today = lambda: tomorrow  # the clock reaches the day
        assert watch.check() is True and two.catalog.get("juminhyo-copy").fee_per_copy == 400
        assert watch.check() is False
    finally:
        one.close()
        two.close()
