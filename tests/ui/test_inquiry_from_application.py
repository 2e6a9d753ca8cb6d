"""Opening an inquiry from the application screen (issue 17), driven like a person: a
reviewer of 市民課 logs in, opens an application, presses Enter on its linked inquiry and
reads the inquiry's text on the inquiries page, the row chosen; an inquiry of another
department linked to the same application is refused with a sentence naming that
department; a reviewer whose role may not see inquiries is told so on the application
screen."""

from __future__ import annotations

import re

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


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def _no_uuid_seen(app_page) -> None:
    """Neither the list of linked inquiries nor the application's text shows an id."""
    linked = app_page.detail_view.inquiries
    shown = [linked.item(r).text() for r in range(linked.count())]
    shown += [app_page.detail_view.browser.toPlainText(), app_page.banner.text()]
    assert not [t for t in shown if UUID.search(t)], shown


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
    # what a clerk recognises, never the id (that only in the tooltip)
    assert linked.item(0).text() == "2026-11-30 09:15　Portal　New　“" + TEXT + "”"
    assert mine in linked.item(0).toolTip()
    _no_uuid_seen(app_page)

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
    assert "may not see inquiries" in app_page.banner.text() and TEXT in app_page.banner.text()
    assert mine not in app_page.banner.text()
    assert "may not see inquiries" in win.statusBar().currentMessage()


def test_the_linked_inquiries_read_in_japanese_without_ids(qtbot, workers, env_sqlite, japanese):  # noqa: F811
    """In Japanese: 受付の日時, 経路 and 状態 in words and the question's start; a phone inquiry
    entered by staff and a long question cut after its first words."""
    from backoffice.portal import inquiries as portal_inquiries

    bo = env_sqlite.bo
    pk, mine, _other = _setup(env_sqlite)
    long_text = "印鑑登録証明書を代理人が受け取ることはできますか。委任状の書き方と、持っていく本人確認書類も教えてください。"
    phoned = portal_inquiries.enter(bo, GOD, channel="phone", name="中村 さくら", name_kana="ナカムラ サクラ",
                                    text=long_text, category="窓口", phone="06-0000-0000",
                                    procedure="juminhyo-copy", application_id="OSK-2026-0001234")
    win = _window(qtbot, bo, workers)
    app_page = win.application_page
    assert app_page is not None
    win.open_application(pk)
    linked = app_page.detail_view.inquiries
    qtbot.waitUntil(lambda: linked.count() == 3, timeout=10000)
    first = linked.item(0).text()
    assert first == "2026年11月30日 09:15　ポータル　新規　「" + TEXT + "」"
    third = linked.item(2).text()
    assert "　電話　新規　「印鑑登録証明書を代理人が受け取ることはできますか。" in third and third.endswith("…」")
    assert "教えてください" not in third  # only the first words
    assert phoned in linked.item(2).toolTip()
    assert "問い合わせ" in app_page.detail_view.browser.toPlainText()
    _no_uuid_seen(app_page)
