"""Opening an inquiry from the application screen (issue 17), driven like a person: a
reviewer of 市民課 logs in, opens an application, presses Enter on its linked inquiry and
reads the inquiry's text on the inquiries page, the row chosen; an inquiry of another
department linked to the same application is refused with a sentence naming that
department; a reviewer whose role may not see inquiries is told so on the application
screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from backoffice.accounts import permissions
from backoffice.administration import staff
from backoffice.db.models import Application, AuditEntry
from tests import builders
from tests.intake.conftest import env_sqlite, outbox_keyring  # noqa: F401 - fixtures
from tests.portal.conftest import inquiry, put_inquiry
from tests.ui.conftest import PASSWORD, wait_idle
from tests.ui.factories import GOD
from tests.ui.test_review_session import _login
from ui.main_window import MainWindow
from ui.pages.inquiries_page import InquiriesPage

TEXT = "住民票の写しの交付はいつごろになりますか。"


def _setup(env):
    env.put(env.bundle(builders.sample_application()))  # 住民票の写し (市民課)
    mine = put_inquiry(env, inquiry(application_id="OSK-2026-0001234", text=TEXT))
    other = put_inquiry(env, inquiry(application_id="OSK-2026-0001234", procedure="tax-certificate",
                                     text="課税証明書も一緒に申請できますか。"))  # 税務課's
    env.sync()
    with env.bo.db.write() as s:
        staff.create_staff(s, GOD, "rev9", "審査 九郎", ["reviewer"], PASSWORD, ["市民課"])
        pk = s.scalar(select(Application.id).where(Application.application_id == "OSK-2026-0001234"))
    return pk, mine, other


def _window(qtbot, bo, workers):
    win = MainWindow(bo, _login(qtbot, bo, workers, "rev9"), workers, start_sync=False)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, workers)
    return win


def test_a_reviewer_opens_the_linked_inquiry_from_the_application(qtbot, workers, env_sqlite):  # noqa: F811
    bo = env_sqlite.bo
    pk, mine, other = _setup(env_sqlite)
    win = _window(qtbot, bo, workers)
    app_page = win.application_page
    assert app_page is not None
    win.open_application(pk)
    linked = app_page.detail_view.inquiries
    qtbot.waitUntil(lambda: linked.count() == 2, timeout=10000)
    assert linked.isVisible() and app_page.detail_view.open_inquiry_button.isVisible()
    assert mine in linked.item(0).text()

    # the first one chosen, Enter
    linked.setFocus()
    linked.setCurrentRow(0)
    qtbot.keyClick(linked, Qt.Key.Key_Return)
    page = win.pages.currentWidget()
    assert isinstance(page, InquiriesPage)
    assert win.nav.currentItem().text() == "Inquiries"
    qtbot.waitUntil(lambda: page.current is not None and page.current.inquiry_id == mine, timeout=10000)
    assert TEXT in page.detail.toPlainText()
    assert page.detail.isVisible()
    chosen = page.table.selectionModel().selectedRows()
    assert [page.rows[r.row()].inquiry_id for r in chosen] == [mine]
    assert page.open_app_button.isEnabled()  # and back to the application from there
    with bo.db.read() as s:
        views = list(s.scalars(select(AuditEntry.target).where(AuditEntry.action == "inquiry.view")))
    assert views == [f"inquiry:{mine}"]  # one audited view

    # back to the application; the other inquiry (税務課) with the button: refused, and said why
    win.open_application(pk)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is app_page and linked.count() == 2, timeout=10000)
    linked.setCurrentRow(1)
    qtbot.mouseClick(app_page.detail_view.open_inquiry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "税務課" in page.summary.text(), timeout=10000)
    assert win.pages.currentWidget() is page
    assert "not one of your departments" in page.detail.toPlainText()
    assert "課税証明書" not in page.detail.toPlainText()  # nothing of that inquiry shown
    assert page.current is None and page.table.rowCount() == 0
    assert not page.answer_button.isEnabled() and not page.open_app_button.isEnabled()
    with bo.db.read() as s:
        views = set(s.scalars(select(AuditEntry.target).where(AuditEntry.action == "inquiry.view")))
    assert views == {f"inquiry:{mine}"}  # never the other department's


def test_a_reviewer_who_may_not_see_inquiries_is_told_so(qtbot, workers, env_sqlite, monkeypatch):  # noqa: F811
    monkeypatch.setitem(permissions.MATRIX, "inquiry.view", frozenset({permissions.SUPERVISOR}))
    bo = env_sqlite.bo
    pk, mine, _other = _setup(env_sqlite)
    win = _window(qtbot, bo, workers)
    assert "Inquiries" not in [win.nav.item(i).text() for i in range(win.nav.count())]
    app_page = win.application_page
    assert app_page is not None
    win.open_application(pk)
    linked = app_page.detail_view.inquiries
    qtbot.waitUntil(lambda: linked.count() == 2, timeout=10000)
    linked.setCurrentRow(0)
    qtbot.keyClick(linked, Qt.Key.Key_Return)
    assert win.pages.currentWidget() is app_page
    assert "may not see inquiries" in app_page.banner.text() and mine in app_page.banner.text()
    assert "may not see inquiries" in win.statusBar().currentMessage()
