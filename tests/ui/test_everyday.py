"""Everyday things (issue 13 defect 10): the login delay counts down, log out / switch
user, quit asks before typed text is lost, buttons that can do nothing are disabled, the
counter clerk starts on the counter page, identity documents of 2026."""

from __future__ import annotations

import re
import socket
from datetime import timedelta

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from backoffice.administration import staff
from backoffice.db.models import Application, AuditEntry, LoginThrottle
from backoffice.platform.errors import AuthenticationError
from backoffice.platform.timeutil import utcnow
from tests.ui.conftest import PASSWORD, wait_idle
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.pages.counter_page import CounterPage
from ui.pages.queue_page import QueuePage
from ui.session_flow import SessionFlow


def test_login_delay_counts_down_and_gives_the_button_back(qtbot, ui_bo, people, workers):
    host = socket.gethostname()  # the dialog logs in as this workstation
    for _ in range(staff.FREE_ATTEMPTS):
        try:
            staff.login(ui_bo.db, "rev1", "wrong", host)
        except AuthenticationError:
            pass
    with ui_bo.db.write() as s:  # a short delay, so that the test sees it end
        s.get(LoginThrottle, ("rev1", host)).locked_until = utcnow() + timedelta(seconds=3)
    dlg = LoginDialog(ui_bo, workers)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.code.setText("rev1")
    dlg.password.setText("correct or not, it must wait")
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: "try again in" in dlg.message.text(), timeout=15000)
    first = dlg.message.text()
    assert not ok.isEnabled() and re.search(r"in [23] second", first), first
    qtbot.waitUntil(lambda: dlg.message.text() != first, timeout=2500)  # it counts down
    assert "second" in dlg.message.text() and not ok.isEnabled()
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    assert dlg.message.text() == "You can try again now."


# -- log out / switch user, quit asks ---------------------------------------------------------

def _answer(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """When a question box appears, note its text and press `button`."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(30, look)
            return
        seen.append(box.text())
        box.button(button).click()
    QTimer.singleShot(30, look)


def _log_in(qtbot, flow: SessionFlow, code: str) -> MainWindow:
    login = flow.login
    assert login is not None and login.isVisible()
    login.code.setText(code)
    login.password.setText(PASSWORD)
    with qtbot.waitSignal(flow.window_opened, timeout=15000) as opened:
        login.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    win = opened.args[0]
    qtbot.waitExposed(win)
    return win


def _texts_on_screen() -> str:
    """Every text a person could read in the visible windows."""
    out = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        out.append(top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            if isinstance(w, QLabel | QLineEdit | QAbstractButton):
                out.append(w.text())
            elif isinstance(w, QPlainTextEdit | QTextEdit):
                out.append(w.toPlainText())
            elif isinstance(w, QListWidget):
                out.extend(w.item(i).text() for i in range(w.count()))
    return "\n".join(out)


def test_log_out_then_another_role_sees_only_their_own(qtbot, filled, workers):
    flow = SessionFlow(filled, workers, "en", start_sync=False)
    flow.start()
    win = _log_in(qtbot, flow, "rev1")
    assert "審査 太郎" in win.staff_label.text()
    page = win.application_page
    pk = next(m.pk for m in _ready(filled))
    win.open_application(pk)
    qtbot.waitUntil(lambda: page.current is not None and page.claimed, timeout=10000)
    applicant = page.current.applicant.name
    page.decision.reason.setPlainText("書類の再提出をお願いします（下書き）")
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Discard, seen)
    win.logout_action.trigger()
    qtbot.waitUntil(lambda: flow.login is not None and flow.login.isVisible(), timeout=10000)
    assert seen and "reason" in seen[0]  # it asked before the typed reason was thrown away
    wait_idle(qtbot, workers)
    with filled.db.read() as s:  # the core: the claim is released and the logout is on record
        assert s.get(Application, pk).claimed_by is None
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.action, last.actor) == ("logout", "rev1")
    qtbot.waitUntil(lambda: not shiboken6.isValid(win), timeout=5000)  # the old window is gone

    win2 = _log_in(qtbot, flow, "sup1")
    wait_idle(qtbot, workers)
    titles = [win2.nav.item(i).text() for i in range(win2.nav.count())]
    assert "Supervision" in titles and "Audit log" in titles  # the supervisor's pages
    assert win2.application_page is not None and win2.application_page.current is None
    screen = _texts_on_screen()
    assert "決裁 花子" in screen
    for leftover in ("審査 太郎", "rev1", "（下書き）"):
        assert leftover not in screen, leftover
    # the application screen starts empty (the applicant may be in the supervisor's own queue)
    new_page = win2.application_page
    assert new_page.detail_view.browser.toPlainText() == "" and new_page.detail_view.documents.count() == 0
    assert applicant not in new_page.detail_view.browser.toPlainText() + new_page.decision.reason.toPlainText()
    assert new_page.viewer.page_count == 0
    win2.close()


def _ready(bo):
    with bo.db.read() as s:
        return [type("M", (), {"pk": a.id}) for a in s.scalars(
            select(Application).where(Application.status == "ready_for_review").order_by(Application.id))]


def test_quit_asks_when_typed_text_would_be_lost(qtbot, filled, workers):
    session = staff.login(filled.db, "rev1", PASSWORD, "ws-test")
    win = MainWindow(filled, session, workers, start_sync=False)
    qtbot.addWidget(win)
    win.show()
    page = win.application_page
    win.open_application(_ready(filled)[0].pk)
    qtbot.waitUntil(lambda: page.current is not None and page.claimed, timeout=10000)
    page.decision.comment.setText("電話で確認済み")
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    assert win.close() is False  # Cancel: the window and the text stay
    assert win.isVisible() and page.decision.comment.text() == "電話で確認済み" and seen
    _answer(qtbot, QMessageBox.StandardButton.Discard, seen)
    assert win.close() is True and not win.isVisible() and len(seen) == 2
    wait_idle(qtbot, workers)


def test_quit_without_typed_text_does_not_ask(qtbot, filled, workers):
    session = staff.login(filled.db, "rev1", PASSWORD, "ws-test")
    win = MainWindow(filled, session, workers, start_sync=False)
    qtbot.addWidget(win)
    win.show()
    assert win.close() is True  # no question box: nothing would be lost
    wait_idle(qtbot, workers)


def test_counter_clerk_starts_on_the_counter_page(qtbot, filled, workers):
    for code, first in (("cnt1", CounterPage), ("rev1", QueuePage)):
        session = staff.login(filled.db, code, PASSWORD, "ws-test")
        win = MainWindow(filled, session, workers, start_sync=False)
        qtbot.addWidget(win)
        win.show()
        assert isinstance(win.pages.currentWidget(), first), code
        assert win.pages.currentWidget() is win.pages.widget(win.nav.currentItem().data(Qt.ItemDataRole.UserRole))
        win.close()
    wait_idle(qtbot, workers)


# -- buttons that can do nothing are disabled ----------------------------------------------

def test_issue_page_buttons_follow_what_can_be_done(qtbot, ui_bo, people, workers):
    from tests.ui.factories import make_applications
    from ui.pages.issued_page import IssuedPage

    page = IssuedPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_idle(qtbot, workers)
    enabled = lambda: sorted(k for k, b in page.buttons.items() if b.isEnabled() and not b.isHidden())  # noqa: E731
    assert enabled() == []  # nothing listed: nothing to do
    make_applications(ui_bo, 2, statuses=("approved",))
    page.refresh()
    qtbot.waitUntil(lambda: page.issue_model.rowCount() == 2, timeout=10000)
    assert enabled() == ["issue_all"]  # nothing selected, nothing issued yet
    page.issue_table.selectRow(0)
    assert enabled() == ["issue_all", "issue_selected"]
    page.issue_table.clearSelection()
    assert enabled() == ["issue_all"]


def test_counter_search_button_needs_something_to_search(qtbot, ui_bo, people, workers):
    page = CounterPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    button = page.findChild(QPushButton, "counterSearchButton")
    assert not button.isEnabled()
    page.search_edit.setText("やまだ")
    assert button.isEnabled()
    page.search_edit.setText("  ")
    assert not button.isEnabled()
    page.search("  ")  # Enter in an empty box says what to type, it does not search
    assert page.message.text().startswith("Type") and workers.idle


def test_appointment_buttons_follow_the_chosen_appointment(qtbot, ui_bo, people, workers):
    from datetime import date

    from PySide6.QtCore import QDate

    from backoffice.supervision import appointments, counters
    from tests.ui.factories import make_applications
    from ui.pages.appointments_page import AppointmentsPage

    clerk = people["counter"]
    made = make_applications(ui_bo, 1)[0]
    counters.locations(ui_bo, clerk)
    page = AppointmentsPage(ui_bo, clerk, workers)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_idle(qtbot, workers)
    page.counter.setCurrentIndex(page.counter.findData("hoken-2f"))
    with qtbot.waitSignal(page.day_loaded, timeout=10000):
        page.day.setDate(QDate(date(2027, 5, 6)))
    start = page.slot.itemData(0)
    appointments.book(ui_bo, clerk, "hoken-2f", start, "山田 太郎", application_pk=made.pk)
    appointments.book(ui_bo, clerk, "hoken-2f", start, "佐藤 花子")  # no application linked
    with qtbot.waitSignal(page.day_loaded, timeout=10000):
        page.refresh_day()
    enabled = lambda: sorted(k for k, b in page.buttons.items() if b.isEnabled())  # noqa: E731
    assert page.model.rowCount() == 2 and enabled() == []  # nothing chosen: nothing to do
    linked = next(i for i in range(2) if page.model.row(i).application_pk == made.pk)
    page.table.selectRow(linked)
    assert enabled() == ["cancel", "check_in", "no_show", "open"]
    page.table.selectRow(1 - linked)
    assert enabled() == ["cancel", "check_in", "no_show"]  # 申請を開く needs a linked application
    page.table.selectRow(linked)
    with qtbot.waitSignal(page.day_loaded, timeout=10000):
        page.buttons["check_in"].click()
    page.table.selectRow(next(i for i in range(2) if page.model.row(i).application_pk == made.pk))
    assert enabled() == ["open"]  # checked in: nothing else applies
    wait_idle(qtbot, workers)


def test_refund_button_needs_a_chosen_refund(qtbot, ui_bo, people, workers):
    """Enabled once a refund is chosen: tests/supervision/test_pages.py clicks it after selectRow."""
    from ui.pages.payments_page import PaymentsPage

    page = PaymentsPage(ui_bo, people["supervisor"], workers)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_idle(qtbot, workers)
    assert page.refund_model.rowCount() == 0 and not page.refund_button.isEnabled()


def test_ended_session_returns_to_login_with_the_notice(qtbot, filled, workers):
    """An administrator ends the session: no question about typed text, the window goes,
    a fresh login dialog says why (ui/session_flow.py instead of app.py's old loop)."""
    from backoffice.accounts.permissions import Actor
    from backoffice.platform.context import Backoffice

    flow = SessionFlow(filled, workers, "en", start_sync=False)
    flow.start()
    win = _log_in(qtbot, flow, "rev1")
    win.guard.timer.stop()
    win.application_page.decision.comment.setText("typed, but the session is over")
    other = Backoffice.open(filled.config)
    try:
        with other.db.write() as s:
            staff.set_disabled(s, Actor(code="os:admin", name="admin", roles=frozenset({"admin"})), "rev1", True)
    finally:
        other.close()
    win.guard.check()
    qtbot.waitUntil(lambda: flow.login is not None and flow.login.isVisible(), timeout=10000)
    notice = flow.login.findChild(QMessageBox)
    assert notice is not None and notice.text() == "Your session was ended. Log in again."
    assert win.ended and not win.logging_out
    qtbot.waitUntil(lambda: not shiboken6.isValid(win), timeout=5000)
    notice.accept()
    flow.login.reject()
    wait_idle(qtbot, workers)
