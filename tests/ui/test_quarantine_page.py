"""Supervisor retries and discards refused bundles on the quarantine page."""

from PySide6.QtCore import Qt

from backoffice.casework import queries
from tests.intake.conftest import make_env
from tests.ui.factories import make_staff
from ui.pages.quarantine_page import QuarantinePage


def test_retry_and_discard(qtbot, workers, sqlite_url, tmp_path):
    env = make_env(sqlite_url, tmp_path)
    for name in ("a.zip", "b.zip"):
        env.bo.spool.write_atomic("inbox", name, b"not a zip")
    env.sync()
    sup = make_staff(env.bo, "s1", ["supervisor"])
    page = QuarantinePage(env.bo, sup, workers)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert "2" in page.summary.text()
    page.table.selectRow(0)
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 or "inbox" in page.summary.text() or "Error" in page.summary.text(), timeout=5000)
    assert page.model.rowCount() == 1, page.summary.text()
    assert "inbox" in page.summary.text()
    assert len(list(env.bo.spool.inbox.glob("*.zip"))) == 1
    page.table.selectRow(0)
    page.discard_selected("送信元に確認済み")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    with env.bo.db.read() as s:
        rows = queries.list_quarantine(s, sup, include_resolved=True)
    assert sorted(r.resolution for r in rows) == ["discarded", "retried"]
    env.bo.close()


def test_departments_decide_what_the_quarantine_page_shows(qtbot, workers, sqlite_url, tmp_path):
    """Need-to-know (docs/departments.md): a refused file of no known department (not a ZIP)
    is listed for a supervisor of every department, not for one of 市民課 only; an
    administrator sees it with time, file and reason, the detail withheld."""
    import dataclasses

    from backoffice.accounts.permissions import Actor

    env = make_env(sqlite_url, tmp_path)
    env.bo.spool.write_atomic("inbox", "a.zip", b"not a zip")
    env.sync()
    every = make_staff(env.bo, "s1", ["supervisor"])
    citizen_only = dataclasses.replace(make_staff(env.bo, "s2", ["supervisor"]), departments=frozenset({"市民課"}))
    admin = Actor(code="a1", name="管理", roles=frozenset({"admin"}), departments=frozenset({"市民課"}))
    pages = {}
    for who in (every, citizen_only, admin):
        page = QuarantinePage(env.bo, who, workers)
        qtbot.addWidget(page)
        page.refresh()
        pages[who.code] = page
    qtbot.waitUntil(lambda: all(p.summary.text() for p in pages.values()), timeout=5000)
    assert pages["s1"].model.rowCount() == 1 and pages["s2"].model.rowCount() == 0
    assert pages["a1"].model.rowCount() == 1
    tip = pages["s1"].model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    withheld = pages["a1"].model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip and "shown only" not in tip
    assert withheld == "The details are shown only to the department's supervisors."
    assert pages["a1"].model.index(0, 1).data() == "a.zip"
    env.bo.close()
