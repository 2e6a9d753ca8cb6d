"""Fixtures for UI tests: a filled database, the background workers (always shut down),
and helpers to wait for the database worker."""

from __future__ import annotations

import pytest

from tests.conftest import make_backoffice
from tests.ui.factories import PASSWORD, make_applications, make_staff


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """QSettings in a folder of this test, never the user's: the test starts from a fresh
    profile. Confirmations before sending to applicants (ui/confirm.py) are off unless a
    test switches them on; the tests that check them do."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    from ui import confirm

    confirm.set_enabled(False)
    yield folder


@pytest.fixture
def japanese(qapp):
    """The Japanese catalogs installed for one test (the root conftest takes every catalog
    out again after the test)."""
    from ui import i18n
    from ui.build_translations import build

    build()
    t = i18n.Translation(qapp)
    assert t.install("ja")
    yield t
    t.install("en")


@pytest.fixture(params=["sqlite", pytest.param("person", marks=[pytest.mark.postgres, pytest.mark.person])])
def ui_bo(request, tmp_path):
    """The screens' Backoffice: SQLite, and PostgreSQL with each unit of work as its actor's
    per-person role (tests/persons.py, issue 19)."""
    if request.param == "sqlite":
        bo = make_backoffice(f"sqlite:///{tmp_path / 'ui.db'}", tmp_path)
    else:
        from tests.persons import acting_backoffice

        bo = acting_backoffice(request.getfixturevalue("pg_schema_url"), tmp_path)
    yield bo
    bo.close()


@pytest.fixture
def workers(qtbot):
    from ui.workers import Workers

    w = Workers()
    yield w
    w.shutdown()


@pytest.fixture
def people(ui_bo):
    return {
        "reviewer": make_staff(ui_bo, "rev1", ["reviewer"], "審査 太郎"),
        "supervisor": make_staff(ui_bo, "sup1", ["supervisor"], "決裁 花子"),
        "counter": make_staff(ui_bo, "cnt1", ["counter"], "窓口 次郎"),
    }


@pytest.fixture
def filled(ui_bo, people):
    make_applications(ui_bo, 12, statuses=("ready_for_review", "needs_attention"))
    make_applications(ui_bo, 1, revisions=2, start=500)
    return ui_bo


def wait_idle(qtbot, workers, timeout=10000):
    qtbot.waitUntil(lambda: workers.idle, timeout=timeout)


__all__ = ["PASSWORD", "wait_idle"]
