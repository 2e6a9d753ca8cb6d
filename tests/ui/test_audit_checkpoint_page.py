"""Issue 21, defect 9 on the audit viewer: after a checkpoint, the newest entries are
deleted behind the application's back; "Verify chain" in the Japanese UI says so in
Japanese (no English problem text), and an emptied log likewise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from backoffice.audit import checkpoint as audit_checkpoint
from ui.i18n import Translation
from ui.pages.audit_page import AuditPage


def _verify(qtbot, page) -> str:
    before = page.chain.text()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_button.isEnabled() and page.chain.text() != before, timeout=20000)
    # and the reload its broadcast started: the list's search writes an audit.search entry,
    # which must not land after the test's DELETE (it did in CI under load)
    qtbot.waitUntil(lambda: page.workers.idle, timeout=20000)
    return page.chain.text()


def test_deleted_and_emptied_log_in_japanese(qtbot, filled, people, workers, memory_keyring):
    bo, sup = filled, people["supervisor"]
    audit_checkpoint.make(bo, "manual")
    tr = Translation(QApplication.instance())
    tr.install("ja")
    try:
        page = AuditPage(bo, sup, workers)
        qtbot.addWidget(page)
        page.show()
        with bo.db.engine.begin() as c:
            newest = c.execute(text("SELECT max(seq) FROM audit_log")).scalar_one()
            c.execute(text("DELETE FROM audit_log WHERE seq > :n"), {"n": newest - 3})
        shown = _verify(qtbot, page)
        assert "削除" in shown and f"{newest - 2} 番以降" in shown, shown
        assert "entries" not in shown and "checkpoint" not in shown
        with bo.db.engine.begin() as c:
            c.execute(text("DELETE FROM audit_log"))
        shown = _verify(qtbot, page)
        assert "ログが空です" in shown, shown
    finally:
        tr.install("en")
