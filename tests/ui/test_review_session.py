"""A reviewer's session driven like a person: log in through the dialog, open a queue,
open an application, page through its PDF, return one with a reason, approve another,
then check statuses, notices and audit entries in the database."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from backoffice.db.models import Application, AuditEntry, Notice
from tests.ui.conftest import PASSWORD, wait_idle
from ui.login import LoginDialog
from ui.main_window import MainWindow


def _login(qtbot, bo, workers, code):
    dlg = LoginDialog(bo, workers)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.code, code)
    qtbot.keyClicks(dlg.password, PASSWORD)
    with qtbot.waitSignal(dlg.accepted, timeout=15000):
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dlg.session


def _window(qtbot, bo, workers, code):
    session = _login(qtbot, bo, workers, code)
    win = MainWindow(bo, session, workers, start_sync=False)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, workers)
    return win


def test_wrong_password_is_refused(qtbot, ui_bo, people, workers):
    dlg = LoginDialog(ui_bo, workers)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.code, "rev1")
    qtbot.keyClicks(dlg.password, "wrong password here")
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.buttons.isEnabled() and dlg.message.text() != "Checking…", timeout=15000)
    assert dlg.session is None and "wrong" in dlg.message.text()


def test_review_session(qtbot, filled, workers):
    bo = filled
    win = _window(qtbot, bo, workers, "rev1")
    page = win.queue_page
    assert [win.nav.item(i).text() for i in range(win.nav.count())] == [
        "Review queues", "Application", "Counter", "Issue and deliver", "Verify certificate", "Appointments", "Inquiries",
        "Settings"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)  # 6 ready + the resubmitted one
    assert page.queue_list.item(0).text().endswith("(7)")

    # search with half-width kana from the keyboard, Enter opens the first hit
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.search.setText("ﾔﾏﾀﾞ")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.exhausted and not page.model.loading)
    assert page.model.rowCount() >= 1
    assert all(page.model.row_at(r).applicant_name == "山田 太郎" for r in range(page.model.rowCount()))

    # open the corrected application (revision 2): the diff is shown first
    target = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).revision == 2)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(target, 0))
    with qtbot.waitSignal(win.application_page.application_loaded, timeout=10000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    app_page = win.application_page
    assert win.pages.currentWidget() is app_page and app_page.claimed
    html = app_page.detail_view.browser.toPlainText()
    assert html.index("What changed since revision 1") < html.index("Applicant")
    assert "梅田2-1-1" in html

    # page through the 4-page PDF with the keyboard
    app_page.detail_view.documents.setCurrentRow(1)
    viewer = app_page.viewer
    qtbot.waitUntil(lambda: viewer.page_count == 4 and viewer.image.pixmap() is not None
                    and not viewer.image.pixmap().isNull(), timeout=10000)
    viewer.scroll_area.setFocus()
    with qtbot.waitSignal(viewer.page_rendered, timeout=5000):
        qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_PageDown)
    assert viewer.page == 1
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_PageDown)
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_PageUp)
    assert viewer.page == 1
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: not viewer._resize_timer.isActive() and workers.idle)
    width = viewer.image.pixmap().width()
    with qtbot.waitSignal(viewer.page_rendered, timeout=5000):
        qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.image.pixmap().width() > width
    with qtbot.waitSignal(viewer.page_rendered, timeout=5000):
        viewer.rotate_action.trigger()
    pm = viewer.image.pixmap()
    assert pm.width() > pm.height()  # portrait page turned sideways

    # return it for correction with a template reason (Ctrl+R)
    dec = app_page.decision
    idx = next(i for i in range(dec.template.count()) if "本人確認書類が不鮮明" in dec.template.itemText(i))
    dec.template.setCurrentIndex(idx)
    dec.template.activated.emit(idx)
    assert "不鮮明" in dec.reason.toPlainText()
    with qtbot.waitSignal(app_page.decision_recorded, timeout=10000) as rec:
        qtbot.keyClick(dec.reason, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    returned_pk = rec.args[0]
    assert rec.args[1] == "returned"
    wait_idle(qtbot, workers)
    assert not app_page.claimed and not dec.return_button.isEnabled()

    # back to the queue, "Next" claims the oldest-deadline ready application; approve it
    win.nav.setCurrentRow(0)
    page.search.clear()
    page.apply_filter()
    with qtbot.waitSignal(app_page.application_loaded, timeout=10000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    approved_pk = app_page.current.pk
    assert app_page.claimed and approved_pk != returned_pk
    with qtbot.waitSignal(app_page.decision_recorded, timeout=10000) as rec:
        qtbot.keyClick(app_page.decision.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert rec.args == [approved_pk, "approved"]
    wait_idle(qtbot, workers)

    with bo.db.read() as s:
        status = dict(s.execute(select(Application.id, Application.status)).all())
        notices = s.execute(select(Notice.application_pk, Notice.event, Notice.reason)).all()
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.actor == "rev1")).all()
    assert status[returned_pk] == "returned" and status[approved_pk] == "approved"
    assert (returned_pk, "returned_for_correction",
            "添付された本人確認書類の画像が不鮮明で、記載内容を確認できません。鮮明な画像を添付して再提出してください。") in notices
    assert (approved_pk, "approved", None) in notices
    for action in ("login", "application.search", "application.view", "document.view", "application.diff",
                   "application.claim", "application.return", "application.approve"):
        assert action in actions, action
    win.close()
    wait_idle(qtbot, workers)


def test_reject_needs_a_reason_and_leaving_releases_the_lease(qtbot, filled, workers):
    bo = filled
    win = _window(qtbot, bo, workers, "rev1")
    page = win.queue_page
    with qtbot.waitSignal(win.application_page.application_loaded, timeout=10000):
        page.next_action.trigger()
    app_page = win.application_page
    pk = app_page.current.pk
    qtbot.keyClick(app_page.decision.reason, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert "reason" in app_page.banner.text()
    win.nav.setCurrentRow(0)  # leave the application page
    wait_idle(qtbot, workers)
    with bo.db.read() as s:
        app = s.get(Application, pk)
        assert app.status == "ready_for_review" and app.claimed_by is None  # back in its queue


def test_two_step_supervisor_sees_recommendation(qtbot, ui_bo, people, workers):
    from tests.ui.factories import make_applications

    made = make_applications(ui_bo, 1, statuses=("pending_approval",), procedures=("address-change",))[0]
    win = _window(qtbot, ui_bo, workers, "sup1")
    assert "Quarantine" in [win.nav.item(i).text() for i in range(win.nav.count())]
    with qtbot.waitSignal(win.application_page.application_loaded, timeout=10000):
        win.open_application(made.pk)
    dec = win.application_page.decision
    assert dec.approve_button.text().startswith("Approve (final)")
    assert "recommends" in dec.note.text() and dec.approve_button.isEnabled()
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    win.nav.setCurrentRow(titles.index("Quarantine"))  # lists (empty) without action buttons
    wait_idle(qtbot, workers)
    from ui.pages.quarantine_page import QuarantinePage

    assert isinstance(win.pages.currentWidget(), QuarantinePage)
    assert win.pages.currentWidget().model.rowCount() == 0


def test_idle_lock_hides_data_until_password(qtbot, filled, workers):
    win = _window(qtbot, filled, workers, "rev1")
    win.idle.timer.setInterval(50)
    win.idle.timer.start()
    qtbot.waitUntil(lambda: win.locked, timeout=3000)
    assert not win.queue_page.isVisible()
    qtbot.keyClicks(win.lock_page.password, "not my password")
    qtbot.keyClick(win.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.lock_page.message.text() != "", timeout=10000)
    assert win.locked
    win.idle.timer.setInterval(60_000)
    qtbot.keyClicks(win.lock_page.password, PASSWORD)
    qtbot.keyClick(win.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.locked, timeout=10000)
    assert win.queue_page.isVisible()


def test_session_ends_when_account_disabled(qtbot, filled, workers):
    from backoffice.administration import staff
    from tests.ui.factories import GOD

    win = _window(qtbot, filled, workers, "rev1")
    with filled.db.write() as s:
        staff.set_disabled(s, GOD.__class__(code="adm", name="adm", roles=frozenset({"admin"})), "rev1", True)
    with qtbot.waitSignal(win.session_ended, timeout=10000):
        win.guard.check()
    assert win.ended
