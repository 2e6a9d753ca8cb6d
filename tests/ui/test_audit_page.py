"""The audit viewer driven like a supervisor: the daily check at the top, filter by
application id, scroll for more (keyset pages), verify the chain, then tamper with a row
in the database and see the first bad entry named in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select, text

from backoffice.administration import staff
from backoffice.audit import query as audit_query
from backoffice.audit import schedule as audit_schedule
from backoffice.casework import review
from backoffice.db.models import AuditEntry
from tests.ui.conftest import PASSWORD, wait_idle
from tests.ui.factories import make_applications
from ui.main_window import MainWindow
from ui.models.audit_model import AuditModel
from ui.models.queue_model import run_now
from ui.pages.audit_page import AuditPage


def test_audit_model_passes_qtmodeltester(qtmodeltester, filled, people):
    sup = people["supervisor"]
    model = AuditModel(runner=run_now, page_size=5)
    model.reload(lambda after, limit: audit_query.search(filled, sup, after_seq=after, limit=limit))
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 10
    assert model.row_at(0).seq > model.row_at(9).seq  # newest first
    assert model.data(model.index(0, AuditModel.COL_SEQ), AuditModel.SeqRole) == model.row_at(0).seq
    qtmodeltester.check(model)


def _wait_loaded(qtbot, page):
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 0, timeout=10000)


def test_supervisor_filters_pages_and_verifies(qtbot, filled, people, workers, tmp_path):
    bo, sup, rev = filled, people["supervisor"], people["reviewer"]
    made = make_applications(bo, 1, start=900)[0]
    review.claim(bo, rev, made.pk)
    review.decide(bo, rev, made.pk, "approve")
    audit_schedule.run_scheduled_verify(bo)

    page = AuditPage(bo, sup, workers)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    page.refresh()
    _wait_loaded(qtbot, page)
    assert "Daily check" in page.scheduled.text() and "intact" in page.scheduled.text()

    # filter by application id (Enter in the field)
    qtbot.keyClicks(page.application_id, made.application_id)
    qtbot.keyClick(page.application_id, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.exhausted and not page.model.loading, timeout=10000)
    actions = [page.model.row_at(r).action for r in range(page.model.rowCount())]
    assert actions[:3] == ["application.approve", "application.start_review", "application.claim"]
    assert {page.model.row_at(r).target for r in range(page.model.rowCount())} == {
        f"application:{made.application_id}"}
    # the staff member by name; the code is the tooltip
    assert page.model.index(0, AuditModel.COL_ACTOR).data() == "審査 太郎"
    assert page.model.index(0, AuditModel.COL_ACTOR).data(Qt.ItemDataRole.ToolTipRole) == "rev1"

    # everything, in pages of 10: scrolling to the end fetches the next page
    page.model.page_size = 10
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 10 and not page.model.loading, timeout=10000)
    assert "(scroll for more)" in page.summary.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 20, timeout=10000)
    seqs = [page.model.row_at(r).seq for r in range(page.model.rowCount())]
    assert seqs == sorted(set(seqs), reverse=True)

    # the chain: intact, then a row edited behind the application's back
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=20000)
    assert "The audit log is intact" in page.chain.text(), page.chain.text()
    with bo.db.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET detail = '{}' WHERE seq = 7"))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_button.isEnabled() and "intact" not in page.chain.text(), timeout=20000)
    assert "tampered with" in page.chain.text()
    assert "entry No. 7 was altered" in page.chain.text() and "from No. 7 on" in page.chain.text()
    wait_idle(qtbot, workers)
    with bo.db.read() as s:  # every search and both checks were audited under the supervisor
        searches = s.scalar(select(func.count()).select_from(AuditEntry)
                            .where(AuditEntry.actor == "sup1", AuditEntry.action == "audit.search"))
        checks = s.scalar(select(func.count()).select_from(AuditEntry)
                          .where(AuditEntry.actor == "sup1", AuditEntry.action == "audit.verify"))
    assert searches >= 4 and checks == 2
    assert page.grab().save(str(tmp_path / "audit-page.png"))


def test_main_window_offers_the_audit_log_to_supervisors_only(qtbot, filled, people, workers):
    session = staff.login(filled.db, "sup1", PASSWORD, "ws")
    win = MainWindow(filled, session, workers, start_sync=False)
    qtbot.addWidget(win)
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert "Audit log" in titles
    win.nav.setCurrentRow(titles.index("Audit log"))
    page = win.pages.currentWidget()
    assert isinstance(page, AuditPage)
    _wait_loaded(qtbot, page)
    assert "none yet" in page.scheduled.text()
    win.close()
    wait_idle(qtbot, workers)
    rev_session = staff.login(filled.db, "rev1", PASSWORD, "ws")
    rev_win = MainWindow(filled, rev_session, workers, start_sync=False)
    qtbot.addWidget(rev_win)
    assert "Audit log" not in [rev_win.nav.item(i).text() for i in range(rev_win.nav.count())]
    rev_win.close()
    wait_idle(qtbot, workers)
